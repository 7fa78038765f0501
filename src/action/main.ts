// The GitHub Action: picks the command from the event, runs it with the
// repository's config, proposes what changed (one pull request per job), and
// reports where reviewers look: annotations, the job summary, outputs.

import * as core from '@actions/core'
import { appendFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMMAND_NAMES, FILE_CHANGING, PLANNED, commandName, hasCommand, loadCommand } from '../commands/registry.js'
import { CommandError, type ExitCode } from '../commands/types.js'
import { bool, parseArgs, str, UsageError } from '../core/args.js'
import { shellSplit, SplitError } from '../core/shell-split.js'
import { ConfigError, type RepoConfig } from '../config/config.js'
import { loadConfig, RUN_SPEC } from '../cli/main.js'
import { FsWorkspace } from '../core/workspace.js'
import { changedFiles } from '../core/changeset.js'
import { countBySeverity, type Finding } from '../core/finding.js'
import { formatGithub } from '../report/format.js'
import { renderRunSummary, renderValidationSummary } from '../report/summary.js'
import { adHocJob, runJobs, type RunReport } from '../jobs/run-jobs.js'
import { createForge, detectForge } from '../forge/detect.js'
import type { Forge } from '../forge/types.js'

/** `auto`: validate on pull/merge requests, run otherwise (interface.md). */
export function commandForEvent(input: string, event: string | undefined): string {
  if (input && input !== 'auto') return input
  return event === 'pull_request' || event === 'pull_request_target' || event === 'merge_request_event' ? 'validate' : 'run'
}

type Env = NodeJS.ProcessEnv

export async function run(env: Env = process.env): Promise<void> {
  const root = env.GITHUB_WORKSPACE ?? process.cwd()
  for (const secret of ['token', 'gitlab-token', 'bugzilla-api-key', 'distgit-token']) {
    const v = core.getInput(secret)
    if (v) core.setSecret(v)
  }
  let argv: string[]
  try {
    argv = [...shellSplit(commandForEvent(core.getInput('command'), env.GITHUB_EVENT_NAME)), ...shellSplit(core.getInput('args'))]
  } catch (e) {
    if (e instanceof SplitError) return fail(2, `invalid args: ${e.message}`)
    throw e
  }
  const { name, rest } = commandName(argv)
  if (name !== 'run' && !hasCommand(name)) {
    return fail(2, PLANNED.includes(name) ? `'${name}' is not available in this version of poi-gitops yet` : `unknown command '${name}' (commands: run, ${COMMAND_NAMES.join(', ')})`)
  }
  try {
    const config = await loadConfig(root, core.getInput('config') || undefined)
    if (name === 'run' || FILE_CHANGING.has(name)) await propose(name, rest, argv, config, root, env)
    else await single(name, rest, config, root, env)
  } catch (e) {
    if (e instanceof UsageError) return fail(2, `${e.message} (args: ${core.getInput('args')})`)
    if (e instanceof ConfigError) {
      report(e.findings, [], env)
      return fail(2, 'invalid poi-gitops configuration')
    }
    if (e instanceof CommandError) {
      report(e.findings, [], env)
      return fail(e.exitCode, e.message)
    }
    throw e
  }
}

/** validate, show, find: output, findings, annotations. */
async function single(name: string, rest: string[], config: RepoConfig, root: string, env: Env): Promise<void> {
  const command = await loadCommand(name)
  if (!command) throw new UsageError(`unknown command '${name}'`)
  const args = parseArgs(command.spec, rest)
  const workspace = new FsWorkspace(root)
  const globs = core.getInput('inventories').split('\n').map((s) => s.trim()).filter(Boolean)
  if (name === 'validate' && args.positionals.length === 0 && globs.length > 0) args.positionals.push(...(await workspace.glob(globs)))
  const result = await command.run({ workspace, config, args, commandLine: `poi-gitops ${[name, ...rest].join(' ')}`, log: (l) => core.info(l), env })
  if (result.stdout && name !== 'validate') core.info(result.stdout)
  report(result.findings, result.files ?? [], env)
  setProposalOutputs(undefined)
  if (result.exitCode !== 0) fail(result.exitCode, `${name} found ${countBySeverity(result.findings).errors} error(s)`)
}

