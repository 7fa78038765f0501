// A fake Red Hat Bugzilla REST API on 127.0.0.1, built from the documented
// shapes (bugzilla.readthedocs.io "Bugs" and "Users" REST pages, and Red Hat
// Bugzilla's list-valued `component`/`version` and `cf_fixed_in` field):
// searches with "any of" lists, the email1/emailtype1 form parameters, offset
// pagination with `total_matches`, `include_fields`, reads by id, `PUT
// /rest/bug/{id}` with a comment, and `valid_login`. Bugs live in `bugs`, so a
// test can change one between planning and applying. Faults: statuses,
// resets, hangs, and a write that is applied before its connection is reset
// or left hanging (a lost response).

import type { IncomingMessage, ServerResponse } from 'node:http'
import { startFakeHttp, unknownRoute, type FakeServer, type RecordedRequest } from '../helpers/fake-http-server.js'

export interface FakeBug {
  id: number
  summary: string
  status: string
  resolution: string
  product: string
  component: string
  version: string[]
  priority: string
  assigned_to: string
  cf_fixed_in: string
  creator: string
  cc: string[]
  comments: string[]
}

export type BugzillaFaultAction =
  | { status: number; body?: unknown }
  | 'reset'
  | 'hang'
  /** Applies the write, then resets the connection: the client never sees the answer. */
  | 'apply-then-reset'
  /** Applies the write, then never answers (the client times out). */
  | 'apply-then-hang'

export interface BugzillaFault {
  method?: 'GET' | 'PUT'
  /** Tested against the path and query as received. */
  match: RegExp
  /** How many matching requests get the fault (default: all). */
  times?: number
  action: BugzillaFaultAction
}

export interface FakeBugzillaOptions {
  /** The only valid API key (default `test-key`). */
  apiKey?: string
  /** The login the key belongs to (default `bot@example.org`). */
  login?: string
  latencyMs?: number
  faults?: BugzillaFault[]
  /** Leave `total_matches` out of search answers. */
  omitTotal?: boolean
  /** The server's own cap on `limit`. */
  maxLimit?: number
  /** Called before every request is answered (e.g. a person editing a bug at that moment). */
  beforeAnswer?: (req: RecordedRequest, bugs: Map<number, FakeBug>) => void
}

export interface BugzillaWrite {
  id: number
  body: Record<string, unknown>
}

export interface FakeBugzilla {
  url: string
  server: FakeServer
  bugs: Map<number, FakeBug>
  /** Every PUT that was applied, in order. */
  writes: BugzillaWrite[]
  /** Requests per kind. */
  counts: { search: number; read: number; put: number; validLogin: number }
  reset(): void
  close(): Promise<void>
}

export const REPORTER = 'upstream-release-monitoring@fedoraproject.org'

/** A release-monitoring bug with the defaults of a freshly filed one. */
export function fakeBug(id: number, component: string, summary: string, extra: Partial<FakeBug> = {}): FakeBug {
  return {
    id, summary, status: 'NEW', resolution: '', product: 'Fedora', component, version: ['rawhide'], priority: 'unspecified',
    assigned_to: `${component}-maintainers@fedoraproject.org`, cf_fixed_in: '', creator: REPORTER, cc: [], comments: [], ...extra,
  }
}

const SEARCH_PARAMS = new Set(['component', 'product', 'reporter', 'bug_status', 'version', 'email1', 'emailassigned_to1', 'emailcc1', 'emailtype1', 'limit', 'offset', 'include_fields', 'id'])
const DEFAULT_FIELDS = ['id', 'summary', 'status', 'resolution', 'product', 'component', 'version', 'priority', 'assigned_to', 'creator']
const WRITABLE = new Set(['status', 'resolution', 'priority', 'cf_fixed_in', 'assigned_to', 'comment'])
const STATUSES = new Set(['NEW', 'ASSIGNED', 'POST', 'MODIFIED', 'ON_QA', 'VERIFIED', 'RELEASE_PENDING', 'CLOSED'])
const RESOLUTIONS = new Set(['ERRATA', 'CANTFIX', 'WONTFIX', 'NOTABUG', 'DUPLICATE', 'CURRENTRELEASE', 'RAWHIDE', 'UPSTREAM', 'EOL', 'DEFERRED', 'NEXTRELEASE', 'INSUFFICIENT_DATA', 'WORKSFORME'])
const PRIORITIES = new Set(['unspecified', 'low', 'medium', 'high', 'urgent'])

