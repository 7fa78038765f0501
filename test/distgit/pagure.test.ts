import { afterEach, describe, expect, test } from '@jest/globals'
import { PagureDistGit, serverPattern } from '../../src/sources/pagure.js'
import { ListingIncompleteError } from '../../src/sources/distgit.js'
import { RemoteError } from '../../src/sources/http.js'
import { InvalidNameError } from '../../src/sources/names.js'
import { BodhiClient, ReleaseListError } from '../../src/sources/bodhi.js'
import { recordingSleep, sendJson, startFakeHttp } from '../helpers/fake-http-server.js'
import { startFakeDistgit, type FakeDistgit, type FakeDistgitOptions } from '../fakes/fake-distgit.js'
import { owned, project, RELEASES, type FakeData } from '../fakes/distgit-fixtures.js'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

async function fake(data: Partial<FakeData>, options: FakeDistgitOptions = {}): Promise<FakeDistgit> {
  const f = await startFakeDistgit({ projects: [], groups: [], releases: RELEASES, ...data }, options)
  open.push(f)
  return f
}

function pagure(baseUrl: string, perPage = 100): PagureDistGit & { delays: number[] } {
  const { sleep, delays } = recordingSleep()
  const c = new PagureDistGit({ baseUrl, perPage, sleep, random: () => 0.5 })
  open.push(c)
  return Object.assign(c, { delays })
}