/** run, or a file-changing command as a job named after it: one proposal per job. */
async function propose(name: string, rest: string[], argv: string[], config: RepoConfig, root: string, env: Env): Promise<void> {
  const spec = name === 'run' ? RUN_SPEC : (await loadCommand(name))?.spec
  if (!spec) throw new UsageError(`unknown command '${name}'`)
  const args = parseArgs(spec, rest)
  const only = str(args, 'job')
  const jobs = name !== 'run' ? [adHocJob(argv, only)] : only === undefined ? config.jobs : config.jobs.filter((j) => j.name === only)
  if (name === 'run' && only !== undefined && jobs.length === 0) throw new UsageError(`no job named '${only}' in ${config.path}`)
  let dryRun = core.getBooleanInput('dry-run') || bool(args, 'dry-run')
  let forge: Forge | null = null
  if (!dryRun) {
    const detection = detectForge(env, { token: core.getInput('token'), gitlabToken: core.getInput('gitlab-token') })
    if (detection.problem || !detection.target) throw new CommandError(detection.problem ?? 'no forge detected to propose to', 2)
    if (detection.target.context.readOnlyReason) {
      core.warning(`Nothing will be proposed: ${detection.target.context.readOnlyReason} has a read-only token.`)
      dryRun = true
    } else forge = createForge(detection.target)
  }
  const secrets = ['token', 'gitlab-token', 'bugzilla-api-key', 'distgit-token'].map((i) => core.getInput(i)).filter(Boolean)
  const started = Date.now()
  const result = await runJobs(jobs, config, new FsWorkspace(root), {
    forge, dryRun, base: core.getInput('base'), secrets, env,
    log: (l) => core.info(l),
    onJob: (job) => core.startGroup(`job ${job.name}: ${job.run}`),
    onJobDone: () => core.endGroup()
  })
  const findings = result.jobs.flatMap((j) => j.outcome.findings)
  report(findings, [], env, renderRunSummary(result, Date.now() - started))
  setProposalOutputs(result)
  if (result.exitCode !== 0) fail(result.exitCode, result.jobs.map((j) => j.outcome.error ?? (j.proposal?.operation === 'failed' ? `${j.outcome.job.name}: ${j.proposal.message}` : '')).filter(Boolean).join('; ') || 'a job failed')
}

const SIGNIFICANCE = ['created', 'updated', 'closed', 'blocked', 'failed', 'dry-run', 'unchanged', 'none'] as const

function setProposalOutputs(result: RunReport | undefined): void {
  const proposals = (result?.jobs ?? []).map(({ outcome, proposal }) => ({
    job: outcome.job.name, branch: proposal?.branch ?? null, operation: proposal?.operation ?? 'failed', url: proposal?.url ?? null,
    number: proposal?.number ?? null, files: proposal?.files ?? [], ...(outcome.error ? { error: outcome.error } : {})
  }))
  const changed = (result?.jobs ?? []).some((j) => changedFiles(j.outcome.changeSet?.changes ?? []).length > 0)
  const operation = SIGNIFICANCE.find((op) => proposals.some((p) => p.operation === op)) ?? 'none'
  const first = proposals.find((p) => p.url)
  core.setOutput('changed', String(changed))
  core.setOutput('operation', operation)
  core.setOutput('pull-request-url', first?.url ?? '')
  core.setOutput('pull-request-number', first?.number === null || first?.number === undefined ? '' : String(first.number))
  core.setOutput('proposals', JSON.stringify(proposals))
}

function report(findings: Finding[], files: string[], env: Env, summary?: string): void {
  const { errors, warnings } = countBySeverity(findings)
  process.stdout.write(formatGithub(findings))
  core.setOutput('errors', String(errors))
  core.setOutput('warnings', String(warnings))
  const reportPath = join(env.RUNNER_TEMP ?? env.GITHUB_WORKSPACE ?? process.cwd(), 'poi-gitops-report.json')
  writeFileSync(reportPath, JSON.stringify({ files, findings, errors, warnings }, null, 2))
  core.setOutput('report', reportPath)
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary ?? renderValidationSummary(findings, files))
}

function fail(code: ExitCode | number, message: string): void {
  core.setFailed(message)
  process.exitCode = code
}
