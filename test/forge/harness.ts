// Shared setup for the forge tests: a fake GitHub or GitLab backed by a real
// git repository, the real Octokit / gitbeaker clients pointed at it, and
// builders for change sets and proposal requests.

import type { ChangeRecord, ChangeSet } from '../../src/core/changeset.js'
import { createGitHubForge } from '../../src/forge/github.js'
import { createGitLabForge } from '../../src/forge/gitlab.js'
import type { ForgeNetworkOptions } from '../../src/forge/network.js'
import type { Clock } from '../../src/sources/clock.js'
import type { Forge, ForgeKind, ProposalRequest } from '../../src/forge/types.js'
import type { ForgeContext } from '../../src/forge/errors.js'
import type { FaultAction } from '../fakes/fake-http.js'
import { GitRepo, PERSON, type Identity } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { FakeGitLab, GITLAB_TOKEN, PROJECT_PATH } from '../fakes/gitlab-server.js'

export const INVENTORY = 'inventories/salimma.toml'
export const BEFORE = '[inventory]\nname = "salimma"\n\n[[package]]\nname = "bash"\n'
export const AFTER_FOO = `${BEFORE}\n[[package]]\nname = "foo"\n`
export const AFTER_FOO_BAR = `${AFTER_FOO}\n[[package]]\nname = "bar"\n`
export const BRANCH = 'poi-gitops/salimma'

export interface ProposalView {
  number: number
  state: 'open' | 'closed' | 'merged'
  title: string
  body: string
  labels: string[]
  draft: boolean
  reviewers: string[]
}

export interface Harness {
  kind: ForgeKind
  repo: GitRepo
  /** The fake itself, for what only one forge has (GitHub's repository settings). */
  github?: FakeGitHub
  gitlab?: FakeGitLab
  /** A fresh client, as a new run would make (caches empty). */
  forge(options?: ForgeNetworkOptions & { context?: ForgeContext }): Forge
  counts(): { reads: number; writes: number }
  /** The requests the fake answered since the last reset: method, decoded path and query. */
  requests(): { method: string; path: string; query: string }[]
  resetCounts(): void
  proposals(branch?: string): ProposalView[]
  comments(number: number): string[]
  /** Someone else comments. */
  comment(number: number, body: string): void
  close(number: number): void
  merge(number: number, deleteBranch?: boolean): void
  label(number: number, label: string): void
  /** The next create finds a proposal for the branch opened a moment earlier by someone else. */
  race(): void
  /** Runs `fn` once, just before the forge creates the next proposal (after the bot's commit). */
  beforeCreate(fn: () => void): void
  /** The next `times` matching requests get this answer, a connection reset or no answer at all. */
  fail(match: { method?: string; path: RegExp }, response: FaultAction, times?: number): void
  /** The fake's host:port, as the forge's counters name it. */
  host: string
  /** Someone opens a proposal from a fork whose branch has the same name. */
  forkProposal(branch: string): void
  /** A person pushes a commit to the branch. */
  push(branch: string, files: Record<string, string | null>, who?: Identity): string
  setBody(number: number, body: string): void
  /** Two accounts the forge knows as reviewers. */
  people: [string, string]
  /** A person reviews (GitHub: an approving review of the current head; GitLab: an approval). */
  review(number: number, login: string): void
  /** A person takes every reviewer off the proposal. */
  clearReviewers(number: number): void
  /** Every review request in order (GitHub: each requested login, repeats included; GitLab: each reviewer added). */
  reviewRequests(number: number): string[]
  /** The auto-merge set on the proposal (GitHub: its merge method; GitLab: its strategy), or null. */
  autoMerge(number: number): string | null
  /** From now on nothing is pending on proposals, so the forge offers no auto-merge (GitHub: "clean status"; GitLab: no strategy). */
  nothingPending(): void
  stop(): Promise<void>
}

