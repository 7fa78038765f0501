// Format-preserving inventory edits (README, "Edits that keep your file"). A
// command changes `editor.model` (a copy of the parsed inventory) however it
// likes; `render()` compares it with the original and turns the differences
// into text splices:
//   - a changed field changes its own line; an array changes item by item, in
//     its own layout (toml/array-edit.ts);
//   - a new field is inserted where poi-tracker's key order puts it, spaced and
//     aligned like its neighbours; a removed field takes the comment lines
//     directly above it;
//   - a removed package takes its table, sub-tables and attached comment block;
//   - a new package becomes a [[package]] table in the file's own style
//     (edit-style.ts), at its sorted place (before the next package's comment
//     block) or at the end of an unsorted file.
// Everything else stays byte-identical, the final-newline convention included.
// What cannot be edited in place is refused with a located EditError. The
// edited stretches are parsed again and must read back as exactly the
// intended data (edit-verify.ts), or nothing is returned.

import type { InventorySource } from './parse.js'
import { type PackagesInFile, readBackProblem } from './edit-verify.js'
import {
  clonePackage, compareNames, type Inventory, type InventoryMeta, type Package, type PackageValue, valuesEqual, type Workload
} from './model.js'
import { CANONICAL_PACKAGE_KEYS } from './serialize.js'
import { detectStyle, type FileStyle, tableKeyStyle, type TableKeyStyle } from './edit-style.js'
import { lineColumn, type KeyValueNode, type TableNode } from '../toml/scan.js'
import { tomlKey } from '../toml/write.js'
import { alignedColumn, keyLine, type KeyLineStyle, PLAIN_KEYS, quoteString, renderArray, type QuoteStyle } from '../toml/style.js'
import { editArray } from '../toml/array-edit.js'
import {
  applySplices, attachedCommentStart, isBlankLine, isCommentLine, lineEndAt, lineText, skipBlankLinesBack, type Splice
} from '../toml/lines.js'

/** The editor's own check failed: a bug in poi-gitops, never the user's input (no exit code: reported as internal). */
export class EditInvariantError extends Error {
  override readonly name = 'EditInvariantError'
}

export class EditError extends Error {
  /** The input cannot be edited in place: the user's to fix (exit 1). */
  readonly exitCode = 1
  constructor(readonly file: string, message: string, readonly at?: { line: number; column: number }) {
    super(at ? `${file}:${at.line}:${at.column}: ${message}` : `${file}: ${message}`)
    this.name = 'EditError'
  }
}

const META_ORDER = ['name', 'description', 'maintainer', 'labels', 'private_fields'] as const
const WORKLOAD_ORDER = ['name', 'description', 'maintainer', 'labels', 'default_priority', 'packages'] as const
const PACKAGE_ORDER: readonly string[] = CANONICAL_PACKAGE_KEYS
const EDITABLE_FIELDS = [...CANONICAL_PACKAGE_KEYS, 'arch_rpms'] as const

type FieldValue = PackageValue | undefined

/** Orders insertions at one offset: keys of the table ending there, then new workload tables, then new packages. */
const FIELD_FIRST = -3
const WORKLOADS_NEXT = -2
const PACKAGES_LAST = -1
type TableKind = 'package' | 'workload' | 'inventory'

interface PackageLayout {
  table: TableNode
  /** The [[package]] table and its sub-tables ([package.arch_rpms]). */
  tables: TableNode[]
}

/** Where each original package's [[package]] table is (an index into the scanned tables; -1 when written inline). */
class PackageTables {
  private readonly index: Int32Array

  constructor(private readonly tables: readonly TableNode[], count: number) {
    this.index = new Int32Array(count).fill(-1)
    tables.forEach((t, k) => {
      const i = t.path[1]
      if (t.kind === 'array' && t.path.length === 2 && t.path[0] === 'package' && typeof i === 'number' && i < count) this.index[i] = k
    })
  }

  has(i: number): boolean {
    return this.index[i] >= 0
  }

  /** The line of package i's header, or -1. */
  lineStart(i: number): number {
    return this.index[i] >= 0 ? this.tables[this.index[i]].lineStart : -1
  }

