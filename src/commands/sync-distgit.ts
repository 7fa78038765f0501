// `sync-distgit --user U | --group G [-o FILE] …` (docs/poi-tracker-compatibility.md,
// "sync-distgit"; README, "sync-distgit and prune-retired"): merge the
// packages a dist-git user or group can access into an inventory.
// Additions come from whatever was listed; a removal (--prune) needs every
// listing of the scope finished in this run and matched against the server's
// total, otherwise the run fails with exit 3 and proposes nothing.

import { str } from '../core/args.js'
import type { ChangeRecord, ChangeSet } from '../core/changeset.js'
import { requestCounts } from '../sources/http.js'
import { RemoteError } from '../sources/http.js'
import { hasDirectAccess, aclGroups, type DistGit, type DistGitProject } from '../sources/distgit.js'
import type { BodhiClient } from '../sources/bodhi.js'
import type { KojiClient } from '../sources/koji.js'
import { compareNames, emptyWorkload, type Inventory } from '../inventory/model.js'
import { addPackage, addToWorkload } from '../inventory/operations.js'
import type { Finding } from '../core/finding.js'
import { changeSet, repoPath } from './inventories.js'
import { originalText } from './edit-helpers.js'
import { CommandError, type Command, type CommandContext, type CommandResult, type LocalState } from './types.js'
import { keepProject } from './distgit/access.js'
import { commandError, exitCodeOf, makeBodhi, makeDistGit, makeFedoraKoji, serviceUrls, type DistgitDeps, type Services } from './distgit/clients.js'
import { scanKojiFirst } from './distgit/koji-first.js'
import { fetchProjects, type FetchMode, type FetchResult } from './distgit/fetch.js'
import { matchesAny, PREFIXES } from './distgit/patterns.js'
import { dropResume, partialPath, readResume, resumeAllowed, saveResume, trimToResume, type ResumePoint } from './distgit/resume.js'
import { SYNC_DISTGIT_SPEC, syncOptions, type SyncOptions } from './distgit/sync-options.js'
import { editTarget, fileChange, freshTarget, packageFindings, parseOrFail, type Target } from './distgit/target.js'
import { activeBranchSet, applyMarkers, dropFromWorkloads } from './unshipped.js'

export function syncDistgitCommand(deps: DistgitDeps = {}): Command {
  return { spec: SYNC_DISTGIT_SPEC, run: (ctx) => runSync(ctx, deps) }
}

export const syncDistgit: Command = syncDistgitCommand()

interface Clients {
  urls: Services
  list: DistGit
  bodhi?: BodhiClient
  koji?: KojiClient
}

async function runSync(ctx: CommandContext, deps: DistgitDeps): Promise<CommandResult> {
  const output = repoPath(str(ctx.args, 'output') ?? 'inventory.toml')
  const o = syncOptions(ctx, output)
  const label = o.user !== undefined ? `user:${o.user}` : `group:${o.group as string}`
  const urls = serviceUrls(ctx)
  const clients: Clients = { urls, list: makeDistGit(ctx, deps, urls, o.jobs, o.perPage) }
  try {
    return await sync(ctx, deps, o, label, clients)
  } finally {
    await Promise.all([clients.list.close(), clients.bodhi?.close(), clients.koji?.rpc.http.close()])
  }
}

