// The CLI (also what a GitLab CI job runs): parse the invocation, load the
// repository config, execute, then render for a terminal or a CI log. Every
// byte goes out through the session's egress (secrets redacted, CI logs
// defused). Exit codes: README, "Exit codes".

import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { bool, helpText, parseArgs, str, UsageError, type CommandSpec } from '../core/args.js'
import { ConfigError } from '../config/config.js'
import { loadConfig } from '../config/load.js'
import { FsWorkspace } from '../core/workspace.js'
import { describeError, exitCodeOf, worstExitCode, type ExitCode } from '../core/errors.js'
import type { Finding } from '../core/finding.js'
import { printable } from '../core/text.js'
import { shellSplit } from '../core/shell-split.js'
import { formatFindings, formatText } from '../report/format.js'
import { VERSION } from '../version.js'
import { commandGroups, globalFlagsOf, parseInvocation, type Invocation } from '../app/invocation.js'
import { argvForPush, pushToDefaultBranch } from '../app/auto.js'
import { execute, type Execution } from '../app/execute.js'
import { createSession, type Session } from '../app/session.js'
import type { JobReport } from '../jobs/run-jobs.js'
import type { Delivery } from '../commands/types.js'

export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  env: Readonly<Record<string, string | undefined>>
}

export function usage(): string {
  const groups = commandGroups()
  const width = Math.max(...groups.flatMap((g) => g.commands.map((c) => c.name.length)), 'run'.length)
  const row = (name: string, summary: string) => `  ${name.padEnd(width)}  ${summary}\n`
  let out = `poi-gitops ${VERSION}: packages-of-interest inventories, the GitOps way\n\nUsage: poi-gitops COMMAND [OPTIONS]\n`
  for (const g of groups) {
    out += `\n${g.title}:\n`
    for (const c of g.commands) out += row(c.name, c.available ? c.summary : `${c.summary} (not yet available)`)
  }
  out += '\nGitOps:\n' + row('run', 'run every [[job]] of poi-gitops.toml; each becomes one pull/merge request') +
    row('apply', 'perform merged plans (plans/<job>.json), re-reading each target before its write') +
    row('jobs', 'list the jobs (--json for a CI matrix)') +
    row('ci', 'what a CI job runs: POI_GITOPS_COMMAND and POI_GITOPS_ARGS, split like shell words')
  return `${out}\nRun 'poi-gitops COMMAND --help' for a command's options.\n`
}

const EXPORT_HELP = `poi-gitops export FORMAT [OPTIONS]

Writes what other tools read, from the merged inventories (-i FILE, -I DIR):

  content-resolver  one feedback-pipeline-workload YAML document per workload (or one for the whole
                    inventory when it defines none), named after the workload; --workload K, -o FILE, --out-dir DIR
  hs-relmon         the hs-relmon manifest: new packages added, existing entries and their overrides kept,
                    archived/unshipped markers followed; -o FILE merges into an existing manifest, --prune drops stale entries

Both are regenerated inside every proposal that changes their inventories ([exports.*] in poi-gitops.toml).
Run 'poi-gitops export FORMAT --help' for a format's options.
`

