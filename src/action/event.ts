// The event that started the workflow, read and checked before anything else:
// a payload that is not JSON is a configuration error (exit 2) with one line,
// never a stack trace, and a pull request from a fork is recognised whatever
// the event (pull_request_target runs with a write token, so the token cannot
// tell).

import { readFileSync } from 'node:fs'

export class EventError extends Error {
  override readonly name = 'EventError'
  readonly exitCode = 2
}

export type EventPayload = Record<string, unknown>

/** The payload of GITHUB_EVENT_PATH; an absent variable or file is an empty payload (as @actions/github treats it). */
export function readEvent(env: Readonly<Record<string, string | undefined>>): EventPayload {
  const path = env.GITHUB_EVENT_PATH
  if (!path) return {}
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new EventError(`cannot read the event payload GITHUB_EVENT_PATH: ${(e as Error).message}`)
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (e) {
    throw new EventError(`the event payload GITHUB_EVENT_PATH is not valid JSON (${(e as Error).message}); nothing was run`)
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new EventError('the event payload GITHUB_EVENT_PATH is not a JSON object; nothing was run')
  return payload as EventPayload
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

/** Why this run must not propose: a pull request from a fork (or Dependabot's); undefined otherwise. */
export function untrustedReason(env: Readonly<Record<string, string | undefined>>, payload: EventPayload): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? ''
  if (!PULL_REQUEST_EVENTS.has(event)) return undefined
  if (env.GITHUB_ACTOR === 'dependabot[bot]') return `a ${event} run started by Dependabot`
  const pr = payload.pull_request as { head?: { repo?: { full_name?: unknown } | null } } | undefined
  const head = pr?.head?.repo?.full_name
  const repository = (env.GITHUB_REPOSITORY ?? '').toLowerCase()
  // A deleted fork (repo null) is a fork too: only a head in this very repository is trusted.
  if (pr?.head !== undefined && (typeof head !== 'string' || head.toLowerCase() !== repository)) return `a ${event} run from the fork ${typeof head === 'string' ? head : '(deleted)'}`
  return undefined
}
