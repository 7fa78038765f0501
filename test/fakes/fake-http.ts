// What both fake forges share: a node:http server on 127.0.0.1 (port 0), a
// tiny router, JSON in and out, per-method request counts, and injected
// failures (a status, body and headers answered instead of the real handler,
// for the next N matching requests).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

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

export interface Failure {
  method?: string
  path: RegExp
  response: FakeResponse
  times: number
}

export type Handler = (req: FakeRequest, params: string[]) => FakeResponse

interface Route {
  method: string
  pattern: RegExp
  handler: Handler
}

export class FakeHttpServer {
  private readonly server: Server
  private readonly routes: Route[] = []
  private readonly failures: Failure[] = []
  readonly log: { method: string; path: string; status: number }[] = []
  url = ''

  constructor(private readonly authorize: (req: FakeRequest) => FakeResponse | null, private readonly notFound: FakeResponse) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }))
      })
    })
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  route(method: string, pattern: RegExp, handler: Handler): void {
    this.routes.push({ method, pattern, handler })
  }

  /** Answer the next `times` matching requests with this response instead. */
  fail(match: { method?: string; path: RegExp }, response: FakeResponse, times = 1): void {
    this.failures.push({ ...match, response, times })
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      rawPath: url.pathname,
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body: raw === '' ? undefined : parseJson(raw)
    }
    const response = this.dispatch(request)
    this.log.push({ method: request.method, path: request.path, status: response.status }); if (process.env.DBG) console.log(request.method, req.url, response.status)
    const headers: Record<string, string> = { ...response.headers }
    if (response.body === undefined) {
      res.writeHead(response.status, headers)
      res.end()
      return
    }
    headers['content-type'] ??= 'application/json; charset=utf-8'
    res.writeHead(response.status, headers)
    res.end(typeof response.body === 'string' ? response.body : JSON.stringify(response.body))
  }

  private dispatch(request: FakeRequest): FakeResponse {
    const denied = this.authorize(request)
    if (denied) return denied
    const failure = this.failures.find((f) => f.times > 0 && (!f.method || f.method === request.method) && f.path.test(request.path))
    if (failure) {
      failure.times--
      return failure.response
    }
    for (const route of this.routes) {
      if (route.method !== request.method) continue
      const match = route.pattern.exec(request.path)
      if (match) return route.handler(request, match.slice(1))
    }
    return this.notFound
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

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}
