// Format-preserving surgery on an hs-relmon manifest. The text is cut into
// contiguous pieces so that putting them back in their original order gives
// the original bytes: a head (everything before the first [[package]]), one
// block per [[package]] entry, other tables found after the first entry, and
// a tail. Entries can then be dropped, reordered, added and edited without
// touching anything else.
//
// Which comments go with which entry (the gap between two tables is split at
// its first blank line):
// - comments directly under an entry's last key (no blank line between) stay
//   with that entry;
// - from the first blank line on, the lines are the next entry's lead (when
//   the gap has no blank line at all, every comment is the next entry's lead:
//   it sits directly above that header);
// - the lead of the first [[package]] is part of the head: it usually heads the
//   whole package list ("# Packages to monitor."), as hs-relmon's own editor
//   assumes, so it stays in place whichever entry ends up first;
// - after the last table, lines from the first blank line on are the tail and
//   stay at the end of the file.

import { fromText, isTable, parseToml, type TomlTable } from '../toml/source.js'
import { lineColumn, scanToml, type KeyValueNode, type TableNode } from '../toml/scan.js'
import { ExportInputError } from './errors.js'

export interface ManifestEntry {
  /** Index in the `package` array. */
  index: number
  /** The entry's `name` when it is a string. */
  name: string | undefined
  /** Blank and comment lines above the header that travel with the entry ('' for the first entry). */
  lead: string
  /** Offset of the header line. */
  start: number
  /** Offset just past the entry (its sub-tables and the comments attached below it included). */
  end: number
  /** The [[package]] table itself (not its sub-tables). */
  table: TableNode
}

export interface ManifestDocument {
  /** The text without BOM, always ending with a line break. */
  text: string
  bom: boolean
  eol: '\n' | '\r\n'
  /** False when the original file did not end with a line break (restored on output). */
  finalNewline: boolean
  data: TomlTable
  head: string
  entries: ManifestEntry[]
  /** Other tables that came after the first entry, each with its lead, in file order. */
  others: string[]
  tail: string
}

/** A [[package]] block as it will be written: its lead, then the header and keys. */
export interface OutputBlock {
  lead: string
  body: string
  /** 'first' = the file's original first entry (its lead stayed in the head); 'new' = not in the file. */
  origin: 'first' | 'kept' | 'new'
}

interface Group {
  entry?: { index: number; table: TableNode }
  tables: TableNode[]
  lineStart: number
  contentEnd: number
  start: number
  end: number
}

function tableContentEnd(t: TableNode): number {
  return t.entries.length > 0 ? t.entries[t.entries.length - 1].lineEnd : t.bodyStart
}

/** Offset of the first whitespace-only line in [from, to), or undefined. */
function firstBlankLine(text: string, from: number, to: number): number | undefined {
  let pos = from
  while (pos < to) {
    const nl = text.indexOf('\n', pos)
    const lineEnd = nl < 0 || nl >= to ? to : nl + 1
    if (text.slice(pos, lineEnd).trim() === '') return pos
    pos = lineEnd
  }
  return undefined
}

function notAnArray(lineStarts: number[], offset: number, what: string): ExportInputError {
  const { line, column } = lineColumn(lineStarts, offset)
  return new ExportInputError('package-not-array',
    `line ${line}, column ${column}: \`package\` is not an array of tables (${what}); write each entry as a [[package]] table`, line, column)
}

export function readManifest(input: string): ManifestDocument {
  const decoded = fromText(input)
  let text = decoded.text
  const finalNewline = text === '' || text.endsWith('\n')
  if (!finalNewline) text += decoded.eol
  const parsed = parseToml(text)
  if (!parsed.ok) {
    const { line, column, message } = parsed.finding
    throw new ExportInputError('manifest-syntax', `the manifest is not valid TOML: line ${line}, column ${column}: ${message}`, line, column)
  }
  const data = parsed.value
  const scan = scanToml(text)
  const [root, ...tables] = scan.tables
  const rootPackage = root.entries.find((kv) => kv.key[0] === 'package')
  if (rootPackage) throw notAnArray(scan.lineStarts, rootPackage.keyStart, 'it is written as a key, e.g. `package = []`')
  const list = data.package
  if (list !== undefined && (!Array.isArray(list) || !list.every(isTable))) {
    const table = tables.find((t) => t.key[0] === 'package')
    throw notAnArray(scan.lineStarts, table?.headerStart ?? 0, 'it is written as a [package] table')
  }

  // Group each [[package]] with its sub-tables; every other table is its own group.
  const groups: Group[] = []
  for (const t of tables) {
    const isPackage = t.key[0] === 'package' && typeof t.path[1] === 'number'
    const last = groups[groups.length - 1]
    if (isPackage && t.key.length > 1) {
      if (last?.entry?.index !== t.path[1]) {
        const { line, column } = lineColumn(scan.lineStarts, t.headerStart)
        throw new ExportInputError('package-not-array',
          `line ${line}, column ${column}: [${t.key.join('.')}] is separated from its [[package]] entry by another table; move it under the entry`, line, column)
      }
      last.tables.push(t)
      last.contentEnd = tableContentEnd(t)
      continue
    }
    const entry = isPackage && t.kind === 'array' && t.key.length === 1 ? { index: t.path[1] as number, table: t } : undefined
    groups.push({ entry, tables: [t], lineStart: t.lineStart, contentEnd: tableContentEnd(t), start: t.lineStart, end: t.lineStart })
  }

  // Split each gap between tables (see the header comment).
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]
    const next = groups[i + 1]
    const gapEnd = next ? next.lineStart : text.length
    const blank = firstBlankLine(text, g.contentEnd, gapEnd)
    g.end = blank ?? (next ? g.contentEnd : gapEnd)
    if (next) next.start = g.end
  }

  const firstEntry = groups.findIndex((g) => g.entry)
  let head: string
  let tail: string
  const others: string[] = []
  const entries: ManifestEntry[] = []
  const last = groups[groups.length - 1]
  if (firstEntry >= 0) {
    head = text.slice(0, groups[firstEntry].lineStart)
    groups[firstEntry].start = groups[firstEntry].lineStart
    for (const g of groups.slice(firstEntry)) {
      if (!g.entry) { others.push(text.slice(g.start, g.end)); continue }
      const name = (list as TomlTable[])[g.entry.index]?.name
      entries.push({
        index: g.entry.index, name: typeof name === 'string' ? name : undefined,
        lead: text.slice(g.start, g.lineStart), start: g.lineStart, end: g.end, table: g.entry.table
      })
    }
    tail = text.slice(last.end)
  } else if (last) {
    head = text.slice(0, last.end)
    tail = text.slice(last.end)
  } else if (root.entries.length > 0) {
    // Root keys only: new entries go after the last key and the comments under it.
    const end = root.entries[root.entries.length - 1].lineEnd
    const split = firstBlankLine(text, end, text.length) ?? text.length
    head = text.slice(0, split)
    tail = text.slice(split)
  } else {
    head = text
    tail = ''
  }
  return { text, bom: decoded.bom, eol: decoded.eol, finalNewline, data, head, entries, others, tail }
}