async function sync(ctx: CommandContext, deps: DistgitDeps, o: SyncOptions, label: string, clients: Clients): Promise<CommandResult> {
  const resume = await resumePoint(ctx, o)
  const patterns = resume ? trimToResume(o.patterns, resume.pattern) : o.patterns
  if (resume) ctx.log(`Resuming from ${partialPath(o.output)}${resume.pattern !== undefined && patterns.length < o.patterns.length ? ` at ${resume.pattern || 'the unfiltered listing'}` : ''}`)

  if (o.user !== undefined && !o.fast) await checkMemberships(ctx, clients.list, o)

  const mode: FetchMode = o.fast ? { kind: 'fast', user: o.user as string, pattern: o.pattern }
    : o.user !== undefined ? { kind: 'user', user: o.user } : { kind: 'group', group: o.group as string }
  // Each listing's projects are judged as it finishes, while later listings are still under way.
  const verdicts = new Map<DistGitProject, Verdict>()
  const judge = (p: DistGitProject): Verdict => {
    let v = verdicts.get(p)
    if (v === undefined) verdicts.set(p, (v = verdictOf(o, p)))
    return v
  }
  let fetched: FetchResult
  try {
    const fetching = fetchProjects(clients.list, mode, patterns, { jobs: o.jobs, log: ctx.log, inspect: (ps) => ps.forEach(judge) })
    ctx.whileWaiting?.()
    fetched = await fetching
  } catch (e) {
    // Fast mode and internal failures: nothing was fetched, nothing is saved (no resume files either).
    commandError(e, `${label}: `)
  }
  const remote = filterRemote(ctx, fetched.projects, judge)

  const { target, outputNames } = await loadTarget(ctx, o, label, resume)
  const records: ChangeRecord[] = []
  if (o.name !== undefined && target.model.meta.name !== o.name) {
    records.push({ file: o.output, kind: 'changed', field: 'inventory.name', before: target.model.meta.name, after: o.name })
    target.model.meta.name = o.name
  }
  addRemote(target.model, remote, o.workloads)
  // Added = not in the output file before this run: with a resume base that includes what the interrupted run added (README, "Fixed gaps", item 4).
  const why = new Map(remote.map((r) => [r.project.name, r.why]))
  const added = [...new Set(target.model.packages.map((p) => p.name).filter((n) => !outputNames.has(n)))].sort(compareNames)
  for (const name of added) records.push({ file: o.output, package: name, kind: 'added', reason: why.get(name) ?? 'listed by the interrupted run this one resumed', source: 'distgit' })

  if (fetched.failure) return failedFetch(ctx, o, label, clients, target, records, fetched.failure)

  const findings: Finding[] = []
  let complete = fetched.verified && !resume
  let pruned = 0
  if (resume) {
    // This run saw only part of the scope, so it cannot tell what is stale (README, "Fixed gaps", item 3).
    ctx.log(`note: the stale-package check${o.prune ? ' and --prune were' : ' was'} skipped because this run resumed an interrupted scan; the next full run covers them`)
  } else {
    const seen = new Set(remote.map((r) => r.project.name))
    const stale = target.model.packages.filter((p) => p.unshipped === undefined && !seen.has(p.name) && matchesAny(p.name, o.scope)).map((p) => p.name)
    const staleNames = [...new Set(stale)]
    if (staleNames.length > 0 && o.prune) {
      if (seen.size === 0 && wholeScope(o.scope)) {
        // Not in poi-tracker: an empty result (a misspelt user or group, an emptied account) would otherwise wipe the whole scope.
        throw new CommandError(`${label}: dist-git lists no package in scope, so --prune would remove all ${staleNames.length} package(s) of ${o.output}; check the ${o.group !== undefined ? 'group' : 'user'} name, or remove them by hand if this is intended`, 1)
      }
      if (!fetched.verified) {
        throw new CommandError(`${label}: refusing to prune ${staleNames.length} package(s): a listing carried no total to check it against, so the scan may be incomplete; nothing was proposed`, 3)
      }
      const gone = new Set(staleNames)
      target.model.packages = target.model.packages.filter((p) => !(gone.has(p.name) && p.unshipped === undefined))
      const left = new Set(target.model.packages.map((p) => p.name))
      dropFromWorkloads(target.model, new Set(staleNames.filter((n) => !left.has(n))))
      pruned = staleNames.length
      for (const name of staleNames) records.push({ file: o.output, package: name, kind: 'removed', reason: `no longer in the dist-git results for ${label}${scopeText(o.scope)}`, source: 'distgit' })
    } else if (staleNames.length > 0) {
      ctx.log(`warning: ${staleNames.length} package(s) in ${o.output} are not in sync scope (not in the dist-git results for ${label}): ${staleNames.join(', ')}; pass --prune to remove them`)
      findings.push(...packageFindings(o.output, target.before, staleNames.map((name) => ({
        name, message: `package '${name}' is not in the dist-git results for ${label}${scopeText(o.scope)}; --prune would remove it`
      })), 'distgit-stale'))
    }
    if (!fetched.verified) {
      complete = false
      ctx.log('warning: a listing carried no total to check it against; the result is treated as incomplete')
    }
  }

  if (o.markUnshipped && added.length > 0) {
    const marked = await markAdded(ctx, deps, o, clients, target, added)
    records.push(...marked.records)
    findings.push(...marked.findings)
  }

  const change = fileChange(target)
  const summary = `Synced ${label}: ${added.length} added${pruned > 0 ? `, ${pruned} pruned` : ''}, ${target.model.packages.length} package(s) in ${o.output}\n`
  // A resumed run's result replaces the resume point once it is written, as poi-tracker does.
  const dropped = resume && ctx.delivery === 'write' && resumeAllowed(ctx) ? { localState: dropResume(o.output) } : {}
  return { exitCode: 0, stdout: summary, findings, changeSet: finish(ctx, clients, [change], records, findings, o.output, complete), ...dropped }
}

