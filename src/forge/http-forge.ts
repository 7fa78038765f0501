// What GitHub and GitLab share as forges over the HTTP layer: counters, the
// connection pool, schema-checked answers, and one place where any failure of
// an operation becomes a ForgeError with an explanation.

import type { InferOutput } from 'valibot'
import type { HostStats, HttpClient } from '../sources/http.js'
import { decode, type Schema } from '../sources/schema.js'
import { toForgeError, type ForgeContext } from './errors.js'
import type { ForgeCounts, ForgeKind, ProposalInfo } from './types.js'

export abstract class HttpForge {
  abstract readonly kind: ForgeKind
  protected abstract readonly http: HttpClient
  protected abstract readonly context: ForgeContext
  /** "GitHub" / "GitLab", for messages about its answers. */
  protected abstract readonly label: string
  #identity: Promise<string[]> | undefined
  /** Source branches of the repository's open proposals, once listed; kept current by this client's writes. */
  #openBranches: Set<string> | undefined
  /** Source branch of each proposal this client has seen, to follow state changes made by number. */
  readonly #branchOf = new Map<number, string>()

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

  /** Open proposals from `prefix` branches: one listing per client (max-open asks for it once per run). */
  async openProposalBranches(prefix: string): Promise<string[]> {
    this.#openBranches ??= new Set(await this.listOpenProposalBranches())
    return [...this.#openBranches].filter((b) => b.startsWith(prefix)).sort()
  }

  /** Source branches of every open proposal from the repository itself (not from forks). */
  protected abstract listOpenProposalBranches(): Promise<string[]>

  /** Notes a proposal of the repository's own that the forge reported, so the open listing stays right. */
  protected seen(proposal: ProposalInfo): ProposalInfo {
    this.#branchOf.set(proposal.number, proposal.branch)
    this.#noteOpen(proposal.branch, proposal.state === 'open')
    return proposal
  }

  /** A proposal this client reopened or closed. */
  protected stateChanged(number: number, state: 'open' | 'closed'): void {
    const branch = this.#branchOf.get(number)
    if (branch !== undefined) this.#noteOpen(branch, state === 'open')
  }

  /** A branch this client deleted, where the forge closes its open proposals with it (GitHub). */
  protected branchClosed(branch: string): void {
    this.#noteOpen(branch, false)
  }

  #noteOpen(branch: string, open: boolean): void {
    if (open) this.#openBranches?.add(branch)
    else this.#openBranches?.delete(branch)
  }

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
