// Unified diffs of file changes, as `git diff` shows them (a/ and b/ prefixes,
// /dev/null for created and deleted files, "\ No newline at end of file").
//
// jsdiff holds every line of both sides several times over: on a 20 MB
// inventory one diff costs about a second and 600 MB. A large change is first
// cut into segments: the common start and end are set aside, and the rest is
// split where a block of lines found once on each side matches, so jsdiff only
// sees the stretches around the edits (with their context), and the hunks are
// renumbered into the whole file.

import { createTwoFilesPatch, formatPatch, structuredPatch, type StructuredPatchHunk } from 'diff'
import type { FileChange } from './changeset.js'

/** Both sides together above this size are cut into segments first. */
export const SEGMENT_ABOVE = 512 * 1024

export function unifiedDiff(change: FileChange, context = 3, segmentAbove = SEGMENT_ABOVE): string {
  if (change.before === change.after) return ''
  const from = change.before === null ? '/dev/null' : `a/${change.path}`
  const to = change.after === null ? '/dev/null' : `b/${change.path}`
  const before = change.before ?? ''
  const after = change.after ?? ''
  // A whole file added or removed is one hunk of every line: no diff to run.
  if ((before === '') !== (after === '')) return `diff --git a/${change.path} b/${change.path}\n--- ${from}\n+++ ${to}\n${wholeFileHunk(before, after)}`
  const patch = before.length + after.length > segmentAbove
    ? segmentedPatch(from, to, before, after, context, segmentAbove)
    : createTwoFilesPatch(from, to, before, after, undefined, undefined, { context })
  // jsdiff writes an "Index:" banner and a separator line first; git does not.
  const lines = patch.split('\n')
  const start = lines.findIndex((l) => l.startsWith('--- '))
  return `diff --git a/${change.path} b/${change.path}\n${lines.slice(start).join('\n').replace(/\t$/gm, '')}`
}

/** The hunk jsdiff writes when one side is empty (the other is not). */
function wholeFileHunk(before: string, after: string): string {
  const text = before === '' ? after : before
  const sign = before === '' ? '+' : '-'
  const lines = text.split('\n')
  const complete = lines[lines.length - 1] === ''
  if (complete) lines.pop()
  const range = `1,${lines.length}`
  const header = before === '' ? `@@ -0,0 +${range} @@` : `@@ -${range} +0,0 @@`
  return `${header}\n${sign}${lines.join(`\n${sign}`)}\n${complete ? '' : '\\ No newline at end of file\n'}`
}

export function unifiedDiffs(changes: readonly FileChange[]): string {
  return changes.map((c) => unifiedDiff(c)).filter(Boolean).join('')
}

type Range = [aStart: number, aEnd: number, bStart: number, bEnd: number]

const CHUNK = 4096

/** The same patch as createTwoFilesPatch, with jsdiff run on each segment that differs. */
function segmentedPatch(from: string, to: string, a: string, b: string, context: number, segmentAbove: number): string {
  // Segments are separated by an identical block longer than two contexts, so their hunks never touch.
  const anchorLines = 2 * context + 2
  const segments: Range[] = []
  const stack: Range[] = [[0, a.length, 0, b.length]]
  while (stack.length > 0) {
    const range = stack.pop() as Range
    const segment = trimCommon(a, b, range)
    if (!segment) continue
    const [aS, aE, bS, bE] = segment
    const anchor = aE - aS + (bE - bS) > segmentAbove / 4 ? findAnchor(a, b, segment, anchorLines) : undefined
    if (!anchor) { segments.push(segment); continue }
    stack.push([anchor[0], aE, anchor[1], bE], [aS, anchor[0], bS, anchor[1]])
  }
  const hunks: StructuredPatchHunk[] = []
  const aLines = lineCounter(a)
  const bLines = lineCounter(b)
  for (const [aS, aE, bS, bE] of segments) {
    // `context` lines on each side, identical in both (common text or an anchor block).
    let mS = aS
    for (let k = 0; k < context && mS > 0; k++) mS = a.lastIndexOf('\n', mS - 2) + 1
    let mE = aE
    for (let k = 0; k < context && mE < a.length; k++) {
      const nl = a.indexOf('\n', mE)
      mE = nl < 0 ? a.length : nl + 1
    }
    const bmS = bS - (aS - mS)
    const bmE = bE + (mE - aE)
    const aBefore = aLines(mS)
    const bBefore = bLines(bmS)
    const part = structuredPatch('', '', a.slice(mS, mE), b.slice(bmS, bmE), undefined, undefined, { context })
    for (const h of part.hunks) hunks.push({ ...h, oldStart: h.oldStart + aBefore, newStart: h.newStart + bBefore })
  }
  return formatPatch({ oldFileName: from, newFileName: to, oldHeader: undefined, newHeader: undefined, hunks })
}

