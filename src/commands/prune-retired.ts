// `prune-retired -i FILE [--branch B,…] [--pattern G,…] [--start-from N]
// [--end-with N] [-j N] [--remove] [--fast]`, as poi-tracker's
// (docs/poi-tracker-compatibility.md, "Unshipped detection"): find the
// inventory packages no longer carried on any active branch and mark
// them `unshipped` (both directions) or remove them. `--fast` asks koji first
// and dist-git only where koji cannot answer (README, "prune-retired
// --fast"). The scan is all or nothing: any persistent failure exits 3 and
// nothing is proposed; a koji failure falls back to the full dist-git check.

import { bool, list, str, type CommandSpec } from '../core/args.js'
import type { ChangeRecord } from '../core/changeset.js'
import { requestCounts } from '../sources/http.js'
import { nameProblem } from '../sources/names.js'
import { quoted } from '../core/text.js'
import type { BodhiClient, BodhiRelease } from '../sources/bodhi.js'
import type { KojiClient } from '../sources/koji.js'
import type { DistGit } from '../sources/distgit.js'
import type { Inventory } from '../inventory/model.js'
import { changeSet, loadInventory, loadMerged, readInventory, requirePaths } from './inventories.js'
import type { Finding } from '../core/finding.js'
import { originalText } from './edit-helpers.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'
import { commandError, exitCodeOf, makeBodhi, makeDistGit, makeFedoraKoji, jobsFlag, serviceUrls, type DistgitDeps } from './distgit/clients.js'
import { scanKojiFirst } from './distgit/koji-first.js'
import { inWalk } from './distgit/patterns.js'
import { editTarget, fileChange, packageFindings } from './distgit/target.js'
import { activeBranchSet, applyMarkers, removeCandidates, scanUnshipped, type Checked } from './unshipped.js'

