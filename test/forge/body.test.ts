import { describe, expect, test } from '@jest/globals'
import type { ChangeRecord } from '../../src/core/changeset.js'
import { defaultTitle, renderBody } from '../../src/forge/body.js'
import { fingerprintFiles, parseMarker, regenerateRequested, renderMarker, replaceMarker, type Marker } from '../../src/forge/marker.js'
import { createRedactor } from '../../src/core/redact.js'
import { BEFORE, INVENTORY, added, changeSet } from './harness.js'

const noRedact = createRedactor([])
const render = (records: ChangeRecord[], extra: Parameters<typeof changeSet>[2] = {}, maxLength = 65_536) =>
  renderBody({ job: 'salimma', changeSet: changeSet({ [INVENTORY]: [BEFORE, `${BEFORE}# x\n`] }, records, extra), maxLength, redact: noRedact }).text

describe('the proposal body', () => {
  test('one table row per package change, with the links of its source', () => {
    const body = render([
      { file: INVENTORY, package: 'foo', kind: 'added', source: 'bodhi' },
      { file: INVENTORY, package: 'old', kind: 'removed', source: 'distgit' },
      { file: INVENTORY, package: 'kmod', kind: 'marked', field: 'unshipped', after: 'not in c10s', source: 'cbs-koji' },
      { file: INVENTORY, package: 'zz', kind: 'unmarked', field: 'archived_builds', source: 'fedora-koji' },
      { file: INVENTORY, package: 'pp', kind: 'changed', field: 'priority', before: 'low', after: 'high', source: 'gitlab', ref: 'CentOS/Hyperscale/rpms/pp' },
      { file: INVENTORY, package: 'bz', kind: 'marked', field: 'retired_on', after: 'f41', source: 'bugzilla', ref: '2212345' }
    ])
    expect(body).toContain('| `foo` | added |  | [dist-git](https://src.fedoraproject.org/rpms/foo) · [Bodhi](https://bodhi.fedoraproject.org/updates/?packages=foo) |')
    expect(body).toContain('| `old` | **removed** |')
    expect(body).toContain('marked `unshipped`: `not in c10s`')
    expect(body).toContain('[CBS Koji](https://cbs.centos.org/koji/search?terms=kmod&type=package&match=exact)')
    expect(body).toContain('unmarked `archived_builds`')
    expect(body).toContain('[Koji](https://koji.fedoraproject.org/koji/search?terms=zz&type=package&match=exact)')
    expect(body).toContain('changed `priority`: `low` → `high`')
    expect(body).toContain('[GitLab](https://gitlab.com/CentOS/Hyperscale/rpms/pp)')
    expect(body).toContain('[rhbz#\u200b2212345](https://bugzilla.redhat.com/show_bug.cgi?id=2212345)')
  })

  test('service URLs from the provenance are used for links', () => {
    const body = render([added('foo')], { provenance: { command: 'x', inputs: [], services: { distgit: 'https://distgit.stg.example' }, requests: {} } })
    expect(body).toContain('https://distgit.stg.example/rpms/foo')
  })

  test('remote text is escaped: no mentions, references, HTML or links', () => {
    const body = render([{
      file: INVENTORY, package: 'evil|`pkg`', kind: 'marked', field: 'unshipped', source: 'gitlab', ref: 'https://evil.example/x',
      reason: 'ask @security-team re #42 <script>x</script> [here](https://evil.example)'
    }])
    expect(body).not.toMatch(/@security-team|#42|<script>|\]\(https:\/\/evil/)
    expect(body).not.toContain('(https://evil.example/x)')
    expect(body).toContain('`` evil\\|`pkg` ``')
  })

  test('findings are listed with their location', () => {
    const body = render([], { findings: [{ file: INVENTORY, line: 3, column: 1, severity: 'warning', rule: 'dup', message: 'duplicate @x' }] })
    expect(body).toContain('- **warning** `inventories/salimma.toml:3:1` duplicate @\u200bx (`dup`)')
  })

  test('each diff sits in a collapsed section; how it was computed follows', () => {
    const body = render([added('foo')])
    expect(body).toMatch(/<details><summary>inventories\/salimma\.toml \(\+1 −0\)<\/summary>\n\n```diff\ndiff --git/)
    expect(body).toContain('- Command: `sync-distgit --user salimma -o inventories/salimma.toml`')
    expect(body).toContain('- Requests: `src.fedoraproject.org` 3')
    expect(body.indexOf('### Diffs')).toBeLessThan(body.indexOf('### How this was computed'))
  })

  test('incomplete data is said plainly', () => {
    expect(render([added('foo')], { complete: false })).toContain('The data behind this change is incomplete')
  })

  test('too long for the forge: diffs are cut first, visibly, and the summary stays whole', () => {
    const big = Array.from({ length: 4000 }, (_, i) => `[[package]]\nname = "pkg${i}"\n`).join('\n')
    const records = Array.from({ length: 50 }, (_, i) => added(`pkg${i}`))
    const cs = changeSet({ [INVENTORY]: [BEFORE, big], 'exports/second.yaml': [null, big] }, records)
    const { text } = renderBody({ job: 'salimma', changeSet: cs, maxLength: 65_536, redact: noRedact })
    expect(text.length).toBeLessThanOrEqual(65_536 - 500)
    for (let i = 0; i < 50; i++) expect(text).toContain(`| \`pkg${i}\` | added |`)
    expect(text).toContain('**Truncated:**')
    expect(text).toMatch(/\*\*Not shown\*\* to fit the body limit of this forge \(see the commit\):\n- `exports\/second\.yaml`/)
    expect(text).toContain('### How this was computed')
    // The cut diff is still a closed code block inside a closed section.
    expect((text.match(/<details>/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length)
  })

  test('a summary that alone is too long is shortened with a note, and diffs are left to the commit', () => {
    const records = Array.from({ length: 3000 }, (_, i) => added(`package-number-${i}`))
    const { text } = renderBody({ job: 'salimma', changeSet: changeSet({ [INVENTORY]: [BEFORE, `${BEFORE}x\n`] }, records), maxLength: 20_000, redact: noRedact })
    expect(text.length).toBeLessThanOrEqual(20_000)
    expect(text).toMatch(/more changes not listed/)
    expect(text).toContain('The diffs are not shown')
  })

  test('the stable hash ignores request counts but nothing else', () => {
    const hash = (requests: Record<string, number>, command = 'x') =>
      renderBody({ job: 'j', changeSet: changeSet({ a: ['1', '2'] }, [], { provenance: { command, inputs: [], services: {}, requests } }), maxLength: 65_536, redact: noRedact }).stableHash
    expect(hash({ h: 1 })).toBe(hash({ h: 2 }))
    expect(hash({ h: 1 })).not.toBe(hash({ h: 1 }, 'y'))
  })

  test('secrets are redacted before escaping, so escaping cannot hide them', () => {
    const redact = createRedactor(['tok_en_secret_value'])
    const { text } = renderBody({ job: 'j', changeSet: changeSet({ a: ['1', '2'] }, [{ file: 'a', package: 'p', kind: 'added', reason: 'tok_en_secret_value' }]), maxLength: 65_536, redact })
    expect(text).not.toContain('secret')
  })

  test('the default title counts the changes', () => {
    expect(defaultTitle('salimma', changeSet({ a: ['1', '2'] }, [added('a'), added('b'), { file: 'a', package: 'c', kind: 'removed' }]))).toBe('poi-gitops: salimma: 2 added, 1 removed')
    expect(defaultTitle('x', changeSet({ a: ['1', '2'], b: [null, '1'] }))).toBe('poi-gitops: x: update 2 files')
  })
})

describe('the marker', () => {
  const marker: Marker = { v: 1, job: 'odd --> <job>', fingerprint: 'f', body: 'b', commit: 'c', base: null }

  test('survives any job name and reads back', () => {
    const rendered = renderMarker(marker)
    expect(rendered).toMatch(/^<!-- poi-gitops \{[^<>]*\} -->$/)
    expect(rendered.slice(4, -4)).not.toContain('--')
    expect(parseMarker(`text\n\n${rendered}`)).toEqual(marker)
  })

  test('is replaced in place or appended; a damaged one reads as none', () => {
    const body = `a\n\n${renderMarker(marker)}\n\nb`
    expect(parseMarker(replaceMarker(body, { ...marker, blocked: 'h' }))?.blocked).toBe('h')
    expect(replaceMarker(body, marker).endsWith('\n\nb')).toBe(true)
    expect(parseMarker(replaceMarker('plain', marker))).toEqual(marker)
    expect(parseMarker('<!-- poi-gitops {"v":1,"job":3} -->')).toBeNull()
    expect(parseMarker('<!-- poi-gitops {not json} -->')).toBeNull()
  })

  test('the fingerprint depends on paths and new contents, not order or unchanged files', () => {
    const a = fingerprintFiles([{ path: 'x', before: '1', after: '2' }, { path: 'y', before: null, after: '3' }])
    expect(fingerprintFiles([{ path: 'y', before: 'z', after: '3' }, { path: 'x', before: '0', after: '2' }, { path: 'u', before: 'same', after: 'same' }])).toBe(a)
    expect(fingerprintFiles([{ path: 'x', before: '1', after: '2' }, { path: 'y', before: '3', after: null }])).not.toBe(a)
  })

  test('the regenerate checkbox counts only when ticked', () => {
    expect(regenerateRequested('- [ ] <!-- poi-gitops:regenerate:salimma --> Discard', 'salimma')).toBe(false)
    expect(regenerateRequested('x\n- [x] <!-- poi-gitops:regenerate:salimma --> Discard', 'salimma')).toBe(true)
    expect(regenerateRequested('x\n- [X] <!-- poi-gitops:regenerate:salimma --> Discard', 'salimma')).toBe(true)
    // Another job's box does not count; a box of an earlier version (no job) still does.
    expect(regenerateRequested('x\n- [x] <!-- poi-gitops:regenerate:other --> Discard', 'salimma')).toBe(false)
    expect(regenerateRequested('x\n- [x] <!-- poi-gitops:regenerate --> Discard', 'salimma')).toBe(true)
  })
})