  layout(i: number): PackageLayout | undefined {
    const k = this.index[i]
    if (k < 0) return undefined
    const tables = [this.tables[k]]
    // Sub-tables follow their [[package]] table.
    for (let j = k + 1; j < this.tables.length && this.tables[j].path[0] === 'package' && this.tables[j].path[1] === i; j++) tables.push(this.tables[j])
    return { table: this.tables[k], tables }
  }
}

function cloneWorkload(w: Workload): Workload {
  const c: Workload = { ...w, packages: w.packages.slice() }
  if (w.labels) c.labels = w.labels.slice()
  return c
}

function cloneMeta(meta: InventoryMeta): InventoryMeta {
  return {
    ...meta,
    labels: meta.labels.slice(),
    private_fields: meta.private_fields.slice(),
    workloads: new Map([...meta.workloads].map(([k, w]) => [k, cloneWorkload(w)]))
  }
}

export class InventoryEditor {
  readonly model: Inventory
  private readonly origin = new Map<Package, number>()
  private readonly text: string
  private readonly eol: string
  private fileStyle?: FileStyle
  /** Where each new workload table goes (original offsets), for the read-back. */
  private readonly newWorkloads = new Map<string, number>()

  constructor(private readonly source: InventorySource, private readonly original: Inventory) {
    this.text = source.decoded.text
    this.eol = source.decoded.eol
    this.model = {
      meta: cloneMeta(original.meta),
      packages: original.packages.map((p, i) => {
        const c = clonePackage(p)
        this.origin.set(c, i)
        return c
      })
    }
  }

  get path(): string {
    return this.source.path
  }

  /** True when `p` is an entry of the original file (not added by this edit). */
  isOriginal(p: Package): boolean {
    return this.origin.has(p)
  }

  /** The full new file text (with the original byte-order mark), verified to read back as `model`. */
  render(): string {
    const splices: Splice[] = []
    this.newWorkloads.clear()
    const packages = this.packageSplices(splices)
    this.metaSplices(splices)
    this.workloadSplices(splices)
    const bom = this.source.decoded.bom ? '\ufeff' : ''
    if (splices.length === 0) return bom + this.text
    // A file that ends without a line break keeps ending without one: lines added at its end
    // get one before them, and the last one loses its own.
    const end = this.text.length
    const noFinalEol = end > 0 && !this.text.endsWith('\n')
    if (noFinalEol && splices.some((s) => s.start === end && s.text !== '')) splices.push({ start: end, end, text: this.eol, order: -100 })
    let text = applySplices(this.text, splices)
    if (noFinalEol && text.endsWith('\n')) text = text.slice(0, text.endsWith('\r\n') ? -2 : -1)
    const problem = readBackProblem({
      path: this.path, text: this.text, scan: this.source.scan, output: text, splices, model: this.model, packages, newWorkloads: this.newWorkloads
    })
    if (problem) throw new EditInvariantError(`${this.path}: internal error: the edited file would not read back as intended (${problem}); nothing was written`)
    return bom + text
  }

  private get style(): FileStyle {
    return (this.fileStyle ??= detectStyle(this.text, this.source.scan, this.eol))
  }

  private refuse(offset: number, message: string): never {
    throw new EditError(this.path, message, lineColumn(this.source.scan.lineStarts, offset))
  }

  /** A splice that inserts `text` at `at` (`order` places it among insertions at the same offset). */
  private insertion(at: number, text: string, order?: number): Splice {
    return { start: at, end: at, text, order }
  }

  // ---- packages ---------------------------------------------------------

  private refuseInline(): never {
    const kv = this.source.scan.tables[0].entries.find((e) => e.key[0] === 'package')
    return this.refuse(kv?.keyStart ?? 0,
      'packages are written inline (package = [{ … }]), which cannot be edited in place; write each package as a [[package]] table')
  }