/** The range without its common first and last lines; undefined when both sides are equal. */
function trimCommon(a: string, b: string, [aS, aE, bS, bE]: Range): Range | undefined {
  const max = Math.min(aE - aS, bE - bS)
  let p = 0
  // Whole chunks first (compared natively), then character by character.
  while (p + CHUNK <= max && a.slice(aS + p, aS + p + CHUNK) === b.slice(bS + p, bS + p + CHUNK)) p += CHUNK
  while (p < max && a.charCodeAt(aS + p) === b.charCodeAt(bS + p)) p++
  if (p === aE - aS && p === bE - bS) return undefined
  // Back to the start of the line where they differ.
  p = Math.max(0, a.lastIndexOf('\n', aS + p - 1) + 1 - aS)
  aS += p
  bS += p
  const maxS = Math.min(aE - aS, bE - bS)
  let s = 0
  while (s + CHUNK <= maxS && a.slice(aE - s - CHUNK, aE - s) === b.slice(bE - s - CHUNK, bE - s)) s += CHUNK
  while (s < maxS && a.charCodeAt(aE - 1 - s) === b.charCodeAt(bE - 1 - s)) s++
  // The common end starts at a line start on both sides (or where the range starts).
  const midLine = (t: string, start: number, at: number): boolean => at > start && t.charCodeAt(at - 1) !== 0x0a
  while (s > 0 && (midLine(a, aS, aE - s) || midLine(b, bS, bE - s))) s--
  return [aS, aE - s, bS, bE - s]
}

/** Line starts of a block of `lines` lines found exactly once on each side of the range. */
function findAnchor(a: string, b: string, [aS, aE, bS, bE]: Range, lines: number): [number, number] | undefined {
  for (const at of [0.5, 0.25, 0.75, 0.125, 0.875]) {
    const x = Math.max(aS, a.lastIndexOf('\n', aS + Math.floor((aE - aS) * at)) + 1)
    let e = x
    for (let k = 0; k < lines && e >= 0; k++) {
      const nl = a.indexOf('\n', e)
      e = nl < 0 || nl >= aE ? -1 : nl + 1
    }
    if (e < 0) continue
    const block = a.slice(x, e)
    if (a.indexOf(block, aS) !== x || isIn(a.indexOf(block, x + 1), block, aE)) continue
    const y = b.indexOf(block, bS)
    if (y < 0 || y + block.length > bE || (y > 0 && b.charCodeAt(y - 1) !== 0x0a) || isIn(b.indexOf(block, y + 1), block, bE)) continue
    return [x, y]
  }
  return undefined
}

function isIn(found: number, block: string, end: number): boolean {
  return found >= 0 && found + block.length <= end
}

/** Number of lines before an offset, for offsets asked in increasing order. */
function lineCounter(text: string): (offset: number) => number {
  let pos = 0
  let count = 0
  return (offset) => {
    for (let nl = text.indexOf('\n', pos); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      count++
      pos = nl + 1
    }
    return count
  }
}
