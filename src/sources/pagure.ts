// The dist-git interface over Pagure (src.fedoraproject.org; its API is
// documented at https://src.fedoraproject.org/api/0/, the calls poi-tracker
// makes in docs/poi-tracker-compatibility.md, "Fedora dist-git and Bodhi").
// Every listing is read completely and checked against the server's own total
// before anyone may act on what is missing from it.

import * as v from 'valibot'
import { HttpClient, type HostStats, type HttpClientOptions, type Query } from './http.js'
import { pathOf, validateName } from './names.js'
import { decodeJson } from './schema.js'
import { quoted } from '../core/text.js'
import { type DistGit, type DistGitOwnership, type DistGitProject, ListingIncompleteError, type OrphanInfo, type ProjectListing } from './distgit.js'

const AclSchema = v.object({
  access_users: v.object({ owner: v.optional(v.array(v.string()), []) }),
  access_groups: v.record(v.string(), v.unknown()),
})
const OrphanSchema = v.object({ orphan: v.boolean(), reason: v.optional(v.nullable(v.string()), ''), reason_info: v.optional(v.nullable(v.string()), '') })
const WhoamiSchema = v.object({ username: v.pipe(v.string(), v.minLength(1)) })
const TakeOrphanSchema = v.object({ point_of_contact: v.pipe(v.string(), v.minLength(1)) })

export interface PagureOptions extends Omit<HttpClientOptions, 'service' | 'baseUrl'> {
  baseUrl: string
  /** Pagure page size, 1..100 (default 100). */
  perPage?: number
}

/** A page count beyond this is a broken answer, not a listing to walk. */
const MAX_PAGES = 2000

/** Client-side patterns the Pagure query can express as a superset: name characters and one trailing `*`. */
export const PATTERN_SYNTAX = /^[A-Za-z0-9._+-]*\*?$/

/**
 * The `pattern=` value sent for a client-side pattern. Pagure compares an
 * unstarred pattern case-sensitively and exactly, and a starred one with
 * ILIKE (where `_` is a wildcard), while the client-side matcher is a
 * case-insensitive literal. Sending the starred form always yields a superset
 * of the client-side match, so additions and the prune scope agree after the
 * caller filters (README, "Fixed gaps", item 5).
 */
export function serverPattern(pattern: string): string | undefined {
  if (pattern === '') return undefined
  return pattern.endsWith('*') ? pattern : `${pattern}*`
}

// Pagure's answers (https://src.fedoraproject.org/api/0/), the fields read.
const Names = v.array(v.string())
const AccessLevels = v.object({
  owner: v.optional(Names, []), admin: v.optional(Names, []), commit: v.optional(Names, []), collaborator: v.optional(Names, []), ticket: v.optional(Names, []),
})
const Project = v.object({
  name: v.string(),
  fullname: v.optional(v.string()),
  access_users: v.optional(AccessLevels, {}),
  access_groups: v.optional(AccessLevels, {}),
})
const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
const ListingPage = v.object({
  projects: v.array(Project),
  pagination: v.optional(v.object({ pages: Count })),
  total_projects: v.optional(Count),
})
const Group = v.object({ members: Names })
const OwnerAlias = v.object({ rpms: v.record(v.string(), Names) })
const Branches = v.object({ branches: Names })

interface Page {
  projects: DistGitProject[]
  pages: number
  total?: number
}

export class PagureDistGit implements DistGit, DistGitOwnership {
  readonly kind = 'pagure'
  readonly http: HttpClient
  readonly perPage: number

