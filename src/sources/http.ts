// The HTTP layer under every remote client: the services (dist-git, Bodhi,
// Bugzilla, GitLab listings, koji) and the forges (GitHub through Octokit,
// GitLab through gitbeaker). One HttpClient per service: it owns its undici
// dispatcher (never the global one; it honours HTTPS_PROXY/HTTP_PROXY/NO_PROXY),
// bounds requests in flight, puts a timeout on every request, retries what is
// worth retrying within a wait budget (README: "Network"), spaces writes when
// asked, decodes gzip, keeps per-host counters for the job summary and the
// proposal body, and produces errors a user can act on without ever echoing a
// credential.

import { STATUS_CODES } from 'node:http'
import { promisify } from 'node:util'
import type { Dispatcher } from 'undici'
import { EnvHttpProxyAgent } from './undici.js'
import { systemClock, type Clock } from './clock.js'
import { Limiter } from './limiter.js'
import { encodeQueryValue } from './names.js'
import { SECRET_HEADER, redact, sanitizeUrl, secretParams, secretValues, withoutSecrets } from './redact.js'
import { RemoteError, RetryableResponseError, type RemoteErrorKind } from './remote-error.js'
import { normalizeServiceUrl } from './services.js'
import { emptyStats, type HostStats } from './stats.js'
import { USER_AGENT } from './version.js'
import type { InferOutput } from 'valibot'
import { decodeJson, type Schema } from './schema.js'

// One import site for the clients built on this layer.
export { USER_AGENT } from './version.js'
export { systemClock, type Clock } from './clock.js'
export { RemoteError, RetryableResponseError, type RemoteErrorInit, type RemoteErrorKind } from './remote-error.js'
export { sanitizeUrl } from './redact.js'
export { emptyStats, formatStats, mergeStats, requestCounts, type HostStats, type StatsSource } from './stats.js'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Where requests go through a proxy. Unset fields come from the environment (lower-case names first, as curl reads them). */
export interface ProxySettings {
  /** Proxy for http:// URLs (HTTP_PROXY). */
  httpProxy?: string
  /** Proxy for https:// URLs (HTTPS_PROXY; falls back to the http proxy). */
  httpsProxy?: string
  /** Hosts reached directly: comma-separated names, `.suffix` or `*.suffix`, `host:port`, or `*` (NO_PROXY). */
  noProxy?: string
}

export interface Timeouts {
  /** TCP/TLS connect. */
  connectMs: number
  /** From sending the request to the end of the response headers. */
  headersMs: number
  /** Longest pause between two body chunks. */
  bodyMs: number
  /** The whole exchange, body included (one attempt). */
  requestMs: number
}

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  maxAttempts: number
  /** First back-off delay; doubles on every retry. */
  baseDelayMs: number
  /** Ceiling of one computed back-off delay (a Retry-After is not capped by it). */
  maxDelayMs: number
  /** Budget of time spent sleeping between attempts of one request; a wait beyond it fails at once. */
  maxTotalWaitMs: number
  /** ± fraction of random spread on computed delays, so clients do not retry in lock-step. */
  jitter: number
  /** Whether a timed-out attempt is retried (koji turns this off and latches instead). */
  retryOnTimeout: boolean
}

/** Requests in flight to one service when its client does not say (each client bounds its own). */
const DEFAULT_MAX_IN_FLIGHT = 4

export const DEFAULT_TIMEOUTS: Readonly<Timeouts> = { connectMs: 10_000, headersMs: 120_000, bodyMs: 60_000, requestMs: 120_000 }

export const DEFAULT_RETRY: Readonly<RetryPolicy> = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxTotalWaitMs: 120_000,
  jitter: 0.2,
  retryOnTimeout: true,
}

