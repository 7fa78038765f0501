// Runs what an invocation asks for: a read-only command once, or jobs (every
// [[job]] for `run`, or a single command as a job named after it) through the
// one delivery path of src/jobs. Entry points only render what comes back.

import type { RepoConfig } from '../config/config.js'
import type { FsWorkspace } from '../core/workspace.js'
import { describeError, exitCodeOf, type ExitCode } from '../core/errors.js'
import { UsageError } from '../core/args.js'
import type { Finding } from '../core/finding.js'
import { loadCommand, proposes } from '../commands/registry.js'
import { CommandError, type CommandResult, type Delivery } from '../commands/types.js'
import type { JobConfig } from '../config/config.js'
import type { Forge } from '../forge/types.js'
import type { JobReport, RunReport } from '../jobs/run-jobs.js'
import type { Invocation } from './invocation.js'
import type { Session } from './session.js'
import type { ApplyRun, PlanApplied } from './apply.js'
import type { Dashboard } from '../dashboard/update.js'
import type { Steering } from '../dashboard/steer.js'
import { countBySeverity } from '../core/finding.js'
import { loadInTurn } from '../core/load-in-turn.js'

export type Execution =
  | { kind: 'command'; name: string; result?: CommandResult; exitCode: ExitCode; error?: string; findings: Finding[] }
  | { kind: 'apply'; run: ApplyRun }
  | { kind: 'jobs'; report: RunReport; delivery: Delivery; notice?: string; applied?: PlanApplied[] }

export interface ExecuteHooks {
  log: (line: string) => void
  onJob?: (job: JobConfig) => void
  onJobDone?: (report: JobReport) => void
  /** The action's `base` input. */
  base?: string
}

export async function execute(inv: Invocation, session: Session, config: RepoConfig, workspace: FsWorkspace, hooks: ExecuteHooks): Promise<Execution> {
  // A pull request that breaks a job's command line fails its validation, not the next scheduled run.
  if ((inv.name === 'run' || inv.name === 'validate') && config.jobs.length > 0) await (await import('./check-jobs.js')).checkJobs(config)
  checkWriteConsent(inv, session)
  if (inv.name === 'apply') return { kind: 'apply', run: await apply(inv, session, config, workspace, hooks) }
  if (inv.name !== 'run' && !proposes(inv.name)) return runCommand(inv, session, config, workspace, hooks)
  // The delivery path (the engine, the forges) is loaded only by commands that deliver files.
  const { adHocJob, runJobs } = await import('../jobs/run-jobs.js')
  const jobs = inv.name === 'run' ? selectJobs(inv, config) : [adHocJob(inv.argv, inv.jobName)]
  let delivery = inv.delivery
  let forge: Forge | null = null
  let notice: string | undefined
  if (delivery === 'propose') {
    const { openForge } = await import('./forge.js')
    const opened = openForge(session, hooks.log)
    if (opened.readOnlyReason) {
      notice = `Nothing will be proposed: ${opened.readOnlyReason} may not write to the repository.`
      delivery = 'dry-run'
    } else forge = opened.forge
  }
  // Scheduled runs honour each job's `schedule`; the dashboard's boxes steer every proposing run.
  const dashboard = forge && inv.name === 'run' && config.dashboard.enabled ? await openDashboard(forge, config, session) : undefined
  const steering = await steerJobs(dashboard, jobs, session)
  let report
  try {
    report = await runJobs(steering.run, config, workspace, {
      delivery, forge, writer: workspace, redact: session.egress.redact, credentials: session.credentials, env: session.env,
      log: hooks.log, onJob: hooks.onJob, onJobDone: hooks.onJobDone, base: hooks.base, regenerate: steering.regenerate
    })
    for (const [job, why] of steering.skipped) hooks.log(`${job}: skipped: ${why}`)
    if (dashboard) {
      await recordRun(dashboard, report, steering, config, workspace, session)
      await dashboard.publish(config.jobs.map((j) => j.name))
    }
  } finally {
    await forge?.close?.()
  }
  // A terminal's --apply (poi-tracker's -y): the plan just computed is applied at once, with the same re-reads.
  const applied = inv.name !== 'run' && !session.ci && inv.args.flags.get('apply') === true ? await applyComputed(report, inv, session, config, hooks) : undefined
  return { kind: 'jobs', report, delivery, ...(notice ? { notice } : {}), ...(applied ? { applied } : {}) }
}

