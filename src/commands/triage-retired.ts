// `triage-retired -i FILE… [--branch B,…] [--pattern G,…] [--start-from N]
// [--end-with N] [--batch EMAIL] [--all-reporters] [--claim --email EMAIL]
// [--mark] [--json]`: poi-tracker's closing of the open bugs of packages
// retired on a dist-git branch (dead.package present) as CANTFIX, computed as
// a plan (README, "Plans"). `--mark` also records what the probes found in
// each package's `retired_on`, in both directions, in the file that defines
// the package — ordinary inventory edits in the same proposal.

import { bool, list, str, type CommandSpec } from '../core/args.js'
import type { ChangeRecord } from '../core/changeset.js'
import { sortedUnique } from '../inventory/model.js'
import { batchParams, groupByComponent, RELEASE_MONITORING, type Bug, type SearchParams } from '../sources/bugzilla.js'
import { nameProblem } from '../sources/names.js'
import { quoted } from '../core/text.js'
import { actionId, type Evidence, type PlanAction, type PlanDraft, type PlanSkip } from '../plans/model.js'
import { linkBases, renderPlanMarkdown } from '../plans/markdown.js'
import { planText } from '../plans/serialize.js'
import { escapeText, link } from '../core/markdown.js'
import { mapOrdered } from './distgit/pool.js'
import { editTarget, fileChange } from './distgit/target.js'
import { originalText } from './edit-helpers.js'
import { changeSet, loadInventory, mergeLoaded, requirePaths, type LoadedInventory } from './inventories.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'
import {
  APPLY_FLAG, BATCH_FLAG, CLAIM_FLAG, Clients, EMAIL_FLAG, JSON_FLAG, VERBOSE_FLAG, WALK_FLAGS, YES_FLAG,
  batchEmail, claimEmail, failWith, inFilter, invalidName, walkFilter, type TriageDeps
} from './triage/context.js'
import { productVersionForBranch } from './triage/versions.js'

export const TRIAGE_RETIRED_SPEC: CommandSpec = {
  name: 'triage-retired',
  summary: 'Plan CANTFIX closures of open bugs on branches where a package is retired (dead.package); --mark records retired_on.',
  positionals: [],
  flags: [
    { name: 'branch', kind: 'list', metavar: 'BRANCHES', help: 'dist-git branches to check (default rawhide); each scopes its own Bugzilla search' },
    ...WALK_FLAGS,
    BATCH_FLAG,
    { name: 'all-reporters', kind: 'bool', help: 'close every open bug on a retired branch, human-filed ones (CVEs, FTBFS) included — never from a schedule' },
    { name: 'mark', kind: 'bool', help: 'record the checks in retired_on (both directions), in the file that defines each package' },
    CLAIM_FLAG, EMAIL_FLAG, JSON_FLAG, APPLY_FLAG, YES_FLAG, VERBOSE_FLAG,
  ],
  notes: 'Unlike triage-updates, packages marked unshipped or retired are checked too: their remaining bugs still need closing.',
}

export function triageRetiredCommand(deps: TriageDeps = {}): Command {
  return { spec: TRIAGE_RETIRED_SPEC, run: (ctx) => runTriageRetired(ctx, deps) }
}

export const triageRetired: Command = triageRetiredCommand()

export interface BranchCheck {
  package: string
  branch: string
  retired: boolean
}

interface Closure {
  bug: Bug
  pkg: string
  branch: string
}

/** The comment posted with each closure. */
export function closeComment(pkg: string, branch: string): string {
  return `Package \`${pkg}\` is retired on the \`${branch}\` dist-git branch (the \`dead.package\` marker is present); closing as CANTFIX since there's no live package to update.`
}