export interface HttpClientOptions {
  /** Service name for messages and events, e.g. `bodhi` or `cbs-koji`. */
  service: string
  /** http(s) base URL; paths are appended to it. */
  baseUrl: string
  /** Requests in flight at once for this client (FIFO beyond that). Default 4. */
  maxInFlight?: number
  timeouts?: Partial<Timeouts>
  retry?: Partial<RetryPolicy>
  /** Default: `poi-gitops/<version> (+https://github.com/poi-gitops/poi-gitops)`. */
  userAgent?: string
  /** Sent on every request, e.g. `Authorization`. Credential values are redacted from every message. */
  headers?: Readonly<Record<string, string>>
  /** Further values to redact from messages (e.g. a token passed in a query). */
  secrets?: readonly string[]
  /** false: one connection per request (koji hubs stalled on re-used keep-alive connections). Default true. */
  keepAlive?: boolean
  /** Limit on a response body, after decompression. Default 64 MiB. */
  maxResponseBytes?: number
  /** Redirects followed for GET/HEAD. Default 5; 0 disables. */
  maxRedirects?: number
  /** Allow credential headers over plain http to a non-loopback host (never needed outside tests). */
  allowInsecureCredentials?: boolean
  /** Use this dispatcher instead of an own Agent (it is not closed by close()). */
  dispatcher?: Dispatcher
  /** Default: HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment. */
  proxy?: ProxySettings
  /** Minimum time between the starts of two writes (any method but GET/HEAD), retries included. Default 0. */
  writeSpacingMs?: number
  /**
   * GitHub's rate limits: a 403 with `x-ratelimit-remaining: 0`, or whose body names a secondary rate
   * limit, is a rate limit (waited out like a 429, whatever the method), and a rate limit that says
   * neither Retry-After nor a reset time waits a minute, doubling (GitHub's REST API best practices).
   */
  secondaryRateLimits?: boolean
  /** The service's own error text in an error response (e.g. GitHub's `message`), for RemoteError.serviceMessage. */
  errorMessage?: (res: HttpResponse) => string | undefined
  /** Time and waiting; `sleep` and `now` override its parts. Default: the system clock. */
  clock?: Clock
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  random?: () => number
  onEvent?: (event: HttpEvent) => void
}

export type QueryValue = string | number | boolean
export type Query = Readonly<Record<string, QueryValue | readonly QueryValue[] | null | undefined>>

export interface RequestOptions {
  method?: HttpMethod
  /** `/path` under the base URL (already encoded; build it with names.pathOf), or an absolute URL on the same origin. */
  path: string
  /** Values are percent-encoded here; arrays repeat the key; null/undefined are left out. */
  query?: Query
  headers?: Readonly<Record<string, string>>
  body?: string | Uint8Array
  /** Statuses that are answers rather than errors, in addition to 2xx (e.g. 404 for a dead.package probe). */
  okStatuses?: readonly number[]
  /** Whether repeating the request is harmless. Default: true for GET/HEAD/PUT/DELETE, false for POST/PATCH. */
  idempotent?: boolean
  /** Overrides timeouts.requestMs for this request. */
  timeoutMs?: number
}

export interface HttpResponse {
  status: number
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Readonly<Record<string, string>>
  /** Decoded (gunzipped) body. */
  body: Buffer
  /** The URL that answered (after redirects), credentials removed. */
  url: string
  text(): string
}

export type HttpEvent =
  | { type: 'retry'; service: string; method: HttpMethod; url: string; attempt: number; delayMs: number; reason: string }
  | { type: 'failure'; service: string; method: HttpMethod; url: string; attempts: number; message: string }

/** The one log line for a retry, wherever it is logged: which service, which request, why, how long. */
export function retryLine(e: Extract<HttpEvent, { type: 'retry' }>): string {
  return `${e.service}: ${e.method} ${e.url}: ${e.reason}; retrying in ${seconds(e.delayMs)} (retry ${e.attempt})`
}

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'PUT', 'DELETE'])
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308])

// Failures where the request certainly never reached the server: safe to
// repeat even for a non-idempotent request.
/** Name resolution failures, and the hosts that failed to resolve twice in this run. */
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN'])
const UNRESOLVED = new Set<string>()
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])
const TRANSPORT = new Set([
  ...NOT_SENT,
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
])
const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

/** node:zlib's decoders, loaded with the first compressed answer (most services answer uncompressed). */
function unzipper(): { gzip: Decoder; deflate: Decoder; deflateRaw: Decoder; br: Decoder } {
  const zlib = process.getBuiltinModule('node:zlib')
  return { gzip: promisify(zlib.gunzip), deflate: promisify(zlib.inflate), deflateRaw: promisify(zlib.inflateRaw), br: promisify(zlib.brotliDecompress) }
}
type Decoder = (raw: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>

class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError'
  readonly code = 'POI_REQUEST_TIMEOUT'
}

class ResponseTooLargeError extends Error {
  override readonly name = 'ResponseTooLargeError'
}

class TooManyRedirectsError extends Error {
  override readonly name = 'TooManyRedirectsError'
}

class DecodeError extends Error {
  override readonly name = 'DecodeError'
}

