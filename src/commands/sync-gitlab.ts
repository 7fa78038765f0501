// `sync-gitlab (--preset NAME | --url URL) [-o FILE] [--exclude] [--prune]
// [--workload] [--mark-unshipped [--centos-release 9,10]] [--name]`
// (docs/poi-tracker-compatibility.md, "sync-gitlab" and "CBS release checks";
// README, "sync-gitlab"): one GitLab group's projects become
// the packages of an inventory; with --mark-unshipped, archived projects are
// checked against CBS release tags. Compute only: the result is a ChangeSet.
//
// Remote order: the CBS scan starts alongside the full listing (they do not
// depend on each other); the archived listing is fetched only after the scan
// succeeded, as poi-tracker does. A failed listing aborts (exit 3); a failed
// CBS scan or archived listing changes no marker, and the rest still proposes.

import type { ChangeRecord, FileChange } from '../core/changeset.js'
import type { Finding } from '../core/finding.js'
import { UsageError } from '../core/args.js'
import { HttpClient, RemoteError, requestCounts, retryLine, type HttpEvent } from '../sources/http.js'
import { createKojiClient, type KojiClient } from '../sources/koji.js'
import { resolveServices, ServiceConfigError } from '../sources/services.js'
import { encodeNamespacePath, InvalidNameError } from '../sources/names.js'
import { createGitlabHttp, GroupUrlError, listGroupProjects, parseGroupUrl, type GitlabProject } from '../sources/gitlab-groups.js'
import { removePackages } from '../inventory/operations.js'
import { compareNames } from '../inventory/model.js'
import { changeSet, repoPath } from './inventories.js'
import { applyMarkers, classify, isScanFailure, markerRecords, scanShipped, sigForSource, type Classification, type ShippedScan } from './cbs-unshipped.js'
import { PRESETS, SYNC_GITLAB_FLAGS, matchesExclude, parseSyncGitlabArgs } from './gitlab/options.js'
import { addNewPackages, openTarget, renderTarget, stalePackages } from './gitlab/inventory.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'

/** What tests and benchmarks inject; production uses the defaults. */
export interface SyncGitlabDeps {
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Per-request timeout of the CBS hub (default 60 s) and of its pre-flight probe (default 10 s). */
  kojiTimeoutMs?: number
  kojiPreflightTimeoutMs?: number
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown }
const settle = <T>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }))

export function createSyncGitlab(deps: SyncGitlabDeps = {}): Command {
  const spec = {
    name: 'sync-gitlab',
    summary: "Add a GitLab group's projects (a CentOS SIG's rpms group) to an inventory; optionally mark archived ones from CBS release tags.",
    positionals: [],
    flags: SYNC_GITLAB_FLAGS,
    notes:
      'The package name is the project name. A GitLab token, when GITLAB_TOKEN is set, is used only for the configured GitLab service.\n' +
      '--mark-unshipped supports the hyperscale and proposed-updates sources; a failed CBS check changes no marker.',
  }
  return { spec, run: (ctx) => run(ctx, deps) }
}

export const syncGitlab: Command = createSyncGitlab()

