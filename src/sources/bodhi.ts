// Bodhi's release list (reference distgit.md §2.11): every page, checked
// against the envelope's total, because an incomplete release list would
// silently shrink the active branch set and make live packages look retired.

import { HttpClient, type HostStats, type HttpClientOptions, type HttpResponse, RetryableResponseError } from './http.js'

export interface BodhiRelease {
  name: string
  /** The dist-git branch; null for releases without one (skipped by callers). */
  branch: string | null
  idPrefix: string
  state: string
  /** The koji tag the release ships from (`dist_tag`, e.g. `f45` for rawhide); null when Bodhi gives none. */
  distTag: string | null
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
      const env = await this.http.requestAs({ path: '/releases/', query, headers: { accept: 'application/json' } }, decodeEnvelope)
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

interface Envelope {
  releases: BodhiRelease[]
  total: number
  pages: number
}

function decodeEnvelope(res: HttpResponse): Envelope {
  let doc: unknown
  try {
    doc = JSON.parse(res.text())
  } catch {
    throw new RetryableResponseError(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`)
  }
  if (!isObject(doc) || !Array.isArray(doc['releases'])) throw new Error('the answer has no `releases` list')
  const total = doc['total']
  const pages = doc['pages']
  if (typeof total !== 'number' || typeof pages !== 'number') throw new Error('the answer lacks the `total` and `pages` numbers')
  const releases = doc['releases'].map((r: unknown, i: number): BodhiRelease => {
    if (!isObject(r)) throw new Error(`releases[${i}] is not an object`)
    const { name, branch, id_prefix: idPrefix, state } = r
    if (typeof name !== 'string' || typeof idPrefix !== 'string' || typeof state !== 'string') {
      throw new Error(`releases[${i}] lacks name, id_prefix or state`)
    }
    if (branch !== null && branch !== undefined && typeof branch !== 'string') throw new Error(`releases[${i}].branch is not a string`)
    const distTag = r['dist_tag']
    if (distTag !== null && distTag !== undefined && typeof distTag !== 'string') throw new Error(`releases[${i}].dist_tag is not a string`)
    return { name, branch: typeof branch === 'string' ? branch : null, idPrefix, state, distTag: typeof distTag === 'string' && distTag !== '' ? distTag : null }
  })
  return { releases, total, pages: Math.max(1, pages) }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
