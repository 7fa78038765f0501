// The koji side of the koji-first retirement check (README, "prune-retired
// --fast"): which koji tag each active branch ships from (Bodhi's dist_tag),
// the package lists of those tags (one system.multicall of listPackages per
// active release, blocked entries included, inheritance followed), and the
// view the decision in unshipped.ts reads. Any koji failure makes the check
// fall back to dist-git for every package: nothing is ever concluded from a
// partial or failed koji answer.

import type { BodhiRelease } from '../../sources/bodhi.js'
import type { DistGit } from '../../sources/distgit.js'
import { RemoteError } from '../../sources/http.js'
import type { KojiClient } from '../../sources/koji.js'
import { XmlRpcFault, XmlRpcParseError } from '../../sources/xmlrpc.js'
import { isActiveRelease, scanUnshipped, type Checked, type KojiStatus, type KojiView } from '../unshipped.js'

/** A koji answer that cannot be right (an empty release tag, contradicting entries). */
export class KojiAnswerError extends Error {
  override readonly name = 'KojiAnswerError'
}

/** Active branch → the koji tag its release ships from: the first active Bodhi release with that branch and a dist_tag. */
export function releaseTags(releases: readonly BodhiRelease[], active: readonly string[]): Map<string, string> {
  const tags = new Map<string, string>()
  for (const b of active) {
    const r = releases.find((x) => isActiveRelease(x) && x.branch === b && x.distTag !== null)
    if (r?.distTag) tags.set(b, r.distTag)
  }
  return tags
}

/**
 * Reads the package lists of `tags` (branch → tag) and keeps the entries of
 * `names`. Throws on any failure, including a release tag that lists no
 * package at all or a package listed twice with different blocks.
 */
export async function readKojiView(koji: KojiClient, tags: ReadonlyMap<string, string>, names: readonly string[]): Promise<KojiView> {
  const wanted = new Set(names)
  const lists = await koji.listPackagesMany([...new Set(tags.values())])
  const byTag = new Map<string, Map<string, boolean>>()
  for (const [tag, entries] of lists) {
    if (entries.length === 0) throw new KojiAnswerError(`${koji.hubUrl}: listPackages(${tag}) lists no package at all, which no release tag does`)
    const blocked = new Map<string, boolean>()
    for (const e of entries) {
      if (!wanted.has(e.packageName)) continue
      const seen = blocked.get(e.packageName)
      if (seen !== undefined && seen !== e.blocked) throw new KojiAnswerError(`${koji.hubUrl}: listPackages(${tag}) lists ${e.packageName} both blocked and not blocked`)
      blocked.set(e.packageName, e.blocked)
    }
    byTag.set(tag, blocked)
  }
  return {
    status(name: string, branch: string): KojiStatus | undefined {
      const tag = tags.get(branch)
      const list = tag === undefined ? undefined : byTag.get(tag)
      if (list === undefined) return undefined
      const blocked = list.get(name)
      return blocked === undefined ? 'absent' : blocked ? 'blocked' : 'live'
    }
  }
}

/** Failures of the koji side that the check falls back from (anything else is a bug and propagates). */
export function isKojiFailure(e: unknown): e is Error {
  return e instanceof RemoteError || e instanceof XmlRpcFault || e instanceof XmlRpcParseError || e instanceof KojiAnswerError
}

export interface KojiFirstOptions {
  dg: DistGit
  koji: KojiClient
  /** Bodhi's releases, for the branch → tag map; undefined when they could not be read (dist-git answers alone). */
  releases: readonly BodhiRelease[] | undefined
  active: readonly string[]
  names: readonly string[]
  jobs: number
  log: (line: string) => void
  progress?: (done: number, total: number, name: string) => void
}

/** The koji-first scan, or the full dist-git scan when koji cannot answer (logged as a warning). */
export async function scanKojiFirst(o: KojiFirstOptions): Promise<Checked[]> {
  const tags = o.releases ? releaseTags(o.releases, o.active) : new Map<string, string>()
  let view: KojiView | undefined
  if (tags.size === 0) {
    o.log(`warning: no active branch has a koji tag in Bodhi's releases, so koji cannot answer; checking every package in dist-git`)
  } else {
    const unmapped = o.active.filter((b) => !tags.has(b))
    if (unmapped.length > 0) o.log(`note: Bodhi names no koji tag for ${unmapped.join(', ')}; dist-git answers for ${unmapped.length === 1 ? 'that branch' : 'those branches'}`)
    try {
      view = await readKojiView(o.koji, tags, o.names)
    } catch (e) {
      if (!isKojiFailure(e)) throw e
      o.log(`warning: koji could not answer (${e.message}); checking every package in dist-git instead`)
    }
  }
  const checked = await scanUnshipped(o.dg, o.names, o.active, o.jobs, o.progress, view)
  if (view) {
    const live = view
    const alone = checked.filter((c) => o.active.some((b) => live.status(c.name, b) === 'live')).length
    o.log(`koji: ${[...tags].map(([b, t]) => (b === t ? t : `${t} (${b})`)).join(', ')}; ${alone} of ${checked.length} package(s) answered by koji alone, the rest checked in dist-git`)
  }
  return checked
}
