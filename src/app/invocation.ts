// What a user asked for, checked before anything is read or requested: the
// command, its flags and positional arguments, the job it proposes as, and how
// its result is delivered. The CLI, `poi-gitops ci` and the action all build
// their invocation here, so a bad word is refused the same way everywhere
// (exit 2, no request made).

import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { checkPositionals, parseArgs, str, bool, UsageError, type CommandSpec, type ParsedArgs } from '../core/args.js'
import { didYouMean } from '../core/suggest.js'
import { jobNameProblem } from '../config/config.js'
import { COMMAND_NAMES, COMMANDS, PLANNED, commandName, loadCommand, proposes } from '../commands/registry.js'
import type { Delivery } from '../commands/types.js'

export interface Invocation {
  /** `run` or a command of the registry. */
  name: string
  /** The command's words as given (a single command's job runs exactly these). */
  argv: string[]
  spec: CommandSpec
  args: ParsedArgs
  help: boolean
  delivery: Delivery
  /** The job a single command proposes as (--job, else named after the command). */
  jobName?: string
  /** The repository root: -C DIR, else the git top-level of the current directory, else the current directory. */
  root: string
  /** The config file the user named. */
  config?: string
}

export const RUN_SPEC: CommandSpec = {
  name: 'run',
  summary: 'Run every [[job]] of poi-gitops.toml in order; each job\'s changes (and the exports they affect) become one pull/merge request.',
  positionals: [],
  flags: [],
  notes: 'On a terminal without --propose, prints each job\'s proposal (title and patch) instead. --job NAME runs one job.'
}

export interface Where {
  cwd: string
  /** In CI (GitHub Actions or GitLab CI), a change is proposed unless --write or --dry-run says otherwise. */
  ci: boolean
  /** A fixed repository root (the action's GITHUB_WORKSPACE); -C is resolved against it. */
  root?: string
}

export async function parseInvocation(argv: readonly string[], where: Where): Promise<Invocation> {
  const { name, rest } = commandName(argv)
  const spec = name === 'run' ? RUN_SPEC : (await loadCommand(name))?.spec
  if (!spec) throw unknownCommand(name)
  const args = parseArgs(spec, rest)
  const help = bool(args, 'help')
  if (!help) {
    checkPositionals(spec, args)
    spec.check?.(args)
  }
  const jobName = str(args, 'job')
  if (jobName !== undefined) {
    const problem = jobNameProblem(jobName)
    if (problem) throw new UsageError(`--job: ${problem}`, name)
  }
  const delivery = deliveryOf(name, args, where.ci)
  const base = where.root ?? repositoryRoot(where.cwd)
  const dir = str(args, 'directory')
  return {
    name, argv: [...argv], spec, args, help, delivery, root: dir === undefined ? base : resolve(where.root ?? where.cwd, dir),
    ...(jobName !== undefined ? { jobName } : {}),
    ...(str(args, 'config') !== undefined ? { config: str(args, 'config') } : {})
  }
}

function unknownCommand(name: string): UsageError {
  if (name === '') return new UsageError('no command given')
  if (PLANNED.includes(name)) return new UsageError(`'${name}' is not available in this version of poi-gitops yet`)
  const guess = didYouMean(name, [...COMMAND_NAMES, 'run', ...PLANNED])
  return new UsageError(`unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}`)
}

function deliveryOf(name: string, args: ParsedArgs, ci: boolean): Delivery {
  const write = bool(args, 'write')
  const dryRun = bool(args, 'dry-run')
  const propose = bool(args, 'propose')
  if (write && propose) throw new UsageError('--write and --propose exclude each other: write the change to the working tree, or propose it', name)
  if (write && dryRun) throw new UsageError('--write and --dry-run exclude each other', name)
  const proposing = name === 'run' || proposes(name)
  if (!proposing) {
    if (write || propose) throw new UsageError(`'${name}' changes no file; --${write ? 'write' : 'propose'} does not apply`, name)
    return dryRun ? 'dry-run' : 'preview'
  }
  if (dryRun) return 'dry-run'
  if (write) {
    if (name === 'run') throw new UsageError('run proposes its jobs; --write applies only to a single command', name)
    return 'write'
  }
  if (propose || ci) return 'propose'
  // A terminal: a single command shows its diff; `run` shows each job's proposal.
  return name === 'run' ? 'dry-run' : 'preview'
}

/** The nearest directory at or above `cwd` holding `.git`, else `cwd`. */
export function repositoryRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir
    if (dirname(dir) === dir) return resolve(cwd)
  }
}

/** The commands a terminal's `--help` lists, grouped. */
export function commandGroups(): Array<{ title: string; commands: Array<{ name: string; summary: string; available: boolean }> }> {
  const titles = { inventory: 'Inventories', export: 'Exports', sync: 'Sync from Fedora and CentOS', bugzilla: 'Bugzilla and dist-git (plans)' } as const
  return (Object.keys(titles) as Array<keyof typeof titles>).map((group) => ({
    title: titles[group],
    commands: COMMANDS.filter((e) => e.group === group).map((e) => ({ name: e.name, summary: e.summary, available: e.load !== undefined }))
  }))
}

