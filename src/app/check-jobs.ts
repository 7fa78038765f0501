// A [[job]]'s `run` line is checked like a command typed by hand, when the
// config is loaded for `run` or `validate`: a bad flag, a missing or extra
// argument, a name that cannot be a package, or a command that proposes nothing
// is a configuration error naming the file and line, before any job runs.

import { checkPositionals, parseArgs, UsageError } from '../core/args.js'
import type { Finding } from '../core/finding.js'
import { ConfigError, type RepoConfig } from '../config/config.js'
import { commandName, loadCommand } from '../commands/registry.js'
import { globalFlagsOf } from './invocation.js'

export async function checkJobs(config: RepoConfig): Promise<void> {
  const findings: Finding[] = []
  // The cron parser is loaded only for a config that has schedules.
  const schedules = config.jobs.some((j) => j.schedule) ? await import('../jobs/schedule.js') : undefined
  for (const job of config.jobs) {
    if (job.schedule && schedules) {
      const parsed = schedules.parseSchedule(job.schedule.expression)
      if (typeof parsed === 'string') findings.push({ file: config.path, ...job.schedule.at, severity: 'error', rule: 'config', message: `job "${job.name}": ${parsed}` })
    }
    const { name, rest } = commandName(job.argv)
    const command = await loadCommand(name)
    // Unknown commands and commands that cannot run as jobs were refused when the config was parsed.
    if (!command) continue
    try {
      const args = parseArgs(command.spec, rest, globalFlagsOf(name).filter((f) => !['write', 'propose', 'job', 'help', 'directory'].includes(f.name)))
      checkPositionals(command.spec, args)
      command.spec.check?.(args)
      if (args.flags.get('all-reporters') === true) throw new UsageError('--all-reporters closes bugs people filed and never runs from a schedule; run it by hand (a manual dispatch with --yes)', name)
      if (args.flags.get('apply') === true) throw new UsageError('--apply writes at once; a job\'s plan is applied by merging its proposal', name)
    } catch (e) {
      if (!(e instanceof UsageError)) throw e
      const at = job.runAt ?? { line: job.line, column: 1 }
      findings.push({ file: config.path, line: at.line, column: at.column, severity: 'error', rule: 'config', message: `job "${job.name}": ${e.message}` })
    }
  }
  if (findings.length > 0) throw new ConfigError(findings)
}
