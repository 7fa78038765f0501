import { describe, expect, test } from '@jest/globals'
import { parse as parseToml } from 'smol-toml'
import { ExportInputError, ExportUsageError } from '../../src/exports/errors.js'
import { emptyManifest, exportHsRelmon } from '../../src/exports/hs-relmon.js'
import { fixture, HEAD, inventory, packages } from './helpers.js'

const FRESH_HEAD = `# SPDX-License-Identifier: Apache-2.0 OR MIT

[defaults]
distros = "upstream,fedora,centos,hyperscale"
track = "upstream"
file_issue = true
`

const DEFAULTS = `[defaults]
distros = "upstream,fedora,centos,hyperscale"
track = "upstream"
file_issue = true
`

const inv = (entries: Record<string, string[]>, extra = ''): ReturnType<typeof inventory> => inventory(HEAD + extra + packages(entries))

describe('fresh export (no manifest yet) = a merge into the empty manifest', () => {
  test('HR-1 export_includes_all_packages, adjusted: entries sorted by name (one code path with the merge, which sorts)', () => {
    const r = exportHsRelmon(inv({ foo: ['track = "upstream"'], bar: [], baz: ['track = "fedora-rawhide"'] }), undefined)
    expect(r.content).toBe(`${FRESH_HEAD}
[[package]]
name = "bar"

[[package]]
name = "baz"
track = "fedora-rawhide"

[[package]]
name = "foo"
`)
    expect(r).toMatchObject({ added: ['bar', 'baz', 'foo'], total: 3, stale: [], pruned: [], warnings: [] })
    // export_omits_default_values: track = "upstream" is not written in any package section.
    expect(r.content.slice(FRESH_HEAD.length)).not.toContain('track = "upstream"')
  })

  test('HR-2 export_emits_non_default_values / export_emits_repology_name / export_omits_default_values, adjusted: sorted', () => {
    const r = exportHsRelmon(inv({
      dracut: ['track = "fedora-rawhide"', 'distros = "upstream,fedora,centos,hs9"', 'file_issue = false'],
      perf: ['track = "upstream"', 'repology_name = "linux"'],
      ethtool: ['track = "upstream"', 'file_issue = true', 'distros = "upstream,fedora,centos,hyperscale"']
    }), undefined)
    expect(r.content).toBe(`${FRESH_HEAD}
[[package]]
name = "dracut"
track = "fedora-rawhide"
distros = "upstream,fedora,centos,hs9"
file_issue = false

[[package]]
name = "ethtool"

[[package]]
name = "perf"
repology_name = "linux"
`)
  })

  test('HR-3 export_filters_by_workload with --track centos: foo kept with its non-default track, bar filtered out', () => {
    const r = exportHsRelmon(inv({ foo: ['track = "upstream"'], bar: ['track = "upstream"'] }, '\n[inventory.workloads.hyperscale]\npackages = ["foo"]\n'),
      undefined, { workload: 'hyperscale', track: 'centos' })
    expect(r.content).toBe(`# SPDX-License-Identifier: Apache-2.0 OR MIT

[defaults]
distros = "upstream,fedora,centos,hyperscale"
track = "centos"
file_issue = true

[[package]]
name = "foo"
track = "upstream"
`)
  })

  test('export_has_defaults_section: [defaults] carries the three default lines (and --distros/--track when given)', () => {
    expect(exportHsRelmon(inv({ a: [] }), undefined).content.startsWith(FRESH_HEAD)).toBe(true)
    expect(exportHsRelmon(inv({ a: [] }), undefined, { distros: 'fedora,hs9', track: 'fedora-rawhide' }).content)
      .toContain('[defaults]\ndistros = "fedora,hs9"\ntrack = "fedora-rawhide"\nfile_issue = true\n')
  })

  test('export_has_defaults_section, adjusted: an empty inventory is an error (hs-relmon cannot load a manifest without packages)', () => {
    const run = (): unknown => exportHsRelmon(inventory(HEAD), undefined)
    expect(run).toThrow(ExportInputError)
    expect(run).toThrow(/no packages/)
  })

  test('decision: the fresh path is the merge path (same text as merging into the empty manifest)', () => {
    const i = inv({ b: ['track = "centos"', 'archived_builds = "x"'], a: ['unshipped = "gone"'], c: ['file_issue = false'] })
    const fresh = exportHsRelmon(i, undefined, { track: 'centos' })
    const merged = exportHsRelmon(i, emptyManifest(undefined, 'centos'))
    expect(fresh).toEqual(merged)
  })

  test('decision, fresh export of unshipped and archived_builds packages: unshipped dropped, archived = true written', () => {
    const r = exportHsRelmon(inv({ gone: ['unshipped = "no branch"'], old: ['archived_builds = "CBS builds remain"'], ok: [] }), undefined)
    expect(r.content).toBe(`${FRESH_HEAD}
[[package]]
name = "ok"

[[package]]
name = "old"
archived = true
`)
    expect(r).toMatchObject({ added: ['ok', 'old'], unshippedRemoved: [], archivedSet: ['old'], total: 2 })
  })

  test('strings are always escaped (fresh [defaults] from flags and new entries)', () => {
    const r = exportHsRelmon(inv({ 'we"ird': ['repology_name = "back\\\\slash\\"quote"', 'track = "tab\\there"'] }), undefined,
      { track: 'a"b', distros: 'x\\y' })
    const back = parseToml(r.content) as { defaults: Record<string, unknown>; package: Array<Record<string, unknown>> }
    expect(back.defaults).toEqual({ distros: 'x\\y', track: 'a"b', file_issue: true })
    expect(back.package).toEqual([{ name: 'we"ird', track: 'tab\there', repology_name: 'back\\slash"quote' }])
    expect(r.content).toContain(`name = 'we"ird'`)
  })
})

