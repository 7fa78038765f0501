// A plan: the writes to Bugzilla and dist-git a command wants, as data a
// proposal carries and a reviewer approves by merging (README, "Plans").
// Version 1 is a stable, documented shape; nothing here writes anything.

export const PLAN_VERSION = 1

export type PlanService = 'bugzilla' | 'distgit'

export const ACTION_KINDS = ['priority', 'errata', 'modified', 'ask-close', 'cantfix', 'claim', 'take-orphan'] as const
export type ActionKind = (typeof ACTION_KINDS)[number]

/** A field value as read or to be written. */
export type FieldValue = string | number | boolean | null

export type Fields = Record<string, FieldValue>

export interface PlanAction {
  /** Stable across runs, e.g. `bugzilla:2345678:errata` or `distgit:ccze:take-orphan`. */
  id: string
  service: PlanService
  /** A bug id (bugzilla) or a package name (distgit). */
  target: number | string
  kind: ActionKind
  /** The target's fields as read when planning; apply writes only while they still hold. */
  expect: Fields
  /** The fields to write. */
  set: Fields
  /** The exact comment posted with the write, if any. */
  comment: string | null
  /** One line: why this action. */
  why: string
}

export interface PlanSkip {
  target: number | string
  why: string
}

export interface Plan {
  version: typeof PLAN_VERSION
  job: string
  command: string
  /** ISO 8601: when the actions last changed. */
  computed_at: string
  actions: PlanAction[]
  skipped: PlanSkip[]
}

/** Links behind an action, for the proposal body (not part of the plan file). */
export interface Evidence {
  /** Bodhi updates, e.g. `FEDORA-2026-abc`. */
  bodhi?: string[]
  /** Koji builds seen tagged into a release's stable tag chain. */
  koji?: string[]
  /** dist-git branches carrying dead.package, with the package. */
  deadPackage?: Array<{ package: string; branch: string }>
  /** The package a bug belongs to. */
  component?: string
  /** The bug's summary (remote text: escaped when rendered). */
  summary?: string
  /** The release findings of a stale check, in order, e.g. `F45: foo-1.2.0-1.fc45 (stable)`. */
  findings?: string[]
}

/** What a command hands over; the job layer turns it into `plans/<job>.json`. */
export interface PlanDraft {
  command: string
  actions: PlanAction[]
  skipped: PlanSkip[]
  /** Per action id, what the body links to. */
  evidence?: Record<string, Evidence>
}

const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/

/** A plain email address (what a claim may assign a bug to). */
export function isEmailAddress(s: string): boolean {
  return EMAIL.test(s)
}

export function actionId(service: PlanService, target: number | string, kind: ActionKind): string {
  return `${service}:${target}:${kind}`
}

/** Action groups in the order plans list (and apply) them: the order ACTION_KINDS declares them in. */
export const KIND_ORDER: readonly ActionKind[] = ACTION_KINDS

export const KIND_TITLES: Readonly<Record<ActionKind, string>> = {
  priority: 'Priority raises',
  errata: 'Close as ERRATA (stable everywhere)',
  modified: 'Move to MODIFIED (still in testing)',
  'ask-close': 'Addressed only in some releases — needs a decision (ASK-CLOSE)',
  cantfix: 'Close as CANTFIX (retired branch)',
  claim: 'Claims',
  'take-orphan': 'Take orphaned packages',
}

/** Where a plan's targets live, for links: each service's base URL. */
export interface LinkBases {
  bugzilla: string
  bodhi: string
  distgit: string
  /** Koji web UI, e.g. https://koji.fedoraproject.org/koji. */
  koji: string
}
