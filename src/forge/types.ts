// The forge contract: the primitive operations the proposal engine needs from
// GitHub and GitLab alike, and the request/outcome shapes the CLI and the
// action exchange with the engine. Implementations live in github.ts and
// gitlab.ts; nothing outside src/forge talks to a forge.

import type { ChangeSet, FileChange } from '../core/changeset.js'
import type { HostStats } from '../sources/stats.js'

export type ForgeKind = 'github' | 'gitlab'

export interface Person {
  name: string
  email: string
  /** Forge account, when the forge reports one. */
  login?: string
}

export interface CommitSummary {
  sha: string
  author: Person
  committer: Person
  message: string
}

export type ProposalState = 'open' | 'closed' | 'merged'

/** A pull request (GitHub) or merge request (GitLab), as the engine sees it. */
export interface ProposalInfo {
  /** PR number or MR iid. */
  number: number
  url: string
  state: ProposalState
  title: string
  body: string
  labels: string[]
  draft: boolean
  /** Target branch. */
  base: string
  /** Source branch. */
  branch: string
  /** Head commit the forge reports: follows the branch while open, frozen once closed. */
  headSha: string | null
  /** Whether the forge's own auto-merge is on, when the forge says. */
  autoMerge?: boolean
}

/** A review that counts for a head: GitHub's submitted reviews, GitLab's standing approvals. */
export interface Review {
  /** The reviewer's account. */
  login: string
  /** The head commit reviewed; null when the forge does not say (GitLab's approvals). */
  commit: string | null
}

/** One file of a commit: new content, or null to delete it. */
export interface FileWrite {
  path: string
  content: string | null
  /** Whether the file exists in the parent commit, if known (GitLab's create/update actions need it). */
  existed?: boolean
}

export interface CommitRequest {
  branch: string
  /** The commit's only parent; the branch is force-set to the new commit. */
  parentSha: string
  /** Current head of the branch (null: the branch does not exist), as last read. */
  branchHead: string | null
  message: string
  files: FileWrite[]
  /** Commit author; absent = the token's own identity (which GitHub signs for app tokens). */
  author?: Person
}

export interface NewProposal {
  branch: string
  base: string
  title: string
  body: string
  draft: boolean
  labels: string[]
}

export interface ProposalPatch {
  title?: string
  body?: string
  state?: 'open' | 'closed'
}

export interface ForgeComment {
  id: number
  body: string
}

/** An issue (the dashboard), as the bot sees it. */
export interface ForgeIssue {
  number: number
  url: string
  title: string
  body: string
}

/**
 * Issues, for the dashboard: one issue per repository found by a hidden marker in its body (narrowed
 * by a label, never found by its title), edited in place, with comments that hold each job's state.
 */
export interface ForgeIssues {
  /** The oldest open issue carrying `label` whose body holds `marker`, or null. */
  find(label: string, marker: string): Promise<ForgeIssue | null>
  /** Closes an issue (a duplicate dashboard two runners opened at once). */
  close(number: number): Promise<void>
  /**
   * Who last edited the issue's description, and whether that account may write to the repository;
   * undefined when the forge will not say (checkboxes then rely on the forge's own edit permissions).
   */
  lastEditor(number: number): Promise<{ login: string; canWrite: boolean } | undefined>
  create(title: string, body: string, labels: string[]): Promise<ForgeIssue>
  update(number: number, patch: { title?: string; body?: string }): Promise<void>
  listComments(number: number): Promise<ForgeComment[]>
  createComment(number: number, body: string): Promise<void>
  updateComment(number: number, id: number, body: string): Promise<void>
}

export interface ForgeCounts {
  reads: number
  writes: number
}

export interface ForgeVocabulary {
  /** "pull request" / "merge request". */
  proposal: string
  /** "PR" / "MR". */
  short: string
  /** Reference sigil: "#" / "!". */
  sigil: string
}

export interface Forge {
  readonly kind: ForgeKind
  readonly words: ForgeVocabulary
  /** Longest body the forge accepts, in characters. */
  readonly maxBodyLength: number
  /** Values that must never be posted: the token. The engine redacts them from everything it sends. */
  readonly secrets: readonly string[]
  /** E-mail addresses that are this bot even before it has made a commit (e.g. github-actions[bot]). */
  readonly botEmails: readonly string[]
  /** Requests made so far (reads = GET). */
  counts(): ForgeCounts
  /** Per-host counters of the forge's requests, in the shape the services report (for the run summary). */
  stats?(): Record<string, HostStats>
  /** Closes the forge's connections; the forge is not used afterwards. */
  close?(): Promise<void>
  /** E-mail addresses of the token's own account (one read, cached; empty when the forge will not say). */
  identityEmails(): Promise<string[]>
  defaultBranch(): Promise<string>
  /** Head commit of a branch, or null when it does not exist. */
  branchHead(branch: string): Promise<string | null>
  /** Paths a push changed between two commits (renames give both names). */
  changedPaths(base: string, head: string): Promise<string[]>
  /** Commits reachable from head but not from base (base...head), oldest first. */
  commitsBetween(base: string, head: string): Promise<CommitSummary[]>
  /** One commit with the files on top of parentSha; force-sets the branch to it. Returns its sha. */
  commitFiles(request: CommitRequest): Promise<string>
  /** Deletes a branch; a branch that is already gone is not an error. */
  deleteBranch(branch: string): Promise<void>
  /** The proposal whose source is this branch: the open one if any, else the newest closed or merged one. */
  findProposal(branch: string): Promise<ProposalInfo | null>
  /**
   * Throws ProposalExistsError when an open proposal for the branch already exists. Labels are set
   * where the forge allows it on creation (GitLab); the result says which it has.
   */
  createProposal(proposal: NewProposal): Promise<ProposalInfo>
  updateProposal(number: number, patch: ProposalPatch): Promise<void>
  addLabels(number: number, labels: string[]): Promise<void>
  removeLabel(number: number, label: string): Promise<void>
  /** Requests reviews from people and (GitHub) teams: team slugs, or `org/slug`. */
  requestReviewers(number: number, reviewers: string[], teams?: string[]): Promise<void>
  /** Who reviewed the proposal, and which head (GitHub: submitted reviews; GitLab: standing approvals, head unknown). */
  reviewsOf(number: number): Promise<Review[]>
  /**
   * Branches of this repository's open proposals that start with `prefix`: one listing per client,
   * kept current by the client's own creates, reopens and closes, so a run reads it once.
   */
  openProposalBranches(prefix: string): Promise<string[]>
  /**
   * Turns on the forge's own auto-merge for the proposal at this head commit (GitHub auto-merge,
   * GitLab's auto-merge strategies); never merges. Throws ForgeError when the forge refuses.
   */
  enableAutoMerge(proposal: ProposalInfo, head: string): Promise<void>
  listComments(number: number): Promise<ForgeComment[]>
  createComment(number: number, body: string): Promise<void>
  updateComment(number: number, id: number, body: string): Promise<void>
  /** Issues: the dashboard. */
  readonly issues: ForgeIssues
}