  constructor(options: PagureOptions) {
    const { perPage = 100, ...http } = options
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) throw new RangeError(`per-page must be 1..100 (Pagure answers 400 otherwise), got ${perPage}`)
    this.perPage = perPage
    this.http = new HttpClient({ ...http, service: 'distgit' })
  }

  get baseUrl(): string {
    return this.http.baseUrl
  }

  async listUserProjects(user: string, pattern?: string): Promise<ProjectListing> {
    validateName('user', user)
    if (pattern !== undefined && !PATTERN_SYNTAX.test(pattern)) throw new RangeError(`pattern ${quoted(pattern)} may only hold package-name characters and one trailing "*"`)
    const server = pattern === undefined ? undefined : serverPattern(pattern)
    // Parameters in the order poi-tracker sends them; `short` is never sent because the ACLs are needed.
    const query = (page: number): Query => ({ namespace: 'rpms', fork: 'false', username: user, per_page: this.perPage, page, pattern: server })
    return this.#listing('/api/0/projects', query, `projects of user ${user}${server ? ` matching ${server}` : ''}`)
  }

  async listGroupProjects(group: string): Promise<ProjectListing> {
    // Pagure's group endpoint reads neither pattern, namespace nor fork: one listing of the whole group, filtered here.
    const query = (page: number): Query => ({ projects: 'true', per_page: this.perPage, page })
    return this.#listing(pathOf('api', '0', 'group', validateName('group', group)), query, `projects of group ${group}`)
  }

  async groupMembers(group: string): Promise<string[]> {
    return (await this.http.getJson(pathOf('api', '0', 'group', validateName('group', group)), Group)).members
  }

  async maintainerIndex(): Promise<Map<string, string[]>> {
    const dump = await this.http.getJson('/extras/pagure_owner_alias.json', OwnerAlias)
    return new Map(Object.entries(dump.rpms))
  }

  async branches(pkg: string): Promise<string[] | undefined> {
    const path = pathOf('api', '0', 'rpms', validateName('package', pkg), 'git', 'branches')
    return this.http.requestAs({ path, headers: { accept: 'application/json' }, okStatuses: [404] }, (res) =>
      res.status === 404 ? undefined : decodeJson(Branches, res, `the branches of ${pkg}`).branches)
  }

  async isRetired(pkg: string, branch: string): Promise<boolean> {
    const path = pathOf('rpms', validateName('package', pkg), 'raw', validateName('branch', branch), 'f', 'dead.package')
    const res = await this.http.request({ path, okStatuses: [404] })
    return res.status !== 404
  }

  /** A file of a branch (`/rpms/<pkg>/raw/<branch>/f/<file>`); undefined on 404. */
  async rawFile(pkg: string, branch: string, file: string): Promise<string | undefined> {
    const path = pathOf('rpms', validateName('package', pkg), 'raw', validateName('branch', branch), 'f', validateName('package', file))
    const res = await this.http.request({ path, okStatuses: [404] })
    return res.status === 404 ? undefined : res.text()
  }

  /** The package's spec file on a branch (`<pkg>.spec`); undefined on 404. */
  specFile(pkg: string, branch = 'rawhide'): Promise<string | undefined> {
    return this.rawFile(pkg, branch, `${pkg}.spec`)
  }

  async owners(pkg: string): Promise<string[] | undefined> {
    const path = pathOf('api', '0', 'rpms', validateName('package', pkg))
    const res = await this.http.requestAs({ path, headers: { accept: 'application/json' }, okStatuses: [404] }, (r) =>
      r.status === 404 ? undefined : decodeJson(AclSchema, r, `the ACLs of ${pkg}`))
    return res?.access_users.owner
  }

  async orphanInfo(pkg: string): Promise<OrphanInfo> {
    const doc = await this.http.getJson(pathOf('_dg', 'orphan', 'rpms', validateName('package', pkg)), OrphanSchema)
    return { orphan: doc.orphan, reason: doc.reason ?? '', reasonInfo: doc.reason_info ?? '' }
  }

  async whoami(): Promise<string> {
    const res = await this.http.requestAs(
      { method: 'POST', path: '/api/0/-/whoami', headers: { accept: 'application/json' }, idempotent: true },
      (r) => decodeJson(WhoamiSchema, r, 'the whoami answer'))
    return res.username
  }

  async takeOrphan(pkg: string): Promise<string> {
    const path = pathOf('_dg', 'take_orphan', 'rpms', validateName('package', pkg))
    const res = await this.http.requestAs(
      { method: 'POST', path, headers: { accept: 'application/json' }, idempotent: false },
      (r) => decodeJson(TakeOrphanSchema, r, `the answer to taking ${pkg}`))
    return res.point_of_contact
  }

  stats(): Record<string, HostStats> {
    return this.http.stats()
  }

  close(): Promise<void> {
    return this.http.close()
  }

  /**
   * Reads every page of a listing (page 1 first, the rest concurrently; the
   * client bounds requests in flight). Offset pagination shifts when a
   * project appears or disappears between pages, so the listing must report
   * one total throughout and hold exactly that many distinct projects; one
   * full re-read is tried before giving up (README, "Completeness").
   */
  async #listing(path: string, query: (page: number) => Query, what: string): Promise<ProjectListing> {
    let requests = 0
    for (let read = 1; ; read++) {
      const first = await this.#page(path, query(1))
      const pages = Math.min(first.pages, MAX_PAGES)
      if (first.pages > MAX_PAGES) throw new ListingIncompleteError(`dist-git: ${what}: the listing claims ${first.pages} pages`)
      const rest = await Promise.all(range(2, pages).map((p) => this.#page(path, query(p))))
      requests += pages
      const all = [first, ...rest]
      const totals = new Set(all.map((p) => p.total))
      const projects = all.flatMap((p) => p.projects)
      const distinct = new Set(projects.map((p) => p.fullname ?? p.name)).size
      if (totals.size === 1 && first.total === undefined) {
        return { ...rpmsOnly(projects), requests, verified: false }
      }
      const total = first.total
      if (totals.size === 1 && total === distinct) return { ...rpmsOnly(projects), requests, total, verified: true }
      if (read >= 2) {
        const seen = [...totals].map((t) => (t === undefined ? 'none' : String(t))).join(' then ')
        throw new ListingIncompleteError(
          `dist-git: ${what}: read ${distinct} distinct projects over ${pages} page(s) but the server reported a total of ${seen}, twice in a row; ` +
            'the listing changed while it was read (offset pagination), so it cannot be trusted for removals')
      }
    }
  }

  async #page(path: string, query: Query): Promise<Page> {
    const doc = await this.http.getJson(path, ListingPage, query)
    return { projects: doc.projects.map(project), pages: Math.max(1, doc.pagination?.pages ?? 1), total: doc.total_projects }
  }
}

function rpmsOnly(projects: DistGitProject[]): { projects: DistGitProject[]; dropped: number } {
  // Group listings span every namespace and forks, all under the bare name; a project without fullname is kept (as poi-tracker).
  const kept = projects.filter((p) => p.fullname === undefined || p.fullname.startsWith('rpms/'))
  return { projects: kept, dropped: projects.length - kept.length }
}

function project(raw: v.InferOutput<typeof Project>): DistGitProject {
  const { owner, admin, commit, collaborator, ticket } = raw.access_users
  const g = raw.access_groups
  const out: DistGitProject = { name: raw.name, users: { owner, admin, commit, collaborator, ticket }, groups: { admin: g.admin, commit: g.commit, collaborator: g.collaborator, ticket: g.ticket } }
  if (raw.fullname !== undefined) out.fullname = raw.fullname
  return out
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let i = from; i <= to; i++) out.push(i)
  return out
}
