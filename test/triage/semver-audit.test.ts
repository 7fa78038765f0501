// semver-audit against fakes: poi-tracker's pinned cases and one package
// per category of its classification (README, "Plans").
import { describe, expect, test } from '@jest/globals'
import { semverAuditCommand } from '../../src/commands/semver-audit.js'
import { fakeBug } from '../fakes/fake-bugzilla.js'
import { owned, project } from '../fakes/distgit-fixtures.js'
import { inventory, kojiTags, runCommand, type Fakes } from './harness.js'
import { worldsFor } from './worlds.js'

const world = worldsFor({})

const spec = (v: string) => `Name: x\nVersion: ${v}\nRelease: 1%{?dist}\n`
const audit = (f: Fakes | undefined, argv: string[], files: Record<string, string>) => runCommand(semverAuditCommand, files, ['-i', 'inv.toml', ...argv], f)
const foo = (v = '1.2.0') => ({ bugs: [fakeBug(7, 'foo', 'foo-1.2.0 is available', { assigned_to: 'me@example.com' })], projects: [owned('foo', 'u', { spec: spec(v) })] })
const one = (extra: Record<string, string | string[]> = {}) => ({ 'inv.toml': inventory([{ name: 'foo', ...extra }]) })

describe('semver-audit: poi-tracker\'s cases', () => {
  test('a package marked retired on rawhide: no request, no entry', async () => {
    const f = await world(foo())
    const r = await audit(f, ['--json'], one({ retired_on: ['rawhide'] }))
    expect(r.result!.stdout).toBe('[]\n')
    expect(f.bz.server.requests.length + f.dg.distgit.requests.length + f.koji.requests.length).toBe(0)
  })

  test('batch, spec equals the bug: up to date when rawhide\'s koji tag has the version, pending release when it has an older one', async () => {
    const shipped = await world({ ...foo(), koji: kojiTags({ f45: { foo: ['foo-1.2.0-1.fc45'] } }) })
    const r = await audit(shipped, ['--batch', 'me@example.com', '--json'], one())
    expect(JSON.parse(r.result!.stdout!)).toEqual([{ package: 'foo', bug: 7, packaged: '1.2.0', available: '1.2.0', category: 'up-to-date' }])
    expect(shipped.bz.counts.search).toBe(1)
    // The tag is Bodhi's rawhide stable tag, not a tag literally named rawhide.
    expect(shipped.koji.lookups).toEqual(['f45/foo'])

    const older = await world({ ...foo(), koji: kojiTags({ f45: { foo: ['foo-1.1.0-1.fc45'] } }) })
    expect(JSON.parse((await audit(older, ['--json'], one())).result!.stdout!)[0].category).toBe('pending-release')
  })

  test('a koji error keeps "up to date", and the summary says it was not verified', async () => {
    const f = await world(foo(), { koji: { faultOn: ['f45'] } })
    const r = await audit(f, ['--json'], one())
    expect(JSON.parse(r.result!.stdout!)[0].category).toBe('up-to-date')
    expect(r.result!.summary).toContain('Not verified in koji (kept as up to date)')
    expect(r.logs.some((l) => /foo: koji lookup in f45 failed/.test(l))).toBe(true)
  })
})