describe('merge into an existing manifest (worked examples)', () => {
  test('HM-1 merge_adds_new_packages: added 1, total 2', () => {
    const r = exportHsRelmon(inv({ existing: ['track = "upstream"'], newpkg: ['track = "upstream"'] }), `${DEFAULTS}\n[[package]]\nname = "existing"\n`)
    expect(r.content).toBe(`${DEFAULTS}\n[[package]]\nname = "existing"\n\n[[package]]\nname = "newpkg"\n`)
    expect(r).toMatchObject({ added: ['newpkg'], total: 2 })
  })

  test('HM-2 merge_reflects_archived_builds_marker_bidirectionally', () => {
    const manifest = '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "newly-archived"\n\n[[package]]\nname = "reactivated"\narchived = true\n'
    const r = exportHsRelmon(inv({ 'newly-archived': ['archived_builds = "archived, builds remain"'], reactivated: [] }), manifest)
    expect(r.content).toBe('[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "newly-archived"\narchived = true\n\n[[package]]\nname = "reactivated"\n')
    expect(r).toMatchObject({ archivedSet: ['newly-archived'], archivedCleared: ['reactivated'], added: [], total: 2 })
  })

  test('HM-3 merge_drops_unshipped_unconditionally (no --prune)', () => {
    const manifest = '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "gone"\n\n[[package]]\nname = "kept"\n'
    const r = exportHsRelmon(inv({ gone: ['unshipped = "x"'], 'new-gone': ['unshipped = "y"'], kept: [] }), manifest)
    expect(r.content).toBe('[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "kept"\n')
    expect(r).toMatchObject({ unshippedRemoved: ['gone'], added: [], total: 1, stale: [] })
  })

  test('HM-4 merge_adds_non_default_fields (manifest with [defaults] only, no package key)', () => {
    const manifest = '[defaults]\ntrack = "upstream"\ndistros = "upstream,fedora,centos,hyperscale"\nfile_issue = true\n'
    const r = exportHsRelmon(inv({
      dracut: ['track = "fedora-rawhide"', 'distros = "upstream,fedora"', 'file_issue = false', 'repology_name = "dracut"']
    }), manifest)
    expect(r.content).toBe(`${manifest}
[[package]]
name = "dracut"
track = "fedora-rawhide"
repology_name = "dracut"
distros = "upstream,fedora"
file_issue = false
`)
    expect(r.total).toBe(1)
  })

  const HM5 = `${DEFAULTS}\n[[package]]\nname = "stale"\n\n[[package]]\nname = "kept"\n`

  test('HM-5a merge_detects_stale_without_pruning: kept, warned, sorted kept < stale', () => {
    const r = exportHsRelmon(inv({ kept: [] }), HM5)
    expect(r).toMatchObject({ stale: ['stale'], pruned: [], total: 2 })
    expect(r.content).toBe(`${DEFAULTS}\n[[package]]\nname = "kept"\n\n[[package]]\nname = "stale"\n`)
    expect(r.warnings).toEqual(['1 manifest entry is not in the selected inventory packages (kept; use --prune to remove them): stale'])
  })

  test('HM-5b merge_prunes_stale', () => {
    const r = exportHsRelmon(inv({ kept: [] }), HM5, { prune: true })
    expect(r).toMatchObject({ stale: ['stale'], pruned: ['stale'], total: 1, warnings: [] })
    expect(r.content).toBe(`${DEFAULTS}\n[[package]]\nname = "kept"\n`)
  })

  test('HM-6, adjusted: comments stay, each with its entry (`# Packages to monitor.` sits directly above systemd, so it moves with it); new entries judged against the manifest [defaults]', () => {
    const r = exportHsRelmon(inv({
      dracut: ['track = "fedora-rawhide"'],
      gone: ['unshipped = "retired everywhere"'],
      perf: ['track = "upstream"', 'repology_name = "linux"'],
      socat: [],
      systemd: ['track = "upstream"']
    }), fixture('hm6-manifest.toml'))
    expect(r.content).toBe(`# SPDX-License-Identifier: Apache-2.0 OR MIT

# Default settings applied to all packages unless overridden.
[defaults]
distros = "upstream,fedora,centos,hyperscale"
track = "centos"
file_issue = true

[[package]]
name = "dracut"
track = "fedora-rawhide"

[[package]]
name = "old-thing"
issue_url = "https://gitlab.com/example/old-thing/-/issues/1"

[[package]]
name = "perf"
track = "upstream"
repology_name = "linux"

[[package]]
name = 'socat'

# Packages to monitor.
[[package]]
name = "systemd"
track = "fedora-rawhide"   # follows Fedora
# no issues for systemd
file_issue = false
`)
    expect(r).toMatchObject({
      added: ['dracut', 'perf'], stale: ['old-thing'], unshippedRemoved: ['gone'], archivedCleared: ['socat'], archivedSet: [], total: 5
    })
  })

  test('merge_preserves_existing_fields: issue_url and contradicting overrides kept verbatim, added 0', () => {
    const manifest = `${DEFAULTS}\n[[package]]\nname = "foo"\ntrack = 'fedora-stable'\nissue_url = "https://example.com/1"\nfile_issue = false\n`
    const r = exportHsRelmon(inv({ foo: ['track = "centos"', 'file_issue = true', 'repology_name = "bar"'] }), manifest)
    expect(r.content).toBe(manifest)
    expect(r.added).toEqual([])
  })

  test('merge_sorts_entries: existing zzz + new aaa → aaa first', () => {
    const r = exportHsRelmon(inv({ zzz: [], aaa: [] }), `${DEFAULTS}\n[[package]]\nname = "zzz"\n`)
    expect(r.content).toBe(`${DEFAULTS}\n[[package]]\nname = "aaa"\n\n[[package]]\nname = "zzz"\n`)
  })

  test('sorting is by code point, stable, and an entry without a string name sorts first (and is kept)', () => {
    const manifest = `${DEFAULTS}\n[[package]]\nname = "é"\n\n[[package]]\nname = "Z"\n\n[[package]]\nrepology_name = "nameless"\n\n[[package]]\nname = "a"\n`
    const r = exportHsRelmon(inv({ 'é': [], Z: [], a: [] }), manifest)
    expect([...r.content.matchAll(/^(?:name|repology_name) = (.*)$/gm)].map((m) => m[1])).toEqual(['"nameless"', '"Z"', '"a"', '"é"'])
    expect(r.warnings).toEqual(['[[package]] entry 3 has no string `name`; kept as it is'])
  })

  test('an existing archived = false on an archived_builds package becomes true in the same position', () => {
    const manifest = `${DEFAULTS}\n[[package]]\nname = "x"\narchived = false\ntrack = "centos"\n`
    const r = exportHsRelmon(inv({ x: ['archived_builds = "a"'] }), manifest)
    expect(r.content).toBe(`${DEFAULTS}\n[[package]]\nname = "x"\narchived = true\ntrack = "centos"\n`)
    expect(r.archivedSet).toEqual(['x'])
  })

  test('archived on an entry outside the selection is left alone; archived = true already set is no change', () => {
    const manifest = `${DEFAULTS}\n[[package]]\nname = "in"\narchived = true\n\n[[package]]\nname = "out"\narchived = true\n`
    const r = exportHsRelmon(inv({ in: ['archived_builds = "a"'] }), manifest)
    expect(r.content).toBe(manifest)
    expect(r).toMatchObject({ archivedSet: [], archivedCleared: [], stale: ['out'] })
  })

  test('duplicate names in the selection are added once', () => {
    const r = exportHsRelmon(inventory(`${HEAD}\n[[package]]\nname = "d"\n\n[[package]]\nname = "d"\ntrack = "centos"\n`), `${DEFAULTS}`)
    expect(r.content).toBe(`${DEFAULTS}\n[[package]]\nname = "d"\n`)
    expect(r.total).toBe(1)
  })

  test('a manifest whose first table is [[package]]: no blank line before the first entry, the comments above it stay', () => {
    const manifest = '# Packages.\n[[package]]\nname = "b"\n'
    const r = exportHsRelmon(inv({ a: [], b: [] }), manifest)
    expect(r.content).toBe('# Packages.\n[[package]]\nname = "a"\n\n[[package]]\nname = "b"\n')
  })

  test('a manifest with neither [defaults] nor entries: new entries judged against hs-relmon fallbacks (track upstream, file_issue false)', () => {
    const r = exportHsRelmon(inv({ a: ['track = "upstream"', 'file_issue = true', 'distros = "fedora"'] }), '')
    expect(r.content).toBe('[[package]]\nname = "a"\ndistros = "fedora"\nfile_issue = true\n')
  })
})

