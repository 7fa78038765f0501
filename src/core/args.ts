// Declarative flags per command, in poi-tracker's syntax: `--flag value`,
// `--flag=value`, `-x value`, comma-separated lists that may also repeat, and
// `--` to end flags. The same spec renders `--help`.

import { didYouMean } from './suggest.js'

export type FlagKind = 'bool' | 'string' | 'list' | 'repeat'

export interface FlagSpec {
  /** Long name without dashes. */
  name: string
  /**
   * The value is a path, relative to where the user stands: made repository-relative before the
   * command sees it. A `read` path may lie outside the repository on a terminal (an input the user
   * names); a `write` path never.
   */
  path?: 'read' | 'write'
  short?: string
  kind: FlagKind
  metavar?: string
  help: string
}

export interface CommandSpec {
  name: string
  summary: string
  /** Positional arguments, e.g. ['NAME'] or ['[FILE...]']. */
  positionals: string[]
  /** The positional arguments are paths the command reads (see FlagSpec.path). */
  positionalPaths?: 'read'
  flags: FlagSpec[]
  /** Extra text for --help. */
  notes?: string
  /** Checks of the arguments that need no file and no request (throws UsageError), run before anything else. */
  check?: (args: ParsedArgs) => void
}

export class UsageError extends Error {
  readonly exitCode = 2
  constructor(message: string, readonly command?: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface ParsedArgs {
  positionals: string[]
  flags: Map<string, string | boolean | string[]>
  /** Flags in the order given (for last-one-wins pairs). */
  order: string[]
}

/** Commands that read inventories take these. */
export const INVENTORY_FLAGS: readonly FlagSpec[] = [
  { name: 'inventory', short: 'i', kind: 'repeat', metavar: 'FILE', path: 'read', help: 'inventory file (repeatable; used in order)' },
  { name: 'inventory-dir', short: 'I', kind: 'repeat', metavar: 'DIR', path: 'read', help: 'every *.toml in DIR, sorted (repeatable; after -i files)' }
]

/** Every command takes these; they may also stand before the command. */
export const COMMON_FLAGS: readonly FlagSpec[] = [
  { name: 'directory', short: 'C', kind: 'string', metavar: 'DIR', help: 'the repository root (default: the git top-level of the current directory)' },
  { name: 'config', kind: 'string', metavar: 'FILE', path: 'read', help: 'repository config (default: poi-gitops.toml)' },
  { name: 'dry-run', kind: 'bool', help: 'compute and report only; write nothing, propose nothing' },
  { name: 'help', short: 'h', kind: 'bool', help: 'show this help' }
]

/** Commands whose result is delivered (files changed, a plan) take these. */
export const DELIVERY_FLAGS: readonly FlagSpec[] = [
  { name: 'write', kind: 'bool', help: 'apply the change to the working tree instead of printing the diff' },
  { name: 'propose', kind: 'bool', help: 'open or update the pull/merge request from a terminal' },
  { name: 'job', kind: 'string', metavar: 'NAME', help: 'the job (and so the branch) a single command proposes as' }
]

/** All of them: what a spec accepts when its caller does not say which apply. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [...INVENTORY_FLAGS, ...COMMON_FLAGS.filter((f) => f.name !== 'help'), ...DELIVERY_FLAGS, COMMON_FLAGS.find((f) => f.name === 'help')!]

export function parseArgs(spec: CommandSpec, argv: readonly string[], globals: readonly FlagSpec[] = GLOBAL_FLAGS): ParsedArgs {
  const flags = [...spec.flags, ...globals]
  const byLong = new Map(flags.map((f) => [f.name, f]))
  const byShort = new Map(flags.filter((f) => f.short).map((f) => [f.short as string, f]))
  const out: ParsedArgs = { positionals: [], flags: new Map(), order: [] }
  let i = 0
  const take = (flag: FlagSpec, inline: string | undefined, shown: string): string => {
    if (inline !== undefined) return inline
    const v = argv[++i]
    if (v === undefined) throw new UsageError(`${shown} needs a value (${flag.metavar ?? 'VALUE'})`, spec.name)
    return v
  }
  for (; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') { out.positionals.push(...argv.slice(i + 1)); break }
    let flag: FlagSpec | undefined
    let inline: string | undefined
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq)
      inline = eq < 0 ? undefined : arg.slice(eq + 1)
      flag = byLong.get(name)
      if (!flag) throw new UsageError(`unknown flag --${name} for '${spec.name}'${suggest(name, flags)}`, spec.name)
    } else if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
      flag = byShort.get(arg[1])
      if (!flag) throw new UsageError(`unknown flag ${arg} for '${spec.name}'`, spec.name)
      if (arg.length > 2) inline = arg.slice(2).replace(/^=/, '')
    } else {
      out.positionals.push(arg)
      continue
    }
    const shown = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg
    out.order.push(flag.name)
    switch (flag.kind) {
      case 'bool':
        if (inline !== undefined) throw new UsageError(`${shown} takes no value`, spec.name)
        out.flags.set(flag.name, true)
        break
      case 'string':
        out.flags.set(flag.name, take(flag, inline, shown))
        break
      case 'list': {
        const prev = (out.flags.get(flag.name) as string[] | undefined) ?? []
        out.flags.set(flag.name, [...prev, ...take(flag, inline, shown).split(',').map((s) => s.trim()).filter(Boolean)])
        break
      }
      case 'repeat': {
        const prev = (out.flags.get(flag.name) as string[] | undefined) ?? []
        out.flags.set(flag.name, [...prev, take(flag, inline, shown)])
        break
      }
    }
  }
  return out
}

/** How many positional arguments a spec takes: `NAME` one, `[NAME]` at most one, `FILE...` one or more, `[FILE...]` any. */
export function positionalArity(spec: CommandSpec): { min: number; max: number } {
  let min = 0
  let max = 0
  for (const p of spec.positionals) {
    const optional = p.startsWith('[')
    const many = p.includes('...')
    if (!optional) min++
    max = many || max === Infinity ? Infinity : max + 1
  }
  return { min, max }
}

/** Refuses a missing or extra positional argument (an extra word must never be silently dropped). */
export function checkPositionals(spec: CommandSpec, args: ParsedArgs): void {
  const { min, max } = positionalArity(spec)
  const n = args.positionals.length
  const usage = `usage: poi-gitops ${spec.name}${spec.positionals.length ? ' ' + spec.positionals.join(' ') : ''} [OPTIONS]`
  if (n > max) {
    const extra = args.positionals.slice(max).map((p) => JSON.stringify(p)).join(' ')
    throw new UsageError(`unexpected argument${n - max === 1 ? '' : 's'} ${extra} (${usage})`, spec.name)
  }
  if (n < min) throw new UsageError(`missing ${spec.positionals.filter((p) => !p.startsWith('['))[n]} (${usage})`, spec.name)
}

function suggest(name: string, flags: readonly FlagSpec[]): string {
  const close = flags.find((f) => f.name.startsWith(name) || name.startsWith(f.name))?.name ?? didYouMean(name, flags.map((f) => f.name))
  return close ? ` (did you mean --${close}?)` : ''
}

export const str = (a: ParsedArgs, name: string): string | undefined => a.flags.get(name) as string | undefined
export const bool = (a: ParsedArgs, name: string): boolean => a.flags.get(name) === true
export const list = (a: ParsedArgs, name: string): string[] => (a.flags.get(name) as string[] | undefined) ?? []

export function helpText(spec: CommandSpec, globals: readonly FlagSpec[] = GLOBAL_FLAGS): string {
  const flags = [...spec.flags, ...globals]
  const rows = flags.map((f) => {
    const names = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.kind === 'bool' ? '' : ` ${f.metavar ?? 'VALUE'}`}`
    return [names, f.help + (f.kind === 'list' ? ' (comma-separated or repeated)' : '')]
  })
  const width = Math.max(...rows.map(([n]) => n.length))
  return `poi-gitops ${spec.name}${spec.positionals.length ? ' ' + spec.positionals.join(' ') : ''} [OPTIONS]\n\n${spec.summary}\n\n` +
    (spec.notes ? spec.notes.trim() + '\n\n' : '') +
    'Options:\n' + rows.map(([n, h]) => `  ${n.padEnd(width)}  ${h}\n`).join('')
}