async function run(ctx: CommandContext, deps: SyncGitlabDeps): Promise<CommandResult> {
  if (ctx.args.positionals.length > 0) throw new UsageError(`unexpected argument '${ctx.args.positionals[0]}'`, 'sync-gitlab')
  const opts = parseSyncGitlabArgs(ctx.args)
  const output = repoPath(opts.output)
  const services = usage(() => resolveServices(ctx.config.services, ctx.env))
  // A preset's group lives on the GitLab service (which may sit under a path); a --url is split as poi-tracker splits it.
  const { base, groupPath } = opts.preset !== undefined ? { base: services.gitlab, groupPath: PRESETS[opts.preset] } : usage(() => parseGroupUrl(opts.url as string))
  usage(() => encodeNamespacePath(groupPath))
  const sig = opts.markUnshipped ? sigForSource(opts.label) : undefined
  if (opts.markUnshipped && !sig) {
    throw new CommandError(`--mark-unshipped supports the hyperscale and proposed-updates sources only (no CBS release lifecycle for ${opts.label})`, 2)
  }
  // Load (or start) the output before any network call: a broken file fails fast.
  const target = await openTarget(ctx, output, opts.label, opts.name ?? opts.label, opts.workloads)

  const onEvent = (e: HttpEvent) => {
    if (e.type === 'retry') ctx.log(`  ${retryLine(e)}`)
  }
  const token = ctx.credentials.gitlab
  // The token belongs to the configured GitLab service; a --url elsewhere is listed anonymously.
  const useToken = token !== undefined && token !== '' && new URL(base).origin === new URL(services.gitlab).origin
  if (useToken) ctx.log('using GITLAB_TOKEN for the GitLab listing (projects visible to the token are listed too)')
  const gitlab = createGitlabHttp({ base, ...(useToken ? { token } : {}), ...clientDeps(deps), onEvent })
  const koji: KojiClient | undefined = sig
    ? createKojiClient({
        service: 'cbs-koji',
        hubUrl: services['cbs-koji'],
        ...clientDeps(deps),
        ...(deps.kojiTimeoutMs !== undefined ? { timeouts: { headersMs: deps.kojiTimeoutMs, requestMs: deps.kojiTimeoutMs } } : {}),
        onEvent,
      })
    : undefined
  try {
    const scan = sig && koji ? settle(scanShipped(koji, sig, opts.releases, deps.kojiPreflightTimeoutMs !== undefined ? { preflightTimeoutMs: deps.kojiPreflightTimeoutMs } : {})) : undefined
    const listed = await settle(listGroupProjects(gitlab, groupPath))
    if (!listed.ok) {
      await scan
      throw remoteFailure(listed.error)
    }
    const projects = listed.value.projects
    ctx.log(`  fetched ${projects.length} project(s) in ${listed.value.pages} page(s)`)
    const kept = opts.exclude.length > 0 ? projects.filter((p) => !matchesExclude(p.name, opts.exclude)) : projects
    if (kept.length < projects.length) ctx.log(`  ${projects.length} fetched, ${projects.length - kept.length} excluded`)
    const pathOf = new Map<string, string>(kept.map((p): [string, string] => [p.name, p.path]))
    const ref = (name: string) => `${base}/${groupPath}/${pathOf.get(name) ?? name}`
    const synced = [...pathOf.keys()]
    const syncedSet = new Set(synced)

    const records: ChangeRecord[] = []
    const findings: Finding[] = []
    const warn = (rule: string, message: string) => findings.push({ file: output, line: 1, column: 1, severity: 'warning', rule, message })
    const model = target.model
    if (opts.name !== undefined && target.editor && model.meta.name !== opts.name) {
      records.push({ file: output, kind: 'changed', field: 'name', before: model.meta.name, after: opts.name })
      model.meta.name = opts.name
    }
    const added = addNewPackages(model, [...synced].sort(compareNames), opts.workloads)
    for (const name of added) records.push({ file: output, package: name, kind: 'added', source: 'gitlab', ref: ref(name) })
    const stale = stalePackages(model, syncedSet)

    let complete = true
    if (sig && scan) {
      ctx.log(`checking ${synced.length} package(s) for CBS release status...`)
      const marked = await markUnshipped(ctx, await scan, gitlab, groupPath, synced)
      if (marked.ok) {
        const { classification, archived } = marked.value
        const changes = applyMarkers(model, synced, classification)
        records.push(...markerRecords(output, changes, archived, ref))
        reportMarkers(ctx, classification, changes.length)
        if (classification.archivedBuilds.length > 0) {
          warn('hs-relmon-cleanup', `archived in GitLab but CBS release builds remain: ${classification.archivedBuilds.join(', ')} — run hs-relmon prune-archived to untag them`)
        }
      } else {
        complete = false
        ctx.log(`warning: ${marked.error}; re-run --mark-unshipped to mark unshipped packages`)
        warn('cbs-release-check', `${marked.error}; no unshipped or archived_builds marker was changed — re-run --mark-unshipped`)
      }
    }

    // Removals are proposed only from complete data (the proposal engine refuses the rest).
    const pruning = opts.prune && complete
    if (pruning) {
      for (const name of stale) {
        removePackages(model, name)
        records.push({ file: output, package: name, kind: 'removed', reason: `not a project of ${base}/${groupPath}`, source: 'gitlab', ref: `${base}/${groupPath}` })
      }
    } else if (stale.length > 0) {
      const why = opts.prune ? 'not pruned because the CBS check is incomplete; re-run to prune' : 'use --prune to remove'
      ctx.log(`warning: ${stale.length} package(s) not in sync scope (${why}):`)
      for (const name of stale) ctx.log(`  ${name}`)
      if (opts.prune) warn('prune-deferred', `${stale.length} stale package(s) not pruned because the CBS check failed: ${stale.join(', ')}`)
    }

    const change: FileChange = renderTarget(target)
    const pruned = pruning && stale.length > 0 ? `, ${stale.length} pruned` : ''
    ctx.log(`Synced ${opts.label}: ${added.length} new${pruned}, ${model.packages.length} total in ${output}`)
    const set = changeSet(ctx, [change], records, [output], complete)
    set.findings = findings
    set.provenance.services = { gitlab: base, ...(koji ? { 'cbs-koji': koji.hubUrl } : {}) }
    set.provenance.requests = requestCounts(koji ? [gitlab, koji.rpc.http] : [gitlab])
    return { exitCode: 0, findings: [], changeSet: set }
  } finally {
    await Promise.all([gitlab.close(), koji?.rpc.http.close()])
  }
}

