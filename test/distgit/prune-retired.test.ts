import { describe, expect, test } from '@jest/globals'
import { pruneRetiredCommand } from '../../src/commands/prune-retired.js'
import { makeRepo } from '../helpers/cli.js'
import type { FakeDistgit } from '../fakes/fake-distgit.js'
import { owned, type FakeData } from '../fakes/distgit-fixtures.js'
import { HEAD, run, fakeServers } from './helpers.js'

const fake = fakeServers()

const prune = (root: string, f: FakeDistgit | undefined, ...argv: string[]) => run(pruneRetiredCommand, root, argv, f)

/** poi-tracker's scan test case: gone, live, dead on both active branches, EOL-only. */
const scanData = (): Partial<FakeData> => ({
  projects: [owned('live-pkg', 'u', { branches: ['rawhide'] }), owned('dead-pkg', 'u', { branches: ['rawhide', 'epel9'], dead: ['rawhide', 'epel9'] }), owned('eol-pkg', 'u', { branches: ['f20'] })]
})
const scanInv = `${HEAD()}
[inventory.workloads.w]
packages = ["dead-pkg", "live-pkg"]

[[package]]
name = "gone-pkg"  # typo?

[[package]]
name = "live-pkg"
unshipped = "retired on every active branch (rawhide)"

# dead
[[package]]
name = "dead-pkg"
poc = "me"

[[package]]
name = "eol-pkg"
priority = "high"
unshipped = "no branch on any active release"
`

