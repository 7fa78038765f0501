// Writing new TOML text in an existing file's own style: its string quoting,
// how its key lines are spaced and aligned, and how its arrays are laid out.
// What a file's style is, is read from its text (see inventory/edit-style.ts);
// this module only writes it.

import { tomlString } from './write.js'

export type QuoteStyle = 'basic' | 'literal'

/** A string in the wanted quoting; a literal string cannot hold `'`, line breaks or control characters. */
export function quoteString(s: string, quote: QuoteStyle): string {
  if (quote === 'literal' && !/['\u0000-\u0008\u000a-\u001f\u007f]/.test(s)) return `'${s}'`
  return tomlString(s)
}

/** How the key lines of a table are written. */
export interface KeyLineStyle {
  /** What precedes the key on its line. */
  indent: string
  /** Between the key and `=` when the line is not aligned. */
  beforeEq: string
  /** Between `=` and the value. */
  afterEq: string
  /** The column of `=` (0-based, from the line start) when the table aligns its `=`. */
  column?: number
}

export const PLAIN_KEYS: KeyLineStyle = { indent: '', beforeEq: ' ', afterEq: ' ' }

/** `key = value` in the style; a key too long for the aligned column keeps the plain spacing. */
export function keyLine(key: string, value: string, style: KeyLineStyle): string {
  const used = style.indent.length + key.length
  const before = style.column !== undefined && style.column > used ? ' '.repeat(style.column - used) : style.beforeEq
  return `${style.indent}${key}${before}=${style.afterEq}${value}`
}

/** The `=` column that aligns all of `keys` at `column` if they fit, else at the longest key. */
export function alignedColumn(keys: readonly string[], style: KeyLineStyle, column: number | undefined): number {
  const longest = Math.max(...keys.map((k) => style.indent.length + k.length))
  return column !== undefined && column > longest ? column : longest + Math.max(1, style.beforeEq.length)
}

/** How a file writes arrays it has none of yet (a new field, a new table, an array that was empty). */
export interface ArrayStyle {
  /** Arrays of two or more items: one item per line, or all on one line. */
  multiline: boolean
  /** A one-item array on several lines (poi-tracker writes `["x"]`). */
  singleMultiline: boolean
  /** Between `[` and the first item (and the last item and `]`) of a one-line array. */
  pad: string
  /** Between items of a one-line array, comma included. */
  sep: string
  /** Before each item of a multi-line array (relative to the key line). */
  indent: string
  /** Whether the last item of a multi-line array has a comma. */
  trailingComma: boolean
  quote: QuoteStyle
}

export const CANONICAL_ARRAYS: ArrayStyle = {
  multiline: true, singleMultiline: false, pad: '', sep: ', ', indent: '    ', trailingComma: true, quote: 'basic'
}

/** A whole string array in `style`; `lineIndent` is the indent of the key line it is on. */
export function renderArray(values: readonly string[], style: ArrayStyle, eol: string, lineIndent = ''): string {
  if (values.length === 0) return '[]'
  const items = values.map((v) => quoteString(v, style.quote))
  const multi = values.length === 1 ? style.singleMultiline : style.multiline
  if (!multi) return `[${style.pad}${items.join(style.sep)}${style.pad}]`
  const last = items.length - 1
  const lines = items.map((item, i) => `${lineIndent}${style.indent}${item}${i < last || style.trailingComma ? ',' : ''}${eol}`)
  return `[${eol}${lines.join('')}${lineIndent}]`
}

/** The most frequent value (of two as frequent, the one that got there first), or `fallback` when there is none. */
export function mostCommon<T>(values: Iterable<T>, fallback: T): T {
  const counts = new Map<T, number>()
  let best = fallback
  let bestCount = 0
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1
    counts.set(v, n)
    if (n > bestCount) {
      best = v
      bestCount = n
    }
  }
  return best
}
