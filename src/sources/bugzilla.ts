// Bugzilla REST (Red Hat Bugzilla) on the project's HTTP layer: searches
// with pinned fields, offset pagination that stops on an empty page, many
// components or ids per request, the API key check, and the two writes the
// apply step makes (a bug update carrying its comment). The key travels only
// as an Authorization header to the configured Bugzilla: HttpClient refuses
// it over plain http to a non-loopback host and strips it on redirects to
// another origin.

import * as v from 'valibot'
import { HttpClient, RemoteError, type HostStats, type HttpClientOptions, type Query } from './http.js'
import { decodeJson } from './schema.js'

/** The account Anitya / the-new-hotness files "X is available" bugs under. */
export const RELEASE_MONITORING = 'upstream-release-monitoring@fedoraproject.org'
/** Release-monitoring bugs live in both products. */
export const PRODUCTS = ['Fedora', 'Fedora EPEL'] as const

/**
 * Fields asked for on every read. Named one by one (no `_default`) so that a
 * Bugzilla that leaves one out fails the schema instead of, say, every run
 * re-posting a MODIFIED comment because `cf_fixed_in` looked empty
 * (README, "Plans", open question 5).
 */
export const BUG_FIELDS = ['id', 'summary', 'status', 'resolution', 'product', 'component', 'version', 'priority', 'assigned_to', 'cf_fixed_in'] as const

export interface Bug {
  id: number
  summary: string
  status: string
  resolution: string
  product: string
  component: string[]
  version: string[]
  priority: string
  assigned_to: string
  cf_fixed_in: string
}

// Red Hat Bugzilla answers `component` and `version` as lists, upstream
// Bugzilla as strings: both are accepted and read as lists.
const stringList = v.pipe(v.union([v.array(v.string()), v.string()]), v.transform((x) => (typeof x === 'string' ? [x] : x)))

export const BugSchema = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  summary: v.string(),
  status: v.string(),
  resolution: v.string(),
  product: v.string(),
  component: stringList,
  version: stringList,
  priority: v.string(),
  assigned_to: v.string(),
  cf_fixed_in: v.string(),
})

const SearchSchema = v.object({
  bugs: v.array(BugSchema),
  total_matches: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
})

const ValidLoginSchema = v.object({ result: v.boolean() })

const UpdateSchema = v.looseObject({
  error: v.optional(v.boolean()),
  message: v.optional(v.string()),
  bugs: v.optional(v.array(v.looseObject({ id: v.number() }))),
})

/** A search parameter: a value, or a list that Bugzilla reads as "any of". */
export type SearchParams = Readonly<Record<string, string | readonly string[] | undefined>>

/** Fields a bug update may set (what the plans write). */
export interface BugUpdate {
  status?: string
  resolution?: string
  priority?: string
  cf_fixed_in?: string
  assigned_to?: string
  comment?: { body: string }
}

export interface BugzillaOptions extends Omit<HttpClientOptions, 'service' | 'baseUrl' | 'headers' | 'allowInsecureCredentials'> {
  /** The Bugzilla base URL (the REST root is `<base>/rest`). */
  baseUrl: string
  /** API key; without one every request is anonymous. */
  apiKey?: string
  /** Bugs per page (Bugzilla's `limit`). Default 1000. */
  pageSize?: number
  /** Components (or ids) per batched request. Default 40 components, 100 ids. */
  componentsPerSearch?: number
  idsPerRead?: number
}

/** The key was refused, or belongs to another login (exit 3: nothing is written). */
export class BugzillaAuthError extends Error {
  override readonly name = 'BugzillaAuthError'
  readonly exitCode = 3
}

/** A pagination guard: far more pages than any real search has. */
const MAX_PAGES = 200

export class BugzillaClient {
  readonly http: HttpClient
  readonly pageSize: number
  readonly componentsPerSearch: number
  readonly idsPerRead: number
  readonly authenticated: boolean
  #checked: Promise<void> | undefined

