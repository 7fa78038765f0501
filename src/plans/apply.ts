// Performing a merged plan, once (README, "Plans"): for each action in plan
// order, re-read the target just before writing; write only while it still
// shows what was planned against (`expect`); count a target that already
// shows `set` as done; never repeat a write blindly — after a failure whose
// outcome is unknown (timeout, reset, 5xx) re-read and decide; stop at a cap
// of writes and after K failures in a row. The services are reached through
// small writer interfaces, so the rules are tested against fakes.

import { RemoteError } from '../sources/http.js'
import { BugzillaAuthError } from '../sources/bugzilla.js'
import { isEmailAddress, type Fields, type FieldValue, type LinkBases, type Plan, type PlanAction } from './model.js'

/** Bugzilla as apply needs it. `read` answers undefined for a bug that is gone or hidden. */
export interface BugzillaWriter {
  read(id: number): Promise<Fields | undefined>
  write(id: number, set: Fields, comment: string | null): Promise<void>
}

/** dist-git as apply needs it. `read` gives `{owner}` (the main owner), undefined when the project is gone. */
export interface DistGitWriter {
  read(pkg: string): Promise<Fields | undefined>
  /** The user the token belongs to. */
  whoami(): Promise<string>
  takeOrphan(pkg: string): Promise<void>
}

export interface Writers {
  bugzilla?: BugzillaWriter
  distgit?: DistGitWriter
}

export type Outcome =
  | 'applied' // written, and the service said so
  | 'confirmed' // written; the answer was lost, a re-read shows the change
  | 'already-done' // the target already showed `set`: nothing written
  | 'changed' // the target no longer matches `expect`: skipped
  | 'not-allowed' // the job does not allow this kind (ASK-CLOSE without close-stale)
  | 'failed' // not written (or not known to be), see detail
  | 'not-attempted' // the run stopped before this action
  | 'would-apply' // dry run: would be written

export interface ActionOutcome {
  id: string
  service: PlanAction['service']
  target: PlanAction['target']
  kind: PlanAction['kind']
  outcome: Outcome
  detail: string
}

export interface ApplyReport {
  job: string
  outcomes: ActionOutcome[]
  /** Writes sent (including failed and lost ones). */
  writes: number
  /** Why the run stopped early, if it did. */
  stopped?: string
  dryRun: boolean
  /** Where the plan's targets live, for links (the defaults when absent). */
  links?: LinkBases
}

export interface ApplyOptions {
  /** Write ASK-CLOSE actions (the job runs with --close-stale). Default false. */
  allowAskClose?: boolean
  /** Writes sent per run at most; the rest are left for another run. Default 100. */
  maxWrites?: number
  /** Stop after this many failures in a row. Default 3. */
  maxConsecutiveFailures?: number
  /** Re-read and report, write nothing. */
  dryRun?: boolean
  log?: (line: string) => void
}

export const DEFAULT_MAX_WRITES = 100

/** Whether the plan's command ran with --close-stale (the job's approval of ASK-CLOSE closures). */
export function closeStaleRequested(plan: Pick<Plan, 'command'>): boolean {
  return plan.command.split(/\s+/).includes('--close-stale')
}
export const DEFAULT_MAX_CONSECUTIVE_FAILURES = 3

/** True when every key of `want` has the same value in `state` (emails compared without case). */
export function fieldsMatch(state: Fields, want: Fields): boolean {
  return Object.entries(want).every(([k, v]) => sameValue(k, state[k], v))
}

