// Reads an inventory's own style from its text, so new fields and new tables
// look like their neighbours: string quoting, key indentation, spacing and
// alignment around `=`, array layout and bracket spacing, the number of blank
// lines between tables, and the table headers as written. A bounded sample of
// tables is read, so a large file costs no more than a small one.

import type { KeyValueNode, ScannedToml, TableNode, ValueNode } from '../toml/scan.js'
import { type ArrayStyle, CANONICAL_ARRAYS, type KeyLineStyle, mostCommon, PLAIN_KEYS, type QuoteStyle } from '../toml/style.js'
import { attachedCommentStart, isBlankLine, isCommentLine, lineStartAt, lineText } from '../toml/lines.js'

/** Tables read per kind; the style of a hand-kept file shows in its first tables. */
const SAMPLE = 200
/** Larger tables (a workload listing thousands of packages) are not read for style: that would cost a scan of them. */
const MAX_TABLE = 64 * 1024
/** Items of an array looked at for quoting. */
const MAX_ITEMS = 64

export interface TableKeyStyle {
  keys: KeyLineStyle
  /** The table aligns its `=` (the column is in `keys.column`); undefined when its lines cannot tell. */
  aligned: boolean | undefined
  /** Aligned just past its longest key (which has a single space before `=`). */
  tight?: boolean
}

export interface FileStyle {
  quote: QuoteStyle
  arrays: ArrayStyle
  /** Key lines of a new [[package]] table; `keys.column` is the file's shared column, if it has one. */
  packageKeys: TableKeyStyle
  workloadKeys: TableKeyStyle
  /** Blank lines (line breaks included) between two package tables, and between workload tables. */
  packageGap: string
  workloadGap: string
  packageHeader: string
  archHeader: string
}

const isPackage = (t: TableNode): boolean => t.kind === 'array' && t.path.length === 2 && t.path[0] === 'package'
const isWorkload = (t: TableNode): boolean =>
  t.kind === 'table' && t.path.length === 3 && t.path[0] === 'inventory' && t.path[1] === 'workloads'

function equalsAt(text: string, kv: KeyValueNode): number {
  return text.indexOf('=', kv.keyEnd)
}

/**
 * The key style of one table, from its own key lines; undefined without any. Keys padded to one
 * column are aligned; keys of one length with one space before `=` could be either.
 */
export function tableKeyStyle(text: string, entries: readonly KeyValueNode[]): TableKeyStyle | undefined {
  const lines = entries.filter((kv) => kv.key.length >= 1)
  if (lines.length === 0) return undefined
  const eq = lines.map((kv) => equalsAt(text, kv))
  const columns = lines.map((kv, i) => eq[i] - kv.lineStart)
  const befores = lines.map((kv, i) => text.slice(kv.keyEnd, eq[i]))
  const indent = mostCommon(lines.map((kv) => text.slice(kv.lineStart, kv.keyStart)), '')
  const afterEq = mostCommon(lines.map((kv, i) => text.slice(eq[i] + 1, kv.value.start)), ' ')
  const oneColumn = columns.every((c) => c === columns[0])
  const padded = befores.some((b) => b.length > 1)
  const aligned = !oneColumn ? (lines.length >= 2 ? false : undefined)
    : befores.some((b) => b !== befores[0]) || padded ? true : undefined
  // A key too long for the aligned column gets one space (none in a file written `key=value`).
  const beforeEq = aligned ? (befores.some((b) => b === '') ? '' : ' ') : mostCommon(befores, ' ')
  const tight = aligned === true && befores.some((b) => b.length <= 1)
  return { keys: { indent, beforeEq, afterEq, column: aligned ? columns[0] : undefined }, aligned, tight }
}

/**
 * Blank lines between a table (with the comment block attached to it) and the content above it;
 * undefined when a heading (a comment followed by a blank line) is in between.
 */
function gapAbove(text: string, lineStart: number): number | undefined {
  let start = attachedCommentStart(text, lineStart)
  let n = 0
  while (start > 0) {
    const prev = lineStartAt(text, start - 1)
    const line = lineText(text, prev)
    if (isCommentLine(line)) return undefined
    if (!isBlankLine(line)) break
    n++
    start = prev
  }
  return n
}

/**
 * The style for new tables of one kind, from a sample of its tables: aligned when most tables that
 * show it are; when none shows it, `fallback` (the file's other tables) decides.
 */
