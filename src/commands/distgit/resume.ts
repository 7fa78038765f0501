// poi-tracker's resume files, as a terminal convenience only (README,
// "sync-distgit and prune-retired"): `<output>.partial` holds the inventory
// with what the finished patterns added, `<output>.partial.state` the first
// pattern that did not finish. The command returns them as local state, which
// the entry point writes in the working tree on a terminal; never into a
// ChangeSet, and never in CI: runners are ephemeral, so a CI run always
// rescans (a full scan is a few dozen cheap requests), and stray files a
// developer committed are ignored there.

import type { CommandContext, LocalState } from '../types.js'

export const partialPath = (output: string): string => `${output}.partial`
export const statePath = (output: string): string => `${output}.partial.state`

/** Resume files are used on a terminal only, and not under --dry-run. */
export function resumeAllowed(ctx: CommandContext): boolean {
  return (ctx.delivery === 'preview' || ctx.delivery === 'write') && (ctx.env['CI'] === undefined || ctx.env['CI'] === '')
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

/** Trims the list to start at the recorded pattern; an unknown pattern (the flags changed) keeps the full list. */
export function trimToResume(patterns: readonly string[], pattern: string | undefined): string[] {
  if (pattern === undefined) return [...patterns]
  const i = patterns.indexOf(pattern)
  return i < 0 ? [...patterns] : patterns.slice(i)
}

/** The resume point to save after a failed listing. */
export function saveResume(output: string, text: string, failedPattern: string): LocalState {
  return { write: [{ path: partialPath(output), content: text }, { path: statePath(output), content: `${failedPattern}\n` }], remove: [] }
}

/** The resume files to drop once a resumed run's result is written. */
export function dropResume(output: string): LocalState {
  return { write: [], remove: [partialPath(output), statePath(output)] }
}