describe('decision: new entries are judged against the manifest [defaults], not the flags', () => {
  const manifest = '[defaults]\ndistros = "upstream,fedora"\ntrack = "centos"\nfile_issue = false\n'

  test('track/distros/file_issue equal to the manifest defaults are left out, different ones written', () => {
    const r = exportHsRelmon(inv({
      same: ['track = "centos"', 'distros = "upstream,fedora"', 'file_issue = false'],
      diff: ['track = "upstream"', 'distros = "upstream,fedora,centos,hyperscale"', 'file_issue = true']
    }), manifest)
    expect(r.content).toBe(`${manifest}
[[package]]
name = "diff"
track = "upstream"
distros = "upstream,fedora,centos,hyperscale"
file_issue = true

[[package]]
name = "same"
`)
  })

  test('--track/--distros do not change an existing manifest; a differing flag is warned about', () => {
    const r = exportHsRelmon(inv({ a: ['track = "upstream"'] }), manifest, { track: 'upstream', distros: 'upstream,fedora' })
    expect(r.content).toContain('name = "a"\ntrack = "upstream"\n')
    expect(r.content.startsWith(manifest)).toBe(true)
    expect(r.warnings).toEqual(['--track upstream is not applied to an existing manifest: new entries are judged against its default track "centos"'])
  })
})

