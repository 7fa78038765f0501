// Line-level helpers over TOML text for splicing edits: where lines start and
// end, which lines are blank or comments, and which comment block is attached
// to a line (comment lines directly above it, no blank line between; a block
// that opens the file is the file's header and is attached to nothing).

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Offset just past the line break of the line containing `offset` (or the text length). */
export function lineEndAt(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return nl < 0 ? text.length : nl + 1
}

export function lineText(text: string, start: number): string {
  const end = lineEndAt(text, start)
  return text.slice(start, end).replace(/\r?\n$/, '')
}

/** A line with nothing but spaces (its line break may be included). */
export function isBlankLine(s: string): boolean {
  return /^[ \t]*\r?\n?$/.test(s)
}

export function isCommentLine(s: string): boolean {
  return /^[ \t]*#/.test(s)
}

/** Start of the comment block directly above the line starting at `lineStart` (`lineStart` when there is none). */
export function attachedCommentStart(text: string, lineStart: number): number {
  let start = lineStart
  while (start > 0) {
    const prev = lineStartAt(text, start - 1)
    if (!isCommentLine(lineText(text, prev))) break
    start = prev
  }
  return start === 0 ? lineStart : start
}

/** Moves back over blank lines ending at `offset` (an offset at a line start). */
export function skipBlankLinesBack(text: string, offset: number): number {
  let start = offset
  while (start > 0) {
    const prev = lineStartAt(text, start - 1)
    if (!isBlankLine(lineText(text, prev))) break
    start = prev
  }
  return start
}

export interface Splice {
  start: number
  end: number
  text: string
  /** Orders insertions at the same offset (lower first). */
  order?: number
}

/** Applies non-overlapping splices given against the same original text. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = splices
    .map((s, i) => ({ ...s, seq: i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.order ?? 0) - (b.order ?? 0) || a.seq - b.seq)
  let out = ''
  let pos = 0
  for (const s of sorted) {
    if (s.start < pos) throw new Error(`overlapping edits at offset ${s.start}`)
    out += text.slice(pos, s.start) + s.text
    pos = s.end
  }
  return out + text.slice(pos)
}
