// GitLab's REST API (v4) through @gitbeaker/rest on the project's HTTP layer:
// the one adapter both the group listings (sources/gitlab-groups.ts) and the
// GitLab forge (forge/gitlab.ts) use. gitbeaker shapes the requests (its own
// snake_case keys, `key[]=v` arrays, JSON bodies); HttpClient sends them with
// its timeouts, retries (429 and Retry-After, 5xx back-off for idempotent
// requests, connection resets), proxy settings, counters and redaction.
// gitbeaker's own transport (global fetch, ten 429 retries within a quarter
// of a second) is never used.

import { createRequesterFn, type FormattedResponse, type RequesterType, type ResourceOptions } from '@gitbeaker/requester-utils'
import * as v from 'valibot'
import { HttpClient, RetryableResponseError, type HttpClientOptions, type HttpMethod, type HttpResponse, type QueryValue } from './http.js'
import { decode } from './schema.js'

/** What gitbeaker's option handler hands the request handler (requester-utils' defaultOptionsHandler). */
const PreparedRequest = v.object({
  method: v.picklist(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  headers: v.optional(v.record(v.string(), v.string()), {}),
  body: v.optional(v.string()),
  searchParams: v.optional(v.string()),
  asStream: v.optional(v.boolean()),
  /** The resource's URL (`<host>/api/v4/` plus e.g. `projects` for resources nested under projects). */
  prefixUrl: v.string(),
})

/** GitLab's error bodies: `{"message": …}` (a string, a list or a map of field errors) or OAuth's `{"error": …, "error_description": …}`. */
const ErrorBody = v.object({
  message: v.optional(v.unknown()),
  error: v.optional(v.string()),
  error_description: v.optional(v.string()),
})

export interface GitlabHttpOptions extends Omit<HttpClientOptions, 'service' | 'baseUrl' | 'headers' | 'secrets'> {
  /** `<scheme>://<host>[/path]` of the GitLab instance, without /api/v4. */
  base: string
  /** Sent as PRIVATE-TOKEN and redacted everywhere. */
  token?: string
}

/** A GitLab instance's URL as every caller keeps it: no trailing slash, no /api/v4 (CI_API_V4_URL carries it). */
export function gitlabInstance(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/api\/v4$/, '')
}

/** The HttpClient for GitLab's API at `<base>/api/v4`. */
export function createGitlabHttp(options: GitlabHttpOptions): HttpClient {
  const { base, token, ...http } = options
  return new HttpClient({
    maxInFlight: 2,
    errorMessage: gitlabErrorMessage,
    ...http,
    service: 'gitlab',
    baseUrl: `${gitlabInstance(base)}/api/v4`,
    timeouts: { requestMs: 120_000, ...http.timeouts },
    ...(token ? { headers: { 'private-token': token } } : {}),
  })
}

/**
 * gitbeaker's `requesterFn` over `http` (whose base URL is `<host>/api/v4`).
 * Authentication is the HttpClient's header: create the gitbeaker resources without a token.
 */
export function gitlabRequester(http: HttpClient): (resource: ResourceOptions) => RequesterType {
  return createRequesterFn(
    (_resource, prepared) => Promise.resolve(prepared),
    (endpoint, options) => send(http, endpoint, options ?? {}),
  )
}

async function send(http: HttpClient, endpoint: string, options: Record<string, unknown>): Promise<FormattedResponse> {
  const prepared = decode(PreparedRequest, pick(options), `the gitbeaker request for ${endpoint}`)
  if (prepared.asStream) throw new Error(`gitlab: streamed responses are not supported (${endpoint})`)
  const method: HttpMethod = prepared.method
  const base = http.baseUrl + '/'
  const prefix = prepared.prefixUrl.endsWith('/') ? prepared.prefixUrl : `${prepared.prefixUrl}/`
  if (!prefix.startsWith(base)) throw new Error(`gitlab: the resource URL ${prepared.prefixUrl} is not under ${http.baseUrl}`)
  const query: Record<string, QueryValue[]> = {}
  for (const [key, value] of new URLSearchParams(prepared.searchParams ?? '')) (query[key] ??= []).push(value)
  const headers: Record<string, string> = { accept: 'application/json', ...prepared.headers }
  return http.requestAs({ method, path: `/${prefix.slice(base.length)}${endpoint}`, query, headers, body: prepared.body }, (res) => ({
    status: res.status,
    headers: { ...res.headers },
    body: responseBody(res),
  }))
}

/** Only the fields the handler reads: gitbeaker also passes its rate limiters and abort signal, which HttpClient replaces. */
function pick(options: Record<string, unknown>): Record<string, unknown> {
  const { method, headers, body, searchParams, asStream, prefixUrl } = options
  return { method, headers, body: body instanceof FormData ? { upload: 'form data' } : body, searchParams, asStream, prefixUrl }
}

/** The body as gitbeaker's own transport returns it: JSON parsed, anything else as text, nothing for 204. */
function responseBody(res: HttpResponse): FormattedResponse['body'] {
  if (res.status === 204) return null
  const type = (res.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  const text = res.text()
  if (type !== 'application/json') return text
  if (text.trim() === '') return {}
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // A 2xx page that is not JSON is a proxy speaking: retry it like a 5xx.
    throw new RetryableResponseError(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`)
  }
  return decode(JsonBody, data)
}

/** The JSON shapes gitbeaker passes on (each caller checks its own fields with a schema). */
const JsonBody = v.union([v.array(v.record(v.string(), v.unknown())), v.record(v.string(), v.unknown()), v.array(v.string()), v.string(), v.number(), v.null()])

/** GitLab's error text from an error response. */
export function gitlabErrorMessage(res: HttpResponse): string | undefined {
  if (!(res.headers['content-type'] ?? '').includes('json')) return undefined
  const parsed = v.safeParse(ErrorBody, JSON.parse(res.text()) as unknown)
  if (!parsed.success) return undefined
  const { message, error, error_description: description } = parsed.output
  if (error !== undefined) return description !== undefined ? `${error}: ${description}` : error
  if (typeof message === 'string') return message
  if (Array.isArray(message) && message.every((m) => typeof m === 'string')) return message.join('; ')
  return message === undefined ? undefined : JSON.stringify(message)
}