function sameValue(field: string, a: FieldValue | undefined, b: FieldValue): boolean {
  if (field === 'assigned_to' && typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  return a === b
}

/** What in `state` differs from `want`, e.g. `status NEW → ASSIGNED`. */
function differences(state: Fields, want: Fields): string {
  return Object.entries(want)
    .filter(([k, v]) => !sameValue(k, state[k], v))
    .map(([k, v]) => `${k} ${show(v)} → ${show(state[k])}`)
    .join(', ')
}

function show(v: FieldValue | undefined): string {
  return v === undefined ? '(absent)' : v === '' ? '""' : String(v)
}

/** The state a target shows once the action is done. */
function doneState(a: PlanAction): Fields {
  // take-orphan writes the point of contact, which dist-git shows as the owner.
  if (a.kind === 'take-orphan') return { owner: a.set['point_of_contact'] ?? null }
  return a.set
}

/** A failure after which the write may or may not have landed. */
function ambiguous(e: unknown): boolean {
  if (!(e instanceof RemoteError)) return true
  if (e.kind === 'timeout' || e.kind === 'transport' || e.kind === 'body') return true
  return e.status !== undefined && e.status >= 500
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/**
 * Performs `plan` with `writers`. Every action gets exactly one outcome, in
 * plan order. Nothing is retried within a run: a failed action stays for the
 * next apply, which re-reads it like every other.
 */
export async function applyPlan(plan: Plan, writers: Writers, options: ApplyOptions = {}): Promise<ApplyReport> {
  const maxWrites = options.maxWrites ?? DEFAULT_MAX_WRITES
  const maxFailures = options.maxConsecutiveFailures ?? DEFAULT_MAX_CONSECUTIVE_FAILURES
  const dryRun = options.dryRun ?? false
  const log = options.log ?? (() => undefined)
  const report: ApplyReport = { job: plan.job, outcomes: [], writes: 0, dryRun }
  let consecutive = 0
  let tokenUser: Promise<string> | undefined

  const record = (a: PlanAction, outcome: Outcome, detail: string): void => {
    report.outcomes.push({ id: a.id, service: a.service, target: a.target, kind: a.kind, outcome, detail })
    log(`${a.id}: ${outcome}${detail ? ` — ${detail}` : ''}`)
    if (outcome === 'failed') {
      consecutive++
      if (consecutive >= maxFailures && report.stopped === undefined) report.stopped = `${consecutive} failures in a row: stopped so a failing service is not hammered`
    } else if (outcome === 'applied' || outcome === 'confirmed' || outcome === 'already-done' || outcome === 'changed') {
      consecutive = 0
    }
  }

  for (const a of plan.actions) {
    if (report.stopped !== undefined) {
      record(a, 'not-attempted', report.stopped)
      continue
    }
    if (a.kind === 'ask-close' && !options.allowAskClose) {
      record(a, 'not-allowed', 'addressed only in some releases: closed only when the job runs with --close-stale (or change this action\'s kind to errata in the plan)')
      continue
    }
    const assignee = a.set['assigned_to']
    if (assignee !== undefined && (typeof assignee !== 'string' || !isEmailAddress(assignee))) {
      record(a, 'failed', 'a claim needs a person\'s email address as assigned_to; nothing was written')
      continue
    }
    const target = targetOf(a, writers)
    if (typeof target === 'string') {
      record(a, 'failed', target)
      continue
    }
    if (a.kind === 'take-orphan') {
      try {
        tokenUser ??= target.whoami!()
        const user = await tokenUser
        if (user !== a.set['point_of_contact']) {
          record(a, 'failed', `the dist-git token belongs to ${user}, but the plan adopts the package as ${show(a.set['point_of_contact'])}`)
          continue
        }
      } catch (e) {
        tokenUser = undefined
        record(a, 'failed', `could not check the dist-git token: ${message(e)}`)
        continue
      }
    }

    let state: Fields | undefined
    try {
      state = await target.read()
    } catch (e) {
      record(a, 'failed', `could not re-read the target before writing: ${message(e)}`)
      // A refused key fails every action alike: stop at once.
      if (e instanceof BugzillaAuthError) report.stopped ??= message(e)
      continue
    }
    if (state === undefined) {
      record(a, 'changed', a.service === 'bugzilla' ? 'the bug no longer exists or is not visible' : 'the dist-git project no longer exists')
      continue
    }
    if (fieldsMatch(state, doneState(a))) {
      record(a, 'already-done', 'the target already shows the planned change')
      continue
    }
    if (!fieldsMatch(state, a.expect)) {
      record(a, 'changed', `changed since planning: ${differences(state, a.expect)}`)
      continue
    }
    if (dryRun) {
      record(a, 'would-apply', '')
      continue
    }
    if (report.writes >= maxWrites) {
      report.stopped = `the cap of ${maxWrites} writes per run was reached; run apply again for the rest`
      record(a, 'not-attempted', report.stopped)
      continue
    }

    report.writes++
    try {
      await target.write()
      record(a, 'applied', '')
    } catch (e) {
      if (!ambiguous(e)) {
        record(a, 'failed', `the service refused the write: ${message(e)}`)
        continue
      }
      // The write may have landed: look before deciding, never send it again.
      let after: Fields | undefined
      try {
        after = await target.read()
      } catch (readError) {
        record(a, 'failed', `the write's outcome is unknown (${message(e)}) and the re-read failed too (${message(readError)}); not retried — check the target before applying again`)
        continue
      }
      if (after !== undefined && fieldsMatch(after, doneState(a))) record(a, 'confirmed', `the answer was lost (${message(e)}); a re-read shows the change`)
      else record(a, 'failed', `the write failed (${message(e)}) and a re-read shows it did not land; not retried`)
    }
  }
  return report
}

interface Target {
  read(): Promise<Fields | undefined>
  write(): Promise<void>
  whoami?: () => Promise<string>
}

function targetOf(a: PlanAction, w: Writers): Target | string {
  if (a.service === 'bugzilla') {
    const bz = w.bugzilla
    if (!bz) return 'no Bugzilla API key was given, so nothing can be written to Bugzilla'
    const id = a.target as number
    return { read: () => bz.read(id), write: () => bz.write(id, a.set, a.comment) }
  }
  const dg = w.distgit
  if (!dg) return 'no dist-git token was given, so no package can be taken'
  const pkg = a.target as string
  return { read: () => dg.read(pkg), write: () => dg.takeOrphan(pkg), whoami: () => dg.whoami() }
}

/** Exit code of an apply run: 0 when nothing failed or was cut short, 3 when a write or read failed, 1 for a stop at the write cap. */
export function applyExitCode(report: ApplyReport): 0 | 1 | 3 {
  if (report.outcomes.some((o) => o.outcome === 'failed')) return 3
  if (report.stopped !== undefined) return 1
  return 0
}
