// Every subcommand by name. Commands of later milestones (PLANNED) are listed
// so the CLI can say they exist but are not available in this version yet.

import type { Command } from './types.js'

// Each command is loaded when it runs: a local `add` must not pay for loading
// the forges, the HTTP layer or the XML parser (start-up time and memory).
const LOADERS: ReadonlyMap<string, () => Promise<Command>> = new Map([
  ['validate', async () => (await import('./validate.js')).validate],
  ['show', async () => (await import('./show.js')).show],
  ['find', async () => (await import('./find.js')).find],
  ['add', async () => (await import('./add.js')).add],
  ['remove', async () => (await import('./remove.js')).remove],
  ['import', async () => (await import('./import.js')).importCommand],
  ['export content-resolver', async () => (await import('./export.js')).exportContentResolverCommand],
  ['export hs-relmon', async () => (await import('./export.js')).exportHsRelmonCommand],
  ['sync-gitlab', async () => (await import('./sync-gitlab.js')).syncGitlab],
  ['sync-distgit', async () => (await import('./sync-distgit.js')).syncDistgit],
  ['prune-retired', async () => (await import('./prune-retired.js')).pruneRetired],
  ['triage-updates', async () => (await import('./triage-updates.js')).triageUpdates],
  ['triage-retired', async () => (await import('./triage-retired.js')).triageRetired],
  ['semver-audit', async () => (await import('./semver-audit.js')).semverAudit],
  ['adopt', async () => (await import('./adopt.js')).adopt]
])

export const COMMAND_NAMES: readonly string[] = [...LOADERS.keys()]

export function hasCommand(name: string): boolean {
  return LOADERS.has(name)
}

export async function loadCommand(name: string): Promise<Command | undefined> {
  return LOADERS.get(name)?.()
}

/** Commands whose change sets become proposals (in CI, or with --propose). triage-retired changes inventories with --mark. */
export const FILE_CHANGING = new Set(['add', 'remove', 'import', 'export content-resolver', 'export hs-relmon', 'sync-gitlab', 'sync-distgit', 'prune-retired', 'triage-retired'])

/** Commands that return a plan (CommandResult.plan): a job proposes it as plans/<job>.json (README, "Plans"). */
export const PLAN_PRODUCING = new Set(['triage-updates', 'triage-retired', 'adopt'])

/** interface.md commands not implemented yet in this version. */
export const PLANNED: string[] = []

/** `export` takes a format word: `export hs-relmon` is one command. */
export function commandName(argv: readonly string[]): { name: string; rest: string[] } {
  if (argv[0] === 'export' && argv[1] !== undefined && !argv[1].startsWith('-')) return { name: `export ${argv[1]}`, rest: argv.slice(2) }
  return { name: argv[0] ?? '', rest: argv.slice(1) }
}
