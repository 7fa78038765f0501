// Reading versions the way poi-tracker does (README "Plans"): the version a
// release-monitoring summary advertises, numeric comparison with zero
// padding, the spec's `Version:` line, Cargo's compatibility rule for
// semver-audit, and the dist-git branch → Bugzilla (product, version) map.

import semver from 'semver'
import { splitNvr } from '../../sources/koji.js'

export { splitNvr }

/**
 * `foo-1.2.0 is available` → `1.2.0` for package `foo`. The package name
 * anchors the parse (`rust-md-5-0.10.6` is `rust-md-5` at `0.10.6`); the
 * rest must start with a digit and is kept whole.
 */
export function extractNewVersion(summary: string, pkg: string): string | undefined {
  const trimmed = summary.trim()
  if (!trimmed.endsWith(' is available')) return undefined
  const body = trimmed.slice(0, -' is available'.length)
  if (!body.startsWith(`${pkg}-`)) return undefined
  const version = body.slice(pkg.length + 1)
  return /^[0-9]/.test(version) ? version : undefined
}

export const U64_MAX = 18446744073709551615n

/**
 * The numeric components of a version: build metadata (`+…`) dropped, split
 * on `.`, every piece a plain non-negative integer that fits 64 bits;
 * otherwise undefined (non-numeric).
 */
export function numericComponents(version: string): bigint[] | undefined {
  const v = version.trim().split('+')[0] ?? ''
  if (v === '') return undefined
  const out: bigint[] = []
  for (const piece of v.split('.')) {
    if (!/^\d+$/.test(piece)) return undefined
    const n = BigInt(piece)
    if (n > U64_MAX) return undefined
    out.push(n)
  }
  return out
}

function padded(a: string, b: string): [bigint[], bigint[]] | undefined {
  const x = numericComponents(a)
  const y = numericComponents(b)
  if (!x || !y) return undefined
  const width = Math.max(x.length, y.length)
  const pad = (v: bigint[]): bigint[] => Array.from({ length: width }, (_, i) => v[i] ?? 0n)
  return [pad(x), pad(y)]
}

/** -1, 0 or 1 comparing two equally long tuples. */
export function compareTuples(a: readonly bigint[], b: readonly bigint[]): number {
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** `candidate >= target` on zero-padded numeric tuples; exact string equality when either is non-numeric. */
export function versionAtLeast(candidate: string, target: string): boolean {
  const p = padded(candidate, target)
  return p ? compareTuples(p[0], p[1]) >= 0 : candidate === target
}

/** semver-audit's categories (JSON names). */
export type Bump = 'non-breaking' | 'breaking' | 'pending-release' | 'up-to-date' | 'retired' | 'needs-review'

export const BUMP_LABELS: Readonly<Record<Bump, string>> = {
  'non-breaking': 'Non-breaking',
  breaking: 'Breaking',
  'pending-release': 'Committed, awaiting release',
  'up-to-date': 'Up to date (stale bug)',
  retired: 'Retired (update request invalid)',
  'needs-review': 'Needs review',
}

/** The order semver-audit reports groups in. */
export const BUMP_ORDER: readonly Bump[] = ['non-breaking', 'breaking', 'pending-release', 'up-to-date', 'retired', 'needs-review']

const SEMVER_CORE = /^\d+\.\d+\.\d+$/

/**
 * `current → new` under Cargo's compatibility rule: a change at or before
 * the current version's leftmost non-zero component breaks. Non-numeric
 * versions, downgrades and an all-zero current version need review; equal
 * versions (after zero padding) are up to date. Plain `x.y.z` versions go
 * through the `semver` package's caret range, which is Cargo's rule; RPM
 * versions of any other length follow the same rule on padded tuples.
 */
export function classifyBump(current: string, next: string): Bump {
  const p = padded(current, next)
  if (!p) return 'needs-review'
  const [cur, nxt] = p
  const order = compareTuples(nxt, cur)
  if (order === 0) return 'up-to-date'
  if (order < 0) return 'needs-review'
  const lead = cur.findIndex((x) => x !== 0n)
  if (lead < 0) return 'needs-review'
  const c = stripBuild(current)
  const n = stripBuild(next)
  if (SEMVER_CORE.test(c) && SEMVER_CORE.test(n) && semver.valid(c) && semver.valid(n)) {
    return semver.satisfies(n, `^${c}`) ? 'non-breaking' : 'breaking'
  }
  for (let i = 0; i <= lead; i++) if (cur[i] !== nxt[i]) return 'breaking'
  return 'non-breaking'
}

/** With an unknown current version: retired when rawhide carries dead.package, else needs review. */
export function classifyWithStatus(current: string | undefined, next: string, retired: boolean): Bump {
  if (current !== undefined) return classifyBump(current, next)
  return retired ? 'retired' : 'needs-review'
}

function stripBuild(v: string): string {
  return (v.trim().split('+')[0] ?? '').trim()
}

/**
 * The first non-empty value of a line starting (after indentation) with
 * exactly `Version:`. No macro is expanded: `%{version}` stays literal.
 */
export function specVersion(spec: string): string | undefined {
  for (const line of spec.split(/\r?\n/)) {
    const t = line.replace(/^\s+/, '')
    if (!t.startsWith('Version:')) continue
    const value = t.slice('Version:'.length).trim()
    if (value !== '') return value
  }
  return undefined
}

export interface ProductVersion {
  product: 'Fedora' | 'Fedora EPEL'
  version: string
}

/**
 * A dist-git branch as Bugzilla's (product, version): rawhide → (Fedora,
 * rawhide); fNN and NN → (Fedora, NN); epelN and epelN.M → (Fedora EPEL,
 * epelN); anything else (c10s, eln, epel) cannot be searched.
 */
export function productVersionForBranch(branch: string): ProductVersion | undefined {
  if (branch === 'rawhide') return { product: 'Fedora', version: 'rawhide' }
  if (branch.startsWith('epel')) {
    const major = /^\d+/.exec(branch.slice(4))?.[0]
    return major ? { product: 'Fedora EPEL', version: `epel${major}` } : undefined
  }
  const n = branch.startsWith('f') ? branch.slice(1) : branch
  return /^\d+$/.test(n) ? { product: 'Fedora', version: n } : undefined
}

/** semver-audit's bug choice: the highest numeric version (unpadded tuple order), numeric before non-numeric, first wins ties. */
export function pickLatest<B extends { id: number; summary: string }>(bugs: readonly B[], pkg: string): { bug: B; version: string } | undefined {
  let best: { bug: B; version: string; parsed: bigint[] | undefined } | undefined
  for (const bug of bugs) {
    const version = extractNewVersion(bug.summary, pkg)
    if (version === undefined) continue
    const parsed = numericComponents(version)
    const better = best === undefined || (parsed !== undefined && (best.parsed === undefined || compareTuples(parsed, best.parsed) > 0))
    if (better) best = { bug, version, parsed }
  }
  return best && { bug: best.bug, version: best.version }
}
