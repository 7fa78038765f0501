// Runs what an invocation asks for: a read-only command once, or jobs (every
// [[job]] for `run`, or a single command as a job named after it) through the
// one delivery path of src/jobs. Entry points only render what comes back.

import type { RepoConfig } from '../config/config.js'
import type { FsWorkspace } from '../core/workspace.js'
import { describeError, exitCodeOf, type ExitCode } from '../core/errors.js'
import { UsageError } from '../core/args.js'
import type { Finding } from '../core/finding.js'
import { loadCommand, proposes } from '../commands/registry.js'
import type { CommandResult, Delivery } from '../commands/types.js'
import type { JobConfig } from '../config/config.js'
import type { Forge } from '../forge/types.js'
import type { JobReport, RunReport } from '../jobs/run-jobs.js'
import type { Invocation } from './invocation.js'
import type { Session } from './session.js'

export type Execution =
  | { kind: 'command'; name: string; result?: CommandResult; exitCode: ExitCode; error?: string; findings: Finding[] }
  | { kind: 'jobs'; report: RunReport; delivery: Delivery; notice?: string }

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
      notice = `Nothing will be proposed: ${opened.readOnlyReason} has a read-only token.`
      delivery = 'dry-run'
    } else forge = opened.forge
  }
  let report
  try {
    report = await runJobs(jobs, config, workspace, {
      delivery, forge, writer: workspace, redact: session.egress.redact, credentials: session.credentials, env: session.env,
      log: hooks.log, onJob: hooks.onJob, onJobDone: hooks.onJobDone, base: hooks.base
    })
  } finally {
    await forge?.close?.()
  }
  return { kind: 'jobs', report, delivery, ...(notice ? { notice } : {}) }
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
