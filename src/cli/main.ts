// The CLI: parse, load the repository config, run one command, then print,
// apply (--write) or propose its change set. Exit codes follow interface.md.

import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { COMMAND_NAMES, FILE_CHANGING, PLANNED, commandName, loadCommand } from '../commands/registry.js'
import { CommandError, type ExitCode } from '../commands/types.js'
import { bool, helpText, parseArgs, str, UsageError } from '../core/args.js'
import { ConfigError, CONFIG_FILE, defaultConfig, parseConfig, type RepoConfig } from '../config/config.js'
import { FsWorkspace } from '../core/workspace.js'
import { changedFiles } from '../core/changeset.js'
import { unifiedDiffs } from '../core/diff.js'
import { formatText } from '../report/format.js'
import { didYouMean } from '../inventory/suggest.js'
import { VERSION } from '../version.js'
import { inCi } from './ci-env.js'
import { shellSplit } from '../core/shell-split.js'
import type { CommandSpec, ParsedArgs } from '../core/args.js'
import { formatFindings } from '../report/format.js'
import type { Finding } from '../core/finding.js'
import { writeFile } from 'node:fs/promises'

export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  env: Readonly<Record<string, string | undefined>>
}

export function usage(): string {
  const names = [...COMMAND_NAMES, 'run', 'ci (POI_GITOPS_COMMAND and POI_GITOPS_ARGS from the environment)', ...PLANNED.map((p) => `${p} (not yet available)`)]
  return `poi-gitops ${VERSION}: packages-of-interest inventories, the GitOps way\n\nUsage: poi-gitops COMMAND [OPTIONS]\n\nCommands:\n${names.map((n) => `  ${n}\n`).join('')}\nRun 'poi-gitops COMMAND --help' for a command's options.\n`
}

export async function loadConfig(root: string, given: string | undefined): Promise<RepoConfig> {
  const rel = given ?? CONFIG_FILE
  const abs = isAbsolute(rel) ? rel : join(root, rel)
  if (!existsSync(abs)) {
    if (given !== undefined) throw new ConfigError([{ file: rel, line: 1, column: 1, severity: 'error', rule: 'config', message: `config file ${rel} does not exist` }])
    return defaultConfig()
  }
  return parseConfig(rel, await readFile(abs))
}

