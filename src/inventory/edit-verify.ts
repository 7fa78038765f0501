// Reading an edit back. The edited file is the original (which parsed) with
// splices applied; every splice lies in whole tables, so the edited file is
// checked by parsing again only the stretches of whole tables that contain a
// splice, each on its own, and comparing what they read back as with the
// intended data. Everything between them is byte-identical to text that
// already read back as the original.
//
// A stretch read on its own reads as it does in the whole file because:
// - it starts at a table header (a package's sub-tables are taken together
//   with their [[package]] table), so no key is read into another table;
// - it ends where an untouched header starts (a splice reaching a header
//   takes that table into the stretch), or at the end, and a stretch that
//   does not parse on its own (an unterminated string or array) is refused;
// - the tables an edit adds cannot collide with tables elsewhere: [[package]]
//   tables append, and a workload table is only added for a key the original
//   file does not define in any form;
// - `package = []` must be gone from the root table when packages remain.
// Cost: the parse of the edited stretches, not of the whole file.

import { parseInventory } from './parse.js'
import { type Inventory, type Package, PACKAGE_FIELDS, type PackageValue, valuesEqual, type Workload } from './model.js'
import { lineColumn, type ScannedToml, type TableNode } from '../toml/scan.js'
import type { Splice } from '../toml/lines.js'

const META_FIELDS = ['name', 'description', 'maintainer', 'labels', 'private_fields'] as const
const WORKLOAD_FIELDS = ['name', 'description', 'maintainer', 'labels', 'default_priority', 'packages'] as const
const COMPARED_FIELDS = [...PACKAGE_FIELDS, 'workloads'] as const

/** The packages of the edited file, by where they are in the original text. */
export interface PackagesInFile {
  /** The packages of a stretch [a, b) of the original text (`atEnd`: the stretch reaches the end). */
  between(a: number, b: number, atEnd: boolean): Package[]
  /** Whether any package is written as a [[package]] table. */
  tables: boolean
}

export interface ReadBack {
  path: string
  text: string
  scan: ScannedToml
  /** The edited text. */
  output: string
  splices: readonly Splice[]
  model: Inventory
  packages: PackagesInFile
  /** Insertion point of every new workload table. */
  newWorkloads: ReadonlyMap<string, number>
}

/** Returns why the edited text does not read back as intended, or undefined when it does. */
export function readBackProblem(r: ReadBack): string | undefined {
  const tables = r.scan.tables
  const len = r.text.length
  const windows: Array<[number, number]> = []
  for (const s of r.splices) {
    let lo = tableIndexAt(tables, Math.max(0, s.start - 1))
    let hi = tableIndexAt(tables, Math.min(s.end, Math.max(0, len - 1)))
    // A package's sub-tables are read with it.
    while (lo > 0 && isPackageSubTable(tables[lo])) lo--
    while (hi + 1 < tables.length && isPackageSubTable(tables[hi + 1])) hi++
    windows.push([lo, hi])
  }
  windows.sort((x, y) => x[0] - y[0])
  const merged: Array<[number, number]> = []
  for (const w of windows) {
    const last = merged[merged.length - 1]
    if (last && w[0] <= last[1] + 1) last[1] = Math.max(last[1], w[1])
    else merged.push([w[0], w[1]])
  }
  const sorted = [...r.splices].sort((x, y) => x.start - y.start)
  let next = 0
  let delta = 0
  // Original offset (a table boundary) → offset in the edited text.
  const shift = (offset: number): number => {
    while (next < sorted.length && sorted[next].start < offset) {
      delta += sorted[next].text.length - (sorted[next].end - sorted[next].start)
      next++
    }
    return offset + delta
  }
  let rootPackageKey = tables[0].entries.some((kv) => kv.key[0] === 'package')
  for (const [lo, hi] of merged) {
    const a = tables[lo].lineStart
    const b = tables[hi].end
    const from = shift(a)
    const to = b === len ? r.output.length : shift(b)
    const window: Window = { tables: tables.slice(lo, hi + 1), a, b, atEnd: b === len, text: r.output.slice(from, to), packages: r.packages.between(a, b, b === len) }
    const read = readWindow(r, window)
    if (typeof read === 'string') return `${read} (edited lines from line ${lineOf(r.scan, a)})`
    if (lo === 0) rootPackageKey = read.rootPackageKey
  }
  if (rootPackageKey && r.packages.tables) return 'package = [] is left next to [[package]] tables'
  return undefined
}

interface Window {
  tables: readonly TableNode[]
  /** Original offsets. */
  a: number
  b: number
  atEnd: boolean
  /** The edited text of the window. */
  text: string
  /** The packages the window should read back as. */
  packages: Package[]
}

function lineOf(scan: ScannedToml, offset: number): number {
  return lineColumn(scan.lineStarts, offset).line
}

function isPackageSubTable(t: TableNode): boolean {
  return t.path[0] === 'package' && typeof t.path[1] === 'number' && t.path.length > 2
}

/** Index of the table whose text holds `offset` (tables are in file order; the root may be empty). */
function tableIndexAt(tables: readonly TableNode[], offset: number): number {
  let lo = 0
  let hi = tables.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (tables[mid].lineStart <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

const STAND_IN = '\n[inventory]\nname = ""\ndescription = ""\nmaintainer = ""\n'

function readWindow(r: ReadBack, w: Window): string | { rootPackageKey: boolean } {
  const hasInventory = w.tables.some((t) => t.kind === 'table' && t.path.length === 1 && t.path[0] === 'inventory')
  // A stretch without [inventory] gets a stand-in, so the schema reads it like a whole file.
  const back = parseInventory(r.path, hasInventory ? w.text : w.text + STAND_IN)
  if (!back.inventory) {
    const fatal = back.findings.filter((f) => f.severity === 'error')
    return fatal.map((f) => f.message).join('; ') || 'it does not parse'
  }
  const got = back.inventory
  if (hasInventory) {
    for (const f of META_FIELDS) if (!valuesEqual(got.meta[f], r.model.meta[f])) return `inventory.${f}`
  }
  for (const [key, wl] of got.meta.workloads) {
    const want = r.model.meta.workloads.get(key)
    if (!want || !sameWorkload(wl, want)) return `workload ${key}`
  }
  const inWindow = (at: number): boolean => at >= w.a && (at < w.b || (w.atEnd && at === w.b))
  const expectedKeys = [
    ...w.tables.filter((t) => t.kind === 'table' && t.path.length === 3 && t.path[0] === 'inventory' && t.path[1] === 'workloads').map((t) => String(t.path[2])),
    ...[...r.newWorkloads].filter(([, at]) => inWindow(at)).map(([k]) => k)
  ]
  for (const key of expectedKeys) if (!got.meta.workloads.has(key)) return `workload ${key}`
  const want = w.packages
  if (got.packages.length !== want.length) return `package count (${got.packages.length} read back, ${want.length} intended)`
  for (let i = 0; i < want.length; i++) if (!samePackage(got.packages[i], want[i])) return `package ${want[i].name}`
  // Whether the root keys still hold `package = …` (checked against [[package]] tables elsewhere).
  return { rootPackageKey: w.tables[0].kind === 'root' && (back.source?.scan.tables[0].entries.some((kv) => kv.key[0] === 'package') ?? false) }
}

function samePackage(a: Package, b: Package): boolean {
  for (const k of COMPARED_FIELDS) if (!valuesEqual(a[k], b[k])) return false
  return true
}

function sameWorkload(a: Workload, b: Workload): boolean {
  return WORKLOAD_FIELDS.every((f) => valuesEqual(a[f] as PackageValue | undefined, b[f] as PackageValue | undefined))
}
