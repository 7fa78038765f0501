// The fakes are strict: a request for a route the fake does not play, or a
// fault a test staged that never fired, fails the test when the fake stops —
// so a mistyped route cannot pass as "not found", and a test cannot pass
// without the situation it meant to stage.

import { describe, expect, test } from '@jest/globals'
import { startFakeDistgit } from './fake-distgit.js'
import { owned, RELEASES } from './distgit-fixtures.js'
import { startFakeGitlabGroups } from './fake-gitlab-groups.js'
import { GitRepo } from './git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from './github-server.js'
import { FakeGitLab, GITLAB_TOKEN } from './gitlab-server.js'
import { startFakeCbsKoji } from './fake-cbs-koji.js'
import { startFakeFedoraKoji } from './fake-fedora-koji.js'
import { createKojiClient } from '../../src/sources/koji.js'

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers }).then((r) => r.status)

describe('forge fakes', () => {
  test('GitHub: an unknown route is not a 404, it fails the test; so does a fault that never fired', async () => {
    const repo = GitRepo.create({ 'a.txt': 'a\n' })
    try {
      const fake = await FakeGitHub.start(repo)
      expect(await get(`${fake.url}/repos/acme/inventory/git/refs/heads/main`, { authorization: `token ${GITHUB_TOKEN}` })).toBe(599)
      await expect(fake.stop()).rejects.toThrow('unknown route GET /repos/acme/inventory/git/refs/heads/main')

      const again = await FakeGitHub.start(repo)
      again.http.fail({ method: 'POST', path: /\/pulls$/ }, { status: 500 })
      expect(await get(`${again.url}/repos/acme/inventory`, { authorization: `token ${GITHUB_TOKEN}` })).toBe(200)
      await expect(again.stop()).rejects.toThrow('POST /\\/pulls$/: fired 0 time(s), 1 more expected')
    } finally {
      repo.remove()
    }
  })

  test('GitLab: the same rules; a fault for every request must fire at least once', async () => {
    const repo = GitRepo.create({ 'a.txt': 'a\n' })
    try {
      const fake = await FakeGitLab.start(repo)
      fake.http.fail({ path: /\/merge_requests$/ }, 'reset', Infinity)
      expect(await get(`${fake.url}/api/v4/version`, { 'private-token': GITLAB_TOKEN })).toBe(599)
      await expect(fake.stop()).rejects.toThrow(/unknown route GET \/api\/v4\/version[\s\S]*fired 0 time/)
    } finally {
      repo.remove()
    }
  })
})

