// Format-preserving surgery on an hs-relmon manifest. The text is cut into
// contiguous pieces so that putting them back in their original order gives
// the original bytes: a head (everything before the first [[package]] and the
// comments attached to it), one block per [[package]] entry, other tables
// found after the first entry, and a tail. Entries can then be dropped,
// reordered, added and edited without touching anything else.
//
// Which comments go with which entry (README, "Edits that keep your file"):
// - comments directly under an entry's last key (no blank line between) stay
//   with that entry, unless they run straight into the next header;
// - the comment block directly above a header (no blank line between) belongs
//   to that entry: it moves and leaves with it (`lead`);
// - the blank lines and headings (comments followed by a blank line) before
//   that block stay in place (`heading`): the n-th kept entry in the new order
//   gets the n-th kept entry's heading, and new entries go below it;
// - after the last table, lines from the first blank line on are the tail and
//   stay at the end of the file.

import { fromText } from '../core/decode.js'
import { isTable, parseToml, type TomlTable } from '../toml/source.js'
import { lineColumn, scanToml, type KeyValueNode, type TableNode } from '../toml/scan.js'
import { attachedCommentStart, isBlankLine } from '../toml/lines.js'
import { ExportInputError } from './errors.js'

export interface ManifestEntry {
  /** Index in the `package` array. */
  index: number
  /** The entry's `name` when it is a string. */
  name: string | undefined
  /** Blank lines and headings above the entry's comment block, which stay in place ('' for the first entry: the head has them). */
  heading: string
  /** The comment block directly above the header, which travels with the entry. */
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
  /** The entry's index in `ManifestDocument.entries`; undefined for a new entry. */
  entry?: number
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
    // The comment block directly above a header is the entry's; what comes before it stays.
    const leadStart = (g: Group): number => Math.max(g.start, attachedCommentStart(text, g.lineStart))
    head = text.slice(0, leadStart(groups[firstEntry]))
    groups[firstEntry].start = head.length
    for (const g of groups.slice(firstEntry)) {
      if (!g.entry) { others.push(text.slice(g.start, g.end)); continue }
      const name = (list as TomlTable[])[g.entry.index]?.name
      const lead = leadStart(g)
      entries.push({
        index: g.entry.index, name: typeof name === 'string' ? name : undefined,
        heading: text.slice(g.start, lead), lead: text.slice(lead, g.lineStart), start: g.lineStart, end: g.end, table: g.entry.table
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
  // A removed key takes the comment lines directly above it.
  const removal = (kv: KeyValueNode): Edit => ({ start: Math.max(entry.table.bodyStart, attachedCommentStart(doc.text, kv.lineStart)), end: kv.lineEnd, text: '' })
  if (archived === 'clear') {
    for (const kv of keys) edits.push(removal(kv))
  } else if (archived === 'set') {
    const only = keys.length === 1 && keys[0].key.length === 1 ? keys[0] : undefined
    if (only) {
      const { start, end } = only.value
      if (doc.text.slice(start, end) !== 'true') edits.push({ start, end, text: 'true' })
    } else {
      for (const kv of keys) edits.push(removal(kv))
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

/** Joins runs of blank and comment lines; where two blank runs meet, the second one's blank lines go. */
function joinGaps(a: string, b: string): string {
  if (a === '' || b === '') return a + b
  return endsWithBlankLine(a) ? a + b.replace(LEADING_BLANK_LINES, '') : a + b
}

function hasComment(s: string): boolean {
  return s.split('\n').some((l) => !isBlankLine(l))
}

/**
 * Writes the document with `blocks` (already in their final order) as its
 * [[package]] entries. Each block brings its lead (the comment block attached
 * to it); the headings between entries stay in place: the n-th kept entry of
 * the new order gets the heading the n-th kept entry had (headings of removed
 * entries pass to the next kept one), and new entries go below the heading of
 * the kept entry that follows them. New entries, and the original first entry
 * when it moves down, are set off by the file's separator (one blank line, or
 * none in a file whose entries have no blank lines between them).
 */
export function renderManifest(doc: ManifestDocument, blocks: readonly OutputBlock[]): string {
  const { eol } = doc
  const rest = doc.entries.slice(1)
  const compact = rest.length > 0 && rest.every((e) => !LEADING_BLANK_LINES.test(e.heading))
  const sep = compact ? '' : eol
  const keptIndices = new Set(blocks.flatMap((b) => (b.entry === undefined ? [] : [b.entry])))
  // The heading of each kept place, in file order.
  const headings: string[] = []
  let carry = ''
  doc.entries.forEach((e, i) => {
    if (keptIndices.has(i)) {
      headings.push(joinGaps(carry, e.heading))
      carry = ''
    } else carry = joinGaps(carry, e.heading)
  })
  let out = doc.head
  let position = 0
  let kept = 0
  let pending: OutputBlock[] = []
  // Above the block at `position`: the head already separates the first block from what precedes it.
  // (With no entry in the file, the head ends wherever its last table ended.)
  const opening = doc.entries.length === 0 && doc.head.trim() !== '' && !endsWithBlankLine(doc.head) ? eol : ''
  const gapAt = (gap: string): string => (position === 0 ? gap.replace(LEADING_BLANK_LINES, '') : gap)
  const flush = (): void => {
    for (const b of pending) {
      out += (position === 0 ? opening : sep) + b.lead + b.body
      position++
    }
    pending = []
  }
  for (const b of blocks) {
    if (b.entry === undefined) { pending.push(b); continue }
    const place = kept++
    // The first place's heading is in the head; moved down, it needs a separator.
    const heading = place === 0 && headings[0] === '' ? sep : headings[place]
    if (pending.length > 0 && hasComment(heading)) {
      // New entries go below the heading of the kept entry that follows them.
      out += gapAt(heading)
      const first = pending.shift() as OutputBlock
      out += first.lead + first.body
      position++
      flush()
      out += sep + b.lead + b.body
    } else {
      flush()
      out += gapAt(heading) + b.lead + b.body
    }
    position++
  }
  flush()
  // Headings of removed entries after the last kept one stay, before the tail.
  const after = doc.others.join('') + doc.tail
  // (At the very end, without its blank lines below.)
  if (hasComment(carry)) out += joinGaps(after === '' ? carry.replace(/(?:\r?\n[ \t]*)+$/, eol) : carry, after)
  else out += after
  if (!doc.finalNewline && out.endsWith(eol)) out = out.slice(0, -eol.length)
  return (doc.bom ? '\ufeff' : '') + out
}
