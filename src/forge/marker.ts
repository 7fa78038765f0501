// The hidden, machine-readable state a proposal carries in its own body, so
// the engine needs no database: which change it proposes (a fingerprint of
// the proposed files), which body it rendered, which commit it made on which
// base, and whether it has already reported a person's commits. Comments the
// bot posts carry their own markers so that each is posted at most once.

import { ticked } from '../core/checkboxes.js'
import { sha256 } from '../core/hash.js'
import type { FileChange } from '../core/changeset.js'

export interface Marker {
  v: 1
  job: string
  /** Hash of the proposed file contents (see fingerprintFiles). */
  fingerprint: string
  /** Hash of the title and body as rendered without volatile parts (request counts). */
  body: string
  /** The bot's commit on the branch; null in a dry run. */
  commit: string | null
  /** That commit's parent. */
  base: string | null
  /** Branch head at which a person's commits were reported (the blocked note is posted once per head). */
  blocked?: string
  /** Set when the bot closed the proposal because the change became empty. */
  closed?: 'empty'
  /** What the job keeps from one proposal to the next (a plan's actions hash and time), see ProposalRequest.finalize. */
  memo?: Record<string, string>
  /** When the bot last created or updated the proposal (ISO 8601), for `min-interval`. */
  updated?: string
}

const MARKER = /<!-- poi-gitops (\{[^\n]*?\}) -->/g

export const COMMENT_MARKERS = {
  blocked: '<!-- poi-gitops:blocked -->',
  incomplete: '<!-- poi-gitops:incomplete -->',
  closed: '<!-- poi-gitops:closed -->',
  refreshFailed: '<!-- poi-gitops:refresh-failed -->'
} as const

/** The box of proposals made by earlier versions, before boxes named their job. */
const LEGACY_REGENERATE_BOX = '<!-- poi-gitops:regenerate -->'


/** Paths and new contents of the changed files, independent of order; unchanged files do not count. */
export function fingerprintFiles(changes: readonly FileChange[]): string {
  const entries = changes
    .filter((c) => c.before !== c.after)
    .map((c) => [c.path, c.after] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sha256(JSON.stringify(entries))
}

export function renderMarker(marker: Marker): string {
  // \u003c/\u003e keep "-->" (and any HTML) out of the comment; JSON.parse reads them back.
  const json = JSON.stringify(marker).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d')
  return `<!-- poi-gitops ${json} -->`
}

/** The last marker in the body (a quoted one further up does not count). */
export function parseMarker(body: string): Marker | null {
  const last = [...body.matchAll(MARKER)].at(-1)
  if (!last) return null
  try {
    const value: unknown = JSON.parse(last[1])
    return isMarker(value) ? value : null
  } catch {
    return null
  }
}

/** The body with its last marker replaced (or one appended when it had none). */
export function replaceMarker(body: string, marker: Marker): string {
  const last = [...body.matchAll(MARKER)].at(-1)
  const rendered = renderMarker(marker)
  if (last?.index === undefined) return `${body}\n\n${rendered}`
  return body.slice(0, last.index) + rendered + body.slice(last.index + last[0].length)
}

/** A person ticked the "regenerate" checkbox in the body. */
export function regenerateRequested(body: string, job: string): boolean {
  return ticked(body).some((t) => t.action === 'regenerate' && t.job === job) || new RegExp(`^\\s*[-*] \\[[xX]\\] ${LEGACY_REGENERATE_BOX}`, 'm').test(body)
}

function isMarker(value: unknown): value is Marker {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Record<string, unknown>
  return m.v === 1 && typeof m.job === 'string' && typeof m.fingerprint === 'string' && typeof m.body === 'string' &&
    (m.commit === null || typeof m.commit === 'string') && (m.base === null || typeof m.base === 'string') &&
    (m.updated === undefined || typeof m.updated === 'string')
}

/** The time of the bot's last update recorded in the marker, in ms; undefined when absent or unreadable. */
export function lastUpdate(marker: Marker | null): number | undefined {
  if (marker?.updated === undefined) return undefined
  const t = Date.parse(marker.updated)
  return Number.isNaN(t) ? undefined : t
}
