// A fake Fedora dist-git (Pagure) and Bodhi on 127.0.0.1, answering in the
// shapes of their APIs (https://src.fedoraproject.org/api/0/, Bodhi's
// services/ in https://github.com/fedora-infra/bodhi) and with Pagure's own
// semantics where they matter: server-side `pattern` (`*` → SQL `%`, ILIKE
// with `_` as a wildcard, exact and case-sensitive without a star),
// `username` matching direct and group access (not ticket), forks unless
// fork=false, offset pagination ordered by lower-cased name, per_page 1..100,
// a 504 for an unfiltered listing of a prolific user, and a group endpoint
// that ignores `pattern` and lists every namespace and forks.
// Faults (status storms, 429 with Retry-After, connection resets, hangs),
// latency and data changes between pages can be injected. A route neither
// service has fails the test, and so does a fault that never fired. The fake
// Fedora koji hub comes along (fake-fedora-koji.ts): by default its package
// lists are derived from the same data as koji holds them once release
// engineering has caught up; a world may give its own tags and builds.
// For the triage commands and adopt it also plays Bodhi's updates query
// (comma lists of packages, releases and statuses, as Bodhi's schemas read
// them), raw spec files, project ACLs, the orphan plugin (status and
// take_orphan, which needs the token) and whoami; a write can be applied and
// its answer lost (`apply-then-reset`).

import type { IncomingMessage, ServerResponse } from 'node:http'
import { openAt, startFakeHttp, unknownRoute, type FakeServer, type RecordedRequest } from '../helpers/fake-http-server.js'
import type { FakeData, FakeProject } from './distgit-fixtures.js'
import { kojiTagsFor, startFakeFedoraKoji, type FakeFedoraKoji, type FakeFedoraKojiOptions, type FakeKojiTags, type KojiTagsOptions } from './fake-fedora-koji.js'

export type FaultAction = { status: number; headers?: Record<string, string>; body?: string } | 'reset' | 'hang' | 'apply-then-reset'

export interface FaultRule {
  /** Tested against the request path and query as received. */
  match: RegExp | ((url: URL) => boolean)
  /** How many matching requests get the fault (default: all, and at least one). Fewer matching requests fail the test. */
  times?: number
  action: FaultAction
}

export type Route = 'projects' | 'group' | 'members' | 'alias' | 'branches' | 'dead' | 'releases' | 'updates' | 'spec' | 'acl' | 'orphan' | 'take' | 'whoami' | 'other'

export interface FakeDistgitOptions {
  /** Time from a request's arrival to its answer (the benchmark's injected latency). */
  latencyMs?: number
  /** An unfiltered user listing with more accessible projects than this answers 504 (Pagure's gateway timeout). Default 200. */
  unfilteredLimit?: number
  faults?: FaultRule[]
  /** Called before a listing page is answered; may change `data` (to play a listing that shifts between pages). */
  beforePage?: (route: 'projects' | 'group', page: number, data: FakeData) => void
  /** Leave `total_projects` out of listings. */
  omitTotals?: boolean
  /** The dist-git API token whoami and take_orphan accept, and its user. */
  token?: string
  tokenUser?: string
  /** Hold the first dist-git answers until this many requests are in flight at once (concurrency tests; see openAt). */
  gate?: number
  /**
   * Render each distinct dist-git answer once and replay it (benchmarks, whose data never changes). The
   * fake renders on one thread, so a burst of requests would otherwise reach it one render after another,
   * a delay a real service, answering concurrent requests in parallel, does not add.
   */
  memoize?: boolean
  /** The koji hub: its tags (default: package lists derived from the data when the fake starts), latency (default the same), faults. */
  koji?: FakeFedoraKojiOptions & KojiTagsOptions & { tags?: FakeKojiTags }
}

export interface FakeDistgit {
  distgitUrl: string
  bodhiUrl: string
  /** The Fedora koji hub's XML-RPC endpoint. */
  kojiUrl: string
  koji: FakeFedoraKoji
  data: FakeData
  distgit: FakeServer
  bodhi: FakeServer
  /** Requests per route, both servers. */
  counts: Record<Route, number>
  /** All requests of both servers in arrival order. */
  log: Array<{ route: Route; url: string; headers: RecordedRequest['headers'] }>
  /** Highest number of requests in flight at once on the dist-git server. */
  readonly maxInFlight: number
  /** Clears the log and counters; `gate` arms a new gate for the next run. */
  reset(options?: { gate?: number }): void
  close(): Promise<void>
}

