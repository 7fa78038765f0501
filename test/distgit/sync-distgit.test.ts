import { runCli } from '../../src/cli/main.js'
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { syncDistgitCommand } from '../../src/commands/sync-distgit.js'
import { parseInventory } from '../../src/inventory/parse.js'
import { makeRepo } from '../helpers/cli.js'
import type { FakeDistgit } from '../fakes/fake-distgit.js'
import { owned, project, type FakeData } from '../fakes/distgit-fixtures.js'
import { HEAD, run, fakeServers, makeContext, testDeps } from './helpers.js'

const fake = fakeServers()

const sync = (root: string, f: FakeDistgit | undefined, ...argv: string[]) => run(syncDistgitCommand, root, argv, f)
const names = (text: string | null | undefined): string[] => parseInventory('x.toml', text ?? '').inventory?.packages.map((p) => p.name) ?? []

describe('sync-distgit: user sync into a new file', () => {
  test('prefix scan, canonical new file, records with sources, request counts', async () => {
    const f = await fake({ projects: [owned('pcem', 'jdoe'), owned('PyYAML', 'jdoe'), owned('freerdp', 'jdoe'), owned('zzz', 'other'), owned('7zip', 'jdoe')] })
    const root = makeRepo({})
    const r = await sync(root, f, '--user', 'jdoe', '-o', 'inv/jdoe.toml', '--workload', 'mine')
    expect(r.error).toBeUndefined()
    expect(f.counts.projects).toBe(36)
    const text = r.after('inv/jdoe.toml')!
    expect(text).toBe(
      '[inventory]\nname = "user-jdoe"\ndescription = "Packages synced from dist-git (user:jdoe)"\nmaintainer = "user:jdoe"\nlabels = []\nprivate_fields = []\n\n' +
      '[inventory.workloads.mine]\npackages = [\n    "7zip",\n    "PyYAML",\n    "freerdp",\n    "pcem",\n]\n\n' +
      '[[package]]\nname = "7zip"\n\n[[package]]\nname = "PyYAML"\n\n[[package]]\nname = "freerdp"\n\n[[package]]\nname = "pcem"\n')
    const cs = r.result!.changeSet!
    expect(cs.changes[0].before).toBeNull()
    expect(cs.complete).toBe(true)
    expect(cs.records.map((x) => [x.package, x.kind, x.source, x.reason])).toContainEqual(['pcem', 'added', 'distgit', 'direct access'])
    expect(cs.provenance.services).toEqual({ distgit: f.distgitUrl })
    expect(cs.provenance.requests).toEqual({ [f.distgit.host]: 36 })
    expect(r.result!.stdout).toBe('Synced user:jdoe: 4 added, 4 package(s) in inv/jdoe.toml\n')
  })
  test('listings run concurrently: at most 8 in flight per host by default, --jobs lowers it, never above 8', async () => {
    // 250 p* packages: 3 pages, fetched concurrently after page 1, through the same per-host limit.
    const projects = Array.from({ length: 250 }, (_, i) => owned(`p${i}`, 'u'))
    const f = await fake({ projects }, { gate: 8, latencyMs: 2 })
    await sync(makeRepo({}), f, '--user', 'u')
    expect(f.maxInFlight).toBe(8)
    expect(f.counts.projects).toBe(38)
    f.reset({ gate: 3 })
    await sync(makeRepo({}), f, '--user', 'u', '-j', '3')
    expect(f.maxInFlight).toBe(3)
    f.reset()
    const r = await sync(makeRepo({}), f, '--user', 'u', '-j', '9')
    expect(r.error?.exitCode).toBe(2)
    expect(r.error?.message).toBe('--jobs must be a whole number from 1 to 8, got "9"')
    expect(f.log).toHaveLength(0)
  })
  test('the busiest prefixes start first; the file and the records are in name order', async () => {
    const f = await fake({ projects: [owned('zz', 'u'), owned('pp', 'u'), owned('aa', 'u'), owned('rr', 'u'), owned('11', 'u')] })
    const r = await sync(makeRepo({}), f, '--user', 'u', '-o', 'o.toml', '-j', '1')
    const started = f.log.filter((x) => x.route === 'projects').map((x) => new URL(x.url, 'http://x').searchParams.get('pattern'))
    expect(started.slice(0, 4)).toEqual(['p*', 'r*', 'g*', 'l*'])
    expect(started).toHaveLength(36)
    expect(r.result!.changeSet!.records.map((x) => x.package)).toEqual(['11', 'aa', 'pp', 'rr', 'zz'])
    expect(names(r.after('o.toml'))).toEqual(['11', 'aa', 'pp', 'rr', 'zz'])
  })
  test('an existing file is edited minimally: new tables at their sorted place, comments and unknown keys kept, existing entries untouched', async () => {
    const f = await fake({ projects: [owned('bbb', 'u'), owned('ddd', 'u'), owned('aaa', 'u')] })
    const before = `${HEAD()}custom = 1\n\n# the first one\n[[package]]\nname = "aaa"\npoc = "me"   # keep\n\n[[package]]\nname = "ccc"\nunshipped = "x"\n`
    const root = makeRepo({ 'i.toml': before })
    const r = await sync(root, f, '--user', 'u', '-o', 'i.toml', '--workload', 'w')
    const after = r.after('i.toml')!
    expect(after).toBe(`${HEAD()}custom = 1\n\n[inventory.workloads.w]\npackages = [\n    "bbb",\n    "ddd",\n]\n\n# the first one\n[[package]]\nname = "aaa"\npoc = "me"   # keep\n\n` +
      '[[package]]\nname = "bbb"\n\n[[package]]\nname = "ccc"\nunshipped = "x"\n\n[[package]]\nname = "ddd"\n')
    expect(names(after)).toEqual(['aaa', 'bbb', 'ccc', 'ddd'])
    // Only this run's additions join the workload, as in poi-tracker.
    expect(parseInventory('i.toml', after).inventory!.meta.workloads.get('w')!.packages).toEqual(['bbb', 'ddd'])
    expect(r.result!.changeSet!.records.filter((x) => x.kind === 'added').map((x) => x.package)).toEqual(['bbb', 'ddd'])
  })
  test('--name renames an existing inventory; a second run with nothing new changes nothing', async () => {
    const f = await fake({ projects: [owned('aaa', 'u')] })
    const root = makeRepo({ 'i.toml': `${HEAD('old')}\n[[package]]\nname = "aaa"\n` })
    const r = await sync(root, f, '--user', 'u', '-o', 'i.toml', '--name', 'new')
    expect(r.after('i.toml')).toContain('name = "new"')
    const same = await sync(root, f, '--user', 'u', '-o', 'i.toml')
    const c = same.result!.changeSet!.changes[0]
    expect(c.after).toBe(c.before)
  })
})

