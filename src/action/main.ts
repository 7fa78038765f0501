// The GitHub Action: picks the command from the event, runs it with the
// repository's config through the same path as the CLI, and reports where
// reviewers look: annotations, the job summary, outputs. Every line goes
// through the session's egress: secrets redacted (with their encodings),
// data defused so that it cannot pose as a workflow command.

import * as core from '@actions/core'
import { join } from 'node:path'
import { CONFIG_FILE, ConfigError } from '../config/config.js'
import { loadConfig } from '../config/load.js'
import { FsWorkspace } from '../core/workspace.js'
import { changedFiles } from '../core/changeset.js'
import { inputVariable } from '../core/credentials.js'
import { describeError, exitCodeOf, type ExitCode } from '../core/errors.js'
import { countBySeverity, type Finding } from '../core/finding.js'
import { shellSplit } from '../core/shell-split.js'
import { formatGithub } from '../report/format.js'
import { annotation, groupEnd, groupStart } from '../report/workflow-commands.js'
import { redactFinding, renderRunSummary, renderValidationSummary, type JobSummary } from '../report/summary.js'
import { parseInvocation } from '../app/invocation.js'
import { execute, type Execution } from '../app/execute.js'
import { createSession, type Session } from '../app/session.js'
import { readEvent } from './event.js'
import { untrustedReason } from '../forge/fork.js'
import { argvForPush, pushToDefaultBranch } from '../app/auto.js'
import { renderApplySummary } from '../report/apply-summary.js'
import { codeSpan } from '../core/markdown.js'

/** `auto`: validate on pull/merge requests, run otherwise. */
export function commandForEvent(input: string, event: string | undefined): string {
  if (input && input !== 'auto') return input
  return event === 'pull_request' || event === 'pull_request_target' || event === 'merge_request_event' ? 'validate' : 'run'
}

type Env = Readonly<Record<string, string | undefined>>

const input = (env: Env, name: string): string => (env[inputVariable(name)] ?? '').trim()

export async function run(env: Env = process.env): Promise<void> {
  const session = createSession(env)
  // Registered with the runner's masking too, for whatever other steps print.
  for (const secret of session.egress.secrets) session.egress.mask(secret)
  const root = env.GITHUB_WORKSPACE ?? process.cwd()
  try {
    const payload = readEvent(env)
    let argv = [...shellSplit(commandForEvent(input(env, 'command'), env.GITHUB_EVENT_NAME)), ...shellSplit(input(env, 'args'))]
    const untrusted = untrustedReason(env, payload)
    if (untrusted && argv[0] !== 'validate') {
      session.egress.out(`${annotation('notice', `This is ${untrusted}: poi-gitops validates the inventories and proposes nothing (the command "${argv.join(' ')}" was not run).`)}\n`)
      argv = ['validate']
    }
    // The input's default is the default file: only another value is a file the user named.
    const named = input(env, 'config')
    const configPath = named === '' || named === CONFIG_FILE ? undefined : named
    const auto = input(env, 'command') === '' || input(env, 'command') === 'auto'
    const push = auto && !untrusted ? pushToDefaultBranch(session, payload) : undefined
    // A push that merged plans applies them; any other push runs the jobs.
    if (push) argv = await argvForPush(session, argv, { cwd: root, ci: true, root }, push, configPath)
    if (env[inputVariable('dry-run')] === 'true' && !argv.includes('--dry-run')) argv.push('--dry-run')
    const inv = await parseInvocation(argv, { cwd: root, ci: true, root })
    const workspace = new FsWorkspace(inv.root)
    const config = await loadConfig(workspace, configPath ?? inv.config)
    if (inv.name === 'jobs') {
      // For a matrix: one entry per [[job]], with its name, command line and branch.
      setOutput(session, 'jobs', JSON.stringify(config.jobs.map((j) => ({ name: j.name, run: j.run, branch: config.proposal.branchPrefix + j.name }))))
      return
    }
    const globs = input(env, 'inventories').split('\n').map((s) => s.trim()).filter(Boolean)
    if (inv.name === 'validate' && inv.args.positionals.length === 0 && globs.length > 0) inv.args.positionals.push(...(await workspace.glob(globs)))
    const started = Date.now()
    const execution = await execute(inv, session, config, workspace, {
      log: (line) => session.egress.out(`${line}\n`),
      onJob: (job) => session.egress.out(`${groupStart(`job ${job.name}: ${job.run}`)}\n`),
      onJobDone: (report) => {
        if (report.outcome.error !== undefined) session.egress.out(`error: job ${report.outcome.job.name}: ${report.outcome.error}\n`)
        session.egress.out(`${groupEnd()}\n`)
      },
      base: input(env, 'base') || undefined
    })
    report(execution, session, env, Date.now() - started)
  } catch (e) {
    if (e instanceof ConfigError) {
      session.egress.out(formatGithub(e.findings))
      return fail(session, 2, 'invalid poi-gitops configuration')
    }
    return fail(session, exitCodeOf(e) ?? 2, describeError(e))
  }
}

