// The event that started the workflow, read and checked before anything else:
// a payload that is not JSON is a configuration error (exit 2) with one line,
// never a stack trace. Whether the run may propose (not from a fork, whatever
// the event) is decided in forge/detect.ts, for the CLI as much as the action.

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
