// Every subcommand by name. Commands of later milestones are listed so the CLI
// can say they exist but are not available in this version yet.

import type { Command } from './types.js'
import { validate } from './validate.js'
import { show } from './show.js'
import { find } from './find.js'
import { add } from './add.js'
import { remove } from './remove.js'
import { importCommand } from './import.js'
import { exportContentResolverCommand, exportHsRelmonCommand } from './export.js'
import { syncGitlab } from './sync-gitlab.js'
import { syncDistgit } from './sync-distgit.js'
import { pruneRetired } from './prune-retired.js'

export const COMMANDS = new Map<string, Command>([
  ['validate', validate],
  ['show', show],
  ['find', find],
  ['add', add],
  ['remove', remove],
  ['import', importCommand],
  ['export content-resolver', exportContentResolverCommand],
  ['export hs-relmon', exportHsRelmonCommand],
  ['sync-gitlab', syncGitlab],
  ['sync-distgit', syncDistgit],
  ['prune-retired', pruneRetired]
])

/** Commands whose change sets become proposals (in CI, or with --propose). */
export const FILE_CHANGING = new Set(['add', 'remove', 'import', 'export content-resolver', 'export hs-relmon', 'sync-gitlab', 'sync-distgit', 'prune-retired'])

/** interface.md commands not implemented yet in this version. */
export const PLANNED = ['triage-updates', 'triage-retired', 'semver-audit', 'adopt']

/** `export` takes a format word: `export hs-relmon` is one command. */
export function commandName(argv: readonly string[]): { name: string; rest: string[] } {
  if (argv[0] === 'export' && argv[1] !== undefined && !argv[1].startsWith('-')) return { name: `export ${argv[1]}`, rest: argv.slice(2) }
  return { name: argv[0] ?? '', rest: argv.slice(1) }
}
