// How the forges reach the network: on the same HTTP layer as every service
// (sources/http.ts), with the forge defaults — a timeout on every request,
// writes spaced a second apart, a longer wait budget for rate limits, and
// GitHub's 403 rate limits — and Octokit's transport replaced by a `fetch`
// that sends through that layer. README: "Network".

import * as v from 'valibot'
import { HttpClient, type Clock, type HttpEvent, type HttpMethod, type HttpResponse, type ProxySettings, type RetryPolicy } from '../sources/http.js'
import { createGitlabHttp } from '../sources/gitlab-api.js'

export interface ForgeNetworkOptions {
  /** Minimum time between two writes; default 1000 ms (GitHub's advice for content-creating requests). */
  writeSpacingMs?: number
  /** Limit of one attempt of one request; default 30 s (POI_GITOPS_FORGE_TIMEOUT, in seconds, sets it for a run). */
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
  clock?: Clock
  /** Default: HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment. */
  proxy?: ProxySettings
  onEvent?: (event: HttpEvent) => void
}

export const FORGE_TIMEOUT_MS = 30_000
/** A rate limit may ask for minutes (GitHub's secondary limits: at least one); a request waits at most this long in total. */
const FORGE_WAIT_BUDGET_MS = 300_000

function common(options: ForgeNetworkOptions) {
  return {
    maxInFlight: 4,
    writeSpacingMs: options.writeSpacingMs ?? 1000,
    timeouts: { requestMs: options.timeoutMs ?? FORGE_TIMEOUT_MS },
    retry: { maxTotalWaitMs: FORGE_WAIT_BUDGET_MS, ...options.retry },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.proxy ? { proxy: options.proxy } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  }
}

/** GitHub's REST API at `apiUrl` (https://api.github.com, or …/api/v3 on GitHub Enterprise Server). */
export function gitHubForgeHttp(apiUrl: string, token: string, options: ForgeNetworkOptions = {}): HttpClient {
  return new HttpClient({
    ...common(options),
    service: 'github',
    baseUrl: apiUrl,
    headers: { authorization: `token ${token}` },
    secondaryRateLimits: true,
    errorMessage: gitHubErrorMessage,
  })
}

/** GitLab's REST API of the instance at `host` (without /api/v4). */
export function gitLabForgeHttp(host: string, token: string, options: ForgeNetworkOptions = {}): HttpClient {
  return createGitlabHttp({ ...common(options), base: host, token })
}

const GitHubErrorBody = v.object({
  message: v.optional(v.string()),
  errors: v.optional(v.array(v.union([v.string(), v.object({ message: v.optional(v.string()) })]))),
})

/** GitHub's error text: the message plus the messages of its "errors" entries. */
export function gitHubErrorMessage(res: HttpResponse): string | undefined {
  if (!(res.headers['content-type'] ?? '').includes('json')) return undefined
  const parsed = v.safeParse(GitHubErrorBody, JSON.parse(res.text()) as unknown)
  if (!parsed.success) return undefined
  const { message, errors = [] } = parsed.output
  const parts = message === undefined ? [] : [message]
  for (const e of errors) {
    const text = typeof e === 'string' ? e : e.message
    if (text !== undefined) parts.push(text)
  }
  return parts.join(': ')
}

const METHODS: readonly HttpMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']
/** Statuses whose Response has no body (the Fetch standard refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/**
 * A `fetch` for Octokit's `request.fetch` that sends through `http`: Octokit builds the request
 * (URL, headers, JSON body) and reads the answer; retries, timeouts, proxies and counting are the
 * HttpClient's. A failure that outlasts the retries is thrown as the HttpClient's RemoteError, which
 * Octokit passes on as the `cause` of its RequestError.
 */
export function fetchThrough(http: HttpClient): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = (init?.method ?? 'GET').toUpperCase()
    const known = METHODS.find((m) => m === method)
    if (known === undefined) throw new TypeError(`github: unsupported method ${method}`)
    const body = init?.body ?? undefined
    if (body !== undefined && typeof body !== 'string') throw new TypeError('github: only text request bodies are supported')
    const res = await http.request({ method: known, path: url, headers: headerRecord(init?.headers), body })
    const headers = new Headers()
    for (const [name, value] of Object.entries(res.headers)) {
      // The body is already decoded, so its original encoding and length no longer apply.
      if (name !== 'content-encoding' && name !== 'content-length') headers.set(name, value)
    }
    return new Response(NULL_BODY.has(res.status) ? null : res.body, { status: res.status, headers })
  }
}

function headerRecord(headers: ConstructorParameters<typeof Headers>[0]): Record<string, string> {
  const out: Record<string, string> = {}
  new Headers(headers).forEach((value, name) => {
    out[name] = value
  })
  return out
}