interface Failure {
  kind: RemoteErrorKind
  detail: string
  retryable: boolean
  status?: number
  response?: HttpResponse
  /** The wait the service asked for, and what said so (for the message when it is beyond the budget). */
  retryAfterMs?: number
  waitSource?: string
  rateLimited?: boolean
  cause?: unknown
}

/** GitHub's advice for a rate limit that names no wait: at least a minute. */
const UNNAMED_RATE_LIMIT_WAIT_MS = 60_000

export class HttpClient {
  readonly service: string
  readonly baseUrl: string
  readonly timeouts: Readonly<Timeouts>
  readonly retry: Readonly<RetryPolicy>
  readonly #base: URL
  readonly #limiter: Limiter
  readonly #dispatcher: Dispatcher
  readonly #ownsDispatcher: boolean
  readonly #headers: Record<string, string>
  readonly #secrets: string[]
  readonly #keepAlive: boolean
  readonly #maxBytes: number
  readonly #maxRedirects: number
  readonly #allowInsecure: boolean
  readonly #clock: Clock
  readonly #random: () => number
  readonly #onEvent: ((event: HttpEvent) => void) | undefined
  readonly #writeSpacingMs: number
  readonly #secondaryRateLimits: boolean
  readonly #errorMessage: ((res: HttpResponse) => string | undefined) | undefined
  readonly #stats = new Map<string, HostStats>()
  readonly #methods = { reads: 0, writes: 0 }
  /** Writes wait on this chain so that two of them never start closer than writeSpacingMs. */
  #writeTurn: Promise<void> = Promise.resolve()
  #lastWriteAt = -Infinity

