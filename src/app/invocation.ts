// What a user asked for, checked before anything is read or requested: the
// command, its flags and positional arguments, the job it proposes as, and how
// its result is delivered. The CLI, `poi-gitops ci` and the action all build
// their invocation here, so a bad word is refused the same way everywhere
// (exit 2, no request made).

import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { isInside } from '../core/workspace.js'
import { checkPositionals, COMMON_FLAGS, DELIVERY_FLAGS, INVENTORY_FLAGS, parseArgs, str, bool, UsageError, type CommandSpec, type FlagSpec, type ParsedArgs } from '../core/args.js'
import { didYouMean } from '../core/suggest.js'
import { jobNameProblem } from '../config/config.js'
import { COMMAND_NAMES, COMMANDS, PLANNED, commandEntry, commandName, loadCommand, proposes } from '../commands/registry.js'
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
  /** Absolute paths outside the repository the user named as inputs (read on a terminal only). */
  externalReads: string[]
}

export const RUN_SPEC: CommandSpec = {
  name: 'run',
  summary: 'Run every [[job]] of poi-gitops.toml in order; each job\'s changes (and the exports they affect) become one pull/merge request.',
  positionals: [],
  flags: [],
  notes: 'On a terminal without --propose, prints each job\'s proposal (title and patch) instead. --job NAME runs one job.'
}

export const APPLY_SPEC: CommandSpec = {
  name: 'apply',
  summary: 'Perform merged plans (plans/<job>.json): each target is read again just before its write, and written only while it still matches the plan.',
  positionals: ['[PLAN...]'],
  positionalPaths: 'read',
  flags: [],
  notes: 'Without PLAN, every plan of the [plans] folder. --dry-run reads every target and says what would be written.\nIn CI, `command: auto` runs it on a push to the default branch that changes plan files.'
}

export const JOBS_SPEC: CommandSpec = {
  name: 'jobs',
  summary: 'List the [[job]]s of poi-gitops.toml: one per line, or with --json [{"name", "run", "branch"}] for a CI matrix.',
  positionals: [],
  flags: [{ name: 'json', kind: 'bool', help: 'print JSON for a CI matrix' }]
}

export interface Where {
  cwd: string
  /** In CI (GitHub Actions or GitLab CI), a change is proposed unless --write or --dry-run says otherwise. */
  ci: boolean
  /** A fixed repository root (the action's GITHUB_WORKSPACE); -C is resolved against it. */
  root?: string
}

export async function parseInvocation(given: readonly string[], where: Where): Promise<Invocation> {
  const argv = commandFirst(given)
  const { name, rest } = commandName(argv)
  const spec = name === 'run' ? RUN_SPEC : name === 'apply' ? APPLY_SPEC : name === 'jobs' ? JOBS_SPEC : (await loadCommand(name))?.spec
  if (!spec) throw unknownCommand(name)
  const globals = globalFlagsOf(name)
  const args = parseArgs(spec, rest, globals)
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
  // -C DIR: run as if started in DIR, which is then the repository root.
  const dir = str(args, 'directory')
  const cwd = dir === undefined ? where.root ?? where.cwd : resolve(where.root ?? where.cwd, dir)
  const root = dir === undefined ? where.root ?? repositoryRoot(where.cwd) : cwd
  // Inputs a user names outside the repository may be read on a terminal by commands that change nothing there.
  const readsOutside = !where.ci && (commandEntry(name)?.effect === 'read-only' || name.startsWith('export '))
  const before = JSON.stringify([...args.flags, args.positionals])
  const externalReads = normalizePaths(spec, globals, args, { cwd, root, readsOutside, command: name })
  // A single command's job runs these words: rewritten only when a path had to be made repository-relative.
  const words = JSON.stringify([...args.flags, args.positionals]) === before ? argv : [...argv.slice(0, argv.length - rest.length), ...unparse(args, spec, globals)]
  return {
    name, argv: words, spec, args, help, delivery, root, externalReads,
    ...(jobName !== undefined ? { jobName } : {}),
    ...(str(args, 'config') !== undefined ? { config: str(args, 'config') } : {})
  }
}