describe('user listing', () => {
  test('query in poi-tracker\'s order with the pattern percent-encoded; one page → one request; forks left out', async () => {
    const f = await fake({ projects: [owned('pcem', 'jdoe'), owned('gtk+', 'jdoe'), project('pcem', { forkOf: 'jdoe' }), owned('other', 'x')] })
    const l = await pagure(f.distgitUrl).listUserProjects('jdoe')
    expect(l.projects.map((p) => p.name)).toEqual(['gtk+', 'pcem'])
    expect(l).toMatchObject({ requests: 1, total: 2, verified: true, dropped: 0 })
    expect(f.log[0].url).toBe('/api/0/projects?namespace=rpms&fork=false&username=jdoe&per_page=100&page=1')
    await pagure(f.distgitUrl).listUserProjects('jdoe', 'g*')
    expect(f.log[1].url).toBe('/api/0/projects?namespace=rpms&fork=false&username=jdoe&per_page=100&page=1&pattern=g%2A')
    expect(f.log[0].headers['user-agent']).toMatch(/^poi-gitops\//)
    expect(f.log[0].headers['accept']).toBe('application/json')
  })
  test('pages: page 1 then the rest; results in page order', async () => {
    const f = await fake({ projects: ['zzz', 'aaa', 'mmm'].map((n) => owned(n, 'u')) })
    const l = await pagure(f.distgitUrl, 2).listUserProjects('u')
    expect(l.projects.map((p) => p.name)).toEqual(['aaa', 'mmm', 'zzz'])
    expect(f.log.map((r) => new URL(r.url, 'http://x').searchParams.get('page'))).toEqual(['1', '2'])
    expect(l.requests).toBe(2)
  })
  test('access through a group and collaborator grants are listed; ticket-only grants are not (upstream)', async () => {
    const f = await fake({
      projects: [project('viagroup', { users: { owner: ['x'] }, groups: { commit: ['sig'] } }), project('collab', { users: { owner: ['x'], collaborator: ['u'] } }), project('ticket', { users: { owner: ['x'], ticket: ['u'] } })],
      groups: [{ name: 'sig', members: ['u'] }]
    })
    expect((await pagure(f.distgitUrl).listUserProjects('u')).projects.map((p) => p.name)).toEqual(['collab', 'viagroup'])
  })
  test('a pattern without a star is sent as a prefix (a superset of the case-insensitive match)', async () => {
    expect(serverPattern('systemd')).toBe('systemd*')
    expect(serverPattern('p*')).toBe('p*')
    expect(serverPattern('')).toBeUndefined()
    const f = await fake({ projects: [owned('systemd', 'u'), owned('SystemD', 'u'), owned('systemd-boot', 'u')] })
    const names = (await pagure(f.distgitUrl).listUserProjects('u', 'systemd')).projects.map((p) => p.name)
    expect(names.sort()).toEqual(['SystemD', 'systemd', 'systemd-boot'])
  })
  test('an answer without pagination or total: one request, not verified', async () => {
    const server = await startFakeHttp((_req, res) => sendJson(res, 200, { projects: [] }))
    open.push(server)
    const l = await pagure(server.url).listUserProjects('u')
    expect(l).toEqual({ projects: [], requests: 1, total: undefined, verified: false, dropped: 0 })
  })
  test('503 then 200: one retry; nothing listening: an error naming host:port', async () => {
    const f = await fake({ projects: [owned('a', 'u')] }, { faults: [{ match: /projects/, times: 1, action: { status: 503 } }] })
    const c = pagure(f.distgitUrl)
    expect((await c.listUserProjects('u')).projects).toHaveLength(1)
    expect(f.counts.projects).toBe(2)
    expect(c.delays).toEqual([1000])
    const dead = await startFakeHttp(() => undefined)
    const url = dead.url
    await dead.close()
    const err = await pagure(url).listUserProjects('u').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RemoteError)
    expect((err as Error).message).toContain(url.replace('http://', ''))
  })
  test('a listing that shifts between pages is read again; a second shift is an error, never a short list', async () => {
    let added = 0
    const grow = (route: string, page: number, data: FakeData): void => {
      if (route === 'projects' && page === 2 && added < 2) data.projects.push(owned(`aa-new${added++}`, 'u'))
    }
    const f = await fake({ projects: ['b', 'c', 'd'].map((n) => owned(n, 'u')) }, { beforePage: grow })
    const err = await pagure(f.distgitUrl, 2).listUserProjects('u').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ListingIncompleteError)
    expect((err as Error).message).toMatch(/changed while it was read/)
    expect(f.counts.projects).toBe(4)
    added = 1
    const f2 = await fake({ projects: ['b', 'c', 'd'].map((n) => owned(n, 'u')) }, { beforePage: grow })
    const ok = await pagure(f2.distgitUrl, 2).listUserProjects('u')
    expect(ok.projects.map((p) => p.name)).toEqual(['aa-new1', 'b', 'c', 'd'])
    expect(ok).toMatchObject({ verified: true, total: 4, requests: 4 })
  })
  test('names are checked before any request', async () => {
    const f = await fake({})
    const c = pagure(f.distgitUrl)
    for (const bad of ['', '.', '..', 'foo/bar', '../etc', 'a b', 'x&y=z', 'pkg?q', '%2e%2e']) {
      await expect(c.branches(bad)).rejects.toBeInstanceOf(InvalidNameError)
      await expect(c.listUserProjects(bad)).rejects.toBeInstanceOf(InvalidNameError)
    }
    expect(f.log).toHaveLength(0)
    for (const good of ['freerdp', 'python-django3', 'gtk+', 'rust-nu_cli']) expect(await c.branches(good)).toBeUndefined()
  })
})

describe('group listing and members', () => {
  test('rpms only: containers, tests and forks under the same bare name are dropped and counted', async () => {
    const sig = { groups: { commit: ['python-packagers-sig'] } }
    const f = await fake({
      projects: [project('python-foo', sig), project('python-classroom', { ...sig, namespace: 'container' }), project('python-classroom', { ...sig, namespace: 'tests' }), project('python-foo', { ...sig, forkOf: 'someone' })],
      groups: [{ name: 'python-packagers-sig', members: ['jdoe'] }]
    })
    const l = await pagure(f.distgitUrl).listGroupProjects('python-packagers-sig')
    expect(l.projects.map((p) => [p.name, p.fullname])).toEqual([['python-foo', 'rpms/python-foo']])
    expect(l).toMatchObject({ dropped: 3, total: 4, verified: true })
    expect(f.log[0].url).toBe('/api/0/group/python-packagers-sig?projects=true&per_page=100&page=1')
  })
  test('unknown group: 404 is an error (not retried); members', async () => {
    const f = await fake({ groups: [{ name: 'kde-sig', members: ['a', 'b', 'c'] }] })
    const c = pagure(f.distgitUrl)
    expect(await c.groupMembers('kde-sig')).toEqual(['a', 'b', 'c'])
    const err = await c.listGroupProjects('nope').catch((e: unknown) => e)
    expect((err as RemoteError).status).toBe(404)
    await expect(c.groupMembers('nope')).rejects.toBeInstanceOf(RemoteError)
    expect(f.counts.group + f.counts.members).toBe(3)
  })
})

