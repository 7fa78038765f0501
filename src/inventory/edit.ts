// Format-preserving inventory edits. A command changes `editor.model` (a
// clone of the parsed inventory) however it likes; `render()` compares it with
// the original and turns the differences into text splices:
//   - a changed field changes its own line (arrays item by item);
//   - a new field is inserted where poi-tracker's key order puts it;
//   - a removed package takes its table, sub-tables and attached comment block;
//   - a new package becomes a [[package]] table in the file's own style, at its
//     sorted place (before the next package's comment block) or at the end of
//     an unsorted file.
// Everything else stays byte-identical. The result is parsed again and must
// read back as exactly the intended data, or nothing is returned.

import { type InventorySource, parseInventory } from './parse.js'
import {
  clonePackage, compareNames, type Inventory, type InventoryMeta, type Package, type PackageValue, valuesEqual, type Workload
} from './model.js'
import { CANONICAL_PACKAGE_KEYS, serializePackage, serializeWorkload } from './serialize.js'
import type { KeyValueNode, TableNode, ValueNode } from '../toml/scan.js'
import { tomlInlineArray, tomlKey, tomlString, tomlStringArray } from '../toml/write.js'
import {
  applySplices, attachedCommentStart, isBlankLine, isCommentLine, lineEndAt, lineStartAt, lineText, skipBlankLinesBack, type Splice
} from '../toml/lines.js'

