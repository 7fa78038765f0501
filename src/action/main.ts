// The GitHub Action: picks the command from the event, runs it with the
// repository's config, and reports where reviewers look (annotations, job
// summary, outputs).

import * as core from '@actions/core'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMMANDS, PLANNED, commandName } from '../commands/registry.js'
import { CommandError } from '../commands/types.js'
import { parseArgs, UsageError } from '../cli/args.js'
import { shellSplit, SplitError } from '../cli/shell-split.js'
import { ConfigError } from '../config/config.js'
import { loadConfig } from '../cli/main.js'
import { FsWorkspace } from '../core/workspace.js'
import { countBySeverity, type Finding } from '../report/finding.js'
import { formatGithub, formatText } from '../report/format.js'
import { renderValidationSummary } from '../report/summary.js'

/** `auto`: validate on pull/merge requests, run otherwise (interface.md). */
export function commandForEvent(input: string, event: string | undefined): string {
  if (input && input !== 'auto') return input
  return event === 'pull_request' || event === 'pull_request_target' || event === 'merge_request_event' ? 'validate' : 'run'
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  const chosen = commandForEvent(core.getInput('command'), env.GITHUB_EVENT_NAME)
  let extra: string[]
  try {
    extra = shellSplit(core.getInput('args'))
  } catch (e) {
    if (e instanceof SplitError) return fail(2, `invalid args: ${e.message}`)
    throw e
  }
  const { name, rest } = commandName([...shellSplit(chosen), ...extra])
  const command = COMMANDS.get(name)
  if (!command) return fail(2, PLANNED.includes(name) ? `'${name}' is not available in this version of poi-gitops yet` : `unknown command '${name}'`)
  for (const secret of ['token', 'gitlab-token', 'bugzilla-api-key', 'distgit-token']) {
    const v = core.getInput(secret)
    if (v) core.setSecret(v)
  }
  try {
    const args = parseArgs(command.spec, rest)
    const config = await loadConfig(workspace, core.getInput('config') || undefined)
    const globs = core.getInput('inventories').split('\n').map((s) => s.trim()).filter(Boolean)
    if (name === 'validate' && args.positionals.length === 0 && globs.length > 0) {
      args.positionals.push(...(await new FsWorkspace(workspace).glob(globs)))
    }
    const result = await command.run({
      workspace: new FsWorkspace(workspace), config, args, commandLine: `poi-gitops ${[name, ...rest].join(' ')}`,
      log: (line) => core.info(line), env
    })
    report(result.findings, result.files ?? [], env)
    if (result.stdout && name !== 'validate') core.info(result.stdout)
    core.setOutput('changed', 'false')
    core.setOutput('operation', 'none')
    core.setOutput('proposals', '[]')
    if (result.exitCode !== 0) fail(result.exitCode, `${name} found ${countBySeverity(result.findings).errors} error(s)`)
  } catch (e) {
    if (e instanceof UsageError) return fail(2, `${e.message} (in args: ${core.getInput('args')})`)
    if (e instanceof ConfigError) { report(e.findings, [], env); return fail(2, 'invalid poi-gitops configuration') }
    if (e instanceof CommandError) { report(e.findings, [], env); return fail(e.exitCode, e.message) }
    throw e
  }
}

function report(findings: Finding[], files: string[], env: NodeJS.ProcessEnv): void {
  const { errors, warnings } = countBySeverity(findings)
  process.stdout.write(formatGithub(findings))
  core.setOutput('errors', String(errors))
  core.setOutput('warnings', String(warnings))
  const reportPath = join(env.RUNNER_TEMP ?? env.GITHUB_WORKSPACE ?? process.cwd(), 'poi-gitops-report.json')
  writeFileSync(reportPath, JSON.stringify({ files, findings, errors, warnings }, null, 2))
  core.setOutput('report', reportPath)
  if (env.GITHUB_STEP_SUMMARY) {
    const prev = (() => { try { return readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8') } catch { return '' } })()
    writeFileSync(env.GITHUB_STEP_SUMMARY, prev + renderValidationSummary(findings, files))
  }
  if (findings.length && !env.GITHUB_ACTIONS) process.stderr.write(formatText(findings))
}

function fail(code: number, message: string): void {
  core.setFailed(message)
  process.exitCode = code
}