  private packageSplices(splices: Splice[]): PackagesInFile {
    const originals = this.original.packages
    const layouts = new PackageTables(this.source.scan.tables, originals.length)
    const current = new Array<Package | undefined>(originals.length)
    const added: Package[] = []
    for (const p of this.model.packages) {
      const i = this.origin.get(p)
      if (i === undefined) added.push(p)
      else if (current[i]) throw new EditError(this.path, `package '${p.name}' appears twice in the edited model`)
      else current[i] = p
    }
    const layoutOf = (i: number): PackageLayout => layouts.layout(i) ?? this.refuseInline()
    if (added.length > 0 && originals.some((_p, i) => !layouts.has(i))) this.refuseInline()
    // Removed packages. Neighbouring removals can claim the same blank lines
    // (the last package reaches back over them at the end of the file): delete the union.
    const removals: Array<{ start: number; end: number }> = []
    for (let i = 0; i < originals.length; i++) if (!current[i]) removals.push(this.packageRegion(layoutOf(i)))
    for (const r of mergeRanges(removals)) {
      // A removal that reaches the end of the file must not leave a trailing blank line.
      const start = r.end === this.text.length ? skipBlankLinesBack(this.text, r.start) : r.start
      splices.push({ start, end: r.end, text: '' })
    }
    // Changed fields of kept packages.
    current.forEach((p, i) => {
      if (!p) return
      const before = originals[i]
      for (const field of EDITABLE_FIELDS) {
        const a = before[field]
        const b = p[field]
        if (valuesEqual(a, b)) continue
        const layout = layoutOf(i)
        if (field === 'arch_rpms') {
          const kv = layout.table.entries.find((e) => e.key[0] === 'arch_rpms')
          this.refuse(kv?.keyStart ?? layout.tables[1]?.headerStart ?? layout.table.headerStart, `changing arch_rpms of package '${p.name}' in place is not supported`)
        }
        splices.push(...this.fieldSplices(layout.table, field, a, b, PACKAGE_ORDER, 'package'))
      }
    })
    return this.placeNewPackages(added, layouts, current, splices)
  }

  /** Adds insertion splices for new packages; returns the packages of the edited file, to read back. */
  private placeNewPackages(added: Package[], layouts: PackageTables, current: Array<Package | undefined>, splices: Splice[]): PackagesInFile {
    const news: Array<{ at: number; pkg: Package }> = []
    const result = (): PackagesInFile => this.packagesInFile(layouts, current, news)
    if (added.length === 0) return result()
    const names = this.original.packages.map((p) => p.name)
    const sorted = names.every((n, i) => i === 0 || compareNames(names[i - 1], n) <= 0)
    // In a sorted file each new package goes before the first kept package that sorts after it.
    const byAnchor = new Map<number, Package[]>()
    const appended: Package[] = []
    if (sorted) {
      const sortedNew = [...added].sort((a, b) => compareNames(a.name, b.name))
      let k = 0
      for (let i = 0; i < current.length && k < sortedNew.length; i++) {
        if (!current[i]) continue
        const here: Package[] = []
        while (k < sortedNew.length && compareNames(names[i], sortedNew[k].name) > 0) here.push(sortedNew[k++])
        if (here.length > 0) byAnchor.set(i, here)
      }
      appended.push(...sortedNew.slice(k))
    } else appended.push(...added)

    const { packageGap: gap } = this.style
    for (const [i, pkgs] of byAnchor) {
      const at = attachedCommentStart(this.text, layouts.lineStart(i))
      splices.push({ start: at, end: at, text: pkgs.map((p) => this.renderPackage(p) + gap).join('') })
      for (const pkg of pkgs) news.push({ at, pkg })
    }
    if (appended.length > 0) {
      let lastKept = -1
      current.forEach((p, i) => { if (p) lastKept = i })
      const body = appended.map((p) => this.renderPackage(p)).join(gap)
      let at: number
      if (lastKept >= 0) {
        at = this.regionEnd(layouts.layout(lastKept) as PackageLayout, false)
        splices.push(this.insertion(at, gap + body, PACKAGES_LAST))
      } else {
        this.dropEmptyPackageArray(splices)
        at = this.text.length
        splices.push(this.insertion(at, (this.text.length === 0 ? '' : gap) + body, PACKAGES_LAST))
      }
      for (const pkg of appended) news.push({ at, pkg })
    }
    return result()
  }