  constructor(options: BugzillaOptions) {
    const { apiKey, pageSize = 1000, componentsPerSearch = 40, idsPerRead = 100, ...http } = options
    const key = apiKey?.trim()
    this.authenticated = key !== undefined && key !== ''
    for (const [name, n] of [['pageSize', pageSize], ['componentsPerSearch', componentsPerSearch], ['idsPerRead', idsPerRead]] as const) {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`bugzilla: ${name} must be a positive integer, got ${n}`)
    }
    this.pageSize = pageSize
    this.componentsPerSearch = componentsPerSearch
    this.idsPerRead = idsPerRead
    this.http = new HttpClient({
      ...http,
      service: 'bugzilla',
      baseUrl: options.baseUrl,
      headers: this.authenticated ? { authorization: `Bearer ${key}` } : {},
    })
  }

  get baseUrl(): string {
    return this.http.baseUrl
  }

  /**
   * Checks the key once per client: `valid_login` must say that it belongs to
   * `login`. A refused key (Bugzilla answers 400/401) or another login is a
   * BugzillaAuthError; later calls return the first answer.
   */
  checkKey(login: string): Promise<void> {
    this.#checked ??= this.#checkKey(login)
    return this.#checked
  }

  async #checkKey(login: string): Promise<void> {
    if (!this.authenticated) throw new BugzillaAuthError('bugzilla: no API key was given (set the bugzilla-api-key input or BUGZILLA_API_KEY)')
    let ok: boolean
    try {
      ok = (await this.http.getJson('/rest/valid_login', ValidLoginSchema, { login })).result
    } catch (e) {
      if (e instanceof RemoteError && (e.status === 400 || e.status === 401 || e.status === 403)) {
        throw new BugzillaAuthError(`bugzilla: the API key was refused by ${this.baseUrl} (HTTP ${e.status}); create a new one at ${this.baseUrl}/userprefs.cgi?tab=apikey`)
      }
      throw e
    }
    if (!ok) throw new BugzillaAuthError(`bugzilla: the API key does not belong to ${login} on ${this.baseUrl}`)
  }

  /**
   * Every bug matching `params`, all pages. The loop ends when the count
   * reaches `total_matches`, on a short page when there is no total, and on
   * an empty page whatever the total claims. Bugs seen twice (offsets shift
   * while a search is read) are kept once.
   */
  async search(params: SearchParams): Promise<Bug[]> {
    const out = new Map<number, Bug>()
    for (let page = 0, offset = 0; ; page++) {
      if (page >= MAX_PAGES) throw new Error(`bugzilla: a search claimed more than ${MAX_PAGES} pages of ${this.pageSize} bugs`)
      const query: Query = { ...params, limit: this.pageSize, offset, include_fields: BUG_FIELDS.join(',') }
      const answer = await this.http.requestAs({ path: '/rest/bug', query, headers: { accept: 'application/json' } }, (res) => decodeJson(SearchSchema, res, 'the bug search answer'))
      for (const bug of answer.bugs) out.set(bug.id, bug)
      offset += answer.bugs.length
      if (answer.bugs.length === 0) break
      if (answer.total_matches !== undefined ? offset >= answer.total_matches : answer.bugs.length < this.pageSize) break
    }
    return [...out.values()].sort((a, b) => a.id - b.id)
  }

  /**
   * One search per group of `componentsPerSearch` components (Bugzilla reads
   * repeated `component` values as "any of"), run concurrently within the
   * client's limit. Bugs are grouped by their first component, ids ascending;
   * every requested component has an entry.
   */
  async searchComponents(components: readonly string[], params: SearchParams): Promise<Map<string, Bug[]>> {
    const unique = [...new Set(components)]
    // `&component=<name>` per name; a long URL is refused by proxies long before Bugzilla sees it.
    const groups = chunksWithin(unique, this.componentsPerSearch, MAX_LIST_CHARS, (c) => encodeURIComponent(c).length + 11)
    const answers = await Promise.all(groups.map((group) => this.search({ ...params, component: group })))
    const out = new Map<string, Bug[]>(unique.map((c) => [c, []]))
    for (const bug of answers.flat()) {
      const list = out.get(bug.component[0] ?? '')
      if (list && !list.some((b) => b.id === bug.id)) list.push(bug)
    }
    for (const list of out.values()) list.sort((a, b) => a.id - b.id)
    return out
  }

  /** One bug, freshly read; undefined when Bugzilla does not know it (or hides it). */
  async bug(id: number): Promise<Bug | undefined> {
    const res = await this.http.requestAs(
      { path: `/rest/bug/${bugId(id)}`, query: { include_fields: BUG_FIELDS.join(',') }, headers: { accept: 'application/json' }, okStatuses: [404] },
      (r) => (r.status === 404 ? undefined : decodeJson(SearchSchema, r, `bug ${id}`)),
    )
    return res?.bugs.find((b) => b.id === id)
  }

  /** Many bugs by id, `idsPerRead` per request (`id=1,2,3`). Unknown ids are simply absent. */
  async bugs(ids: readonly number[]): Promise<Map<number, Bug>> {
    const unique = [...new Set(ids.map(bugId))]
    const answers = await Promise.all(
      chunks(unique, this.idsPerRead).map((group) =>
        this.http.getJson('/rest/bug', SearchSchema, { id: group.join(','), include_fields: BUG_FIELDS.join(',') }),
      ),
    )
    const out = new Map<number, Bug>()
    for (const bug of answers.flatMap((a) => a.bugs)) out.set(bug.id, bug)
    return out
  }

  /**
   * PUT /rest/bug/{id}: one update, never repeated by the HTTP layer (a
   * repeated update would post its comment twice). A 2xx that reports an
   * error is an error.
   */
  async update(id: number, body: BugUpdate): Promise<void> {
    if (!this.authenticated) throw new BugzillaAuthError('bugzilla: updating a bug needs an API key')
    const answer = await this.http.requestAs(
      {
        method: 'PUT',
        path: `/rest/bug/${bugId(id)}`,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        idempotent: false,
      },
      (res) => decodeJson(UpdateSchema, res, `the answer to the update of bug ${id}`),
    )
    if (answer.error === true) throw new Error(`bugzilla: the update of bug ${id} was refused: ${answer.message ?? 'no message'}`)
  }

  stats(): Record<string, HostStats> {
    return this.http.stats()
  }

  close(): Promise<void> {
    return this.http.close()
  }
}

