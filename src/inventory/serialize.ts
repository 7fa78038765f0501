// The canonical layout poi-tracker writes (docs/poi-tracker-compatibility.md,
// "Canonical layout"). Used
// for files created from nothing, so they match what poi-tracker would write;
// existing files are edited in place instead (edit.ts).

import { compareNames, type Inventory, type Package, type Workload } from './model.js'
import { tomlKey, tomlString, tomlStringArray } from '../toml/write.js'

const line = (key: string, value: string): string => `${key} = ${value}\n`

export function serializeInventory(inv: Inventory): string {
  const blocks: string[] = []
  if (inv.packages.length === 0) blocks.push('package = []\n')
  const m = inv.meta
  blocks.push(
    '[inventory]\n' +
      line('name', tomlString(m.name)) +
      line('description', tomlString(m.description)) +
      line('maintainer', tomlString(m.maintainer)) +
      line('labels', tomlStringArray(m.labels)) +
      line('private_fields', tomlStringArray(m.private_fields))
  )
  const keys = [...m.workloads.keys()].sort(compareNames)
  if (keys.length === 0) blocks.push('[inventory.workloads]\n')
  for (const key of keys) blocks.push(serializeWorkload(key, m.workloads.get(key) as Workload))
  for (const p of inv.packages) blocks.push(...serializePackage(p))
  return blocks.join('\n')
}

export function serializeWorkload(key: string, w: Workload): string {
  let out = `[inventory.workloads.${tomlKey(key)}]\n`
  if (w.name !== undefined) out += line('name', tomlString(w.name))
  if (w.description !== undefined) out += line('description', tomlString(w.description))
  if (w.maintainer !== undefined) out += line('maintainer', tomlString(w.maintainer))
  if (w.labels !== undefined) out += line('labels', tomlStringArray(w.labels))
  if (w.default_priority !== undefined) out += line('default_priority', tomlString(w.default_priority))
  if (w.packages.length > 0) out += line('packages', tomlStringArray(w.packages))
  return out
}

/** Order of the keys inside a canonical [[package]] table (arch_rpms gets its own table). */
export const CANONICAL_PACKAGE_KEYS = [
  'name', 'poc', 'reason', 'team', 'task', 'rpms', 'track', 'repology_name', 'distros', 'file_issue',
  'priority', 'retired_on', 'unshipped', 'archived_builds', 'workloads'
] as const

/** One or two blocks: the [[package]] table and, when present, its [package.arch_rpms] table. */
export function serializePackage(p: Package, eol = '\n'): string[] {
  let out = `[[package]]${eol}`
  for (const key of CANONICAL_PACKAGE_KEYS) {
    const v = p[key]
    if (v === undefined) continue
    out += `${key} = ${typeof v === 'boolean' ? String(v) : Array.isArray(v) ? tomlStringArray(v, eol) : tomlString(v)}${eol}`
  }
  const blocks = [out]
  if (p.arch_rpms !== undefined) {
    let arch = `[package.arch_rpms]${eol}`
    for (const k of Object.keys(p.arch_rpms).sort(compareNames)) arch += `${tomlKey(k)} = ${tomlStringArray(p.arch_rpms[k], eol)}${eol}`
    blocks.push(arch)
  }
  return blocks
}
