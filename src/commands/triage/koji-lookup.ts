// The latest build of a package in a koji tag's inheritance chain, the way
// the triage commands ask it: cached per (tag, package) for the run, every
// uncached lookup of a round in one system.multicall, and after the first
// timeout the hub is latched as down (KojiClient) so later lookups fail at
// once. A failed lookup is remembered as failed, never as "no build".

import type { KojiClient } from '../../sources/koji.js'

export type LookupAnswer = { nvr: string | null } | { error: string }

export interface KojiLookups {
  /** Resolves every uncached (tag, package) in as few requests as possible. Never throws. */
  resolve(pairs: ReadonlyArray<{ tag: string; package: string }>): Promise<void>
  /** A resolved answer; undefined when never asked. */
  get(tag: string, pkg: string): LookupAnswer | undefined
  /** Lookups sent to the hub so far. */
  readonly sent: number
}

const key = (tag: string, pkg: string): string => `${tag}\u0000${pkg}`

export class CachedKojiLookups implements KojiLookups {
  readonly #koji: KojiClient
  readonly #batchSize: number
  readonly #cache = new Map<string, LookupAnswer>()
  #sent = 0

  /** `batchSize`: lookups per multicall request (default 1000: one request for a whole inventory). */
  constructor(koji: KojiClient, batchSize = 1000) {
    this.#koji = koji
    this.#batchSize = batchSize
  }

  get sent(): number {
    return this.#sent
  }

  get(tag: string, pkg: string): LookupAnswer | undefined {
    return this.#cache.get(key(tag, pkg))
  }

  async resolve(pairs: ReadonlyArray<{ tag: string; package: string }>): Promise<void> {
    const todo = new Map<string, { tag: string; package: string }>()
    for (const p of pairs) if (!this.#cache.has(key(p.tag, p.package))) todo.set(key(p.tag, p.package), { tag: p.tag, package: p.package })
    if (todo.size === 0) return
    const lookups = [...todo.values()]
    this.#sent += lookups.length
    try {
      const results = await this.#koji.latestTaggedMany(lookups, { batchSize: this.#batchSize })
      for (const r of results) {
        this.#cache.set(key(r.tag, r.package), r.ok ? { nvr: r.build?.nvr ?? null } : { error: `fault ${r.fault.faultCode}: ${r.fault.faultString}` })
      }
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e)
      for (const l of lookups) this.#cache.set(key(l.tag, l.package), { error })
    }
  }
}
