// Delivering a job's change set the way the run asks: a unified diff on a
// terminal, a write to the working tree, or a proposal (dry-run or real)
// through the proposal engine. Loaded by run-jobs.ts once there is something to
// deliver (or while the command waits on the network), since the engine and
// jsdiff are most of what a run loads after its command.

import type { JobConfig, RepoConfig } from '../config/config.js'
import { changedFiles } from '../core/changeset.js'
import { unifiedDiffs } from '../core/diff.js'
import { describeError, worstExitCode } from '../core/errors.js'
import { noteRefreshFailure, propose } from '../forge/engine.js'
import type { ProposalRequest } from '../forge/types.js'
import { commandEntry, commandName } from '../commands/registry.js'
import type { JobOutcome } from './compute-job.js'
import type { JobReport, RunOptions } from './run-jobs.js'

export async function deliver(job: JobConfig, config: RepoConfig, report: JobReport, options: RunOptions): Promise<void> {
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
