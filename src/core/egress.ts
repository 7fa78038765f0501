// The one way out of the process. Every byte poi-gitops prints or writes for
// people — stdout, stderr, workflow commands, the step summary, report files —
// passes through here: the run's secrets are redacted (with their encoded
// forms), and in CI logs data cannot pose as a log command.
//
// GitHub's runner reads a line as a workflow command when it starts with `::`
// after leading white space, and the legacy `##[command]` form anywhere in a
// line (actions/runner, src/Runner.Common/ActionCommand.cs: TryParseV2 and
// TryParse). GitLab reads section markers and colours from ESC sequences.
// Text that is not a command the tool means is defused: a zero-width space
// between the two colons or after `##`, and control characters shown escaped.

import { randomId } from './hash.js'
import { appendFileSync, writeFileSync } from 'node:fs'
import { createRedactor, type Redactor } from './redact.js'

// Marks a line as a workflow command the tool means. Data cannot forge it: the
// mark holds a NUL and a value drawn fresh for every process, on the first
// command (until then no text can hold it).
let meant: string | undefined

/** A workflow command line the tool means (only report/workflow-commands.ts builds them). */
export function meantCommand(line: string): string {
  meant ??= `\u0000${randomId()}\u0000`
  return `${meant}${line.replace(/[\r\n]/g, '')}`
}

/** Where the text is read: a terminal gets raw text (a diff must apply); CI logs get defused text. */
export type LogKind = 'terminal' | 'github' | 'gitlab'

export interface EgressSinks {
  stdout(text: string): void
  stderr(text: string): void
  writeFile(path: string, text: string): void
  appendFile(path: string, text: string): void
}

export const processSinks: EgressSinks = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  writeFile: (path, text) => writeFileSync(path, text),
  appendFile: (path, text) => appendFileSync(path, text)
}

const ZWSP = '\u200b'
// Controls that rewrite a log line (CR), start terminal/GitLab sequences (ESC) or are invisible; \n and \t stay.
const LOG_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

export class Egress {
  readonly redact: Redactor
  readonly #secrets: string[]

  constructor(secrets: readonly (string | undefined)[], readonly log: LogKind, private readonly sinks: EgressSinks = processSinks) {
    this.#secrets = secrets.filter((s): s is string => typeof s === 'string' && s !== '')
    this.redact = createRedactor(this.#secrets)
  }

  /** The secrets this egress redacts (for clients that must not send them anywhere else, and for the runner's masking). */
  get secrets(): readonly string[] {
    return this.#secrets
  }

  /** Text for stdout: redacted, and defused in CI logs. */
  out(text: string): void {
    this.sinks.stdout(this.safe(text))
  }

  /** Text for stderr: redacted, and defused in CI logs. */
  err(text: string): void {
    this.sinks.stderr(this.safe(text))
  }

  /**
   * Registers a secret with the GitHub runner's own masking. The one line that must carry a
   * secret verbatim: the runner consumes it and never shows it.
   */
  mask(secret: string): void {
    if (this.log === 'github' && secret !== '' && !/[\r\n]/.test(secret)) this.sinks.stdout(`::add-mask::${secret}\n`)
  }

  writeFile(path: string, text: string): void {
    this.sinks.writeFile(path, this.redact(text))
  }

  appendFile(path: string, text: string): void {
    this.sinks.appendFile(path, this.redact(text))
  }

  /**
   * What `out`/`err` print for this text: redacted; in CI logs defused, except the lines marked
   * as commands the tool means (their data was escaped where they were built).
   */
  safe(text: string): string {
    const mark = meant
    if (mark === undefined || !text.includes(mark)) return this.#plain(text)
    // A command's data is escaped where it is built; `##[` in it is defused too, should a runner ever read it.
    return text.split('\n').map((line) => (line.startsWith(mark) ? this.redact(line.slice(mark.length)).replace(/##\[/g, `##${ZWSP}[`) : this.#plain(line))).join('\n')
  }

  #plain(text: string): string {
    const redacted = this.redact(text)
    return this.log === 'terminal' ? redacted : defuse(redacted, this.log)
  }
}

/** CI log text that cannot be read as a log command. */
export function defuse(text: string, log: Exclude<LogKind, 'terminal'>): string {
  let out = text.replace(LOG_CONTROLS, (c) => (c === '\r' ? '\\r' : c === '\u001b' ? '\\e' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))
  if (log === 'github') {
    // Leading white space as .NET's TrimStart sees it (JavaScript's \s plus U+0085, already escaped above).
    out = out.replace(/^([^\S\n]*):(?=:)/gm, `$1:${ZWSP}`).replace(/##\[/g, `##${ZWSP}[`)
  }
  return out
}

/** The kind of log this process writes to, from the CI's own variables. */
export function logKindOf(env: Readonly<Record<string, string | undefined>>): LogKind {
  if (env.GITHUB_ACTIONS === 'true') return 'github'
  if (env.GITLAB_CI === 'true') return 'gitlab'
  return 'terminal'
}
