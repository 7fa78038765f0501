// triage-retired against fakes: poi-tracker's pinned cases as plans, and --mark as inventory edits in the defining files.
import { describe, expect, test } from '@jest/globals'
import { closeComment, triageRetiredCommand } from '../../src/commands/triage-retired.js'
import { fakeBug } from '../fakes/fake-bugzilla.js'
import { owned } from '../fakes/distgit-fixtures.js'
import { HEAD, inventory, runCommand, type Fakes } from './harness.js'
import { worldsFor } from './worlds.js'

const world = worldsFor({})

const retired = (f: Fakes | undefined, argv: string[], files: Record<string, string>, env: Record<string, string> = {}) =>
  runCommand(triageRetiredCommand, files, argv, f, { env })
const one = (name: string, extra: Record<string, string | string[]> = {}) => ({ 'inv.toml': inventory([{ name, ...extra }]) })
const searches = (f: Fakes) => f.bz.server.requests.filter((r) => r.url.startsWith('/rest/bug?')).map((r) => r.url)

describe('triage-retired: poi-tracker\'s cases', () => {
  test('a live package: nothing; retired with no open bug: nothing to close', async () => {
    const f = await world({ projects: [owned('live', 'u'), owned('gone', 'u', { dead: ['rawhide'] })] })
    const r = await retired(f, ['-i', 'inv.toml'], { 'inv.toml': inventory([{ name: 'live' }, { name: 'gone' }]) })
    expect(r.result!.plan!.actions).toEqual([])
    expect(r.result!.stdout).toBe('No retired packages with open release-monitoring bugs.\n')
    // One search, for the retired package only.
    expect(searches(f)).toHaveLength(1)
    expect(new URL(searches(f)[0], 'http://x').searchParams.getAll('component')).toEqual(['gone'])
  })

  test('retired on epel9 with bugs NEW, ASSIGNED, CLOSED → closes the two open ones, each tagged epel9, with the CANTFIX comment', async () => {
    const f = await world({
      projects: [owned('foo', 'u', { branches: ['rawhide', 'epel9'], dead: ['epel9'] })],
      bugs: [1, 2, 3].map((id, i) => fakeBug(id, 'foo', `foo-1.${id} is available`, { product: 'Fedora EPEL', version: ['epel9'], status: ['NEW', 'ASSIGNED', 'CLOSED'][i], resolution: i === 2 ? 'WONTFIX' : '' })),
    })
    const r = await retired(f, ['-i', 'inv.toml', '--branch', 'rawhide,epel9'], one('foo'))
    const actions = r.result!.plan!.actions
    expect(actions.map((a) => [a.target, a.kind, a.set, a.expect])).toEqual([
      [1, 'cantfix', { status: 'CLOSED', resolution: 'CANTFIX' }, { status: 'NEW', resolution: '' }],
      [2, 'cantfix', { status: 'CLOSED', resolution: 'CANTFIX' }, { status: 'ASSIGNED', resolution: '' }],
    ])
    expect(actions[0].comment).toBe(closeComment('foo', 'epel9'))
    expect(r.result!.plan!.evidence![actions[0].id].deadPackage).toEqual([{ package: 'foo', branch: 'epel9' }])
    expect(r.result!.stdout).toContain('foo (2 bug(s)):\n  bug 1 [NEW] (epel9): foo-1.1 is available\n  bug 2 [ASSIGNED] (epel9): foo-1.2 is available\n')
    expect(r.result!.stdout).toContain('  foo: rhbz#1 (epel9), rhbz#2 (epel9)')
    expect(r.result!.summary).toContain('[epel9/dead.package](')
  })

  test('search queries per branch: EPEL product and major version, Fedora rawhide, f43 → 43, all reporters drop the reporter, c10s is never searched', async () => {
    const f = await world({
      projects: [
        owned('python-django6', 'u', { branches: ['rawhide', 'epel10'], dead: ['epel10'] }),
        owned('foo', 'u', { branches: ['rawhide', 'f43', 'c10s'], dead: ['rawhide', 'f43', 'c10s'] }),
      ],
    })
    const r = await retired(f, ['-i', 'inv.toml', '--branch', 'rawhide', '--branch', 'f43,epel10,c10s'], { 'inv.toml': inventory([{ name: 'python-django6' }, { name: 'foo' }]) })
    const qs = searches(f).map((u) => new URL(u, 'http://x').searchParams)
    const epel = qs.find((q) => q.get('version') === 'epel10')!
    expect(epel.getAll('component')).toEqual(['python-django6'])
    expect(epel.get('product')).toBe('Fedora EPEL')
    expect(epel.get('bug_status')).toBe('__open__')
    expect(epel.get('reporter')).toBe('upstream-release-monitoring@fedoraproject.org')
    expect(searches(f).find((u) => u.includes('version=rawhide'))).toContain('product=Fedora&')
    expect(qs.map((q) => q.get('version')).sort()).toEqual(['43', 'epel10', 'rawhide'])
    expect(r.result!.plan!.skipped).toEqual([{ target: 'foo', why: 'retired on c10s, which has no Bugzilla product: no bug search' }])
    expect(r.logs).toContain('warning: c10s has no Bugzilla product; skipping the open-bug search for foo')

    const f2 = await world({ projects: [owned('python-django3', 'u', { branches: ['epel8'], dead: ['epel8'] })] })
    await retired(f2, ['-i', 'inv.toml', '--branch', 'epel8', '--all-reporters'], one('python-django3'))
    expect(new URL(searches(f2)[0], 'http://x').searchParams.has('reporter')).toBe(false)
  })

  test('the closing comment names the package, the branch and CANTFIX', () => {
    const c = closeComment('python-django6', 'epel10')
    expect(c).toContain('python-django6')
    expect(c).toContain('epel10')
    expect(c).toContain('CANTFIX')
  })

  test('batch: one search; bugs matched to a branch by product and version', async () => {
    const f = await world({
      projects: [owned('foo', 'u', { branches: ['rawhide', 'epel8', 'epel9'], dead: ['rawhide', 'epel8', 'epel9'] })],
      bugs: [fakeBug(1, 'foo', 'foo-2 is available', { cc: ['me@example.com'] }), fakeBug(2, 'foo', 'foo-2 is available', { product: 'Fedora EPEL', version: ['epel8'], cc: ['me@example.com'] })],
    })
    const run = async (branch: string) => (await retired(f, ['-i', 'inv.toml', '--batch', 'me@example.com', '--branch', branch], one('foo'))).result!.plan!.actions.map((a) => a.target)
    expect(await run('rawhide')).toEqual([1])
    expect(await run('epel8')).toEqual([2])
    expect(await run('epel9')).toEqual([])
    expect(f.bz.counts.search).toBe(3)
  })

  test('unshipped and retired packages are checked too; --claim adds the assignee to every closure', async () => {
    const f = await world({ projects: [owned('old', 'u', { dead: ['rawhide'] })], bugs: [fakeBug(7, 'old', 'old-3 is available', { assigned_to: 'maint@example.org' })] })
    const r = await retired(f, ['-i', 'inv.toml', '--claim', '--email', 'me@example.com'], one('old', { unshipped: 'retired on every active branch (rawhide)', retired_on: ['rawhide'] }))
    expect(r.result!.plan!.actions.map((a) => [a.set, a.expect])).toEqual([[{ status: 'CLOSED', resolution: 'CANTFIX', assigned_to: 'me@example.com' }, { status: 'NEW', resolution: '', assigned_to: 'maint@example.org' }]])
  })

  test('a dead.package probe that keeps failing stops the run (exit 3): nothing is planned or marked', async () => {
    const f = await world({ projects: [owned('foo', 'u', { dead: ['rawhide'] })] }, { distgit: { faults: [{ match: /dead\.package/, action: { status: 500 } }] } })
    const r = await retired(f, ['-i', 'inv.toml', '--mark'], one('foo'))
    expect(r.error?.exitCode).toBe(3)
    expect(r.result).toBeUndefined()
  })
})