function report(execution: Execution, session: Session, env: Env, elapsedMs: number): void {
  const redact = session.egress.redact
  if (execution.kind === 'apply') {
    const { run } = execution
    findings(session, env, run.plans.flatMap((p) => p.findings).map((f) => redactFinding(f, redact)), run.plans.map((p) => p.path), renderApplySummary(run))
    setProposalOutputs(session, undefined)
    const failed = run.plans.filter((p) => p.exitCode !== 0).map((p) => `${p.path}: ${p.error ?? 'some actions failed'}`)
    if (run.exitCode !== 0) fail(session, run.exitCode, failed.join('; '))
    return
  }
  if (execution.kind === 'command') {
    const { result } = execution
    if (result?.stdout && execution.name !== 'validate') session.egress.out(result.stdout)
    const list = execution.findings.map((f) => redactFinding(f, redact))
    // A command with its own Markdown (semver-audit's table) shows it; validate shows its findings.
    const summary = result?.summary ? `## poi-gitops ${execution.name}\n\n${result.summary}\n` : renderValidationSummary(list, result?.files ?? [])
    findings(session, env, list, result?.files ?? [], summary)
    setProposalOutputs(session, undefined)
    if (execution.error !== undefined) return fail(session, execution.exitCode, execution.error)
    if (execution.exitCode !== 0) fail(session, execution.exitCode, `${execution.name} found ${countBySeverity(execution.findings).errors} error(s)`)
    return
  }
  if (execution.notice) session.egress.out(`${annotation('warning', execution.notice)}\n`)
  const { report: run } = execution
  const all = run.jobs.flatMap((j) => j.outcome.findings).map((f) => redactFinding(f, redact))
  const rows: JobSummary[] = run.jobs.map(({ outcome, proposal }) => ({
    job: outcome.job.name,
    operation: proposal?.operation ?? 'not proposed',
    ...(proposal?.url ? { url: proposal.url } : {}),
    files: proposal?.files.length ?? changedFiles(outcome.changeSet?.changes ?? []).length,
    notes: [outcome.error, proposal?.message, ...outcome.notes].filter((n): n is string => Boolean(n)).map(redact)
  }))
  const sections = run.jobs.filter((j) => j.outcome.result?.summary).map((j) => `### ${codeSpan(j.outcome.job.name)}\n\n${j.outcome.result!.summary}\n`)
  findings(session, env, all, [], renderRunSummary(rows, elapsedMs, all, run.requests) + (sections.length ? `\n${sections.join('\n')}` : ''))
  setProposalOutputs(session, execution)
  if (run.exitCode !== 0) {
    const why = run.jobs.map((j) => (j.outcome.error !== undefined ? `job ${j.outcome.job.name}: ${j.outcome.error}` : undefined) ?? (j.proposal?.operation === 'failed' ? `${j.outcome.job.name}: ${j.proposal.message ?? 'failed'}` : '')).filter(Boolean)
    fail(session, run.exitCode, why.join('; ') || 'a job failed')
  }
}

/** Annotations, the errors/warnings/report outputs, the JSON report and the job summary. */
function findings(session: Session, env: Env, list: Finding[], files: string[], summary: string): void {
  const { errors, warnings } = countBySeverity(list)
  session.egress.out(formatGithub(list))
  setOutput(session, 'errors', String(errors))
  setOutput(session, 'warnings', String(warnings))
  const reportPath = join(env.RUNNER_TEMP ?? env.GITHUB_WORKSPACE ?? process.cwd(), 'poi-gitops-report.json')
  session.egress.writeFile(reportPath, JSON.stringify({ files, findings: list, errors, warnings }, null, 2))
  setOutput(session, 'report', reportPath)
  if (env.GITHUB_STEP_SUMMARY) session.egress.appendFile(env.GITHUB_STEP_SUMMARY, summary)
}

const SIGNIFICANCE = ['created', 'updated', 'closed', 'blocked', 'failed', 'dry-run', 'unchanged', 'none'] as const

function setProposalOutputs(session: Session, execution: Extract<Execution, { kind: 'jobs' }> | undefined): void {
  const jobs = execution?.report.jobs ?? []
  const proposals = jobs.map(({ outcome, proposal }) => ({
    job: outcome.job.name, branch: proposal?.branch ?? null, operation: proposal?.operation ?? 'failed', url: proposal?.url ?? null,
    number: proposal?.number ?? null, files: proposal?.files ?? [], ...(outcome.error ? { error: outcome.error } : {}),
    ...(proposal?.held ? { held: proposal.held } : {}), ...(proposal?.autoMerge ? { automerge: proposal.autoMerge } : {})
  }))
  const changed = jobs.some((j) => changedFiles(j.outcome.changeSet?.changes ?? []).length > 0)
  const operation = SIGNIFICANCE.find((op) => proposals.some((p) => p.operation === op)) ?? 'none'
  const first = proposals.find((p) => p.url)
  setOutput(session, 'changed', String(changed))
  setOutput(session, 'operation', operation)
  setOutput(session, 'pull-request-url', first?.url ?? '')
  setOutput(session, 'pull-request-number', first?.number === null || first?.number === undefined ? '' : String(first.number))
  setOutput(session, 'proposals', JSON.stringify(proposals))
}

function setOutput(session: Session, name: string, value: string): void {
  core.setOutput(name, session.egress.redact(value))
}

function fail(session: Session, code: ExitCode, message: string): void {
  session.egress.out(`${annotation('error', message)}\n`)
  process.exitCode = code
}