/** The terminal-only resume base; in CI (ephemeral runners) stray files are reported and ignored. */
async function resumePoint(ctx: CommandContext, o: SyncOptions): Promise<ResumePoint | undefined> {
  const found = o.fast ? undefined : await readResume(ctx, o.output)
  if (!found) return undefined
  if (!resumeAllowed(ctx)) {
    ctx.log(`warning: ignoring ${partialPath(o.output)}: resume files are a terminal convenience and are never used in CI; delete it from the repository`)
    return undefined
  }
  return found
}

/** As poi-tracker: an --include-group the user is not in is an error; an --exclude-group only a warning. */
async function checkMemberships(ctx: CommandContext, dg: DistGit, o: SyncOptions): Promise<void> {
  const user = o.user as string
  for (const [groups, include] of [[o.includeGroups, true], [o.excludeGroups, false]] as const) {
    for (const g of groups) {
      let members: string[]
      try {
        members = await dg.groupMembers(g)
      } catch (e) {
        if (e instanceof RemoteError && e.status === 404) throw new CommandError(`dist-git has no group '${g}' (404)`, 2)
        commandError(e, `could not read the members of group '${g}': `)
      }
      if (members.includes(user)) continue
      if (include) throw new CommandError(`${user} is not a member of group '${g}', so --include-group ${g} would select nothing`, 2)
      ctx.log(`warning: ${user} is not a member of group '${g}'; --exclude-group ${g} still drops group-only packages that list it`)
    }
  }
}

interface Remote {
  project: DistGitProject
  /** Why it is in the results, for the proposal body. */
  why: string
}

/** What the access filter and --exclude decide for one project, and why it is listed when kept. */
interface Verdict {
  access: boolean
  excluded: boolean
  why: string
}

function verdictOf(o: SyncOptions, p: DistGitProject): Verdict {
  const access = keepProject(p, { user: o.user, noGroups: o.noGroups, includeGroups: o.includeGroups, excludeGroups: o.excludeGroups })
  const excluded = o.exclude.length > 0 && matchesAny(p.name, o.exclude)
  return { access, excluded, why: access && !excluded ? whyListed(o, p) : '' }
}

/** De-duplicate (first wins), then the access filter and --exclude, with counts when anything was dropped. */
function filterRemote(ctx: CommandContext, projects: readonly DistGitProject[], judge: (p: DistGitProject) => Verdict): Remote[] {
  const unique = new Map<string, DistGitProject>()
  for (const p of projects) if (!unique.has(p.name)) unique.set(p.name, p)
  const access = [...unique.values()].filter((p) => judge(p).access)
  const kept = access.filter((p) => !judge(p).excluded)
  if (kept.length !== unique.size) {
    ctx.log(`${unique.size} unique project(s) fetched; ${unique.size - access.length} excluded by the group filter, ${access.length - kept.length} by --exclude`)
  }
  return kept.map((project) => ({ project, why: judge(project).why }))
}