export async function startFakeBugzilla(initial: readonly FakeBug[], options: FakeBugzillaOptions = {}): Promise<FakeBugzilla> {
  const bugs = new Map(initial.map((b) => [b.id, structuredClone(b)]))
  const writes: BugzillaWrite[] = []
  const counts = { search: 0, read: 0, put: 0, validLogin: 0 }
  const used = new Map<BugzillaFault, number>()
  const key = options.apiKey ?? 'test-key'
  const login = options.login ?? 'bot@example.org'

  const handler = async (req: RecordedRequest, res: ServerResponse, raw: IncomingMessage): Promise<void> => {
    const url = new URL(req.url, 'http://fake')
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs))
    options.beforeAnswer?.(req, bugs)
    const fault = (options.faults ?? []).find((f) => (f.method === undefined || f.method === req.method) && f.match.test(req.url) && (used.get(f) ?? 0) < (f.times ?? Infinity))
    if (fault) used.set(fault, (used.get(fault) ?? 0) + 1)
    const action = fault?.action
    if (action === 'hang') return
    if (action === 'reset') {
      raw.socket.destroy()
      return
    }
    if (action !== undefined && typeof action === 'object') return send(res, action.status, action.body ?? { error: true, code: 32000, message: 'injected failure' })

    const auth = req.headers['authorization']
    if (auth !== undefined && auth !== `Bearer ${key}`) {
      return send(res, 400, { error: true, code: 306, message: 'The API key you specified is invalid. Please check that you typed it correctly.' })
    }
    const p = url.pathname
    if (req.method === 'GET' && p === '/rest/valid_login') {
      counts.validLogin++
      if (auth === undefined) return send(res, 400, { error: true, code: 50, message: 'The function requires a api_key argument, and that argument was not set.' })
      return send(res, 200, { result: url.searchParams.get('login') === login })
    }
    if (req.method === 'GET' && p === '/rest/bug') {
      for (const name of url.searchParams.keys()) if (!SEARCH_PARAMS.has(name)) throw new Error(`fake bugzilla: unexpected search parameter ${name}`)
      const fields = fieldList(url)
      if (url.searchParams.has('id')) {
        counts.read++
        const ids = url.searchParams.getAll('id').flatMap((x) => x.split(',')).map(Number)
        const found = ids.map((id) => bugs.get(id)).filter((b): b is FakeBug => b !== undefined)
        return send(res, 200, { bugs: found.map((b) => render(b, fields)), faults: [] })
      }
      counts.search++
      const matching = [...bugs.values()].filter((b) => matches(b, url.searchParams)).sort((a, b) => a.id - b.id)
      let limit = Number(url.searchParams.get('limit') ?? '0')
      if (options.maxLimit !== undefined && (limit === 0 || limit > options.maxLimit)) limit = options.maxLimit
      const offset = Number(url.searchParams.get('offset') ?? '0')
      const page = limit > 0 ? matching.slice(offset, offset + limit) : matching.slice(offset)
      const body: Record<string, unknown> = { bugs: page.map((b) => render(b, fields)), limit: String(limit), offset: String(offset) }
      if (!options.omitTotal) body['total_matches'] = matching.length
      return send(res, 200, body)
    }
    const one = /^\/rest\/bug\/(\d+)$/.exec(p)
    if (one && req.method === 'GET') {
      counts.read++
      const bug = bugs.get(Number(one[1]))
      if (!bug) return send(res, 404, { error: true, code: 101, message: `Bug #${one[1]} does not exist.` })
      return send(res, 200, { bugs: [render(bug, fieldList(url))], faults: [] })
    }
    if (one && req.method === 'PUT') {
      counts.put++
      if (auth === undefined) return send(res, 401, { error: true, code: 410, message: 'You must log in before using this part of Red Hat Bugzilla.' })
      const bug = bugs.get(Number(one[1]))
      if (!bug) return send(res, 404, { error: true, code: 101, message: `Bug #${one[1]} does not exist.` })
      if (!/^application\/json/.test(String(req.headers['content-type'] ?? ''))) throw new Error('fake bugzilla: a PUT without a JSON content type')
      const body = JSON.parse(req.body) as Record<string, unknown>
      const refused = validateUpdate(bug, body)
      if (refused) return send(res, 400, { error: true, code: 32000, message: refused })
      const changes = applyUpdate(bug, body)
      writes.push({ id: bug.id, body })
      if (action === 'apply-then-reset') {
        raw.socket.destroy()
        return
      }
      if (action === 'apply-then-hang') return
      return send(res, 200, { bugs: [{ id: bug.id, alias: [], last_change_time: '2026-05-02T00:00:00Z', changes }] })
    }
    unknownRoute(req)
  }

  const server = await startFakeHttp(handler)
  return {
    url: server.url,
    server,
    bugs,
    writes,
    counts,
    reset() {
      server.requests.length = 0
      writes.length = 0
      Object.assign(counts, { search: 0, read: 0, put: 0, validLogin: 0 })
    },
    close: () => server.close(),
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

function fieldList(url: URL): string[] {
  const raw = url.searchParams.get('include_fields')
  if (raw === null) return DEFAULT_FIELDS
  return raw.split(',').flatMap((f) => (f === '_default' ? DEFAULT_FIELDS : [f]))
}

function render(b: FakeBug, fields: readonly string[]): Record<string, unknown> {
  const full: Record<string, unknown> = { ...b, component: [b.component], comments: undefined, cc: b.cc }
  const out: Record<string, unknown> = {}
  for (const f of fields) if (f in full && full[f] !== undefined) out[f] = full[f]
  return out
}

function matches(b: FakeBug, q: URLSearchParams): boolean {
  const any = (name: string, value: string | readonly string[]): boolean => {
    const wanted = q.getAll(name)
    if (wanted.length === 0) return true
    const have = typeof value === 'string' ? [value] : value
    return wanted.some((w) => have.includes(w))
  }
  if (!any('component', b.component) || !any('product', b.product) || !any('version', b.version)) return false
  if (q.has('reporter') && q.get('reporter') !== b.creator) return false
  const status = q.getAll('bug_status')
  if (status.length > 0 && !status.some((s) => (s === '__open__' ? b.status !== 'CLOSED' : s === b.status))) return false
  const email = q.get('email1')
  if (email !== null) {
    if (q.get('emailtype1') !== 'equals') throw new Error('fake bugzilla: only emailtype1=equals is played')
    const viaAssignee = q.get('emailassigned_to1') === '1' && b.assigned_to === email
    const viaCc = q.get('emailcc1') === '1' && b.cc.includes(email)
    if (!viaAssignee && !viaCc) return false
  }
  return true
}

/** Bugzilla's own checks on the fields the bot writes. */
function validateUpdate(b: FakeBug, body: Record<string, unknown>): string | undefined {
  for (const k of Object.keys(body)) if (!WRITABLE.has(k)) throw new Error(`fake bugzilla: the bot wrote the field ${k}`)
  const status = body['status'] ?? b.status
  if (typeof status !== 'string' || !STATUSES.has(status)) return `There is no status named '${JSON.stringify(status)}'.`
  const resolution = body['resolution']
  if (resolution !== undefined && (typeof resolution !== 'string' || !RESOLUTIONS.has(resolution))) return `There is no Resolution named '${JSON.stringify(resolution)}'.`
  if (status === 'CLOSED' && resolution === undefined && b.resolution === '') return 'You must specify a resolution when changing the status of a bug to CLOSED.'
  if (status !== 'CLOSED' && resolution !== undefined) return 'You cannot set a resolution for open bugs.'
  const priority = body['priority']
  if (priority !== undefined && (typeof priority !== 'string' || !PRIORITIES.has(priority))) return `There is no Priority named '${JSON.stringify(priority)}'.`
  const comment = body['comment']
  if (comment !== undefined && (typeof comment !== 'object' || comment === null || typeof (comment as { body?: unknown }).body !== 'string')) return 'The comment is not a {body} object.'
  return undefined
}

function applyUpdate(b: FakeBug, body: Record<string, unknown>): Record<string, { added: string; removed: string }> {
  const changes: Record<string, { added: string; removed: string }> = {}
  const set = (field: 'status' | 'resolution' | 'priority' | 'cf_fixed_in' | 'assigned_to', value: string): void => {
    if (b[field] !== value) changes[field] = { added: value, removed: b[field] }
    b[field] = value
  }
  for (const f of ['status', 'resolution', 'priority', 'cf_fixed_in', 'assigned_to'] as const) {
    const value = body[f]
    if (typeof value === 'string') set(f, value)
  }
  if (b.status !== 'CLOSED' && b.resolution !== '') set('resolution', '')
  const comment = body['comment'] as { body: string } | undefined
  if (comment) b.comments.push(comment.body)
  return changes
}
