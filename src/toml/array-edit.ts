// Editing a string array in place (README, "Edits that keep your file"). The
// array is rebuilt from its own pieces, so every untouched line comes out
// byte-identical:
//
// - One item per line ("listed"): each item is a unit made of its line (with
//   its end-of-line comment) and the comment lines directly above it; a unit
//   leaves with its item and moves with it when the list is re-sorted. Blank
//   lines and comments followed by a blank line (headings) stay in place: the
//   n-th kept item gets the n-th gap. New items get lines of their own, after
//   the heading above the next item, and commas follow the array's own
//   convention (a trailing comma or none).
// - Anything else (one line, or several items per line): items are replaced
//   token by token and the separators between untouched neighbours are kept,
//   so a one-line array stays one line with its bracket spacing.
//
// New items take the array's quoting; an array without items is written in
// the file's style for new arrays. Units are kept as offsets and untouched
// runs are copied as one slice, so a long list costs little to edit.

import type { ValueNode } from './scan.js'
import { type ArrayStyle, mostCommon, type QuoteStyle, quoteString, renderArray } from './style.js'
import { isBlankLine, isCommentLine, lineEndAt, lineStartAt } from './lines.js'

export interface ArrayEdit {
  text: string
  node: ValueNode
  before: readonly string[]
  after: readonly string[]
  eol: string
  /** The file's style for arrays written from nothing. */
  fresh: ArrayStyle
  /** Indent of the key line the array is on. */
  lineIndent: string
}

/** The array's new text, to replace `node.start`..`node.end`. */
export function editArray(e: ArrayEdit): string {
  const items = e.node.items ?? []
  if (items.length !== e.before.length) throw new Error('the array items do not match its values')
  const plan = matchItems(e.before, e.after)
  const listed = parseListed(e.text, e.node)
  if (listed) return renderListed(e, listed, plan)
  if (items.length === 0) return renderArray(e.after, e.fresh, e.eol, e.lineIndent)
  return renderInline(e, plan)
}

interface Plan {
  /** Per new position: the original index it keeps, or -1 for a new item. */
  origin: Int32Array
  /** Per new position of a kept item: the original position whose place it takes (the n-th kept item takes the n-th kept place). */
  slot: Int32Array
  /** Per original index: 1 when kept. */
  kept: Uint8Array
}

/** Pairs equal values in order (duplicates included); O(n). A common start and end pair up directly. */
function matchItems(before: readonly string[], after: readonly string[]): Plan {
  const origin = new Int32Array(after.length).fill(-1)
  const kept = new Uint8Array(before.length)
  let p = 0
  while (p < before.length && p < after.length && before[p] === after[p]) { origin[p] = p; kept[p] = 1; p++ }
  let s = 0
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) {
    origin[after.length - 1 - s] = before.length - 1 - s
    kept[before.length - 1 - s] = 1
    s++
  }
  const queues = new Map<string, number[]>()
  for (let i = p; i < before.length - s; i++) {
    const q = queues.get(before[i])
    if (q) q.push(i)
    else queues.set(before[i], [i])
  }
  for (let j = p; j < after.length - s; j++) {
    const q = queues.get(after[j])
    const i = q?.shift()
    if (i !== undefined) { origin[j] = i; kept[i] = 1 }
  }
  const places: number[] = []
  kept.forEach((k, i) => { if (k) places.push(i) })
  let rank = 0
  const slot = origin.map((o) => (o < 0 ? -1 : places[rank++]))
  return { origin, slot, kept }
}

function arrayQuote(text: string, items: readonly ValueNode[], fallback: QuoteStyle): QuoteStyle {
  if (items.length === 0) return fallback
  return mostCommon(items.slice(0, 64).map((it): QuoteStyle => (text.charCodeAt(it.start) === 0x27 ? 'literal' : 'basic')), fallback)
}

// ---- one item per line ------------------------------------------------------

/** An item's unit, as offsets into the text. */
interface Unit {
  /** Start of the comment lines directly above the item (its line start when there are none). */
  start: number
  indentStart: number
  itemEnd: number
  /** Just past the item's comma, or -1 without one. */
  commaEnd: number
  /** Where the line's text ends (before its line break). */
  contentEnd: number
  /** Just past the line break (`contentEnd` when `]` follows on the same line). */
  end: number
  hasComment: boolean
  /** The blank lines and headings above the unit. */
  gapStart: number
}

interface Listed {
  /** End of `[` and the rest of its line. */
  openEnd: number
  units: Unit[]
  /** Lines after the last item, before the line of `]`. */
  trailingStart: number
  trailingEnd: number
  /** From the start of the `]` line (or just after the last item when they share a line) to `]`. */
  closeStart: number
  closeShares: boolean
}

const SPACES = /^[ \t]*$/

