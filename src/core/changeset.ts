// What a command hands over: the files that should now read differently and
// a structured account of what changed and why. Commands never write files or
// call forges; the CLI prints or applies a ChangeSet and the proposal engine
// turns it into one pull/merge request per job.

import type { Finding } from './finding.js'

/** One file's new content. `before` null = created; `after` null = deleted. Paths are repository-relative, '/'-separated. */
export interface FileChange {
  path: string
  before: string | null
  after: string | null
}

export type ChangeKind =
  | 'added' // package added to an inventory
  | 'removed' // package removed
  | 'marked' // a marker (unshipped, archived_builds, retired_on) set or changed
  | 'unmarked' // a marker cleared
  | 'changed' // another field changed
  | 'regenerated' // an export file regenerated
  | 'planned' // one write to another service, in a plan file (the plan's own tables describe it)

/** Which remote fact a change rests on, for links in the proposal body. */
export type FactSource = 'distgit' | 'bodhi' | 'gitlab' | 'cbs-koji' | 'fedora-koji' | 'bugzilla'

export interface ChangeRecord {
  /** The file the change is in (an inventory or an export). */
  file: string
  /** Package name (absent for whole-file records such as a regenerated export). */
  package?: string
  kind: ChangeKind
  /** Field name for marked/unmarked/changed (e.g. 'unshipped'). */
  field?: string
  before?: string
  after?: string
  /** Free-text reason (e.g. the unshipped reason); comes from remote data, so it is escaped when rendered. */
  reason?: string
  source?: FactSource
  /** For gitlab/koji facts: the project path or URL the fact came from. */
  ref?: string
}

/** How the change was computed, for the "how this was made" section of a proposal body. */
export interface Provenance {
  /** The command line that ran, e.g. `sync-distgit --user salimma -o inventories/salimma.toml`. Secrets never appear here. */
  command: string
  inputs: string[]
  /** Service name → base URL used. */
  services: Record<string, string>
  /** Host → request count (from the HTTP layer's counters). */
  requests: Record<string, number>
}

export interface ChangeSet {
  changes: FileChange[]
  records: ChangeRecord[]
  findings: Finding[]
  provenance: Provenance
  /** True when the data behind the change is complete; a partial result may never remove packages. */
  complete: boolean
  /**
   * Markdown the proposal body shows as is, after the summary: a plan's tables, an audit's table.
   * Remote text in it is already escaped by whoever rendered it.
   */
  sections?: string[]
}

export function changedFiles(changes: readonly FileChange[]): FileChange[] {
  return changes.filter((c) => c.before !== c.after)
}
