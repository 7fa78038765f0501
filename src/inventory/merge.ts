// Merging several inventories into one view, as poi-tracker merges them:
// the first file's metadata and workloads win, later packages fold into the
// first entry of the same name field by field, later values win, and a later
// file can never remove a field. `retired_on` and the per-package `workloads`
// list are unions instead (they record set knowledge, not a value).

import { clonePackage, compareNames, sortedUnique, valuesEqual, type Inventory, type Package, type PackageValue } from './model.js'

/** Fields a later file replaces when it has them. */
const REPLACED = [
  'poc', 'reason', 'team', 'task', 'rpms', 'arch_rpms', 'track', 'repology_name', 'distros', 'file_issue',
  'priority', 'unshipped', 'archived_builds'
] as const

export interface MergeConflict {
  /** The later file whose value won. */
  file: string
  package: string
  field: string
  earlier: PackageValue
  later: PackageValue
}

export interface NamedInventory {
  path: string
  inventory: Inventory
}

export interface MergedInventory {
  inventory: Inventory
  conflicts: MergeConflict[]
}

export function mergeInventories(files: readonly NamedInventory[]): MergedInventory {
  if (files.length === 0) throw new Error('at least one inventory file is required')
  const [first, ...rest] = files
  const packages = first.inventory.packages.map(clonePackage)
  const inventory: Inventory = { meta: first.inventory.meta, packages }
  const conflicts: MergeConflict[] = []
  for (const { path, inventory: later } of rest) {
    for (const pkg of later.packages) {
      const existing = packages.find((p) => p.name === pkg.name)
      if (existing) conflicts.push(...mergePackage(existing, pkg, path))
      else {
        packages.push(clonePackage(pkg))
        // A stable re-sort after every new name, as poi-tracker does.
        packages.sort((a, b) => compareNames(a.name, b.name))
      }
    }
  }
  return { inventory, conflicts }
}

/** Folds `later` into `target` in place; returns the conflicts (later value won). */
export function mergePackage(target: Package, later: Package, file: string): MergeConflict[] {
  const conflicts: MergeConflict[] = []
  const t = target as unknown as Record<string, PackageValue | undefined>
  for (const field of REPLACED) {
    const value = later[field]
    if (value === undefined) continue
    const earlier = t[field]
    if (earlier !== undefined && !valuesEqual(earlier, value)) {
      conflicts.push({ file, package: target.name, field, earlier, later: value })
    }
    t[field] = structuredClone(value)
  }
  for (const field of ['retired_on', 'workloads'] as const) {
    const value = later[field]
    if (value !== undefined) target[field] = sortedUnique([...(target[field] ?? []), ...value])
  }
  return conflicts
}

export function renderValue(v: PackageValue): string {
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`
  return `{${Object.keys(v).sort(compareNames).map((k) => `${JSON.stringify(k)}: ${renderValue(v[k])}`).join(', ')}}`
}

export function describeConflict(c: MergeConflict): string {
  return `${c.file}: package '${c.package}' field '${c.field}': ${renderValue(c.earlier)} overridden by ${renderValue(c.later)} (later file wins)`
}