async function runTriageRetired(ctx: CommandContext, deps: TriageDeps): Promise<CommandResult> {
  const a = ctx.args
  if (a.positionals.length > 0) throw new CommandError(`triage-retired takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2)
  const branches = a.flags.has('branch') ? list(a, 'branch') : ['rawhide']
  if (branches.length === 0) throw new CommandError('--branch needs at least one branch name', 2)
  for (const b of branches) {
    const problem = nameProblem(b)
    if (problem !== undefined) throw new CommandError(`--branch: invalid branch name ${quoted(b)}: ${problem}`, 2)
  }
  const uniqueBranches = [...new Set(branches)]
  const batch = batchEmail(ctx)
  const claim = claimEmail(ctx)
  const allReporters = bool(a, 'all-reporters')
  const verbose = bool(a, 'verbose') ? ctx.log : () => undefined

  const loaded = []
  for (const path of await requirePaths(ctx)) loaded.push({ path, ...(await loadInventory(ctx, path)) })
  const view = mergeLoaded(ctx, loaded).inventory
  const filter = walkFilter(ctx)
  const skipped: PlanSkip[] = []
  const names: string[] = []
  for (const p of view.packages) {
    if (!inFilter(p, filter)) continue
    const bad = invalidName(p)
    if (bad) skipped.push({ target: p.name, why: bad })
    else names.push(p.name)
  }
  const clients = new Clients(ctx, deps)
  let checks: BranchCheck[] = []
  const closures: Closure[] = []
  try {
    const pairs = names.flatMap((pkg) => uniqueBranches.map((branch) => ({ pkg, branch })))
    // Each probe is retried by the HTTP layer; one that still fails stops the run: a guess is never recorded.
    const retired = await mapOrdered(pairs, 16, (p) => clients.distgit.isRetired(p.pkg, p.branch))
    checks = pairs.map((p, i) => ({ package: p.pkg, branch: p.branch, retired: retired[i] }))
    const dead = checks.filter((c) => c.retired)
    verbose(`${checks.length} dead.package probe(s), ${dead.length} retired`)
    const bugsOf = await collectBugs(clients, dead, batch, allReporters, skipped, ctx)
    const seen = new Set<number>()
    for (const c of dead) {
      for (const bug of bugsOf(c.package, c.branch)) {
        if (bug.status === 'CLOSED' || seen.has(bug.id)) continue
        seen.add(bug.id)
        closures.push({ bug, pkg: c.package, branch: c.branch })
      }
    }
    verbose(`requests: ${JSON.stringify(clients.requestCounts())}`)
  } catch (e) {
    failWith(e, 'triage-retired: nothing was planned: ')
  } finally {
    await clients.close()
  }

  const draft = buildRetiredPlan(ctx.commandLine, closures, skipped, claim)
  const links = linkBases(clients.urls)
  const marks = bool(a, 'mark') ? markRetired(ctx, loaded, checks) : undefined
  let summary = renderPlanMarkdown(draft, { links })
  if (marks) summary += '\n' + marksMarkdown(marks.records, clients.urls.distgit)
  const stdout = bool(a, 'json') ? planText(draft, { job: str(a, 'job') ?? 'triage-retired', now: new Date() }) : retiredText(closures, allReporters, marks?.records)
  ctx.log(`${names.length} package(s) checked on ${uniqueBranches.join(', ')}, ${new Set(checks.filter((c) => c.retired).map((c) => c.package)).size} retired, ${closures.length} closure(s) planned`)
  const result: CommandResult = { exitCode: 0, stdout, findings: [], plan: draft, summary }
  if (marks) result.changeSet = marks.set
  return result
}

/**
 * The open bugs of each retired (package, branch). Batch: one search,
 * filtered by the branch's product and version. Otherwise one search per
 * (product, version) for all the packages retired there, many components
 * per request. A branch without a Bugzilla product is never searched.
 */
async function collectBugs(
  clients: Clients, dead: readonly BranchCheck[], batch: string | undefined, allReporters: boolean, skipped: PlanSkip[], ctx: CommandContext,
): Promise<(pkg: string, branch: string) => Bug[]> {
  if (dead.length === 0) return () => []
  if (batch) {
    const grouped = groupByComponent(await clients.bugzilla.search(batchParams(batch, allReporters)))
    return (pkg, branch) => {
      const pv = productVersionForBranch(branch)
      if (!pv) return []
      return (grouped.get(pkg) ?? []).filter((b) => b.product === pv.product && b.version.includes(pv.version))
    }
  }
  const byTarget = new Map<string, { product: string; version: string; pkgs: string[] }>()
  for (const c of dead) {
    const pv = productVersionForBranch(c.branch)
    if (!pv) {
      ctx.log(`warning: ${c.branch} has no Bugzilla product; skipping the open-bug search for ${c.package}`)
      skipped.push({ target: c.package, why: `retired on ${c.branch}, which has no Bugzilla product: no bug search` })
      continue
    }
    const k = `${pv.product}\u0000${pv.version}`
    const entry = byTarget.get(k) ?? { ...pv, pkgs: [] }
    entry.pkgs.push(c.package)
    byTarget.set(k, entry)
  }
  const found = new Map<string, Map<string, Bug[]>>()
  await Promise.all([...byTarget].map(async ([k, t]) => {
    const params: SearchParams = { product: t.product, version: t.version, ...(allReporters ? {} : { reporter: RELEASE_MONITORING }), bug_status: '__open__' }
    found.set(k, await clients.bugzilla.searchComponents(t.pkgs, params))
  }))
  return (pkg, branch) => {
    const pv = productVersionForBranch(branch)
    return pv ? (found.get(`${pv.product}\u0000${pv.version}`)?.get(pkg) ?? []) : []
  }
}

export function buildRetiredPlan(command: string, closures: readonly Closure[], skipped: PlanSkip[], claim: string | undefined): PlanDraft {
  const actions: PlanAction[] = []
  const evidence: Record<string, Evidence> = {}
  for (const c of closures) {
    const id = actionId('bugzilla', c.bug.id, 'cantfix')
    const expect: PlanAction['expect'] = { status: c.bug.status, resolution: c.bug.resolution }
    if (claim) expect['assigned_to'] = c.bug.assigned_to
    actions.push({
      id, service: 'bugzilla', target: c.bug.id, kind: 'cantfix', expect,
      set: { status: 'CLOSED', resolution: 'CANTFIX', ...(claim ? { assigned_to: claim } : {}) },
      comment: closeComment(c.pkg, c.branch),
      why: `${c.pkg} is retired on ${c.branch} (dead.package)`,
    })
    evidence[id] = { component: c.pkg, summary: c.bug.summary, deadPackage: [{ package: c.pkg, branch: c.branch }] }
  }
  return { command, actions, skipped, evidence }
}

interface Marks {
  set: NonNullable<CommandResult['changeSet']>
  records: ChangeRecord[]
}

/**
 * `retired_on` from this run's checks (poi-tracker's --mark, both
 * directions): a branch found retired is added, one found live removed,
 * others untouched, the list sorted, an empty list removed. Several files:
 * a live branch leaves every file that lists it; a retired one is added to
 * the first file that defines the package unless a file already lists it.
 * A file whose list keeps the same branches is left as it is.
 */
function markRetired(ctx: CommandContext, loaded: ReadonlyArray<{ path: string } & LoadedInventory>, checks: readonly BranchCheck[]): Marks {
  const byPkg = new Map<string, { retired: Set<string>; live: Set<string> }>()
  for (const c of checks) {
    const e = byPkg.get(c.package) ?? { retired: new Set<string>(), live: new Set<string>() }
    ;(c.retired ? e.retired : e.live).add(c.branch)
    byPkg.set(c.package, e)
  }
  const targets = loaded.map((l) => editTarget(l.path, l.source, l.inventory, originalText(l.source)))
  const listed = new Map<string, Set<string>>()
  for (const t of targets) {
    for (const p of t.model.packages) {
      const checked = byPkg.get(p.name)
      if (!checked) continue
      const kept = (p.retired_on ?? []).filter((b) => !checked.live.has(b))
      const s = listed.get(p.name) ?? new Set<string>()
      for (const b of kept) s.add(b)
      listed.set(p.name, s)
    }
  }
  const records: ChangeRecord[] = []
  const addedTo = new Set<string>()
  for (const t of targets) {
    for (const p of t.model.packages) {
      const checked = byPkg.get(p.name)
      if (!checked) continue
      const before = p.retired_on ?? []
      let next = before.filter((b) => !checked.live.has(b))
      if (!addedTo.has(p.name)) {
        addedTo.add(p.name)
        const have = listed.get(p.name) ?? new Set<string>()
        next = [...next, ...[...checked.retired].filter((b) => !have.has(b))]
      }
      const same = new Set(next).size === new Set(before).size && next.every((b) => before.includes(b))
      if (same) continue
      const sorted = sortedUnique(next)
      if (sorted.length === 0) delete p.retired_on
      else p.retired_on = sorted
      const why = [checked.retired.size ? `dead.package on ${[...checked.retired].join(', ')}` : '', checked.live.size ? `live on ${[...checked.live].join(', ')}` : ''].filter(Boolean).join('; ')
      records.push(sorted.length === 0
        ? { file: t.path, package: p.name, kind: 'unmarked', field: 'retired_on', before: JSON.stringify(before), reason: why, source: 'distgit' }
        : { file: t.path, package: p.name, kind: 'marked', field: 'retired_on', ...(p.retired_on && before.length ? { before: JSON.stringify(before) } : {}), after: JSON.stringify(sorted), reason: why, source: 'distgit' })
    }
  }
  if (records.length === 0) ctx.log('retired_on markers are up to date.')
  const changes = targets.map(fileChange)
  return { set: changeSet(ctx, changes, records, loaded.map((l) => l.path)), records }
}

function marksMarkdown(records: readonly ChangeRecord[], distgit: string): string {
  if (records.length === 0) return '`retired_on` markers are up to date.\n'
  const out = [`#### \`retired_on\` markers (${records.length})`, '', '| File | Package | Before | After | Evidence |', '|---|---|---|---|---|']
  for (const r of records) {
    const after: string[] = r.after ? (JSON.parse(r.after) as string[]) : []
    const evidence = after.map((b) => link(`${b}/dead.package`, `${distgit}/rpms/${encodeURIComponent(r.package ?? '')}/blob/${encodeURIComponent(b)}/f/dead.package`)).join('<br>')
    out.push(`| ${escapeText(r.file)} | ${escapeText(r.package ?? '')} | ${escapeText(r.before ?? '—')} | ${escapeText(r.after ?? '(removed)')} | ${evidence || escapeText(r.reason ?? '')} |`)
  }
  return out.join('\n') + '\n'
}

function retiredText(closures: readonly Closure[], allReporters: boolean, marks: readonly ChangeRecord[] | undefined): string {
  const out: string[] = []
  const byPkg = new Map<string, Closure[]>()
  for (const c of closures) byPkg.set(c.pkg, [...(byPkg.get(c.pkg) ?? []), c])
  for (const [pkg, list] of byPkg) {
    out.push(`${pkg} (${list.length} bug(s)):`)
    for (const c of list) out.push(`  bug ${c.bug.id} [${c.bug.status}] (${c.branch}): ${c.bug.summary}`)
  }
  if (closures.length === 0) out.push(`No retired packages with open ${allReporters ? '' : 'release-monitoring '}bugs.`)
  else {
    out.push('', `Total: ${closures.length} closure(s) across ${byPkg.size} package(s):`)
    for (const [pkg, list] of [...byPkg].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) out.push(`  ${pkg}: ${list.map((c) => `rhbz#${c.bug.id} (${c.branch})`).join(', ')}`)
  }
  if (marks) {
    out.push('', marks.length === 0 ? 'retired_on markers are up to date.' : `retired_on markers changed for ${marks.length} package(s):`)
    for (const r of marks) out.push(`  ${r.file}: ${r.package}: ${r.before ?? '(none)'} -> ${r.after ?? '(none)'}`)
  }
  return out.join('\n') + '\n'
}