const LEVELS = ['owner', 'admin', 'commit', 'collaborator', 'ticket'] as const
const GROUP_LEVELS = ['admin', 'commit', 'collaborator', 'ticket'] as const

export async function startFakeDistgit(data: FakeData, options: FakeDistgitOptions = {}): Promise<FakeDistgit> {
  const counts = zeroCounts()
  const log: FakeDistgit['log'] = []
  const used = new Map<FaultRule, number>()
  let inFlight = 0
  let maxInFlight = 0
  let gate = options.gate === undefined ? undefined : openAt(options.gate)

  const rendered = new Map<string, { answer: Answer; text: string }>()
  const serve = (handler: (url: URL, req: RecordedRequest) => Answer, gated = false) => async (req: RecordedRequest, res: ServerResponse, raw: IncomingMessage) => {
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      if (gated) await gate?.pass()
      const arrived = performance.now()
      const url = new URL(req.url, 'http://fake')
      const route = routeOf(url)
      counts[route]++
      log.push({ route, url: req.url, headers: req.headers })
      const rule = (options.faults ?? []).find((f) => (typeof f.match === 'function' ? f.match(url) : f.match.test(req.url)) && (used.get(f) ?? 0) < (f.times ?? Infinity))
      if (rule) used.set(rule, (used.get(rule) ?? 0) + 1)
      // The answer is rendered on arrival and sent latencyMs after it: the fake's own CPU time is not part of
      // the latency it plays, and concurrent answers do not queue behind each other's rendering as they
      // would not on a real service.
      const memo = rule === undefined && gated && options.memoize ? rendered.get(req.url) : undefined
      const answer = memo?.answer ?? (rule === undefined ? handler(url, req) : undefined)
      const text = memo?.text ?? (answer === undefined ? undefined : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body))
      if (!memo && answer && text !== undefined && gated && options.memoize) rendered.set(req.url, { answer, text })
      const wait = (options.latencyMs ?? 0) - (performance.now() - arrived)
      if (options.latencyMs && wait > 0) await new Promise((r) => setTimeout(r, wait))
      if (rule) {
        if (rule.action === 'apply-then-reset') {
          handler(url, req)
          raw.socket.destroy()
          return
        }
        if (rule.action === 'hang') return
        if (rule.action === 'reset') {
          raw.socket.destroy()
          return
        }
        res.writeHead(rule.action.status, { 'content-type': 'text/html', ...rule.action.headers })
        res.end(rule.action.body ?? `<html><body>${rule.action.status}</body></html>`)
        return
      }
      res.writeHead(answer!.status, { 'content-type': answer!.type ?? 'application/json' })
      res.end(text)
    } finally {
      inFlight--
    }
  }

  const distgit = await startFakeHttp(serve((url, req) => ownership(url, req, data, options) ?? pagure(url, req, data, options), true))
  const bodhi = await startFakeHttp(serve((url, req) => (url.pathname === '/updates/' ? updates(url, req, data) : releases(url, req, data))))
  const { tags, ...kojiOptions } = options.koji ?? {}
  const koji = await startFakeFedoraKoji(tags ?? kojiTagsFor(data, kojiOptions), { latencyMs: options.latencyMs, ...kojiOptions })
  return {
    distgitUrl: distgit.url,
    bodhiUrl: bodhi.url,
    kojiUrl: koji.hubUrl,
    koji,
    data,
    distgit,
    bodhi,
    counts,
    log,
    get maxInFlight() {
      return maxInFlight
    },
    reset(next = {}) {
      gate = next.gate === undefined ? undefined : openAt(next.gate)
      Object.assign(counts, zeroCounts())
      log.length = 0
      maxInFlight = 0
      distgit.requests.length = 0
      bodhi.requests.length = 0
      koji.reset()
    },
    async close() {
      const unfired = (options.faults ?? [])
        .filter((f) => (used.get(f) ?? 0) < (f.times ?? 1))
        .map((f) => `${String(f.match)}: fired ${used.get(f) ?? 0} of ${f.times ?? 'at least 1'} time(s)`)
      const problems = unfired.length > 0 ? [`injected faults that did not fire as the test expects:\n${unfired.join('\n')}`] : []
      for (const server of [distgit, bodhi, koji]) await server.close().catch((e: unknown) => problems.unshift(e instanceof Error ? e.message : String(e)))
      if (problems.length > 0) throw new Error(problems.join('\n'))
    }
  }
}