describe('semver-audit: every category', () => {
  const bugs = [
    fakeBug(1, 'rust-foo', 'rust-foo-1.5.0 is available'), fakeBug(2, 'rust-bar', 'rust-bar-0.5.0 is available'),
    fakeBug(3, 'built', 'built-2.0 is available'), fakeBug(4, 'stale', 'stale-3.1 is available'),
    fakeBug(5, 'oldpkg', 'oldpkg-3.0 is available'), fakeBug(6, 'macro', 'macro-1.0 is available'),
    fakeBug(7, 'nospec', 'nospec-1.0 is available'), fakeBug(8, 'quiet', 'no version here'),
    fakeBug(9, 'rust-foo', 'rust-foo-1.4.9 is available'),
  ]
  const projects = [
    owned('rust-foo', 'u', { spec: spec('1.4.0') }), owned('rust-bar', 'u', { spec: spec('0.4.0') }), owned('built', 'u', { spec: spec('2.0') }),
    owned('stale', 'u', { spec: spec('3.1') }), owned('oldpkg', 'u', { dead: ['rawhide'] }), owned('macro', 'u', { spec: spec('%{upstream_version}') }),
    project('nospec', { branches: ['rawhide'] }), owned('quiet', 'u', { spec: spec('1') }),
  ]
  const files = { 'inv.toml': inventory(['rust-foo', 'rust-bar', 'built', 'stale', 'oldpkg', 'macro', 'nospec', 'quiet'].map((name) => ({ name }))) }
  const koji = kojiTags({ f45: { built: ['built-1.9-1.fc45'], stale: ['stale-3.1-2.fc45'] } })

  test('JSON in inventory order with the interface\'s fields', async () => {
    const f = await world({ bugs, projects, koji })
    const r = await audit(f, ['--json'], files)
    expect(JSON.parse(r.result!.stdout!)).toEqual([
      { package: 'rust-foo', bug: 1, packaged: '1.4.0', available: '1.5.0', category: 'non-breaking' },
      { package: 'rust-bar', bug: 2, packaged: '0.4.0', available: '0.5.0', category: 'breaking' },
      { package: 'built', bug: 3, packaged: '2.0', available: '2.0', category: 'pending-release' },
      { package: 'stale', bug: 4, packaged: '3.1', available: '3.1', category: 'up-to-date' },
      { package: 'oldpkg', bug: 5, packaged: '(retired)', available: '3.0', category: 'retired' },
      { package: 'macro', bug: 6, packaged: '%{upstream_version}', available: '1.0', category: 'needs-review' },
      { package: 'nospec', bug: 7, packaged: '?', available: '1.0', category: 'needs-review' },
    ])
    // Searches for 8 components in one request; dead.package only where the spec was unreadable.
    expect(f.bz.counts.search).toBe(1)
    expect(f.dg.counts.dead).toBe(2)
    expect(f.koji.requests).toHaveLength(1)
  })

  test('text groups in poi-tracker\'s order with its hints; --non-breaking keeps only the safe ones; a Markdown table for summaries', async () => {
    const f = await world({ bugs, projects, koji })
    const r = await audit(f, [], files)
    expect(r.result!.stdout).toBe([
      '', 'Non-breaking (1):', '  rust-foo  1.4.0 -> 1.5.0  (rhbz#1)',
      '', 'Breaking (1):', '  rust-bar  0.4.0 -> 0.5.0  (rhbz#2)',
      '', 'Committed, awaiting release (1):', '  built  2.0 -> 2.0  (rhbz#3)', '  (built but not yet in rawhide — waiting on a side tag merge, gating, or a Bodhi update; nothing to close yet)',
      '', 'Up to date (stale bug) (1):', '  stale  3.1 -> 3.1  (rhbz#4)', '  (run `poi-gitops triage-updates` to record fixed builds and close these)',
      '', 'Retired (update request invalid) (1):', '  oldpkg  (retired) -> 3.0  (rhbz#5)', '  (run `poi-gitops triage-retired` to close these)',
      '', 'Needs review (2):', '  macro  %{upstream_version} -> 1.0  (rhbz#6)', '  nospec  ? -> 1.0  (rhbz#7)', '',
    ].join('\n'))
    expect(r.result!.summary).toContain(`| \`rust-foo\` | [rhbz#\u200b1](${f.bz.url}/show_bug.cgi?id=1) | \`1.4.0\` | \`1.5.0\` | Non-breaking |`)
    const safe = await audit(f, ['--non-breaking', '--json'], files)
    expect(JSON.parse(safe.result!.stdout!).map((e: { package: string }) => e.package)).toEqual(['rust-foo'])
  })

  test('nothing pending prints so', async () => {
    const f = await world({ projects: [owned('foo', 'u', { spec: spec('1') })] })
    expect((await audit(f, [], one())).result!.stdout).toBe('No pending updates.\n')
  })
})
