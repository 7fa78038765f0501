// The contract between entry points (CLI, action, GitLab job) and commands:
// a command reads through the workspace and returns output, findings and a
// change set. It never writes files, prints, or calls a forge itself.

import type { ChangeSet } from '../core/changeset.js'
import type { Workspace } from '../core/workspace.js'
import type { RepoConfig } from '../config/config.js'
import type { Finding } from '../core/finding.js'
import type { CommandSpec, ParsedArgs } from '../core/args.js'
import type { Credentials } from '../core/credentials.js'
import type { ExitCode } from '../core/errors.js'
import type { PlanDraft } from '../plans/model.js'

export type { ExitCode } from '../core/errors.js'

/**
 * How the run delivers a command's result. Commands decide nothing from it but what is
 * worth computing (e.g. resume files only make sense where they are written back).
 */
export type Delivery =
  /** A terminal: the change is printed as a diff. */
  | 'preview'
  /** A terminal with --write: the change is written to the working tree. */
  | 'write'
  /** CI, or --propose: the change becomes a pull/merge request. */
  | 'propose'
  /** --dry-run: computed and reported, nothing written anywhere. */
  | 'dry-run'

export interface CommandContext {
  workspace: Workspace
  config: RepoConfig
  args: ParsedArgs
  /** The command line as given (for provenance); never contains secrets. */
  commandLine: string
  /** Notices for people: stderr on a terminal, the log in CI. */
  log: (line: string) => void
  env: Readonly<Record<string, string | undefined>>
  /** How the result will be delivered. */
  delivery: Delivery
  /** The run's credentials; a client sends each only to its own service. */
  credentials: Credentials
  /**
   * A command calls this once its first requests are out: the run then loads what it needs after the
   * command (its delivery path) while the command waits, instead of before the command starts.
   */
  whileWaiting?: () => void
}

export interface CommandResult {
  exitCode: ExitCode
  /** What the command prints on stdout (poi-tracker's output). */
  stdout?: string
  findings: Finding[]
  /** Present for commands that change files. */
  changeSet?: ChangeSet
  /** Files a validation looked at (for JUnit and summaries). */
  files?: string[]
  /** Writes to Bugzilla or dist-git, as a plan the job layer turns into `plans/<job>.json` (README, "Plans"). */
  plan?: PlanDraft
  /** Files to keep (or drop) in the working tree on a terminal, e.g. a resume point. */
  localState?: LocalState
  /** Markdown for a job summary or a proposal body (a plan's tables, semver-audit's table). */
  summary?: string
}

export interface Command {
  spec: CommandSpec
  run(ctx: CommandContext): Promise<CommandResult>
}

/** A failure that is the user's to fix (exit 1), e.g. "package 'x' not found". */
/**
 * Files a terminal keeps between runs of a command (sync-distgit's resume point): written or removed by
 * the entry point in the working tree, never part of a proposal, never written in CI.
 */
export interface LocalState {
  write: Array<{ path: string; content: string }>
  remove: string[]
}

export class CommandError extends Error {
  constructor(message: string, readonly exitCode: ExitCode = 1, readonly findings: Finding[] = [], readonly localState?: LocalState) {
    super(message)
    this.name = 'CommandError'
  }
}