describe('sync-distgit: flags', () => {
  test('usage errors (exit 2) before any request', async () => {
    const f = await fake({})
    const cases: string[][] = [
      [], ['--user', 'a', '--group', 'b'], ['--user', 'a', '--fast', '--auto-prefix'], ['--user', 'a', '--fast', '--start-pattern', 'b'],
      ['--group', 'g', '--no-groups'], ['--user', 'a', '--no-groups', '--include-group', 'x'], ['--user', 'a', '--include-group', 'x', '--exclude-group', 'y'],
      ['--user', 'a', '--pattern', 'p*', '--start-pattern', 'q'], ['--user', 'a', '--no-auto-prefix', '--end-pattern', 'q'],
      ['--user', 'a', '--start-pattern', 'py'], ['--user', 'a', '--end-pattern', 'a'], ['--user', 'a', '--pattern', 'a*b'], ['--user', 'a', '--pattern', 'x%'],
      ['--user', 'a/b'], ['--user', 'a', '--per-page', '101'], ['--user', 'a', '-j', '0'], ['--user', 'a', '--fast', '--group', 'g']
    ]
    for (const argv of cases) {
      const r = await sync(makeRepo({}), f, ...argv)
      expect([argv, r.error?.exitCode]).toEqual([argv, 2])
    }
    expect(f.log).toHaveLength(0)
  })
  test('--auto-prefix/--no-auto-prefix: last wins (no conflict with --pattern once overridden)', async () => {
    const f = await fake({ projects: [owned('a', 'u')] })
    await sync(makeRepo({}), f, '--user', 'u', '--no-auto-prefix', '--auto-prefix')
    expect(f.counts.projects).toBe(36)
    f.reset()
    const r = await sync(makeRepo({}), f, '--user', 'u', '--auto-prefix', '--pattern', 'a*', '--no-auto-prefix')
    expect(r.error).toBeUndefined()
    expect(f.counts.projects).toBe(1)
  })
  test('an unfiltered listing of a prolific user answers 504: exit 3 with the prefix-scan hint, nothing proposed', async () => {
    const f = await fake({ projects: Array.from({ length: 30 }, (_, i) => owned(`p${i}`, 'u')) }, { unfilteredLimit: 10 })
    const root = makeRepo({})
    const r = await sync(root, f, '--user', 'u', '--no-auto-prefix', '-o', 'o.toml')
    expect(r.error?.exitCode).toBe(3)
    expect(r.error?.message).toMatch(/504.*use the prefix scan/)
    expect(r.result).toBeUndefined()
    expect(f.counts.projects).toBe(4)
  })
  test('--pattern: one query; a name without a star matches exactly, case-insensitively, also for pruning', async () => {
    const f = await fake({ projects: [owned('systemd', 'u'), owned('systemd-boot', 'u')] })
    const root = makeRepo({ 'o.toml': `${HEAD()}\n[[package]]\nname = "SystemD"\n\n[[package]]\nname = "systemd-x"\n` })
    const r = await sync(root, f, '--user', 'u', '--pattern', 'systemd', '-o', 'o.toml', '--prune')
    expect(f.log.map((x) => new URL(x.url, 'http://x').searchParams.get('pattern'))).toEqual(['systemd*'])
    expect(names(r.after('o.toml'))).toEqual(['systemd', 'systemd-x'])
    expect(r.result!.changeSet!.records.filter((x) => x.kind === 'removed').map((x) => x.package)).toEqual(['SystemD'])
  })
  test('--exclude, --no-groups, --include-group (membership checked), --exclude-group (warning only)', async () => {
    const f = await fake({
      projects: [owned('own', 'alice'), project('sig-a', { users: { owner: ['x'] }, groups: { commit: ['rust-sig'] } }),
        project('sig-b', { users: { owner: ['x'] }, groups: { commit: ['py-sig'] } }), owned('python-skip', 'alice')],
      groups: [{ name: 'rust-sig', members: ['alice'] }, { name: 'py-sig', members: ['alice'] }, { name: 'kde-sig', members: ['bob'] }]
    })
    const got = async (...argv: string[]) => names((await sync(makeRepo({}), f, '--user', 'alice', '--pattern', '*', '-o', 'o.toml', ...argv)).after('o.toml'))
    expect(await got()).toEqual(['own', 'python-skip', 'sig-a', 'sig-b'])
    expect(await got('--exclude', 'python-*')).toEqual(['own', 'sig-a', 'sig-b'])
    expect(await got('--no-groups')).toEqual(['own', 'python-skip'])
    expect(await got('--include-group', 'rust-sig')).toEqual(['own', 'python-skip', 'sig-a'])
    expect(await got('--exclude-group', 'rust-sig')).toEqual(['own', 'python-skip', 'sig-b'])
    const notMember = await sync(makeRepo({}), f, '--user', 'alice', '--include-group', 'kde-sig')
    expect(notMember.error?.exitCode).toBe(2)
    const warn = await sync(makeRepo({}), f, '--user', 'alice', '--pattern', '*', '--exclude-group', 'kde-sig')
    expect(warn.logs.join('\n')).toContain('alice is not a member of group \'kde-sig\'')
    const unknown = await sync(makeRepo({}), f, '--user', 'alice', '--include-group', 'nope')
    expect(unknown.error).toMatchObject({ exitCode: 2, message: "dist-git has no group 'nope' (404)" })
  })
  test('--fast: one owner-alias request, direct owner/admin/commit only, --pattern client-side', async () => {
    const f = await fake({ projects: [owned('freerdp', 'salimma'), project('collab', { users: { owner: ['x'], collaborator: ['salimma'] } }), owned('pcem', 'salimma'), owned('systemd', 'z')] })
    const r = await sync(makeRepo({}), f, '--user', 'salimma', '--fast', '-o', 'o.toml')
    expect(names(r.after('o.toml'))).toEqual(['freerdp', 'pcem'])
    expect(f.counts).toMatchObject({ alias: 1, projects: 0 })
    const p = await sync(makeRepo({}), f, '--user', 'salimma', '--fast', '--pattern', 'P*', '-o', 'o.toml')
    expect(names(p.after('o.toml'))).toEqual(['pcem'])
  })
})

