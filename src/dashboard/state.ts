// Each job's last state, as the dashboard shows it. Every job keeps its state
// in its own comment on the dashboard issue, so jobs running on several
// runners at once never overwrite each other; the body is rendered from all
// of them (update.ts). The data rides in a hidden, base64-encoded comment so
// no Markdown or HTML in it can break out.

import type { Finding } from '../core/finding.js'

export interface JobState {
  job: string
  /** What happened: a proposal operation, `failed`, `paused`, `not scheduled`, `waiting` … */
  outcome: string
  /** When the outcome last changed (ISO 8601): a run with the same outcome writes nothing. */
  since: string
  url?: string
  number?: number
  /** Why it failed, or why it is held (redacted). */
  detail?: string
  /** A person's commits on its branch keep the proposal as it is. */
  blocked?: boolean
  paused?: boolean
  /** Requests per host of its last run. */
  requests?: Record<string, number>
  /** Inventory entries dist-git does not know (prune-retired's 404s). */
  invalid?: string[]
  /** Orphaned packages of the inventories (adopt's candidates). */
  orphans?: string[]
  /** Markdown of the job's own report (semver-audit's table, a plan's tables). */
  report?: string
  /** Writes planned and waiting for review in the job's proposal. */
  planned?: number
  /** The last apply of the job's plan. */
  applied?: { at: string; summary: string }
  /** Findings on the default branch (the `validate` pseudo-job). */
  findings?: Finding[]
}

const STATE = (job: string): string => `<!-- poi-gitops:state:${job} -->`
const DATA = /<!-- poi-gitops:data ([A-Za-z0-9+/=]+) -->/

/** The comment that holds a job's state. */
export function stateComment(state: JobState): string {
  const data = Buffer.from(JSON.stringify(state), 'utf8').toString('base64')
  return `${STATE(state.job)}\nThe state of job \`${state.job}\` for the dashboard, kept by poi-gitops (edits are overwritten).\n<!-- poi-gitops:data ${data} -->`
}

/** The state a comment holds, or undefined for any other comment (or one that does not decode). */
export function readStateComment(body: string): JobState | undefined {
  if (!body.startsWith('<!-- poi-gitops:state:')) return undefined
  const m = DATA.exec(body)
  if (!m) return undefined
  try {
    const state = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')) as JobState
    return typeof state.job === 'string' && typeof state.outcome === 'string' && typeof state.since === 'string' ? state : undefined
  } catch {
    return undefined
  }
}

export function isStateCommentOf(body: string, job: string): boolean {
  return body.startsWith(STATE(job))
}

/** Whether two states say the same thing (the time aside), whatever the order of their keys. */
export function sameState(a: JobState, b: JobState): boolean {
  return canonical({ ...a, since: '' }) === canonical({ ...b, since: '' })
}

/** JSON with every object's keys sorted: the same data, the same text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v)
}
