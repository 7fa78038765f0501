// Name patterns of sync-distgit and prune-retired, as poi-tracker reads them
// (docs/poi-tracker-compatibility.md, "Patterns"): the prefix scan list and
// its bounds, the client-side matcher that decides both what a listing adds
// and what a prune may remove, and the walk filter.

import { compareNames } from '../../inventory/model.js'

/** a* … z*, then 0* … 9*: the order poi-tracker scans in. */
export const PREFIXES: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `${c}*`)

/**
 * The order listings are started in: the prefixes that hold most Fedora
 * packages first (python-/perl-/php-, rust-/R-, golang-/ghc-, lib…), so that
 * their later pages overlap the many one-page listings instead of trailing
 * after them. Only the timing depends on it; results keep PREFIXES order.
 */
const BUSIEST_FIRST = 'prglmscntadefhkbxojiuvwqyz0123456789'

/** Indexes of `patterns` in the order their listings should start (see BUSIEST_FIRST). */
export function startOrder(patterns: readonly string[]): number[] {
  const rank = (p: string): number => {
    const i = p.length === 2 && p.endsWith('*') ? BUSIEST_FIRST.indexOf(p[0].toLowerCase()) : -1
    return i < 0 ? BUSIEST_FIRST.length : i
  }
  return patterns.map((_, i) => i).sort((a, b) => rank(patterns[a]) - rank(patterns[b]) || a - b)
}

const stripStar = (v: string): string => (v.endsWith('*') ? v.slice(0, -1) : v)

/** The prefix list cut by --start-pattern (inclusive) and --end-pattern (exclusive). May be empty. */
export function prefixList(start?: string, end?: string): string[] {
  let list = [...PREFIXES]
  if (start !== undefined) {
    const s = stripStar(start)
    const i = list.findIndex((p) => p.startsWith(s))
    list = i < 0 ? [] : list.slice(i)
  }
  if (end !== undefined) {
    const e = stripStar(end)
    const i = list.findIndex((p) => p.startsWith(e))
    if (i >= 0) list = list.slice(0, i)
  }
  return list
}

export interface ScanScope {
  user: boolean
  pattern?: string
  start?: string
  end?: string
  /** The last of --auto-prefix / --no-auto-prefix given, if any. */
  autoPrefix?: boolean
}

/** Prefix mode or one query; `['']` means one unfiltered query. */
export function patternList(s: ScanScope): string[] {
  const prefixMode = s.autoPrefix !== false && (s.autoPrefix === true || s.start !== undefined || s.end !== undefined || (s.user && s.pattern === undefined))
  if (prefixMode) return prefixList(s.start, s.end)
  return [s.pattern ?? '']
}

/** Which of two opposite bool flags was given last (ParsedArgs.order), or undefined. */
export function lastFlag(order: readonly string[], on: string, off: string): boolean | undefined {
  for (let i = order.length - 1; i >= 0; i--) {
    if (order[i] === on) return true
    if (order[i] === off) return false
  }
  return undefined
}

/** ASCII-only lower-casing, as the Rust matcher does (non-ASCII letters are left alone). */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32))
}

/** `p*` is a case-insensitive prefix; anything else a case-insensitive equality; no other wildcard. */
export function matchesPattern(name: string, pattern: string): boolean {
  const n = asciiLower(name)
  return pattern.endsWith('*') ? n.startsWith(asciiLower(pattern.slice(0, -1))) : n === asciiLower(pattern)
}

/** An empty list, or exactly `['']`, matches everything. */
export function matchesAny(name: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0 || (patterns.length === 1 && patterns[0] === '')) return true
  return patterns.some((p) => matchesPattern(name, p))
}

export interface WalkFilter {
  patterns: readonly string[]
  /** Inclusive lower bound, plain (case-sensitive, byte) string order. */
  startFrom?: string
  /** Inclusive upper bound. */
  endWith?: string
}

/** prune-retired's walk filter: --pattern, --start-from and --end-with must all pass. */
export function inWalk(name: string, f: WalkFilter): boolean {
  if (!matchesAny(name, f.patterns)) return false
  if (f.startFrom !== undefined && compareNames(name, f.startFrom) < 0) return false
  if (f.endWith !== undefined && compareNames(name, f.endWith) > 0) return false
  return true
}