interface Marked {
  classification: Classification
  archived: Set<string>
}

/** The CBS verdict, then the archived listing (fail-safe): either failing yields an error message and no markers. */
async function markUnshipped(ctx: CommandContext, scan: Settled<ShippedScan>, gitlab: HttpClient, groupPath: string, synced: readonly string[]): Promise<{ ok: true; value: Marked } | { ok: false; error: string }> {
  if (!scan.ok) {
    if (!isScanFailure(scan.error)) throw scan.error
    return { ok: false, error: `CBS release scan failed (${scan.error.message})` }
  }
  const { apiVersion, tags, shipped } = scan.value
  ctx.log(`  CBS API version ${apiVersion}; ${tags.length} release tag(s): ${tags.join(', ')}; ${shipped.size} package(s) with a release build`)
  let archivedProjects: GitlabProject[]
  try {
    const listing = await listGroupProjects(gitlab, groupPath, { archived: true })
    archivedProjects = listing.projects
    ctx.log(`  fetched ${archivedProjects.length} archived project(s) in ${listing.pages} page(s)`)
  } catch (err) {
    if (!(err instanceof RemoteError)) throw err
    return { ok: false, error: `fetching archived projects failed (${err.message})` }
  }
  const archived = new Set(archivedProjects.map((p) => p.name))
  return { ok: true, value: { classification: classify(synced, archived, shipped), archived } }
}

/** The marker summary, as poi-tracker prints it. */
function reportMarkers(ctx: CommandContext, c: Classification, changed: number): void {
  ctx.log(`${c.unshipped.length} unshipped, ${c.archivedBuilds.length} archived-with-builds; ${changed} marker(s) updated`)
  if (c.unshipped.length > 0) ctx.log(`  unshipped (archived, no CBS build): ${c.unshipped.join(', ')}`)
  if (c.archivedBuilds.length > 0) ctx.log(`  archived but still have CBS builds (run hs-relmon to prune): ${c.archivedBuilds.join(', ')}`)
}

function clientDeps(deps: SyncGitlabDeps): { sleep?: (ms: number) => Promise<void>; random?: () => number } {
  return { ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.random ? { random: deps.random } : {}) }
}

/** Configuration mistakes in URLs are the user's (exit 2). */
function usage<T>(f: () => T): T {
  try {
    return f()
  } catch (err) {
    if (err instanceof ServiceConfigError || err instanceof GroupUrlError || err instanceof InvalidNameError) throw new CommandError(err.message, 2)
    throw err
  }
}

/** The full listing failed: nothing can be proposed (exit 3). */
function remoteFailure(err: unknown): unknown {
  return err instanceof RemoteError ? new CommandError(`fetching the GitLab group failed: ${err.message}`, 3) : err
}
