// `triage-updates -i FILE [--pattern G,…] [--start-from N] [--end-with N]
// [--batch EMAIL] [--skip-stale] [--close-stale] [--claim --email EMAIL]
// [--json]`: poi-tracker's triage of release-monitoring bugs, computed as a
// plan (README, "Plans"): priority raises for packages with a resolved
// priority, and for bugs whose advertised version is already built, ERRATA
// closures, MODIFIED moves with Fixed In Version, and ASK-CLOSE (addressed in
// some releases only) as "needs a decision". Nothing is written here.

import { bool, str, type CommandSpec } from '../core/args.js'
import { priorityFor, type Priority } from '../inventory/model.js'
import type { Bug } from '../sources/bugzilla.js'
import { mapOrdered } from './distgit/pool.js'
import { loadMerged, requirePaths } from './inventories.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'
import { actionId, type Evidence, type PlanAction, type PlanDraft, type PlanSkip } from '../plans/model.js'
import { linkBases, renderPlanMarkdown } from '../plans/markdown.js'
import { planText } from '../plans/serialize.js'
import {
  APPLY_FLAG, BATCH_FLAG, CLAIM_FLAG, Clients, EMAIL_FLAG, JSON_FLAG, VERBOSE_FLAG, WALK_FLAGS, YES_FLAG,
  batchEmail, claimEmail, failWith, inFilter, invalidName, rawhideSkip, walkFilter, type TriageDeps
} from './triage/context.js'
import { CachedKojiLookups } from './triage/koji-lookup.js'
import { activeReleases, findingLines, relevantReleases, staleComment, type StalePlan } from './triage/stale.js'
import { newTask, StaleChecker, type BugTask } from './triage/stale-check.js'
import { extractNewVersion } from './triage/versions.js'

export const TRIAGE_UPDATES_SPEC: CommandSpec = {
  name: 'triage-updates',
  summary: 'Plan priority raises and stale-bug closures for open release-monitoring bugs (written by apply after review).',
  positionals: [],
  flags: [
    ...WALK_FLAGS,
    BATCH_FLAG,
    { name: 'skip-stale', kind: 'bool', help: 'no Bodhi/koji stale check (packages without a priority are then skipped entirely)' },
    { name: 'close-stale', kind: 'bool', help: 'also close bugs addressed in some releases only (ASK-CLOSE)' },
    CLAIM_FLAG, EMAIL_FLAG, JSON_FLAG, APPLY_FLAG, YES_FLAG, VERBOSE_FLAG,
  ],
  notes: `The plan lists priority raises first, then ERRATA, MODIFIED and ASK-CLOSE actions, each in inventory order.
ASK-CLOSE actions are written only when the job runs with --close-stale.`,
}

export function triageUpdatesCommand(deps: TriageDeps = {}): Command {
  return { spec: TRIAGE_UPDATES_SPEC, run: (ctx) => runTriageUpdates(ctx, deps) }
}

export const triageUpdates: Command = triageUpdatesCommand()

interface Candidate {
  name: string
  /** low…urgent; undefined for no priority or the `unspecified` opt-out. */
  target?: Exclude<Priority, 'unspecified'>
}

interface PriorityItem {
  bug: Bug
  pkg: string
  target: Exclude<Priority, 'unspecified'>
}

