// The one delivery path, shared by the CLI and the action: each job is
// computed, then its change set is delivered the way the run asks — proposed
// (one pull/merge request per job), previewed as a proposal (--dry-run),
// printed as a diff, or written to the working tree. Jobs run in config
// order; a failing job is reported without stopping the others, and the exit
// code is the worst outcome.

import type { JobConfig, RepoConfig } from '../config/config.js'
import type { FsWorkspace, Workspace } from '../core/workspace.js'
import { worstExitCode, describeError, exitCodeOf, type ExitCode } from '../core/errors.js'
import type { Credentials } from '../core/credentials.js'
import type { Redactor } from '../core/redact.js'
import type { Delivery } from '../commands/types.js'
import type { Forge, ProposalOutcome } from '../forge/types.js'
import { requestCounts } from '../sources/stats.js'
import { computeJob, type JobOutcome } from './compute-job.js'
import { lazyModule } from '../core/load-in-turn.js'

export interface JobReport {
  outcome: JobOutcome
  proposal?: ProposalOutcome
  /** 'preview': the unified diff of the change. */
  diff?: string
  /** 'write': the paths written or deleted. */
  written?: string[]
  /** The job's exit code, delivery included. */
  exitCode: ExitCode
}

export interface RunReport {
  jobs: JobReport[]
  exitCode: ExitCode
  /** Requests per host over the whole run: every job's services and the forge, in one set of counters. */
  requests: Record<string, number>
}

export interface RunOptions {
  delivery: Delivery
  /** The forge for 'propose'; null otherwise. */
  forge: Forge | null
  /** The workspace to write to for 'write'. */
  writer?: FsWorkspace
  /** The action's `base` input; a job's or [proposal]'s base wins over it. */
  base?: string
  /** The run's egress redactor. */
  redact: Redactor
  credentials: Credentials
  env: Readonly<Record<string, string | undefined>>
  log: (line: string) => void
  /** Jobs whose proposal a person handed back (the dashboard's box): their branch is regenerated. */
  regenerate?: ReadonlySet<string>
  /** Called as each job starts and ends, for log groups. */
  onJob?: (job: JobConfig) => void
  onJobDone?: (report: JobReport) => void
}

/** The engine and the diff: loaded once a job has something to deliver, or while its command waits. */
const delivery = lazyModule(() => import('./deliver.js'))

export async function runJobs(jobs: readonly JobConfig[], config: RepoConfig, workspace: Workspace, options: RunOptions): Promise<RunReport> {
  const reports: JobReport[] = []
  for (const job of jobs) {
    options.onJob?.(job)
    const report = await runJob(job, config, workspace, options)
    options.onJobDone?.(report)
    reports.push(report)
  }
  return { jobs: reports, exitCode: worstExitCode(reports.map((r) => r.exitCode)), requests: runRequests(reports, options.forge) }
}

function runRequests(reports: readonly JobReport[], forge: Forge | null): Record<string, number> {
  const sources = reports.map((r) => r.outcome.changeSet?.provenance.requests ?? {})
  if (forge?.stats) sources.push(requestCounts([forge.stats()]))
  const out: Record<string, number> = {}
  for (const counts of sources) for (const [host, n] of Object.entries(counts)) out[host] = (out[host] ?? 0) + n
  return out
}

async function runJob(job: JobConfig, config: RepoConfig, workspace: Workspace, options: RunOptions): Promise<JobReport> {
  const exports = options.delivery === 'propose' || options.delivery === 'dry-run'
  // The delivery path loads while the command waits on the network (or after it, for a command that never waits).
  const outcome = await computeJob(job, config, workspace, { env: options.env, credentials: options.credentials, delivery: options.delivery, log: options.log, exports, whileWaiting: delivery.warm })
  const report: JobReport = { outcome, exitCode: outcome.exitCode }
  for (const note of outcome.notes) options.log(`note: ${note}`)
  try {
    // Local state (a resume point) belongs to the working tree of a terminal, whatever became of the job.
    if (outcome.localState && options.writer && (options.delivery === 'preview' || options.delivery === 'write')) {
      for (const path of await options.writer.keep(outcome.localState)) options.log(`kept ${path}`)
    }
    await (await delivery.get()).deliver(job, config, report, options)
  } catch (e) {
    // Delivery failures (a conflict on --write, a forge that broke mid-way) stay in this job.
    report.exitCode = worstExitCode([report.exitCode, exitCodeOf(e) ?? 2])
    outcome.error = describeError(e)
  }
  return report
}

/** A single command run outside `run` is a job named after the command (or --job), so a repeated dispatch updates the same proposal. */
export function adHocJob(argv: readonly string[], jobName: string | undefined): JobConfig {
  const name = jobName ?? (argv[0] === 'export' && argv[1] ? `export-${argv[1]}` : argv[0] ?? '')
  return { name, run: argv.join(' '), argv: [...argv], line: 0, proposal: {} }
}