function whyListed(o: SyncOptions, p: DistGitProject): string {
  if (o.group !== undefined) return `attached to group ${o.group}`
  if (o.fast) return `direct maintainer (owner-alias dump)`
  if (hasDirectAccess(p, o.user as string)) return 'direct access'
  return `group access (${[...aclGroups(p)].sort(compareNames).join(', ') || 'group not named'})`
}

/** The partial (resuming), else the output file, else a fresh inventory; plus the output file's names. */
async function loadTarget(ctx: CommandContext, o: SyncOptions, label: string, resume: ResumePoint | undefined): Promise<{ target: Target; outputNames: Set<string> }> {
  const bytes = await ctx.workspace.read(o.output)
  const existing = bytes === undefined ? undefined : parseOrFail(o.output, bytes)
  const outputNames = new Set(existing?.inventory.packages.map((p) => p.name) ?? [])
  const before = existing ? originalText(existing.source) : null
  if (resume) {
    const { source, inventory } = parseOrFail(o.output, resume.text, partialPath(o.output))
    return { target: editTarget(o.output, source, inventory, before), outputNames }
  }
  if (existing) return { target: editTarget(o.output, existing.source, existing.inventory, before), outputNames }
  const fresh: Inventory = {
    meta: {
      name: o.name ?? label.replace(':', '-'),
      description: `Packages synced from dist-git (${label})`,
      maintainer: label,
      labels: [],
      private_fields: [],
      workloads: new Map(o.workloads.map((w) => [w, emptyWorkload()]))
    },
    packages: []
  }
  return { target: freshTarget(o.output, fresh), outputNames }
}

/** Bare entries for names not yet present (exact, case-sensitive), tagged with this run's workloads. Existing entries are never touched. */
function addRemote(model: Inventory, remote: readonly Remote[], workloads: readonly string[]): void {
  const present = new Set(model.packages.map((p) => p.name))
  for (const { project } of remote) {
    if (present.has(project.name)) continue
    present.add(project.name)
    addPackage(model, { name: project.name })
    for (const w of workloads) addToWorkload(model, w, project.name)
  }
}

/** The scope covers every name: one unfiltered listing or the full prefix scan. */
function wholeScope(scope: readonly string[]): boolean {
  return (scope.length === 1 && scope[0] === '') || (scope.length === PREFIXES.length && PREFIXES.every((p, i) => scope[i] === p))
}

function scopeText(scope: readonly string[]): string {
  if (scope.length === 0 || (scope.length === 1 && scope[0] === '')) return ''
  return scope.length > 3 ? ` (scope ${scope[0]} … ${scope[scope.length - 1]})` : ` (scope ${scope.join(', ')})`
}

/**
 * A listing failed after retries. Default: exit 3 and nothing proposed (an
 * open proposal stays as it was). On a terminal the progress is saved to the
 * resume files. With --partial-additions the additions of the finished
 * listings are returned as an incomplete change set: no removals, no stale
 * check, no markers, exit 3.
 */
function failedFetch(
  ctx: CommandContext, o: SyncOptions, label: string, clients: Clients, target: Target, records: ChangeRecord[], failure: NonNullable<FetchResult['failure']>
): CommandResult {
  const detail = failure.error instanceof Error ? failure.error.message : String(failure.error)
  const where = failure.pattern === '' ? 'the listing' : `the listing for ${failure.pattern}`
  const hint = failure.pattern === '' && o.user !== undefined && /\b504\b/.test(detail)
    ? ' (an unfiltered user listing is too expensive for Pagure; use the prefix scan, i.e. drop --no-auto-prefix, or --pattern)'
    : ''
  if (o.group !== undefined && failure.error instanceof RemoteError && failure.error.status === 404) throw new CommandError(`dist-git has no group '${o.group}' (404)`, 2)
  const code = exitCodeOf(failure.error) ?? 3
  if (code !== 3) throw new CommandError(`${label}: ${detail}`, code)
  const added = records.filter((r) => r.kind === 'added').length
  let saved = ''
  let localState: LocalState | undefined
  if (resumeAllowed(ctx) && !o.fast) {
    localState = saveResume(o.output, target.render(), failure.resumeAt)
    saved = `; saved ${target.model.packages.length} package(s) (${added} new) to ${partialPath(o.output)}; run the same command again to resume`
  }
  const message = `${label}: ${where} failed: ${detail}${hint}; no change was proposed${saved}`
  if (!o.partialAdditions) throw new CommandError(message, 3, [], localState)
  ctx.log(`error: ${message}`)
  const finding: Finding = {
    file: o.output, line: 1, column: 1, severity: 'error', rule: 'distgit-incomplete',
    message: `incomplete scan of ${label}: ${where} failed (${detail}); only additions from the finished listings are proposed, nothing was pruned or marked`
  }
  const change = fileChange(target)
  return { exitCode: 3, findings: [finding], changeSet: finish(ctx, clients, [change], records.filter((r) => r.kind !== 'removed'), [finding], o.output, false), ...(localState ? { localState } : {}) }
}

