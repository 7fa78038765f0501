import { afterEach, describe, expect, test } from '@jest/globals'
import {
  BUG_FIELDS, BugzillaAuthError, BugzillaClient, batchParams, groupByComponent, releaseMonitoringParams, type BugzillaOptions
} from '../../src/sources/bugzilla.js'
import { RemoteError } from '../../src/sources/http.js'
import { recordingSleep, sendJson, startFakeHttp, unknownRoute } from '../helpers/fake-http-server.js'
import { fakeBug, startFakeBugzilla, type FakeBug, type FakeBugzilla, type FakeBugzillaOptions } from '../fakes/fake-bugzilla.js'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

async function fake(bugs: FakeBug[], options: FakeBugzillaOptions = {}): Promise<FakeBugzilla> {
  const f = await startFakeBugzilla(bugs, options)
  open.push(f)
  return f
}

function client(baseUrl: string, options: Partial<BugzillaOptions> = {}): BugzillaClient {
  const { sleep } = recordingSleep()
  const c = new BugzillaClient({ baseUrl, sleep, random: () => 0.5, ...options })
  open.push(c)
  return c
}

const bugs = (n: number, component = 'foo'): FakeBug[] => Array.from({ length: n }, (_, i) => fakeBug(1000 + i, component, `${component}-1.${i} is available`))

