// prune-retired --fast (README, "prune-retired --fast"): koji's package lists
// first, dist-git only where koji cannot answer; the same markers as the full
// check whenever koji has caught up; any koji failure falls back to the full
// dist-git check, never to "not retired".

import { describe, expect, test } from '@jest/globals'
import { pruneRetiredCommand } from '../../src/commands/prune-retired.js'
import { makeRepo } from '../helpers/cli.js'
import type { FakeDistgit, FakeDistgitOptions } from '../fakes/fake-distgit.js'
import { ACTIVE, ACTIVE_TAGS, owned, project, RELEASES, seeded, type FakeProject } from '../fakes/distgit-fixtures.js'
import { kojiTagsFor, startFakeFedoraKoji, type FakeKojiPackage, type FakeKojiTags } from '../fakes/fake-fedora-koji.js'
import { createKojiClient } from '../../src/sources/koji.js'
import { HEAD, run, type Run, fakeServers } from './helpers.js'

const fake = fakeServers()

const inventory = (names: readonly string[], markers: Record<string, string> = {}): string =>
  HEAD() + names.map((n) => `\n[[package]]\nname = "${n}"\n${markers[n] !== undefined ? `unshipped = "${markers[n]}"\n` : ''}`).join('')

const prune = (f: FakeDistgit, text: string, ...argv: string[]): Promise<Run> => run(pruneRetiredCommand, makeRepo({ 'i.toml': text }), ['-i', 'i.toml', ...argv], f)

/** koji lists written by hand: tag → [name, blocked, the tag the entry sits on?]; every tag also holds a few other packages. */
function tags(spec: Partial<Record<string, Array<[string, boolean, string?]>>>): FakeKojiTags {
  const out: FakeKojiTags = {}
  for (const tag of new Set(Object.values(ACTIVE_TAGS))) {
    const mine = (spec[tag] ?? []).map(([name, blocked, from]) => ({ name, blocked, ...(from ? { from } : {}) }))
    out[tag] = { packages: [...mine, { name: 'someone-elses', blocked: false }, { name: 'long-gone', blocked: true, from: 'f30' }] }
  }
  return out
}

/** `tags` with the package list of `tag` replaced. */
const withPackages = (all: FakeKojiTags, tag: string, change: (packages: FakeKojiPackage[]) => FakeKojiPackage[]): FakeKojiTags => ({ ...all, [tag]: { packages: change(all[tag]?.packages ?? []) } })

const distgitRequests = (f: FakeDistgit): number => f.counts.branches + f.counts.dead

