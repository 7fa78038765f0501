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
// the file's style for new arrays.

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
  origin: number[]
  /** Per new position of a kept item: the original position whose place it takes (the n-th kept item takes the n-th kept place). */
  slot: number[]
  /** Per original index: whether it is kept. */
  kept: boolean[]
}

/** Pairs equal values in order (duplicates included); O(n). */
function matchItems(before: readonly string[], after: readonly string[]): Plan {
  const queues = new Map<string, number[]>()
  before.forEach((v, i) => {
    const q = queues.get(v)
    if (q) q.push(i)
    else queues.set(v, [i])
  })
  const used = new Map<string, number>()
  const kept = before.map(() => false)
  const origin = after.map((v) => {
    const q = queues.get(v)
    const n = used.get(v) ?? 0
    if (!q || n >= q.length) return -1
    used.set(v, n + 1)
    kept[q[n]] = true
    return q[n]
  })
  const places: number[] = []
  kept.forEach((k, i) => { if (k) places.push(i) })
  let rank = 0
  const slot = origin.map((o) => (o < 0 ? -1 : places[rank++]))
  return { origin, slot, kept }
}

function arrayQuote(text: string, items: readonly ValueNode[], fallback: QuoteStyle): QuoteStyle {
  if (items.length === 0) return fallback
  return mostCommon(items.map((it): QuoteStyle => (text.charCodeAt(it.start) === 0x27 ? 'literal' : 'basic')), fallback)
}

// ---- one item per line ------------------------------------------------------

interface Unit {
  /** Comment lines directly above the item. */
  attached: string
  indent: string
  token: string
  /** Spaces between the item and its comma. */
  preComma: string
  comma: boolean
  /** Spaces between the item (or its comma) and the comment. */
  gap: string
  comment: string
  /** The line break ('' when `]` follows on the same line). */
  eol: string
}

interface Listed {
  /** `[` and the rest of its line. */
  open: string
  units: Unit[]
  /** Per unit: the blank lines and headings above it (and above its attached comments). */
  gaps: string[]
  /** Lines after the last item, before the line of `]`. */
  trailing: string
  /** From the start of the `]` line (or just after the last item when they share a line) to `]`. */
  close: string
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
  const gaps: string[] = []
  let pos = openEnd
  let pending = ''
  let gap = ''
  // Blank and comment lines up to `to`; false when another line is there.
  const between = (to: number): boolean => {
    while (pos < to) {
      const lineEnd = lineEndAt(text, pos)
      const line = text.slice(pos, lineEnd)
      if (isBlankLine(line)) {
        gap += pending + line
        pending = ''
      } else if (isCommentLine(line)) pending += line
      else return false
      pos = lineEnd
    }
    return true
  }
  let close = ''
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    const ls = lineStartAt(text, item.start)
    if (ls < pos || !between(ls)) return undefined
    const indent = text.slice(ls, item.start)
    if (!SPACES.test(indent)) return undefined
    let q = item.end
    while (text[q] === ' ' || text[q] === '\t') q++
    const comma = text[q] === ','
    const preComma = comma ? text.slice(item.end, q) : ''
    q = comma ? q + 1 : item.end
    let r = q
    while (text[r] === ' ' || text[r] === '\t') r++
    const unit: Unit = { attached: pending, indent, token: text.slice(item.start, item.end), preComma, comma, gap: '', comment: '', eol: '' }
    if (closeShares && i === items.length - 1) {
      if (r !== closeAt) return undefined
      close = text.slice(q, end)
      pos = end
    } else {
      const lineEnd = lineEndAt(text, r)
      if (lineEnd > closeAt) return undefined
      const eol = /\r?\n$/.exec(text.slice(r, lineEnd))?.[0] ?? ''
      const rest = text.slice(r, lineEnd - eol.length)
      if (rest !== '' && !rest.startsWith('#')) return undefined
      unit.gap = text.slice(q, r)
      unit.comment = rest
      unit.eol = eol
      pos = lineEnd
    }
    units.push(unit)
    gaps.push(gap)
    pending = ''
    gap = ''
  }
  let trailing = ''
  if (!closeShares) {
    const from = pos
    if (!between(closeLineStart)) return undefined
    trailing = text.slice(from, closeLineStart)
    close = text.slice(closeLineStart, end)
  }
  return { open: text.slice(start, openEnd), units, gaps, trailing, close, closeShares }
}

/** Joins two runs of blank/comment lines; where a blank run meets another, the second's blank lines go. */
function joinGaps(a: string, b: string): string {
  if (a === '' || b === '') return a + b
  const lastLine = a.slice(a.lastIndexOf('\n', a.length - 2) + 1)
  return isBlankLine(lastLine) ? a + b.replace(/^(?:[ \t]*\r?\n)+/, '') : a + b
}

function renderListed(e: ArrayEdit, l: Listed, plan: Plan): string {
  const { units } = l
  const m = e.after.length
  const trailingComma = units.length > 0 ? units[units.length - 1].comma : e.fresh.trailingComma
  // The gap above each kept place; gaps of removed items carry on to the next kept one.
  const gapAt = new Map<number, string>()
  let carry = ''
  units.forEach((_u, i) => {
    if (plan.kept[i]) {
      gapAt.set(i, joinGaps(carry, l.gaps[i]))
      carry = ''
    } else carry = joinGaps(carry, l.gaps[i])
  })
  const trailing = joinGaps(carry, l.trailing)
  if (m === 0) return /#/.test(trailing) && !l.closeShares ? l.open + trailing + l.close : '[]'

  const quote = arrayQuote(e.text, e.node.items ?? [], e.fresh.quote)
  const lastLineEol = (p: number): boolean => !(l.closeShares && p === m - 1)
  let close = l.close
  let indent = units[0]?.indent ?? e.lineIndent + e.fresh.indent
  const unitText = (u: Unit, p: number): string => {
    const wantComma = p < m - 1 || trailingComma
    let line = u.attached + u.indent + u.token + (wantComma ? (u.comma ? u.preComma : '') + ',' : '')
    if (!lastLineEol(p) && u.comment !== '') {
      // A comment cannot share a line with `]`: the bracket moves to a line of its own.
      close = `${e.eol}${e.lineIndent}]`
      return line + u.gap + u.comment
    }
    line += u.gap + u.comment
    return line + (lastLineEol(p) ? u.eol || e.eol : '')
  }
  const newText = (p: number): string =>
    `${indent}${quoteString(e.after[p], quote)}${p < m - 1 || trailingComma ? ',' : ''}${lastLineEol(p) ? e.eol : ''}`

  let out = l.open
  let pending: number[] = []
  const flush = (): void => {
    for (const p of pending) out += newText(p)
    pending = []
  }
  for (let p = 0; p < m; p++) {
    const o = plan.origin[p]
    if (o < 0) { pending.push(p); continue }
    // New items go under the gap (and heading) above the next kept item.
    out += gapAt.get(plan.slot[p]) ?? ''
    flush()
    out += unitText(units[o], p)
    indent = units[o].indent
  }
  flush()
  return out + trailing + close
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
