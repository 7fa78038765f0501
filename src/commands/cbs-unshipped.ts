// `sync-gitlab --mark-unshipped` (docs/poi-tracker-compatibility.md, "CBS
// release checks"): which SIG a source belongs to, which CBS tags count as
// "released", the shipped set read from the CBS hub, and the decision table
// that sets or clears the `unshipped` and `archived_builds` markers in both
// directions.

import type { ChangeRecord } from '../core/changeset.js'
import { compareNames, type Inventory } from '../inventory/model.js'
import { KojiScanError, type KojiClient } from '../sources/koji.js'
import { RemoteError } from '../sources/http.js'
import { XmlRpcFault, XmlRpcParseError } from '../sources/xmlrpc.js'

/** A CBS SIG with a release lifecycle this command understands. */
export interface Sig {
  name: 'Hyperscale' | 'Proposed Updates'
  /** CBS tag prefix, e.g. `hyperscale`, `proposed_updates`. */
  prefix: string
  /** Whether RHEL-flavoured `<prefix>N-…-release` tags count (Hyperscale ships for RHEL and Stream). */
  shipsRhel: boolean
}

export const HYPERSCALE: Sig = { name: 'Hyperscale', prefix: 'hyperscale', shipsRhel: true }
export const PROPOSED_UPDATES: Sig = { name: 'Proposed Updates', prefix: 'proposed_updates', shipsRhel: false }

/** The stored marker values, byte for byte: any other wording rewrites every marker on the next run. */
export const UNSHIPPED_REASON = 'archived in GitLab, no released CBS build'
export const ARCHIVED_BUILDS_REASON = 'archived in GitLab; CBS builds remain (run hs-relmon to prune)'

/** The SIG named by the preset name, else by the group URL as typed, searched case-insensitively. */
export function sigForSource(label: string): Sig | undefined {
  const hay = label.toLowerCase()
  if (hay.includes('hyperscale')) return HYPERSCALE
  if (hay.includes('proposed')) return PROPOSED_UPDATES
  return undefined
}

/** The listTags glob; the hub matches it case-insensitively, isReleaseTag then decides exactly. */
export function releaseTagGlob(sig: Sig): string {
  return `${sig.prefix}*-release`
}

/** `<prefix><major>[s]-…-release` with the major in `releases`; RHEL-flavoured tags only where the SIG ships for RHEL. */
export function isReleaseTag(tag: string, sig: Sig, releases: readonly number[]): boolean {
  if (!tag.startsWith(sig.prefix) || !tag.endsWith('-release')) return false
  const token = tag.slice(sig.prefix.length).split('-')[0]
  const stream = token.endsWith('s')
  const digits = stream ? token.slice(0, -1) : token
  // Rust's u32 parser: optional leading '+', then digits only.
  if (!/^\+?\d+$/.test(digits)) return false
  if (!releases.includes(Number(digits))) return false
  return stream || sig.shipsRhel
}

export interface ShippedScan {
  apiVersion: number
  /** The qualifying release tags, sorted. */
  tags: string[]
  /** Source package names with a build directly in at least one of them. */
  shipped: Set<string>
}

/** No tag qualified: an empty shipped set would mark every archived project unshipped, so it is not believed. */
export class NoReleaseTagsError extends Error {
  override readonly name = 'NoReleaseTagsError'
}

/**
 * The shipped set over XML-RPC: a pre-flight getAPIVersion (short timeout), listTags by
 * glob, the release-tag rule here, then every qualifying tag's latest builds
 * without inheritance in multicall batches. Throws on any failure, including a
 * single faulting tag: a partial shipped set must never be classified.
 */
