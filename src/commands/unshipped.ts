// "Is this package still shipped anywhere?" — the decision shared by
// prune-retired and `sync-distgit --mark-unshipped`
// (docs/poi-tracker-compatibility.md, "Unshipped detection"): the active
// branch set from Bodhi, the per-package decision table, the concurrent scan
// and how its verdicts become `unshipped` markers.
// Reason strings are data other tools compare byte-for-byte: keep them exact.

import type { DistGit } from '../sources/distgit.js'
import type { BodhiRelease } from '../sources/bodhi.js'
import { nameProblem } from '../sources/names.js'
import type { Inventory, Package } from '../inventory/model.js'
import { mapOrdered } from './distgit/pool.js'

export const NO_ACTIVE_BRANCH = 'no branch on any active release'
/** Written by older poi-tracker versions for a 404; never written now, but compared against. */
export const LEGACY_PROJECT_GONE = 'dist-git project gone (404)'
export const NO_SUCH_PROJECT = 'no such dist-git project (404)'

export function retiredEverywhere(branches: readonly string[]): string {
  return `retired on every active branch (${branches.join(', ')})`
}

/** The active branch set cannot be trusted (exit 3): nothing may be marked from it. */
export class ActiveSetError extends Error {
  override readonly name = 'ActiveSetError'
  readonly exitCode = 3
}

const ACTIVE_STATES = new Set(['current', 'pending', 'frozen'])
const ID_PREFIXES = new Set(['FEDORA', 'FEDORA-EPEL'])

/**
 * poi-tracker's active set, made robust (README, "Fixed gaps", item 6): keep
 * active Fedora and EPEL releases (not ELN, Flatpak, containers, EPEL Next),
 * skip releases without a branch, drop repeated branches (first wins), add
 * rawhide, order, then sanity-check.
 */
export function activeBranchSet(releases: readonly BodhiRelease[]): string[] {
  const branches: string[] = []
  for (const r of releases) {
    if (!isActiveRelease(r) || r.branch === null) continue
    if (!branches.includes(r.branch)) branches.push(r.branch)
  }
  if (!branches.includes('rawhide')) branches.push('rawhide')
  const ordered = orderBranches(branches)
  const bad = ordered.find((b) => nameProblem(b) !== undefined)
  if (bad !== undefined) throw new ActiveSetError(`Bodhi lists an active release with the branch ${JSON.stringify(bad)}, which is not a dist-git branch name; nothing was marked`)
  if (!ordered.some((b) => /^f\d+$/.test(b))) {
    throw new ActiveSetError(`Bodhi's active releases give only ${ordered.join(', ')}: no Fedora f<N> branch besides rawhide, so the release list looks wrong; nothing was marked`)
  }
  return ordered
}

/** An active Fedora or EPEL release (not ELN, Flatpak, containers, EPEL Next). */
export function isActiveRelease(r: BodhiRelease): boolean {
  return ACTIVE_STATES.has(r.state) && ID_PREFIXES.has(r.idPrefix) && r.name !== 'ELN'
}

/**
 * rawhide; f<N> newest first; epel<M> newest first, the minor-less branch
 * (the leading minor) before epel<M>.<m> newest first; anything else last in
 * input order. Only speed (checks stop at the first live branch) and the
 * order inside reason strings depend on it.
 */