  /**
   * The packages of the edited file by where they are in the original text: a kept package at its
   * header (all inline ones at the `package` key), a new one at its insertion point, before the
   * kept package it is inserted above.
   */
  private packagesInFile(layouts: PackageTables, current: Array<Package | undefined>, news: Array<{ at: number; pkg: Package }>): PackagesInFile {
    const inlineAt = this.source.scan.tables[0].entries.find((e) => e.key[0] === 'package')?.keyStart ?? 0
    const starts = Int32Array.from(current, (_p, i) => (layouts.has(i) ? layouts.lineStart(i) : inlineAt))
    news.sort((x, y) => x.at - y.at)
    return {
      tables: news.length > 0 || current.some((p, i) => p !== undefined && layouts.has(i)),
      between(a, b, atEnd) {
        const inside = (at: number): boolean => at >= a && (at < b || (atEnd && at === b))
        const out: Package[] = []
        let n = 0
        while (n < news.length && news[n].at < a) n++
        // Kept packages are in file order, so their starts never decrease: find the first inside.
        let lo = 0
        let hi = starts.length
        while (lo < hi) {
          const mid = (lo + hi) >> 1
          if (starts[mid] < a) lo = mid + 1
          else hi = mid
        }
        for (let i = lo; i < starts.length && inside(starts[i]); i++) {
          while (n < news.length && news[n].at <= starts[i] && inside(news[n].at)) out.push(news[n++].pkg)
          const p = current[i]
          if (p) out.push(p)
        }
        while (n < news.length && inside(news[n].at)) out.push(news[n++].pkg)
        return out
      }
    }
  }

  /** `package = []` (poi-tracker's layout for an empty inventory) must go before tables are appended. */
  private dropEmptyPackageArray(splices: Splice[]): void {
    const root = this.source.scan.tables[0]
    const kv = root.entries.find((e) => e.key.length === 1 && e.key[0] === 'package')
    if (!kv) return
    let end = kv.lineEnd
    while (end < this.text.length && isBlankLine(lineText(this.text, end))) end = lineEndAt(this.text, end)
    splices.push({ start: kv.lineStart, end, text: '' })
  }

  /** The text a package occupies: attached comments, header, keys, sub-tables, trailing comments and blank lines. */
  private packageRegion(layout: PackageLayout): { start: number; end: number } {
    let start = attachedCommentStart(this.text, layout.table.lineStart)
    const end = this.regionEnd(layout, true)
    if (end === this.text.length) start = skipBlankLinesBack(this.text, start)
    return { start, end }
  }