describe('safety', () => {
  const manifest = `${DEFAULTS}\n[[package]]\nname = "a"\n\n[[package]]\nname = "b"\n`
  const two = (): ReturnType<typeof inventory> => inv({ a: [], b: [] }, '\n[inventory.workloads.hyperscale]\npackages = ["a"]\n\n[inventory.workloads.empty]\n')

  test('a --workload that names no workload is a usage error, even with --prune (no mass prune)', () => {
    const run = (): unknown => exportHsRelmon(two(), manifest, { workload: 'hyperscal', prune: true })
    expect(run).toThrow(ExportUsageError)
    expect(run).toThrow(/--workload hyperscal names no workload \(did you mean hyperscale\?\); defined: empty, hyperscale/)
  })

  test('a name only per-package workloads mention is no workload; a defined one takes members from both forms', () => {
    const i = inv({ a: [], b: ['workloads = ["side"]'] })
    expect(() => exportHsRelmon(i, manifest, { workload: 'side' })).toThrow(/side/)
    const both = inv({ a: [], b: ['workloads = ["hyperscale"]'], c: [] }, '\n[inventory.workloads.hyperscale]\npackages = ["a"]\n')
    expect(exportHsRelmon(both, manifest, { workload: 'hyperscale' })).toMatchObject({ stale: [], added: [], total: 2 })
  })

  test('a defined workload with no members is an empty selection: error, not a mass prune', () => {
    const run = (): unknown => exportHsRelmon(two(), manifest, { workload: 'empty', prune: true })
    expect(run).toThrow(ExportInputError)
    expect(run).toThrow(/workload empty has no packages/)
  })

  test('a result with zero entries is an error (here: every selected package unshipped and the rest pruned)', () => {
    const i = inv({ a: ['unshipped = "x"'], c: [] }, '\n[inventory.workloads.w]\npackages = ["a"]\n')
    const run = (): unknown => exportHsRelmon(i, manifest, { workload: 'w', prune: true })
    expect(run).toThrow(/no \[\[package\]\] entry left/)
    try { run() } catch (e) { expect(e).toMatchObject({ code: 'empty-manifest' }) }
  })

  test('--prune with a real workload removes the entries outside it (by design) and reports them', () => {
    const r = exportHsRelmon(two(), manifest, { workload: 'hyperscale', prune: true })
    expect(r).toMatchObject({ pruned: ['b'], stale: ['b'], total: 1 })
    expect(r.content).toBe(`${DEFAULTS}\n[[package]]\nname = "a"\n`)
  })
})