describe('sync-distgit: group mode (Pagure ignores pattern on the group endpoint)', () => {
  const sigData = (): Partial<FakeData> => ({
    projects: [project('python-foo', { groups: { commit: ['py'] } }), project('python-bar', { groups: { admin: ['py'] } }), project('rust-x', { groups: { commit: ['py'] } }),
      project('python-classroom', { namespace: 'container', groups: { commit: ['py'] } }), project('python-foo', { forkOf: 'jdoe', groups: { commit: ['py'] } })],
    groups: [{ name: 'py', members: ['jdoe'] }]
  })
  test('one listing; non-rpms and forks dropped', async () => {
    const f = await fake(sigData())
    const r = await sync(makeRepo({}), f, '--group', 'py', '-o', 'g.toml')
    expect(names(r.after('g.toml'))).toEqual(['python-bar', 'python-foo', 'rust-x'])
    expect(r.after('g.toml')).toContain('name = "group-py"')
    expect(f.counts.group).toBe(1)
  })
  test('--pattern and --auto-prefix filter one listing client-side instead of re-listing the whole group', async () => {
    const f = await fake(sigData())
    const r = await sync(makeRepo({}), f, '--group', 'py', '--pattern', 'python-*', '-o', 'g.toml')
    expect(names(r.after('g.toml'))).toEqual(['python-bar', 'python-foo'])
    const a = await sync(makeRepo({}), f, '--group', 'py', '--auto-prefix', '--end-pattern', 'r', '-o', 'g.toml')
    expect(names(a.after('g.toml'))).toEqual(['python-bar', 'python-foo'])
    expect(f.counts.group).toBe(2)
  })
  test('unknown group: exit 2', async () => {
    const f = await fake({})
    expect((await sync(makeRepo({}), f, '--group', 'nope')).error).toMatchObject({ exitCode: 2 })
  })
})