/** The global flags a command takes: common ones, -i/-I where it reads inventories, delivery flags where it delivers. */
export function globalFlagsOf(name: string): FlagSpec[] {
  const entry = commandEntry(name)
  const delivers = name === 'run' || (entry !== undefined && entry.effect !== 'read-only')
  const help = COMMON_FLAGS.filter((f) => f.name === 'help')
  return [
    ...(entry?.inventories ? INVENTORY_FLAGS : []),
    ...COMMON_FLAGS.filter((f) => f.name !== 'help'),
    ...(delivers ? DELIVERY_FLAGS.filter((f) => name !== 'run' || f.name !== 'write') : []),
    ...help
  ]
}

/** Global flags may stand before the command (`poi-gitops -C repo validate`): they are moved after it. */
function commandFirst(argv: readonly string[]): string[] {
  const all = [...INVENTORY_FLAGS, ...COMMON_FLAGS, ...DELIVERY_FLAGS]
  const leading: string[] = []
  let i = 0
  while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '--') {
    const arg = argv[i]
    const long = arg.startsWith('--') ? arg.slice(2).split('=')[0] : undefined
    const flag = all.find((f) => (long !== undefined ? f.name === long : f.short !== undefined && arg.slice(1, 2) === f.short))
    if (!flag) break
    const takesValue = flag.kind !== 'bool' && !arg.includes('=') && !(long === undefined && arg.length > 2)
    leading.push(...argv.slice(i, i + (takesValue ? 2 : 1)))
    i += takesValue ? 2 : 1
  }
  if (leading.length === 0) return [...argv]
  const rest = argv.slice(i)
  const words = rest[0] === 'export' && rest[1] !== undefined && !rest[1].startsWith('-') ? 2 : 1
  return [...rest.slice(0, words), ...leading, ...rest.slice(words)]
}

/**
 * Path values are relative to where the user stands: they become repository-relative. A path
 * outside the repository is a usage error, except a read input where `readsOutside` allows it
 * (returned, for the workspace to read).
 */
function normalizePaths(spec: CommandSpec, globals: readonly FlagSpec[], args: ParsedArgs, at: { cwd: string; root: string; readsOutside: boolean; command: string }): string[] {
  const external: string[] = []
  const fix = (value: string, kind: 'read' | 'write', shown: string): string => {
    const abs = resolve(at.cwd, value)
    const rel = relative(at.root, abs)
    if (rel === '') return '.'
    if (isInside(at.root, abs)) return rel.split(sep).join('/')
    if (kind === 'read' && at.readsOutside) {
      external.push(abs)
      return abs
    }
    throw new UsageError(`${shown} ${JSON.stringify(value)} is outside the repository (${at.root})${kind === 'write' ? '' : '; poi-gitops reads files outside the repository only on a terminal, for commands that change nothing there'}`, at.command)
  }
  for (const flag of [...spec.flags, ...globals]) {
    if (!flag.path || !args.flags.has(flag.name)) continue
    const value = args.flags.get(flag.name)
    const shown = `--${flag.name}`
    if (typeof value === 'string') args.flags.set(flag.name, flag.name === 'config' ? fixConfig(value) : fix(value, flag.path, shown))
    else if (Array.isArray(value)) args.flags.set(flag.name, value.map((v) => fix(v, flag.path!, shown)))
  }
  if (spec.positionalPaths) args.positionals = args.positionals.map((p) => fix(p, 'read', 'the file'))
  return external

  // The config is read through the workspace boundary, which refuses what lies outside; it is only made relative here.
  function fixConfig(value: string): string {
    const abs = resolve(at.cwd, value)
    return isInside(at.root, abs) ? relative(at.root, abs).split(sep).join('/') : abs
  }
}

/** The flags as words again (normalized paths included), for a single command's job `run` line and provenance. */
function unparse(args: ParsedArgs, spec: CommandSpec, globals: readonly FlagSpec[]): string[] {
  const out: string[] = []
  for (const flag of [...spec.flags, ...globals]) {
    const value = args.flags.get(flag.name)
    if (value === undefined || flag.name === 'directory' || flag.name === 'help') continue
    if (value === true) out.push(`--${flag.name}`)
    else if (typeof value === 'string') out.push(`--${flag.name}`, value)
    else if (Array.isArray(value)) for (const v of value) out.push(`--${flag.name}`, v)
  }
  return [...out, ...(args.positionals.length ? ['--', ...args.positionals] : [])]
}

function unknownCommand(name: string): UsageError {
  if (name === '') return new UsageError('no command given')
  if (PLANNED.includes(name)) return new UsageError(`'${name}' is not available in this version of poi-gitops yet`)
  const guess = didYouMean(name, [...COMMAND_NAMES, 'run', 'apply', 'jobs', ...PLANNED])
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

