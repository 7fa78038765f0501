// Plans as files: one canonical JSON text per plan, so a rerun that computes
// the same actions writes the same bytes and a no-op scheduled run changes
// nothing. `computed_at` only moves when the actions change.

import { PLAN_VERSION, type Fields, type Plan, type PlanAction, type PlanDraft, type PlanSkip } from './model.js'

/** Field order inside `expect` and `set`: the order the writes are described in; unknown names after, sorted. */
const FIELD_ORDER = ['status', 'resolution', 'priority', 'cf_fixed_in', 'assigned_to', 'owner', 'point_of_contact']

function orderedFields(f: Fields): Fields {
  const keys = Object.keys(f).sort((a, b) => {
    const x = FIELD_ORDER.indexOf(a)
    const y = FIELD_ORDER.indexOf(b)
    if (x !== y) return (x < 0 ? Infinity : x) - (y < 0 ? Infinity : y)
    return a < b ? -1 : a > b ? 1 : 0
  })
  const out: Fields = {}
  for (const k of keys) out[k] = f[k]
  return out
}

function orderedAction(a: PlanAction): PlanAction {
  return { id: a.id, service: a.service, target: a.target, kind: a.kind, expect: orderedFields(a.expect), set: orderedFields(a.set), comment: a.comment, why: a.why }
}

function orderedSkip(s: PlanSkip): PlanSkip {
  return { target: s.target, why: s.why }
}

/** The canonical text: fixed key order, two-space indentation, a final newline. */
export function serializePlan(plan: Plan): string {
  const canonical: Plan = {
    version: PLAN_VERSION,
    job: plan.job,
    command: plan.command,
    computed_at: plan.computed_at,
    actions: plan.actions.map(orderedAction),
    skipped: plan.skipped.map(orderedSkip),
  }
  return JSON.stringify(canonical, null, 2) + '\n'
}

/** ISO 8601 to the second, UTC. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Whether two action lists are the same plan of writes (order included). */
export function sameActions(a: readonly PlanAction[], b: readonly PlanAction[]): boolean {
  return JSON.stringify(a.map(orderedAction)) === JSON.stringify(b.map(orderedAction))
}

export interface FinalizeOptions {
  job: string
  now: Date
  /** The plan file's current content, if there is one (e.g. on the proposal branch or the base). */
  previous?: string | null
}

/**
 * The plan for `plans/<job>.json`: `computed_at` is the previous file's time
 * when its actions are the same as the draft's, otherwise `now`. A previous
 * text that does not parse is ignored.
 */
export function finalizePlan(draft: PlanDraft, o: FinalizeOptions): Plan {
  let computedAt = isoSeconds(o.now)
  const prev = o.previous ? previousPlan(o.previous) : undefined
  if (prev && sameActionsSafe(prev.actions, draft.actions)) computedAt = prev.computed_at
  return { version: PLAN_VERSION, job: o.job, command: draft.command, computed_at: computedAt, actions: draft.actions, skipped: draft.skipped }
}

/** The plan file text for a draft (finalizePlan + serializePlan). */
export function planText(draft: PlanDraft, o: FinalizeOptions): string {
  return serializePlan(finalizePlan(draft, o))
}

function sameActionsSafe(a: unknown[], b: readonly PlanAction[]): boolean {
  try {
    return sameActions(a as PlanAction[], b)
  } catch {
    // A hand-edited previous plan of another shape: not the same actions.
    return false
  }
}

function previousPlan(text: string): { actions: unknown[]; computed_at: string } | undefined {
  try {
    const doc = JSON.parse(text) as { actions?: unknown; computed_at?: unknown }
    if (!Array.isArray(doc.actions) || typeof doc.computed_at !== 'string' || Number.isNaN(Date.parse(doc.computed_at))) return undefined
    return { actions: doc.actions, computed_at: doc.computed_at }
  } catch {
    return undefined
  }
}