  constructor(options: HttpClientOptions) {
    this.service = options.service
    this.baseUrl = normalizeServiceUrl(options.baseUrl, `${options.service} base URL`)
    this.#base = new URL(this.baseUrl)
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
    if (!Number.isInteger(this.retry.maxAttempts) || this.retry.maxAttempts < 1) {
      throw new RangeError(`${this.service}: retry.maxAttempts must be a positive integer`)
    }
    const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT
    this.#limiter = new Limiter(maxInFlight)
    this.#keepAlive = options.keepAlive ?? true
    this.#maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024
    this.#maxRedirects = options.maxRedirects ?? 5
    this.#allowInsecure = options.allowInsecureCredentials ?? false
    const clock = options.clock ?? systemClock
    this.#clock = { now: options.now ?? (() => clock.now()), sleep: options.sleep ?? ((ms) => clock.sleep(ms)) }
    this.#random = options.random ?? Math.random
    this.#onEvent = options.onEvent
    this.#writeSpacingMs = options.writeSpacingMs ?? 0
    this.#secondaryRateLimits = options.secondaryRateLimits ?? false
    this.#errorMessage = options.errorMessage
    this.#headers = {
      'user-agent': options.userAgent ?? USER_AGENT,
      'accept-encoding': 'gzip',
      ...lowerKeys(options.headers ?? {}),
    }
    const proxy = proxySettings(options.proxy)
    this.#secrets = [...secretValues(this.#headers), ...(options.secrets ?? []), ...proxyCredentials(proxy)]
    this.#assertSecure(this.#base, this.#headers)
    if (options.dispatcher) {
      this.#dispatcher = options.dispatcher
      this.#ownsDispatcher = false
    } else {
      // EnvHttpProxyAgent is a plain Agent when no proxy is set. http:// targets go to an http proxy as
      // ordinary proxy requests (proxies often refuse CONNECT to port 80); https:// ones through CONNECT.
      this.#dispatcher = new EnvHttpProxyAgent({
        ...proxy,
        // At most one connection per request the limiter lets through, each re-used: without the cap, a
        // request sent just as another's answer ends finds no idle connection (undici frees it one
        // event-loop turn later) and opens one more, a TCP and TLS handshake (two or three round trips).
        connections: maxInFlight,
        proxyTunnel: false,
        connect: { timeout: this.timeouts.connectMs },
        headersTimeout: this.timeouts.headersMs,
        bodyTimeout: this.timeouts.bodyMs,
        allowH2: false,
      })
      this.#ownsDispatcher = true
    }
  }

  /** GET a JSON document checked against its schema. A 2xx body that is not JSON (a proxy page) is retried, then fails. */
  async getJson<S extends Schema>(path: string, schema: S, query?: Query, headers?: Readonly<Record<string, string>>): Promise<InferOutput<S>> {
    return this.requestAs({ path, query, headers: { accept: 'application/json', ...headers } }, (res) => decodeJson(schema, res))
  }

  /** GET a text document (2xx only). */
  async getText(path: string, query?: Query): Promise<string> {
    return (await this.request({ path, query })).text()
  }

  /** POST a text body and return the text answer. Not retried beyond 429/connect failures unless `idempotent`. */
  async postText(
    path: string,
    body: string,
    contentType: string,
    options: { idempotent?: boolean; headers?: Readonly<Record<string, string>> } = {},
  ): Promise<string> {
    const res = await this.request({
      method: 'POST',
      path,
      body,
      headers: { 'content-type': contentType, ...options.headers },
      idempotent: options.idempotent,
    })
    return res.text()
  }

  /** Sends a request; statuses other than 2xx and `okStatuses` throw a RemoteError after retries. */
  async request(options: RequestOptions): Promise<HttpResponse> {
    return this.requestAs(options, (res) => res)
  }

  /**
   * Sends a request and hands an accepted response to `parse`. `parse` may
   * throw RetryableResponseError to have the response treated like a 5xx;
   * any other error fails the request (kind `body`) without retrying.
   */
  async requestAs<T>(options: RequestOptions, parse: (res: HttpResponse) => T): Promise<T> {
    const method = options.method ?? 'GET'
    const url = this.#resolve(options.path, options.query)
    const requestHeaders = lowerKeys(options.headers ?? {})
    const headers = { ...this.#headers, ...requestHeaders }
    this.#assertSecure(url, headers)
    const secrets = [...this.#secrets, ...secretValues(requestHeaders), ...secretParams(url)]
    const idempotent = options.idempotent ?? IDEMPOTENT.has(method)
    const timeoutMs = options.timeoutMs ?? this.timeouts.requestMs
    const ok = (status: number) => (status >= 200 && status < 300) || (options.okStatuses?.includes(status) ?? false)
    let waited = 0
    for (let attempt = 1; ; attempt++) {
      if (attempt > 1) this.#statsFor(url.host).retries++
      let failure: Failure
      try {
        const res = await this.#exchange(method, url, headers, options.body, timeoutMs)
        if (ok(res.status)) {
          // undici hands a connection to the next request one event-loop turn after an answer ends, and
          // writes it a turn later (after checking the idle socket was not closed). Parsing this answer
          // after those two turns lets requests waiting for a connection go out first, instead of after
          // every answer that arrived with this one is parsed (README, "Performance").
          await nextTurn()
          await nextTurn()
          try {
            return parse(res)
          } catch (err) {
            if (!(err instanceof RetryableResponseError)) {
              throw this.#fail(method, url, secrets, attempt, { kind: 'body', detail: message(err), retryable: false, response: res, status: res.status, cause: err })
            }
            failure = { kind: 'body', detail: err.message, retryable: true, response: res, status: res.status, cause: err }
          }
        } else {
          failure = this.#statusFailure(res, idempotent, attempt)
        }
      } catch (err) {
        if (err instanceof RemoteError) throw err
        failure = this.#transportFailure(err, idempotent, timeoutMs, attempt, url.hostname)
      }

      if (!failure.retryable || attempt >= this.retry.maxAttempts) {
        throw this.#fail(method, url, secrets, attempt, failure)
      }
      const delayMs = failure.retryAfterMs ?? this.#backoff(attempt)
      if (waited + delayMs > this.retry.maxTotalWaitMs) {
        const asked = failure.retryAfterMs !== undefined ? `the service asked to wait ${seconds(delayMs)} (${failure.waitSource ?? 'Retry-After'})` : `the next retry would wait ${seconds(delayMs)}`
        throw this.#fail(method, url, secrets, attempt, {
          ...failure,
          detail: `${failure.detail}; ${asked}, beyond the remaining retry budget of ${seconds(this.retry.maxTotalWaitMs - waited)}, so it was not retried`,
        })
      }
      this.#onEvent?.({ type: 'retry', service: this.service, method, url: sanitizeUrl(url), attempt, delayMs, reason: redact(failure.detail, secrets) })
      await this.#clock.sleep(delayMs)
      waited += delayMs
      this.#statsFor(url.host).waitMs += delayMs
    }
  }

  /** The URL a path resolves to, credentials and secret query values removed (for messages). */
  describe(path: string, query?: Query): string {
    return sanitizeUrl(this.#resolve(path, query))
  }

  /** Exchanges sent so far: reads are GET and HEAD, writes every other method (retries included). */
  methodCounts(): { reads: number; writes: number } {
    return { ...this.#methods }
  }

  /** Counters per host since the client was created. */
  stats(): Record<string, HostStats> {
    const out: Record<string, HostStats> = {}
    for (const host of [...this.#stats.keys()].sort()) out[host] = { ...this.#stats.get(host)! }
    return out
  }

  /** Closes the owned connection pool; an injected dispatcher is left to its owner. */
  async close(): Promise<void> {
    if (this.#ownsDispatcher) await this.#dispatcher.close()
  }

  #resolve(path: string, query?: Query): URL {
    let url: URL
    if (/^https?:\/\//i.test(path)) {
      url = new URL(path)
      // Links from responses (pagination) may be followed, but credentials never leave the service's origin.
      if (url.origin !== this.#base.origin) {
        throw new Error(`${this.service}: refusing to request ${sanitizeUrl(url)}: it is not on ${this.#base.origin}`)
      }
    } else {
      if (path !== '' && !path.startsWith('/')) throw new Error(`${this.service}: request path ${JSON.stringify(path)} must start with "/"`)
      if (/[\s?#\\]/.test(path) || /(^|\/)\.\.?(\/|$)/.test(path)) {
        throw new Error(`${this.service}: request path ${JSON.stringify(path)} is not a clean path (use names.pathOf and the query option)`)
      }
      url = new URL(this.baseUrl + path)
    }
    const qs = queryString(query)
    if (qs !== '') url.search = url.search === '' ? `?${qs}` : `${url.search}&${qs}`
    return url
  }

  #assertSecure(url: URL, headers: Readonly<Record<string, string>>): void {
    if (url.protocol === 'https:' || this.#allowInsecure || isLoopback(url.hostname)) return
    const secret = Object.keys(headers).find((name) => SECRET_HEADER.test(name))
    if (secret !== undefined) {
      throw new Error(`${this.service}: refusing to send the ${secret} header over plain http to ${url.host}; use https`)
    }
  }

  /** One attempt: the request plus any redirects, each an exchange of its own. */
  async #exchange(method: HttpMethod, start: URL, headers: Record<string, string>, body: string | Uint8Array | undefined, timeoutMs: number): Promise<HttpResponse> {
    let url = start
    let sendHeaders = headers
    for (let hop = 0; ; hop++) {
      const res = await this.#once(method, url, sendHeaders, body, timeoutMs)
      const location = res.headers['location']
      if (!REDIRECTS.has(res.status) || location === undefined || (method !== 'GET' && method !== 'HEAD') || this.#maxRedirects === 0) {
        return res
      }
      if (hop >= this.#maxRedirects) throw new TooManyRedirectsError(`more than ${this.#maxRedirects} redirects`)
      const next = new URL(location, url)
      if (next.protocol !== 'https:' && next.protocol !== 'http:') return res
      // Never carry credentials to another origin or down to plain http.
      if (next.origin !== url.origin) sendHeaders = withoutSecrets(sendHeaders)
      url = next
    }
  }

  async #once(method: HttpMethod, url: URL, headers: Record<string, string>, body: string | Uint8Array | undefined, timeoutMs: number): Promise<HttpResponse> {
    const read = method === 'GET' || method === 'HEAD'
    if (!read) await this.#spaceWrite(url.host)
    return this.#limiter.run(async () => {
      const stats = this.#statsFor(url.host)
      stats.requests++
      this.#methods[read ? 'reads' : 'writes']++
      if (body !== undefined) stats.bytesSent += typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength
      const started = this.#clock.now()
      const controller = new AbortController()
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        controller.abort(new RequestTimeoutError(`no complete answer within ${seconds(timeoutMs)}`))
      }, timeoutMs)
      try {
        const res = await this.#exchangeOnce(url, method, headers, body, controller.signal, stats)
        const responseHeaders = flattenHeaders(res.headers)
        const decoded = await decodeBody(res.body, responseHeaders['content-encoding'], this.#maxBytes)
        return {
          status: res.status,
          headers: responseHeaders,
          body: decoded,
          url: sanitizeUrl(url),
          text: () => decoded.toString('utf8'),
        }
      } catch (err) {
        if (timedOut) throw new RequestTimeoutError(`no complete answer within ${seconds(timeoutMs)}`, { cause: err })
        throw err
      } finally {
        clearTimeout(timer)
        stats.timeMs += Math.max(0, this.#clock.now() - started)
      }
    })
  }

  /**
   * One request on the dispatcher, its answer collected into one buffer. undici's handler interface is
   * used directly rather than `dispatcher.request()`, whose answer is a stream read through an async
   * iterator: the stream API is then not loaded at all (about 0.018 s of the CLI's start) and each
   * answer takes less work (README, "Performance"). undici hands over the request's controller only when
   * the request reaches a connection, so a timeout that fires before then aborts it there; the connect
   * timeout bounds that wait (the limiter lets no more requests through than there are connections).
   */
  #exchangeOnce(url: URL, method: HttpMethod, headers: Record<string, string>, body: string | Uint8Array | undefined, signal: AbortSignal, stats: HostStats): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    const maxBytes = this.#maxBytes
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      let size = 0
      let status = 0
      let responseHeaders: Record<string, string | string[] | undefined> = {}
      let live: Dispatcher.DispatchController | undefined
      const onAbort = () => live?.abort(signal.reason as Error)
      signal.addEventListener('abort', onAbort, { once: true })
      const settle = (fn: () => void) => {
        signal.removeEventListener('abort', onAbort)
        fn()
      }
      this.#dispatcher.dispatch({
        origin: url.origin,
        path: url.pathname + url.search,
        method,
        headers,
        body: body ?? null,
        headersTimeout: this.timeouts.headersMs,
        bodyTimeout: this.timeouts.bodyMs,
        reset: !this.#keepAlive,
      }, {
        onRequestStart(controller) {
          live = controller
          if (signal.aborted) controller.abort(signal.reason as Error)
        },
        onResponseStart(_, statusCode, received) {
          // 1xx informational answers precede the real one.
          if (statusCode < 200) return
          status = statusCode
          responseHeaders = received
        },
        onResponseData(controller, chunk) {
          size += chunk.length
          stats.bytes += chunk.length
          if (size > maxBytes) controller.abort(new ResponseTooLargeError(`the response is larger than ${maxBytes} bytes`))
          else chunks.push(chunk)
        },
        onResponseEnd() {
          settle(() => resolve({ status, headers: responseHeaders, body: Buffer.concat(chunks, size) }))
        },
        onResponseError(_, error) {
          settle(() => reject(error))
        },
      })
    })
  }

  /** Waits until writeSpacingMs has passed since the previous write started (writes take turns). */
  async #spaceWrite(host: string): Promise<void> {
    if (this.#writeSpacingMs <= 0) return
    const turn = this.#writeTurn.then(async () => {
      const wait = this.#lastWriteAt + this.#writeSpacingMs - this.#clock.now()
      if (wait > 0) {
        await this.#clock.sleep(wait)
        this.#statsFor(host).waitMs += wait
      }
      this.#lastWriteAt = this.#clock.now()
    })
    this.#writeTurn = turn
    await turn
  }

  #statusFailure(res: HttpResponse, idempotent: boolean, attempt: number): Failure {
    const status = res.status
    const detail = `HTTP ${status}${STATUS_CODES[status] ? ' ' + STATUS_CODES[status] : ''}`
    const now = this.#clock.now()
    if (status === 429 || (status === 403 && this.#secondaryRateLimits && isGitHubRateLimit(res))) {
      // A rate-limited request was not processed, so it is safe to repeat whatever the method.
      const retryAfter = parseRetryAfter(res.headers['retry-after'], now)
      const reset = retryAfter === undefined ? rateLimitResetWait(res.headers, now) : undefined
      const unnamed = retryAfter === undefined && reset === undefined && this.#secondaryRateLimits ? UNNAMED_RATE_LIMIT_WAIT_MS * 2 ** (attempt - 1) : undefined
      return {
        kind: 'status', detail: `${detail} (rate limited)`, retryable: true, status, response: res, rateLimited: true,
        retryAfterMs: retryAfter ?? reset ?? unnamed,
        waitSource: retryAfter !== undefined ? 'Retry-After' : reset !== undefined ? 'until the rate limit resets' : 'a rate limit that names no wait',
      }
    }
    const retryable = idempotent && status >= 500 && status !== 501 && status !== 505
    const retryAfterMs = status === 503 ? parseRetryAfter(res.headers['retry-after'], now) : undefined
    return { kind: 'status', detail, retryable, status, response: res, retryAfterMs }
  }

  #transportFailure(err: unknown, idempotent: boolean, timeoutMs: number, attempt: number, hostname: string): Failure {
    if (err instanceof ResponseTooLargeError || err instanceof DecodeError || err instanceof TooManyRedirectsError) {
      return { kind: 'body', detail: err.message, retryable: false, cause: err }
    }
    const code = errorCode(err)
    if (err instanceof RequestTimeoutError || (code !== undefined && TIMEOUTS.has(code))) {
      const what =
        code === 'UND_ERR_CONNECT_TIMEOUT'
          ? `could not connect within ${seconds(this.timeouts.connectMs)}`
          : code === 'UND_ERR_HEADERS_TIMEOUT'
            ? `no response headers within ${seconds(this.timeouts.headersMs)}`
            : code === 'UND_ERR_BODY_TIMEOUT'
              ? `the response body stalled for ${seconds(this.timeouts.bodyMs)}`
              : `no complete answer within ${seconds(timeoutMs)}`
      const safe = code === 'UND_ERR_CONNECT_TIMEOUT' || idempotent
      return { kind: 'timeout', detail: `timed out: ${what}`, retryable: this.retry.retryOnTimeout && safe, cause: err }
    }
    if (code !== undefined && DNS.has(code)) {
      // A name that does not resolve (no network, a typo) rarely resolves seconds later: one retry, then
      // this host fails at once for the rest of the run instead of costing every service its back-off.
      const again = attempt === 1 && !UNRESOLVED.has(hostname)
      if (!again) UNRESOLVED.add(hostname)
      return { kind: 'transport', detail: `could not resolve ${hostname}: ${message(err)} (${code})`, retryable: again, cause: err }
    }
    if (code !== undefined && TRANSPORT.has(code)) {
      return { kind: 'transport', detail: `connection failed: ${message(err)} (${code})`, retryable: idempotent || NOT_SENT.has(code), cause: err }
    }
    return { kind: 'transport', detail: `request failed: ${message(err)}${code ? ` (${code})` : ''}`, retryable: false, cause: err }
  }

  #backoff(failedAttempt: number): number {
    const { baseDelayMs, maxDelayMs, jitter } = this.retry
    const raw = Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempt - 1))
    return Math.round(raw * (1 - jitter + 2 * jitter * this.#random()))
  }

  #fail(method: HttpMethod, url: URL, secrets: readonly string[], attempts: number, failure: Failure): RemoteError {
    this.#statsFor(url.host).failures++
    const safeUrl = sanitizeUrl(url)
    const own = failure.response && failure.kind === 'status' ? this.#serviceMessage(failure.response) : undefined
    const error = new RemoteError({
      service: this.service,
      method,
      url: safeUrl,
      kind: failure.kind,
      attempts,
      status: failure.status,
      detail: redact(failure.detail, secrets),
      bodyExcerpt: failure.response ? excerpt(failure.response, secrets) : undefined,
      serviceMessage: own === undefined ? undefined : redact(own, secrets),
      rateLimited: failure.rateLimited ?? false,
      hint: this.#hint(failure),
      retryAfterMs: failure.retryAfterMs,
      cause: failure.cause,
    })
    this.#onEvent?.({ type: 'failure', service: this.service, method, url: safeUrl, attempts, message: error.message })
    return error
  }

  #serviceMessage(res: HttpResponse): string | undefined {
    try {
      const text = this.#errorMessage?.(res)
      return text === undefined || text.trim() === '' ? undefined : text.trim()
    } catch {
      return undefined
    }
  }

  #hint(failure: Failure): string | undefined {
    const s = failure.status
    const hasCredentials = this.#secrets.length > 0
    if (failure.kind === 'timeout') return `${this.service} is slow or unreachable; try again later`
    if (failure.kind === 'transport') return `check that ${this.#base.host} is reachable from this runner (and the proxy settings, if it needs one)`
    if (s === undefined) return undefined
    if (failure.rateLimited) return 'rate limited; try again later or use a token'
    if (s === 401 || s === 403) return hasCredentials ? 'check that the token is valid and has the needed permissions' : 'the service refused anonymous access'
    if (s === 404) return 'not found: check the name and the service URL'
    if (s >= 500) return `${this.service} is failing; try again later`
    return undefined
  }

  #statsFor(host: string): HostStats {
    let s = this.#stats.get(host)
    if (!s) {
      s = emptyStats()
      this.#stats.set(host, s)
    }
    return s
  }
}

