// Remote data is checked against a schema at the boundary, never coerced: a
// missing field is an error naming the field, not the text "undefined".
// valibot was chosen over zod for its size and load time (README, "Design notes").

import * as v from 'valibot'
import { RetryableResponseError } from './remote-error.js'
import type { HttpResponse } from './http.js'

export type Schema = v.GenericSchema

/** A response that parsed as JSON but does not have the documented shape. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError'
  readonly exitCode = 3
  constructor(readonly what: string, readonly issues: readonly string[]) {
    super(`${what} does not have the expected shape: ${issues.slice(0, 3).join('; ')}${issues.length > 3 ? `; and ${issues.length - 3} more` : ''}`)
  }
}

/** Validates data against a schema; the error names the path of each wrong field (`bugs[3].id`). */
export function decode<S extends Schema>(schema: S, data: unknown, what = 'the response'): v.InferOutput<S> {
  const result = v.safeParse(schema, data)
  if (result.success) return result.output
  throw new SchemaError(what, result.issues.map(describeIssue))
}

/** Parses a response body as JSON (a non-JSON 2xx, e.g. a proxy's HTML page, is retried like a 5xx) and validates it. */
export function decodeJson<S extends Schema>(schema: S, res: HttpResponse, what = 'the response'): v.InferOutput<S> {
  let data: unknown
  try {
    data = JSON.parse(res.text()) as unknown
  } catch {
    throw new RetryableResponseError(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`)
  }
  return decode(schema, data, what)
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('').replace(/^\./, '')
  const where = path || '(root)'
  if (issue.received === 'undefined') return `${where}: missing`
  return `${where}: expected ${issue.expected ?? 'a valid value'}, got ${issue.received}`
}
