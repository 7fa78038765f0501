// What GitHub and GitLab share as forges over the HTTP layer: counters, the
// connection pool, schema-checked answers, and one place where any failure of
// an operation becomes a ForgeError with an explanation.

import type { InferOutput } from 'valibot'
import type { HostStats, HttpClient } from '../sources/http.js'
import { decode, type Schema } from '../sources/schema.js'
import { toForgeError, type ForgeContext } from './errors.js'
import type { ForgeCounts, ForgeKind } from './types.js'

export abstract class HttpForge {
  abstract readonly kind: ForgeKind
  protected abstract readonly http: HttpClient
  protected abstract readonly context: ForgeContext
  /** "GitHub" / "GitLab", for messages about its answers. */
  protected abstract readonly label: string
  #identity: Promise<string[]> | undefined

  counts(): ForgeCounts {
    return this.http.methodCounts()
  }

  stats(): Record<string, HostStats> {
    return this.http.stats()
  }

  close(): Promise<void> {
    return this.http.close()
  }

  /** E-mail addresses of the token's own account: one read, cached; empty when the forge will not say. */
  identityEmails(): Promise<string[]> {
    this.#identity ??= this.readIdentity().catch(() => [])
    return this.#identity
  }

  protected abstract readIdentity(): Promise<string[]>

  protected read<S extends Schema>(schema: S, data: unknown, what: string): InferOutput<S> {
    return decode(schema, data, `${this.label}'s answer for ${what}`)
  }

  /** Runs one operation; any failure becomes a ForgeError with an explanation. */
  protected async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      throw toForgeError(this.kind, operation, error, this.context)
    }
  }
}
