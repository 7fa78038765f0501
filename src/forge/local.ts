// Proposals without a forge: the dry-run preview (the same title, body and
// patch the engine would propose, no forge call) and `--write`, which applies
// a change set to a working tree the way poi-tracker does — but only when
// every file still reads as the change expects, and never outside the tree.

import { mkdir, readFile, realpath, rename, unlink, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { FileChange } from '../core/changeset.js'
import { changedFiles } from '../core/changeset.js'
import { REGENERATE_LABEL } from './body.js'
import { makePlan, previewOf } from './engine.js'
import { FORGE_FACTS } from './facts.js'
import { createRedactor } from '../core/redact.js'
import type { ForgeKind, ProposalPreview, ProposalRequest } from './types.js'

export interface PreviewOptions {
  /** Render for this forge's vocabulary and body limit; default GitHub's. */
  forge?: ForgeKind
  secrets?: (string | undefined)[]
}

export function previewProposal(request: ProposalRequest, options: PreviewOptions = {}): ProposalPreview {
  const { words, maxBodyLength } = FORGE_FACTS[options.forge ?? 'github']
  return previewOf(makePlan(request, words, maxBodyLength, createRedactor(options.secrets ?? []), REGENERATE_LABEL), maxBodyLength)
}

/** What a terminal shows for a dry run: the title, optionally the body, and the patch. */
export function formatPreview(preview: ProposalPreview, options: { body?: boolean } = {}): string {
  const parts = [`Title: ${preview.title}`]
  if (options.body) parts.push('', preview.body)
  parts.push('', preview.patch || '(no changes)')
  return `${parts.join('\n').replace(/\n+$/, '')}\n`
}

export class ApplyConflictError extends Error {
  constructor(readonly conflicts: string[]) {
    super(`not applied: ${conflicts.join('; ')}`)
    this.name = 'ApplyConflictError'
  }
}

/**
 * Writes the changed files into the working tree at `root`. All files are checked first:
 * each must still hold its `before` content (absent for a created file), so an edit made
 * since the change was computed is never overwritten. Returns the paths written or deleted.
 */
export async function applyToWorkingTree(root: string, changes: readonly FileChange[]): Promise<string[]> {
  const files = changedFiles(changes)
  const rootReal = await realpath(root)
  const conflicts: string[] = []
  const targets: { change: FileChange; target: string }[] = []
  for (const change of files) {
    const target = await safeTarget(rootReal, change.path)
    if (target === null) {
      conflicts.push(`${change.path}: path is outside the working tree`)
      continue
    }
    const current = await readOrNull(target)
    if (current !== change.before) {
      conflicts.push(`${change.path}: ${current === null ? 'missing' : change.before === null ? 'already exists' : 'changed since the change was computed'}`)
      continue
    }
    targets.push({ change, target })
  }
  if (conflicts.length > 0) throw new ApplyConflictError(conflicts)
  for (const { change, target } of targets) {
    if (change.after === null) {
      await unlink(target)
    } else {
      await mkdir(dirname(target), { recursive: true })
      // Write then rename, so an interrupted run never leaves half a file.
      const temp = `${target}.poi-gitops-${process.pid}.tmp`
      await writeFile(temp, change.after)
      await rename(temp, target)
    }
  }
  return targets.map((t) => t.change.path)
}

/** The absolute path for a repository-relative path, or null when it would leave the tree (.., absolute, symlinked directories). */
async function safeTarget(rootReal: string, path: string): Promise<string | null> {
  if (path === '' || isAbsolute(path) || path.includes('\\') || path.includes('\0') || path.split('/').some((s) => s === '..' || s === '')) return null
  const target = resolve(rootReal, path)
  if (!inside(rootReal, target)) return null
  // The nearest existing ancestor must resolve inside the tree too.
  let dir = dirname(target)
  for (;;) {
    try {
      const real = await realpath(dir)
      return inside(rootReal, real) || real === rootReal ? join(real, relative(dir, target)) : null
    } catch {
      if (dir === rootReal) return null
      dir = dirname(dir)
    }
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
