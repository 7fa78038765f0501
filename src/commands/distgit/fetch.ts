// sync-distgit's fetch step: the projects a user or group can access, by
// owner-alias dump, group listing or pattern listings, with a record of what
// finished so that nothing missing from an unfinished or unverified fetch is
// ever taken as "gone".

import { emptyGroupAccess, emptyUserAccess, type DistGit, type DistGitProject } from '../../sources/distgit.js'
import { compareNames } from '../../inventory/model.js'
import { matchesAny, matchesPattern, startOrder } from './patterns.js'
import { runLimited } from './pool.js'

export type FetchMode = { kind: 'fast'; user: string; pattern?: string } | { kind: 'user'; user: string } | { kind: 'group'; group: string }

export interface FetchResult {
  /** Projects of the patterns that finished, in pattern then server order (not de-duplicated). */
  projects: DistGitProject[]
  /**
   * The first failing pattern in list order ('' for a single query) and its
   * error, and the first pattern in list order that did not finish: a resumed
   * run starts there (listings start busiest first, so an earlier pattern may
   * not have started when a later one failed).
   */
  failure?: { pattern: string; error: unknown; resumeAt: string }
  /** Every finished listing was checked against the server's total. */
  verified: boolean
  /** Non-rpms projects left out of group listings. */
  dropped: number
}

export interface FetchOptions {
  /** Listings in flight at once (user mode). */
  jobs: number
  log: (line: string) => void
  /** Called with each finished listing's projects as it finishes, so per-project work overlaps the listings still under way. */
  inspect?: (projects: readonly DistGitProject[]) => void
}

export async function fetchProjects(dg: DistGit, mode: FetchMode, patterns: readonly string[], o: FetchOptions): Promise<FetchResult> {
  switch (mode.kind) {
    case 'fast':
      return fetchFast(dg, mode.user, mode.pattern, o)
    case 'group':
      return fetchGroup(dg, mode.group, patterns, o)
    case 'user':
      return fetchUser(dg, mode.user, patterns, o)
  }
}

/** --fast: one owner-alias dump, direct maintainers only, synthesized as commit-level records so the access filter keeps them. */
async function fetchFast(dg: DistGit, user: string, pattern: string | undefined, o: FetchOptions): Promise<FetchResult> {
  const index = await dg.maintainerIndex()
  const names = [...index].filter(([name, users]) => users.includes(user) && (pattern === undefined || matchesPattern(name, pattern))).map(([n]) => n)
  names.sort(compareNames)
  const projects = names.map((name) => ({ name, fullname: `rpms/${name}`, users: { ...emptyUserAccess(), commit: [user] }, groups: emptyGroupAccess() }))
  o.inspect?.(projects)
  // The dump is one document: if it parsed, it is whole.
  return { projects, verified: true, dropped: 0 }
}

/** Pagure's group endpoint ignores `pattern`, so the group is listed once and every scope is applied here (README, "Fixed gaps", item 2). */
async function fetchGroup(dg: DistGit, group: string, patterns: readonly string[], o: FetchOptions): Promise<FetchResult> {
  try {
    const listing = await dg.listGroupProjects(group)
    const projects = listing.projects.filter((p) => matchesAny(p.name, patterns))
    o.inspect?.(projects)
    o.log(`group:${group}: ${listing.projects.length} rpms project(s) in ${listing.requests} request(s)${listing.dropped ? `, ${listing.dropped} non-rpms project(s) or fork(s) left out` : ''}`)
    return { projects, verified: listing.verified, dropped: listing.dropped }
  } catch (error) {
    return { projects: [], failure: { pattern: '', error, resumeAt: '' }, verified: false, dropped: 0 }
  }
}

/**
 * User listings: one per pattern, at most `jobs` at once, busiest prefixes
 * first (the client bounds requests in flight, pages included); a failure
 * stops new listings from starting.
 */
async function fetchUser(dg: DistGit, user: string, patterns: readonly string[], o: FetchOptions): Promise<FetchResult> {
  const order = startOrder(patterns)
  const started = await runLimited(order.map((i) => patterns[i]), o.jobs, async (pattern) => {
    const listing = await dg.listUserProjects(user, pattern === '' ? undefined : pattern)
    // The server may answer a superset (see pagure.serverPattern); the client-side matcher decides, as it does for pruning.
    const projects = pattern === '' ? listing.projects : listing.projects.filter((p) => matchesPattern(p.name, pattern))
    o.log(`${pattern === '' ? 'all' : pattern}: ${projects.length} project(s) in ${listing.requests} request(s)`)
    o.inspect?.(projects)
    return { ...listing, projects }
  })
  const settled = new Array<(typeof started)[number]>(patterns.length)
  order.forEach((i, k) => { settled[i] = started[k] })
  const projects: DistGitProject[] = []
  let verified = true
  let failure: FetchResult['failure']
  settled.forEach((s, i) => {
    if (s.status === 'done') {
      projects.push(...s.value.projects)
      verified &&= s.value.verified
    } else if (s.status === 'failed' && failure === undefined) {
      failure = { pattern: patterns[i], error: s.error, resumeAt: '' }
    }
  })
  if (failure === undefined && settled.some((s) => s.status !== 'done')) throw new Error('internal: a listing neither finished nor failed')
  if (failure) failure.resumeAt = patterns[settled.findIndex((s) => s.status !== 'done')]
  return { projects, failure, verified: failure === undefined && verified, dropped: 0 }
}
