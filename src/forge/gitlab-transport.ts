// The HTTP transport handed to @gitbeaker/rest through its `requesterFn`
// option. gitbeaker's own transport retries a 429 ten times within a quarter
// of a second and ignores Retry-After; this one waits as GitLab asks, spaces
// writes, and counts requests. Requests are built as gitbeaker builds them:
// snake_case keys, arrays as `key[]=v`, JSON bodies, the token in PRIVATE-TOKEN.

import { GitbeakerRequestError, type MergeRequests } from '@gitbeaker/rest'
import type { Pacer } from './pacing.js'

export type RequesterFn = NonNullable<ConstructorParameters<typeof MergeRequests>[0]['requesterFn']>
type ServiceOptions = Parameters<RequesterFn>[0]
type Requester = ReturnType<RequesterFn>
type RequestOptions = NonNullable<Parameters<Requester['get']>[1]>
type Formatted = Awaited<ReturnType<Requester['get']>>

export function pacedRequester(pacer: Pacer, userAgent?: string): RequesterFn {
  return (service: ServiceOptions): Requester => {
    const send = (method: string) => (endpoint: string, options?: RequestOptions) => request(pacer, service, method, endpoint, options ?? {}, userAgent)
    // gitbeaker types each method generically over the body type; the body is whatever GitLab sent.
    const requester = {
      get: send('GET'),
      post: send('POST'),
      put: send('PUT'),
      patch: send('PATCH'),
      delete: send('DELETE')
    }
    return requester as unknown as Requester
  }
}

async function request(pacer: Pacer, service: ServiceOptions, method: string, endpoint: string, options: RequestOptions, userAgent?: string): Promise<Formatted> {
  const base = service.url.endsWith('/') ? service.url : `${service.url}/`
  const url = new URL(endpoint, base)
  const query = encodeQuery(options.searchParams ?? {})
  if (query) url.search = query
  const headers: Record<string, string> = { ...service.headers }
  if (userAgent) headers['user-agent'] = userAgent
  for (const [name, value] of Object.entries(service.authHeaders)) headers[name] = await value()
  if (options.sudo !== undefined) headers.sudo = String(options.sudo)
  let body: string | FormData | undefined
  if (options.body instanceof FormData) body = options.body
  else if (options.body) {
    body = JSON.stringify(decamelizeKeys(options.body))
    headers['content-type'] = 'application/json'
  }

  for (let attempt = 0; ; attempt++) {
    await pacer.beforeSend(method)
    const response = await fetch(url, { method, headers, body, signal: options.signal })
    if (response.ok) {
      const responseHeaders = Object.fromEntries(response.headers.entries())
      return { status: response.status, headers: responseHeaders, body: response.status === 204 ? null : await parseBody(response) } as Formatted
    }
    const description = describe(await response.text(), response.headers.get('content-type'))
    const decision = pacer.decide(attempt, { status: response.status, headers: Object.fromEntries(response.headers.entries()), message: description })
    if (decision.retry) {
      await pacer.clock.sleep(decision.waitMs)
      continue
    }
    throw new GitbeakerRequestError(description, { cause: { description, request: new Request(url, { method }), response } })
  }
}

async function parseBody(response: Response): Promise<Formatted['body']> {
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim()
  if (type === 'application/json') {
    const text = await response.text()
    return text ? (JSON.parse(text) as Formatted['body']) : {}
  }
  if (type.startsWith('text/')) return response.text()
  return response.blob()
}

/** GitLab errors come as {"message": …} or {"error": …, "error_description": …}; the message may be a list or an object. */
function describe(text: string, contentType: string | null): string {
  if (!contentType?.includes('application/json')) return text
  try {
    const data = JSON.parse(text) as { message?: unknown; error?: unknown; error_description?: unknown }
    if (typeof data.error === 'string') return typeof data.error_description === 'string' ? `${data.error}: ${data.error_description}` : data.error
    if (typeof data.message === 'string') return data.message
    if (data.message !== undefined) return JSON.stringify(data.message)
    return text
  } catch {
    return text
  }
}

/** camelCase → snake_case keys, recursively, as gitbeaker sends them. */
export function decamelizeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decamelizeKeys)
  if (typeof value !== 'object' || value === null || value instanceof Date) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [decamelize(k), decamelizeKeys(v)]))
}

function decamelize(key: string): string {
  return key.replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z\d]+)/g, '$1_$2').toLowerCase()
}

/** The query string gitbeaker would send: snake_case keys, `key[]=v` for arrays, `key[sub]=v` for objects. */
export function encodeQuery(params: Record<string, unknown>): string {
  const parts: string[] = []
  const add = (key: string, value: unknown): void => {
    if (value === undefined) return
    if (Array.isArray(value)) for (const v of value) add(`${key}[]`, v)
    else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) add(`${key}[${decamelize(k)}]`, v)
    } else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value === null ? '' : value instanceof Date ? value.toISOString() : String(value))}`)
  }
  for (const [k, v] of Object.entries(params)) add(decamelize(k), v)
  return parts.join('&')
}