interface Answer {
  status: number
  body: unknown
  type?: string
}

function zeroCounts(): Record<Route, number> {
  return { projects: 0, group: 0, members: 0, alias: 0, branches: 0, dead: 0, releases: 0, updates: 0, spec: 0, acl: 0, orphan: 0, take: 0, whoami: 0, other: 0 }
}

function routeOf(url: URL): Route {
  const p = url.pathname
  if (p === '/api/0/projects') return 'projects'
  if (/^\/api\/0\/group\/[^/]+$/.test(p)) return url.searchParams.get('projects') ? 'group' : 'members'
  if (p === '/extras/pagure_owner_alias.json') return 'alias'
  if (/^\/api\/0\/rpms\/[^/]+\/git\/branches$/.test(p)) return 'branches'
  if (/^\/rpms\/[^/]+\/raw\/[^/]+\/f\/dead\.package$/.test(p)) return 'dead'
  if (p === '/releases/') return 'releases'
  if (p === '/updates/') return 'updates'
  if (/^\/rpms\/[^/]+\/raw\/[^/]+\/f\/[^/]+$/.test(p)) return 'spec'
  if (/^\/api\/0\/rpms\/[^/]+$/.test(p)) return 'acl'
  if (/^\/_dg\/orphan\/rpms\/[^/]+$/.test(p)) return 'orphan'
  if (/^\/_dg\/take_orphan\/rpms\/[^/]+$/.test(p)) return 'take'
  if (p === '/api/0/-/whoami') return 'whoami'
  return 'other'
}

const notFound = (error: string, code: string): Answer => ({ status: 404, body: { error, error_code: code } })

function pagure(url: URL, req: RecordedRequest, data: FakeData, o: FakeDistgitOptions): Answer {
  const p = url.pathname
  const q = url.searchParams
  if (p === '/api/0/projects') return userListing(url, data, o)
  const group = /^\/api\/0\/group\/([^/]+)$/.exec(p)
  if (group) {
    const g = data.groups.find((x) => x.name === decodeURIComponent(group[1]))
    if (!g) return notFound('Group not found', 'ENOGROUP')
    const head = { name: g.name, display_name: g.name, group_type: 'user', members: g.members }
    if (q.get('projects') !== 'true' && q.get('projects') !== '1') return { status: 200, body: head }
    // Upstream reads neither pattern, namespace nor fork here.
    const select = (): FakeProject[] => sortByName(data.projects.filter((x) => !x.deleted && GROUP_LEVELS.some((l) => x.groups?.[l]?.includes(g.name))))
    return page(url, 'group', select, head, data, o)
  }
  if (p === '/extras/pagure_owner_alias.json') {
    const out: Record<string, Record<string, string[]>> = { rpms: {}, container: {}, modules: {} }
    for (const x of data.projects) {
      if (x.deleted || x.forkOf) continue
      const users = [...(x.users?.owner ?? []), ...(x.users?.admin ?? []), ...(x.users?.commit ?? [])]
      ;(out[x.namespace ?? 'rpms'] ??= {})[x.name] = [...new Set(users)]
    }
    return { status: 200, body: out }
  }
  const branches = /^\/api\/0\/rpms\/([^/]+)\/git\/branches$/.exec(p)
  if (branches) {
    const x = rpm(data.projects, decodeURIComponent(branches[1]))
    if (!x) return notFound('Project not found', 'ENOPROJECT')
    const list = x.branches ?? ['rawhide']
    return { status: 200, body: { branches: list, total_branches: list.length } }
  }
  const dead = /^\/rpms\/([^/]+)\/raw\/([^/]+)\/f\/dead\.package$/.exec(p)
  if (dead) {
    const x = rpm(data.projects, decodeURIComponent(dead[1]))
    const b = decodeURIComponent(dead[2])
    if (x && (x.branches ?? ['rawhide']).includes(b) && x.dead?.includes(b)) return { status: 200, body: 'Orphaned for more than 6 weeks\n', type: 'text/plain' }
    return { status: 404, body: '<html><body>Not Found</body></html>', type: 'text/html' }
  }
  return unknownRoute(req)
}