/** Keys of the entry's own table that set `archived` (normally at most one, `archived = …`). */
function archivedKeys(entry: ManifestEntry): KeyValueNode[] {
  return entry.table.entries.filter((kv) => kv.key[0] === 'archived')
}

interface Edit { start: number; end: number; text: string }

/**
 * The entry's text (header to end) with `archived` reconciled: 'set' makes it
 * `archived = true` (in place when the key exists, else as the last key),
 * 'clear' removes the key's line, 'keep' leaves the entry alone.
 */
export function entryBody(doc: ManifestDocument, entry: ManifestEntry, archived: 'set' | 'clear' | 'keep'): { body: string; changed: boolean } {
  const edits: Edit[] = []
  const keys = archivedKeys(entry)
  if (archived === 'clear') {
    for (const kv of keys) edits.push({ start: kv.lineStart, end: kv.lineEnd, text: '' })
  } else if (archived === 'set') {
    const only = keys.length === 1 && keys[0].key.length === 1 ? keys[0] : undefined
    if (only) {
      const { start, end } = only.value
      if (doc.text.slice(start, end) !== 'true') edits.push({ start, end, text: 'true' })
    } else {
      for (const kv of keys) edits.push({ start: kv.lineStart, end: kv.lineEnd, text: '' })
      const kvs = entry.table.entries
      const at = kvs.length > 0 ? kvs[kvs.length - 1].lineEnd : entry.table.bodyStart
      edits.push({ start: at, end: at, text: `archived = true${doc.eol}` })
    }
  }
  let body = doc.text.slice(entry.start, entry.end)
  // Right to left, so earlier offsets stay valid; an insertion sits at or after any removal it touches.
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
    body = body.slice(0, e.start - entry.start) + e.text + body.slice(e.end - entry.start)
  }
  return { body, changed: edits.length > 0 }
}

const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/

function endsWithBlankLine(s: string): boolean {
  return /(?:^|\n)[ \t]*\r?\n$/.test(s)
}

/**
 * Writes the document with `blocks` (already in their final order) as its
 * [[package]] entries. Kept entries keep their own lead; the entry that ends
 * up first takes the original first entry's place, so its leading blank lines
 * give way to the head's; new entries, and the original first entry when it
 * moves down, are set off by the file's separator (one blank line, or none in
 * a file whose entries have no blank lines between them).
 */
export function renderManifest(doc: ManifestDocument, blocks: readonly OutputBlock[]): string {
  const { eol } = doc
  const rest = doc.entries.slice(1)
  const compact = rest.length > 0 && rest.every((e) => !LEADING_BLANK_LINES.test(e.lead))
  const sep = compact ? '' : eol
  let out = doc.head
  blocks.forEach((b, i) => {
    let lead: string
    if (i === 0) {
      lead = b.lead.replace(LEADING_BLANK_LINES, '')
      // With no entry in the file, the head ends wherever its last table ended.
      if (doc.entries.length === 0 && doc.head.trim() !== '' && !endsWithBlankLine(doc.head)) lead = eol + lead
    } else if (b.origin === 'kept') lead = b.lead
    else lead = sep + b.lead.replace(LEADING_BLANK_LINES, '')
    out += lead + b.body
  })
  out += doc.others.join('') + doc.tail
  if (!doc.finalNewline && out.endsWith(eol)) out = out.slice(0, -eol.length)
  return (doc.bom ? '\ufeff' : '') + out
}
