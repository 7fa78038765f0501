import * as v from 'valibot'
import { afterEach, describe, expect, test } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import {
  HttpClient,
  RemoteError,
  USER_AGENT,
  formatStats,
  mergeStats,
  parseRetryAfter,
  rateLimitResetWait,
  requestCounts,
  type HttpClientOptions,
  type HttpEvent,
} from '../../src/sources/http.js'
import { VERSION } from '../../src/sources/version.js'
import { openAt, recordingSleep, sendJson, startFakeHttp, type FakeServer, type Handler } from '../helpers/fake-http-server.js'
import { startRecordingProxy } from '../helpers/recording-proxy.js'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

async function serve(handler: Handler): Promise<FakeServer> {
  const server = await startFakeHttp(handler)
  open.push(server)
  return server
}

function client(server: FakeServer, options: Partial<HttpClientOptions> = {}): HttpClient & { delays: number[] } {
  const { sleep, delays } = recordingSleep()
  // random 0.5 = no jitter, so back-off delays are exact.
  const c = new HttpClient({ service: 'bodhi', baseUrl: server.url, sleep, random: () => 0.5, ...options })
  open.push(c)
  return Object.assign(c, { delays })
}

async function failure(p: Promise<unknown>): Promise<RemoteError> {
  try {
    await p
  } catch (err) {
    if (err instanceof RemoteError) return err
    throw err
  }
  throw new Error('expected a RemoteError')
}

const ANY = v.unknown()