/**
 * `--mark-unshipped`, best effort. The packages added (since the output file's
 * last version) are checked; candidates are marked, invalid ones reported. A
 * failure only skips the markers, with a warning and a finding, because the
 * additions and any pruning rest on complete listings.
 */
async function markAdded(
  ctx: CommandContext, deps: DistgitDeps, o: SyncOptions, clients: Clients, target: Target, names: string[]
): Promise<{ records: ChangeRecord[]; findings: Finding[] }> {
  try {
    clients.bodhi ??= makeBodhi(ctx, deps, clients.urls)
    const releases = await clients.bodhi.releases()
    const active = activeBranchSet(releases)
    ctx.log(`Checking ${names.length} added package(s) for retirement on ${active.join(', ')}, koji first`)
    // The same koji-first path as prune-retired --fast (README): koji's package lists, dist-git where koji cannot answer.
    clients.koji ??= makeFedoraKoji(ctx, deps, clients.urls)
    const checked = await scanKojiFirst({ dg: clients.list, koji: clients.koji, releases, active, names, jobs: o.jobs, log: ctx.log })
    const changes = applyMarkers(target.model.packages, checked)
    const sources = new Map(checked.map((c) => [c.name, c.source ?? 'distgit'] as const))
    const records: ChangeRecord[] = changes.map((c) => ({ file: o.output, package: c.name, kind: 'marked', field: 'unshipped', before: c.before, after: c.after, reason: c.why, source: sources.get(c.name) ?? 'distgit' }))
    const invalid = checked.filter((c) => c.verdict.kind === 'invalid')
    for (const c of invalid) ctx.log(`warning: ${c.name}: ${c.verdict.kind === 'invalid' ? c.verdict.reason : ''} — fix or remove the entry`)
    const findings = packageFindings(o.output, target.render(), invalid.map((c) => ({
      name: c.name, message: `package '${c.name}': ${c.verdict.kind === 'invalid' ? c.verdict.reason : ''}; fix or remove the entry`
    })), 'distgit-invalid')
    return { records, findings }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    if (exitCodeOf(e) === undefined) throw e
    ctx.log(`warning: could not check the added packages for retirement (${detail}); no unshipped markers were set — run prune-retired -i ${o.output} later`)
    return {
      records: [],
      findings: [{ file: o.output, line: 1, column: 1, severity: 'warning', rule: 'distgit-markers-skipped', message: `unshipped markers were not checked for the ${names.length} added package(s): ${detail}` }]
    }
  }
}

function finish(ctx: CommandContext, clients: Clients, changes: ChangeSet['changes'], records: ChangeRecord[], findings: Finding[], output: string, complete: boolean): ChangeSet {
  const set = changeSet(ctx, changes, records, [output], complete)
  set.findings = findings
  set.provenance.services = { distgit: clients.urls.distgit, ...(clients.bodhi ? { bodhi: clients.urls.bodhi } : {}), ...(clients.koji ? { 'fedora-koji': clients.urls.fedoraKoji } : {}) }
  set.provenance.requests = requestCounts([clients.list, ...(clients.bodhi ? [clients.bodhi] : []), ...(clients.koji ? [clients.koji.rpc.http] : [])])
  return set
}
