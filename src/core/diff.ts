// Unified diffs of file changes, as `git diff` shows them (a/ and b/ prefixes,
// /dev/null for created and deleted files, "\ No newline at end of file").

import { createTwoFilesPatch } from 'diff'
import type { FileChange } from './changeset.js'

export function unifiedDiff(change: FileChange, context = 3): string {
  if (change.before === change.after) return ''
  const from = change.before === null ? '/dev/null' : `a/${change.path}`
  const to = change.after === null ? '/dev/null' : `b/${change.path}`
  const patch = createTwoFilesPatch(from, to, change.before ?? '', change.after ?? '', undefined, undefined, { context })
  // jsdiff writes an "Index:" banner and a separator line first; git does not.
  const lines = patch.split('\n')
  const start = lines.findIndex((l) => l.startsWith('--- '))
  return `diff --git a/${change.path} b/${change.path}\n${lines.slice(start).join('\n').replace(/\t$/gm, '')}`
}

export function unifiedDiffs(changes: readonly FileChange[]): string {
  return changes.map((c) => unifiedDiff(c)).filter(Boolean).join('')
}