export const RUN_SPEC: CommandSpec = {
  name: 'run',
  summary: 'Run every [[job]] of poi-gitops.toml in order; each job\'s changes (and the exports they affect) become one pull/merge request.',
  positionals: [],
  flags: [],
  notes: 'On a terminal without --propose, prints each job\'s proposal (title and patch) instead. --job NAME runs one job.'
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(usage())
    return argv.length === 0 ? 2 : 0
  }
  if (argv[0] === '--version' || argv[0] === '-V') {
    io.stdout(`poi-gitops ${VERSION}\n`)
    return 0
  }
  if (argv[0] === 'ci') return runCli(ciArgv(io.env), io)
  const { name, rest } = commandName(argv)
  if (name === 'run') return runJobsCommand(rest, io)
  const command = await loadCommand(name)
  if (!command) {
    if (PLANNED.includes(name)) io.stderr(`error: '${name}' is not available in poi-gitops ${VERSION} yet\n`)
    else {
      const guess = didYouMean(name, [...COMMAND_NAMES, ...PLANNED])
      io.stderr(`error: unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}\n\n${usage()}`)
    }
    return 2
  }
  try {
    const args = parseArgs(command.spec, rest)
    if (bool(args, 'help')) {
      io.stdout(helpText(command.spec))
      return 0
    }
    const root = resolve(io.cwd, str(args, 'directory') ?? '.')
    const config = await loadConfig(root, str(args, 'config'))
    const proposing = FILE_CHANGING.has(name) && !bool(args, 'write') && (bool(args, 'propose') || (inCi(io.env) && !bool(args, 'dry-run')))
    if (proposing) {
      // The proposal machinery (forges, HTTP clients) is loaded only when proposing.
      const [{ deliver }, { adHocJob }] = await Promise.all([import('./deliver.js'), import('../jobs/run-jobs.js')])
      const job = adHocJob([...name.split(' '), ...rest], str(args, 'job'))
      return (await deliver([job], config, new FsWorkspace(root), io.env, false, io)).exitCode
    }
    const result = await command.run({
      workspace: new FsWorkspace(root),
      config,
      args,
      commandLine: ['poi-gitops', ...argv].join(' '),
      log: (line) => io.stderr(line + '\n'),
      env: io.env
    })
    if (result.stdout) io.stdout(result.stdout)
    if (name === 'validate') await validationArtifacts(root, args, result.findings, result.files ?? [], io)
    const changes = changedFiles(result.changeSet?.changes ?? [])
    if (result.changeSet && changes.length === 0) io.stderr('No changes.\n')
    else if (result.changeSet) {
      if (bool(args, 'write') && !bool(args, 'dry-run')) {
        const { applyToWorkingTree } = await import('../forge/local.js')
        for (const f of await applyToWorkingTree(root, changes)) io.stderr(`Wrote ${f}\n`)
      } else {
        io.stdout(unifiedDiffs(changes))
        if (!bool(args, 'dry-run')) io.stderr('Showing the change as a diff; pass --write to apply it.\n')
      }
    }
    return result.exitCode
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\nRun 'poi-gitops ${name} --help' for usage.\n`)
      return 2
    }
    if (e instanceof ConfigError) {
      io.stderr(formatText(e.findings))
      io.stderr(`error: invalid configuration\n`)
      return 2
    }
    if (e instanceof Error && e.name === 'ApplyConflictError') {
      io.stderr(`error: ${e.message}\n`)
      return 1
    }
    if (e instanceof CommandError) {
      if (e.findings.length) io.stderr(formatText(e.findings))
      io.stderr(`error: ${e.message}\n`)
      return e.exitCode
    }
    throw e
  }
}

async function runJobsCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const args = parseArgs(RUN_SPEC, argv)
    if (bool(args, 'help')) {
      io.stdout(helpText(RUN_SPEC))
      return 0
    }
    const root = resolve(io.cwd, str(args, 'directory') ?? '.')
    const config = await loadConfig(root, str(args, 'config'))
    const only = str(args, 'job')
    const jobs = only === undefined ? config.jobs : config.jobs.filter((j) => j.name === only)
    if (only !== undefined && jobs.length === 0) throw new UsageError(`no job named '${only}' in ${config.path} (jobs: ${config.jobs.map((j) => j.name).join(', ') || 'none'})`)
    if (jobs.length === 0) {
      io.stderr(`No [[job]] in ${config.path}: nothing to run.\n`)
      return 0
    }
    const dryRun = bool(args, 'dry-run') || !(bool(args, 'propose') || inCi(io.env))
    const { deliver } = await import('./deliver.js')
    return (await deliver(jobs, config, new FsWorkspace(root), io.env, dryRun, io)).exitCode
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\nRun 'poi-gitops run --help' for usage.\n`)
      return 2
    }
    if (e instanceof ConfigError) {
      io.stderr(formatText(e.findings) + 'error: invalid configuration\n')
      return 2
    }
    if (e instanceof CommandError) {
      io.stderr(`error: ${e.message}\n`)
      return e.exitCode
    }
    throw e
  }
}

/** Report files for CI widgets (written by the entry point: they are artifacts, not repository changes) and the MR note. */
async function validationArtifacts(root: string, args: ParsedArgs, findings: Finding[], files: string[], io: CliIo): Promise<void> {
  for (const [flag, format] of [['codequality', 'codequality'], ['junit', 'junit']] as const) {
    const path = str(args, flag)
    if (path !== undefined) await writeFile(resolve(root, path), formatFindings(format, findings, files))
  }
  if (io.env.GITLAB_CI === 'true' && io.env.CI_MERGE_REQUEST_IID) {
    try {
      const { postValidationNote } = await import('./validation-note.js')
      io.stderr(`${await postValidationNote(io.env, findings, files)}\n`)
    } catch (e) {
      io.stderr(`warning: could not post the validation note: ${e instanceof Error ? e.message : String(e)}\n`)
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