  /**
   * End of a package's own text: its last key line plus comment lines that follow it directly,
   * unless those comments run straight into the next header (then they are that header's).
   * With `blanks`, also the blank lines after it.
   */
  private regionEnd(layout: PackageLayout, blanks: boolean): number {
    const { text } = this
    let end = layout.table.bodyStart
    for (const t of layout.tables) {
      end = Math.max(end, t.bodyStart)
      for (const kv of t.entries) end = Math.max(end, kv.lineEnd)
    }
    let pos = end
    let sawBlank = false
    while (pos < text.length) {
      const line = lineText(text, pos)
      if (isBlankLine(line)) {
        if (!blanks) break
        sawBlank = true
        pos = lineEndAt(text, pos)
        continue
      }
      if (!isCommentLine(line) || sawBlank) break
      // A comment block directly after the content: ours, unless it runs into a header.
      let q = pos
      while (q < text.length && isCommentLine(lineText(text, q))) q = lineEndAt(text, q)
      if (q < text.length && /^[ \t]*\[/.test(lineText(text, q))) break
      pos = q
      end = q
    }
    return blanks ? pos : end
  }

  /** A new [[package]] table (and its arch_rpms table) in the file's style. */
  private renderPackage(p: Package): string {
    const { eol } = this
    const { packageKeys, packageHeader, archHeader } = this.style
    const keys = CANONICAL_PACKAGE_KEYS.filter((k) => p[k] !== undefined)
    const style = newTableKeys(packageKeys, keys.map(tomlKey))
    let out = packageHeader + eol
    for (const k of keys) out += keyLine(tomlKey(k), this.renderValue(p[k] as PackageValue, style.indent), style) + eol
    if (p.arch_rpms !== undefined) {
      const arch = p.arch_rpms
      const archKeys = Object.keys(arch).sort(compareNames)
      const archStyle = newTableKeys(packageKeys, archKeys.map(tomlKey))
      out += eol + archHeader + eol
      for (const k of archKeys) out += keyLine(tomlKey(k), this.renderValue(arch[k], archStyle.indent), archStyle) + eol
    }
    return out
  }

  // ---- fields -------------------------------------------------------------

  private renderValue(v: PackageValue, lineIndent: string, quote: QuoteStyle = this.style.quote): string {
    if (typeof v === 'boolean') return String(v)
    if (typeof v === 'string') return quoteString(v, quote)
    if (Array.isArray(v)) return renderArray(v, this.style.arrays, this.eol, lineIndent)
    throw new EditError(this.path, 'table values cannot be written in place')
  }

  /** Splices that change `field` of a table from `before` to `after`. */
  private fieldSplices(table: TableNode, field: string, before: FieldValue, after: FieldValue, order: readonly string[], kind: TableKind): Splice[] {
    const kv = table.entries.find((e) => e.key.length === 1 && e.key[0] === field)
    if (!kv) {
      const dotted = table.entries.find((e) => e.key[0] === field)
      if (dotted) this.refuse(dotted.keyStart, `\`${field}\` is written with dotted keys, which cannot be edited in place`)
      if (after === undefined) return []
      return [this.insertField(table, field, after, order, kind)]
    }
    if (after === undefined) {
      // The comment lines directly above a key belong to it.
      return [{ start: Math.max(table.bodyStart, attachedCommentStart(this.text, kv.lineStart)), end: kv.lineEnd, text: '' }]
    }
    const indent = this.text.slice(kv.lineStart, kv.keyStart)
    if (Array.isArray(before) && Array.isArray(after) && kv.value.kind === 'array') {
      let text: string
      try {
        text = editArray({ text: this.text, node: kv.value, before, after, eol: this.eol, fresh: this.style.arrays, lineIndent: indent })
      } catch {
        return this.refuse(kv.value.start, `the array \`${field}\` cannot be edited in place`)
      }
      return [{ start: kv.value.start, end: kv.value.end, text }]
    }
    // A changed string keeps the quoting of the value it replaces.
    const first = this.text.charCodeAt(kv.value.start)
    const quote: QuoteStyle = first === 0x27 ? 'literal' : first === 0x22 ? 'basic' : this.style.quote
    return [{ start: kv.value.start, end: kv.value.end, text: this.renderValue(after, indent, quote) }]
  }

  private insertField(table: TableNode, field: string, value: PackageValue, order: readonly string[], kind: TableKind): Splice {
    const rank = order.indexOf(field)
    let after: KeyValueNode | undefined
    let before: KeyValueNode | undefined
    for (const e of table.entries) {
      const r = order.indexOf(e.key[0])
      if (r < 0) continue
      if (r < rank) after = e
      else if (!before) before = e
    }
    const style = this.fieldKeys(table, tomlKey(field), kind)
    const line = keyLine(tomlKey(field), this.renderValue(value, style.indent), style) + this.eol
    // A key belongs to its table: at the offset where a new table is also inserted, it goes first.
    if (after) return this.insertion(after.lineEnd, line, FIELD_FIRST)
    if (before) {
      const at = Math.max(table.bodyStart, attachedCommentStart(this.text, before.lineStart))
      return { start: at, end: at, text: line, order: FIELD_FIRST }
    }
    return this.insertion(table.bodyStart, line, FIELD_FIRST)
  }

  /** How a new key line of an existing table is written: like its neighbours, else like the file's tables of that kind. */
  private fieldKeys(table: TableNode, key: string, kind: TableKind): KeyLineStyle {
    const own = tableKeyStyle(this.text, table.entries)
    const file = kind === 'package' ? this.style.packageKeys : kind === 'workload' ? this.style.workloadKeys : undefined
    if (own?.aligned) return own.keys
    if (own) return { ...own.keys, column: undefined }
    return file ? newTableKeys(file, [key]) : PLAIN_KEYS
  }

  // ---- inventory table and workloads -----------------------------------

  private tableAt(path: ReadonlyArray<string | number>): TableNode | undefined {
    return this.source.scan.tables.find((t) => t.kind === 'table' && t.path.length === path.length && t.path.every((p, i) => p === path[i]))
  }

  private metaSplices(splices: Splice[]): void {
    const a = this.original.meta
    const b = this.model.meta
    for (const field of META_ORDER) {
      if (valuesEqual(a[field], b[field])) continue
      const table = this.tableAt(['inventory'])
      if (!table) this.refuse(0, `[inventory] is not written as a table; \`${field}\` cannot be edited in place`)
      splices.push(...this.fieldSplices(table, field, a[field], b[field], META_ORDER, 'inventory'))
    }
  }

  private workloadSplices(splices: Splice[]): void {
    const a = this.original.meta.workloads
    const b = this.model.meta.workloads
    for (const key of a.keys()) {
      if (!b.has(key)) this.refuse(this.tableAt(['inventory', 'workloads', key])?.headerStart ?? 0, `removing workload '${key}' is not supported`)
    }
    const added: string[] = []
    for (const [key, w] of b) {
      const old = a.get(key)
      if (!old) { added.push(key); continue }
      for (const field of WORKLOAD_ORDER) {
        const x = field === 'packages' && old.packages.length === 0 ? undefined : (old[field] as FieldValue)
        const y = field === 'packages' && w.packages.length === 0 ? undefined : (w[field] as FieldValue)
        if (valuesEqual(x, y)) continue
        const table = this.tableAt(['inventory', 'workloads', key])
        if (!table) this.refuse(this.workloadsKeyOffset(), `workload '${key}' is not written as an [inventory.workloads.${key}] table and cannot be edited in place`)
        splices.push(...this.fieldSplices(table, field, x, y, WORKLOAD_ORDER, 'workload'))
      }
    }
    if (added.length > 0) this.insertWorkloads(added.sort(compareNames), splices)
  }

  /** Where workloads are written inside [inventory] (`workloads = …` or `workloads.x = …`), else 0. */
  private workloadsKeyOffset(): number {
    return this.tableAt(['inventory'])?.entries.find((e) => e.key[0] === 'workloads')?.keyStart ?? 0
  }

  private renderWorkload(key: string, w: Workload): string {
    const fields = WORKLOAD_ORDER.filter((f) => (f === 'packages' ? w.packages.length > 0 : w[f] !== undefined))
    const style = newTableKeys(this.style.workloadKeys, fields)
    let out = `[inventory.workloads.${tomlKey(key)}]${this.eol}`
    for (const f of fields) out += keyLine(f, this.renderValue(w[f] as PackageValue, style.indent), style) + this.eol
    return out
  }

  private insertWorkloads(keys: string[], splices: Splice[]): void {
    const inventory = this.tableAt(['inventory'])
    if (!inventory) this.refuse(0, 'there is no [inventory] table to add a workload to')
    if (inventory.entries.some((e) => e.key[0] === 'workloads')) {
      this.refuse(this.workloadsKeyOffset(), 'workloads are written inside [inventory]; a new workload cannot be added in place (write each as an [inventory.workloads.<key>] table)')
    }
    const existing = this.source.scan.tables.filter((t) => t.kind === 'table' && t.path[0] === 'inventory' && t.path[1] === 'workloads' && t.path.length === 3)
    const existingKeys = existing.map((t) => String(t.path[2]))
    const sorted = existingKeys.every((k, i) => i === 0 || compareNames(existingKeys[i - 1], k) <= 0)
    const gap = this.style.workloadGap
    const render = (key: string): string => this.renderWorkload(key, this.model.meta.workloads.get(key) as Workload)
    const tail: string[] = []
    for (const key of keys) {
      const next = sorted ? existing.find((t) => compareNames(String(t.path[2]), key) > 0) : undefined
      if (next) {
        const at = attachedCommentStart(this.text, next.lineStart)
        splices.push({ start: at, end: at, text: render(key) + gap })
        this.newWorkloads.set(key, at)
      } else tail.push(key)
    }
    if (tail.length === 0) return
    const group = [inventory, ...this.source.scan.tables.filter((t) => t.kind === 'table' && t.path[0] === 'inventory' && t.path[1] === 'workloads')]
    const last = group.reduce((x, y) => (y.lineStart > x.lineStart ? y : x))
    const at = this.regionEnd({ table: last, tables: [last] }, false)
    splices.push(this.insertion(at, tail.map((k) => gap + render(k)).join(''), WORKLOADS_NEXT))
    for (const k of tail) this.newWorkloads.set(k, at)
  }
}

/** Key lines of a new table: aligned (at the file's column when the keys fit) when the file's tables are. */
function newTableKeys(style: TableKeyStyle, keys: readonly string[]): KeyLineStyle {
  if (!style.aligned || keys.length === 0) return { ...style.keys, column: undefined }
  return { ...style.keys, column: alignedColumn(keys, style.keys, style.keys.column) }
}

function mergeRanges(ranges: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}