function selectJobs(inv: Invocation, config: RepoConfig): JobConfig[] {
  if (inv.jobName === undefined) return config.jobs
  const jobs = config.jobs.filter((j) => j.name === inv.jobName)
  if (jobs.length === 0) throw new UsageError(`no job named '${inv.jobName}' in ${config.path} (jobs: ${config.jobs.map((j) => j.name).join(', ') || 'none'})`, 'run')
  return jobs
}

async function runCommand(inv: Invocation, session: Session, config: RepoConfig, workspace: FsWorkspace, hooks: ExecuteHooks): Promise<Execution> {
  const command = await loadCommand(inv.name)
  if (!command) throw new UsageError(`unknown command '${inv.name}'`)
  try {
    const result = await command.run({
      workspace, config, args: inv.args, commandLine: ['poi-gitops', ...inv.argv].join(' '), log: hooks.log,
      env: session.env, delivery: inv.delivery, credentials: session.credentials
    })
    return { kind: 'command', name: inv.name, result, exitCode: result.exitCode, findings: result.findings }
  } catch (e) {
    const findings = (e as { findings?: Finding[] }).findings ?? []
    return { kind: 'command', name: inv.name, exitCode: exitCodeOf(e) ?? 2, error: describeError(e), findings }
  }
}

/** Merged plans, written; in CI the outcomes are also posted on each plan's proposal. */
async function apply(inv: Invocation, session: Session, config: RepoConfig, workspace: FsWorkspace, hooks: ExecuteHooks): Promise<ApplyRun> {
  const { runApply } = await import('./apply.js')
  const dryRun = inv.delivery === 'dry-run'
  let forge: Forge | null = null
  if (session.ci && !dryRun) {
    const { openForge } = await import('./forge.js')
    try {
      forge = openForge(session, hooks.log).forge
    } catch (e) {
      hooks.log(`warning: the outcomes will not be posted on the proposals: ${describeError(e)}`)
    }
  }
  try {
    const run = await runApply(session, config, workspace, { paths: inv.args.positionals, dryRun, forge, log: hooks.log })
    if (forge && config.dashboard.enabled) {
      // The dashboard shows each job's last apply next to its state.
      const [dashboard, { renderOutcomesMarkdown }] = await Promise.all([openDashboard(forge, config, session), loadInTurn(() => import('../plans/markdown.js'))])
      for (const p of run.plans) if (p.plan && p.report) dashboard.amend(p.plan.job, { applied: { at: new Date().toISOString(), summary: session.egress.redact(renderOutcomesMarkdown(p.report)) } })
      await dashboard.publish(config.jobs.map((j) => j.name))
    }
    return run
  } finally {
    await forge?.close?.()
  }
}

/**
 * Writes to shared trackers happen only with consent a person gave for exactly them: in CI a plan is
 * applied by merging its proposal (never by `--apply`), and `--all-reporters` (which closes bugs people
 * filed) needs a manual run with `--yes`.
 */
function checkWriteConsent(inv: Invocation, session: Session): void {
  if (session.ci && inv.args.flags.get('apply') === true) {
    throw new UsageError(`--apply writes at once; in CI a plan is applied by merging its proposal (drop --apply)`, inv.name)
  }
  if (inv.args.flags.get('all-reporters') === true && session.ci) {
    const manual = session.env.GITHUB_EVENT_NAME === 'workflow_dispatch' || ['web', 'api', 'trigger'].includes(session.env.CI_PIPELINE_SOURCE ?? '')
    if (!manual || inv.args.flags.get('yes') !== true) {
      throw new UsageError('--all-reporters also closes bugs people filed (CVEs, build failures): it runs only on a manual dispatch, confirmed with --yes', inv.name)
    }
  }
}