describe('triage-retired --mark', () => {
  const mark = async (projects: Parameters<typeof owned>[], files: Record<string, string>, argv: string[]) => {
    const f = await world({ projects: projects.map((p) => owned(...p)) })
    const r = await retired(f, ['--mark', ...argv], files)
    expect(r.error).toBeUndefined()
    return r.result!
  }

  test('no marker, rawhide and epel8 both retired → ["epel8", "rawhide"]', async () => {
    const text = inventory([{ name: 'foo', poc: 'me' }])
    // The editor writes a new list of several names in poi-tracker's layout, one name a line.
    const r = await mark([['foo', 'u', { branches: ['rawhide', 'epel8'], dead: ['rawhide', 'epel8'] }]], { 'inv.toml': text }, ['-i', 'inv.toml', '--branch', 'rawhide,epel8'])
    expect(r.changeSet!.changes[0].after).toBe(text.replace('poc = "me"\n', 'poc = "me"\nretired_on = [\n    "epel8",\n    "rawhide",\n]\n'))
    expect(r.changeSet!.records).toEqual([{ file: 'inv.toml', package: 'foo', kind: 'marked', field: 'retired_on', after: '["epel8","rawhide"]', reason: 'dead.package on rawhide, epel8', source: 'distgit' }])
  })

  test('["rawhide"] and rawhide found live → the field is removed (healing); ["epel8"] and rawhide retired → both', async () => {
    const text = inventory([{ name: 'revived', retired_on: ['rawhide'] }, { name: 'dying', retired_on: ['epel8'] }])
    const r = await mark([['revived', 'u'], ['dying', 'u', { dead: ['rawhide'] }]], { 'inv.toml': text }, ['-i', 'inv.toml'])
    expect(r.changeSet!.changes[0].after).toBe(text.replace('name = "revived"\nretired_on = ["rawhide"]\n', 'name = "revived"\n').replace('retired_on = ["epel8"]', 'retired_on = ["epel8", "rawhide"]'))
    expect(r.changeSet!.records.map((x) => [x.package, x.kind])).toEqual([['revived', 'unmarked'], ['dying', 'marked']])
  })

  test('already up to date, and a package outside the walk is untouched: no change', async () => {
    const text = inventory([{ name: 'foo', retired_on: ['rawhide'] }, { name: 'bar', retired_on: ['rawhide'] }])
    const r = await mark([['foo', 'u', { dead: ['rawhide'] }], ['bar', 'u']], { 'inv.toml': text }, ['-i', 'inv.toml', '--pattern', 'foo'])
    expect(r.changeSet!.changes[0].after).toBe(text)
    expect(r.changeSet!.records).toEqual([])
    expect(r.stdout).toContain('retired_on markers are up to date.')
  })

  test('several inventories: a live branch leaves every file listing it; a new retired branch goes to the first file defining the package', async () => {
    const a = inventory([{ name: 'foo', retired_on: ['epel9'] }])
    const b = inventory([{ name: 'foo', retired_on: ['epel8', 'epel9'] }, { name: 'bar' }])
    const r = await mark([['foo', 'u', { branches: ['rawhide', 'epel8', 'epel9'], dead: ['rawhide', 'epel8'] }], ['bar', 'u', { dead: ['rawhide'] }]],
      { 'a.toml': a, 'b.toml': b }, ['-i', 'a.toml', '-i', 'b.toml', '--branch', 'rawhide,epel8,epel9'])
    const after = Object.fromEntries(r.changeSet!.changes.map((c) => [c.path, c.after]))
    // foo: epel9 is live now (leaves both files); rawhide is new (first defining file); epel8 stays where it is.
    expect(after['a.toml']).toBe(a.replace('retired_on = ["epel9"]', 'retired_on = ["rawhide"]'))
    expect(after['b.toml']).toBe(b.replace('retired_on = ["epel8", "epel9"]', 'retired_on = ["epel8"]').replace('name = "bar"\n', 'name = "bar"\nretired_on = ["rawhide"]\n'))
    expect(r.changeSet!.records.map((x) => `${x.file}:${x.package}:${x.after ?? '-'}`)).toEqual(['a.toml:foo:["rawhide"]', 'b.toml:foo:["epel8"]', 'b.toml:bar:["rawhide"]'])
  })

  test('comments and layout of the file survive; only retired_on lines change', async () => {
    const text = `${HEAD}\n# the important one\n[[package]]\nname = "foo"   # keep me\nrpms = [\n  "foo",\n  "foo-libs",\n]\n`
    const r = await mark([['foo', 'u', { dead: ['rawhide'] }]], { 'inv.toml': text }, ['-i', 'inv.toml'])
    expect(r.changeSet!.changes[0].after).toBe(text.replace('  "foo-libs",\n]\n', '  "foo-libs",\n]\nretired_on = ["rawhide"]\n'))
  })
})