/** The live rpms project of that name (a linear scan: the fixtures are small enough). */
function rpm(projects: FakeProject[], name: string): FakeProject | undefined {
  return projects.find((x) => x.name === name && !x.deleted && (x.namespace ?? 'rpms') === 'rpms' && !x.forkOf)
}

function userListing(url: URL, data: FakeData, o: FakeDistgitOptions): Answer {
  const q = url.searchParams
  const user = q.get('username')
  const select = (): FakeProject[] => {
    let list = data.projects.filter((x) => !x.deleted)
    const ns = q.get('namespace')
    if (ns) list = list.filter((x) => (x.namespace ?? 'rpms') === ns)
    const forks = q.get('fork')
    list = list.filter((x) => x.forkOf === undefined || (forks !== 'false' && forks !== '0' && x.forkOf === user))
    // The name filter first: it is the cheap one (the fake's CPU time is not meant to add to its injected latency).
    const pattern = q.get('pattern')
    if (pattern !== null) list = list.filter(patternMatcher(pattern))
    if (user) {
      const groups = userGroups(data, user)
      list = list.filter((x) => (x.forkOf !== undefined ? x.forkOf === user : accessible(x, user, groups)))
    }
    return sortByName(list)
  }
  if (q.get('pattern') === null && user && select().length > (o.unfilteredLimit ?? 200)) {
    return { status: 504, body: '<html><body><h1>504 Gateway Time-out</h1></body></html>', type: 'text/html' }
  }
  return page(url, 'projects', select, {}, data, o)
}

/** Upstream: creator or admin/commit/collaborator, directly or through a group; ticket grants are not matched. */
function accessible(x: FakeProject, user: string, groups: ReadonlySet<string>): boolean {
  if ((['owner', 'admin', 'commit', 'collaborator'] as const).some((l) => x.users?.[l]?.includes(user))) return true
  return (['admin', 'commit', 'collaborator'] as const).some((l) => x.groups?.[l]?.some((g) => groups.has(g)))
}

function userGroups(data: FakeData, user: string): Set<string> {
  return new Set(data.groups.filter((g) => g.members.includes(user)).map((g) => g.name))
}

/** Pagure: every `*` becomes `%`; with a `%` the match is ILIKE (`_` is one character), else exact and case-sensitive. */
function patternMatcher(pattern: string): (x: FakeProject) => boolean {
  const sql = pattern.replace(/\*/g, '%')
  if (!sql.includes('%')) return (x) => x.name === sql
  const re = new RegExp(`^${[...sql].map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'is')
  return (x) => re.test(x.name)
}

function sortByName(list: FakeProject[]): FakeProject[] {
  const keyed = list.map((x) => ({ key: x.name.toLowerCase(), x }))
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return keyed.map((k) => k.x)
}

/** One page of a listing; the list is selected after the beforePage hook ran, as a live database would answer. */
function page(url: URL, route: 'projects' | 'group', select: () => FakeProject[], head: Record<string, unknown>, data: FakeData, o: FakeDistgitOptions): Answer {
  const q = url.searchParams
  const perPage = Number(q.get('per_page') ?? 20)
  const pageNo = Number(q.get('page') ?? 1)
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    return { status: 400, body: { error: 'Invalid or incomplete input submitted', error_code: 'EINVALIDPERPAGE', errors: 'per_page must be between 1 and 100' } }
  }
  if (!Number.isInteger(pageNo) || pageNo < 1) return { status: 400, body: { error: 'Invalid or incomplete input submitted', error_code: 'EINVALIDREQ' } }
  o.beforePage?.(route, pageNo, data)
  const list = select()
  const pages = Math.ceil(list.length / perPage)
  const link = (n: number): string => {
    const u = new URL(url.href)
    u.searchParams.set('page', String(n))
    return `https://src.fedoraproject.org${u.pathname}${u.search}`
  }
  const args: Record<string, unknown> = {}
  for (const [k, v] of url.searchParams) args[k] = v
  const body: Record<string, unknown> = {
    ...head,
    args,
    pagination: {
      page: pageNo, pages, per_page: perPage,
      next: pageNo < pages ? link(pageNo + 1) : null,
      prev: pageNo > 1 ? link(pageNo - 1) : null,
      first: link(1), last: link(Math.max(1, pages))
    },
    projects: list.slice((pageNo - 1) * perPage, pageNo * perPage).map(render)
  }
  if (!o.omitTotals) body['total_projects'] = list.length
  return { status: 200, body }
}