async function applyComputed(report: RunReport, inv: Invocation, session: Session, config: RepoConfig, hooks: ExecuteHooks): Promise<PlanApplied[]> {
  const [{ applyNow }, { finalizePlan }] = await Promise.all([loadInTurn(() => import('./apply.js')), loadInTurn(() => import('../plans/serialize.js'))])
  const out: PlanApplied[] = []
  for (const { outcome } of report.jobs) {
    const draft = outcome.result?.plan
    if (!draft || outcome.exitCode !== 0) continue
    const plan = finalizePlan(draft, { job: outcome.job.name, now: new Date() })
    out.push(await applyNow(`(${inv.name})`, plan, session, config, { dryRun: inv.delivery === 'dry-run', forge: null, log: hooks.log }))
  }
  return out
}

/** The dashboard writes through the guard, like every proposal: whatever it posts passes the run's redactor. */
async function openDashboard(forge: Forge, config: RepoConfig, session: Session): Promise<Dashboard> {
  const [{ Dashboard }, { guardForge }] = await Promise.all([loadInTurn(() => import('../dashboard/update.js')), loadInTurn(() => import('../forge/guard.js'))])
  return Dashboard.open(guardForge(forge, session.egress.redact, new Set()), { title: config.dashboard.title })
}

/** Ticked boxes and schedules decide which jobs run now. */
async function steerJobs(dashboard: Dashboard | undefined, jobs: readonly JobConfig[], session: Session): Promise<Steering> {
  const { steer } = await import('../dashboard/steer.js')
  const scheduled = session.env.GITHUB_EVENT_NAME === 'schedule' || session.env.CI_PIPELINE_SOURCE === 'schedule' ? new Date() : undefined
  const schedules = scheduled && jobs.some((j) => j.schedule) ? await import('../jobs/schedule.js') : undefined
  return steer(dashboard, jobs, scheduled, (job, at) => {
    const parsed = job.schedule && schedules ? schedules.parseSchedule(job.schedule.expression) : undefined
    return parsed === undefined || typeof parsed === 'string' || parsed.matches(at)
  })
}

/** Each job's state, the pauses the boxes asked for, and the default branch's validation. */
async function recordRun(dashboard: Dashboard, report: RunReport, steering: Steering, config: RepoConfig, workspace: FsWorkspace, session: Session): Promise<void> {
  const { stateOf } = await import('../dashboard/steer.js')
  const now = new Date()
  for (const job of report.jobs) dashboard.record(stateOf(job, steering.paused.has(job.outcome.job.name), now, session.egress.redact))
  // A job left out keeps its last state; only a pause or resume of this run changes it.
  for (const job of steering.skipped.keys()) if (dashboard.paused.has(job) !== steering.paused.has(job)) dashboard.amend(job, { paused: steering.paused.has(job) ? true : undefined })
  const validate = await loadCommand('validate')
  if (!validate) return
  try {
    const result = await validate.run({
      workspace, config, args: { positionals: [], flags: new Map(), order: [] }, commandLine: 'poi-gitops validate', log: () => {},
      env: session.env, delivery: 'dry-run', credentials: session.credentials
    })
    const { errors, warnings } = countBySeverity(result.findings)
    dashboard.record({
      job: 'validate', outcome: `${errors} error(s), ${warnings} warning(s)`, since: now.toISOString(),
      findings: result.findings.slice(0, 200).map((f) => ({ ...f, message: session.egress.redact(f.message) }))
    })
  } catch (e) {
    // A repository with no inventory to validate has nothing to show there.
    if (!(e instanceof CommandError)) throw e
  }
}
