// Forge failures as one typed error, each with a one-sentence explanation
// that names the fix. Most support load for bots like this one is token
// permissions and repository settings, not code, so the explanation is what
// a user reads first.

import { RemoteError } from '../sources/remote-error.js'
import { SchemaError } from '../sources/schema.js'
import type { ForgeKind } from './types.js'

/** What the run knows about its token, for explanations (from detect.ts). */
export interface ForgeContext {
  /** Set when the token is known to be read-only, e.g. a pull_request run from a fork. */
  readOnlyReason?: string
  /** owner/repo or the GitLab project, for messages. */
  repository?: string
}

export class ForgeError extends Error {
  readonly exitCode = 3
  constructor(
    readonly forge: ForgeKind,
    /** What the engine was doing, e.g. "create the pull request". */
    readonly operation: string,
    /** HTTP status; undefined for transport failures. */
    readonly status: number | undefined,
    /** The forge's own message. */
    readonly detail: string,
    /** One sentence: what went wrong and how to fix it. */
    readonly explanation: string
  ) {
    super(explanation)
    this.name = 'ForgeError'
  }
}

/** The forge already has an open proposal for the branch (GitHub 422 "already exists", GitLab 409). */
export class ProposalExistsError extends ForgeError {
  constructor(forge: ForgeKind, detail: string) {
    super(forge, 'create the proposal', forge === 'github' ? 422 : 409, detail, `An open proposal for this branch already exists (${detail}).`)
    this.name = 'ProposalExistsError'
  }
}

export interface ErrorFacts {
  forge: ForgeKind
  operation: string
  status: number | undefined
  detail: string
  context: ForgeContext
  /** True when a rate limit was still in force after the retries. */
  rateLimited?: boolean
  /** Set when no answer came: the network cause (connection reset, timeout), the request and the attempts. */
  network?: string
  /** Set when an answer came but could not be read or lacks a documented field. */
  malformed?: boolean
}

const NAMES = { github: 'GitHub', gitlab: 'GitLab' } as const

export function explain(facts: ErrorFacts): string {
  const name = NAMES[facts.forge]
  if (facts.network !== undefined) {
    return `Could not reach ${name} to ${facts.operation}: ${facts.network}. Check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), or try again later.`
  }
  if (facts.malformed) return `${name}'s answer when trying to ${facts.operation} is not what its API documents: ${facts.detail}`
  return facts.forge === 'github' ? explainGitHub(facts) : explainGitLab(facts)
}

/**
 * Any failure of a forge operation as a ForgeError: an HTTP answer by its status and the forge's own
 * message, a request that got no answer by its network cause, a malformed answer as such.
 */
export function toForgeError(forge: ForgeKind, operation: string, error: unknown, context: ForgeContext): ForgeError {
  if (error instanceof ForgeError) return error
  const remote = remoteErrorIn(error)
  if (remote !== undefined) {
    if (remote.kind === 'timeout' || remote.kind === 'transport') {
      const tries = remote.attempts > 1 ? `, ${remote.attempts} attempts` : ''
      return forgeError({ forge, operation, status: undefined, detail: remote.detail, context, network: `${remote.detail} (${remote.method} ${remote.url}${tries})` })
    }
    if (remote.kind === 'body') return forgeError({ forge, operation, status: remote.status, detail: remote.detail, context, malformed: true })
    const detail = remote.serviceMessage ?? remote.bodyExcerpt ?? remote.detail
    return forgeError({ forge, operation, status: remote.status, detail, context, rateLimited: remote.rateLimited })
  }
  if (error instanceof SchemaError) return forgeError({ forge, operation, status: undefined, detail: error.message, context, malformed: true })
  return forgeError({ forge, operation, status: undefined, detail: error instanceof Error ? error.message : String(error), context })
}

/** The HTTP layer's error, also when a client library (Octokit) wrapped it as the cause of its own. */
export function remoteErrorIn(error: unknown): RemoteError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof RemoteError) return e
  }
  return undefined
}

/** The HTTP status of a forge failure, undefined when no answer came. */
export function statusOf(error: unknown): number | undefined {
  const remote = remoteErrorIn(error)
  return remote?.kind === 'status' ? remote.status : undefined
}

