// The few GraphQL requests the forges make (auto-merge has no REST form on
// GitHub, and GitLab's REST merge endpoint may merge at once), sent through
// the forge's own HttpClient: same token, timeouts, retries, counters and
// redaction as its REST calls. The answer is schema-checked like any other;
// GraphQL reports refusals as `errors` in a 200 answer, thrown here as
// GraphqlError for the forge to explain.

import * as v from 'valibot'
import type { HttpClient } from '../sources/http.js'
import { decode, decodeJson, type Schema } from '../sources/schema.js'

/** The forge answered the request with GraphQL errors (a refusal, an unknown field): their messages. */
export class GraphqlError extends Error {
  override readonly name = 'GraphqlError'
  constructor(readonly messages: string[]) {
    super(messages.join('; '))
  }
}

const Envelope = v.object({
  data: v.nullish(v.unknown()),
  errors: v.optional(v.array(v.object({ message: v.string() })), []),
})

export interface GraphqlRequest {
  /** Absolute URL of the endpoint (same origin as the HttpClient's base). */
  url: string
  query: string
  variables: Record<string, unknown>
  /** Whether repeating it is harmless (a query); a mutation is not retried once sent. */
  idempotent: boolean
}

/** Sends one GraphQL request and returns its `data`, checked against `schema`; errors in the answer throw GraphqlError. */
export async function graphql<S extends Schema>(http: HttpClient, request: GraphqlRequest, schema: S, what: string): Promise<v.InferOutput<S>> {
  const envelope = await http.requestAs({
    method: 'POST',
    path: request.url,
    body: JSON.stringify({ query: request.query, variables: request.variables }),
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    idempotent: request.idempotent,
  }, (res) => decodeJson(Envelope, res, what))
  if (envelope.errors.length > 0) throw new GraphqlError(envelope.errors.map((e) => e.message))
  return decode(schema, envelope.data, what)
}
