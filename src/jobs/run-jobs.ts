// Runs jobs and hands each one's change set to the proposal engine: one
// proposal per job, jobs in config order, a failing job reported without
// stopping the others, and the exit code of the worst outcome.

import type { JobConfig, RepoConfig } from '../config/config.js'
import type { Workspace } from '../core/workspace.js'
import type { ExitCode } from '../commands/types.js'
import { changedFiles } from '../core/changeset.js'
import { noteRefreshFailure, propose } from '../forge/engine.js'
import type { Forge, ProposalOutcome, ProposalRequest } from '../forge/types.js'
import { requestCounts } from '../sources/stats.js'
import { computeJob, type JobOutcome } from './compute-job.js'

export interface JobReport {
  outcome: JobOutcome
  proposal?: ProposalOutcome
}

export interface RunReport {
  jobs: JobReport[]
  exitCode: ExitCode
  /** Requests per host over the whole run: every job's services and the forge, in one set of counters. */
  requests: Record<string, number>
}

export interface RunOptions {
  /** null = no forge: every proposal is rendered as a dry run. */
  forge: Forge | null
  dryRun: boolean
  /** The action's `base` input; a job's or [proposal]'s base wins over it. */
  base?: string
  /** Values never to post (API keys); the forge token is added by the engine. */
  secrets: string[]
  env: Readonly<Record<string, string | undefined>>
  log: (line: string) => void
  /** Called as each job starts, for log groups. */
  onJob?: (job: JobConfig) => void
  onJobDone?: (report: JobReport) => void
}

export function proposalRequest(job: JobConfig, config: RepoConfig, outcome: JobOutcome, options: Pick<RunOptions, 'dryRun' | 'base'>): ProposalRequest | undefined {
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
    draft: job.proposal.draft ?? p.draft,
    dryRun: options.dryRun
  }
}

const RANK: Record<ExitCode, number> = { 0: 0, 1: 1, 3: 2, 2: 3 }

export function worst(codes: readonly ExitCode[]): ExitCode {
  return codes.reduce<ExitCode>((w, c) => (RANK[c] > RANK[w] ? c : w), 0)
}

export async function runJobs(jobs: readonly JobConfig[], config: RepoConfig, workspace: Workspace, options: RunOptions): Promise<RunReport> {
  const reports: JobReport[] = []
  for (const job of jobs) {
    options.onJob?.(job)
    const outcome = await computeJob(job, config, workspace, options.env, options.log)
    const report: JobReport = { outcome }
    if (outcome.error) options.log(`error: ${outcome.error}`)
    for (const note of outcome.notes) options.log(`note: ${note}`)
    const request = proposalRequest(job, config, outcome, options)
    // A job that failed before computing anything leaves its proposal untouched;
    // when a remote service failed, the proposal says so in one comment.
    if (!request && outcome.exitCode === 3 && options.forge && !options.dryRun) {
      try {
        const n = await noteRefreshFailure(options.forge, config.proposal.branchPrefix + job.name, outcome.error ?? 'a remote service failed', { secrets: options.secrets })
        if (n !== null) options.log(`${job.name}: left the open proposal as it was and commented that the refresh failed`)
      } catch (e) {
        options.log(`warning: ${job.name}: could not comment on the proposal: ${e instanceof Error ? e.message : String(e)}`)
      }
    }
    if (request) {
      const files = changedFiles(request.changeSet.changes).length
      options.log(`${job.name}: ${files} file(s) changed`)
      try {
        report.proposal = await propose(options.forge, request, { secrets: options.secrets })
      } catch (e) {
        report.proposal = { job: job.name, branch: request.branch, operation: 'failed', files: [], message: e instanceof Error ? e.message : String(e), warnings: [] }
      }
      if (report.proposal.message) options.log(`${job.name}: ${report.proposal.operation}: ${report.proposal.message}`)
      else options.log(`${job.name}: ${report.proposal.operation}${report.proposal.url ? ` ${report.proposal.url}` : ''}`)
    }
    options.onJobDone?.(report)
    reports.push(report)
  }
  const codes = reports.map((r) => (r.proposal?.operation === 'failed' && r.outcome.exitCode === 0 ? 3 : r.outcome.exitCode))
  return { jobs: reports, exitCode: worst(codes), requests: runRequests(reports, options.forge) }
}

function runRequests(reports: readonly JobReport[], forge: Forge | null): Record<string, number> {
  const sources = reports.map((r) => r.outcome.changeSet?.provenance.requests ?? {})
  if (forge?.stats) sources.push(requestCounts([forge.stats()]))
  const out: Record<string, number> = {}
  for (const counts of sources) for (const [host, n] of Object.entries(counts)) out[host] = (out[host] ?? 0) + n
  return out
}

/** A single command run outside `run` is a job named after the command (or --job), so a repeated dispatch updates the same proposal. */
export function adHocJob(argv: readonly string[], jobName: string | undefined): JobConfig {
  const name = jobName ?? (argv[0] === 'export' && argv[1] ? `export-${argv[1]}` : argv[0])
  return { name, run: argv.join(' '), argv: [...argv], line: 0, proposal: {} }
}