function render(x: FakeProject): Record<string, unknown> {
  const ns = x.namespace ?? 'rpms'
  const users: Record<string, string[]> = {}
  for (const l of LEVELS) users[l] = [...(x.users?.[l] ?? [])]
  if (x.forkOf) users['owner'] = [x.forkOf]
  const groups: Record<string, string[]> = {}
  for (const l of GROUP_LEVELS) groups[l] = [...(x.groups?.[l] ?? [])]
  return {
    name: x.name,
    namespace: ns,
    fullname: x.forkOf ? `forks/${x.forkOf}/${ns}/${x.name}` : `${ns}/${x.name}`,
    parent: x.forkOf ? { fullname: `${ns}/${x.name}` } : null,
    access_users: users,
    access_groups: groups
  }
}

function releases(url: URL, req: RecordedRequest, data: FakeData): Answer {
  if (url.pathname !== '/releases/') return unknownRoute(req)
  // Bodhi picks its HTML view unless JSON is asked for.
  if (!String(req.headers['accept'] ?? '').includes('application/json')) return { status: 200, body: '<!DOCTYPE html><html><body>Bodhi</body></html>', type: 'text/html' }
  const q = url.searchParams
  const rows = Number(q.get('rows_per_page') ?? 20)
  if (!Number.isInteger(rows) || rows < 1 || rows > 1000) return { status: 400, body: { status: 'error', errors: [{ location: 'querystring', name: 'rows_per_page', description: `${rows} is greater than maximum value 1000` }] } }
  const pageNo = Number(q.get('page') ?? 1)
  const all = q.get('exclude_archived') === 'true' ? data.releases.filter((r) => r.state !== 'archived') : data.releases
  const pages = Math.ceil(all.length / rows)
  const list = all.slice((pageNo - 1) * rows, pageNo * rows).map((r) => ({ ...r, dist_tag: r.dist_tag ?? r.branch, stable_tag: r.stable_tag ?? `${r.dist_tag ?? r.branch ?? 'x'}-updates`, candidate_tag: `${r.dist_tag ?? r.branch ?? 'x'}-updates-candidate`, testing_tag: `${r.dist_tag ?? r.branch ?? 'x'}-updates-testing` }))
  return { status: 200, body: { releases: list, page: pageNo, pages, rows_per_page: rows, total: all.length } }
}

