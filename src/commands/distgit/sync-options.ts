// sync-distgit's flags and their rules (docs/poi-tracker-compatibility.md, "Flags"),
// checked before any request is made.

import type { CommandSpec } from '../../core/args.js'
import { bool, list, str } from '../../core/args.js'
import { nameProblem } from '../../sources/names.js'
import { quoted } from '../../core/text.js'
import { PATTERN_SYNTAX } from '../../sources/pagure.js'
import { CommandError, type CommandContext } from '../types.js'
import { jobsFlag, positiveInt } from './clients.js'
import { lastFlag, patternList, PREFIXES } from './patterns.js'

export const SYNC_DISTGIT_SPEC: CommandSpec = {
  name: 'sync-distgit',
  summary: 'Create or update an inventory from the packages a Fedora dist-git (Pagure) user or group can access.',
  positionals: [],
  flags: [
    { name: 'user', kind: 'string', metavar: 'USER', help: 'sync the packages this user can access (prefix scan by default)' },
    { name: 'group', kind: 'string', metavar: 'GROUP', help: 'sync the packages attached to this group (one listing)' },
    { name: 'output', short: 'o', kind: 'string', metavar: 'FILE', help: 'inventory to create or update (default inventory.toml)' },
    { name: 'fast', kind: 'bool', help: 'one owner-alias request instead of listings (user only; direct owner/admin/commit only)' },
    { name: 'no-groups', kind: 'bool', help: 'drop packages the user reaches only through a group' },
    { name: 'include-group', kind: 'list', metavar: 'GROUPS', help: 'keep group-only packages only when one of these groups is on their ACL' },
    { name: 'exclude-group', kind: 'list', metavar: 'GROUPS', help: 'drop group-only packages when one of these groups is on their ACL' },
    { name: 'exclude', kind: 'list', metavar: 'GLOBS', help: 'drop packages whose name matches (NAME or PREFIX*, case-insensitive)' },
    { name: 'pattern', kind: 'string', metavar: 'PAT', help: 'one patterned listing (NAME or PREFIX*) instead of the prefix scan' },
    { name: 'start-pattern', kind: 'string', metavar: 'P', help: 'begin the prefix scan at this prefix' },
    { name: 'end-pattern', kind: 'string', metavar: 'P', help: 'stop the prefix scan before this prefix' },
    { name: 'auto-prefix', kind: 'bool', help: 'force the prefix scan (a*…z*, 0*…9*); the last of --auto-prefix/--no-auto-prefix wins' },
    { name: 'no-auto-prefix', kind: 'bool', help: 'force one unfiltered listing' },
    { name: 'prune', kind: 'bool', help: 'remove packages no longer in the results (never those marked unshipped)' },
    { name: 'mark-unshipped', kind: 'bool', help: 'check the packages this run adds for retirement (koji first, as prune-retired --fast) and mark them' },
    { name: 'jobs', short: 'j', kind: 'string', metavar: 'N', help: 'requests in flight to one dist-git host, 1..8 (default 8)' },
    { name: 'per-page', kind: 'string', metavar: 'N', help: 'Pagure page size, 1..100 (default 100)' },
    { name: 'workload', kind: 'list', metavar: 'KEYS', help: 'workloads for newly added packages' },
    { name: 'name', kind: 'string', metavar: 'NAME', help: 'inventory name (default: the source label, e.g. user-jdoe)' },
    { name: 'partial-additions', kind: 'bool', help: 'on a listing failure, still propose the additions of the finished listings (labelled incomplete, never removals; exit 3)' }
  ],
  notes: `A removal (--prune) is proposed only when every listing of the scope finished in this run and matched the server's total.
On a terminal (CI unset), a failed scan saves FILE.partial and FILE.partial.state; the same command resumes from them. They are never proposed, and never used in CI.`
}

export interface SyncOptions {
  user?: string
  group?: string
  output: string
  fast: boolean
  noGroups: boolean
  includeGroups: string[]
  excludeGroups: string[]
  exclude: string[]
  pattern?: string
  /** The listing patterns of this run (never empty). */
  patterns: string[]
  /** The prune scope: the patterns, or `[--pattern or '']` in fast mode. */
  scope: string[]
  prune: boolean
  markUnshipped: boolean
  /** Requests in flight to the dist-git host (listings and the retirement check alike). */
  jobs: number
  perPage: number
  workloads: string[]
  name?: string
  partialAdditions: boolean
}

const usage = (message: string): CommandError => new CommandError(message, 2)