describe('prune-retired', () => {
  test('decision table, exact reasons, invalid entries reported; only unshipped lines change', async () => {
    const f = await fake(scanData())
    const root = makeRepo({ 'i.toml': scanInv })
    const r = await prune(root, f, '-i', 'i.toml', '--branch', 'rawhide,epel9', '-j', '4')
    expect(r.error).toBeUndefined()
    expect(r.result!.stdout).toBe(
      'Packages no longer carried on any active branch (2):\n- dead-pkg: retired on every active branch (rawhide, epel9)\n- eol-pkg: no branch on any active release\n\n' +
      'Invalid entries (1) — no such dist-git package; typically a non-rpms project imported by an older group sync, a binary subpackage name, or a typo. Fix or remove them:\n- gone-pkg: no such dist-git project (404)\n')
    expect(r.logs).toContain('4 checked, 2 prunable, 1 invalid')
    expect(r.after('i.toml')).toBe(scanInv
      .replace('name = "live-pkg"\nunshipped = "retired on every active branch (rawhide)"\n', 'name = "live-pkg"\n')
      .replace('poc = "me"\n', 'poc = "me"\nunshipped = "retired on every active branch (rawhide, epel9)"\n'))
    const cs = r.result!.changeSet!
    expect(cs.records).toEqual([
      { file: 'i.toml', package: 'live-pkg', kind: 'unmarked', field: 'unshipped', before: 'retired on every active branch (rawhide)', reason: 'shipped on rawhide', source: 'distgit' },
      { file: 'i.toml', package: 'dead-pkg', kind: 'marked', field: 'unshipped', before: undefined, after: 'retired on every active branch (rawhide, epel9)', reason: 'retired on every active branch (rawhide, epel9)', source: 'distgit' }
    ])
    expect(cs.findings).toEqual([expect.objectContaining({ file: 'i.toml', line: 9, severity: 'warning', rule: 'distgit-invalid' })])
    expect(cs.complete).toBe(true)
    expect(cs.provenance.services).toEqual({ distgit: f.distgitUrl })
    // 4 branch lists; dead.package: live 1, dead 2, eol 0.
    expect(f.counts).toMatchObject({ branches: 4, dead: 3, releases: 0 })
  })
  test('a marker already equal to the reason is no change; markers up to date', async () => {
    const f = await fake(scanData())
    const text = `${HEAD()}\n[[package]]\nname = "eol-pkg"\nunshipped = "no branch on any active release"\n`
    const r = await prune(makeRepo({ 'i.toml': text }), f, '-i', 'i.toml', '--branch', 'rawhide')
    expect(r.result!.changeSet!.records).toEqual([])
    expect(r.after('i.toml')).toBe(text)
    expect(r.logs).toContain('unshipped markers are up to date.')
  })
  test('active set from Bodhi (exclude_archived, all pages, deduplicated) and in the provenance', async () => {
    const f = await fake({ projects: [owned('p', 'u', { branches: ['epel10.1', 'f40', 'eln'], dead: ['epel10.1'] })] })
    const r = await prune(makeRepo({ 'i.toml': `${HEAD()}\n[[package]]\nname = "p"\n` }), f, '-i', 'i.toml')
    expect(r.logs[0]).toBe('Checking 1 package(s) against rawhide, f44, f43, epel10, epel10.1, epel9 (8 at a time)')
    expect(r.result!.stdout).toContain('- p: retired on every active branch (epel10.1)')
    expect(r.result!.changeSet!.provenance.services).toEqual({ distgit: f.distgitUrl, bodhi: f.bodhiUrl })
    expect(f.counts.releases).toBe(1)
  })
  test('a Bodhi answer without any f<N> release: exit 3, nothing marked', async () => {
    const f = await fake({ projects: [owned('p', 'u', { branches: ['f30'] })], releases: [{ name: 'EPEL-9', branch: 'epel9', id_prefix: 'FEDORA-EPEL', state: 'current' }] })
    const r = await prune(makeRepo({ 'i.toml': `${HEAD()}\n[[package]]\nname = "p"\n` }), f, '-i', 'i.toml')
    expect(r.error?.exitCode).toBe(3)
    expect(r.error?.message).toMatch(/no Fedora f<N> branch/)
    expect(f.counts.branches).toBe(0)
  })
  test('--pattern/--start-from/--end-with: unchecked packages keep their markers', async () => {
    const f = await fake({ projects: [owned('a-live', 'u'), owned('b-live', 'u'), owned('c-live', 'u')] })
    const text = `${HEAD()}\n[[package]]\nname = "a-live"\nunshipped = "x"\n\n[[package]]\nname = "b-live"\nunshipped = "x"\n\n[[package]]\nname = "c-live"\nunshipped = "x"\n`
    const r = await prune(makeRepo({ 'i.toml': text }), f, '-i', 'i.toml', '--branch', 'rawhide', '--start-from', 'b', '--end-with', 'c-live')
    expect(r.result!.changeSet!.records.map((x) => x.package)).toEqual(['b-live', 'c-live'])
    expect(f.counts.branches).toBe(2)
  })
  test('--remove deletes candidates (not invalid entries) and their workload memberships', async () => {
    const f = await fake(scanData())
    const r = await prune(makeRepo({ 'i.toml': scanInv }), f, '-i', 'i.toml', '--branch', 'rawhide,epel9', '--remove')
    const recs = r.result!.changeSet!.records
    expect(recs.map((x) => [x.kind, x.package, x.reason])).toEqual([
      ['removed', 'dead-pkg', 'retired on every active branch (rawhide, epel9)'], ['removed', 'eol-pkg', 'no branch on any active release']
    ])
    const after = r.after('i.toml')!
    expect(after).toContain('packages = ["live-pkg"]')
    expect(after).toContain('name = "gone-pkg"  # typo?')
    expect(after).not.toContain('dead-pkg')
    expect(after).not.toContain('eol-pkg')
  })
  test('usage: --remove with --dry-run, several files without --dry-run, a bad --branch (exit 2, no request)', async () => {
    const f = await fake({})
    const root = makeRepo({ 'a.toml': `${HEAD()}\n[[package]]\nname = "x"\n`, 'b.toml': `${HEAD('b')}\n[[package]]\nname = "y"\n` })
    for (const argv of [['-i', 'a.toml', '--remove', '--dry-run'], ['-i', 'a.toml', '-i', 'b.toml'], ['-i', 'a.toml', '--branch', '../x'], ['-i', 'a.toml', '-j', 'x'], []]) {
      expect((await prune(root, f, ...argv)).error?.exitCode).toBe(2)
    }
    expect(f.log).toHaveLength(0)
  })
  test('--dry-run over several files: a merged report, findings located per file, no change set', async () => {
    const f = await fake({ projects: [owned('x', 'u', { branches: ['f20'] })] })
    const root = makeRepo({ 'a.toml': `${HEAD()}\n[[package]]\nname = "x"\n`, 'b.toml': `${HEAD('b')}\n\n[[package]]\nname = "typo"\n` })
    const r = await prune(root, f, '-i', 'a.toml', '-i', 'b.toml', '--dry-run', '--branch', 'rawhide')
    expect(r.result!.changeSet).toBeUndefined()
    expect(r.result!.stdout).toContain('- x: no branch on any active release')
    expect(r.result!.findings).toEqual([expect.objectContaining({ file: 'b.toml', line: 7, rule: 'distgit-invalid' })])
  })
  test('a name that cannot be a package is invalid without a request; a stale marker on it is cleared', async () => {
    const f = await fake({})
    const r = await prune(makeRepo({ 'i.toml': `${HEAD()}\n[[package]]\nname = "bad name"\nunshipped = "dist-git project gone (404)"\n` }), f, '-i', 'i.toml', '--branch', 'rawhide')
    expect(r.result!.stdout).toContain('- bad name: not a valid dist-git package name (it contains whitespace)')
    expect(r.result!.changeSet!.records).toEqual([expect.objectContaining({ kind: 'unmarked', package: 'bad name', before: 'dist-git project gone (404)' })])
    expect(f.log).toHaveLength(0)
  })
  test('-j bounds packages in flight (default 8)', async () => {
    const projects = Array.from({ length: 30 }, (_, i) => owned(`p${i}`, 'u'))
    const f = await fake({ projects }, { gate: 8, latencyMs: 2 })
    const text = HEAD() + projects.map((p) => `\n[[package]]\nname = "${p.name}"\n`).join('')
    await prune(makeRepo({ 'i.toml': text }), f, '-i', 'i.toml', '--branch', 'rawhide')
    expect(f.maxInFlight).toBe(8)
    f.reset({ gate: 3 })
    await prune(makeRepo({ 'i.toml': text }), f, '-i', 'i.toml', '--branch', 'rawhide', '-j', '3')
    expect(f.maxInFlight).toBe(3)
    expect(f.counts.branches + f.counts.dead).toBe(60)
  })
})
