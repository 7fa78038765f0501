// Gathering the stale-check evidence for many bugs at once while asking
// exactly the questions poi-tracker asks one bug at a time. Each bug walks
// its releases newest first; a walk stops at rawhide when rawhide has
// nothing (the pending shortcut). Instead of one Bodhi query per (package,
// release) and one koji process per lookup, the walk runs in rounds: round 1
// takes every bug up to and including its rawhide release, round 2 the rest
// for the bugs that got past rawhide. Per round, Bodhi is asked once per
// group of packages needing the same releases, and every koji fallback goes
// in one multicall.

import { chunksWithin, MAX_LIST_CHARS, type Bug } from '../../sources/bugzilla.js'
import type { BodhiClient, BodhiRelease, BodhiUpdate } from '../../sources/bodhi.js'
import type { KojiLookups } from './koji-lookup.js'
import { findAddressing, planStaleBug, taggedAddressing, type ReleaseFinding, type StalePlan } from './stale.js'
import { splitNvr } from './versions.js'

export interface BugTask {
  pkg: string
  bug: Bug
  version: string
  /** Relevant releases, newest first. */
  releases: BodhiRelease[]
  /** Index of the next release to evaluate. */
  next: number
  findings: ReleaseFinding[]
  state: 'active' | 'pending' | 'decided'
  plan?: StalePlan
  /** koji lookups that failed for this bug (counted as not shipped). */
  kojiErrors: string[]
  /** Evidence: koji builds used. */
  tagged: string[]
}

export function newTask(pkg: string, bug: Bug, version: string, releases: BodhiRelease[]): BugTask {
  return { pkg, bug, version, releases, next: 0, findings: [], state: releases.length === 0 ? 'decided' : 'active', kojiErrors: [], tagged: [] }
}

export interface StaleCheckOptions {
  /** Packages per Bodhi query. Default 25. */
  packagesPerQuery?: number
  log?: (line: string) => void
}

const pairKey = (pkg: string, release: string): string => `${pkg}\u0000${release}`

/** The releases of this round: up to and including the first rawhide release, or all that are left. */
function roundReleases(t: BugTask): BodhiRelease[] {
  const rest = t.releases.slice(t.next)
  const rawhide = rest.findIndex((r) => r.branch === 'rawhide')
  return rawhide < 0 ? rest : rest.slice(0, rawhide + 1)
}

export class StaleChecker {
  readonly #bodhi: BodhiClient
  readonly #koji: KojiLookups | undefined
  readonly #perQuery: number
  readonly #log: (line: string) => void
  readonly #updates = new Map<string, BodhiUpdate[]>()
  bodhiQueries = 0

  constructor(bodhi: BodhiClient, koji: KojiLookups | undefined, options: StaleCheckOptions = {}) {
    this.#bodhi = bodhi
    this.#koji = koji
    this.#perQuery = options.packagesPerQuery ?? 25
    this.#log = options.log ?? (() => undefined)
  }

  /** Runs every task to a decision (`plan` set when there is an action). A Bodhi failure throws. */
  async run(tasks: readonly BugTask[]): Promise<void> {
    for (let round = 1; ; round++) {
      const active = tasks.filter((t) => t.state === 'active')
      if (active.length === 0) return
      const rounds = new Map(active.map((t) => [t, roundReleases(t)]))
      await this.#fetchUpdates(active.flatMap((t) => rounds.get(t)!.map((r) => ({ pkg: t.pkg, release: r.name }))))
      if (this.#koji) {
        const pairs = active.flatMap((t) =>
          rounds.get(t)!.flatMap((r) => (r.stableTag && !findAddressing(this.#cached(t.pkg, r.name), t.pkg, t.version) ? [{ tag: r.stableTag, package: t.pkg }] : [])))
        await this.#koji.resolve(pairs)
      }
      for (const t of active) this.#advance(t, rounds.get(t)!)
      this.#log(`stale check round ${round}: ${active.length} bug(s) evaluated`)
    }
  }

  #advance(t: BugTask, releases: BodhiRelease[]): void {
    for (const r of releases) {
      let build = findAddressing(this.#cached(t.pkg, r.name), t.pkg, t.version) ?? null
      if (!build && this.#koji && r.stableTag) {
        const answer = this.#koji.get(r.stableTag, t.pkg)
        if (answer && 'error' in answer) t.kojiErrors.push(`${r.stableTag}: ${answer.error}`)
        else {
          build = taggedAddressing(answer?.nvr, t.pkg, t.version) ?? null
          if (build) t.tagged.push(build.nvr)
        }
      }
      t.next++
      // A stable release never carries a newer version than rawhide: nothing there, nothing anywhere.
      if (!build && r.branch === 'rawhide') {
        t.state = 'pending'
        return
      }
      t.findings.push({ release: r.name, build })
    }
    if (t.next >= t.releases.length) {
      t.state = 'decided'
      t.plan = planStaleBug(t.bug, t.pkg, t.version, t.findings)
    }
  }

  #cached(pkg: string, release: string): BodhiUpdate[] {
    return this.#updates.get(pairKey(pkg, release)) ?? []
  }

  /** Fetches the uncached (package, release) pairs: packages needing the same releases share queries. */
  async #fetchUpdates(pairs: ReadonlyArray<{ pkg: string; release: string }>): Promise<void> {
    const needs = new Map<string, Set<string>>()
    for (const p of pairs) {
      if (this.#updates.has(pairKey(p.pkg, p.release))) continue
      let set = needs.get(p.pkg)
      if (!set) needs.set(p.pkg, (set = new Set()))
      set.add(p.release)
    }
    const groups = new Map<string, string[]>()
    for (const [pkg, releases] of needs) {
      const k = [...releases].sort().join(',')
      const list = groups.get(k)
      if (list) list.push(pkg)
      else groups.set(k, [pkg])
    }
    const queries: Array<{ packages: string[]; releases: string[] }> = []
    for (const [k, pkgs] of groups) {
      for (const chunk of chunksWithin(pkgs, this.#perQuery, MAX_LIST_CHARS, (p) => encodeURIComponent(p).length + 3)) queries.push({ packages: chunk, releases: k.split(',') })
    }
    this.bodhiQueries += queries.length
    const answers = await Promise.all(queries.map((q) => this.#bodhi.updates({ ...q, statuses: ['stable', 'testing'] })))
    queries.forEach((q, i) => {
      const updates = answers[i]
      for (const pkg of q.packages) {
        for (const release of q.releases) {
          this.#updates.set(pairKey(pkg, release), updates.filter((u) => u.release === release && u.nvrs.some((n) => splitNvr(n)?.name === pkg)))
        }
      }
    })
  }
}