/** The forge's own message in an error answer (GitHub's `message` and `errors`, GitLab's `message`/`error`). */
export function forgeMessageOf(error: unknown): string {
  const remote = remoteErrorIn(error)
  if (remote !== undefined) return remote.serviceMessage ?? remote.bodyExcerpt ?? remote.detail
  return error instanceof Error ? error.message : String(error)
}

export function forgeError(facts: ErrorFacts): ForgeError {
  return new ForgeError(facts.forge, facts.operation, facts.status, facts.detail, explain(facts))
}

function explainGitHub({ operation, status, detail, context, rateLimited }: ErrorFacts): string {
  const repo = context.repository ?? 'the repository'
  if (rateLimited) {
    return `GitHub's rate limit stopped the attempt to ${operation} and did not clear in time: run less often, or use a GitHub App installation token, which has a higher limit.`
  }
  if (status === 403 && /not permitted to create or approve pull requests/i.test(detail)) {
    return 'GitHub refused to create the pull request because GitHub Actions may not create pull requests in this repository: enable Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" (in an organization, allow it in the organization\'s Actions settings first).'
  }
  if (status === 403 && /refusing to allow .* to (create|update) workflow/i.test(detail)) {
    return 'GitHub refused the commit because it changes a file under .github/workflows, which this token may not touch: keep workflow files out of the change or use a token with the "workflows" permission.'
  }
  if (status === 403 && /Resource not accessible by (integration|personal access token)/i.test(detail)) {
    if (context.readOnlyReason) {
      return `The token of this run is read-only (${context.readOnlyReason}), so GitHub refused to ${operation}: propose from a push, schedule or workflow_dispatch run instead, or pass --dry-run here.`
    }
    return `The token may not ${operation} in ${repo}: give the job "permissions: contents: write, pull-requests: write" (or grant a fine-grained token Contents and Pull requests read/write).`
  }
  if (status === 401) {
    return 'GitHub rejected the token (401 Bad credentials): pass a valid, unexpired token in the "token" input.'
  }
  if (status === 404) {
    return `GitHub answered 404 when trying to ${operation}: check that ${repo} exists and that the token has access to it.`
  }
  if ((status === 422 || status === 409) && /protected branch/i.test(detail)) {
    return `GitHub refused to ${operation} because the branch is protected: exclude the proposal branch prefix from the branch protection or ruleset.`
  }
  return `GitHub answered ${status ?? 'without a response'} when trying to ${operation}: ${detail}`
}

function explainGitLab({ operation, status, detail, context, rateLimited }: ErrorFacts): string {
  const project = context.repository ?? 'the project'
  if (rateLimited) {
    return `GitLab's rate limit stopped the attempt to ${operation} and did not clear in time: run less often or raise the limits for the token's user.`
  }
  if (status === 403 && /insufficient_scope/i.test(detail)) {
    return 'GitLab refused the request because the token lacks the "api" scope: create a project access token with the "api" scope and at least the Developer role, and store it as the masked CI/CD variable GITLAB_TOKEN.'
  }
  if (status === 401) {
    return 'GitLab rejected the token (401 Unauthorized): GITLAB_TOKEN is invalid, expired or revoked; create a project access token with the "api" scope.'
  }
  if (status === 403 && /not allowed to push/i.test(detail)) {
    return `GitLab refused to ${operation} because the branch is protected: exclude the proposal branch prefix from the protected branches of ${project}.`
  }
  if (status === 403) {
    if (context.readOnlyReason) return `The token of this run is read-only (${context.readOnlyReason}), so GitLab refused to ${operation}: propose from a scheduled or manual pipeline instead.`
    return `GitLab refused to ${operation} (403 Forbidden): the token's user needs at least the Developer role in ${project}.`
  }
  if (status === 404) {
    return `GitLab answered 404 when trying to ${operation}: check CI_PROJECT_ID and that the token's user is a member of ${project}.`
  }
  return `GitLab answered ${status ?? 'without a response'} when trying to ${operation}: ${detail}`
}