describe('sync-distgit: stale packages and --prune', () => {
  const inv = `${HEAD()}\n[inventory.workloads.w]\npackages = ["gone", "keep", "python-old"]\n\n[[package]]\nname = "gone"\n\n[[package]]\nname = "keep"\n\n[[package]]\nname = "python-old"\n\n[[package]]\nname = "retired"\nunshipped = "retired on every active branch (rawhide)"\n`
  test('without --prune: a warning and findings, nothing removed', async () => {
    const f = await fake({ projects: [owned('keep', 'u')] })
    const root = makeRepo({ 'o.toml': inv })
    const r = await sync(root, f, '--user', 'u', '-o', 'o.toml')
    expect(r.logs.join('\n')).toContain('warning: 2 package(s) in o.toml are not in sync scope (not in the dist-git results for user:u): gone, python-old; pass --prune to remove them')
    expect(r.result!.findings.map((x) => [x.rule, x.line])).toEqual([['distgit-stale', 9], ['distgit-stale', 15]])
    const c = r.result!.changeSet!.changes[0]
    expect(c.after).toBe(c.before)
  })
  test('--prune removes stale packages (and their workload memberships), never unshipped ones, only inside the scope', async () => {
    const f = await fake({ projects: [owned('keep', 'u')] })
    const root = makeRepo({ 'o.toml': inv })
    const r = await sync(root, f, '--user', 'u', '-o', 'o.toml', '--prune', '--end-pattern', 'p')
    expect(names(r.after('o.toml'))).toEqual(['keep', 'python-old', 'retired'])
    expect(r.after('o.toml')).toContain('packages = ["keep", "python-old"]')
    const removed = r.result!.changeSet!.records.filter((x) => x.kind === 'removed')
    expect(removed).toEqual([{ file: 'o.toml', package: 'gone', kind: 'removed', reason: 'no longer in the dist-git results for user:u (scope a* … o*)', source: 'distgit' }])
    expect(r.result!.changeSet!.complete).toBe(true)
    expect(r.result!.stdout).toContain('0 added, 1 pruned')
  })
  test('--exclude + --prune removes excluded packages, as poi-tracker does', async () => {
    const f = await fake({ projects: [owned('keep', 'u'), owned('gone', 'u'), owned('python-old', 'u')] })
    const r = await sync(makeRepo({ 'o.toml': inv }), f, '--user', 'u', '-o', 'o.toml', '--prune', '--exclude', 'python-*')
    expect(names(r.after('o.toml'))).toEqual(['gone', 'keep', 'retired'])
  })
  test('a listing without totals cannot justify a removal: exit 3', async () => {
    const f = await fake({ projects: [owned('keep', 'u')] }, { omitTotals: true })
    const r = await sync(makeRepo({ 'o.toml': inv }), f, '--user', 'u', '-o', 'o.toml', '--prune')
    expect(r.error?.exitCode).toBe(3)
    expect(r.error?.message).toMatch(/refusing to prune 2 package/)
    const warnOnly = await sync(makeRepo({ 'o.toml': inv }), f, '--user', 'u', '-o', 'o.toml')
    expect(warnOnly.result!.changeSet!.complete).toBe(false)
  })
})

