// `adopt -i FILE [--pattern G,…] [--start-from N] [--end-with N]
// [--user NAME] [--json]`: the inventory's orphaned packages (dist-git owner
// `orphan`) as take-orphan plan actions (README, "Plans"), applied with the
// dist-git token after review. Adopting makes the token's user the point of
// contact, so the plan names that user: --user, or the token's own user.

import { bool, str, type CommandSpec } from '../core/args.js'
import { ORPHAN_USER } from '../sources/distgit.js'
import { nameProblem } from '../sources/names.js'
import { quoted } from '../core/text.js'
import { PagureDistGit } from '../sources/pagure.js'
import { actionId, type PlanAction, type PlanDraft, type PlanSkip } from '../plans/model.js'
import { linkBases, renderPlanMarkdown } from '../plans/markdown.js'
import { planText } from '../plans/serialize.js'
import { mapOrdered } from './distgit/pool.js'
import { loadMerged, requirePaths } from './inventories.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'
import { APPLY_FLAG, Clients, assertCredentialUrl, JSON_FLAG, VERBOSE_FLAG, WALK_FLAGS, YES_FLAG, failWith, inFilter, invalidName, rawhideSkip, walkFilter, type TriageDeps } from './triage/context.js'

export const ADOPT_SPEC: CommandSpec = {
  name: 'adopt',
  summary: 'Plan taking the inventory\'s orphaned packages on dist-git (written by apply with the dist-git token after review).',
  positionals: [],
  flags: [...WALK_FLAGS, { name: 'user', kind: 'string', metavar: 'NAME', help: 'the dist-git user who takes the packages (default: the user of the dist-git token: the distgit-token input or DISTGIT_TOKEN)' }, JSON_FLAG, APPLY_FLAG, YES_FLAG, VERBOSE_FLAG],
  notes: 'Packages marked unshipped or retired on rawhide are skipped: dist-git refuses to hand out retired packages.',
}

export function adoptCommand(deps: TriageDeps = {}): Command {
  return { spec: ADOPT_SPEC, run: (ctx) => runAdopt(ctx, deps) }
}

export const adopt: Command = adoptCommand()

interface Orphan {
  pkg: string
  owner: string
  reason: string
  reasonInfo: string
}

/** One line per candidate, as poi-tracker prints it. */
export function describeOrphan(o: Pick<Orphan, 'pkg' | 'reason' | 'reasonInfo'>): string {
  if (o.reason === '') return o.pkg
  return o.reasonInfo === '' ? `${o.pkg} (orphaned: ${o.reason})` : `${o.pkg} (orphaned: ${o.reason} — ${o.reasonInfo})`
}

async function runAdopt(ctx: CommandContext, deps: TriageDeps): Promise<CommandResult> {
  const a = ctx.args
  if (a.positionals.length > 0) throw new CommandError(`adopt takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2)
  const given = str(a, 'user')
  if (given !== undefined && nameProblem(given) !== undefined) throw new CommandError(`--user: ${quoted(given)} is not a dist-git user name`, 2)
  const token = ctx.credentials.distgit ?? ''
  if (given === undefined && token === '') {
    throw new CommandError('adopt needs the dist-git user who takes the packages: pass --user NAME, or give the dist-git token (the distgit-token input or DISTGIT_TOKEN) whose user it is', 2)
  }
  const verbose = bool(a, 'verbose') ? ctx.log : () => undefined
  const view = (await loadMerged(ctx, await requirePaths(ctx))).inventory
  const filter = walkFilter(ctx)
  const names: string[] = []
  const skipped: PlanSkip[] = []
  for (const p of view.packages) {
    if (!inFilter(p, filter)) continue
    const bad = invalidName(p)
    if (bad) skipped.push({ target: p.name, why: bad })
    else if (rawhideSkip(p)) verbose(`${p.name}: marked retired/unshipped in the inventory; skipping`)
    else names.push(p.name)
  }

  const clients = new Clients(ctx, deps)
  const orphans: Orphan[] = []
  let user = given
  try {
    if (token !== '') {
      assertCredentialUrl(clients.urls.distgit, 'the dist-git token')
      const authed = new PagureDistGit({ ...deps.http, baseUrl: clients.urls.distgit, headers: { authorization: `token ${token}` } })
      try {
        const owner = await authed.whoami()
        if (user !== undefined && user !== owner) throw new CommandError(`--user ${user} is not the user of the dist-git token (${owner}): taking packages would make ${owner} their point of contact`, 2)
        user = owner
      } finally {
        await authed.close()
      }
    }
    const owners = await mapOrdered(names, 8, (pkg) => clients.distgit.owners(pkg))
    const candidates: Array<{ pkg: string; owner: string }> = []
    names.forEach((pkg, i) => {
      const list = owners[i]
      if (list === undefined) skipped.push({ target: pkg, why: 'no such dist-git project (404)' })
      else if (list.includes(ORPHAN_USER)) candidates.push({ pkg, owner: list[0] ?? ORPHAN_USER })
    })
    // The reason is colour for the reviewer: a failed lookup never blocks a candidate.
    const infos = await mapOrdered(candidates, 8, (c) => clients.distgit.orphanInfo(c.pkg).catch((e: unknown) => {
      ctx.log(`warning: ${c.pkg}: could not fetch the orphan reason: ${e instanceof Error ? e.message : String(e)}`)
      return { orphan: true, reason: '', reasonInfo: '' }
    }))
    candidates.forEach((c, i) => orphans.push({ ...c, reason: infos[i].reason, reasonInfo: infos[i].reasonInfo }))
    verbose(`requests: ${JSON.stringify(clients.requestCounts())}`)
  } catch (e) {
    failWith(e, 'adopt: nothing was planned: ')
  } finally {
    await clients.close()
  }

  const actions: PlanAction[] = orphans.map((o) => ({
    id: actionId('distgit', o.pkg, 'take-orphan'), service: 'distgit', target: o.pkg, kind: 'take-orphan',
    expect: { owner: o.owner }, set: { point_of_contact: user! }, comment: null,
    why: o.reason === '' ? 'orphaned' : `orphaned: ${o.reason}${o.reasonInfo ? ` — ${o.reasonInfo}` : ''}`,
  }))
  const draft: PlanDraft = { command: ctx.commandLine, actions, skipped }
  const links = linkBases(clients.urls)
  const text = orphans.length === 0 ? 'No orphaned packages in the inventory.\n' : orphans.map((o) => `orphaned: ${describeOrphan(o)}\n`).join('') + `\n${orphans.length} package(s) would be taken by ${user}.\n`
  ctx.log(`${names.length} checked, ${orphans.length} orphaned`)
  return {
    exitCode: 0,
    stdout: bool(a, 'json') ? planText(draft, { job: str(a, 'job') ?? 'adopt', now: new Date() }) : text,
    findings: [],
    plan: draft,
    summary: renderPlanMarkdown(draft, { links }),
  }
}