/** What a command run asks the engine for: one proposal for one job. */
export interface ProposalRequest {
  job: string
  /** `branch-prefix + job`. */
  branch: string
  /** Target branch; absent = the repository's default branch. */
  base?: string
  /** Absent = a title made from the change (see defaultTitle). */
  title?: string
  changeSet: ChangeSet
  labels: string[]
  reviewers: string[]
  /** GitHub team slugs (or `org/slug`) asked to review; GitLab has no team reviewers. */
  teamReviewers?: string[]
  /** Where team-reviewers is set, for the refusal on GitLab (e.g. `poi-gitops.toml:4:1`). */
  teamReviewersOrigin?: string
  draft: boolean
  dryRun: boolean
  /** How the proposal is kept up to date; absent keys take the defaults (README: "Proposal policy"). */
  policy?: Partial<ProposalPolicy>
  /**
   * The commit the change was computed from (the checkout's HEAD), if it is on the forge.
   * When the base has moved on since, the proposal is built on this commit so that the
   * forge shows a conflict instead of the proposal silently reverting newer base edits.
   */
  computedFrom?: string
  /**
   * Last touches that depend on what the open proposal recorded (its marker's memo): a plan keeps the
   * time its actions last changed, so a rerun with the same actions proposes the same bytes.
   */
  finalize?: (memo: Readonly<Record<string, string>>) => { changes: FileChange[]; memo: Record<string, string> }
  /** What finalize returned: recorded in the proposal's marker for the next run. */
  memo?: Record<string, string>
  /** A person asked (the dashboard's box) to discard their commits and regenerate the branch. */
  regenerate?: boolean
  /** Branches other jobs propose into (their bases): never written, whatever the branch-prefix. */
  reservedBranches?: readonly string[]
  /** Where the branch name comes from, for the refusal message (e.g. `job "x" in poi-gitops.toml, line 12`). */
  branchOrigin?: string
}

/** A job's proposal policy, from [proposal] and its [[job]] (README: "Proposal policy"). */
export interface ProposalPolicy {
  /** `always`: follow every change; `when-merged`: leave an open proposal as it is until merged or closed. */
  update: 'always' | 'when-merged'
  /** An open proposal is not updated again sooner than this after the bot's last update. */
  minIntervalMs?: number
  /** Reviews are requested on creation, or on every update too. */
  review: 'create' | 'always'
  /** At most this many open proposals whose branch starts with the prefix; a job that would open one more waits. */
  maxOpen?: { limit: number; branchPrefix: string }
  /** Turn on the forge's own auto-merge after each create or update. */
  automerge: boolean
}

export const DEFAULT_POLICY: ProposalPolicy = { update: 'always', review: 'create', automerge: false }

/** Why the engine left a proposal as it is although the change differs, or did not open one. */
export type HeldReason = 'when-merged' | 'min-interval' | 'max-open'

export type ProposalOperation = 'created' | 'updated' | 'unchanged' | 'closed' | 'none' | 'dry-run' | 'blocked' | 'failed'

export interface ProposalPreview {
  title: string
  body: string
  /** Unified diff of every changed file. */
  patch: string
  commitMessage: string
}

export interface ProposalOutcome {
  job: string
  branch: string
  operation: ProposalOperation
  url?: string
  number?: number
  /** Paths of the files the proposal changes. */
  files: string[]
  /** Why, for blocked/failed/unchanged-closed and other notable cases; one or two sentences. */
  message?: string
  /** Non-fatal problems (a reviewer that could not be requested, …). */
  warnings: string[]
  /** Set when the policy held the change back: the proposal is left as it is (unchanged) or not opened (none). */
  held?: HeldReason
  /** For `min-interval`: the time (ISO 8601) from which the proposal may be updated again. */
  heldUntil?: string
  /** Set when the forge's auto-merge was turned on by this run. */
  autoMerge?: 'enabled'
  /** Set for dry runs. */
  preview?: ProposalPreview
  /** For a failed proposal: 2 when the configuration is at fault (a protected branch), 3 when the forge failed or a secret was found. */
  exitCode?: 2 | 3
}