/** The release-monitoring search for some components, as poi-tracker builds it: both products, open bugs. */
export function releaseMonitoringParams(): SearchParams {
  return { reporter: RELEASE_MONITORING, bug_status: '__open__', product: [...PRODUCTS] }
}

/**
 * The batch search: every open bug where `email` is the assignee or on CC,
 * release-monitoring bugs only unless `anyReporter`. Red Hat Bugzilla honours
 * the email1/emailtype1 form parameters in REST searches.
 */
export function batchParams(email: string, anyReporter = false): SearchParams {
  return {
    ...(anyReporter ? {} : { reporter: RELEASE_MONITORING }),
    bug_status: '__open__',
    email1: email,
    emailassigned_to1: '1',
    emailcc1: '1',
    emailtype1: 'equals',
    product: [...PRODUCTS],
  }
}

/** Bugs grouped by their first component; bugs without one are dropped. */
export function groupByComponent(bugs: readonly Bug[]): Map<string, Bug[]> {
  const out = new Map<string, Bug[]>()
  for (const bug of bugs) {
    const c = bug.component[0]
    if (c === undefined) continue
    const list = out.get(c)
    if (list) list.push(bug)
    else out.set(c, [bug])
  }
  return out
}

function bugId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`invalid bug id ${String(id)}`)
  return id
}

/** Characters of list parameters one request may carry (request lines beyond ~8 KB are commonly refused). */
export const MAX_LIST_CHARS = 4000

/** Groups of at most `maxCount` items whose summed `cost` stays within `maxChars` (an item over it goes alone). */
export function chunksWithin<T>(items: readonly T[], maxCount: number, maxChars: number, cost: (item: T) => number): T[][] {
  const out: T[][] = []
  let group: T[] = []
  let used = 0
  for (const item of items) {
    const c = cost(item)
    if (group.length > 0 && (group.length >= maxCount || used + c > maxChars)) {
      out.push(group)
      group = []
      used = 0
    }
    group.push(item)
    used += c
  }
  if (group.length > 0) out.push(group)
  return out
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
