// The error every remote client throws when a service fails (exit code 3),
// and the signal a response parser uses to ask for a retry.

export type RemoteErrorKind = 'status' | 'timeout' | 'transport' | 'body' | 'unavailable'

export interface RemoteErrorInit {
  service: string
  method: string
  /** Credentials and secret query values already removed. */
  url: string
  kind: RemoteErrorKind
  attempts: number
  detail: string
  status?: number
  bodyExcerpt?: string
  /** The service's own error text (e.g. GitHub's `message`), credentials removed. */
  serviceMessage?: string
  /** True when the service's rate limit stopped the request and did not clear within the retry budget. */
  rateLimited?: boolean
  hint?: string
  retryAfterMs?: number
  cause?: unknown
}

/** A remote service failed (exit code 3): nothing may be proposed from partial data. */
export class RemoteError extends Error {
  override readonly name = 'RemoteError'
  readonly exitCode = 3
  readonly service: string
  readonly method: string
  readonly url: string
  readonly kind: RemoteErrorKind
  readonly attempts: number
  readonly detail: string
  readonly status: number | undefined
  readonly bodyExcerpt: string | undefined
  readonly serviceMessage: string | undefined
  readonly rateLimited: boolean
  readonly retryAfterMs: number | undefined

  constructor(init: RemoteErrorInit) {
    const tries = init.attempts > 1 ? ` after ${init.attempts} attempts` : ''
    const said = init.serviceMessage ?? init.bodyExcerpt
    const excerpt = said ? `; response: ${JSON.stringify(said)}` : ''
    const hint = init.hint ? ` — ${init.hint}` : ''
    super(`${init.service}: ${init.method} ${init.url} failed${tries}: ${init.detail}${excerpt}${hint}`, init.cause === undefined ? undefined : { cause: init.cause })
    this.service = init.service
    this.method = init.method
    this.url = init.url
    this.kind = init.kind
    this.attempts = init.attempts
    this.detail = init.detail
    this.status = init.status
    this.bodyExcerpt = init.bodyExcerpt
    this.serviceMessage = init.serviceMessage
    this.rateLimited = init.rateLimited ?? false
    this.retryAfterMs = init.retryAfterMs
  }
}

/**
 * Thrown by a response parser (requestAs) for a 2xx answer that is not what
 * the service sends when healthy, e.g. a proxy's HTML page: retried like a 5xx.
 */
export class RetryableResponseError extends Error {
  override readonly name = 'RetryableResponseError'
}
