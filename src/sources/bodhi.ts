// Bodhi's release list (reference distgit.md §2.11): every page, checked
// against the envelope's total, because an incomplete release list would
// silently shrink the active branch set and make live packages look retired.

import * as v from 'valibot'
import { HttpClient, type HostStats, type HttpClientOptions } from './http.js'

export interface BodhiRelease {
  name: string
  /** The dist-git branch; null for releases without one (skipped by callers). */
  branch: string | null
  idPrefix: string
  state: string
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

  stats(): Record<string, HostStats> {
    return this.http.stats()
  }

  close(): Promise<void> {
    return this.http.close()
  }
}

// Bodhi's release list (https://bodhi.fedoraproject.org/docs/server_api/rest/releases.html), the fields read.
const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
const Release = v.object({ name: v.string(), branch: v.nullish(v.string()), id_prefix: v.string(), state: v.string() })
const Envelope = v.object({ releases: v.array(Release), total: Count, pages: Count })

function release(r: v.InferOutput<typeof Release>): BodhiRelease {
  return { name: r.name, branch: r.branch ?? null, idPrefix: r.id_prefix, state: r.state }
}
