// Bodhi's release list (`/releases/`, services/releases.py in
// https://github.com/fedora-infra/bodhi): every page, checked against the
// envelope's total, because an incomplete release list would
// silently shrink the active branch set and make live packages look retired.

import * as v from 'valibot'
import { HttpClient, type HostStats, type HttpClientOptions } from './http.js'

export interface BodhiRelease {
  name: string
  /** The dist-git branch; null for releases without one (skipped by callers). */
  branch: string | null
  idPrefix: string
  state: string
  /** The koji tag stable content lands in (e.g. `f45`, `f43-updates`, `epel10.3`); absent when Bodhi gives none. */
  stableTag?: string
  /** The koji tag the release ships from (`dist_tag`, e.g. `f45` for rawhide); null when Bodhi gives none. */
  distTag: string | null
}

/** One update as the triage commands read it. */
export interface BodhiUpdate {
  alias: string
  /** `stable`, `testing`, … (only `stable` counts as shipped). */
  status: string
  /** The release name, e.g. `F43`. */
  release: string
  /** The builds' NVRs. */
  nvrs: string[]
}

const UpdatesSchema = v.object({
  updates: v.array(
    v.object({
      alias: v.string(),
      status: v.string(),
      release: v.object({ name: v.string() }),
      builds: v.array(v.object({ nvr: v.string() })),
    }),
  ),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  pages: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

export interface UpdatesQuery {
  /** Source package names (Bodhi reads a comma-separated list as "any of"). */
  packages: readonly string[]
  /** Release names, e.g. `F43`. */
  releases: readonly string[]
  /** Update statuses, e.g. `stable` and `testing`. */
  statuses: readonly string[]
}

export interface BodhiOptions extends Omit<HttpClientOptions, 'service' | 'baseUrl'> {
  baseUrl: string
  /** Rows per page, 1..1000 upstream (default 100). */
  rowsPerPage?: number
}

const MAX_PAGES = 100

/** The release list did not add up (exit 3): the active branch set cannot be trusted. */
export class ReleaseListError extends Error {
  override readonly name = 'ReleaseListError'
  readonly exitCode = 3
}

export class BodhiClient {
  readonly http: HttpClient
  readonly rowsPerPage: number

  constructor(options: BodhiOptions) {
    const { rowsPerPage = 100, ...http } = options
    this.rowsPerPage = rowsPerPage
    this.http = new HttpClient({ ...http, service: 'bodhi' })
  }

  get baseUrl(): string {
    return this.http.baseUrl
  }

  /**
   * Releases that are not archived, all pages. `exclude_archived` keeps the
   * list short; callers still filter on state. Throws when the pages do not
   * add up to the reported total.
   */
  async releases(): Promise<BodhiRelease[]> {
    const out: BodhiRelease[] = []
    let pages = 1
    let total: number | undefined
    for (let page = 1; page <= pages; page++) {
      const query = { exclude_archived: 'true', chrome: 0, rows_per_page: this.rowsPerPage, page }
      // Bodhi picks its HTML or JSON view from Accept.
      const doc = await this.http.getJson('/releases/', Envelope, query)
      const env = { total: doc.total, pages: Math.max(1, doc.pages), releases: doc.releases.map(release) }
      if (env.pages > MAX_PAGES) throw new ReleaseListError(`bodhi: the release list claims ${env.pages} pages`)
      if (total !== undefined && env.total !== total) {
        throw new ReleaseListError(`bodhi: the release total changed from ${total} to ${env.total} while the pages were read; try again`)
      }
      total = env.total
      pages = env.pages
      out.push(...env.releases)
    }
    if (total !== undefined && out.length !== total) {
      throw new ReleaseListError(`bodhi: read ${out.length} releases but the server reported ${total}; the release list is incomplete`)
    }
    return out
  }

  /**
   * Every update of some packages in some releases with the given statuses,
   * all pages (page 1, then the rest concurrently). Updates seen twice are
   * kept once; when the pages do not add up to the reported total (an update
   * filed while the pages were read), the query is read once more, then it
   * fails rather than answer with a partial list.
   */
  async updates(q: UpdatesQuery): Promise<BodhiUpdate[]> {
    if (q.packages.length === 0 || q.releases.length === 0) return []
    const query = (page: number) => ({
      packages: q.packages.join(','),
      releases: q.releases.join(','),
      status: [...q.statuses],
      rows_per_page: this.rowsPerPage,
      page,
    })
    const read = (page: number) => this.http.getJson('/updates/', UpdatesSchema, query(page))
    for (let attempt = 1; ; attempt++) {
      const first = await read(1)
      if (first.pages > MAX_PAGES) throw new ReleaseListError(`bodhi: an updates query claims ${first.pages} pages`)
      const rest = await Promise.all(Array.from({ length: Math.max(0, first.pages - 1) }, (_, i) => read(i + 2)))
      const byAlias = new Map<string, BodhiUpdate>()
      for (const doc of [first, ...rest]) {
        for (const u of doc.updates) byAlias.set(u.alias, { alias: u.alias, status: u.status, release: u.release.name, nvrs: u.builds.map((b) => b.nvr) })
      }
      const totals = new Set([first, ...rest].map((d) => d.total))
      if (totals.size === 1 && byAlias.size === first.total) return [...byAlias.values()]
      if (attempt >= 2) {
        throw new ReleaseListError(`bodhi: an updates query for ${q.packages.length} package(s) read ${byAlias.size} updates but the server reported ${[...totals].join(' then ')}, twice; try again`)
      }
    }
  }

  stats(): Record<string, HostStats> {
    return this.http.stats()
  }

  close(): Promise<void> {
    return this.http.close()
  }
}

// Bodhi's release list (https://bodhi.fedoraproject.org/docs/server_api/rest/releases.html), the fields read.
const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
const Release = v.object({ name: v.string(), branch: v.nullish(v.string()), id_prefix: v.string(), state: v.string(), stable_tag: v.nullish(v.string()), dist_tag: v.nullish(v.string()) })
const Envelope = v.object({ releases: v.array(Release), total: Count, pages: Count })

function release(r: v.InferOutput<typeof Release>): BodhiRelease {
  const out: BodhiRelease = { name: r.name, branch: r.branch ?? null, idPrefix: r.id_prefix, state: r.state, distTag: r.dist_tag || null }
  if (r.stable_tag) out.stableTag = r.stable_tag
  return out
}