describe('BugzillaClient reads', () => {
  test('a release-monitoring search: exact query encoding, pinned fields, pages until total_matches', async () => {
    const f = await fake(bugs(5))
    const c = client(f.url, { pageSize: 2 })
    const found = await c.search({ ...releaseMonitoringParams(), component: ['python-django'] })
    expect(found).toEqual([])
    const all = await c.search({ ...releaseMonitoringParams(), component: ['foo'] })
    expect(all.map((b) => b.id)).toEqual([1000, 1001, 1002, 1003, 1004])
    const urls = f.server.requests.map((r) => r.url)
    expect(urls[0]).toBe('/rest/bug?reporter=upstream-release-monitoring%40fedoraproject.org&bug_status=__open__&product=Fedora&product=Fedora%20EPEL' +
      `&component=python-django&limit=2&offset=0&include_fields=${BUG_FIELDS.join('%2C')}`)
    // 5 bugs, 2 per page: offsets 0, 2, 4, then total reached.
    expect(urls.slice(1).map((u) => new URL(u, 'http://x').searchParams.get('offset'))).toEqual(['0', '2', '4'])
    expect(all[0]).toEqual({ id: 1000, summary: 'foo-1.0 is available', status: 'NEW', resolution: '', product: 'Fedora', component: ['foo'], version: ['rawhide'], priority: 'unspecified', assigned_to: 'foo-maintainers@fedoraproject.org', cf_fixed_in: '' })
  })

  test('without total_matches, pages continue while full; a server cap on limit does not lose bugs', async () => {
    const f = await fake(bugs(7), { omitTotal: true })
    expect((await client(f.url, { pageSize: 3 }).search({ component: 'foo' })).length).toBe(7)
    expect(f.counts.search).toBe(3)
  })

  test('an empty page ends the search even when total_matches claims more (poi-tracker\'s loop would go on forever)', async () => {
    let served = 0
    const server = await startFakeHttp((req, res) => {
      if (req.url.startsWith('/rest/bug?')) {
        served++
        const offset = Number(new URL(req.url, 'http://x').searchParams.get('offset'))
        return sendJson(res, 200, { bugs: offset === 0 ? [{ id: 1, summary: 's', status: 'NEW', resolution: '', product: 'Fedora', component: ['foo'], version: ['rawhide'], priority: 'unspecified', assigned_to: 'a@b.c', cf_fixed_in: '' }] : [], total_matches: 5000 })
      }
      unknownRoute(req)
    })
    open.push(server)
    const found = await client(server.url, { pageSize: 1 }).search({ component: 'foo' })
    expect(found.map((b) => b.id)).toEqual([1])
    expect(served).toBe(2)
  })

  test('searchComponents: 100 components in 3 requests of at most 40, grouped by component, bugs of other components dropped', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `pkg${i}`)
    const f = await fake([...names.flatMap((n, i) => (i % 10 === 0 ? [fakeBug(5000 + i, n, `${n}-2 is available`)] : [])), fakeBug(9999, 'stranger', 'stranger-1 is available')])
    const grouped = await client(f.url).searchComponents(names, releaseMonitoringParams())
    expect(f.counts.search).toBe(3)
    expect(f.server.requests.map((r) => new URL(r.url, 'http://x').searchParams.getAll('component').length)).toEqual([40, 40, 20])
    expect(grouped.size).toBe(100)
    expect(grouped.get('pkg10')!.map((b) => b.id)).toEqual([5010])
    expect(grouped.get('pkg11')).toEqual([])
    expect(grouped.has('stranger')).toBe(false)
  })

  test('long component names split a batched search so no request line grows past a proxy\'s limit', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `python-${'x'.repeat(180)}${i}`)
    const f = await fake([])
    await client(f.url).searchComponents(names, releaseMonitoringParams())
    expect(f.counts.search).toBeGreaterThan(1)
    expect(Math.max(...f.server.requests.map((r) => r.url.length))).toBeLessThan(6000)
    expect(f.server.requests.flatMap((r) => new URL(r.url, 'http://x').searchParams.getAll('component')).sort()).toEqual([...names].sort())
  })

  test('the batch query: email1 with assignee or CC, the reporter unless any reporter, no component', async () => {
    const f = await fake([fakeBug(1, 'foo', 'foo-2 is available', { assigned_to: 'me@example.com' }), fakeBug(2, 'bar', 'bar-2 is available', { cc: ['me@example.com'] }),
      fakeBug(3, 'baz', 'CVE-2026-1 baz: overflow', { assigned_to: 'me@example.com', creator: 'security@example.org' }), fakeBug(4, 'qux', 'qux-2 is available')])
    const c = client(f.url)
    expect((await c.search(batchParams('me@example.com'))).map((b) => b.id)).toEqual([1, 2])
    expect((await c.search(batchParams('me@example.com', true))).map((b) => b.id)).toEqual([1, 2, 3])
    const q = new URL(f.server.requests[0].url, 'http://x')
    expect(q.search).toContain('email1=me%40example.com&emailassigned_to1=1&emailcc1=1&emailtype1=equals')
    expect(q.searchParams.has('component')).toBe(false)
    expect(new URL(f.server.requests[1].url, 'http://x').searchParams.has('reporter')).toBe(false)
    expect([...groupByComponent(await c.search(batchParams('me@example.com'))).keys()]).toEqual(['foo', 'bar'])
  })

  test('reads by id: one bug (404 → undefined) and many in chunks', async () => {
    const f = await fake(bugs(5))
    const c = client(f.url, { idsPerRead: 2 })
    expect((await c.bug(1003))!.summary).toBe('foo-1.3 is available')
    expect(await c.bug(4242)).toBeUndefined()
    const many = await c.bugs([1000, 1001, 1002, 4242, 1000])
    expect([...many.keys()].sort()).toEqual([1000, 1001, 1002])
    expect(f.server.requests.filter((r) => r.url.startsWith('/rest/bug?id=')).length).toBe(2)
  })

  test('a bug without cf_fixed_in fails the schema, naming the field (never read as "empty")', async () => {
    const server = await startFakeHttp((req, res) => {
      if (req.url.startsWith('/rest/bug?')) return sendJson(res, 200, { bugs: [{ id: 1, summary: 's', status: 'MODIFIED', resolution: '', product: 'Fedora', component: ['foo'], version: ['rawhide'], priority: 'unspecified', assigned_to: 'a@b.c' }], total_matches: 1 })
      unknownRoute(req)
    })
    open.push(server)
    await expect(client(server.url).search({ component: 'foo' })).rejects.toThrow(/bugs\[0\]\.cf_fixed_in: missing/)
  })
})