export async function startHarness(kind: ForgeKind, files: Record<string, string> = { [INVENTORY]: BEFORE, 'README.md': 'inventory\n' }): Promise<Harness> {
  const repo = GitRepo.create(files)
  // Every client a test made is closed with the fake, so no connection outlives the test.
  const forges: Forge[] = []
  const track = (forge: Forge): Forge => {
    forges.push(forge)
    return forge
  }
  if (kind === 'github') {
    const fake = await FakeGitHub.start(repo)
    return {
      kind, repo, github: fake,
      forge: (options = {}) => track(createGitHubForge({ writeSpacingMs: 0, ...options, apiUrl: fake.url, owner: 'acme', repo: 'inventory', token: GITHUB_TOKEN })),
      counts: () => fake.http.counts(),
      requests: () => fake.http.log.map(({ method, path, query }) => ({ method, path, query })),
      resetCounts: () => fake.http.resetCounts(),
      proposals: (branch = BRANCH) => fake.pullsFor(branch).map((p) => ({
        number: p.number, state: p.merged ? 'merged' : p.state, title: p.title, body: p.body, labels: [...p.labels], draft: p.draft, reviewers: [...p.reviewers]
      })),
      comments: (n) => fake.commentsOn(n).map((c) => c.body),
      comment: (n, body) => fake.addComment(n, body),
      close: (n) => fake.closePull(n),
      merge: (n, del) => fake.mergePull(n, del),
      label: (n, l) => fake.addLabel(n, l),
      race: () => {
        fake.beforeCreatePull = (head) => {
          fake.beforeCreatePull = null
          fake.insertPull(head, 'main', 'Opened by a concurrent run')
        }
      },
      beforeCreate: (fn) => {
        fake.beforeCreatePull = () => {
          fake.beforeCreatePull = null
          fn()
        }
      },
      fail: (match, response, times) => fake.http.fail(match, response, times),
      host: fake.http.host,
      forkProposal: (branch) => {
        fake.insertPull(branch, 'main', 'From a fork', 'fork', 'someone')
      },
      push: (branch, files, who = PERSON) => repo.commitFiles(branch, files, who, 'Fix by hand'),
      setBody: (n, body) => {
        const pull = fake.pulls.find((p) => p.number === n)
        if (pull) pull.body = body
      },
      people: ['pat', 'sam'],
      review: (n, login) => fake.submitReview(n, login),
      clearReviewers: (n) => fake.clearReviewers(n),
      reviewRequests: (n) => [...(fake.pulls.find((p) => p.number === n)?.reviewRequests ?? [])],
      autoMerge: (n) => fake.pulls.find((p) => p.number === n)?.autoMerge ?? null,
      nothingPending: () => {
        fake.requirementsPending = false
      },
      stop: async () => {
        try {
          await Promise.all(forges.splice(0).map(async (f) => f.close?.()))
          await fake.stop()
        } finally {
          repo.remove()
        }
      }
    }
  }
  const fake = await FakeGitLab.start(repo)
  return {
    kind, repo, gitlab: fake,
    forge: (options = {}) => track(createGitLabForge({ writeSpacingMs: 0, ...options, host: fake.url, projectId: PROJECT_PATH, token: GITLAB_TOKEN })),
    counts: () => fake.http.counts(),
    requests: () => fake.http.log.map(({ method, path, query }) => ({ method, path, query })),
    resetCounts: () => fake.http.resetCounts(),
    proposals: (branch = BRANCH) => fake.mergeRequestsFor(branch).map((m) => ({
      number: m.iid, state: m.state === 'opened' ? 'open' : m.state, title: m.title, body: m.description, labels: [...m.labels],
      draft: /^draft:/i.test(m.title), reviewers: m.reviewerIds.map(String)
    })),
    comments: (n) => fake.notesOn(n).map((c) => c.body),
    comment: (n, body) => fake.addNote(n, body),
    close: (n) => fake.closeMergeRequest(n),
    merge: (n, del) => fake.mergeMergeRequest(n, del),
    label: (n, l) => fake.addLabel(n, l),
    race: () => {
      fake.beforeCreateMergeRequest = (source) => {
        fake.beforeCreateMergeRequest = null
        fake.insertMergeRequest(source, 'main', 'Opened by a concurrent run')
      }
    },
    beforeCreate: (fn) => {
      fake.beforeCreateMergeRequest = () => {
        fake.beforeCreateMergeRequest = null
        fn()
      }
    },
    fail: (match, response, times) => fake.http.fail(match, response, times),
    host: fake.http.host,
    forkProposal: (branch) => {
      fake.insertMergeRequest(branch, 'main', 'From a fork', 'fork', 99)
    },
    push: (branch, files, who = PERSON) => repo.commitFiles(branch, files, who, 'Fix by hand'),
    setBody: (n, body) => {
      const mr = fake.mergeRequests.find((m) => m.iid === n)
      if (mr) mr.description = body
    },
    people: ['reviewer-one', 'reviewer-two'],
    review: (n, login) => fake.approve(n, login),
    clearReviewers: (n) => fake.clearReviewers(n),
    reviewRequests: (n) => [...(fake.mergeRequests.find((m) => m.iid === n)?.reviewerAdds ?? [])],
    autoMerge: (n) => fake.mergeRequests.find((m) => m.iid === n)?.autoMerge ?? null,
    nothingPending: () => {
      fake.autoMergeStrategies = []
    },
    stop: async () => {
      try {
        await Promise.all(forges.splice(0).map(async (f) => f.close?.()))
        await fake.stop()
      } finally {
        repo.remove()
      }
    }
  }
}

export function changeSet(files: Record<string, [string | null, string | null]>, records: ChangeRecord[] = [], extra: Partial<ChangeSet> = {}): ChangeSet {
  return {
    changes: Object.entries(files).map(([path, [before, after]]) => ({ path, before, after })),
    records,
    findings: [],
    provenance: {
      command: 'sync-distgit --user salimma -o inventories/salimma.toml',
      inputs: [INVENTORY],
      services: { distgit: 'https://src.fedoraproject.org' },
      requests: { 'src.fedoraproject.org': 3 }
    },
    complete: true,
    ...extra
  }
}

export function added(name: string, file = INVENTORY): ChangeRecord {
  return { file, package: name, kind: 'added', source: 'distgit' }
}

export function removed(name: string, file = INVENTORY): ChangeRecord {
  return { file, package: name, kind: 'removed', source: 'distgit' }
}

/** The job's request: sensible config defaults, then overrides. */
export function request(cs: ChangeSet, overrides: Partial<ProposalRequest> = {}): ProposalRequest {
  return { job: 'salimma', branch: BRANCH, changeSet: cs, labels: ['inventory'], reviewers: [], draft: false, dryRun: false, ...overrides }
}

/** Adds foo (and optionally bar) to the inventory, as sync-distgit would report it. */
export function addFoo(withBar = false): ProposalRequest {
  return request(withBar
    ? changeSet({ [INVENTORY]: [BEFORE, AFTER_FOO_BAR] }, [added('foo'), added('bar')])
    : changeSet({ [INVENTORY]: [BEFORE, AFTER_FOO] }, [added('foo')]))
}

export class FakeClock implements Clock {
  t = 1_700_000_000_000
  readonly sleeps: number[] = []
  now(): number {
    return this.t
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.t += ms
  }
}