async function decodeBody(raw: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const enc = (encoding ?? '').trim().toLowerCase()
  if (enc === '' || enc === 'identity' || raw.length === 0) return raw
  // maxOutputLength guards against a small compressed body expanding without bound.
  const opts = { maxOutputLength: maxBytes }
  const unzip = unzipper()
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return await unzip.gzip(raw, opts)
    if (enc === 'br') return await unzip.br(raw, opts)
    if (enc === 'deflate') {
      // Servers disagree on whether "deflate" carries the zlib wrapper.
      return await unzip.deflate(raw, opts).catch(() => unzip.deflateRaw(raw, opts))
    }
  } catch (err) {
    throw new DecodeError(`could not decode the ${enc} response body: ${message(err)}`)
  }
  throw new DecodeError(`unsupported content-encoding ${JSON.stringify(encoding)}`)
}

/** Milliseconds a Retry-After value (delta-seconds or HTTP-date) asks for; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  if (!/[a-z]/i.test(v)) return undefined
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** GitHub answers an exhausted primary limit and a secondary limit with 403 (REST API docs, "Rate limits"). */
function isGitHubRateLimit(res: HttpResponse): boolean {
  return res.headers['x-ratelimit-remaining'] === '0' || /secondary rate limit|abuse detection/i.test(res.text())
}

