// poi-tracker's resume files, as a terminal convenience only (reference
// distgit.md §3.11): `<output>.partial` holds the inventory with what the
// finished patterns added, `<output>.partial.state` the first pattern that
// failed. They are written with node:fs straight into the working tree,
// never into a ChangeSet, and never in CI (CI is set): runners are
// ephemeral, so a CI run always rescans (a full scan is a few dozen cheap
// requests), and stray files a developer committed are ignored there.

import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CommandContext } from '../types.js'

export const partialPath = (output: string): string => `${output}.partial`
export const statePath = (output: string): string => `${output}.partial.state`

/** Resume files are used on a terminal only. */
export function resumeAllowed(ctx: CommandContext): boolean {
  return ctx.env['CI'] === undefined || ctx.env['CI'] === ''
}

export interface ResumePoint {
  /** The saved inventory text. */
  text: string
  /** The pattern that failed; undefined when the state file is missing. */
  pattern?: string
}

/** The resume point for `output`, if a `.partial` exists (read through the workspace). */
export async function readResume(ctx: CommandContext, output: string): Promise<ResumePoint | undefined> {
  const partial = await ctx.workspace.read(partialPath(output))
  if (partial === undefined) return undefined
  const state = await ctx.workspace.read(statePath(output))
  const text = Buffer.from(partial).toString('utf8')
  return state === undefined ? { text } : { text, pattern: Buffer.from(state).toString('utf8').trim() }
}

/** §3.11: trims the list to start at the recorded pattern; an unknown pattern keeps the full list. */
export function trimToResume(patterns: readonly string[], pattern: string | undefined): string[] {
  if (pattern === undefined) return [...patterns]
  const i = patterns.indexOf(pattern)
  return i < 0 ? [...patterns] : patterns.slice(i)
}

export function writeResume(ctx: CommandContext, output: string, text: string, failedPattern: string): string[] {
  const files = [partialPath(output), statePath(output)]
  writeFileSync(join(ctx.workspace.root, files[0] as string), text)
  writeFileSync(join(ctx.workspace.root, files[1] as string), `${failedPattern}\n`)
  return files
}

export function clearResume(ctx: CommandContext, output: string): void {
  for (const f of [partialPath(output), statePath(output)]) {
    try {
      rmSync(join(ctx.workspace.root, f), { force: true })
    } catch {
      // As poi-tracker: a file that cannot be removed only means the next run resumes again (re-adding is idempotent).
    }
  }
}