describe('HttpClient', () => {
  test('GET JSON: parsed body, User-Agent naming poi-gitops and its version, gzip offered, counters', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { releases: [{ name: 'F43' }] }))
    const c = client(server)
    const body = await c.getJson('/releases/', v.object({ releases: v.array(v.object({ name: v.string() })) }), { rows_per_page: 100 })
    expect(body.releases[0].name).toBe('F43')
    const [req] = server.requests
    expect(req.url).toBe('/releases/?rows_per_page=100')
    expect(req.headers['user-agent']).toBe(`poi-gitops/${VERSION} (+https://github.com/poi-gitops/poi-gitops)`)
    expect(USER_AGENT).toContain('poi-gitops/0.1.0')
    expect(req.headers['accept-encoding']).toBe('gzip')
    expect(req.headers['accept']).toBe('application/json')
    const s = c.stats()[server.host]
    expect(s).toMatchObject({ requests: 1, retries: 0, failures: 0, bytes: JSON.stringify({ releases: [{ name: 'F43' }] }).length })
  })

  test('a JSON answer without a documented field fails once, naming the field, instead of being coerced', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { releases: [{ name: 'F43' }, { branch: 'f44' }] }))
    const c = client(server)
    const err = await failure(c.getJson('/releases/', v.object({ releases: v.array(v.object({ name: v.string() })) })))
    expect(err.kind).toBe('body')
    expect(err.message).toMatch(/releases\[1\]\.name: missing/)
    expect(server.requests).toHaveLength(1)
  })

  test('a 5xx storm then success: retried with exponential back-off and counted', async () => {
    let n = 0
    const server = await serve((_req, res) => {
      if (++n <= 3) {
        res.writeHead(n === 2 ? 502 : 503)
        res.end('busy')
      } else sendJson(res, 200, { ok: true })
    })
    const c = client(server)
    expect(await c.getJson('/x', ANY)).toEqual({ ok: true })
    expect(server.requests).toHaveLength(4)
    expect(c.delays).toEqual([1000, 2000, 4000])
    expect(c.stats()[server.host]).toMatchObject({ requests: 4, retries: 3, failures: 0, waitMs: 7000 })
  })

  test('jitter spreads the computed delays within ±20 %', async () => {
    let n = 0
    const server = await serve((_req, res) => {
      res.writeHead(++n === 1 ? 500 : 200)
      res.end('{}')
    })
    const low = client(server, { random: () => 0 })
    await low.getJson('/x', ANY)
    n = 0
    const high = client(server, { random: () => 0.999999 })
    await high.getJson('/x', ANY)
    expect(low.delays).toEqual([800])
    expect(high.delays).toEqual([1200])
  })

  test('a persistent 5xx fails after the max attempts with a RemoteError naming the URL', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' })
      res.end('<html><body><h1>Internal Server Error</h1></body></html>')
    })
    const c = client(server)
    const err = await failure(c.getJson('/releases/', ANY, { name: 'F43' }))
    expect(server.requests).toHaveLength(4)
    expect(err).toMatchObject({ service: 'bodhi', method: 'GET', status: 500, attempts: 4, kind: 'status', exitCode: 3 })
    expect(err.url).toBe(`${server.url}/releases/?name=F43`)
    expect(err.message).toContain(`bodhi: GET ${server.url}/releases/?name=F43 failed after 4 attempts: HTTP 500 Internal Server Error`)
    expect(err.bodyExcerpt).toBe('Internal Server Error')
    expect(c.stats()[server.host]).toMatchObject({ requests: 4, retries: 3, failures: 1 })
  })

  test('a connection reset (the server destroys the socket) is retried', async () => {
    let n = 0
    const server = await serve((_req, res, raw) => {
      if (++n === 1) raw.socket.destroy()
      else sendJson(res, 200, [1, 2])
    })
    const c = client(server)
    expect(await c.getJson('/x', ANY)).toEqual([1, 2])
    expect(server.requests).toHaveLength(2)
    expect(c.stats()[server.host].retries).toBe(1)
  })

  test('a headers timeout is retried, then fails as a timeout', async () => {
    const server = await serve(() => {
      /* never answers */
    })
    const c = client(server, { timeouts: { headersMs: 100 }, retry: { maxAttempts: 2 } })
    const err = await failure(c.getText('/slow'))
    expect(server.requests).toHaveLength(2)
    expect(err.kind).toBe('timeout')
    expect(err.attempts).toBe(2)
    expect(err.message).toContain('timed out: no response headers within 100 ms')
  })

  test('the whole-request timeout covers a body that trickles forever', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.write('partial')
    })
    const c = client(server, { timeouts: { requestMs: 150 }, retry: { maxAttempts: 1 } })
    const err = await failure(c.getText('/stall'))
    expect(err.kind).toBe('timeout')
    expect(err.message).toContain('no complete answer within 150 ms')
  })

  test('timeouts are not retried when the policy says so', async () => {
    const server = await serve(() => {})
    const c = client(server, { timeouts: { requestMs: 80 }, retry: { retryOnTimeout: false } })
    const err = await failure(c.getText('/slow'))
    expect(server.requests).toHaveLength(1)
    expect(err.attempts).toBe(1)
  })

  test('429 with Retry-After: 2 waits exactly 2 s, then succeeds', async () => {
    let n = 0
    const server = await serve((_req, res) => {
      if (++n === 1) {
        res.writeHead(429, { 'retry-after': '2' })
        res.end()
      } else sendJson(res, 200, 'ok')
    })
    const c = client(server)
    expect(await c.getJson('/x', ANY)).toBe('ok')
    expect(c.delays).toEqual([2000])
  })

  test('429 with an HTTP-date Retry-After waits until that date', async () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')
    let n = 0
    const server = await serve((_req, res) => {
      if (++n === 1) {
        res.writeHead(429, { 'retry-after': 'Wed, 21 Oct 2015 07:28:05 GMT' })
        res.end()
      } else sendJson(res, 200, 'ok')
    })
    const c = client(server, { now: () => now })
    await c.getJson('/x', ANY)
    expect(c.delays).toEqual([5000])
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0)
  })

  test('a Retry-After beyond the wait budget fails at once instead of sleeping', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' })
      res.end('slow down')
    })
    const c = client(server, { retry: { maxTotalWaitMs: 60_000 } })
    const err = await failure(c.getJson('/x', ANY))
    expect(c.delays).toEqual([])
    expect(server.requests).toHaveLength(1)
    expect(err.status).toBe(429)
    expect(err.retryAfterMs).toBe(3_600_000)
    expect(err.message).toContain('the service asked to wait 3600 s (Retry-After), beyond the remaining retry budget of 60 s')
  })

  test('the wait budget also bounds computed back-off', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(503)
      res.end()
    })
    const c = client(server, { retry: { maxAttempts: 10, maxTotalWaitMs: 5_000 } })
    const err = await failure(c.getText('/x'))
    // 1 s + 2 s fit; the next 4 s would exceed 5 s in total.
    expect(c.delays).toEqual([1000, 2000])
    expect(err.attempts).toBe(3)
    expect(err.message).toContain('the next retry would wait 4 s')
  })

  test('404 is not retried; okStatuses turn it into an answer (dead.package probes)', async () => {
    const server = await serve((req, res) => {
      res.writeHead(req.url.includes('retired') ? 200 : 404, { 'content-type': 'text/plain' })
      res.end(req.url.includes('retired') ? '' : 'Not Found')
    })
    const c = client(server)
    const err = await failure(c.getText('/rpms/foo/raw/rawhide/f/dead.package'))
    expect(server.requests).toHaveLength(1)
    expect(err.status).toBe(404)
    expect(err.message).toContain('not found')
    const live = await c.request({ path: '/rpms/foo/raw/rawhide/f/dead.package', okStatuses: [404] })
    expect(live.status).toBe(404)
    const retired = await c.request({ path: '/rpms/retired/raw/rawhide/f/dead.package', okStatuses: [404] })
    expect(retired.status).toBe(200)
    expect(server.requests).toHaveLength(3)
  })

  test('gzip bodies are decoded; bytes counts what came over the wire', async () => {
    const doc = { projects: Array.from({ length: 200 }, (_, i) => ({ name: `python-pkg-${i}`, namespace: 'rpms' })) }
    const zipped = gzipSync(JSON.stringify(doc))
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(zipped)
    })
    const c = client(server)
    expect(await c.getJson('/api/0/projects', ANY)).toEqual(doc)
    expect(c.stats()[server.host].bytes).toBe(zipped.length)
    expect(zipped.length).toBeLessThan(JSON.stringify(doc).length / 5)
  })

  test('a gzip bomb beyond maxResponseBytes fails instead of filling memory', async () => {
    const zipped = gzipSync(Buffer.alloc(5 * 1024 * 1024))
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' })
      res.end(zipped)
    })
    const err = await failure(client(server, { maxResponseBytes: 1024 * 1024 }).getText('/x'))
    expect(err.kind).toBe('body')
    expect(server.requests).toHaveLength(1)
  })

  test('a plain body beyond maxResponseBytes is cut off while it streams, not retried, and the client goes on', async () => {
    // Sent in pieces: the client must stop reading at the cap, not after the whole answer.
    const server = await serve((req, res) => {
      if (req.url === '/small') return void res.end('ok')
      res.writeHead(200, { 'content-type': 'text/plain' })
      const piece = Buffer.alloc(256 * 1024, 0x61)
      let sent = 0
      const more = () => {
        if (sent++ < 16 && !res.destroyed) res.write(piece, () => setImmediate(more))
        else res.end()
      }
      more()
    })
    const c = client(server, { maxResponseBytes: 1024 * 1024 })
    const err = await failure(c.getText('/big'))
    expect(err.kind).toBe('body')
    expect(err.message).toContain('larger than 1048576 bytes')
    expect(server.requests).toHaveLength(1)
    expect(c.stats()[server.host].bytes).toBeLessThan(4 * 1024 * 1024)
    // The client is still usable after the abort.
    expect(await c.getText('/small')).toBe('ok')
  })

  test('never more than maxInFlight requests reach the host at once', async () => {
    // The first answers wait until 3 requests are in flight, so the peak is reached whatever the machine's speed.
    const gate = openAt(3)
    const server = await serve(async (_req, res) => {
      await gate.pass()
      setTimeout(() => sendJson(res, 200, 1), 5)
    })
    const c = client(server, { maxInFlight: 3 })
    await Promise.all(Array.from({ length: 12 }, (_, i) => c.getJson(`/p/${i}`, ANY)))
    expect(server.requests).toHaveLength(12)
    expect(server.maxInFlight).toBe(3)
  })

  test('connections are re-used: never more open than maxInFlight, however answers and new requests interleave', async () => {
    // Every answer ends while other requests wait for a slot: the moment a fresh connection would be
    // opened when the finished one is not yet free again (a TCP and TLS handshake on a real service).
    const ports = new Set<number>()
    const gate = openAt(4)
    const server = await serve(async (_req, res, raw) => {
      ports.add(raw.socket.remotePort ?? -1)
      await gate.pass()
      setTimeout(() => sendJson(res, 200, { ok: true }), 2)
    })
    const c = client(server, { maxInFlight: 4 })
    await Promise.all(Array.from({ length: 60 }, (_, i) => c.getJson(`/p/${i}`, ANY)))
    expect(server.requests).toHaveLength(60)
    expect(server.maxInFlight).toBe(4)
    expect(ports.size).toBeLessThanOrEqual(4)
  })

  test('credentials never appear in errors or events, even when the server echoes them', async () => {
    const token = 'glpat-S3cr3tT0kenValue'
    const server = await serve((req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(`bad request from ${String(req.headers['authorization'])} key=${String(req.headers['private-token'])}`)
    })
    const events: HttpEvent[] = []
    const c = client(server, {
      service: 'gitlab',
      headers: { Authorization: `Bearer ${token}`, 'PRIVATE-TOKEN': token },
      onEvent: (e) => events.push(e),
    })
    const err = await failure(c.getJson('/api/v4/projects', ANY, { api_key: 'query-secret-1234', page: 2 }))
    expect(server.requests[0].headers['authorization']).toBe(`Bearer ${token}`)
    const text = [err.message, err.url, err.bodyExcerpt, JSON.stringify(events)].join('\n')
    expect(text).not.toContain(token)
    expect(text).not.toContain('query-secret-1234')
    expect(err.bodyExcerpt).toContain('[redacted]')
    expect(err.url).toBe(`${server.url}/api/v4/projects?api_key=***&page=2`)
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(3)
  })

  test('a refused token gets a hint about the token, without the token', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(403)
      res.end()
    })
    const err = await failure(client(server, { headers: { Authorization: 'token abcdef123' } }).getJson('/api/0/-/whoami', ANY))
    expect(server.requests).toHaveLength(1)
    expect(err.message).toContain('check that the token is valid and has the needed permissions')
    expect(err.message).not.toContain('abcdef123')
  })

  test('credential headers are refused over plain http to a remote host', () => {
    expect(() => new HttpClient({ service: 'bugzilla', baseUrl: 'http://bugzilla.example.org', headers: { Authorization: 'Bearer k' } })).toThrow(
      /refusing to send the authorization header over plain http/,
    )
    // Anonymous plain http is allowed (local fakes, staging).
    const anonymous = new HttpClient({ service: 'bodhi', baseUrl: 'http://bodhi.example.org' })
    open.push(anonymous)
  })

  test('a redirect to another origin drops the credentials', async () => {
    const target = await serve((req, res) => sendJson(res, 200, { auth: req.headers['authorization'] ?? null }))
    // localhost vs 127.0.0.1: another origin, still loopback.
    const redirector = await serve((_req, res) => {
      res.writeHead(302, { location: `${target.url.replace('127.0.0.1', 'localhost')}/final` })
      res.end()
    })
    const c = client(redirector, { headers: { Authorization: 'token abcdef' } })
    expect(await c.getJson('/start', ANY)).toEqual({ auth: null })
    expect(target.requests[0].url).toBe('/final')
    expect(target.requests[0].headers['user-agent']).toBe(USER_AGENT)
  })

  test('a POST is not repeated after a 5xx unless it is declared idempotent; 429 always is', async () => {
    let n = 0
    const server = await serve((_req, res) => {
      n++
      res.writeHead(n <= 2 ? 503 : n === 4 ? 429 : 200)
      res.end('ok')
    })
    const c = client(server)
    const err = await failure(c.postText('/rest/bug/1', '{}', 'application/json'))
    expect(err.attempts).toBe(1)
    expect(await c.postText('/kojihub', '<x/>', 'text/xml', { idempotent: true })).toBe('ok')
    expect(await c.postText('/rest/bug/1', '{}', 'application/json')).toBe('ok')
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'POST', 'POST', 'POST'])
    expect(server.requests[1].headers['content-type']).toBe('text/xml')
  })

  test('a 200 that is not JSON (a proxy page) is retried, then fails as a body error', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<html>maintenance</html>')
    })
    const c = client(server, { retry: { maxAttempts: 2 } })
    const err = await failure(c.getJson('/x', ANY))
    expect(err.kind).toBe('body')
    expect(server.requests).toHaveLength(2)
    expect(err.message).toContain('not JSON (content-type text/html)')
  })

  test('query values are percent-encoded strictly; arrays repeat the key', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, []))
    const c = client(server)
    await c.getJson('/rest/bug', ANY, { reporter: 'upstream-release-monitoring@fedoraproject.org', username: 'a+b c', product: ['Fedora', 'Fedora EPEL'], skip: undefined })
    expect(server.requests[0].url).toBe('/rest/bug?reporter=upstream-release-monitoring%40fedoraproject.org&username=a%2Bb%20c&product=Fedora&product=Fedora%20EPEL')
  })

  test('paths are checked: no traversal, no raw query, no foreign origin', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, {}))
    const c = client(server)
    await expect(c.getJson('/rpms/../admin', ANY)).rejects.toThrow(/not a clean path/)
    await expect(c.getJson('/x?y=1', ANY)).rejects.toThrow(/not a clean path/)
    await expect(c.getJson('https://evil.example/x', ANY)).rejects.toThrow(/not on http:\/\/127\.0\.0\.1/)
    // A pagination link on the same origin is fine.
    await c.getJson(`${server.url}/api/v4/groups/x/projects?page=2`, ANY, { per_page: 100 })
    expect(server.requests.map((r) => r.url)).toEqual(['/api/v4/groups/x/projects?page=2&per_page=100'])
  })

  test('the base URL path is kept (koji hubs live under /kojihub)', async () => {
    const server = await serve((req, res) => sendJson(res, 200, req.url))
    const c = new HttpClient({ service: 'cbs-koji', baseUrl: `${server.url}/kojihub/` })
    open.push(c)
    expect(c.baseUrl).toBe(`${server.url}/kojihub`)
    expect(await c.getJson('', ANY)).toBe('/kojihub')
    expect(await c.getJson('/sub', ANY)).toBe('/kojihub/sub')
  })

  test('keepAlive false opens a fresh connection per request', async () => {
    const server = await serve((req, res) => sendJson(res, 200, req.headers['connection'] ?? null))
    const c = client(server, { keepAlive: false })
    expect(await c.getJson('/a', ANY)).toBe('close')
    const reused = client(server)
    expect(await reused.getJson('/b', ANY)).toBe('keep-alive')
  })

  test('stats of several clients merge by host into Provenance.requests', async () => {
    const a = await serve((_req, res) => sendJson(res, 200, 1))
    const b = await serve((_req, res) => sendJson(res, 200, 2))
    const ca = client(a)
    const cb = client(b, { service: 'distgit' })
    const ca2 = client(a, { service: 'bodhi-2' })
    await ca.getJson('/1', ANY)
    await ca.getJson('/2', ANY)
    await cb.getJson('/1', ANY)
    await ca2.getJson('/3', ANY)
    expect(requestCounts([ca, cb, ca2])).toEqual({ [a.host]: 3, [b.host]: 1 })
    const merged = mergeStats([ca.stats(), cb, ca2])
    expect(merged[a.host].requests).toBe(3)
    expect(formatStats(merged)[0]).toMatch(/^127\.0\.0\.1:\d+: \d requests? \(0 retries, 0 failed\), [\d.]+ KiB, [\d.]+ s$/)
  })
})