function keysOf(text: string, tables: readonly TableNode[], fallback?: TableKeyStyle): TableKeyStyle {
  const styles = tables.map((t) => tableKeyStyle(text, t.entries)).filter((s): s is TableKeyStyle => s !== undefined)
  const common = (from: readonly TableKeyStyle[]): Omit<KeyLineStyle, 'column'> => ({
    indent: mostCommon(from.map((s) => s.keys.indent), ''),
    beforeEq: mostCommon(from.map((s) => s.keys.beforeEq), ' '),
    afterEq: mostCommon(from.map((s) => s.keys.afterEq), ' ')
  })
  const alignedOnes = styles.filter((s) => s.aligned === true)
  const plainOnes = styles.filter((s) => s.aligned === false)
  if (alignedOnes.length + plainOnes.length === 0) {
    return fallback ?? { keys: styles.length > 0 ? { ...common(styles), column: undefined } : PLAIN_KEYS, aligned: false }
  }
  const aligned = alignedOnes.length > plainOnes.length
  // One column for every table (some padded past their longest key), or each table at its own longest key.
  const columns = alignedOnes.map((s) => s.keys.column)
  const shared = aligned && columns.every((c) => c === columns[0]) && alignedOnes.some((s) => !s.tight) ? columns[0] : undefined
  return { keys: { ...common(aligned ? alignedOnes : plainOnes), column: shared }, aligned }
}

interface ArrayCounts {
  quotes: QuoteStyle[]
  multi: boolean[]
  singleMulti: boolean[]
  pads: string[]
  seps: string[]
  indents: string[]
  trailing: boolean[]
}

function noteValue(text: string, kv: KeyValueNode, v: ValueNode, c: ArrayCounts): void {
  if (v.kind === 'string') c.quotes.push(text.charCodeAt(v.start) === 0x27 ? 'literal' : 'basic')
  if (v.kind !== 'array' || !v.items) return
  const items = v.items
  for (const it of items.slice(0, MAX_ITEMS)) if (it.kind === 'string') c.quotes.push(text.charCodeAt(it.start) === 0x27 ? 'literal' : 'basic')
  if (items.length === 0 || items.some((it) => it.kind !== 'string')) return
  const multiline = text.slice(v.start, v.end).includes('\n')
  if (items.length === 1) c.singleMulti.push(multiline)
  else c.multi.push(multiline)
  if (!multiline) {
    c.pads.push(text.slice(v.start + 1, items[0].start))
    if (items.length >= 2) c.seps.push(text.slice(items[0].end, items[1].start))
    return
  }
  const first = items[0]
  const lineIndent = text.slice(kv.lineStart, kv.keyStart)
  const itemIndent = text.slice(lineStartAt(text, first.start), first.start)
  if (/^[ \t]*$/.test(itemIndent) && itemIndent.startsWith(lineIndent)) c.indents.push(itemIndent.slice(lineIndent.length))
  const last = items[items.length - 1]
  c.trailing.push(/^[ \t]*,/.test(text.slice(last.end, last.end + 40)))
}

export function detectStyle(text: string, scan: ScannedToml, eol: string): FileStyle {
  const packages: TableNode[] = []
  const workloads: TableNode[] = []
  const others: TableNode[] = []
  for (const t of scan.tables) {
    if (t.end - t.bodyStart > MAX_TABLE) continue
    const kind = isPackage(t) ? packages : isWorkload(t) ? workloads : others
    if (kind.length < SAMPLE) kind.push(t)
    if (packages.length >= SAMPLE && workloads.length >= SAMPLE && others.length >= SAMPLE) break
  }
  const counts: ArrayCounts = { quotes: [], multi: [], singleMulti: [], pads: [], seps: [], indents: [], trailing: [] }
  for (const t of [...others, ...workloads, ...packages]) for (const kv of t.entries) noteValue(text, kv, kv.value, counts)
  const quote = mostCommon(counts.quotes, 'basic')
  const arrays: ArrayStyle = {
    multiline: mostCommon(counts.multi, CANONICAL_ARRAYS.multiline),
    singleMultiline: mostCommon(counts.singleMulti, CANONICAL_ARRAYS.singleMultiline),
    pad: mostCommon(counts.pads, CANONICAL_ARRAYS.pad),
    sep: mostCommon(counts.seps.filter((s) => /^[ \t]*,[ \t]*$/.test(s)), CANONICAL_ARRAYS.sep),
    indent: mostCommon(counts.indents, CANONICAL_ARRAYS.indent),
    trailingComma: mostCommon(counts.trailing, CANONICAL_ARRAYS.trailingComma),
    quote
  }
  const general = keysOf(text, [...others, ...workloads, ...packages])
  const all = scan.tables.slice(1, 1 + 3 * SAMPLE)
  const gaps = (tables: TableNode[]): number[] => tables.slice(1).map((t) => gapAbove(text, t.lineStart)).filter((n): n is number => n !== undefined)
  const tableGap = mostCommon(gaps(all), 1)
  const gapOf = (tables: TableNode[]): number => mostCommon(gaps(tables), tableGap)
  const arch = scan.tables.find((t) => t.path.length === 3 && t.path[0] === 'package' && t.path[2] === 'arch_rpms' && t.kind === 'table')
  return {
    quote,
    arrays,
    packageKeys: keysOf(text, packages, general),
    workloadKeys: keysOf(text, workloads, general),
    packageGap: eol.repeat(gapOf(packages)),
    workloadGap: eol.repeat(gapOf(workloads)),
    packageHeader: packages[0] ? text.slice(packages[0].headerStart, packages[0].headerEnd) : '[[package]]',
    archHeader: arch ? text.slice(arch.headerStart, arch.headerEnd) : '[package.arch_rpms]'
  }
}
