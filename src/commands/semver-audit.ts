// `semver-audit -i FILE [--pattern G,…] [--start-from N] [--end-with N]
// [--batch EMAIL] [--non-breaking] [--json]`: read-only. Each package's
// pending release-monitoring update classified against the version packaged
// in rawhide with Cargo's compatibility rule (poi-tracker's categories:
// non-breaking, breaking, committed awaiting release, up to date (stale bug),
// retired, needs review). Bugzilla is read anonymously.

import { bool, type CommandSpec } from '../core/args.js'
import type { Bug } from '../sources/bugzilla.js'
import { codeSpan, escapeText, link } from '../core/markdown.js'
import { mapOrdered } from './distgit/pool.js'
import { loadMerged, requirePaths } from './inventories.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'
import { BATCH_FLAG, Clients, JSON_FLAG, VERBOSE_FLAG, WALK_FLAGS, batchEmail, failWith, inFilter, invalidName, rawhideSkip, walkFilter, type TriageDeps } from './triage/context.js'
import { CachedKojiLookups } from './triage/koji-lookup.js'
import { activeReleases, taggedAddressing } from './triage/stale.js'
import { BUMP_LABELS, BUMP_ORDER, classifyWithStatus, pickLatest, specVersion, type Bump } from './triage/versions.js'

export const SEMVER_AUDIT_SPEC: CommandSpec = {
  name: 'semver-audit',
  summary: 'Classify each pending upstream update by semver impact against the version packaged in rawhide (read-only).',
  positionals: [],
  flags: [...WALK_FLAGS, BATCH_FLAG, { name: 'non-breaking', kind: 'bool', help: 'show only the non-breaking updates' }, { ...JSON_FLAG, help: 'print [{"package","bug","packaged","available","category"}]' }, VERBOSE_FLAG],
}

export function semverAuditCommand(deps: TriageDeps = {}): Command {
  return { spec: SEMVER_AUDIT_SPEC, run: (ctx) => runSemverAudit(ctx, deps) }
}

export const semverAudit: Command = semverAuditCommand()

export interface AuditEntry {
  package: string
  bug: number
  /** The spec's Version, `(retired)`, or `?`. */
  packaged: string
  available: string
  category: Bump
}

interface Pending {
  pkg: string
  bug: Bug
  version: string
  current?: string
  retired: boolean
  category?: Bump
  /** The koji check of an up-to-date entry could not be made. */
  unverified?: string
}

