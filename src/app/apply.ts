// `apply [PLAN...]`: performs merged plans, once (README, "Plans"). It is the
// one step of poi-gitops that writes to services other than the forge, and it
// only ever writes what a plan file in the repository says: each target is
// read again just before its write (src/plans/apply.ts). The outcome of every
// action goes to the log, the job summary and one comment on the proposal the
// plan was merged from.

import { inputOrEnv } from '../core/credentials.js'
import type { RepoConfig } from '../config/config.js'
import type { FsWorkspace } from '../core/workspace.js'
import { readText } from '../core/workspace.js'
import { UsageError } from '../core/args.js'
import { describeError, exitCodeOf, worstExitCode, type ExitCode } from '../core/errors.js'
import type { Finding } from '../core/finding.js'
import { CommandError } from '../commands/types.js'
import { applyExitCode, applyPlan, closeStaleRequested, type ApplyReport, type Writers } from '../plans/apply.js'
import { linkBases, renderOutcomesMarkdown, renderOutcomesText } from '../plans/markdown.js'
import type { Plan } from '../plans/model.js'
import { parsePlan } from '../plans/parse.js'
import { bugFields, bugzillaWriter, distgitWriter } from '../plans/writers.js'
import { BugzillaClient } from '../sources/bugzilla.js'
import { PagureDistGit } from '../sources/pagure.js'
import { resolveServices, ServiceConfigError, type ServiceName } from '../sources/services.js'
import { retryLine, type HttpEvent } from '../sources/http.js'
import type { Forge } from '../forge/types.js'
import type { Session } from './session.js'

export interface PlanApplied {
  path: string
  plan?: Plan
  report?: ApplyReport
  error?: string
  findings: Finding[]
  exitCode: ExitCode
  /** The proposal the plan was merged from, where its outcomes were posted. */
  proposal?: { number: number; url: string }
}

export interface ApplyRun {
  plans: PlanApplied[]
  exitCode: ExitCode
}

export interface ApplyOptions {
  /** Plan files to apply; default every `<dir>/*.json`. */
  paths: readonly string[]
  dryRun: boolean
  /** Where outcomes are posted as a comment on the plan's proposal (CI only). */
  forge: Forge | null
  log: (line: string) => void
}

/** The comment that carries one apply's outcomes, found again by this marker (one per plan version). */
const applyMarker = (plan: Plan): string => `<!-- poi-gitops:apply:${plan.job}:${plan.computed_at} -->`

export async function runApply(session: Session, config: RepoConfig, workspace: FsWorkspace, options: ApplyOptions): Promise<ApplyRun> {
  const paths = options.paths.length > 0 ? [...options.paths] : await workspace.glob([`${config.plans.dir}/*.json`])
  const results: PlanApplied[] = []
  for (const path of paths) results.push(await applyOne(path, session, config, workspace, options))
  return { plans: results, exitCode: worstExitCode(results.map((r) => r.exitCode)) }
}

async function applyOne(path: string, session: Session, config: RepoConfig, workspace: FsWorkspace, options: ApplyOptions): Promise<PlanApplied> {
  let plan: Plan
  try {
    const text = await readText(workspace, path)
    if (text === null) throw new CommandError(`${path}: no such plan file`, 1)
    plan = parsePlan(path, text)
  } catch (e) {
    return { path, findings: (e as { findings?: Finding[] }).findings ?? [], error: describeError(e), exitCode: exitCodeOf(e) ?? 2 }
  }
  return applyNow(path, plan, session, config, options)
}