describe('sync-distgit --mark-unshipped', () => {
  test('added packages are checked; retired ones marked with the exact reason; invalid ones reported; existing untouched', async () => {
    const f = await fake({
      projects: [owned('live', 'u', { branches: ['rawhide', 'f44'] }), owned('dead', 'u', { branches: ['rawhide', 'epel9'], dead: ['rawhide', 'epel9'] }),
        owned('eol', 'u', { branches: ['f30'] }), owned('old', 'u', { branches: ['f30'] })]
    })
    const root = makeRepo({ 'o.toml': `${HEAD()}\n[[package]]\nname = "old"\n` })
    const r = await sync(root, f, '--user', 'u', '-o', 'o.toml', '--pattern', '*', '--mark-unshipped')
    const after = parseInventory('o.toml', r.after('o.toml')!).inventory!
    expect(after.packages.map((p) => [p.name, p.unshipped])).toEqual([
      ['old', undefined], ['dead', 'retired on every active branch (rawhide, epel9)'], ['eol', 'no branch on any active release'], ['live', undefined]
    ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)))
    const marked = r.result!.changeSet!.records.filter((x) => x.kind === 'marked')
    expect(marked.map((x) => [x.package, x.field, x.after, x.source])).toEqual([
      ['dead', 'unshipped', 'retired on every active branch (rawhide, epel9)', 'fedora-koji'], ['eol', 'unshipped', 'no branch on any active release', 'fedora-koji']
    ])
    // Koji first (as prune-retired --fast): live is live on f45 (no dist-git request); dead and eol are blocked, so their branch lists decide.
    expect(f.counts).toMatchObject({ branches: 2, dead: 0 })
    expect(f.koji.calls.map((c) => c.method)).toEqual(Array(6).fill('listPackages'))
    expect(r.result!.changeSet!.provenance.services).toEqual({ distgit: f.distgitUrl, bodhi: f.bodhiUrl, 'fedora-koji': f.kojiUrl })
    expect(r.result!.changeSet!.provenance.requests).toMatchObject({ [f.koji.server.host]: 3 })
  })
  test('nothing added: neither Bodhi nor koji is asked', async () => {
    const f = await fake({ projects: [owned('a', 'u')] })
    const r = await sync(makeRepo({ 'o.toml': `${HEAD()}\n[[package]]\nname = "a"\n` }), f, '--user', 'u', '--pattern', '*', '-o', 'o.toml', '--mark-unshipped')
    expect(r.result!.changeSet!.records).toEqual([])
    expect(f.counts.releases).toBe(0)
    expect(f.koji.requests).toHaveLength(0)
    expect(r.result!.changeSet!.provenance.services).toEqual({ distgit: f.distgitUrl })
  })
  test('a Bodhi failure only skips the markers: additions still proposed, with a warning and a finding', async () => {
    const f = await fake({ projects: [owned('a', 'u')] }, { faults: [{ match: /releases/, action: { status: 503 } }] })
    const r = await sync(makeRepo({}), f, '--user', 'u', '--pattern', '*', '-o', 'o.toml', '--mark-unshipped')
    expect(names(r.after('o.toml'))).toEqual(['a'])
    expect(r.result!.findings.map((x) => x.rule)).toEqual(['distgit-markers-skipped'])
    expect(r.logs.join('\n')).toContain('run prune-retired -i o.toml later')
    expect(r.result!.exitCode).toBe(0)
  })
})

