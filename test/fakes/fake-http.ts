// What both fake forges share: a local server (test/helpers/fake-http-server.ts:
// an unknown route fails the test), a tiny router, JSON in and out,
// per-method request counts, and injected faults — a status, body and headers
// answered instead of the real handler, a connection reset, or no answer at
// all — for the next N matching requests. A fault that never fired fails the
// test when the server stops, so a test cannot pass without the situation it
// stages.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { startFakeHttp, unknownRoute, type FakeServer, type RecordedRequest } from '../helpers/fake-http-server.js'

export interface FakeRequest {
  method: string
  /** The percent-decoded path, e.g. /repos/acme/inventory/git/ref/heads/poi-gitops/x (routes match on this). */
  path: string
  /** The raw (still percent-encoded) path. */
  rawPath: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
}

export interface FakeResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** What an injected fault does: answer this instead, drop the connection, or never answer. */
export type FaultAction = FakeResponse | 'reset' | 'hang'

export interface Failure {
  method?: string
  path: RegExp
  response: FaultAction
  /** Matching requests still to fault (Infinity: all of them). */
  times: number
  fired: number
}

export type Handler = (req: FakeRequest, params: string[]) => FakeResponse | Promise<FakeResponse>

interface Route {
  method: string
  pattern: RegExp
  handler: Handler
}

export class FakeHttpServer {
  private server: FakeServer | undefined
  private readonly routes: Route[] = []
  private readonly failures: Failure[] = []
  readonly log: { method: string; path: string; query: string; status: number }[] = []
  url = ''

  constructor(private readonly authorize: (req: FakeRequest) => FakeResponse | null) {}

  async start(): Promise<void> {
    this.server = await startFakeHttp((req, res, raw) => this.handle(req, res, raw))
    this.url = this.server.url
  }

  get host(): string {
    return this.server?.host ?? ''
  }

  /** Rejects when the server got a request it does not serve, or a fault was injected that never fired. */
  async stop(): Promise<void> {
    const unfired = this.failures
      .filter((f) => f.fired === 0 || (Number.isFinite(f.times) && f.times > 0))
      .map((f) => `${f.method ?? 'any method'} ${f.path}: fired ${f.fired} time(s)${Number.isFinite(f.times) ? `, ${f.times} more expected` : ''}`)
    const problems = unfired.length > 0 ? [`injected faults that did not fire as the test expects:\n${unfired.join('\n')}`] : []
    await this.server?.close().catch((e: unknown) => problems.unshift(e instanceof Error ? e.message : String(e)))
    if (problems.length > 0) throw new Error(problems.join('\n'))
  }

  route(method: string, pattern: RegExp, handler: Handler): void {
    this.routes.push({ method, pattern, handler })
  }

  /** Answer the next `times` matching requests with this fault instead (Infinity: every one, at least one). */
  fail(match: { method?: string; path: RegExp }, response: FaultAction, times = 1): void {
    this.failures.push({ ...match, response, times, fired: 0 })
  }

  counts(): { reads: number; writes: number; byMethod: Record<string, number> } {
    const byMethod: Record<string, number> = {}
    for (const r of this.log) byMethod[r.method] = (byMethod[r.method] ?? 0) + 1
    const reads = (byMethod.GET ?? 0) + (byMethod.HEAD ?? 0)
    return { reads, writes: this.log.length - reads, byMethod }
  }

  resetCounts(): void {
    this.log.length = 0
  }

  private async handle(recorded: RecordedRequest, res: ServerResponse, raw: IncomingMessage): Promise<void> {
    const url = new URL(recorded.url, 'http://127.0.0.1')
    const request: FakeRequest = {
      method: recorded.method,
      rawPath: url.pathname,
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: recorded.headers,
      body: recorded.body === '' ? undefined : parseJson(recorded.body)
    }
    const action = await this.dispatch(request, recorded)
    if (action === 'hang') return
    if (action === 'reset') {
      raw.socket.destroy()
      return
    }
    this.log.push({ method: request.method, path: request.path, query: request.query.toString(), status: action.status })
    const headers: Record<string, string> = { ...action.headers }
    if (action.body === undefined) {
      res.writeHead(action.status, headers)
      res.end()
      return
    }
    headers['content-type'] ??= 'application/json; charset=utf-8'
    res.writeHead(action.status, headers)
    res.end(typeof action.body === 'string' ? action.body : JSON.stringify(action.body))
  }

  private async dispatch(request: FakeRequest, recorded: RecordedRequest): Promise<FaultAction> {
    const denied = this.authorize(request)
    if (denied) return denied
    const failure = this.failures.find((f) => f.times > 0 && (!f.method || f.method === request.method) && f.path.test(request.path))
    if (failure) {
      failure.times--
      failure.fired++
      return failure.response
    }
    for (const route of this.routes) {
      if (route.method !== request.method) continue
      const match = route.pattern.exec(request.path)
      if (match) return route.handler(request, match.slice(1))
    }
    return unknownRoute(recorded)
  }
}

/** Paginates like GitHub and GitLab: page/per_page in, a Link header out (GitLab adds x-* headers). */
export function paginate<T>(items: T[], req: FakeRequest, baseUrl: string, options: { defaultPerPage: number; maxPerPage: number; gitlabHeaders?: boolean }): FakeResponse {
  const perPage = Math.min(Number(req.query.get('per_page') ?? options.defaultPerPage) || options.defaultPerPage, options.maxPerPage)
  const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1)
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const pageUrl = (n: number) => {
    const q = new URLSearchParams(req.query)
    q.set('page', String(n))
    q.set('per_page', String(perPage))
    return `${baseUrl}${req.rawPath}?${q.toString()}`
  }
  const links: string[] = []
  if (page < totalPages) links.push(`<${pageUrl(page + 1)}>; rel="next"`)
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`)
  links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(totalPages)}>; rel="last"`)
  const headers: Record<string, string> = { link: links.join(', ') }
  if (options.gitlabHeaders) {
    Object.assign(headers, {
      'x-page': String(page), 'x-per-page': String(perPage), 'x-total': String(items.length), 'x-total-pages': String(totalPages),
      'x-next-page': page < totalPages ? String(page + 1) : '', 'x-prev-page': page > 1 ? String(page - 1) : ''
    })
  }
  return { status: 200, body: slice, headers }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}
