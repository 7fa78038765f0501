// The flags of `sync-gitlab` (README, "sync-gitlab"),
// checked before any network call: exactly one of --url/--preset, a known
// preset, non-empty --exclude patterns and integer --centos-release values.

import { bool, list, str, UsageError, type FlagSpec, type ParsedArgs } from '../../core/args.js'

/** Preset → group path on the GitLab service (gitlab.com unless overridden, so test fakes work). */
export const PRESETS: Readonly<Record<string, string>> = {
  hyperscale: 'CentOS/Hyperscale/rpms',
  'proposed-updates': 'CentOS/proposed_updates/rpms',
  'centos-stream': 'redhat/centos-stream/rpms',
}

export const DEFAULT_RELEASES: readonly number[] = [9, 10]

export const SYNC_GITLAB_FLAGS: FlagSpec[] = [
  { name: 'url', kind: 'string', metavar: 'URL', help: 'GitLab group URL, e.g. https://gitlab.com/CentOS/Hyperscale/rpms' },
  { name: 'preset', kind: 'string', metavar: 'NAME', help: `group preset: ${Object.keys(PRESETS).join(', ')}` },
  { name: 'output', short: 'o', kind: 'string', metavar: 'PATH', path: 'write', help: 'inventory to update or create (default: inventory.toml)' },
  { name: 'exclude', kind: 'list', metavar: 'GLOB', help: 'drop projects whose name matches (NAME or PREFIX*, case-insensitive)' },
  { name: 'prune', kind: 'bool', help: 'remove packages no longer in the group (default: only warn)' },
  { name: 'workload', kind: 'list', metavar: 'KEYS', help: 'workloads for newly added packages' },
  { name: 'mark-unshipped', kind: 'bool', help: 'mark archived projects unshipped / archived_builds from CBS release tags' },
  { name: 'centos-release', kind: 'list', metavar: 'N', help: 'CentOS majors whose release tags count as shipping (default: 9,10)' },
  { name: 'name', kind: 'string', metavar: 'NAME', help: 'inventory name (overwrites the stored name)' },
]

export interface SyncGitlabOptions {
  /** Set when --preset was used. */
  preset?: string
  /** --url as typed, when --url was used. */
  url?: string
  /** The preset name, or the --url exactly as typed (as poi-tracker): names a new inventory and the summary. */
  label: string
  output: string
  exclude: string[]
  prune: boolean
  workloads: string[]
  markUnshipped: boolean
  releases: number[]
  name?: string
}

const usage = (message: string) => new UsageError(message, 'sync-gitlab')

export function parseSyncGitlabArgs(args: ParsedArgs): SyncGitlabOptions {
  const url = str(args, 'url')
  const preset = str(args, 'preset')
  if (url !== undefined && preset !== undefined) throw usage('--url and --preset are mutually exclusive')
  if (url === undefined && preset === undefined) throw usage('specify --url or --preset')
  if (preset !== undefined && !(preset in PRESETS)) throw usage(`unknown preset '${preset}'. Valid: ${Object.keys(PRESETS).join(', ')}`)
  // The list parser drops empty items, so `--exclude ''` arrives as a flag without patterns.
  // poi-tracker would exclude every project then; refuse instead (README, "sync-gitlab").
  const exclude = list(args, 'exclude')
  if (args.order.includes('exclude') && exclude.length === 0) throw usage('--exclude needs a non-empty pattern')
  const name = str(args, 'name')
  return {
    ...(preset !== undefined ? { preset } : {}),
    ...(url !== undefined ? { url } : {}),
    label: preset ?? (url as string),
    output: str(args, 'output') ?? 'inventory.toml',
    exclude,
    prune: bool(args, 'prune'),
    workloads: list(args, 'workload'),
    markUnshipped: bool(args, 'mark-unshipped'),
    releases: parseReleases(args),
    ...(name !== undefined ? { name } : {}),
  }
}

function parseReleases(args: ParsedArgs): number[] {
  if (!args.order.includes('centos-release')) return [...DEFAULT_RELEASES]
  const values = list(args, 'centos-release')
  if (values.length === 0) throw usage('--centos-release needs at least one release, e.g. 9,10')
  return values.map((v) => {
    const n = Number(v)
    if (!/^\d+$/.test(v) || n > 0xffff_ffff) throw usage(`invalid --centos-release value '${v}': expected an unsigned integer such as 9 or 10`)
    return n
  })
}

/**
 * `PREFIX*` matches by prefix, anything else by equality; both ASCII
 * case-insensitive; `*` elsewhere is literal. As in poi-tracker, no pattern
 * (or one empty pattern) matches everything, so callers skip the filter
 * when --exclude was not given.
 */
export function matchesExclude(name: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0 || (patterns.length === 1 && patterns[0] === '')) return true
  const lower = asciiLower(name)
  return patterns.some((p) => (p.endsWith('*') ? lower.startsWith(asciiLower(p.slice(0, -1))) : lower === asciiLower(p)))
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase())
}