export class EditError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`)
    this.name = 'EditError'
  }
}

const META_ORDER = ['name', 'description', 'maintainer', 'labels', 'private_fields'] as const
const WORKLOAD_ORDER = ['name', 'description', 'maintainer', 'labels', 'default_priority', 'packages'] as const
const PACKAGE_ORDER: readonly string[] = CANONICAL_PACKAGE_KEYS
const EDITABLE_FIELDS = [...CANONICAL_PACKAGE_KEYS, 'arch_rpms'] as const

type FieldValue = PackageValue | undefined

interface PackageLayout {
  table: TableNode
  /** The [[package]] table and its sub-tables ([package.arch_rpms]). */
  tables: TableNode[]
}

function cloneMeta(meta: InventoryMeta): InventoryMeta {
  return { ...structuredClone({ ...meta, workloads: undefined }), workloads: new Map([...meta.workloads].map(([k, w]) => [k, structuredClone(w)])) }
}

export class InventoryEditor {
  readonly model: Inventory
  private readonly origin = new Map<Package, number>()
  private readonly text: string
  private readonly eol: string

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
    const order = this.packageSplices(splices)
    this.metaSplices(splices)
    this.workloadSplices(splices)
    const text = applySplices(this.text, splices)
    this.verify(text, order)
    return (this.source.decoded.bom ? '\ufeff' : '') + text
  }

  // ---- packages ---------------------------------------------------------

  private layouts(): Array<PackageLayout | undefined> {
    const out: Array<PackageLayout | undefined> = []
    for (const t of this.source.scan.tables) {
      if (t.path[0] !== 'package' || typeof t.path[1] !== 'number') continue
      const i = t.path[1]
      if (t.path.length === 2 && t.kind === 'array') out[i] = { table: t, tables: [t] }
      else out[i]?.tables.push(t)
    }
    return out
  }

  private packageSplices(splices: Splice[]): Package[] {
    const layouts = this.layouts()
    const kept = new Set<number>()
    const added: Package[] = []
    for (const p of this.model.packages) {
      const i = this.origin.get(p)
      if (i === undefined) added.push(p)
      else if (kept.has(i)) throw new EditError(this.path, `package '${p.name}' appears twice in the edited model`)
      else kept.add(i)
    }
    const needsLayout = (i: number): PackageLayout => {
      const l = layouts[i]
      if (!l) throw new EditError(this.path, `package '${this.original.packages[i].name}' is written inline (package = [{ … }]), which cannot be edited in place; write it as a [[package]] table`)
      return l
    }
    // Removed packages.
    const removals: Array<{ start: number; end: number }> = []
    for (let i = 0; i < this.original.packages.length; i++) {
      if (!kept.has(i)) removals.push(this.packageRegion(needsLayout(i)))
    }
    // Neighbouring removals can claim the same blank lines (the last package reaches back
    // over them at the end of the file): delete the union of the regions.
    for (const r of mergeRanges(removals)) {
      // A removal that reaches the end of the file must not leave a trailing blank line.
      const start = r.end === this.text.length ? skipBlankLinesBack(this.text, r.start) : r.start
      splices.push({ start, end: r.end, text: '' })
    }
    // Changed fields of kept packages.
    for (const p of this.model.packages) {
      const i = this.origin.get(p)
      if (i === undefined) continue
      const before = this.original.packages[i]
      for (const field of EDITABLE_FIELDS) {
        const a = before[field] as FieldValue
        const b = p[field] as FieldValue
        if (valuesEqual(a, b)) continue
        const layout = needsLayout(i)
        if (field === 'arch_rpms') {
          throw new EditError(this.path, `changing arch_rpms of package '${p.name}' in place is not supported`)
        }
        splices.push(...this.fieldSplices(layout.table, field, a, b, PACKAGE_ORDER))
      }
    }
    return this.placeNewPackages(added, layouts, kept, splices)
  }

  /** Adds insertion splices for new packages and returns the package order the file will have. */
  private placeNewPackages(added: Package[], layouts: Array<PackageLayout | undefined>, kept: Set<number>, splices: Splice[]): Package[] {
    const positioned: Array<{ at: number; rank: number; seq: number; pkg: Package }> = []
    this.model.packages.forEach((p) => {
      const i = this.origin.get(p)
      if (i !== undefined) positioned.push({ at: layouts[i]?.table.lineStart ?? i, rank: 1, seq: i, pkg: p })
    })
    if (added.length === 0) return sortPositioned(positioned)

    const names = this.original.packages.map((p) => p.name)
    const sorted = names.every((n, i) => i === 0 || compareNames(names[i - 1], n) <= 0)
    const keptInFile = [...kept].sort((a, b) => a - b)
    const style = this.packageStyle(layouts)
    const byAnchor = new Map<number, Package[]>()
    const appended: Package[] = []
    for (const p of sorted ? [...added].sort((a, b) => compareNames(a.name, b.name)) : added) {
      const anchor = sorted ? keptInFile.find((i) => compareNames(names[i], p.name) > 0) : undefined
      if (anchor === undefined || !layouts[anchor]) appended.push(p)
      else byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), p])
    }
    let seq = 0
    for (const [anchor, pkgs] of byAnchor) {
      const at = attachedCommentStart(this.text, (layouts[anchor] as PackageLayout).table.lineStart)
      splices.push({ start: at, end: at, text: pkgs.map((p) => this.renderPackage(p, style) + style.separator).join('') })
      for (const p of pkgs) positioned.push({ at, rank: 0, seq: seq++, pkg: p })
    }
    if (appended.length > 0) {
      const lastKept = [...keptInFile].reverse().find((i) => layouts[i])
      let at: number
      let prefix: string
      if (lastKept !== undefined) {
        at = this.regionEnd(layouts[lastKept] as PackageLayout, false)
        prefix = style.separator
      } else {
        at = this.text.length
        prefix = this.text.length === 0 ? '' : this.eol
        this.dropEmptyPackageArray(splices)
      }
      if (at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n')) prefix = this.eol + prefix
      splices.push({ start: at, end: at, text: prefix + appended.map((p) => this.renderPackage(p, style)).join(style.separator), order: -1 })
      for (const p of appended) positioned.push({ at, rank: 0, seq: seq++, pkg: p })
    }
    return sortPositioned(positioned)
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

  private packageStyle(layouts: Array<PackageLayout | undefined>): PackageStyle {
    let aligned = 0
    let plain = 0
    for (const l of layouts) {
      if (!l || l.table.entries.length < 2) continue
      if (isAligned(this.text, l.table.entries)) aligned++
      else plain++
    }
    const present = layouts.filter((l): l is PackageLayout => l !== undefined)
    let separator = this.eol
    if (present.length >= 2) {
      const between = this.text.slice(this.regionEnd(present[0], false), attachedCommentStart(this.text, present[1].table.lineStart))
      if (!between.includes('\n')) separator = ''
    }
    return { aligned: aligned > plain, inlineArrays: this.arraysAreInline(), separator }
  }

  private arraysAreInline(): boolean {
    let inline = 0
    let multi = 0
    const visit = (entries: KeyValueNode[]): void => {
      for (const kv of entries) {
        const v = kv.value
        if (v.kind === 'array' && (v.items?.length ?? 0) >= 2) {
          if (this.text.slice(v.start, v.end).includes('\n')) multi++
          else inline++
        }
      }
    }
    for (const t of this.source.scan.tables) visit(t.entries)
    return inline > 0 && multi === 0
  }

  private renderPackage(p: Package, style: PackageStyle): string {
    const blocks = serializePackage(p, this.eol)
    let main = blocks[0]
    if (style.inlineArrays) {
      main = `[[package]]${this.eol}` + CANONICAL_PACKAGE_KEYS.filter((k) => p[k] !== undefined)
        .map((k) => `${k} = ${this.renderValue(p[k] as PackageValue, true)}${this.eol}`).join('')
    }
    if (style.aligned) {
      const lines = main.split(this.eol)
      const width = Math.max(...lines.filter((l) => /^[A-Za-z_]+ = /.test(l)).map((l) => l.indexOf(' = ')))
      main = lines.map((l) => (/^[A-Za-z_]+ = /.test(l) ? l.replace(/^([A-Za-z_]+) = /, (_m, k: string) => `${k.padEnd(width)} = `) : l)).join(this.eol)
    }
    return [main, ...blocks.slice(1)].join(this.eol)
  }

  // ---- fields -------------------------------------------------------------

  private renderValue(v: PackageValue, inlineArrays = this.arraysAreInline()): string {
    if (typeof v === 'boolean') return String(v)
    if (typeof v === 'string') return tomlString(v)
    if (Array.isArray(v)) return inlineArrays ? tomlInlineArray(v) : tomlStringArray(v, this.eol)
    throw new EditError(this.path, 'table values cannot be written in place')
  }

  /** Splices that change `field` of a table from `before` to `after`. */
  private fieldSplices(table: TableNode, field: string, before: FieldValue, after: FieldValue, order: readonly string[]): Splice[] {
    const kv = table.entries.find((e) => e.key.length === 1 && e.key[0] === field)
    if (!kv) {
      if (table.entries.some((e) => e.key[0] === field)) throw new EditError(this.path, `\`${field}\` is written with dotted keys, which cannot be edited in place`)
      if (after === undefined) return []
      return [this.insertField(table, field, after, order)]
    }
    if (after === undefined) return [{ start: kv.lineStart, end: kv.lineEnd, text: '' }]
    if (Array.isArray(before) && Array.isArray(after) && kv.value.kind === 'array') return this.arraySplices(kv.value, before, after)
    return [{ start: kv.value.start, end: kv.value.end, text: this.renderValue(after) }]
  }

  private insertField(table: TableNode, field: string, value: PackageValue, order: readonly string[]): Splice {
    const rank = order.indexOf(field)
    let after: KeyValueNode | undefined
    let before: KeyValueNode | undefined
    for (const e of table.entries) {
      const r = order.indexOf(e.key[0])
      if (r < 0) continue
      if (r < rank) after = e
      else if (!before) before = e
    }
    const width = isAligned(this.text, table.entries) ? equalsColumn(this.text, table.entries[0]) : -1
    const key = tomlKey(field)
    const line = `${width > key.length ? key.padEnd(width) : key} = ${this.renderValue(value)}${this.eol}`
    if (after) {
      const needsEol = after.lineEnd === this.text.length && !this.text.endsWith('\n')
      return { start: after.lineEnd, end: after.lineEnd, text: (needsEol ? this.eol : '') + line }
    }
    if (before) return { start: before.lineStart, end: before.lineStart, text: line }
    const at = table.bodyStart
    const needsEol = at === this.text.length && !this.text.endsWith('\n') && at > 0
    return { start: at, end: at, text: (needsEol ? this.eol : '') + line }
  }

  /** Item-by-item splices for a multi-line array, so untouched items (and comments) keep their lines. */
  private arraySplices(node: ValueNode, before: readonly string[], after: readonly string[]): Splice[] {
    const { text } = this
    const src = text.slice(node.start, node.end)
    const items = node.items ?? []
    const whole = (): Splice[] => [{ start: node.start, end: node.end, text: this.renderArrayLike(node, after) }]
    if (!src.includes('\n') || items.length === 0 || after.length === 0) return whole()
    const ownLine = items.every((it) => /^[ \t]*$/.test(text.slice(lineStartAt(text, it.start), it.start)) &&
      /^[ \t]*,?[ \t]*(#.*)?\r?\n?$/.test(text.slice(it.end, lineEndAt(text, it.end))))
    const last = items[items.length - 1]
    const trailingComma = /^[ \t]*,/.test(text.slice(last.end, lineEndAt(text, last.end)))
    if (!ownLine || !trailingComma) return whole()
    const indent = text.slice(lineStartAt(text, items[0].start), items[0].start)
    const itemLine = (v: string): string => `${indent}${tomlString(v)},${this.eol}`
    const remaining = new Map<string, number>()
    for (const v of after) remaining.set(v, (remaining.get(v) ?? 0) + 1)
    const splices: Splice[] = []
    const endOfItems = lineEndAt(text, last.end)
    let i = 0
    let j = 0
    while (i < before.length || j < after.length) {
      if (i < before.length && j < after.length && before[i] === after[j]) {
        remaining.set(after[j], (remaining.get(after[j]) ?? 1) - 1)
        i++
        j++
      } else if (i < before.length && !(remaining.get(before[i]) ?? 0)) {
        const s = lineStartAt(text, items[i].start)
        splices.push({ start: s, end: lineEndAt(text, items[i].end), text: '' })
        i++
      } else {
        const at = i < before.length ? lineStartAt(text, items[i].start) : endOfItems
        splices.push({ start: at, end: at, text: itemLine(after[j]), order: -1 })
        remaining.set(after[j], (remaining.get(after[j]) ?? 1) - 1)
        j++
      }
    }
    return splices
  }

  /** A whole array in the style of the one it replaces (single line, or one item per line). */
  private renderArrayLike(node: ValueNode, values: readonly string[]): string {
    const src = this.text.slice(node.start, node.end)
    if (values.length === 0) return '[]'
    if (!src.includes('\n')) {
      return this.arraysAreInline() || values.length < 2 ? tomlInlineArray(values) : tomlStringArray(values, this.eol)
    }
    const first = node.items?.[0]
    const indent = first ? this.text.slice(lineStartAt(this.text, first.start), first.start) : '    '
    const closeIndent = this.text.slice(lineStartAt(this.text, node.end - 1), node.end - 1)
    return `[${this.eol}${values.map((v) => `${indent}${tomlString(v)},${this.eol}`).join('')}${/^[ \t]*$/.test(closeIndent) ? closeIndent : ''}]`
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
      if (!table) throw new EditError(this.path, `[inventory] is not written as a table; \`${field}\` cannot be edited in place`)
      splices.push(...this.fieldSplices(table, field, a[field], b[field], META_ORDER))
    }
  }

  private workloadSplices(splices: Splice[]): void {
    const a = this.original.meta.workloads
    const b = this.model.meta.workloads
    for (const key of a.keys()) if (!b.has(key)) throw new EditError(this.path, `removing workload '${key}' is not supported`)
    const added: string[] = []
    for (const [key, w] of b) {
      const old = a.get(key)
      if (!old) { added.push(key); continue }
      for (const field of WORKLOAD_ORDER) {
        const x = field === 'packages' && old.packages.length === 0 ? undefined : (old[field] as FieldValue)
        const y = field === 'packages' && w.packages.length === 0 ? undefined : (w[field] as FieldValue)
        if (valuesEqual(x, y)) continue
        const table = this.tableAt(['inventory', 'workloads', key])
        if (!table) throw new EditError(this.path, `workload '${key}' is not written as an [inventory.workloads.${key}] table and cannot be edited in place`)
        splices.push(...this.fieldSplices(table, field, x, y, WORKLOAD_ORDER))
      }
    }
    if (added.length > 0) this.insertWorkloads(added.sort(compareNames), splices)
  }

  private insertWorkloads(keys: string[], splices: Splice[]): void {
    const inventory = this.tableAt(['inventory'])
    if (!inventory || inventory.entries.some((e) => e.key[0] === 'workloads')) {
      throw new EditError(this.path, 'workloads are not written as [inventory.workloads.<key>] tables; a new workload cannot be added in place')
    }
    const existing = this.source.scan.tables.filter((t) => t.kind === 'table' && t.path[0] === 'inventory' && t.path[1] === 'workloads' && t.path.length === 3)
    const existingKeys = existing.map((t) => String(t.path[2]))
    const sorted = existingKeys.every((k, i) => i === 0 || compareNames(existingKeys[i - 1], k) <= 0)
    const render = (key: string): string => serializeWorkload(key, this.model.meta.workloads.get(key) as Workload).replace(/\n/g, this.eol)
    const tail: string[] = []
    for (const key of keys) {
      const next = sorted ? existing.find((t) => compareNames(String(t.path[2]), key) > 0) : undefined
      if (next) {
        const at = attachedCommentStart(this.text, next.lineStart)
        splices.push({ start: at, end: at, text: render(key) + this.eol })
      } else tail.push(key)
    }
    if (tail.length === 0) return
    const group = [inventory, ...this.source.scan.tables.filter((t) => t.kind === 'table' && t.path[0] === 'inventory' && t.path[1] === 'workloads')]
    const last = group.reduce((x, y) => (y.lineStart > x.lineStart ? y : x))
    const at = this.regionEnd({ table: last, tables: [last] }, false)
    const needsEol = at === this.text.length && !this.text.endsWith('\n')
    splices.push({ start: at, end: at, text: (needsEol ? this.eol : '') + tail.map((k) => this.eol + render(k)).join(''), order: -2 })
  }

  // ---- verification -----------------------------------------------------

  private verify(text: string, order: Package[]): void {
    const back = parseInventory(this.path, text)
    const fail = (why: string): never => {
      throw new EditError(this.path, `internal error: the edited file would not read back as intended (${why}); nothing was written`)
    }
    if (!back.inventory) return fail(back.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; '))
    const got = back.inventory
    const want = this.model
    for (const f of META_ORDER) if (!valuesEqual(got.meta[f], want.meta[f])) fail(`inventory.${f}`)
    if (got.meta.workloads.size !== want.meta.workloads.size) fail('workloads')
    for (const [k, w] of want.meta.workloads) {
      const g = got.meta.workloads.get(k)
      if (!g || !sameWorkload(g, w)) fail(`workload ${k}`)
    }
    if (got.packages.length !== order.length) fail('package count')
    order.forEach((p, i) => {
      if (!samePackage(got.packages[i], p)) fail(`package ${p.name}`)
    })
  }
}

interface PackageStyle {
  aligned: boolean
  inlineArrays: boolean
  /** What separates two package tables: an empty line, or nothing. */
  separator: string
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

function sortPositioned(list: Array<{ at: number; rank: number; seq: number; pkg: Package }>): Package[] {
  return list.sort((a, b) => a.at - b.at || a.rank - b.rank || a.seq - b.seq).map((x) => x.pkg)
}

function equalsColumn(text: string, kv: KeyValueNode): number {
  return text.indexOf('=', kv.keyEnd) - kv.lineStart
}

/** All `=` of a table in one column, with at least one key padded to reach it. */
function isAligned(text: string, entries: readonly KeyValueNode[]): boolean {
  if (entries.length < 2) return false
  const col = equalsColumn(text, entries[0])
  return entries.every((e) => equalsColumn(text, e) === col) && entries.some((e) => e.keyEnd - e.lineStart + 1 < col)
}

function samePackage(a: Package, b: Package): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Package>
  for (const k of keys) if (!valuesEqual(a[k] as FieldValue, b[k] as FieldValue)) return false
  return true
}

function sameWorkload(a: Workload, b: Workload): boolean {
  return WORKLOAD_ORDER.every((f) => valuesEqual(a[f] as FieldValue, b[f] as FieldValue))
}