describe('unusable manifests', () => {
  const i = (): ReturnType<typeof inventory> => inv({ a: [] })

  test('TOML syntax error: typed, with line and column', () => {
    try {
      exportHsRelmon(i(), '[defaults]\ntrack = "upstream"\nfile_issue = tru\n')
      throw new Error('no error')
    } catch (e) {
      expect(e).toBeInstanceOf(ExportInputError)
      expect(e).toMatchObject({ code: 'manifest-syntax', line: 3 })
      expect((e as ExportInputError).message).toMatch(/^the manifest is not valid TOML: line 3, column \d+: /)
    }
  })

  test.each([
    ['package = []', 'package = []\n', 1],
    ['an inline array', '[defaults]\ntrack = "x"\n\n# c\n', 0],
    ['a [package] table', '[defaults]\ntrack = "x"\n\n[package]\nname = "a"\n', 4]
  ])('`package` as %s is not an array of tables: error', (_what, text, line) => {
    const src = line === 0 ? 'package = [{ name = "a" }]\n' + text : text
    try {
      exportHsRelmon(i(), src)
      throw new Error('no error')
    } catch (e) {
      expect(e).toMatchObject({ code: 'package-not-array', line: line === 0 ? 1 : line })
      expect((e as Error).message).toContain('`package` is not an array of tables')
    }
  })
})
