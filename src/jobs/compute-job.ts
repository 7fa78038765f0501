// Computes one job of poi-gitops.toml: its command's change set on an overlay
// of the repository, plus the exports regenerated from what it changed. The
// result is what the job proposes; nothing is written here.

import type { JobConfig, RepoConfig } from '../config/config.js'
import { changedFiles, type ChangeSet } from '../core/changeset.js'
import { OverlayWorkspace, type Workspace } from '../core/workspace.js'
import { commandName, loadCommand } from '../commands/registry.js'
import { CommandError, type CommandResult, type ExitCode } from '../commands/types.js'
import { parseArgs, UsageError } from '../core/args.js'
import { regenerateExports } from './regenerate-exports.js'
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
}

export async function computeJob(job: JobConfig, config: RepoConfig, workspace: Workspace, env: Readonly<Record<string, string | undefined>>, log: (line: string) => void): Promise<JobOutcome> {
  const { name, rest } = commandName(job.argv)
  const command = await loadCommand(name)
  const base = { job, findings: [] as Finding[], notes: [] as string[] }
  if (!command) return { ...base, exitCode: 2, error: `job ${job.name}: '${name}' is not available in this version of poi-gitops` }
  let result: CommandResult
  try {
    result = await command.run({ workspace, config, args: parseArgs(command.spec, rest), commandLine: `poi-gitops ${job.run}`, log, env })
  } catch (e) {
    if (e instanceof UsageError) return { ...base, exitCode: 2, error: `job ${job.name}: ${e.message}` }
    if (e instanceof CommandError) return { ...base, exitCode: e.exitCode, error: `job ${job.name}: ${e.message}`, findings: e.findings }
    throw e
  }
  const outcome: JobOutcome = { ...base, exitCode: result.exitCode, stdout: result.stdout, findings: result.findings, changeSet: result.changeSet }
  const cs = result.changeSet
  if (!cs) return outcome
  const changed = changedFiles(cs.changes)
  if (changed.length === 0) return outcome
  const overlay = new OverlayWorkspace(workspace)
  for (const c of changed) overlay.set(c.path, c.after)
  try {
    const exports = await regenerateExports(config, overlay, changed.map((c) => c.path))
    const own = new Set(cs.changes.map((c) => c.path))
    cs.changes.push(...exports.changes.filter((c) => !own.has(c.path)))
    cs.records.push(...exports.records)
    outcome.notes.push(...exports.notes)
  } catch (e) {
    if (!(e instanceof CommandError)) throw e
    return { ...outcome, exitCode: e.exitCode, error: `job ${job.name}: ${e.message}`, findings: [...outcome.findings, ...e.findings], changeSet: undefined }
  }
  return outcome
}
