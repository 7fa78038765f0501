// The one delivery path, shared by the CLI and the action: each job is
// computed, then its change set is delivered the way the run asks — proposed
// (one pull/merge request per job), previewed as a proposal (--dry-run),
// printed as a diff, or written to the working tree. Jobs run in config
// order; a failing job is reported without stopping the others, and the exit
// code is the worst outcome.

import type { JobConfig, RepoConfig } from '../config/config.js'
import type { FsWorkspace, Workspace } from '../core/workspace.js'
import { worstExitCode, describeError, exitCodeOf, type ExitCode } from '../core/errors.js'
import { changedFiles } from '../core/changeset.js'
import { unifiedDiffs } from '../core/diff.js'
import type { Credentials } from '../core/credentials.js'
import type { Redactor } from '../core/redact.js'
import type { Delivery } from '../commands/types.js'
import { noteRefreshFailure, propose } from '../forge/engine.js'
import type { Forge, ProposalOutcome, ProposalRequest } from '../forge/types.js'
import { requestCounts } from '../sources/stats.js'
import { computeJob, type JobOutcome } from './compute-job.js'
import { commandEntry, commandName } from '../commands/registry.js'

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

export function proposalRequest(job: JobConfig, config: RepoConfig, outcome: JobOutcome, options: Pick<RunOptions, 'delivery' | 'base' | 'regenerate'>): ProposalRequest | undefined {
  if (!outcome.changeSet) return undefined
  const p = config.proposal
  return {
    job: job.name,
    branch: p.branchPrefix + job.name,
    base: job.proposal.base ?? p.base ?? (options.base || undefined),
    title: job.proposal.title,
    changeSet: outcome.changeSet,
    labels: job.proposal.labels ?? p.labels,
    reviewers: job.proposal.reviewers ?? p.reviewers,
    ...teamReviewers(job, config),
    draft: job.proposal.draft ?? p.draft,
    policy: {
      update: job.proposal.update ?? p.update,
      review: job.proposal.review ?? p.review,
      // [proposal] automerge is no default for a job that plans writes: merging its proposal is a person's approval.
      automerge: job.proposal.automerge ?? (plansWrites(job) ? false : p.automerge),
      ...minInterval(job, config),
      ...(p.maxOpen !== undefined ? { maxOpen: { limit: p.maxOpen, branchPrefix: p.branchPrefix } } : {})
    },
    dryRun: options.delivery !== 'propose',
    ...(options.regenerate?.has(job.name) ? { regenerate: true } : {}),
    ...(outcome.finalize ? { finalize: outcome.finalize } : {}),
    reservedBranches: reservedBranches(config, options.base),
    branchOrigin: job.line > 0 ? `the name of job "${job.name}" (${config.path}, line ${job.line}) or [proposal] branch-prefix` : `--job (or the command name) or [proposal] branch-prefix`
  }
}

/** The job's team reviewers (its own, else [proposal]'s), and where they are written. */
function teamReviewers(job: JobConfig, config: RepoConfig): Pick<ProposalRequest, 'teamReviewers' | 'teamReviewersOrigin'> {
  const own = job.proposal.teamReviewers !== undefined
  const teams = own ? job.proposal.teamReviewers : config.proposal.teamReviewers
  const at = own ? job.proposal.teamReviewersAt : config.proposal.teamReviewersAt
  if (!teams || teams.length === 0) return {}
  return { teamReviewers: teams, ...(at ? { teamReviewersOrigin: `${config.path}:${at.line}:${at.column}` } : {}) }
}

function minInterval(job: JobConfig, config: RepoConfig): { minIntervalMs?: number } {
  const ms = job.proposal.minIntervalMs ?? config.proposal.minIntervalMs
  return ms === undefined ? {} : { minIntervalMs: ms }
}

function plansWrites(job: JobConfig): boolean {
  return commandEntry(commandName(job.argv).name)?.effect === 'plan'
}

