// Explaining a duplicate key. smol-toml reports only "trying to redefine an
// already defined table or value" at the second definition; a maintainer
// needs to know which key and where it was first set. The text before the
// failing line parsed, so the scanner can read it and find that first line.

import { computeLineStarts, decodeBasic, lineColumn, scanToml, type TableNode } from './scan.js'

export interface Redefinition {
  message: string
  /** 1-based line of the first definition, when it could be found. */
  firstLine?: number
}

type Segments = string[]
type TomlPath = ReadonlyArray<string | number>

/**
 * Explains the redefinition smol-toml reported at `line` (1-based), or
 * returns undefined when that line is not a header or key we can read.
 */
export function explainRedefinition(text: string, line: number): Redefinition | undefined {
  const starts = computeLineStarts(text)
  if (line < 1 || line > starts.length) return undefined
  const lineStart = starts[line - 1]
  const lineText = text.slice(lineStart, line < starts.length ? starts[line] : text.length)
  const statement = readStatement(lineText)
  if (!statement) return undefined

  let scanned
  try {
    scanned = scanToml(text.slice(0, lineStart))
  } catch {
    return undefined
  }
  const last = scanned.tables[scanned.tables.length - 1]
  // A key line lives in the last table (with its array-of-tables index); a
  // header names a path from the root.
  const target: TomlPath = statement.header ? statement.key : [...last.path, ...statement.key]
  const pathOf = (table: TableNode): TomlPath => (statement.header ? table.key : table.path)

  let first: number | undefined
  const consider = (offset: number): void => {
    if (first === undefined || offset < first) first = offset
  }
  for (const table of scanned.tables) {
    if (table.kind !== 'root' && equal(pathOf(table), target)) consider(table.headerStart)
    for (const entry of table.entries) {
      const full = [...pathOf(table), ...entry.key]
      // Same key; a value the new line would extend; or a table that dotted keys created.
      if (isPrefix(full, target) || isPrefix(target, full)) consider(entry.keyStart)
    }
  }
  const firstLine = first === undefined ? undefined : lineColumn(scanned.lineStarts, first).line

  const what = statement.header
    ? `table [${formatKey(statement.key)}]`
    : last.kind === 'root'
      ? `key ${quote(formatKey(statement.key))}`
      : `key ${quote(formatKey(statement.key))} in [${formatKey(last.key)}]`
  // Not found before this line: the repeat is inside this line's own value (an inline table).
  const where = firstLine !== undefined
    ? `is already defined on line ${firstLine}`
    : statement.header ? 'is defined twice' : 'has a value that defines the same key twice'
  return { message: `${what} ${where}`, firstLine }
}

interface Statement {
  header: boolean
  key: Segments
}

/** The key of a `[header]`, `[[header]]` or `key = value` line. */
function readStatement(lineText: string): Statement | undefined {
  let i = 0
  const skip = (): void => {
    while (lineText[i] === ' ' || lineText[i] === '\t') i++
  }
  skip()
  let header = false
  if (lineText[i] === '[') {
    header = true
    i += lineText[i + 1] === '[' ? 2 : 1
    skip()
  }
  const key: Segments = []
  for (;;) {
    const segment = readSegment(lineText, i)
    if (!segment) return undefined
    key.push(segment.value)
    i = segment.end
    skip()
    if (lineText[i] !== '.') break
    i++
    skip()
  }
  const closer = header ? ']' : '='
  return lineText[i] === closer ? { header, key } : undefined
}

function readSegment(s: string, i: number): { value: string; end: number } | undefined {
  if (s[i] === '"') {
    let j = i + 1
    while (j < s.length && s[j] !== '"' && s[j] !== '\n') j += s[j] === '\\' ? 2 : 1
    return s[j] === '"' ? { value: decodeBasic(s.slice(i + 1, j)), end: j + 1 } : undefined
  }
  if (s[i] === "'") {
    const j = s.indexOf("'", i + 1)
    return j > 0 && !s.slice(i + 1, j).includes('\n') ? { value: s.slice(i + 1, j), end: j + 1 } : undefined
  }
  const bare = /[A-Za-z0-9_-]+/y
  bare.lastIndex = i
  const m = bare.exec(s)
  return m ? { value: m[0], end: i + m[0].length } : undefined
}

function equal(a: TomlPath, b: TomlPath): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i])
}

function isPrefix(prefix: TomlPath, of: TomlPath): boolean {
  return prefix.length <= of.length && prefix.every((s, i) => s === of[i])
}

const BARE = /^[A-Za-z0-9_-]+$/

function formatKey(key: Segments): string {
  return key.map((s) => (BARE.test(s) ? s : JSON.stringify(s))).join('.')
}

/** Bare keys read best in quotes; a key with quoted segments is shown as TOML writes it. */
function quote(key: string): string {
  return key.includes('"') ? key : `"${key}"`
}