describe('sync-distgit: resume files (terminal only; a resumed run never prunes and checks every addition)', () => {
  const data = (): Partial<FakeData> => ({ projects: [owned('apple', 'u', { branches: ['f30'] }), owned('banana', 'u'), owned('cherry', 'u')] })
  test('a failed scan saves .partial/.partial.state (never in the change set); the re-run resumes, checks every addition, never prunes', async () => {
    const f = await fake(data(), { faults: [{ match: /pattern=b%2A/, times: 4, action: { status: 502 } }] })
    const root = makeRepo({ 'o.toml': `${HEAD()}\n[[package]]\nname = "zebra"\n` })
    const first = await sync(root, f, '--user', 'u', '-o', 'o.toml', '--end-pattern', 'd', '-j', '1')
    expect(first.error?.exitCode).toBe(3)
    // c* starts before a* and b* (busiest first), so it finished before b* failed.
    expect(first.error?.message).toContain('the listing for b* failed')
    expect(first.error?.message).toContain('saved 3 package(s) (2 new) to o.toml.partial')
    expect(readFileSync(join(root, 'o.toml.partial.state'), 'utf8')).toBe('b*\n')
    expect(names(readFileSync(join(root, 'o.toml.partial'), 'utf8'))).toEqual(['apple', 'cherry', 'zebra'])
    f.reset()
    const second = await run(syncDistgitCommand, root, ['--user', 'u', '-o', 'o.toml', '--end-pattern', 'd', '--prune', '--mark-unshipped', '--write'], f)
    expect(f.log.filter((x) => x.route === 'projects').map((x) => new URL(x.url, 'http://x').searchParams.get('pattern')).sort()).toEqual(['b*', 'c*'])
    expect(names(second.after('o.toml'))).toEqual(['apple', 'banana', 'cherry', 'zebra'])
    const cs = second.result!.changeSet!
    expect(cs.complete).toBe(false)
    expect(cs.records.filter((x) => x.kind === 'removed')).toEqual([])
    expect(cs.records.filter((x) => x.kind === 'added').map((x) => x.package)).toEqual(['apple', 'banana', 'cherry'])
    expect(cs.records.filter((x) => x.kind === 'marked').map((x) => x.package)).toEqual(['apple'])
    expect(cs.changes.map((c) => c.path)).toEqual(['o.toml'])
    expect(existsSync(join(root, 'o.toml.partial'))).toBe(false)
  })
  test('a failure stops new listings; the resume point is the first unfinished pattern in a*…9* order, not the failed one', async () => {
    const f = await fake(data(), { faults: [{ match: /pattern=c%2A/, times: 4, action: { status: 502 } }] })
    const root = makeRepo({})
    const first = await sync(root, f, '--user', 'u', '-o', 'o.toml', '--end-pattern', 'e', '-j', '1')
    expect(first.error?.message).toContain('the listing for c* failed')
    expect(f.log.filter((x) => x.route === 'projects').map((x) => new URL(x.url, 'http://x').searchParams.get('pattern'))).toEqual(['c*', 'c*', 'c*', 'c*'])
    expect(readFileSync(join(root, 'o.toml.partial.state'), 'utf8')).toBe('a*\n')
    f.reset()
    const second = await run(syncDistgitCommand, root, ['--user', 'u', '-o', 'o.toml', '--end-pattern', 'e', '-j', '1'], f)
    expect(names(second.after('o.toml'))).toEqual(['apple', 'banana', 'cherry'])
  })
  test('through the CLI: the command only returns the resume point; the terminal keeps it, --dry-run does not', async () => {
    const f = await fake(data(), { faults: [{ match: /pattern=b%2A/, times: 2, action: { status: 403 } }] })
    const env = { POI_GITOPS_DISTGIT_URL: f.distgitUrl, POI_GITOPS_BODHI_URL: f.bodhiUrl, POI_GITOPS_FEDORA_KOJI_URL: f.kojiUrl }
    const call = async (root: string, extra: string[], more: Record<string, string> = {}) =>
      runCli(['sync-distgit', '--user', 'u', '-o', 'o.toml', '--end-pattern', 'd', '-j', '1', ...extra], { stdout: () => {}, stderr: () => {}, cwd: root, env: { ...env, ...more } })
    const terminal = makeRepo({})
    expect(await call(terminal, [])).toBe(3)
    expect(readFileSync(join(terminal, 'o.toml.partial.state'), 'utf8')).toBe('b*\n')
    const dry = makeRepo({})
    expect(await call(dry, ['--dry-run'])).toBe(3)
    expect(existsSync(join(dry, 'o.toml.partial'))).toBe(false)
  })
  test('in CI resume files are neither written nor read', async () => {
    const f = await fake(data(), { faults: [{ match: /pattern=b%2A/, action: { status: 502 } }] })
    const root = makeRepo({ 'o.toml.partial': `${HEAD()}\n[[package]]\nname = "stray"\n`, 'o.toml.partial.state': 'c*\n' })
    const r = await run(syncDistgitCommand, root, ['--user', 'u', '-o', 'o.toml', '--end-pattern', 'd'], f, { env: { CI: 'true' } })
    expect(r.logs.join('\n')).toContain('warning: ignoring o.toml.partial')
    expect(r.error?.exitCode).toBe(3)
    expect(readFileSync(join(root, 'o.toml.partial.state'), 'utf8')).toBe('c*\n')
    expect(f.log.filter((x) => x.route === 'projects').map((x) => new URL(x.url, 'http://x').searchParams.get('pattern'))).toContain('a*')
  })
})