function checkName(kind: string, flag: string, value: string): string {
  const problem = nameProblem(value)
  if (problem !== undefined) throw usage(`${flag}: invalid ${kind} name ${quoted(value)}: ${problem}`)
  return value
}

export function syncOptions(ctx: CommandContext, output: string): SyncOptions {
  const a = ctx.args
  if (a.positionals.length > 0) throw usage(`sync-distgit takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`)
  const user = str(a, 'user')
  const group = str(a, 'group')
  if (user !== undefined && group !== undefined) throw usage('--user and --group cannot be used together')
  if (user === undefined && group === undefined) throw usage('one of --user or --group is required')
  const auto = lastFlag(a.order, 'auto-prefix', 'no-auto-prefix')
  const has = (f: string): boolean => a.flags.has(f)
  const conflicts: Array<[string, boolean, string, boolean]> = [
    ['--fast', bool(a, 'fast'), '--group', group !== undefined],
    ['--fast', bool(a, 'fast'), '--include-group', has('include-group')],
    ['--fast', bool(a, 'fast'), '--exclude-group', has('exclude-group')],
    ['--fast', bool(a, 'fast'), '--auto-prefix', auto === true],
    ['--fast', bool(a, 'fast'), '--no-auto-prefix', auto === false],
    ['--fast', bool(a, 'fast'), '--start-pattern', has('start-pattern')],
    ['--fast', bool(a, 'fast'), '--end-pattern', has('end-pattern')],
    ['--no-groups', bool(a, 'no-groups'), '--include-group', has('include-group')],
    ['--no-groups', bool(a, 'no-groups'), '--exclude-group', has('exclude-group')],
    ['--include-group', has('include-group'), '--exclude-group', has('exclude-group')],
    ['--pattern', has('pattern'), '--auto-prefix', auto === true],
    ['--pattern', has('pattern'), '--start-pattern', has('start-pattern')],
    ['--pattern', has('pattern'), '--end-pattern', has('end-pattern')],
    ['--no-auto-prefix', auto === false, '--start-pattern', has('start-pattern')],
    ['--no-auto-prefix', auto === false, '--end-pattern', has('end-pattern')]
  ]
  for (const [x, xs, y, ys] of conflicts) if (xs && ys) throw usage(`${x} cannot be used with ${y}`)
  if (group !== undefined && (bool(a, 'no-groups') || has('include-group') || has('exclude-group'))) {
    throw usage('--no-groups, --include-group and --exclude-group only apply with --user')
  }
  if (user !== undefined) checkName('user', '--user', user)
  if (group !== undefined) checkName('group', '--group', group)
  const includeGroups = list(a, 'include-group').map((g) => checkName('group', '--include-group', g))
  const excludeGroups = list(a, 'exclude-group').map((g) => checkName('group', '--exclude-group', g))

  const pattern = str(a, 'pattern')
  // Patterns the Pagure query can express as a superset of the client-side match (README, "Fixed gaps", item 5).
  if (pattern !== undefined && (pattern === '' || !PATTERN_SYNTAX.test(pattern))) {
    throw usage(`--pattern ${quoted(pattern)}: use a package name or a prefix ending in "*" (letters, digits, "._+-")`)
  }
  const start = str(a, 'start-pattern')
  const end = str(a, 'end-pattern')
  const fast = bool(a, 'fast')
  const patterns = fast ? [pattern ?? ''] : patternList({ user: user !== undefined, pattern, start, end, autoPrefix: auto })
  // An empty scan list would make every package "out of scope" stale; it is a mistake in the flags (README, "Fixed gaps", item 1).
  if (patterns.length === 0) {
    throw usage(`--start-pattern ${JSON.stringify(start ?? '')}${end !== undefined ? ` / --end-pattern ${JSON.stringify(end)}` : ''} leave no prefix to scan; prefixes are single characters in the order ${PREFIXES.join(' ')}`)
  }
  const jobs = str(a, 'jobs')
  return {
    user, group, output, fast,
    noGroups: bool(a, 'no-groups'),
    includeGroups, excludeGroups,
    exclude: list(a, 'exclude'),
    pattern,
    patterns,
    scope: patterns,
    prune: bool(a, 'prune'),
    markUnshipped: bool(a, 'mark-unshipped'),
    jobs: jobsFlag(jobs),
    perPage: positiveInt(str(a, 'per-page'), '--per-page', 100, 100),
    workloads: list(a, 'workload'),
    name: str(a, 'name'),
    partialAdditions: bool(a, 'partial-additions')
  }
}