function parseListed(text: string, node: ValueNode): Listed | undefined {
  const items = node.items ?? []
  const { start, end } = node
  const openEnd = lineEndAt(text, start)
  if (openEnd >= end) return undefined // a one-line array
  if (!/^[ \t]*(?:#.*)?$/.test(text.slice(start + 1, openEnd).replace(/\r?\n$/, ''))) return undefined
  const closeAt = end - 1
  const closeLineStart = lineStartAt(text, closeAt)
  const closeShares = !SPACES.test(text.slice(closeLineStart, closeAt))
  if (closeShares && items.length === 0) return undefined
  const units: Unit[] = []
  let pos = openEnd
  // Blank and comment lines up to `to`: where the comments directly above `to` start, or -1 when another line is there.
  const between = (to: number): number => {
    let attached = -1
    while (pos < to) {
      const lineEnd = lineEndAt(text, pos)
      const line = text.slice(pos, lineEnd)
      if (isBlankLine(line)) attached = -1
      else if (isCommentLine(line)) { if (attached < 0) attached = pos } else return -2
      pos = lineEnd
    }
    return attached < 0 ? to : attached
  }
  let closeStart = closeLineStart
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    const ls = lineStartAt(text, item.start)
    const gapStart = pos
    if (ls < pos) return undefined
    const attached = between(ls)
    if (attached === -2 || !SPACES.test(text.slice(ls, item.start))) return undefined
    let q = item.end
    while (text[q] === ' ' || text[q] === '\t') q++
    const commaEnd = text[q] === ',' ? q + 1 : -1
    let r = commaEnd >= 0 ? commaEnd : item.end
    while (text[r] === ' ' || text[r] === '\t') r++
    if (closeShares && i === items.length - 1) {
      if (r !== closeAt) return undefined
      const contentEnd = commaEnd >= 0 ? commaEnd : item.end
      units.push({ start: attached, indentStart: ls, itemEnd: item.end, commaEnd, contentEnd, end: contentEnd, hasComment: false, gapStart })
      closeStart = contentEnd
      pos = end
      continue
    }
    const lineEnd = lineEndAt(text, r)
    if (lineEnd > closeAt) return undefined
    const eolLength = text[lineEnd - 1] === '\n' ? (text[lineEnd - 2] === '\r' ? 2 : 1) : 0
    const contentEnd = lineEnd - eolLength
    const rest = text.slice(r, contentEnd)
    if (rest !== '' && !rest.startsWith('#')) return undefined
    // A line without a comment ends where its item (or comma) does; trailing spaces stay with it.
    units.push({ start: attached, indentStart: ls, itemEnd: item.end, commaEnd, contentEnd, end: lineEnd, hasComment: rest !== '', gapStart })
    pos = lineEnd
  }
  let trailingStart = pos
  if (!closeShares) {
    if (between(closeLineStart) === -2) return undefined
  } else trailingStart = closeStart
  return { openEnd, units, trailingStart, trailingEnd: closeShares ? closeStart : closeLineStart, closeStart, closeShares }
}

/** Joins two runs of blank/comment lines; where a blank run meets another, the second's blank lines go. */
function joinGaps(a: string, b: string): string {
  if (a === '' || b === '') return a + b
  const lastLine = a.slice(a.lastIndexOf('\n', a.length - 2) + 1)
  return isBlankLine(lastLine) ? a + b.replace(/^(?:[ \t]*\r?\n)+/, '') : a + b
}

/** Builds text from stretches of the original (adjacent ones joined into one slice) and new strings. */
class Pieces {
  private out = ''
  private from = -1
  private to = -1

  constructor(private readonly text: string) {}

  range(start: number, end: number): void {
    if (end <= start) return
    if (start === this.to) { this.to = end; return }
    this.flush()
    this.from = start
    this.to = end
  }

  add(s: string): void {
    if (s === '') return
    this.flush()
    this.out += s
  }

  /** A gap: a stretch of the original, or new text when gaps were joined. */
  gap(g: { start: number; end: number } | string): void {
    if (typeof g === 'string') this.add(g)
    else this.range(g.start, g.end)
  }

  result(): string {
    this.flush()
    return this.out
  }

  private flush(): void {
    if (this.from >= 0) this.out += this.text.slice(this.from, this.to)
    this.from = -1
    this.to = -1
  }
}

function renderListed(e: ArrayEdit, l: Listed, plan: Plan): string {
  const { text } = e
  const { units } = l
  const m = e.after.length
  const trailingComma = units.length > 0 ? units[units.length - 1].commaEnd >= 0 : e.fresh.trailingComma
  // The gap above each kept place; gaps of removed items carry on to the next kept one.
  type Gap = { start: number; end: number } | string
  const gapAt = new Map<number, Gap>()
  let carry = ''
  units.forEach((u, i) => {
    const own = { start: u.gapStart, end: u.start }
    if (plan.kept[i]) {
      gapAt.set(i, carry === '' ? own : joinGaps(carry, text.slice(own.start, own.end)))
      carry = ''
    } else carry = joinGaps(carry, text.slice(own.start, own.end))
  })
  const trailing: Gap = carry === '' ? { start: l.trailingStart, end: l.trailingEnd } : joinGaps(carry, text.slice(l.trailingStart, l.trailingEnd))
  const trailingText = typeof trailing === 'string' ? trailing : text.slice(trailing.start, trailing.end)
  if (m === 0) return /#/.test(trailingText) && !l.closeShares ? text.slice(e.node.start, l.openEnd) + trailingText + text.slice(l.closeStart, e.node.end) : '[]'

  const quote = arrayQuote(text, e.node.items ?? [], e.fresh.quote)
  const lastOnCloseLine = (p: number): boolean => l.closeShares && p === m - 1
  let close: string | undefined
  let indentFrom = units[0]
  const out = new Pieces(text)
  const unit = (u: Unit, p: number): void => {
    const wantComma = p < m - 1 || trailingComma
    const onCloseLine = lastOnCloseLine(p)
    // The unit's own text, with its comma added or dropped where the position asks.
    out.range(u.start, u.itemEnd)
    if (wantComma && u.commaEnd < 0) out.add(',')
    out.range(wantComma && u.commaEnd >= 0 ? u.itemEnd : u.commaEnd >= 0 ? u.commaEnd : u.itemEnd, u.contentEnd)
    if (onCloseLine) {
      // A comment cannot share a line with `]`: the bracket moves to a line of its own.
      if (u.hasComment) close = `${e.eol}${e.lineIndent}]`
      return
    }
    if (u.end > u.contentEnd) out.range(u.contentEnd, u.end)
    else out.add(e.eol)
  }
  const newItem = (p: number): void => {
    const indent = indentFrom ? text.slice(indentFrom.indentStart, lineIndentEnd(text, indentFrom)) : e.lineIndent + e.fresh.indent
    out.add(`${indent}${quoteString(e.after[p], quote)}${p < m - 1 || trailingComma ? ',' : ''}${lastOnCloseLine(p) ? '' : e.eol}`)
  }

  out.range(e.node.start, l.openEnd)
  let pending: number[] = []
  for (let p = 0; p < m; p++) {
    const o = plan.origin[p]
    if (o < 0) { pending.push(p); continue }
    // New items go under the gap (and heading) above the next kept item.
    out.gap(gapAt.get(plan.slot[p]) ?? '')
    for (const q of pending) newItem(q)
    pending = []
    unit(units[o], p)
    indentFrom = units[o]
  }
  for (const q of pending) newItem(q)
  out.gap(trailing)
  if (close !== undefined) out.add(close)
  else out.range(l.closeStart, e.node.end)
  return out.result()
}

/** End of the indentation of a unit's item line. */
function lineIndentEnd(text: string, u: Unit): number {
  let i = u.indentStart
  while (text[i] === ' ' || text[i] === '\t') i++
  return i
}

// ---- one line, or several items per line -----------------------------------

function renderInline(e: ArrayEdit, plan: Plan): string {
  const { text, node } = e
  const items = node.items ?? []
  const n = items.length
  const m = e.after.length
  if (m === 0) return '[]'
  const tokens = items.map((it) => text.slice(it.start, it.end))
  const seps = items.slice(0, -1).map((it, i) => text.slice(it.end, items[i + 1].start))
  const pre = text.slice(node.start + 1, items[0].start)
  const lastTail = text.slice(items[n - 1].end, node.end - 1)
  const comma = commaOffset(lastTail)
  const trailingComma = comma >= 0
  const tailRest = trailingComma ? lastTail.slice(comma + 1) : lastTail
  const plain = seps.filter((s) => !s.includes('#'))
  const sepDefault = mostCommon(plain, e.fresh.sep)
  const quote = arrayQuote(text, items, e.fresh.quote)
  // Between two kept places: their own separator, or (items between them removed) the last one that breaks the line.
  const sepRange = (a: number, b: number): string => {
    for (let i = b - 1; i > a; i--) if (seps[i].includes('\n')) return seps[i]
    return seps[a]
  }
  let out = '[' + pre
  let prevSlot = -1
  for (let p = 0; p < m; p++) {
    const o = plan.origin[p]
    if (p > 0) out += o >= 0 && prevSlot >= 0 ? sepRange(prevSlot, plan.slot[p]) : sepDefault
    if (o >= 0) {
      out += tokens[o]
      prevSlot = plan.slot[p]
    } else out += quoteString(e.after[p], quote)
  }
  const lastIsLastPlace = plan.origin[m - 1] >= 0 && plan.slot[m - 1] === n - 1
  out += lastIsLastPlace ? lastTail : (trailingComma ? ',' : '') + tailRest
  return out + ']'
}

/** Offset of the comma in the text after an array's last item, or -1 (comments skipped). */
function commaOffset(tail: string): number {
  for (let i = 0; i < tail.length; i++) {
    const c = tail[i]
    if (c === ',') return i
    if (c === '#') {
      const nl = tail.indexOf('\n', i)
      if (nl < 0) return -1
      i = nl
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') return -1
  }
  return -1
}