describe('sync-distgit: the wait for dist-git', () => {
  test('whileWaiting is called once, after the first listing requests left and before any answer is read', async () => {
    const f = await fake({ projects: [owned('apple', 'u'), owned('banana', 'u'), owned('cherry', 'u')] }, { gate: 2 })
    const root = makeRepo({})
    const cmd = syncDistgitCommand(testDeps())
    const { ctx } = makeContext(cmd, root, ['--user', 'u', '-o', 'o.toml', '--end-pattern', 'c', '-j', '2'], f)
    const seen: number[] = []
    const result = await cmd.run({ ...ctx, whileWaiting: () => seen.push(f.counts.projects) })
    // The gate holds every answer until two requests are in flight, so at the call none was answered yet.
    expect(seen).toEqual([0])
    expect(result.exitCode).toBe(0)
    expect(f.counts.projects).toBeGreaterThanOrEqual(2)
  })
})

describe('sync-distgit: safety beyond poi-tracker', () => {
  test('--prune refuses to empty the scope when dist-git lists nothing (a misspelt user)', async () => {
    const f = await fake({ projects: [owned('a', 'salimma')] })
    const r = await sync(makeRepo({ 'o.toml': `${HEAD()}\n[[package]]\nname = "a"\n` }), f, '--user', 'salima', '-o', 'o.toml', '--prune')
    expect(r.error).toMatchObject({ exitCode: 1 })
    expect(r.error?.message).toMatch(/lists no package in scope, so --prune would remove all 1 package/)
  })
})