describe('HttpClient options for the forges', () => {
  /** A clock whose sleep advances it: waits are measured, not slept. */
  function fakeClock() {
    const clock = { t: 1_700_000_000_000, sleeps: [] as number[], now: () => clock.t, sleep: async (ms: number) => { clock.sleeps.push(ms); clock.t += ms } }
    return clock
  }

  test('writes start writeSpacingMs apart, retries included; reads are not delayed', async () => {
    const server = await serve((req, res) => sendJson(res, req.method === 'GET' ? 200 : 201, {}))
    const clock = fakeClock()
    const c = new HttpClient({ service: 'github', baseUrl: server.url, clock, writeSpacingMs: 500 })
    open.push(c)
    await c.request({ method: 'GET', path: '/a' })
    await c.request({ method: 'POST', path: '/b', body: '{}' })
    await c.request({ method: 'GET', path: '/c' })
    await c.request({ method: 'PATCH', path: '/d', body: '{}' })
    clock.t += 2000
    await c.request({ method: 'DELETE', path: '/e' })
    expect(clock.sleeps).toEqual([500])
    expect(c.methodCounts()).toEqual({ reads: 2, writes: 3 })
    expect(c.stats()[server.host].waitMs).toBe(500)
  })

  test("GitHub's rate limits: a 403 naming a secondary limit waits a minute, then two; other 403s are refusals", async () => {
    let n = 0
    const server = await serve((req, res) => {
      if (req.url === '/forbidden') return sendJson(res, 403, { message: 'Resource not accessible by integration' })
      if (++n <= 2) return sendJson(res, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' })
      sendJson(res, 201, {})
    })
    const clock = fakeClock()
    const c = new HttpClient({ service: 'github', baseUrl: server.url, clock, retry: { maxTotalWaitMs: 300_000 }, secondaryRateLimits: true, errorMessage: (r) => (JSON.parse(r.text()) as { message: string }).message })
    open.push(c)
    // A POST too: a rate-limited request was not processed.
    await c.request({ method: 'POST', path: '/pulls', body: '{}' })
    expect(clock.sleeps).toEqual([60_000, 120_000])
    const refused = await failure(c.request({ path: '/forbidden' }))
    expect(refused).toMatchObject({ status: 403, rateLimited: false, attempts: 1, serviceMessage: 'Resource not accessible by integration' })
    expect(refused.message).toContain('response: "Resource not accessible by integration"')
    // Without the option a 403 is always a refusal.
    const plain = client(server)
    n = 0
    expect(await failure(plain.request({ method: 'POST', path: '/pulls', body: '{}' }))).toMatchObject({ status: 403, rateLimited: false })
  })

  test('an exhausted limit waits until its reset time (GitHub x-ratelimit-*, GitLab ratelimit-*) plus a second', async () => {
    const now = 1_700_000_000_000
    expect(rateLimitResetWait({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }, now)).toBe(31_000)
    expect(rateLimitResetWait({ 'ratelimit-remaining': '0', 'ratelimit-reset': String(now / 1000 + 5) }, now)).toBe(6_000)
    expect(rateLimitResetWait({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': String(now / 1000 + 30) }, now)).toBeUndefined()
    expect(rateLimitResetWait({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'soon' }, now)).toBeUndefined()
    let n = 0
    const server = await serve((_req, res) => {
      if (++n === 1) {
        res.writeHead(429, { 'ratelimit-remaining': '0', 'ratelimit-reset': String(now / 1000 + 5) })
        res.end()
      } else sendJson(res, 200, 'ok')
    })
    const c = client(server, { now: () => now })
    await c.getJson('/x', ANY)
    expect(c.delays).toEqual([6_000])
  })

  test('a rate limit beyond the wait budget fails marked as rate limited', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': '600' })
      res.end()
    })
    const err = await failure(client(server).getText('/x'))
    expect(err).toMatchObject({ status: 429, rateLimited: true, attempts: 1 })
    expect(err.message).toContain('the service asked to wait 600 s (Retry-After)')
  })

  test('requests go through the proxy; a NO_PROXY host is reached directly; proxy credentials never show', async () => {
    const target = await serve((req, res) => sendJson(res, 200, req.url))
    const proxy = await startRecordingProxy()
    open.push(proxy)
    const via = client(target, { proxy: { httpProxy: proxy.url, noProxy: '' } })
    expect(await via.getJson('/through', ANY, { x: 1 })).toBe('/through?x=1')
    expect(proxy.requests.map((r) => r.url)).toEqual([`${target.url}/through?x=1`])
    const direct = client(target, { proxy: { httpProxy: proxy.url, noProxy: `other.example, ${target.host}` } })
    await direct.getJson('/direct', ANY)
    expect(proxy.requests).toHaveLength(1)
    expect(target.requests.map((r) => r.url)).toEqual(['/through?x=1', '/direct'])

    await proxy.close()
    const down = client(target, { proxy: { httpProxy: 'http://user:pr0xy-s3cret@127.0.0.1:9', noProxy: '' }, retry: { maxAttempts: 1 } })
    const err = await failure(down.getText('/x'))
    expect(err.kind).toBe('transport')
    expect(err.message).toContain('ECONNREFUSED')
    expect(err.message).not.toContain('pr0xy-s3cret')
  })
})

describe('name resolution', () => {
  test('a host that does not resolve is retried once, then fails at once for the rest of the run (no network on a terminal)', async () => {
    const { Agent } = await import('undici')
    let lookups = 0
    const dispatcher = new Agent({
      connect: (_options, callback) => {
        lookups++
        callback(Object.assign(new Error('getaddrinfo ENOTFOUND dns-fails.example'), { code: 'ENOTFOUND' }), null)
      }
    })
    const { sleep, delays } = recordingSleep()
    const c = new HttpClient({ service: 'bodhi', baseUrl: 'https://dns-fails.example', dispatcher, sleep, random: () => 0.5 })
    const first = await failure(c.getJson('/releases/', ANY))
    expect(first.message).toContain('could not resolve dns-fails.example')
    expect(first.attempts).toBe(2)
    expect(lookups).toBe(2)
    const other = new HttpClient({ service: 'distgit', baseUrl: 'https://dns-fails.example', dispatcher, sleep, random: () => 0.5 })
    const second = await failure(other.getJson('/api/0/projects', ANY))
    expect(second.attempts).toBe(1)
    expect(lookups).toBe(3)
    expect(delays).toEqual([1000])
    await dispatcher.close()
  })
})