describe('BugzillaClient key and writes', () => {
  test('the key goes as a Bearer header to the configured Bugzilla only; a redirect elsewhere drops it', async () => {
    const elsewhere = await startFakeHttp((req, res) => {
      if (req.url.startsWith('/rest/bug')) return sendJson(res, 200, { bugs: [], total_matches: 0 })
      unknownRoute(req)
    })
    open.push(elsewhere)
    const home = await startFakeHttp((req, res) => {
      res.writeHead(302, { location: `${elsewhere.url.replace('127.0.0.1', 'localhost')}${req.url}` })
      res.end()
    })
    open.push(home)
    const c = client(home.url, { apiKey: 'sekret-key-123' })
    await c.search({ component: 'foo' })
    expect(home.requests[0].headers['authorization']).toBe('Bearer sekret-key-123')
    expect(elsewhere.requests).toHaveLength(1)
    expect(elsewhere.requests[0].headers['authorization']).toBeUndefined()
  })

  test('a key is refused for plain http to a remote host; loopback http and https are fine; no key → anonymous', () => {
    expect(() => new BugzillaClient({ baseUrl: 'http://bugzilla.example.com', apiKey: 'k' })).toThrow(/refusing to send the authorization header over plain http/)
    expect(() => new BugzillaClient({ baseUrl: 'http://bugzilla.example.com' })).not.toThrow()
    expect(new BugzillaClient({ baseUrl: 'https://bugzilla.example.com/', apiKey: 'k' }).baseUrl).toBe('https://bugzilla.example.com')
    expect(new BugzillaClient({ baseUrl: 'http://127.0.0.1:9', apiKey: ' ' }).authenticated).toBe(false)
  })

  test('valid_login once per client; a wrong login or a refused key is an auth error that never shows the key', async () => {
    const f = await fake([], { apiKey: 'good-key', login: 'bot@example.org' })
    const ok = client(f.url, { apiKey: 'good-key' })
    await ok.checkKey('bot@example.org')
    await ok.checkKey('bot@example.org')
    expect(f.counts.validLogin).toBe(1)
    expect(f.server.requests[0].url).toBe('/rest/valid_login?login=bot%40example.org')
    await expect(client(f.url, { apiKey: 'good-key' }).checkKey('other@example.org')).rejects.toThrow(new BugzillaAuthError(`bugzilla: the API key does not belong to other@example.org on ${f.url}`))
    const bad = client(f.url, { apiKey: 'wrong-key-456' }).checkKey('bot@example.org')
    await expect(bad).rejects.toBeInstanceOf(BugzillaAuthError)
    await expect(bad).rejects.not.toThrow(/wrong-key-456/)
  })

  test('an update is one PUT with exactly the given body; a 500 or a reset is an error and is never repeated', async () => {
    const f = await fake(bugs(3), { faults: [{ method: 'PUT', match: /\/rest\/bug\/1001$/, action: { status: 500 } }, { method: 'PUT', match: /\/rest\/bug\/1002$/, action: 'reset' }] })
    const c = client(f.url, { apiKey: 'test-key' })
    const body = { cf_fixed_in: 'foo-1.2.0-1.fc45', comment: { body: 'Bodhi has builds …' }, status: 'CLOSED', resolution: 'ERRATA', assigned_to: 'me@example.com' }
    await c.update(1000, body)
    expect(JSON.parse(f.server.requests[0].body)).toEqual(body)
    expect(f.server.requests[0].headers['content-type']).toBe('application/json')
    expect(f.bugs.get(1000)).toMatchObject({ status: 'CLOSED', resolution: 'ERRATA', assigned_to: 'me@example.com', comments: ['Bodhi has builds …'] })
    await expect(c.update(1001, { priority: 'high' })).rejects.toBeInstanceOf(RemoteError)
    await expect(c.update(1002, { priority: 'high' })).rejects.toBeInstanceOf(RemoteError)
    expect(f.server.requests.filter((r) => r.method === 'PUT')).toHaveLength(3)
    await expect(client(f.url).update(1000, { priority: 'low' })).rejects.toBeInstanceOf(BugzillaAuthError)
  })
})