describe('owner alias, branches, dead.package', () => {
  test('owner alias: the rpms map only', async () => {
    const f = await fake({ projects: [project('freerdp', { users: { owner: ['salimma'], commit: ['dcavalca'] } }), owned('systemd', 'zbyszek'), owned('pcem', 'salimma'), project('toolbox', { namespace: 'container', users: { owner: ['salimma'] } })] })
    const idx = await pagure(f.distgitUrl).maintainerIndex()
    expect([...idx.keys()].sort()).toEqual(['freerdp', 'pcem', 'systemd'])
    expect(idx.get('freerdp')).toEqual(['salimma', 'dcavalca'])
  })
  test('branches in API order; 404 → no project; 500 → error after retries; dead.package 200/404 per branch', async () => {
    const f = await fake({ projects: [owned('p', 'u', { branches: ['epel8', 'epel9', 'rawhide'], dead: ['epel9'] }), owned('q', 'u', { branches: ['rawhide', 'epel10'], dead: ['epel10'] })] },
      { faults: [{ match: /\/rpms\/broken\//, action: { status: 500 } }] })
    const c = pagure(f.distgitUrl)
    expect(await c.branches('p')).toEqual(['epel8', 'epel9', 'rawhide'])
    expect(await c.branches('missing')).toBeUndefined()
    expect(await c.isRetired('p', 'epel9')).toBe(true)
    expect(await c.isRetired('p', 'rawhide')).toBe(false)
    expect([await c.isRetired('q', 'rawhide'), await c.isRetired('q', 'epel10')]).toEqual([false, true])
    await expect(c.branches('broken')).rejects.toBeInstanceOf(RemoteError)
    await expect(c.isRetired('broken', 'rawhide')).rejects.toThrow(/500/)
    expect(f.log.filter((r) => r.url.includes('broken'))).toHaveLength(8)
  })
})

describe('Bodhi releases, every page', () => {
  test('every page, JSON asked for, archived excluded server-side', async () => {
    const f = await fake({})
    const { sleep } = recordingSleep()
    const b = new BodhiClient({ baseUrl: f.bodhiUrl, rowsPerPage: 3, sleep })
    open.push(b)
    const r = await b.releases()
    expect(r.map((x) => x.name)).toEqual(['F45', 'F44', 'F43', 'F44F', 'EPEL-10.2', 'EPEL-10.1', 'EPEL-9', 'ELN'])
    expect(r.map((x) => [x.branch, x.distTag])).toContainEqual(['rawhide', 'f45'])
    expect(r.map((x) => [x.branch, x.distTag])).toContainEqual(['epel10', 'epel10.2'])
    expect(f.counts.releases).toBe(3)
    expect(f.log[0].url).toBe('/releases/?exclude_archived=true&chrome=0&rows_per_page=3&page=1')
    expect(f.log[0].headers['accept']).toBe('application/json')
  })
  test('pages that do not add up to the total are an error', async () => {
    const server = await startFakeHttp((_req, res) => sendJson(res, 200, { releases: [{ name: 'F43', branch: 'f43', id_prefix: 'FEDORA', state: 'current' }], total: 2, page: 1, pages: 1 }))
    open.push(server)
    const b = new BodhiClient({ baseUrl: server.url })
    open.push(b)
    await expect(b.releases()).rejects.toBeInstanceOf(ReleaseListError)
  })
})