const CI_SPEC: CommandSpec = {
  name: 'ci',
  summary: 'Run what a CI job asks for: POI_GITOPS_COMMAND (default: validate in merge-request pipelines, run otherwise) with POI_GITOPS_ARGS, split like shell words but never run through a shell.',
  positionals: [],
  flags: []
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const session = createSession(io.env, {
    stdout: io.stdout, stderr: io.stderr,
    writeFile: () => { throw new Error('the CLI writes files through its own paths') },
    appendFile: () => { throw new Error('the CLI writes files through its own paths') }
  })
  let command = argv[0] ?? ''
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      session.egress.out(usage())
      return argv.length === 0 ? 2 : 0
    }
    if (argv[0] === '--version' || argv[0] === '-V') {
      session.egress.out(`poi-gitops ${VERSION}\n`)
      return 0
    }
    if (argv[0] === 'ci') {
      const args = parseArgs(CI_SPEC, argv.slice(1))
      if (bool(args, 'help')) {
        session.egress.out(helpText(CI_SPEC))
        return 0
      }
      if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}: ci reads its command from POI_GITOPS_COMMAND and POI_GITOPS_ARGS`, 'ci')
      argv = ciArgv(io.env)
      command = argv[0] ?? ''
      const push = !io.env.POI_GITOPS_COMMAND?.trim() ? pushToDefaultBranch(session, {}) : undefined
      // A push that merged plans applies them; any other push runs the jobs.
      if (push) argv = await argvForPush(session, argv, { cwd: io.cwd, ci: session.ci }, push)
    }
    if (argv[0] === 'export' && (argv[1] === undefined || argv[1].startsWith('-'))) {
      if (argv.includes('--help') || argv.includes('-h')) {
        session.egress.out(EXPORT_HELP)
        return 0
      }
      throw new UsageError('export needs a format: content-resolver or hs-relmon', 'export')
    }
    const inv = await parseInvocation(argv, { cwd: io.cwd, ci: session.ci })
    command = inv.name
    if (inv.help) {
      session.egress.out(helpText(inv.spec, globalFlagsOf(inv.name)))
      return 0
    }
    const workspace = new FsWorkspace(inv.root, { externalReads: inv.externalReads })
    const config = await loadConfig(workspace, inv.config)
    if (inv.name === 'jobs') {
      const jobs = config.jobs.map((j) => ({ name: j.name, run: j.run, branch: config.proposal.branchPrefix + j.name }))
      session.egress.out(bool(inv.args, 'json') ? `${JSON.stringify(jobs)}\n` : jobs.map((j) => `${j.name}\t${j.branch}\t${printable(j.run)}\n`).join(''))
      return 0
    }
    const execution = await execute(inv, session, config, workspace, { log: (line) => session.egress.err(`${line}\n`) })
    return await render(execution, inv, session, workspace)
  } catch (e) {
    return reportError(e, command, session)
  }
}

function reportError(e: unknown, command: string, session: Session): ExitCode {
  const out = session.egress
  if (e instanceof ConfigError) {
    out.err(`${formatText(e.findings)}error: invalid configuration\n`)
    return 2
  }
  const findings = (e as { findings?: Finding[] }).findings
  if (findings?.length) out.err(formatText(findings))
  out.err(`error: ${printable(describeError(e))}\n`)
  if (e instanceof UsageError && command !== '') out.err(`Run 'poi-gitops ${printable(command)} --help' for usage.\n`)
  return exitCodeOf(e) ?? 2
}

async function render(execution: Execution, inv: Invocation, session: Session, workspace: FsWorkspace): Promise<ExitCode> {
  const out = session.egress
  if (execution.kind === 'command') {
    if (execution.result?.stdout) out.out(execution.result.stdout)
    if (execution.error !== undefined) {
      if (execution.findings.length) out.err(formatText(execution.findings))
      out.err(`error: ${printable(execution.error)}\n`)
    }
    if (inv.name === 'validate' && execution.result) await validationArtifacts(inv, session, workspace, execution.result.findings, execution.result.files ?? [])
    return execution.exitCode
  }
  if (execution.kind === 'apply') {
    for (const p of execution.run.plans) {
      if (p.error === undefined) continue
      if (p.findings.length) out.err(formatText(p.findings))
      out.err(`error: ${printable(p.error)}\n`)
    }
    return execution.run.exitCode
  }
  if (execution.notice) out.err(`warning: ${execution.notice}\n`)
  const single = inv.name !== 'run'
  for (const job of execution.report.jobs) await renderJob(job, execution.delivery, session, single)
  for (const p of execution.applied ?? []) if (p.error !== undefined) out.err(`error: ${printable(p.error)}\n`)
  if (!single && execution.report.jobs.length === 0) out.err('No [[job]] in poi-gitops.toml: nothing to run.\n')
  if (!single && execution.report.jobs.length > 0) out.err(jobTable(execution.report.jobs))
  return worstExitCode([execution.report.exitCode, ...(execution.applied ?? []).map((p) => p.exitCode)])
}

async function renderJob(job: JobReport, delivery: Delivery, session: Session, single: boolean): Promise<void> {
  const out = session.egress
  const { outcome } = job
  if (outcome.stdout) out.out(outcome.stdout)
  if (outcome.error !== undefined) {
    out.err(formatText(outcome.findings.filter((f) => f.severity === 'error')))
    out.err(`error: ${single ? '' : `job ${printable(outcome.job.name)}: `}${printable(outcome.error)}\n`)
  }
  if (!outcome.changeSet) return
  switch (delivery) {
    case 'preview':
      if (job.diff) {
        out.out(job.diff)
        out.err('Showing the change as a diff; pass --write to apply it.\n')
      } else out.err(upToDate(job))
      return
    case 'write':
      if (job.written?.length) for (const f of job.written) out.err(`Wrote ${f}\n`)
      else if (job.written) out.err(upToDate(job))
      return
    case 'dry-run':
      if (job.proposal?.preview) out.out((await import('../forge/local.js')).formatPreview(job.proposal.preview))
      return
    case 'propose':
      return
  }
}

function upToDate(job: JobReport): string {
  const paths = job.outcome.changeSet?.changes.map((c) => printable(c.path)) ?? []
  return paths.length === 0 ? 'No changes.\n' : `No changes: ${paths.join(', ')} ${paths.length === 1 ? 'is' : 'are'} up to date.\n`
}

function jobTable(jobs: readonly JobReport[]): string {
  const rows = jobs.map((j) => [j.outcome.job.name, j.proposal?.operation ?? (j.outcome.error ? 'failed' : 'not proposed'), j.proposal?.url ?? j.outcome.error ?? j.proposal?.message ?? ''])
  const w0 = Math.max(3, ...rows.map((r) => r[0].length))
  const w1 = Math.max(7, ...rows.map((r) => r[1].length))
  return `\n${'Job'.padEnd(w0)}  ${'Outcome'.padEnd(w1)}  Detail\n` + rows.map(([a, b, c]) => `${printable(a).padEnd(w0)}  ${b.padEnd(w1)}  ${printable(c)}\n`).join('')
}

/** Report files for CI widgets (artifacts, not repository changes) and the GitLab MR note. */
async function validationArtifacts(inv: Invocation, session: Session, workspace: FsWorkspace, findings: Finding[], files: string[]): Promise<void> {
  for (const [flag, format] of [['codequality', 'codequality'], ['junit', 'junit']] as const) {
    const path = str(inv.args, flag)
    if (path !== undefined) await writeFile(resolve(workspace.root, path), session.egress.redact(formatFindings(format, findings, files)))
  }
  if (session.env.GITLAB_CI === 'true' && session.env.CI_MERGE_REQUEST_IID) {
    try {
      const { postValidationNote } = await import('./validation-note.js')
      session.egress.err(`${await postValidationNote(session, findings, files)}\n`)
    } catch (e) {
      session.egress.err(`warning: could not post the validation note: ${describeError(e)}\n`)
    }
  }
}

/**
 * `poi-gitops ci`: what a CI job asks for, like the action's `auto`. POI_GITOPS_COMMAND
 * (default: validate in merge-request pipelines, run otherwise) and POI_GITOPS_ARGS are
 * split like shell words here, so a pipeline variable is never evaluated by a shell.
 */
export function ciArgv(env: Readonly<Record<string, string | undefined>>): string[] {
  const command = env.POI_GITOPS_COMMAND?.trim() || (env.CI_PIPELINE_SOURCE === 'merge_request_event' || env.GITHUB_EVENT_NAME === 'pull_request' ? 'validate' : 'run')
  return [...shellSplit(command), ...shellSplit(env.POI_GITOPS_ARGS ?? '')]
}
