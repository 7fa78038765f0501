// The segmented path of unifiedDiff (large files): the same diff as jsdiff on
// the whole files where the alignment is unambiguous, and always a patch that
// turns the old text into the new one.

import { describe, expect, test } from '@jest/globals'
import { applyPatch } from 'diff'
import { unifiedDiff } from '../../src/core/diff.js'
import { rng } from '../helpers/rng.js'

/** Random sparse edits of a line list: inserts, removals and replacements at a few places. */
function edit(r: () => number, lines: string[], unique: boolean): string[] {
  const out = [...lines]
  const count = 1 + Math.floor(r() * 6)
  for (let k = 0; k < count; k++) {
    const at = Math.floor(r() * (out.length + 1))
    const op = r()
    const fresh = (): string => (unique ? `new ${k} ${Math.floor(r() * 1e9)}` : ['', '}', 'x = 1'][Math.floor(r() * 3)])
    if (op < 0.4) out.splice(at, 0, ...Array.from({ length: 1 + Math.floor(r() * 3) }, fresh))
    else if (op < 0.7) out.splice(at, 1 + Math.floor(r() * 3))
    else out.splice(at, 1, fresh())
  }
  return out
}

function text(lines: string[], finalNewline: boolean): string {
  return lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '')
}

describe('segmented diffs of large files', () => {
  test('the same output as jsdiff on the whole files (distinct lines)', () => {
    const r = rng(7)
    for (let n = 0; n < 150; n++) {
      const lines = Array.from({ length: 50 + Math.floor(r() * 400) }, (_, i) => `line ${i} ${Math.floor(r() * 1e6)}`)
      const before = text(lines, r() < 0.8)
      const after = text(edit(r, lines, true), r() < 0.8)
      const change = { path: 'f.toml', before, after }
      expect(unifiedDiff(change, 3, 256)).toBe(unifiedDiff(change))
    }
  })

  test('a patch that applies, with repeated and blank lines', () => {
    const r = rng(11)
    for (let n = 0; n < 150; n++) {
      const lines = Array.from({ length: 50 + Math.floor(r() * 400) }, (_, i) => (r() < 0.3 ? ['', '}', 'x = 1'][i % 3] : `line ${i}`))
      const before = text(lines, r() < 0.8)
      const after = text(edit(r, lines, false), r() < 0.8)
      const patch = unifiedDiff({ path: 'f.toml', before, after }, 3, 256)
      expect(applyPatch(before, patch.slice(patch.indexOf('\n') + 1))).toBe(after)
    }
  })

  test('a large file with edits far apart gives one small hunk per edit', () => {
    const lines = Array.from({ length: 200000 }, (_, i) => `    "pkg-${String(i).padStart(6, '0')}",`)
    const after = [...lines]
    after.splice(150000, 0, '    "pkg-150000a",')
    after.splice(10, 1)
    const patch = unifiedDiff({ path: 'inv.toml', before: text(lines, true), after: text(after, true) })
    expect(patch.match(/^@@ /gm)).toEqual(['@@ ', '@@ '])
    expect(patch).toContain('@@ -8,7 +8,6 @@')
    expect(patch).toContain('@@ -149998,6 +149997,7 @@')
  })
})