async function runTriageUpdates(ctx: CommandContext, deps: TriageDeps): Promise<CommandResult> {
  const a = ctx.args
  if (a.positionals.length > 0) throw new CommandError(`triage-updates takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2)
  const skipStale = bool(a, 'skip-stale')
  const closeStale = bool(a, 'close-stale')
  if (skipStale && closeStale) throw new CommandError('--close-stale cannot be used with --skip-stale', 2)
  const batch = batchEmail(ctx)
  const claim = claimEmail(ctx)
  const verbose = bool(a, 'verbose') ? ctx.log : () => undefined

  const view = (await loadMerged(ctx, await requirePaths(ctx))).inventory
  const filter = walkFilter(ctx)
  const skipped: PlanSkip[] = []
  const candidates: Candidate[] = []
  for (const pkg of view.packages) {
    if (!inFilter(pkg, filter)) continue
    const skip = invalidName(pkg) ?? rawhideSkip(pkg)
    if (skip) {
      skipped.push({ target: pkg.name, why: skip })
      continue
    }
    const resolved = priorityFor(view, pkg.name)
    const target = resolved === undefined || resolved === 'unspecified' ? undefined : resolved
    // Without a priority to set, the search only feeds the stale check.
    if (target === undefined && skipStale) continue
    candidates.push(target ? { name: pkg.name, target } : { name: pkg.name })
  }

  const clients = new Clients(ctx, deps)
  const priorityItems: PriorityItem[] = []
  const stalePlans: StalePlan[] = []
  try {
    const bugsOf = await clients.releaseMonitoringBugs(candidates.map((c) => c.name), batch)
    for (const c of candidates) {
      if (!c.target) continue
      for (const bug of bugsOf(c.name)) if (bug.priority === 'unspecified') priorityItems.push({ bug, pkg: c.name, target: c.target })
    }
    if (!skipStale) stalePlans.push(...(await staleCheck(ctx, clients, candidates.map((c) => c.name), bugsOf, skipped, verbose)))
    verbose(`requests: ${JSON.stringify(clients.requestCounts())}`)
  } catch (e) {
    failWith(e, 'triage-updates: nothing was planned: ')
  } finally {
    await clients.close()
  }

  const draft = buildPlan(ctx.commandLine, priorityItems, stalePlans, skipped, { closeStale, claim })
  const links = linkBases(clients.urls)
  const coverage = batch ? `Batch mode: only open bugs assigned to or CC'ing ${batch} were searched.\n` : ''
  const stdout = bool(a, 'json')
    ? planText(draft, { job: str(a, 'job') ?? 'triage-updates', now: new Date() })
    : coverage + renderPlanText(draft)
  ctx.log(`${candidates.length} package(s) walked, ${draft.actions.length} action(s) planned, ${skipped.length} skipped`)
  return { exitCode: 0, stdout, findings: [], plan: draft, summary: (coverage ? `${coverage}\n` : '') + renderPlanMarkdown(draft, { links }) }
}

async function staleCheck(
  ctx: CommandContext, clients: Clients, names: readonly string[], bugsOf: (pkg: string) => Bug[], skipped: PlanSkip[], verbose: (line: string) => void,
): Promise<StalePlan[]> {
  const versioned = names
    .map((pkg) => ({ pkg, bugs: bugsOf(pkg).flatMap((bug) => { const v = extractNewVersion(bug.summary, pkg); return v === undefined ? [] : [{ bug, version: v }] }) }))
    .filter((p) => p.bugs.length > 0)
  if (versioned.length === 0) return []
  const releases = activeReleases(await clients.bodhi.releases())
  const branches = await mapOrdered(versioned, 8, (p) => clients.distgit.branches(p.pkg))
  const tasks: BugTask[] = []
  versioned.forEach((p, i) => {
    const list = branches[i]
    if (list === undefined) {
      skipped.push({ target: p.pkg, why: 'no such dist-git project (404): stale check skipped' })
      return
    }
    for (const { bug, version } of p.bugs) {
      const rel = relevantReleases(bug, releases, list)
      if (rel !== undefined) tasks.push(newTask(p.pkg, bug, version, rel))
    }
  })
  const koji = new CachedKojiLookups(clients.koji)
  const checker = new StaleChecker(clients.bodhi, koji, { log: verbose })
  await checker.run(tasks)
  verbose(`stale check: ${tasks.length} bug(s), ${checker.bodhiQueries} Bodhi query(ies), ${koji.sent} koji lookup(s)`)
  for (const t of tasks) {
    if (t.kojiErrors.length > 0 && !t.plan) skipped.push({ target: t.bug.id, why: `koji lookup failed (${t.kojiErrors[0]}): counted as not shipped` })
  }
  if (clients.koji.latched) ctx.log('warning: the koji hub timed out; later lookups were skipped and counted as not shipped')
  return tasks.flatMap((t) => (t.plan ? [t.plan] : []))
}

interface BuildOptions {
  closeStale: boolean
  claim?: string
}

/**
 * The plan in write order: priority raises (inventory order), then ERRATA,
 * MODIFIED and ASK-CLOSE (each in inventory order). A bug about to be
 * closed gets no priority raise; a bug moving to MODIFIED gets its raise in
 * the same write (one update, not two). Claims go on closures only.
 */
export function buildPlan(command: string, priorities: readonly PriorityItem[], stale: readonly StalePlan[], skipped: PlanSkip[], o: BuildOptions): PlanDraft {
  const closing = new Set(stale.filter((s) => s.kind === 'errata' || (s.kind === 'ask-close' && o.closeStale)).map((s) => s.bug.id))
  const modified = new Set(stale.filter((s) => s.kind === 'modified').map((s) => s.bug.id))
  const raise = new Map(priorities.map((p) => [p.bug.id, p]))
  const actions: PlanAction[] = []
  const evidence: Record<string, Evidence> = {}
  for (const p of priorities) {
    if (closing.has(p.bug.id) || modified.has(p.bug.id)) continue
    const id = actionId('bugzilla', p.bug.id, 'priority')
    actions.push({ id, service: 'bugzilla', target: p.bug.id, kind: 'priority', expect: { status: p.bug.status, priority: p.bug.priority }, set: { priority: p.target }, comment: null, why: `${p.pkg} resolves to priority ${p.target}` })
    evidence[id] = { component: p.pkg, summary: p.bug.summary }
  }
  for (const kind of ['errata', 'modified', 'ask-close'] as const) {
    for (const s of stale.filter((x) => x.kind === kind)) {
      const b = s.bug
      const id = actionId('bugzilla', b.id, kind)
      const bump = kind === 'modified' ? raise.get(b.id) : undefined
      const claims = o.claim !== undefined && kind !== 'modified'
      const expect: PlanAction['expect'] = { status: b.status, resolution: b.resolution, cf_fixed_in: b.cf_fixed_in }
      if (bump) expect['priority'] = b.priority
      if (claims) expect['assigned_to'] = b.assigned_to
      const set: PlanAction['set'] = kind === 'modified'
        ? { status: 'MODIFIED', cf_fixed_in: s.fixedIn, ...(bump ? { priority: bump.target } : {}) }
        : { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: s.fixedIn, ...(claims ? { assigned_to: o.claim! } : {}) }
      actions.push({ id, service: 'bugzilla', target: b.id, kind, expect, set, comment: staleComment(s), why: staleWhy(s) })
      evidence[id] = {
        component: s.component,
        summary: b.summary,
        bodhi: [...new Set(s.findings.flatMap((f) => (f.build?.source.kind === 'bodhi' ? [f.build.source.alias] : [])))],
        koji: [...new Set(s.findings.flatMap((f) => (f.build?.source.kind === 'tagged' ? [f.build.nvr] : [])))],
        findings: findingLines(s.findings),
      }
    }
  }
  return { command, actions, skipped, evidence }
}

function staleWhy(s: StalePlan): string {
  const have = s.findings.filter((f) => f.build).map((f) => f.release)
  const missing = s.findings.filter((f) => !f.build).map((f) => f.release)
  const testing = s.findings.filter((f) => f.build?.source.kind === 'bodhi' && !f.build.source.stable).map((f) => f.release)
  if (s.kind === 'errata') return `${s.component} ${s.version} is stable in every release it has a branch for (${have.join(', ')})`
  if (s.kind === 'modified') return `${s.component} ${s.version} is built, still in testing in ${testing.join(', ')}`
  return `${s.component} ${s.version} is stable in ${have.join(', ')} but has no update in ${missing.join(', ')}: needs a decision`
}

/** The plan for a terminal, in poi-tracker's words. */
export function renderPlanText(draft: PlanDraft): string {
  const out: string[] = []
  const comp = (a: PlanAction): string => draft.evidence?.[a.id]?.component ?? '?'
  const summary = (a: PlanAction): string => draft.evidence?.[a.id]?.summary ?? a.why
  const raises = draft.actions.filter((a) => a.kind === 'priority' || (a.kind === 'modified' && a.set['priority'] !== undefined))
  if (raises.length === 0) out.push('Nothing to update.')
  else {
    out.push('Planned priority updates:')
    const groups = new Map<string, PlanAction[]>()
    for (const a of raises) groups.set(comp(a), [...(groups.get(comp(a)) ?? []), a])
    for (const [c, list] of [...groups].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      out.push(`  ${c} (${list.length} bug(s) → ${String(list[0].set['priority'])}):`)
      for (const a of list) out.push(`    bug ${a.target} [${String(a.expect['priority'] ?? 'unspecified')}]: ${summary(a)}`)
    }
    out.push('', `Total: ${raises.length} update(s).`)
  }
  const heads: Array<[PlanAction['kind'], string]> = [['errata', 'Close as ERRATA (stable everywhere)'], ['modified', 'Mark MODIFIED (still in testing)'], ['ask-close', 'Addressed only in some releases (written with --close-stale)']]
  if (draft.actions.some((a) => a.kind !== 'priority')) {
    out.push('', 'Bugs already addressed in Bodhi:')
    for (const [kind, head] of heads) {
      const group = draft.actions.filter((a) => a.kind === kind)
      if (group.length === 0) continue
      out.push(`  ${head}:`)
      for (const a of group) out.push(`    bug ${a.target} (${comp(a)}): ${summary(a)} — fixed in: ${String(a.set['cf_fixed_in'])}`)
    }
  }
  if (draft.skipped.length > 0) {
    out.push('', `Skipped (${draft.skipped.length}):`)
    for (const s of draft.skipped) out.push(`  ${s.target}: ${s.why}`)
  }
  return out.join('\n') + '\n'
}