/** Applies one plan (from a file, or just computed on a terminal with --apply). */
export async function applyNow(path: string, plan: Plan, session: Session, config: RepoConfig, options: Omit<ApplyOptions, 'paths'>): Promise<PlanApplied> {
  const out: PlanApplied = { path, plan, findings: [], exitCode: 0 }
  const closers: Array<() => Promise<void>> = []
  try {
    const urls = serviceUrlsOf(config, session)
    const writers = makeWriters(plan, session, urls, options, closers)
    options.log(`${path}: ${plan.actions.length} action(s) of job ${plan.job}${options.dryRun ? ' (dry run: nothing is written)' : ''}`)
    const report = await applyPlan(plan, writers, {
      allowAskClose: closeStaleRequested(plan),
      maxWrites: config.plans.maxWrites,
      maxConsecutiveFailures: config.plans.maxFailures,
      dryRun: options.dryRun,
      log: options.log
    })
    // Links in every rendering of the outcomes (comment, summary, dashboard) go to the services written to.
    out.report = { ...report, links: linkBases(urls) }
    out.exitCode = applyExitCode(report)
    for (const line of renderOutcomesText(out.report).split('\n').filter(Boolean)) options.log(`  ${line}`)
    if (options.forge && !options.dryRun) out.proposal = await postOutcomes(options.forge, config, plan, out.report, session, options.log)
  } catch (e) {
    out.error = describeError(e)
    out.findings = (e as { findings?: Finding[] }).findings ?? []
    out.exitCode = exitCodeOf(e) ?? 2
  } finally {
    for (const close of closers) await close()
  }
  return out
}

/** A writer per service the plan touches, each with its own credential, sent only to its own service. */
function serviceUrlsOf(config: RepoConfig, session: Session): Record<ServiceName, string> {
  try {
    return resolveServices(config.services, session.env)
  } catch (e) {
    if (e instanceof ServiceConfigError) throw new CommandError(e.message, 2)
    throw e
  }
}

function makeWriters(plan: Plan, session: Session, urls: Readonly<Record<ServiceName, string>>, options: Omit<ApplyOptions, 'paths'>, closers: Array<() => Promise<void>>): Writers {
  const onEvent = (e: HttpEvent): void => {
    if (e.type === 'retry') options.log(`  ${retryLine(e)}`)
  }
  const writers: Writers = {}
  if (plan.actions.some((a) => a.service === 'bugzilla')) {
    const key = session.credentials.bugzilla
    // The runner names the input INPUT_BUGZILLA-EMAIL (hyphen kept); inputOrEnv spells it so.
    const login = inputOrEnv(session.env, 'bugzilla-email', 'BUGZILLA_EMAIL') ?? ''
    if (!key && !options.dryRun) throw new UsageError(`${plan.job}: applying Bugzilla actions needs the Bugzilla API key (the bugzilla-api-key input or BUGZILLA_API_KEY)`)
    if (key && login === '' && !options.dryRun) throw new UsageError(`${plan.job}: applying Bugzilla actions needs the email of the key's account (the bugzilla-email input or BUGZILLA_EMAIL), to check the key before any write`)
    const client = new BugzillaClient({ baseUrl: urls.bugzilla, onEvent, ...(key && !options.dryRun ? { apiKey: key } : {}) })
    closers.push(() => client.close())
    // A dry run reads anonymously and writes nothing, so it needs no key.
    writers.bugzilla = options.dryRun
      ? { read: async (id) => { const bug = await client.bug(id); return bug && bugFields(bug) }, write: async () => { throw new Error('a dry run writes nothing') } }
      : bugzillaWriter(client, login)
  }
  if (plan.actions.some((a) => a.service === 'distgit')) {
    const token = session.credentials.distgit
    if (!token && !options.dryRun) throw new UsageError(`${plan.job}: applying dist-git actions needs the dist-git token (the distgit-token input or DISTGIT_TOKEN)`)
    const dg = new PagureDistGit({ baseUrl: urls.distgit, onEvent, ...(token ? { headers: { authorization: `token ${token}` } } : {}) })
    closers.push(() => dg.close())
    writers.distgit = distgitWriter(dg)
  }
  return writers
}

/** One comment per applied plan version on the proposal it was merged from, edited in place if applied again. */
async function postOutcomes(forge: Forge, config: RepoConfig, plan: Plan, report: ApplyReport, session: Session, log: (line: string) => void): Promise<{ number: number; url: string } | undefined> {
  const { upsertComment } = await import('../forge/comments.js')
  const { guardForge } = await import('../forge/guard.js')
  try {
    const proposal = await forge.findProposal(config.proposal.branchPrefix + plan.job)
    if (!proposal) return undefined
    const marker = applyMarker(plan)
    await upsertComment(guardForge(forge, session.egress.redact, new Set()), proposal.number, marker, `${marker}\n${renderOutcomesMarkdown(report)}`)
    return { number: proposal.number, url: proposal.url }
  } catch (e) {
    log(`warning: could not post the outcomes on the proposal of job ${plan.job}: ${describeError(e)}`)
    return undefined
  }
}