describe('prune-retired --fast: the decision table', () => {
  test('live on any active release → shipped, without a dist-git request; a stale marker is cleared', async () => {
    const f = await fake({ projects: [owned('revived', 'u', { branches: ['rawhide', 'f44'], dead: ['rawhide'] })] }, {
      koji: { tags: tags({ f45: [['revived', true]], f44: [['revived', false]] }) }
    })
    const r = await prune(f, inventory(['revived'], { revived: 'retired on every active branch (rawhide)' }), '--fast')
    expect(r.error).toBeUndefined()
    expect(r.result!.changeSet!.records).toEqual([
      { file: 'i.toml', package: 'revived', kind: 'unmarked', field: 'unshipped', before: 'retired on every active branch (rawhide)', reason: 'shipped on f44', source: 'fedora-koji' }
    ])
    expect(distgitRequests(f)).toBe(0)
  })

  test('blocked on every release that lists it → retired, with the active branches dist-git has (one branch list, no probe)', async () => {
    const f = await fake({
      projects: [
        owned('dead-pkg', 'u', { branches: ['rawhide', 'epel9'], dead: ['rawhide', 'epel9'] }),
        // Retired before f44 and f43 branched: their tags inherit the block from f30, dist-git has rawhide only.
        owned('old-pkg', 'u', { branches: ['rawhide', 'f30'], dead: ['rawhide'] })
      ]
    }, {
      koji: { tags: tags({ f45: [['dead-pkg', true], ['old-pkg', true, 'f30']], f44: [['dead-pkg', true, 'f30'], ['old-pkg', true, 'f30']], f43: [['old-pkg', true, 'f30']], epel9: [['dead-pkg', true]] }) }
    })
    const r = await prune(f, inventory(['dead-pkg', 'old-pkg']), '--fast')
    expect(r.result!.stdout).toBe('Packages no longer carried on any active branch (2):\n- dead-pkg: retired on every active branch (rawhide, epel9)\n- old-pkg: retired on every active branch (rawhide)\n')
    expect(r.result!.changeSet!.records.map((x) => x.source)).toEqual(['fedora-koji', 'fedora-koji'])
    expect(f.counts).toMatchObject({ branches: 2, dead: 0 })
  })

  test('blocked in koji: no active branch in dist-git → "no branch on any active release"; no such project → invalid', async () => {
    const f = await fake({ projects: [owned('eol-pkg', 'u', { branches: ['f20', 'el6'] })] }, {
      koji: { tags: tags({ f45: [['eol-pkg', true, 'f30'], ['renamed', true, 'f30']], f44: [['eol-pkg', true, 'f30'], ['renamed', true, 'f30']] }) }
    })
    const r = await prune(f, inventory(['eol-pkg', 'renamed']), '--fast')
    expect(r.result!.stdout).toContain('- eol-pkg: no branch on any active release\n')
    expect(r.result!.stdout).toContain('Invalid entries (1)')
    expect(r.result!.stdout).toContain('- renamed: no such dist-git project (404)\n')
    expect(f.counts).toMatchObject({ branches: 2, dead: 0 })
  })

  test('a branch whose release does not list the package is probed in dist-git, as the full check would', async () => {
    const f = await fake({
      projects: [
        owned('epel-live', 'u', { branches: ['rawhide', 'epel9'], dead: ['rawhide'] }),
        owned('epel-dead', 'u', { branches: ['rawhide', 'epel9'], dead: ['rawhide', 'epel9'] })
      ]
    }, { koji: { tags: tags({ f45: [['epel-live', true], ['epel-dead', true]] }) } })
    const r = await prune(f, inventory(['epel-dead', 'epel-live']), '--fast')
    expect(r.result!.stdout).toBe('Packages no longer carried on any active branch (1):\n- epel-dead: retired on every active branch (rawhide, epel9)\n')
    // Two branch lists, one epel9 probe each; rawhide is not probed (koji's block answers for it).
    expect(f.counts).toMatchObject({ branches: 2, dead: 2 })
    expect(f.log.filter((x) => x.route === 'dead').map((x) => x.url).sort()).toEqual(['/rpms/epel-dead/raw/epel9/f/dead.package', '/rpms/epel-live/raw/epel9/f/dead.package'])
  })

  test('listed on no active release → dist-git decides: 404 invalid, no active branch, dead.package everywhere, or live', async () => {
    const projects = [
      owned('nowhere-eol', 'u', { branches: ['f20'] }),
      owned('nowhere-dead', 'u', { branches: ['rawhide'], dead: ['rawhide'] }),
      owned('nowhere-live', 'u', { branches: ['rawhide'] })
    ]
    const f = await fake({ projects }, { koji: { tags: tags({}) } })
    const r = await prune(f, inventory(['nowhere-dead', 'nowhere-eol', 'nowhere-gone', 'nowhere-live'], { 'nowhere-live': 'x' }), '--fast')
    expect(r.result!.stdout).toBe(
      'Packages no longer carried on any active branch (2):\n- nowhere-dead: retired on every active branch (rawhide)\n- nowhere-eol: no branch on any active release\n\n' +
      'Invalid entries (1) — no such dist-git package; typically a non-rpms project imported by an older group sync, a binary subpackage name, or a typo. Fix or remove them:\n- nowhere-gone: no such dist-git project (404)\n')
    expect(r.result!.changeSet!.records.map((x) => [x.package, x.kind, x.source])).toEqual([
      ['nowhere-dead', 'marked', 'distgit'], ['nowhere-eol', 'marked', 'distgit'], ['nowhere-live', 'unmarked', 'distgit']
    ])
    expect(f.counts).toMatchObject({ branches: 4, dead: 2 })
  })

  test('a name that cannot be a package is invalid without any request to dist-git', async () => {
    const f = await fake({}, { koji: { tags: tags({}) } })
    const r = await prune(f, inventory(['bad name']), '--fast')
    expect(r.result!.stdout).toContain('- bad name: not a valid dist-git package name (it contains whitespace)')
    expect(distgitRequests(f)).toBe(0)
  })

  test('the koji requests: one listPackages per active release tag (inherited, blocked entries included, no owners), two per multicall', async () => {
    const f = await fake({ projects: [owned('p', 'u')] })
    const r = await prune(f, inventory(['p']), '--fast')
    expect(r.error).toBeUndefined()
    expect(f.koji.requests).toHaveLength(3)
    expect(f.koji.calls.map((c) => (c.params[0] as Record<string, unknown>)['tagID']).sort()).toEqual(['epel10.1', 'epel10.2', 'epel9', 'f43', 'f44', 'f45'])
    expect(f.koji.calls[0].params).toEqual([{ tagID: expect.any(String), inherited: true, with_blocked: true, with_owners: false, __starstar: true }])
    const cs = r.result!.changeSet!
    expect(cs.provenance.services).toEqual({ distgit: f.distgitUrl, bodhi: f.bodhiUrl, 'fedora-koji': f.kojiUrl })
    expect(cs.provenance.requests).toEqual({ [f.bodhi.host]: 1, [f.koji.server.host]: 3 })
    expect(r.logs).toContain('koji: f45 (rawhide), f44, f43, epel10.2 (epel10), epel10.1, epel9; 1 of 1 package(s) answered by koji alone, the rest checked in dist-git')
  })
})

