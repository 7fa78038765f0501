// The inventory data model and its lookups, as poi-tracker's
// (docs/poi-tracker-compatibility.md, "Inventory files").
// `undefined` means absent; a present empty list stays `[]` (the two differ).

export const PRIORITIES = ['unspecified', 'low', 'medium', 'high', 'urgent'] as const
export type Priority = (typeof PRIORITIES)[number]

/** Package keys in poi-tracker's model (and canonical write) order; arch_rpms is written as its own table. */
export const PACKAGE_FIELDS = [
  'name', 'poc', 'reason', 'team', 'task', 'rpms', 'arch_rpms', 'track', 'repology_name', 'distros',
  'file_issue', 'priority', 'retired_on', 'unshipped', 'archived_builds'
] as const

export interface Package {
  name: string
  poc?: string
  reason?: string
  team?: string
  task?: string
  rpms?: string[]
  arch_rpms?: Record<string, string[]>
  track?: string
  repology_name?: string
  distros?: string
  file_issue?: boolean
  priority?: Priority
  retired_on?: string[]
  unshipped?: string
  archived_builds?: string
  /** Per-package workload membership, the form poi-tracker's README documents. */
  workloads?: string[]
}

export type PackageField = Exclude<keyof Package, 'name'>
export type PackageValue = string | boolean | string[] | Record<string, string[]>

export interface Workload {
  name?: string
  description?: string
  maintainer?: string
  labels?: string[]
  default_priority?: Priority
  packages: string[]
}

export interface InventoryMeta {
  name: string
  description: string
  maintainer: string
  labels: string[]
  private_fields: string[]
  /** Workload key → definition, in file order. */
  workloads: Map<string, Workload>
}

export interface Inventory {
  meta: InventoryMeta
  packages: Package[]
}

/** Byte-wise UTF-8 order, which is code-point order (never localeCompare, never UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0
  const ia = a[Symbol.iterator]()
  const ib = b[Symbol.iterator]()
  for (;;) {
    const x = ia.next()
    const y = ib.next()
    if (x.done) return y.done ? 0 : -1
    if (y.done) return 1
    const cx = x.value.codePointAt(0) ?? 0
    const cy = y.value.codePointAt(0) ?? 0
    if (cx !== cy) return cx < cy ? -1 : 1
  }
}

/** Fast path for ASCII strings; falls back to the code-point walk only when a surrogate is involved. */
export function compareNames(a: string, b: string): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(i)
    if (ca !== cb) {
      if (ca >= 0xd800 && ca <= 0xdfff) return compareCodePoints(a.slice(i), b.slice(i))
      if (cb >= 0xd800 && cb <= 0xdfff) return compareCodePoints(a.slice(i), b.slice(i))
      return ca < cb ? -1 : 1
    }
  }
  return a.length - b.length
}

export function sortedStrings(values: Iterable<string>): string[] {
  return [...values].sort(compareNames)
}

export function sortedUnique(values: Iterable<string>): string[] {
  return sortedStrings(new Set(values))
}

export function emptyWorkload(): Workload {
  return { packages: [] }
}

export function findPackage(inv: Inventory, name: string): Package | undefined {
  return inv.packages.find((p) => p.name === name)
}

/** Workload keys, sorted; includes workloads only named by per-package `workloads` lists. */
/**
 * The workloads an inventory defines ([inventory.workloads.<key>] tables), sorted. A name that only a
 * package's `workloads` mentions defines nothing: validate warns about it (undefined-workload) and no
 * export writes it, so the two agree on what a workload is.
 */
export function workloadNames(inv: Inventory): string[] {
  return sortedStrings(new Set(inv.meta.workloads.keys()))
}

/** Names that are members of workload `key` in either form (workload list or package field). */
export function workloadMembers(inv: Inventory, key: string): Set<string> {
  const members = new Set(inv.meta.workloads.get(key)?.packages ?? [])
  for (const p of inv.packages) if (p.workloads?.includes(key)) members.add(p.name)
  return members
}

/** All packages (no workload) or the members of `key` in list order; an undefined key selects nothing. */
export function packagesForWorkload(inv: Inventory, key?: string): Package[] {
  if (key === undefined) return inv.packages
  const members = workloadMembers(inv, key)
  return inv.packages.filter((p) => members.has(p.name))
}

/** Sorted keys of every workload the package belongs to. */
export function workloadsOfPackage(inv: Inventory, name: string): string[] {
  const keys = new Set<string>()
  for (const [key, w] of inv.meta.workloads) if (w.packages.includes(name)) keys.add(key)
  // A package's own `workloads` counts for workloads that exist (see workloadNames).
  for (const p of inv.packages) if (p.name === name) for (const w of p.workloads ?? []) if (inv.meta.workloads.has(w)) keys.add(w)
  return sortedStrings(keys)
}

export function priorityRank(p: Priority): number {
  return PRIORITIES.indexOf(p)
}

/** The package's own priority (even a lower one, or `unspecified`), else the highest default of the workloads listing it. */
export function priorityFor(inv: Inventory, name: string): Priority | undefined {
  const pkg = findPackage(inv, name)
  if (!pkg) return undefined
  if (pkg.priority !== undefined) return pkg.priority
  let best: Priority | undefined
  for (const key of workloadsOfPackage(inv, name)) {
    const d = inv.meta.workloads.get(key)?.default_priority
    if (d !== undefined && (best === undefined || priorityRank(d) > priorityRank(best))) best = d
  }
  return best
}

export function isUnshipped(p: Package): boolean {
  return p.unshipped !== undefined
}

export function hasArchivedBuilds(p: Package): boolean {
  return p.archived_builds !== undefined
}

export function isRetiredOn(p: Package, branch: string): boolean {
  return p.retired_on?.includes(branch) ?? false
}

/** Deep equality for package values (lists in order, maps by key). */
export function valuesEqual(a: PackageValue | undefined, b: PackageValue | undefined): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i])
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort()
    const kb = Object.keys(b).sort()
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && valuesEqual(a[k], b[k]))
  }
  return false
}

/** A deep copy (lists and arch_rpms copied), cheap enough to take of every package of a large file. */
export function clonePackage(p: Package): Package {
  const c: Package = { ...p }
  if (p.rpms) c.rpms = p.rpms.slice()
  if (p.retired_on) c.retired_on = p.retired_on.slice()
  if (p.workloads) c.workloads = p.workloads.slice()
  const arch = p.arch_rpms
  // fromEntries defines own properties, so a key such as "__proto__" stays a key.
  if (arch) c.arch_rpms = Object.fromEntries(Object.keys(arch).map((k) => [k, arch[k].slice()]))
  return c
}
