import { describe, expect, test } from '@jest/globals'
import { unifiedDiff, unifiedDiffs } from '../../src/core/diff.js'
import { createTwoFilesPatch } from 'diff'

describe('unified diffs', () => {
  test('a one-line change shows only that line in context', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n'
    const after = before.replace('e\n', 'E\n')
    expect(unifiedDiff({ path: 'x.toml', before, after })).toBe(
      'diff --git a/x.toml b/x.toml\n--- a/x.toml\n+++ b/x.toml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n')
  })
  test('created and deleted files use /dev/null; unchanged files give nothing', () => {
    expect(unifiedDiff({ path: 'n.yaml', before: null, after: 'x\n' })).toContain('--- /dev/null\n+++ b/n.yaml\n@@ -0,0 +1,1 @@\n+x\n')
    expect(unifiedDiff({ path: 'n.yaml', before: 'x\n', after: null })).toContain('--- a/n.yaml\n+++ /dev/null\n')
    expect(unifiedDiffs([{ path: 'same', before: 'x', after: 'x' }])).toBe('')
  })
  test('a missing final newline is marked', () => {
    expect(unifiedDiff({ path: 'x', before: 'a\nb', after: 'a\nc' })).toContain('\\ No newline at end of file')
  })
})

describe('a whole file added or removed', () => {
  // The fast path must write exactly what jsdiff writes for the same change.
  function viaJsdiff(path: string, before: string | null, after: string | null): string {
    const from = before === null ? '/dev/null' : `a/${path}`
    const to = after === null ? '/dev/null' : `b/${path}`
    const lines = createTwoFilesPatch(from, to, before ?? '', after ?? '', undefined, undefined, { context: 3 }).split('\n')
    const start = lines.findIndex((l) => l.startsWith('--- '))
    return `diff --git a/${path} b/${path}\n${lines.slice(start).join('\n').replace(/\t$/gm, '')}`
  }
  const texts = ['a\n', 'a', 'a\nb\n', 'a\nb', 'a\r\nb\r\n', 'a\r\nb', '\n', '\n\n', 'x\n\n', 'x\n\ny', '']
  for (const text of texts) {
    for (const [before, after] of [[null, text], [text, null], ['', text], [text, '']] as const) {
      if (before === after) continue
      test(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
        expect(unifiedDiff({ path: 'f.toml', before, after })).toBe(viaJsdiff('f.toml', before, after))
      })
    }
  }
})