describe('service fakes', () => {
  test('dist-git and Bodhi: an unknown route fails the test; a fault rule that never matched too', async () => {
    const f = await startFakeDistgit({ projects: [], groups: [], releases: RELEASES }, { faults: [{ match: /\/never\//, action: 'reset', times: 1 }] })
    expect(await get(`${f.distgitUrl}/api/0/-/version`)).toBe(599)
    expect(await get(`${f.bodhiUrl}/composes/`)).toBe(599)
    await expect(f.close()).rejects.toThrow(/unknown route GET \/api\/0\/-\/version/)
    const g = await startFakeDistgit({ projects: [], groups: [], releases: RELEASES }, { faults: [{ match: /\/never\//, action: 'reset', times: 1 }] })
    await expect(g.close()).rejects.toThrow('/\\/never\\//: fired 0 of 1 time(s)')
  })

  test('dist-git with memoize (benchmarks): each distinct answer is rendered once and replayed, even when the data changes', async () => {
    const listing = (f: { distgitUrl: string }, pattern: string) =>
      fetch(`${f.distgitUrl}/api/0/projects?namespace=rpms&fork=false&username=u&per_page=100&page=1&pattern=${pattern}`).then(async (r) => ((await r.json()) as { projects: Array<{ name: string }> }).projects.map((p) => p.name))
    for (const memoize of [true, false]) {
      const data = { projects: [owned('apple', 'u')], groups: [], releases: RELEASES }
      const f = await startFakeDistgit(data, { memoize })
      try {
        expect(await listing(f, 'a*')).toEqual(['apple'])
        data.projects.push(owned('avocado', 'u'))
        // The same URL replays the first rendering only when memoizing; another URL is rendered from the data as it is now.
        expect(await listing(f, 'a*')).toEqual(memoize ? ['apple'] : ['apple', 'avocado'])
        expect(await listing(f, 'av*')).toEqual(['avocado'])
        expect(f.counts.projects).toBe(3)
      } finally {
        await f.close()
      }
    }
  })

  test('GitLab groups: any route but the group listing fails the test', async () => {
    const f = await startFakeGitlabGroups({ groups: {} })
    expect(await get(`${f.url}/api/v4/projects`)).toBe(599)
    await expect(f.close()).rejects.toThrow('unknown route GET /api/v4/projects')
  })

  test('koji: an unknown method fails the test; a staged 502 that no request reached too', async () => {
    const hub = await startFakeCbsKoji()
    const body = "<?xml version='1.0'?><methodCall><methodName>noSuchMethod</methodName><params></params></methodCall>"
    expect(await fetch(hub.hubUrl, { method: 'POST', body }).then((r) => r.status)).toBe(599)
    await expect(hub.close()).rejects.toThrow('the fake hub does not serve noSuchMethod')
    const idle = await startFakeCbsKoji({ failFirst: 1 })
    await expect(idle.close()).rejects.toThrow('never fired: failFirst')
  })

  test('Fedora koji: one world answers listTagged and listPackages; any other method or keyword fails the test', async () => {
    const tags = { f43: { builds: { foo: ['foo-1.0-1.fc43'] }, packages: [{ name: 'foo', blocked: false }] }, 'f43-updates': { parent: 'f43', builds: {} } }
    const hub = await startFakeFedoraKoji(tags)
    const koji = createKojiClient({ service: 'fedora-koji', hubUrl: hub.hubUrl, retry: { maxAttempts: 1 } })
    try {
      const [inherited, direct] = await koji.latestTaggedMany([{ tag: 'f43-updates', package: 'foo' }, { tag: 'f43-updates', package: 'bar' }])
      expect(inherited).toMatchObject({ ok: true, build: { nvr: 'foo-1.0-1.fc43', tagName: 'f43' } })
      expect(direct).toMatchObject({ ok: true, build: null })
      expect((await koji.listPackagesMany(['f43'])).get('f43')).toEqual([{ packageName: 'foo', blocked: false, tagName: 'f43' }])
      expect(hub.lookups).toEqual(['f43-updates/foo', 'f43-updates/bar'])
      await expect(koji.listTagged('f30', { latest: true, package: 'foo', strict: false })).resolves.toEqual([])
      await expect(koji.listTagged('f30', { latest: true, package: 'foo' })).rejects.toThrow("No such tagInfo: 'f30'")
      await expect(koji.rpc.call('listTagged', ['f43'], { latest: true, package: 'foo', with_dupes: true })).rejects.toThrow()
      await expect(koji.listTagged('f43', { latest: true, package: 'foo', event: 1 })).rejects.toThrow()
    } finally {
      await koji.rpc.http.close()
    }
    await expect(hub.close()).rejects.toThrow(/listTagged got an unknown keyword with_dupes[\s\S]*does not play listTagged event/)
    const other = await startFakeFedoraKoji(tags)
    const body = "<?xml version='1.0'?><methodCall><methodName>getBuild</methodName><params><param><value><int>1</int></value></param></params></methodCall>"
    expect(await fetch(other.hubUrl, { method: 'POST', body }).then((r) => r.status)).toBe(599)
    await expect(other.close()).rejects.toThrow('the fake Fedora hub does not serve getBuild')
    // A tag the world defines without a package list is not modelled: no plausible "no such tag" fault.
    const unmodelled = await startFakeFedoraKoji(tags)
    const client = createKojiClient({ service: 'fedora-koji', hubUrl: unmodelled.hubUrl, retry: { maxAttempts: 1 } })
    await expect(client.listPackagesMany(['f43-updates'])).rejects.toThrow()
    await client.rpc.http.close()
    await expect(unmodelled.close()).rejects.toThrow('the world gives no package list for tag f43-updates')
  })
})
