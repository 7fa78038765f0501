// The model operations poi-tracker's commands use (docs/poi-tracker-compatibility.md,
// "Lookups, workloads and priority"),
// applied to an editor's model; the editor decides where they land in the text.

import { compareNames, type Inventory, type Package } from './model.js'

/** Adds `name` to workload `key`, creating the workload; keeps the list sorted as poi-tracker does. */
export function addToWorkload(inv: Inventory, key: string, name: string): boolean {
  let w = inv.meta.workloads.get(key)
  if (!w) {
    w = { packages: [] }
    inv.meta.workloads.set(key, w)
  }
  if (w.packages.includes(name)) return false
  w.packages.push(name)
  w.packages.sort(compareNames)
  return true
}

/** Removes every entry named `name`; returns how many were removed. Workload lists are left alone, as in poi-tracker. */
export function removePackages(inv: Inventory, name: string): number {
  const before = inv.packages.length
  inv.packages = inv.packages.filter((p) => p.name !== name)
  return before - inv.packages.length
}

/** Adds a new package (the editor places it in sorted order in a sorted file). */
export function addPackage(inv: Inventory, pkg: Package): void {
  inv.packages.push(pkg)
}
