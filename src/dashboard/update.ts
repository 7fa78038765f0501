// Keeping the dashboard issue current without lost updates or needless writes.
//
// - Each job's state lives in its own comment; only the runner of that job
//   writes it, so jobs on several runners never overwrite each other.
// - The body is rendered from all the state comments (render.ts) and embeds a
//   hash of each state it shows: a run whose job states match those hashes,
//   and with no box ticked, reads the issue once and writes nothing.
// - After writing the body the runner reads the comments again and renders
//   once more until what it wrote shows every state (at most a few rounds);
//   rendering is deterministic, so runners converge instead of flapping.
// - A box ticked between our read and our write is never erased: the body is
//   read again just before it is written, and a new tick defers the write.

import { sha256 } from '../core/hash.js'
import type { Forge, ForgeComment, ForgeIssue } from '../forge/types.js'
import { ticked, withTicks, type Tick } from '../core/checkboxes.js'
import { DASHBOARD_MARKER, renderDashboard } from './render.js'
import { canonical, isStateCommentOf, readStateComment, sameState, stateComment, type JobState } from './state.js'

export const DASHBOARD_LABEL = 'poi-gitops:dashboard'

export interface DashboardSettings {
  title: string
}

const HASHES = /<!-- poi-gitops:shown ([^>]*) -->/
const PAUSED = /- \[[ xX]\] <!-- poi-gitops:resume:([A-Za-z0-9][A-Za-z0-9._-]*) -->/g

export class Dashboard {
  /** Boxes ticked since the last run, by someone who may write to the repository. */
  readonly ticks: Tick[]
  /** Jobs the dashboard shows as paused. */
  readonly paused: ReadonlySet<string>
  readonly #dirty = new Map<string, JobState>()
  readonly #amend = new Map<string, Partial<JobState>>()
  readonly #done = new Map<string, string>()
  readonly #shown: ReadonlyMap<string, string>
  /** The body still shows notes of the last run's ticks: the next body drops them. */
  readonly #notes: boolean

  private constructor(private readonly forge: Forge, private readonly settings: DashboardSettings, private issue: ForgeIssue | null) {
    const body = issue?.body ?? ''
    this.ticks = ticked(body)
    this.paused = new Set([...body.matchAll(PAUSED)].map((m) => m[1]))
    this.#notes = body.includes('_(done: ')
    this.#shown = new Map((HASHES.exec(body)?.[1] ?? '').split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string]))
  }

  /** One read: the dashboard issue, if there is one. */
  static async open(forge: Forge, settings: DashboardSettings): Promise<Dashboard> {
    const dashboard = new Dashboard(forge, settings, await forge.issues.find(DASHBOARD_LABEL, DASHBOARD_MARKER))
    if (dashboard.ticks.length > 0 && dashboard.issue) {
      // Only people who may write to the repository steer it; the forge says who edited last where it can.
      const editor = await forge.issues.lastEditor(dashboard.issue.number)
      if (editor && !editor.canWrite) {
        for (const t of dashboard.ticks) dashboard.done(t, `ignored: ${editor.login} has no write access`)
        dashboard.ticks.length = 0
      }
    }
    return dashboard
  }

  /** What a tick did, shown next to its box in the next body. */
  done(tick: Tick, note: string): void {
    this.#done.set(`${tick.action}:${tick.job}`, note)
  }

  /** A job's state after this run; written only if the dashboard does not show it already. */
  record(state: JobState): void {
    if (this.#shown.get(state.job) !== stateHash(state)) this.#dirty.set(state.job, state)
  }

  /** A change to a job's last state that keeps the rest of it (a pause, an apply's outcome). */
  amend(job: string, patch: Partial<JobState>): void {
    this.#amend.set(job, { ...this.#amend.get(job), ...patch })
  }

  /**
   * Writes what changed: the state comments of this run's jobs, then the body. Nothing at all when
   * nothing changed and no box was ticked. Returns the number of writes.
   */
  async publish(jobs: readonly string[]): Promise<number> {
    if (this.#dirty.size === 0 && this.#amend.size === 0 && this.#done.size === 0 && !this.#notes) return 0
    let writes = 0
    if (!this.issue) {
      const mine = await this.forge.issues.create(this.settings.title, `${DASHBOARD_MARKER}\n_Being filled in by the first run…_`, [DASHBOARD_LABEL])
      writes++
      // Runners that start together may each open one: all keep the oldest, and the others close their own.
      const oldest = await this.forge.issues.find(DASHBOARD_LABEL, DASHBOARD_MARKER)
      this.issue = oldest ?? mine
      if (oldest && oldest.number !== mine.number) {
        await this.forge.issues.close(mine.number)
        writes++
      }
    }
    const number = this.issue.number
    const comments = await this.forge.issues.listComments(number)
    const previousOf = (job: string): { comment?: ForgeComment; state?: JobState } => {
      const comment = comments.find((c) => isStateCommentOf(c.body, job))
      return { ...(comment ? { comment, state: readStateComment(comment.body) } : {}) }
    }
    const now = new Date().toISOString()
    const updates = new Map<string, JobState>()
    for (const [job, state] of this.#dirty) {
      // An apply's outcome stays until the next apply replaces it.
      const applied = previousOf(job).state?.applied
      updates.set(job, { ...(applied ? { applied } : {}), ...state })
    }
    for (const [job, patch] of this.#amend) {
      const base = updates.get(job) ?? previousOf(job).state ?? { job, outcome: 'not run yet', since: now }
      updates.set(job, { ...base, ...patch, job })
    }
    for (const state of updates.values()) {
      const { comment: existing, state: previous } = previousOf(state.job)
      if (previous && sameState(previous, state)) continue
      const body = stateComment(state)
      if (existing) await this.forge.issues.updateComment(number, existing.id, body)
      else await this.forge.issues.createComment(number, body)
      writes++
    }
    for (let round = 0; round < 4; round++) {
      // Every round renders from the comments as they are now, other runners' included.
      const rendered = this.render(jobs, await this.forge.issues.listComments(number))
      // Read the body again right before writing: a box this run did not act on (a job another runner
      // of a matrix runs, an apply run, a tick made meanwhile) stays ticked for the run that will.
      const current = await this.forge.issues.find(DASHBOARD_LABEL, DASHBOARD_MARKER)
      if (current === null || current.number !== number) return writes
      const body = withTicks(rendered, ticked(current.body).filter((t) => !this.#done.has(`${t.action}:${t.job}`)))
      if (current.body === body) return writes
      await this.forge.issues.update(number, { body })
      writes++
    }
    return writes
  }

  private render(jobs: readonly string[], comments: readonly ForgeComment[]): string {
    const states = new Map<string, JobState>()
    for (const c of comments) {
      const s = readStateComment(c.body)
      if (s) states.set(s.job, s)
    }
    const body = renderDashboard({ jobs, states, done: this.#done, maxLength: this.forge.maxBodyLength - 2000, words: this.forge.words })
    const hashes = [...states.values()].sort((a, b) => (a.job < b.job ? -1 : a.job > b.job ? 1 : 0)).map((s) => `${s.job}=${stateHash(s)}`).join(',')
    return `${body}\n<!-- poi-gitops:shown ${hashes} -->\n`
  }
}

/** A short hash of what a state says (its time aside). */
export function stateHash(state: JobState): string {
  return sha256(canonical({ ...state, since: '' })).slice(0, 12)
}