/**
 * Milliseconds until an exhausted limit resets, from `x-ratelimit-reset` (GitHub) or `ratelimit-reset`
 * (GitLab), both epoch seconds, plus a second for clock skew; undefined unless the remaining count is 0.
 */
export function rateLimitResetWait(headers: Readonly<Record<string, string>>, now: number): number | undefined {
  for (const prefix of ['x-ratelimit-', 'ratelimit-']) {
    const reset = headers[`${prefix}reset`]
    if (headers[`${prefix}remaining`] !== '0' || reset === undefined || !/^\d+$/.test(reset.trim())) continue
    return Math.max(0, Number(reset) * 1000 - now) + 1000
  }
  return undefined
}

function proxySettings(given: ProxySettings | undefined): ProxySettings {
  // Resolved here (an empty value means none) and handed to undici explicitly, so both agree.
  const env = process.env
  const out: ProxySettings = {
    httpProxy: (given?.httpProxy ?? env['http_proxy'] ?? env['HTTP_PROXY'] ?? '').trim(),
    httpsProxy: (given?.httpsProxy ?? env['https_proxy'] ?? env['HTTPS_PROXY'] ?? '').trim(),
  }
  // NO_PROXY stays unset unless given, so undici reads the variable on every request.
  if (given?.noProxy !== undefined) out.noProxy = given.noProxy
  return out
}