export async function scanShipped(koji: KojiClient, sig: Sig, releases: readonly number[], options: { preflightTimeoutMs?: number } = {}): Promise<ShippedScan> {
  const apiVersion = await koji.getAPIVersion({ timeoutMs: options.preflightTimeoutMs ?? 10_000 })
  const glob = releaseTagGlob(sig)
  const listed = await koji.listTagsMatching(glob)
  const tags = listed.map((t) => t.name).filter((name) => isReleaseTag(name, sig, releases))
  if (tags.length === 0) {
    throw new NoReleaseTagsError(
      `${koji.hubUrl}: none of the ${listed.length} tag(s) matching ${glob} is a ${sig.name} release tag for CentOS ${releases.join(', ')}`,
    )
  }
  const byTag = await koji.listTaggedAll(tags, { latest: true, inherit: false })
  const shipped = new Set<string>()
  for (const builds of byTag.values()) for (const b of builds) shipped.add(b.packageName)
  return { apiVersion, tags, shipped }
}

/** Errors that mean "the CBS scan failed": markers stay as they are, the rest of the sync goes on. */
export function isScanFailure(err: unknown): err is Error {
  return err instanceof KojiScanError || err instanceof XmlRpcFault || err instanceof XmlRpcParseError || err instanceof RemoteError || err instanceof NoReleaseTagsError
}

export interface Classification {
  /** Archived, no release build: sorted. */
  unshipped: string[]
  /** Archived, release builds remain: sorted. */
  archivedBuilds: string[]
}

/** The decision table: only archived projects are classified; the rest get neither marker. */
export function classify(synced: Iterable<string>, archived: ReadonlySet<string>, shipped: ReadonlySet<string>): Classification {
  const unshipped = new Set<string>()
  const archivedBuilds = new Set<string>()
  for (const name of synced) {
    if (!archived.has(name)) continue
    ;(shipped.has(name) ? archivedBuilds : unshipped).add(name)
  }
  return { unshipped: [...unshipped].sort(compareNames), archivedBuilds: [...archivedBuilds].sort(compareNames) }
}

export type MarkerField = 'unshipped' | 'archived_builds'

export interface MarkerChange {
  name: string
  field: MarkerField
  before?: string
  after?: string
}

/**
 * For each field, each synced name in the inventory gets the reason
 * when classified into that field and loses the field otherwise. Packages
 * not synced are never touched. Returns the field changes (a package moving
 * from one marker to the other counts twice).
 */
export function applyMarkers(inventory: Inventory, synced: Iterable<string>, c: Classification): MarkerChange[] {
  const names = new Set(synced)
  const changes: MarkerChange[] = []
  const wanted: Array<[MarkerField, ReadonlySet<string>, string]> = [
    ['unshipped', new Set(c.unshipped), UNSHIPPED_REASON],
    ['archived_builds', new Set(c.archivedBuilds), ARCHIVED_BUILDS_REASON],
  ]
  for (const [field, members, reason] of wanted) {
    for (const pkg of inventory.packages) {
      if (!names.has(pkg.name)) continue
      const before = pkg[field]
      const after = members.has(pkg.name) ? reason : undefined
      if (before === after) continue
      if (after === undefined) delete pkg[field]
      else pkg[field] = after
      changes.push({ name: pkg.name, field, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) })
    }
  }
  return changes
}

/** Change records for the proposal body: why each marker was set or cleared, and which service said so. */
export function markerRecords(file: string, changes: readonly MarkerChange[], archived: ReadonlySet<string>, ref: (name: string) => string): ChangeRecord[] {
  return changes.map((ch): ChangeRecord => {
    const common = { file, package: ch.name, field: ch.field, ref: ref(ch.name), ...(ch.before !== undefined ? { before: ch.before } : {}) }
    if (ch.after !== undefined) return { ...common, kind: 'marked', after: ch.after, reason: ch.after, source: 'cbs-koji' }
    if (!archived.has(ch.name)) return { ...common, kind: 'unmarked', reason: 'the GitLab project is not archived', source: 'gitlab' }
    const reason = ch.field === 'unshipped' ? 'a release build is in CBS' : 'no release build remains in CBS'
    return { ...common, kind: 'unmarked', reason, source: 'cbs-koji' }
  })
}
