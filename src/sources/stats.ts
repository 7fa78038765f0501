// Per-host request counters of the HTTP layer, and their roll-up for the job
// summary and Provenance.requests.

export interface HostStats {
  /** HTTP exchanges sent, retries and redirects included. */
  requests: number
  /** Exchanges that were repeats of a failed attempt. */
  retries: number
  /** Requests that finally failed (a RemoteError was thrown). */
  failures: number
  /** Response body bytes received on the wire (before decompression). */
  bytes: number
  /** Request body bytes sent. */
  bytesSent: number
  /** Time spent in exchanges, ms. */
  timeMs: number
  /** Time spent sleeping between attempts, ms. */
  waitMs: number
}

export function emptyStats(): HostStats {
  return { requests: 0, retries: 0, failures: 0, bytes: 0, bytesSent: 0, timeMs: 0, waitMs: 0 }
}

/** A client (anything with stats()) or a stats snapshot. */
export type StatsSource = { stats(): Readonly<Record<string, HostStats>> } | Readonly<Record<string, HostStats>>

/** Sums the counters of several clients (or stats snapshots) by host. */
export function mergeStats(sources: readonly StatsSource[]): Record<string, HostStats> {
  const merged = new Map<string, HostStats>()
  for (const source of sources) {
    const stats = hasStats(source) ? source.stats() : source
    for (const [host, s] of Object.entries(stats)) {
      const into = merged.get(host) ?? emptyStats()
      into.requests += s.requests
      into.retries += s.retries
      into.failures += s.failures
      into.bytes += s.bytes
      into.bytesSent += s.bytesSent
      into.timeMs += s.timeMs
      into.waitMs += s.waitMs
      merged.set(host, into)
    }
  }
  const out: Record<string, HostStats> = {}
  for (const host of [...merged.keys()].sort()) out[host] = merged.get(host)!
  return out
}

/** Host → request count, the shape of `Provenance.requests`. */
export function requestCounts(sources: readonly StatsSource[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [host, s] of Object.entries(mergeStats(sources))) out[host] = s.requests
  return out
}

/** One line per host for a job summary, e.g. `cbs.centos.org: 3 requests (1 retry, 0 failed), 12.0 KiB, 0.8 s`. */
export function formatStats(stats: Readonly<Record<string, HostStats>>): string[] {
  return Object.entries(stats).map(([host, s]) => {
    const kib = (s.bytes / 1024).toFixed(1)
    const requests = `${s.requests} request${s.requests === 1 ? '' : 's'}`
    const retries = `${s.retries} ${s.retries === 1 ? 'retry' : 'retries'}`
    return `${host}: ${requests} (${retries}, ${s.failures} failed), ${kib} KiB, ${(s.timeMs / 1000).toFixed(1)} s`
  })
}

function hasStats(source: StatsSource): source is { stats(): Readonly<Record<string, HostStats>> } {
  return typeof (source as { stats?: unknown }).stats === 'function'
}