/** A proxy URL's user and password are credentials like a token: never in a message. */
function proxyCredentials(proxy: ProxySettings): string[] {
  const out: string[] = []
  for (const value of [proxy.httpProxy, proxy.httpsProxy]) {
    if (value === undefined || value === '') continue
    try {
      const url = new URL(value)
      if (url.password !== '') out.push(decodeURIComponent(url.password))
    } catch {
      // undici reports an unusable proxy URL itself.
    }
  }
  return out
}

/** Encodes query values strictly (RFC 3986 unreserved only); arrays repeat the key. */
export function queryString(query: Query | undefined): string {
  if (!query) return ''
  const parts: string[] = []
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    const values = (Array.isArray(value) ? value : [value]) as readonly QueryValue[]
    for (const v of values) parts.push(`${encodeQueryValue(key)}=${encodeQueryValue(String(v))}`)
  }
  return parts.join('&')
}

function excerpt(res: HttpResponse, secrets: readonly string[]): string | undefined {
  let text = res.text()
  if (/html/i.test(res.headers['content-type'] ?? '') || /^\s*</.test(text)) text = text.replace(/<[^>]*>/g, ' ')
  text = redact(text, secrets).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
  if (text === '') return undefined
  return text.length > 240 ? text.slice(0, 240) + '…' : text
}

function lowerKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value
  return out
}

/** Resolves in the event loop's next check phase. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function flattenHeaders(headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

/** This machine's host names: plain http is allowed there only (local fakes). */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]'
}

// Errors are read by shape, not instanceof: Node's socket errors may come from another realm
// (a vm context, a test runner) whose Error is not this one.
interface ErrorLike {
  message: string
  code?: unknown
  cause?: unknown
}

function isErrorLike(e: unknown): e is ErrorLike {
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string'
}

function errorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; isErrorLike(e) && depth < 4; e = e.cause, depth++) {
    if (typeof e.code === 'string') return e.code
  }
  return undefined
}

function message(err: unknown): string {
  return isErrorLike(err) ? err.message : String(err)
}

function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`
}
