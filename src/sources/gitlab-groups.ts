// Listing the projects of one GitLab group (reference gitlab-cbs.md §2):
// the package names of a CentOS SIG's `rpms` group, and the archived subset.
// The calls go through @gitbeaker/rest, but its transport is replaced by one
// built on the project's HttpClient, so they share the HTTP layer's timeouts,
// retries (5xx back-off, 429 with Retry-After — gitbeaker's own retries do
// neither), per-host limits, counters and credential redaction.

import { Groups } from '@gitbeaker/rest'
import { HttpClient, RemoteError, RetryableResponseError, type HttpClientOptions, type QueryValue } from './http.js'
import { encodeNamespacePath } from './names.js'

export type RequesterFn = NonNullable<ConstructorParameters<typeof Groups>[0]['requesterFn']>
type Requester = ReturnType<RequesterFn>
type GetOptions = NonNullable<Parameters<Requester['get']>[1]>
type Formatted = Awaited<ReturnType<Requester['get']>>

/** A group URL split as the Rust tool splits it (§2.1). */
export interface GroupUrl {
  /** `<scheme>://<host>`, e.g. https://gitlab.com */
  base: string
  /** e.g. CentOS/Hyperscale/rpms */
  groupPath: string
}

export class GroupUrlError extends Error {
  override readonly name = 'GroupUrlError'
  /** A usage problem: the URL was typed by the user. */
  readonly exitCode = 2
}

export function parseGroupUrl(url: string): GroupUrl {
  const trimmed = url.replace(/\/+$/, '')
  const scheme = /^https:\/\//.test(trimmed) ? 'https' : /^http:\/\//.test(trimmed) ? 'http' : undefined
  if (scheme === undefined) throw new GroupUrlError(`invalid GitLab URL: ${trimmed}`)
  const rest = trimmed.slice(scheme.length + 3)
  const slash = rest.indexOf('/')
  const path = slash < 0 ? '' : rest.slice(slash + 1)
  if (path === '') throw new GroupUrlError(`no project path in URL: ${trimmed}`)
  return { base: `${scheme}://${rest.slice(0, slash)}`, groupPath: path }
}

/** What the listing reads of a project (§2.4): the package name is `name`, never `path`. */
export interface GitlabProject {
  name: string
  path: string
}

export interface GitlabHttpOptions extends Omit<HttpClientOptions, 'service' | 'baseUrl' | 'headers' | 'secrets'> {
  /** `<scheme>://<host>` of the GitLab instance. */
  base: string
  /** Optional read token (private groups, higher rate limits); sent as PRIVATE-TOKEN and redacted everywhere. */
  token?: string
}

/**
 * The HttpClient for GitLab listings: 120 s per request (§2.6) and, from the
 * HTTP layer, 4 attempts with 1, 2, 4 s back-off on 5xx, and 429 retried as
 * Retry-After asks (a deliberate improvement: CI runners share egress IPs).
 */
export function createGitlabHttp(options: GitlabHttpOptions): HttpClient {
  const { base, token, ...http } = options
  return new HttpClient({
    maxInFlight: 2,
    ...http,
    service: 'gitlab',
    baseUrl: `${base}/api/v4`,
    timeouts: { requestMs: 120_000, ...http.timeouts },
    ...(token ? { headers: { 'private-token': token } } : {}),
  })
}

/**
 * A gitbeaker transport over `http` (whose base URL is `<host>/api/v4`).
 * Read-only: the listing never writes, so anything but GET is refused.
 */
export function gitlabRequester(http: HttpClient): RequesterFn {
  const get = async (endpoint: string, options?: GetOptions): Promise<Formatted> => {
    const query: Record<string, QueryValue> = {}
    for (const [key, value] of Object.entries(options?.searchParams ?? {})) {
      if (value === undefined) continue
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new TypeError(`gitlab: query parameter ${key} must be a scalar`)
      }
      query[snakeCase(key)] = value
    }
    return http.requestAs({ path: `/${endpoint}`, query, headers: { accept: 'application/json' } }, (res) => {
      let body: unknown
      try {
        body = JSON.parse(res.text())
      } catch {
        // A 2xx page that is not JSON is a proxy speaking: retry it like a 5xx.
        throw new RetryableResponseError(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`)
      }
      return { status: res.status, headers: { ...res.headers }, body } as Formatted
    })
  }
  const refuse = (method: string) => async (): Promise<never> => {
    throw new Error(`gitlab: the listing transport is read-only (${method} refused)`)
  }
  return () => ({ get, post: refuse('POST'), put: refuse('PUT'), patch: refuse('PATCH'), delete: refuse('DELETE') }) as unknown as Requester
}

/** gitbeaker's option names are camelCase; GitLab's parameters are snake_case. */
function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

export interface ListOptions {
  /** true: only archived projects (`archived=true`, filtered by GitLab, §2.2 b). */
  archived?: boolean
  /** Guard against a proxy that never stops paginating (§8.14). Default 1000. */
  maxPages?: number
}

export interface Listing {
  projects: GitlabProject[]
  pages: number
}

/**
 * Every project directly in the group (no subgroups), following
 * `x-next-page` page by page. Any failure or malformed page fails the whole
 * listing with a RemoteError: a shorter list would prune real packages.
 */
export async function listGroupProjects(http: HttpClient, groupPath: string, options: ListOptions = {}): Promise<Listing> {
  encodeNamespacePath(groupPath) // validates the path before it reaches a URL
  // Timeouts are the HttpClient's; gitbeaker's host only shapes URLs this transport does not use.
  const groups = new Groups({ host: http.baseUrl.replace(/\/api\/v4$/, ''), requesterFn: gitlabRequester(http), queryTimeout: null })
  const maxPages = options.maxPages ?? 1000
  const projects: GitlabProject[] = []
  const malformed = (detail: string, page: number) => {
    const url = http.describe(`/groups/${encodeNamespacePath(groupPath)}/projects`, { page })
    return new RemoteError({ service: http.service, method: 'GET', url, kind: 'body', attempts: 1, detail })
  }
  for (let page = 1, pages = 1; ; pages++) {
    if (pages > maxPages) throw malformed(`more than ${maxPages} pages; refusing to follow further`, page)
    // Parameters in the reference's order; `page` set makes gitbeaker return this one page with its pagination info.
    const res = await groups.allProjects(groupPath, {
      perPage: 100,
      page,
      simple: true,
      includeSubgroups: false,
      ...(options.archived ? { archived: true } : {}),
      showExpanded: true,
    })
    const data: unknown = res.data
    if (!Array.isArray(data)) throw malformed('the page is not a JSON array', page)
    for (const item of data) {
      const p = item as { name?: unknown; path?: unknown } | null
      if (typeof p !== 'object' || p === null || typeof p.name !== 'string' || typeof p.path !== 'string') {
        throw malformed('a project lacks a string name or path', page)
      }
      projects.push({ name: p.name, path: p.path })
    }
    const info = 'paginationInfo' in res ? res.paginationInfo : undefined
    const next = info && 'next' in info ? info.next : null
    if (!next) {
      // A proxy that drops x-next-page would end the listing early; GitLab's count exposes that.
      const total = info && 'total' in info ? info.total : NaN
      if (Number.isFinite(total) && projects.length < total) {
        throw malformed(`the listing ended after ${projects.length} of ${total} projects (x-total); pagination headers are missing`, page)
      }
      return { projects, pages }
    }
    if (next <= page) throw malformed(`x-next-page ${next} does not advance past page ${page}`, page)
    page = next
  }
}