/** The routes adopt, semver-audit and triage-updates add; undefined for the routes `pagure` answers. */
function ownership(url: URL, req: RecordedRequest, data: FakeData, o: FakeDistgitOptions): Answer | undefined {
  const p = url.pathname
  const authorized = (): boolean => o.token !== undefined && req.headers['authorization'] === `token ${o.token}`
  const refused: Answer = { status: 401, body: { error: 'Invalid or expired token. Please visit https://src.fedoraproject.org/settings#nav-api-tab to get or renew your API token.', error_code: 'EINVALIDTOK' } }
  if (p === '/api/0/-/whoami') {
    if (req.method !== 'POST') return { status: 405, body: { error: 'Method not allowed' } }
    return authorized() ? { status: 200, body: { username: o.tokenUser ?? 'packager' } } : refused
  }
  const raw = /^\/rpms\/([^/]+)\/raw\/([^/]+)\/f\/([^/]+)$/.exec(p)
  if (raw && raw[3] !== 'dead.package') {
    const x = rpm(data.projects, decodeURIComponent(raw[1]))
    const branch = decodeURIComponent(raw[2])
    const file = decodeURIComponent(raw[3])
    if (x && file === `${x.name}.spec` && (x.branches ?? ['rawhide']).includes(branch) && x.spec !== undefined && !x.dead?.includes(branch)) {
      return { status: 200, body: x.spec, type: 'text/plain; charset=utf-8' }
    }
    return { status: 404, body: '<html><body>Not Found</body></html>', type: 'text/html' }
  }
  const acl = /^\/api\/0\/rpms\/([^/]+)$/.exec(p)
  if (acl) {
    const x = rpm(data.projects, decodeURIComponent(acl[1]))
    return x ? { status: 200, body: render(x) } : notFound('Project not found', 'ENOPROJECT')
  }
  const orphan = /^\/_dg\/orphan\/rpms\/([^/]+)$/.exec(p)
  if (orphan) {
    const x = rpm(data.projects, decodeURIComponent(orphan[1]))
    if (!x) return notFound('Project not found', 'ENOPROJECT')
    const isOrphan = x.users?.owner?.includes('orphan') ?? false
    return { status: 200, body: { orphan: isOrphan, reason: isOrphan ? x.orphanReason?.reason ?? '' : '', reason_info: isOrphan ? x.orphanReason?.reason_info ?? '' : '' } }
  }
  const take = /^\/_dg\/take_orphan\/rpms\/([^/]+)$/.exec(p)
  if (take) {
    if (req.method !== 'POST') return { status: 405, body: { error: 'Method not allowed' } }
    if (!authorized()) return refused
    const x = rpm(data.projects, decodeURIComponent(take[1]))
    if (!x) return notFound('Project not found', 'ENOPROJECT')
    if (!(x.users?.owner?.includes('orphan') ?? false)) return { status: 400, body: { error: 'Invalid or incomplete input submitted', error_code: 'EINVALIDREQ', errors: 'The package is not orphaned' } }
    if (x.dead?.includes('rawhide')) return { status: 400, body: { error: 'Invalid or incomplete input submitted', error_code: 'EINVALIDREQ', errors: 'Retired packages need a release engineering ticket' } }
    const user = o.tokenUser ?? 'packager'
    x.users = { ...x.users, owner: [user] }
    return { status: 200, body: { point_of_contact: user } }
  }
  return undefined
}

/** Bodhi's updates query: comma lists (and repeats) of packages, releases and statuses, paged. */
function updates(url: URL, req: RecordedRequest, data: FakeData): Answer {
  if (!String(req.headers['accept'] ?? '').includes('application/json')) return { status: 200, body: '<!DOCTYPE html><html><body>Bodhi</body></html>', type: 'text/html' }
  const q = url.searchParams
  for (const name of q.keys()) if (!['packages', 'releases', 'status', 'rows_per_page', 'page', 'chrome'].includes(name)) throw new Error(`fake bodhi: unexpected updates parameter ${name}`)
  const list = (name: string): string[] => q.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
  const packages = list('packages')
  const rels = list('releases')
  const statuses = list('status')
  const rows = Number(q.get('rows_per_page') ?? 20)
  if (!Number.isInteger(rows) || rows < 1 || rows > 1000) return { status: 400, body: { status: 'error', errors: [{ location: 'querystring', name: 'rows_per_page', description: `${rows} is greater than maximum value 1000` }] } }
  for (const r of rels) if (!data.releases.some((x) => x.name === r)) return { status: 400, body: { status: 'error', errors: [{ location: 'querystring', name: 'releases', description: `Invalid releases specified: ${r}` }] } }
  const pageNo = Number(q.get('page') ?? 1)
  const nameOf = (nvr: string): string => nvr.replace(/-[^-]+-[^-]+$/, '')
  const all = (data.updates ?? []).filter((u) =>
    (packages.length === 0 || u.builds.some((b) => packages.includes(nameOf(b)))) &&
    (rels.length === 0 || rels.includes(u.release)) &&
    (statuses.length === 0 || statuses.includes(u.status)))
  const pages = Math.ceil(all.length / rows)
  const page = all.slice((pageNo - 1) * rows, pageNo * rows).map((u) => ({
    alias: u.alias, status: u.status, type: 'enhancement', title: u.builds.join(' '),
    release: { name: u.release, long_name: u.release, id_prefix: data.releases.find((r) => r.name === u.release)?.id_prefix ?? 'FEDORA' },
    builds: u.builds.map((nvr) => ({ nvr, type: 'rpm', signed: true })),
    url: `https://bodhi.fedoraproject.org/updates/${u.alias}`,
  }))
  return { status: 200, body: { updates: page, page: pageNo, pages, rows_per_page: rows, total: all.length, chrome: false, display_user: true } }
}
