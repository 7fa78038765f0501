// `--write`: puts a change set's files into the working tree (poi-tracker's
// behaviour), refusing any path that would leave the repository.

import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { FileChange } from '../core/changeset.js'
import { safeRepoPath } from '../config/config.js'

export async function applyChanges(root: string, changes: readonly FileChange[]): Promise<string[]> {
  const written: string[] = []
  for (const c of changes) {
    if (c.before === c.after) continue
    const rel = safeRepoPath(c.path)
    if (rel === undefined) throw new Error(`refusing to write outside the repository: ${c.path}`)
    const abs = join(root, rel)
    if (c.after === null) await rm(abs, { force: true })
    else {
      await mkdir(dirname(abs), { recursive: true })
      await writeFile(abs, c.after)
    }
    written.push(rel)
  }
  return written
}