async function runSemverAudit(ctx: CommandContext, deps: TriageDeps): Promise<CommandResult> {
  const a = ctx.args
  if (a.positionals.length > 0) throw new CommandError(`semver-audit takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2)
  const batch = batchEmail(ctx)
  const verbose = bool(a, 'verbose') ? ctx.log : () => undefined
  const view = (await loadMerged(ctx, await requirePaths(ctx))).inventory
  const filter = walkFilter(ctx)
  const names: string[] = []
  let skipped = 0
  for (const pkg of view.packages) {
    if (!inFilter(pkg, filter)) continue
    const bad = invalidName(pkg)
    if (bad) ctx.log(`warning: ${JSON.stringify(pkg.name)}: ${bad}`)
    else if (rawhideSkip(pkg)) skipped++
    else names.push(pkg.name)
  }
  if (skipped > 0) ctx.log(`(${skipped} package(s) skipped: marked unshipped or retired on rawhide in the inventory)`)

  const clients = new Clients(ctx, deps)
  let pending: Pending[] = []
  try {
    if (names.length > 0) {
      const bugsOf = await clients.releaseMonitoringBugs(names, batch)
      pending = names.flatMap((pkg) => {
        const chosen = pickLatest(bugsOf(pkg), pkg)
        return chosen ? [{ pkg, bug: chosen.bug, version: chosen.version, retired: false }] : []
      })
    }
    await mapOrdered(pending, 8, async (p) => {
      const spec = await clients.distgit.specFile(p.pkg, 'rawhide')
      const current = spec === undefined ? undefined : specVersion(spec)
      if (current !== undefined) p.current = current
      else {
        // Only an unknown version asks for dead.package; a failed probe counts as not retired.
        p.retired = await clients.distgit.isRetired(p.pkg, 'rawhide').catch((e: unknown) => {
          ctx.log(`warning: ${p.pkg}: dead.package probe failed (${e instanceof Error ? e.message : String(e)}); counted as not retired`)
          return false
        })
      }
      p.category = p.current === p.version ? 'up-to-date' : classifyWithStatus(p.current, p.version, p.retired)
    })
    await verifyInKoji(ctx, clients, pending.filter((p) => p.category === 'up-to-date'))
    verbose(`requests: ${JSON.stringify(clients.requestCounts())}`)
  } catch (e) {
    failWith(e, 'semver-audit: ')
  } finally {
    await clients.close()
  }

  let entries: AuditEntry[] = pending.map((p) => ({
    package: p.pkg, bug: p.bug.id, packaged: p.current ?? (p.retired ? '(retired)' : '?'), available: p.version, category: p.category!,
  }))
  if (bool(a, 'non-breaking')) entries = entries.filter((e) => e.category === 'non-breaking')
  const unverified = pending.filter((p) => p.unverified !== undefined && entries.some((e) => e.package === p.pkg))
  const stdout = bool(a, 'json') ? JSON.stringify(entries, null, 2) + '\n' : auditText(entries)
  return { exitCode: 0, stdout, findings: [], summary: auditMarkdown(entries, clients.urls.bugzilla, unverified.map((p) => `${p.pkg}: ${p.unverified}`)) }
}

/**
 * "Up to date" only when rawhide's koji chain has the version: one multicall
 * over the tag Bodhi names for rawhide (its release's stable tag, e.g. f45;
 * a tag literally named `rawhide`, which poi-tracker asks for, is not
 * promised by the hub). Not there → committed, awaiting release. A failed lookup keeps "up
 * to date" and says the check could not be made.
 */
async function verifyInKoji(ctx: CommandContext, clients: Clients, upToDate: Pending[]): Promise<void> {
  if (upToDate.length === 0) return
  let tag: string
  try {
    tag = activeReleases(await clients.bodhi.releases()).find((r) => r.branch === 'rawhide')?.stableTag ?? 'rawhide'
  } catch (e) {
    const why = `Bodhi's release list could not be read (${e instanceof Error ? e.message : String(e)})`
    ctx.log(`warning: ${why}; up-to-date entries are not verified in koji`)
    for (const p of upToDate) p.unverified = why
    return
  }
  const koji = new CachedKojiLookups(clients.koji)
  await koji.resolve(upToDate.map((p) => ({ tag, package: p.pkg })))
  for (const p of upToDate) {
    const answer = koji.get(tag, p.pkg)
    if (!answer || 'error' in answer) {
      p.unverified = `koji lookup in ${tag} failed${answer && 'error' in answer ? `: ${answer.error}` : ''}`
      ctx.log(`warning: ${p.pkg}: ${p.unverified} (cannot verify staleness)`)
      continue
    }
    if (!taggedAddressing(answer.nvr, p.pkg, p.version)) p.category = 'pending-release'
  }
}

const HINTS: Partial<Record<Bump, string>> = {
  retired: '(run `poi-gitops triage-retired` to close these)',
  'pending-release': '(built but not yet in rawhide — waiting on a side tag merge, gating, or a Bodhi update; nothing to close yet)',
  'up-to-date': '(run `poi-gitops triage-updates` to record fixed builds and close these)',
}

export function auditText(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return 'No pending updates.\n'
  const out: string[] = []
  for (const kind of BUMP_ORDER) {
    const group = entries.filter((e) => e.category === kind)
    if (group.length === 0) continue
    out.push('', `${BUMP_LABELS[kind]} (${group.length}):`)
    for (const e of group) out.push(`  ${e.package}  ${e.packaged} -> ${e.available}  (rhbz#${e.bug})`)
    if (HINTS[kind]) out.push(`  ${HINTS[kind]}`)
  }
  return out.join('\n') + '\n'
}

/** The audit as a Markdown table (job summary, proposal or report body). */
export function auditMarkdown(entries: readonly AuditEntry[], bugzilla: string, notes: readonly string[] = []): string {
  if (entries.length === 0) return 'semver-audit: no pending updates.\n'
  const out = [`**semver-audit: ${entries.length} pending update${entries.length === 1 ? '' : 's'}**`, '', '| Package | Bug | Packaged | Available | Category |', '|---|---|---|---|---|']
  for (const kind of BUMP_ORDER) {
    for (const e of entries.filter((x) => x.category === kind)) {
      out.push(`| ${codeSpan(e.package)} | ${link(`rhbz#${e.bug}`, `${bugzilla}/show_bug.cgi?id=${e.bug}`)} | ${codeSpan(e.packaged)} | ${codeSpan(e.available)} | ${BUMP_LABELS[kind]} |`)
    }
  }
  if (notes.length > 0) out.push('', 'Not verified in koji (kept as up to date):', '', ...notes.map((n) => `- ${escapeText(n)}`))
  return out.join('\n') + '\n'
}