describe('prune-retired --fast: when koji has not caught up (the documented trade-off)', () => {
  test('retired in dist-git today, not yet blocked in koji: --fast still says shipped; the full check marks it', async () => {
    const projects = [owned('fresh-retiree', 'u', { branches: ['rawhide'], dead: ['rawhide'] })]
    const f = await fake({ projects }, { koji: { tags: tags({ f45: [['fresh-retiree', false]] }) } })
    const fast = await prune(f, inventory(['fresh-retiree']), '--fast')
    expect(fast.result!.changeSet!.records).toEqual([])
    const full = await prune(f, inventory(['fresh-retiree']))
    expect(full.result!.changeSet!.records.map((x) => x.after)).toEqual(['retired on every active branch (rawhide)'])
  })
})

describe('prune-retired --fast: a koji failure falls back to the full dist-git check, never to "not retired"', () => {
  // koji, if it were believed, would call both packages live; dist-git knows dead-pkg is retired.
  const projects = (): FakeProject[] => [owned('dead-pkg', 'u', { branches: ['rawhide'], dead: ['rawhide'] }), owned('live-pkg', 'u', { branches: ['rawhide'] })]
  const wrong = (): FakeKojiTags => tags({ f45: [['dead-pkg', false], ['live-pkg', false]] })
  const struct = (members: string): string => `<value><struct>${members}</struct></value>`
  const name = (n: string): string => `<member><name>package_name</name><value><string>${n}</string></value></member>`
  const cases: Array<[string, FakeDistgitOptions['koji'], RegExp]> = [
    ['a fault', { tags: wrong(), answer: (tag) => (tag === 'epel9' ? { fault: [1000, 'No such entry in table tag: epel9'] } : undefined) }, /fault 1000: No such entry in table tag: epel9/],
    ['a proxy error page on every attempt', { tags: wrong(), respond: () => ({ status: 502, body: '<html><body>502 Bad Gateway</body></html>' }) }, /HTTP 502/],
    ['an answer that is no XML-RPC', { tags: wrong(), respond: () => ({ status: 200, body: '<methodResponse><params><param><value><array><data>', type: 'text/xml' }) }, /unclosed tag/],
    ['an entry without `blocked` among good ones', {
      tags: wrong(),
      answer: (tag) => (tag === 'f44'
        ? { value: `<value><array><data>${struct(name('other') + '<member><name>blocked</name><value><boolean>0</boolean></value></member>')}${struct(name('x'))}</data></array></value>` }
        : undefined)
    }, /the entry of "x" has no boolean `blocked`/],
    ['a result that is not a list', { tags: wrong(), answer: (tag) => (tag === 'f43' ? { value: '<value><string>oops</string></value>' } : undefined) }, /the result is not an array/],
    ['a release tag listing nothing', { tags: withPackages(wrong(), 'epel10.1', () => []) }, /lists no package at all/],
    ['a package both blocked and not blocked', { tags: withPackages(wrong(), 'f45', (e) => [...e, { name: 'dead-pkg', blocked: true }]) }, /both blocked and not blocked/]
  ]
  test.each(cases)('%s', async (_what, koji, message) => {
    const f = await fake({ projects: projects() }, { koji })
    const r = await prune(f, inventory(['dead-pkg', 'live-pkg'], { 'live-pkg': 'x' }), '--fast')
    expect(r.error).toBeUndefined()
    expect(r.logs.find((l) => l.startsWith('warning: koji could not answer'))).toMatch(message)
    expect(r.result!.changeSet!.records.map((x) => [x.package, x.kind, x.after, x.source])).toEqual([
      ['dead-pkg', 'marked', 'retired on every active branch (rawhide)', 'distgit'], ['live-pkg', 'unmarked', undefined, 'distgit']
    ])
    expect(f.counts.branches).toBe(2)
  })

  test('a hub that hangs: the request times out, the hub is latched, the full check answers', async () => {
    const f = await fake({ projects: projects() }, { koji: { tags: wrong(), respond: () => 'hang' } })
    const r = await run(pruneRetiredCommand, makeRepo({ 'i.toml': inventory(['dead-pkg', 'live-pkg']) }), ['-i', 'i.toml', '--fast'], f, { http: { timeouts: { headersMs: 300, requestMs: 300 } } })
    expect(r.logs.find((l) => l.startsWith('warning: koji could not answer'))).toMatch(/timed out/)
    expect(r.result!.changeSet!.records.map((x) => [x.package, x.after])).toEqual([['dead-pkg', 'retired on every active branch (rawhide)']])
  })

  test('koji fails and then dist-git fails too: exit 3, nothing marked or cleared', async () => {
    const f = await fake({ projects: projects() }, { faults: [{ match: /dead\.package/, action: { status: 500 } }], koji: { tags: wrong(), answer: () => ({ fault: [1000, 'boom'] }) } })
    const r = await prune(f, inventory(['dead-pkg', 'live-pkg'], { 'live-pkg': 'x' }), '--fast')
    expect(r.result).toBeUndefined()
    expect(r.error?.exitCode).toBe(3)
  })

  test('--branch with --fast: koji tags come from Bodhi; when Bodhi fails, dist-git answers alone', async () => {
    const ok = await fake({ projects: projects() }, { koji: { tags: tags({ f45: [['dead-pkg', true], ['live-pkg', false]] }) } })
    const r = await prune(ok, inventory(['dead-pkg', 'live-pkg']), '--fast', '--branch', 'rawhide')
    expect(r.result!.stdout).toContain('- dead-pkg: retired on every active branch (rawhide)')
    expect(ok.counts).toMatchObject({ releases: 1, branches: 1, dead: 0 })
    const down = await fake({ projects: projects() }, { faults: [{ match: /releases/, action: { status: 503 } }], koji: { tags: wrong() } })
    const d = await prune(down, inventory(['dead-pkg', 'live-pkg']), '--fast', '--branch', 'rawhide')
    expect(d.logs.join('\n')).toContain("warning: could not read Bodhi's releases for the koji tags")
    expect(d.result!.stdout).toContain('- dead-pkg: retired on every active branch (rawhide)')
    expect(down.koji.requests).toHaveLength(0)
  })
})

