// Every subcommand in one table: its name, where `--help` lists it, what its
// result is (files changed, a plan of writes to other services, or output
// only) and how to load it. The CLI, the action, the job runner and the
// config checks all read this table, so a command is declared once.

import type { Command } from './types.js'

export type CommandGroup = 'inventory' | 'export' | 'sync' | 'bugzilla'

/** What a command's result is, and so how the run delivers it. */
export type CommandEffect =
  /** Output and findings only (validate, show, find, semver-audit). */
  | 'read-only'
  /** A change set: files to change, proposed or written. */
  | 'files'
  /** A plan of writes to other services (and possibly files), carried by a proposal. */
  | 'plan'

export interface CommandEntry {
  name: string
  group: CommandGroup
  /** One line for the top-level help. */
  summary: string
  effect: CommandEffect
  /** Whether it reads inventories named by -i/-I. */
  inventories: boolean
  /** Whether a [[job]] may run it: it proposes something, or (semver-audit) reports on every run. */
  job: boolean
  /** Loaded when the command runs: a local `add` must not pay for the forges or the HTTP layer. */
  load?: () => Promise<Command>
}

const CATALOG: readonly CommandEntry[] = [
  { name: 'validate', group: 'inventory', job: false, inventories: true, effect: 'read-only', summary: 'check inventories: FILE:LINE:COL findings, exit 1 on an error', load: async () => (await import('./validate.js')).validate },
  { name: 'show', group: 'inventory', job: false, inventories: true, effect: 'read-only', summary: 'list the packages of an inventory or a workload', load: async () => (await import('./show.js')).show },
  { name: 'find', group: 'inventory', job: false, inventories: true, effect: 'read-only', summary: 'which inventories and workloads hold a package', load: async () => (await import('./find.js')).find },
  { name: 'add', group: 'inventory', job: true, inventories: true, effect: 'files', summary: 'add a package (or RPMs, workloads, fields) to an inventory', load: async () => (await import('./add.js')).add },
  { name: 'remove', group: 'inventory', job: true, inventories: true, effect: 'files', summary: 'remove a package (or RPMs, workloads) from an inventory', load: async () => (await import('./remove.js')).remove },
  { name: 'import', group: 'inventory', job: true, inventories: false, effect: 'files', summary: 'create an inventory from a legacy JSON package list', load: async () => (await import('./import.js')).importCommand },
  { name: 'export content-resolver', group: 'export', job: true, inventories: true, effect: 'files', summary: 'content-resolver workload YAML', load: async () => (await import('./export.js')).exportContentResolverCommand },
  { name: 'export hs-relmon', group: 'export', job: true, inventories: true, effect: 'files', summary: 'merge into an hs-relmon manifest', load: async () => (await import('./export.js')).exportHsRelmonCommand },
  { name: 'sync-distgit', group: 'sync', job: true, inventories: false, effect: 'files', summary: "fill an inventory from a Fedora dist-git user's or group's packages", load: async () => (await import('./sync-distgit.js')).syncDistgit },
  { name: 'sync-gitlab', group: 'sync', job: true, inventories: false, effect: 'files', summary: "fill an inventory from a CentOS SIG's GitLab group (CBS archival checks)", load: async () => (await import('./sync-gitlab.js')).syncGitlab },
  { name: 'prune-retired', group: 'sync', job: true, inventories: true, effect: 'files', summary: 'mark (or remove) packages no longer shipped on any active Fedora branch', load: async () => (await import('./prune-retired.js')).pruneRetired },
  { name: 'triage-updates', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan priority raises and stale-bug closures for release-monitoring bugs', load: async () => (await import('./triage-updates.js')).triageUpdates },
  { name: 'triage-retired', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan closures of bugs on retired branches; --mark refreshes retired_on', load: async () => (await import('./triage-retired.js')).triageRetired },
  { name: 'semver-audit', group: 'bugzilla', job: true, inventories: true, effect: 'read-only', summary: 'classify pending updates as breaking or not (Cargo semver rule)', load: async () => (await import('./semver-audit.js')).semverAudit },
  { name: 'adopt', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan taking orphaned packages of the inventory', load: async () => (await import('./adopt.js')).adopt }
]

const BY_NAME: ReadonlyMap<string, CommandEntry> = new Map(CATALOG.map((e) => [e.name, e]))

/** Every command of the interface, available or not, in help order. */
export const COMMANDS: readonly CommandEntry[] = CATALOG

/** Names of the commands this version can run. */
export const COMMAND_NAMES: readonly string[] = CATALOG.filter((e) => e.load).map((e) => e.name)

/** Commands of the interface this version does not implement yet. */
export const PLANNED: readonly string[] = CATALOG.filter((e) => !e.load).map((e) => e.name)

export function commandEntry(name: string): CommandEntry | undefined {
  return BY_NAME.get(name)
}

export function hasCommand(name: string): boolean {
  return BY_NAME.get(name)?.load !== undefined
}

export async function loadCommand(name: string): Promise<Command | undefined> {
  return BY_NAME.get(name)?.load?.()
}

/** Whether the command's result is delivered as a proposal (in CI, or with --propose). */
export function proposes(name: string): boolean {
  const effect = BY_NAME.get(name)?.effect
  return effect === 'files' || effect === 'plan'
}

/** The commands a [[job]] may run. */
export const JOB_COMMANDS: readonly string[] = CATALOG.filter((e) => e.job).map((e) => e.name)

/** `export` takes a format word: `export hs-relmon` is one command. */
export function commandName(argv: readonly string[]): { name: string; rest: string[] } {
  if (argv[0] === 'export' && argv[1] !== undefined && !argv[1].startsWith('-')) return { name: `export ${argv[1]}`, rest: argv.slice(2) }
  return { name: argv[0] ?? '', rest: argv.slice(1) }
}