export const PRUNE_RETIRED_SPEC: CommandSpec = {
  name: 'prune-retired',
  summary: 'Mark (or remove) inventory packages no longer carried on any active Fedora/EPEL branch.',
  positionals: [],
  flags: [
    { name: 'branch', kind: 'list', metavar: 'BRANCHES', help: 'active branches to check, used verbatim (default: Bodhi\'s active releases plus rawhide)' },
    { name: 'pattern', kind: 'list', metavar: 'GLOBS', help: 'only check matching packages (NAME or PREFIX*, case-insensitive)' },
    { name: 'start-from', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or after NAME' },
    { name: 'end-with', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or before NAME' },
    { name: 'jobs', short: 'j', kind: 'string', metavar: 'N', help: 'packages checked concurrently, 1..8 (default 8): requests in flight to dist-git' },
    { name: 'remove', kind: 'bool', help: 'delete the entries instead of marking them unshipped' },
    { name: 'fast', kind: 'bool', help: 'koji first: one package-list request per two active releases, dist-git only where koji cannot answer (a retirement of the last day may wait for the next run)' },
    { name: 'yes', short: 'y', kind: 'bool', help: 'accepted for poi-tracker compatibility (the bot never prompts)' },
    { name: 'verbose', short: 'v', kind: 'bool', help: 'progress on stderr' }
  ],
  notes: `Exactly one -i FILE unless --dry-run (which may merge several inventories into one view).
An entry with no rpms/ dist-git project (404) is reported as invalid, never marked or removed: fixing it is a human call.
--fast reads koji's package lists of the active releases (blocked entries included) and asks dist-git only about packages koji
does not show live; the markers equal the full check's once koji has caught up with dist-git (release engineering blocks retired
packages daily). A koji failure falls back to the full check.`
}

export function pruneRetiredCommand(deps: DistgitDeps = {}): Command {
  return { spec: PRUNE_RETIRED_SPEC, run: (ctx) => runPrune(ctx, deps) }
}

export const pruneRetired: Command = pruneRetiredCommand()

interface Plan {
  jobs: number
  branches?: string[]
  remove: boolean
  dryRun: boolean
  fast: boolean
}

function plan(ctx: CommandContext): Plan {
  const a = ctx.args
  if (a.positionals.length > 0) throw new CommandError(`prune-retired takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2)
  const dryRun = ctx.delivery === 'dry-run'
  const remove = bool(a, 'remove')
  if (remove && dryRun) throw new CommandError('--remove cannot be used with --dry-run', 2)
  let branches: string[] | undefined
  if (a.flags.has('branch')) {
    branches = list(a, 'branch')
    if (branches.length === 0) throw new CommandError('--branch needs at least one branch name', 2)
    for (const b of branches) {
      const problem = nameProblem(b)
      if (problem !== undefined) throw new CommandError(`--branch: invalid branch name ${quoted(b)}: ${problem}`, 2)
    }
  }
  return { jobs: jobsFlag(str(a, 'jobs')), branches, remove, dryRun, fast: bool(a, 'fast') }
}

async function runPrune(ctx: CommandContext, deps: DistgitDeps): Promise<CommandResult> {
  const p = plan(ctx)
  const paths = await requirePaths(ctx)
  if (!p.dryRun && paths.length !== 1) {
    throw new CommandError(`prune-retired changes one inventory: pass exactly one -i FILE (got ${paths.length}; several are allowed with --dry-run)`, 2)
  }
  const single = paths.length === 1 ? await loadInventory(ctx, paths[0]) : undefined
  const view: Inventory = single ? single.inventory : (await loadMerged(ctx, paths)).inventory
  const filter = { patterns: list(ctx.args, 'pattern'), startFrom: str(ctx.args, 'start-from'), endWith: str(ctx.args, 'end-with') }
  const names = view.packages.filter((pkg) => inWalk(pkg.name, filter)).map((pkg) => pkg.name)

  const urls = serviceUrls(ctx)
  const dg: DistGit = makeDistGit(ctx, deps, urls, p.jobs)
  let bodhi: BodhiClient | undefined
  let koji: KojiClient | undefined
  let checked: Checked[]
  let active: string[]
  try {
    let releases: BodhiRelease[] | undefined
    if (p.branches) active = p.branches
    else {
      bodhi = makeBodhi(ctx, deps, urls)
      releases = await bodhi.releases()
      active = activeBranchSet(releases)
    }
    ctx.log(`Checking ${names.length} package(s) against ${active.join(', ')} (${p.jobs} at a time${p.fast ? ', koji first' : ''})`)
    const verbose = bool(ctx.args, 'verbose')
    const progress = verbose ? (done: number, total: number, name: string) => ctx.log(`[${done}/${total}] ${name}`) : undefined
    if (names.length === 0) checked = []
    else if (p.fast) {
      if (!releases) {
        // --branch skips Bodhi for the branch set, but koji tags come from Bodhi's releases.
        bodhi = makeBodhi(ctx, deps, urls)
        releases = await bodhi.releases().catch((e: unknown) => {
          if (exitCodeOf(e) === undefined) throw e
          ctx.log(`warning: could not read Bodhi's releases for the koji tags (${(e as Error).message})`)
          return undefined
        })
      }
      koji = makeFedoraKoji(ctx, deps, urls)
      checked = await scanKojiFirst({ dg, koji, releases, active, names, jobs: p.jobs, log: ctx.log, progress })
    } else {
      checked = await scanUnshipped(dg, names, active, p.jobs, progress)
    }
  } catch (e) {
    commandError(e, 'prune-retired: the retirement check failed, nothing was marked or removed: ')
  } finally {
    await Promise.all([dg.close(), bodhi?.close(), koji?.rpc.http.close()])
  }

  const candidates = checked.filter((c) => c.verdict.kind === 'candidate')
  const invalid = checked.filter((c) => c.verdict.kind === 'invalid')
  const reasonOf = (c: Checked): string => (c.verdict.kind === 'shipped' ? '' : c.verdict.reason)
  let stdout = candidates.length === 0
    ? 'No package is missing from every active branch.\n'
    : `Packages no longer carried on any active branch (${candidates.length}):\n${candidates.map((c) => `- ${c.name}: ${reasonOf(c)}\n`).join('')}`
  if (invalid.length > 0) {
    stdout += `\nInvalid entries (${invalid.length}) — no such dist-git package; typically a non-rpms project imported by an older group sync, a binary subpackage name, or a typo. Fix or remove them:\n` +
      invalid.map((c) => `- ${c.name}: ${reasonOf(c)}\n`).join('')
  }
  ctx.log(`${checked.length} checked, ${candidates.length} prunable, ${invalid.length} invalid`)

  const services: Record<string, string> = { distgit: urls.distgit, ...(bodhi ? { bodhi: urls.bodhi } : {}), ...(koji ? { 'fedora-koji': urls.fedoraKoji } : {}) }
  const provenance = { services, requests: requestCounts([dg, ...(bodhi ? [bodhi] : []), ...(koji ? [koji.rpc.http] : [])]) }
  if (!single) {
    // A --dry-run over several files: a report, no change to show.
    return { exitCode: 0, stdout, findings: await findingsAcross(ctx, paths, invalid) }
  }

  const sources = new Map(checked.map((c) => [c.name, c.source ?? 'distgit'] as const))
  const sourceOf = (name: string): 'distgit' | 'fedora-koji' => sources.get(name) ?? 'distgit'
  const path = single.source.path
  const target = editTarget(path, single.source, single.inventory, originalText(single.source))
  const records: ChangeRecord[] = []
  if (p.remove) {
    const removed = removeCandidates(target.model, checked)
    for (const r of removed) records.push({ file: path, package: r.name, kind: 'removed', reason: r.reason, source: sourceOf(r.name) })
    if (removed.length === 0) ctx.log('No packages to remove.')
  } else {
    for (const c of applyMarkers(target.model.packages, checked)) {
      records.push(c.after !== undefined
        ? { file: path, package: c.name, kind: 'marked', field: 'unshipped', before: c.before, after: c.after, reason: c.why, source: sourceOf(c.name) }
        : { file: path, package: c.name, kind: 'unmarked', field: 'unshipped', before: c.before, reason: c.why, source: sourceOf(c.name) })
    }
    if (records.length === 0) ctx.log('unshipped markers are up to date.')
  }
  const findings = packageFindings(path, originalText(single.source), invalid.map((c) => ({ name: c.name, message: invalidMessage(c) })), 'distgit-invalid')
  const set = changeSet(ctx, [fileChange(target)], records, [path])
  set.findings = findings
  set.provenance.services = provenance.services
  set.provenance.requests = provenance.requests
  return { exitCode: 0, stdout, findings, changeSet: set }
}

/** Invalid-entry findings located in the first file that lists each package. */
async function findingsAcross(ctx: CommandContext, paths: readonly string[], invalid: readonly Checked[]): Promise<Finding[]> {
  const out: Finding[] = []
  let left = [...invalid]
  for (const path of paths) {
    if (left.length === 0) break
    const parsed = await readInventory(ctx.workspace, path)
    if (!parsed.inventory || !parsed.source) continue
    const here = new Set(parsed.inventory.packages.map((p) => p.name))
    const mine = left.filter((c) => here.has(c.name))
    left = left.filter((c) => !here.has(c.name))
    out.push(...packageFindings(path, originalText(parsed.source), mine.map((c) => ({ name: c.name, message: invalidMessage(c) })), 'distgit-invalid'))
  }
  return out
}

function invalidMessage(c: Checked): string {
  const why = c.verdict.kind === 'invalid' ? c.verdict.reason : ''
  return `package '${c.name}': ${why} — a non-RPM repository imported under its bare name, a binary subpackage name or a typo; fix or remove the entry`
}