describe('prune-retired --fast: the same markers as the full check once koji has caught up', () => {
  /** A random package history: live, retired on some or all active branches, EOL-only, gone, or with an EPEL branch koji lists. */
  function history(name: string, rand: () => number): FakeProject {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
    const branches = ACTIVE.filter(() => rand() < 0.5)
    if (rand() < 0.15) branches.push(pick(['f20', 'f30', 'el6', 'epel7']))
    if (branches.length === 0 && rand() < 0.5) branches.push('rawhide')
    const dead = branches.filter(() => rand() < (rand() < 0.5 ? 0.9 : 0.2))
    return project(name, { users: { owner: ['u'] }, branches, dead, ...(rand() < 0.04 ? { deleted: true } : {}) })
  }
  const markers = ['retired on every active branch (rawhide)', 'no branch on any active release', 'dist-git project gone (404)', 'x']

  test.each([1, 2, 3, 4])('generated inventory, seed %i: identical file, report and records', async (seed) => {
    const rand = seeded(seed)
    const projects = Array.from({ length: 120 }, (_, i) => history(`pkg${i}`, rand))
    const names = [...projects.map((p) => p.name), 'typo-pkg', 'bad name']
    const existing: Record<string, string> = {}
    for (const n of names) if (rand() < 0.3) existing[n] = markers[Math.floor(rand() * markers.length)]
    const f = await fake({ projects }, { koji: { tags: kojiTagsFor({ projects, groups: [], releases: RELEASES }) } })
    const text = inventory(names, existing)
    const full = await prune(f, text)
    const fullRequests = distgitRequests(f)
    f.reset()
    const fast = await prune(f, text, '--fast')
    expect(fast.logs.join('\n')).not.toContain('koji could not answer')
    expect(fast.after('i.toml')).toBe(full.after('i.toml'))
    expect(fast.result!.stdout).toBe(full.result!.stdout)
    const strip = (x: Run) => x.result!.changeSet!.records.map((c) => ({ ...c, source: undefined }))
    expect(strip(fast)).toEqual(strip(full))
    expect(fast.result!.findings).toEqual(full.result!.findings)
    expect(distgitRequests(f)).toBeLessThan(fullRequests / 2)
  })
})

describe('the fake Fedora koji hub', () => {
  test('a method or keyword it does not play fails the test (close() rejects) instead of answering', async () => {
    for (const call of [(k: ReturnType<typeof createKojiClient>) => k.getAPIVersion(), (k: ReturnType<typeof createKojiClient>) => k.rpc.call('listPackages', [], { tagID: 'f45', with_dupes: true })]) {
      const hub = await startFakeFedoraKoji(tags({}))
      const koji = createKojiClient({ service: 'fedora-koji', hubUrl: hub.hubUrl, retry: { maxAttempts: 1 } })
      await expect(call(koji)).rejects.toThrow()
      await koji.rpc.http.close()
      await expect(hub.close()).rejects.toThrow(/does not serve/)
    }
  })
})