export function orderBranches(branches: readonly string[]): string[] {
  const key = (b: string): [number, number, number] => {
    if (b === 'rawhide') return [0, 0, 0]
    const f = /^f(\d+)$/.exec(b)
    if (f) return [1, -Number(f[1]), 0]
    const e = /^epel(\d+)(?:\.(.*))?$/.exec(b)
    if (e) {
      const minor = e[2] !== undefined && /^\d+$/.test(e[2]) ? Number(e[2]) : Infinity
      return [2, -Number(e[1]), -minor]
    }
    return [3, 0, 0]
  }
  return branches
    .map((b, i) => ({ b, i, k: key(b) }))
    .sort((x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.k[2] - y.k[2] || x.i - y.i)
    .map((x) => x.b)
}

/** Members of `active` that the project has, in `active`'s order (exact names: epel10 ≠ epel10.1). */
export function activeOnProject(projectBranches: readonly string[], active: readonly string[]): string[] {
  const have = new Set(projectBranches)
  return active.filter((b) => have.has(b))
}

export type Verdict =
  | { kind: 'shipped'; branch: string }
  | { kind: 'candidate'; reason: string }
  /** The entry names no rpms project: a human has to fix or remove it. */
  | { kind: 'invalid'; reason: string }

export interface Checked {
  name: string
  verdict: Verdict
  /** Set when koji's package lists decided (alone or with the branch list); otherwise dist-git alone did. */
  source?: 'fedora-koji'
}

/** The decision for one package: 1 branch list, then dead.package probes until a live branch answers. */
export async function checkPackage(dg: DistGit, name: string, active: readonly string[]): Promise<Verdict> {
  // Inventory names come from pull requests: one that cannot be a package never reaches a URL.
  const problem = nameProblem(name)
  if (problem !== undefined) return { kind: 'invalid', reason: `not a valid dist-git package name (${problem})` }
  const branches = await dg.branches(name)
  if (branches === undefined) return { kind: 'invalid', reason: NO_SUCH_PROJECT }
  const relevant = activeOnProject(branches, active)
  if (relevant.length === 0) return { kind: 'candidate', reason: NO_ACTIVE_BRANCH }
  for (const b of relevant) {
    if (!(await dg.isRetired(name, b))) return { kind: 'shipped', branch: b }
  }
  return { kind: 'candidate', reason: retiredEverywhere(relevant) }
}

/** What the package list of an active release's koji tag says about a package. */
export type KojiStatus = 'live' | 'blocked' | 'absent'

/** Koji's answer for the checked packages (see distgit/koji-first.ts). */
export interface KojiView {
  /** The package's entry on the koji tag of `branch`; undefined when koji cannot answer for that branch (no tag known). */
  status(name: string, branch: string): KojiStatus | undefined
}

/**
 * The koji-first decision (README, "prune-retired --fast"), equal to
 * checkPackage whenever koji has caught up with dist-git:
 * - live on an active release's tag → shipped there (no request);
 * - listed on none → dist-git decides (checkPackage);
 * - otherwise (blocked wherever listed) → the branch list decides the reason:
 *   404 → invalid, no active branch → "no branch…", else "retired on every
 *   active branch (…)" with the active branches the project has. Koji cannot
 *   name them itself: a block on an old tag is inherited by newer releases the
 *   package never had a branch for. A branch whose tag does not list the
 *   package is probed for dead.package as the full check would.
 */
export async function checkPackageKojiFirst(dg: DistGit, name: string, active: readonly string[], koji: KojiView): Promise<Verdict> {
  const problem = nameProblem(name)
  if (problem !== undefined) return { kind: 'invalid', reason: `not a valid dist-git package name (${problem})` }
  const live = active.find((b) => koji.status(name, b) === 'live')
  if (live !== undefined) return { kind: 'shipped', branch: live }
  if (!active.some((b) => koji.status(name, b) === 'blocked')) return checkPackage(dg, name, active)
  const branches = await dg.branches(name)
  if (branches === undefined) return { kind: 'invalid', reason: NO_SUCH_PROJECT }
  const relevant = activeOnProject(branches, active)
  if (relevant.length === 0) return { kind: 'candidate', reason: NO_ACTIVE_BRANCH }
  for (const b of relevant) {
    if (koji.status(name, b) === 'blocked') continue
    if (!(await dg.isRetired(name, b))) return { kind: 'shipped', branch: b }
  }
  return { kind: 'candidate', reason: retiredEverywhere(relevant) }
}

/**
 * Checks every name (duplicates once) with at most `jobs` packages in
 * flight; results in input order. With `koji`, koji-first
 * (checkPackageKojiFirst), else dist-git only. Any persistent failure fails
 * the whole scan: a partial scan would clear markers of packages it never
 * reached.
 */
export async function scanUnshipped(
  dg: DistGit, names: readonly string[], active: readonly string[], jobs: number,
  progress?: (done: number, total: number, name: string) => void, koji?: KojiView
): Promise<Checked[]> {
  const unique = [...new Set(names)]
  let done = 0
  return mapOrdered(unique, Math.max(1, jobs), async (name) => {
    const verdict = koji ? await checkPackageKojiFirst(dg, name, active, koji) : await checkPackage(dg, name, active)
    progress?.(++done, unique.length, name)
    return koji && active.some((b) => koji.status(name, b) === 'live' || koji.status(name, b) === 'blocked') ? { name, verdict, source: 'fedora-koji' } : { name, verdict }
  })
}

export interface MarkerChange {
  name: string
  before?: string
  after?: string
  /** Why: the candidate reason, where it is shipped, or why the entry is invalid. */
  why: string
}

function why(v: Verdict): string {
  return v.kind === 'shipped' ? `shipped on ${v.branch}` : v.reason
}

/**
 * Every checked entry gets the candidate's reason or no marker, in
 * both directions; unchecked entries are untouched. Invalid entries are
 * checked but never candidates, so a stale marker on them is cleared (as
 * poi-tracker does: the entry itself is what needs fixing).
 */
export function applyMarkers(packages: Package[], checked: readonly Checked[]): MarkerChange[] {
  const byName = new Map(checked.map((c) => [c.name, c.verdict]))
  const changes: MarkerChange[] = []
  for (const p of packages) {
    const v = byName.get(p.name)
    if (v === undefined) continue
    const next = v.kind === 'candidate' ? v.reason : undefined
    if (next === p.unshipped) continue
    changes.push({ name: p.name, before: p.unshipped, after: next, why: why(v) })
    if (next === undefined) delete p.unshipped
    else p.unshipped = next
  }
  return changes
}

/**
 * `--remove`: deletes candidate entries (never invalid ones). Unlike
 * poi-tracker, the names also leave workload `packages` lists, so no
 * dangling member is left behind (README, "Fixed gaps", item 7).
 */
export function removeCandidates(inv: Inventory, checked: readonly Checked[]): Array<{ name: string; reason: string }> {
  const reasons = new Map<string, string>()
  for (const c of checked) if (c.verdict.kind === 'candidate') reasons.set(c.name, c.verdict.reason)
  const removed: Array<{ name: string; reason: string }> = []
  inv.packages = inv.packages.filter((p) => {
    const reason = reasons.get(p.name)
    if (reason === undefined) return true
    removed.push({ name: p.name, reason })
    return false
  })
  dropFromWorkloads(inv, new Set(removed.map((r) => r.name)))
  return removed
}

/** Removes names from every workload `packages` list (only lists that hold one change). */
export function dropFromWorkloads(inv: Inventory, names: ReadonlySet<string>): void {
  if (names.size === 0) return
  for (const w of inv.meta.workloads.values()) {
    if (w.packages.some((n) => names.has(n))) w.packages = w.packages.filter((n) => !names.has(n))
  }
}
