// Computes one job of poi-gitops.toml: its command's change set on an overlay
// of the repository, plus the exports regenerated from what it changed. The
// result is what the job proposes; nothing is written here. Whatever goes
// wrong stays in the job: an error becomes the job's outcome, never the run's.

import type { JobConfig, RepoConfig } from '../config/config.js'
import { changedFiles, type ChangeSet, type FileChange } from '../core/changeset.js'
import { OverlayWorkspace, readText, type Workspace } from '../core/workspace.js'
import { sha256 } from '../core/hash.js'
import type { PlanDraft } from '../plans/model.js'
import { commandName, loadCommand } from '../commands/registry.js'
import { loadInTurn } from '../core/load-in-turn.js'
import { CommandError, type CommandResult, type Delivery, type ExitCode, type LocalState } from '../commands/types.js'
import { parseArgs } from '../core/args.js'
import { describeError, exitCodeOf } from '../core/errors.js'
import type { Credentials } from '../core/credentials.js'
import type { Finding } from '../core/finding.js'

export interface JobOutcome {
  job: JobConfig
  exitCode: ExitCode
  /** Present when the job computed a change set (possibly with no changed file). */
  changeSet?: ChangeSet
  stdout?: string
  findings: Finding[]
  error?: string
  notes: string[]
  /** Last touches against the open proposal's memo (a plan's time): see ProposalRequest.finalize. */
  finalize?: (memo: Readonly<Record<string, string>>) => { changes: FileChange[]; memo: Record<string, string> }
  /** Files to keep in the working tree on a terminal (a resume point). */
  localState?: LocalState
  /** What the command printed for a terminal (the files a validation looked at, …). */
  result?: CommandResult
}

export interface JobContext {
  env: Readonly<Record<string, string | undefined>>
  credentials: Credentials
  delivery: Delivery
  log: (line: string) => void
  /** Regenerate the exports the change affects (a proposal carries them; a terminal diff shows the command's own change). */
  exports: boolean
  /** Handed to the command (CommandContext.whileWaiting). */
  whileWaiting?: () => void
}

export async function computeJob(job: JobConfig, config: RepoConfig, workspace: Workspace, ctx: JobContext): Promise<JobOutcome> {
  const base = { job, findings: [] as Finding[], notes: [] as string[] }
  try {
    return await compute(job, config, workspace, ctx, base)
  } catch (e) {
    const findings = (e as { findings?: Finding[] }).findings ?? []
    const localState = e instanceof CommandError ? e.localState : undefined
    return { ...base, exitCode: exitCodeOf(e) ?? 2, error: describeError(e), findings, ...(localState ? { localState } : {}) }
  }
}

async function compute(job: JobConfig, config: RepoConfig, workspace: Workspace, ctx: JobContext, base: Pick<JobOutcome, 'job' | 'findings' | 'notes'>): Promise<JobOutcome> {
  const { name, rest } = commandName(job.argv)
  const command = await loadCommand(name)
  if (!command) return { ...base, exitCode: 2, error: `'${name}' is not available in this version of poi-gitops` }
  const result = await command.run({
    workspace, config, args: parseArgs(command.spec, rest), commandLine: `poi-gitops ${job.run}`,
    log: ctx.log, env: ctx.env, delivery: ctx.delivery, credentials: ctx.credentials, ...(ctx.whileWaiting ? { whileWaiting: ctx.whileWaiting } : {})
  })
  const outcome: JobOutcome = { ...base, exitCode: result.exitCode, stdout: result.stdout, findings: result.findings, result, ...(result.localState ? { localState: result.localState } : {}) }
  const resultSet = result.changeSet ?? (result.plan && ctx.exports ? emptyChangeSet(`poi-gitops ${job.run}`) : undefined)
  if (!resultSet) return outcome
  const cs: ChangeSet = { ...resultSet, changes: await throughLinks(workspace, resultSet.changes) }
  outcome.changeSet = cs
  // A proposal carries the job's plan as plans/<job>.json, with the plan's own tables in its body.
  if (result.plan && ctx.exports) {
    const finalize = await addPlan(cs, result.plan, result.summary, job, config, workspace)
    if (finalize) outcome.finalize = finalize
  }
  const changed = changedFiles(cs.changes)
  // The export modules load only for a repository that configures exports (README, "Performance").
  if (changed.length === 0 || !ctx.exports || (!config.exports.contentResolver && !config.exports.hsRelmon)) return outcome
  const { regenerateExports } = await loadInTurn(() => import('./regenerate-exports.js'))
  const overlay = new OverlayWorkspace(workspace)
  for (const c of changed) overlay.set(c.path, c.after)
  const exports = await regenerateExports(config, overlay, changed.map((c) => c.path))
  const own = new Set(cs.changes.map((c) => c.path))
  cs.changes.push(...exports.changes.filter((c) => !own.has(c.path)))
  cs.records.push(...exports.records)
  outcome.notes.push(...exports.notes)
  return outcome
}

function emptyChangeSet(command: string): ChangeSet {
  return { changes: [], records: [], findings: [], complete: true, provenance: { command, inputs: [], services: {}, requests: {} } }
}

/**
 * The plan file of a job. An empty plan changes nothing: the last plan stays in the repository as the
 * record of what was approved, and an open proposal whose plan became empty is closed as any empty change.
 * `computed_at` keeps the previous file's time while the actions are the same, so a rerun writes nothing.
 */
async function addPlan(cs: ChangeSet, draft: PlanDraft, summary: string | undefined, job: JobConfig, config: RepoConfig, workspace: Workspace): Promise<JobOutcome['finalize']> {
  if (draft.actions.length === 0) return undefined
  const { finalizePlan, serializePlan } = await loadInTurn(() => import('../plans/serialize.js'))
  const path = `${config.plans.dir}/${job.name}.json`
  const before = await readText(workspace, path)
  const plan = finalizePlan(draft, { job: job.name, now: new Date(), previous: before })
  cs.changes.push({ path, before, after: serializePlan(plan) })
  if (before !== serializePlan(plan)) for (const a of draft.actions) cs.records.push({ file: path, package: String(a.target), kind: 'planned', reason: a.why, source: a.service })
  if (summary) cs.sections = [...(cs.sections ?? []), summary]
  // The open proposal remembers when these actions were first planned: the same actions keep that time.
  const actions = sha256(serializePlan({ ...plan, computed_at: '' })).slice(0, 16)
  return (memo) => {
    const [hash, at] = (memo[path] ?? '').split(' ')
    const kept = hash === actions && at ? { ...plan, computed_at: at } : plan
    return {
      changes: cs.changes.map((c) => (c.path === path ? { ...c, after: serializePlan(kept) } : c)),
      memo: { ...memo, [path]: `${actions} ${kept.computed_at}` }
    }
  }
}

/**
 * A change to a symbolic link inside the repository is a change to the file it points to: the
 * proposal commits the target and the link stays a link. Two spellings of one file are refused.
 */
async function throughLinks(workspace: Workspace, changes: readonly FileChange[]): Promise<FileChange[]> {
  const out: FileChange[] = []
  const seen = new Map<string, string>()
  for (const change of changes) {
    const real = await workspace.realPath(change.path)
    const other = seen.get(real)
    if (other !== undefined && other !== change.path) {
      throw new CommandError(`${change.path} and ${other} are the same file (${real}); change it through one path`, 1)
    }
    seen.set(real, change.path)
    out.push(real === change.path ? change : { ...change, path: real })
  }
  return out
}