/** Every base any job proposes into: no proposal branch may be one of them. */
function reservedBranches(config: RepoConfig, inputBase: string | undefined): string[] {
  const bases = new Set<string>()
  for (const b of [config.proposal.base, inputBase || undefined, ...config.jobs.map((j) => j.proposal.base)]) if (b) bases.add(b)
  return [...bases]
}

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
  const outcome = await computeJob(job, config, workspace, { env: options.env, credentials: options.credentials, delivery: options.delivery, log: options.log, exports })
  const report: JobReport = { outcome, exitCode: outcome.exitCode }
  for (const note of outcome.notes) options.log(`note: ${note}`)
  try {
    // Local state (a resume point) belongs to the working tree of a terminal, whatever became of the job.
    if (outcome.localState && options.writer && (options.delivery === 'preview' || options.delivery === 'write')) {
      for (const path of await options.writer.keep(outcome.localState)) options.log(`kept ${path}`)
    }
    await deliver(job, config, report, options)
  } catch (e) {
    // Delivery failures (a conflict on --write, a forge that broke mid-way) stay in this job.
    report.exitCode = worstExitCode([report.exitCode, exitCodeOf(e) ?? 2])
    outcome.error = describeError(e)
  }
  return report
}

async function deliver(job: JobConfig, config: RepoConfig, report: JobReport, options: RunOptions): Promise<void> {
  const { outcome } = report
  const changes = changedFiles(outcome.changeSet?.changes ?? [])
  switch (options.delivery) {
    case 'preview':
      report.diff = unifiedDiffs(changes)
      return
    case 'write':
      if (!options.writer) throw new Error('--write needs a working tree')
      // A partial result (a failed listing) is never written: it could remove what it did not see.
      if (outcome.changeSet && !outcome.changeSet.complete && outcome.changeSet.records.some((r) => r.kind === 'removed')) return
      report.written = changes.length > 0 ? await options.writer.write(changes) : []
      return
    case 'propose':
    case 'dry-run':
      return deliverProposal(job, config, report, options)
  }
}

async function deliverProposal(job: JobConfig, config: RepoConfig, report: JobReport, options: RunOptions): Promise<void> {
  const { outcome } = report
  const request = proposalRequest(job, config, outcome, options)
  const forge = options.delivery === 'propose' ? options.forge : null
  // A job that failed before computing anything leaves its proposal untouched;
  // when a remote service failed, the proposal says so in one comment.
  if (!request) {
    if (outcome.exitCode === 3 && forge) {
      try {
        const n = await noteRefreshFailure(forge, config.proposal.branchPrefix + job.name, outcome.error ?? 'a remote service failed', { redact: options.redact })
        if (n !== null) options.log(`${job.name}: left the open proposal as it was and commented that the refresh failed`)
      } catch (e) {
        options.log(`warning: ${job.name}: could not comment on the proposal: ${describeError(e)}`)
      }
    }
    return
  }
  options.log(`${job.name}: ${changedFiles(request.changeSet.changes).length} file(s) changed`)
  const proposal = await propose(forge, request, { redact: options.redact })
  report.proposal = proposal
  if (proposal.operation === 'failed') report.exitCode = worstExitCode([report.exitCode, proposal.exitCode ?? 3])
  if (proposal.message) options.log(`${job.name}: ${proposal.operation}: ${proposal.message}`)
  else options.log(`${job.name}: ${proposal.operation}${proposal.url ? ` ${proposal.url}` : ''}`)
}

/** A single command run outside `run` is a job named after the command (or --job), so a repeated dispatch updates the same proposal. */
export function adHocJob(argv: readonly string[], jobName: string | undefined): JobConfig {
  const name = jobName ?? (argv[0] === 'export' && argv[1] ? `export-${argv[1]}` : argv[0] ?? '')
  return { name, run: argv.join(' '), argv: [...argv], line: 0, proposal: {} }
}
