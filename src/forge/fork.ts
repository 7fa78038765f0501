// Whether a run may propose at all: never from a fork's pull request. Kept
// free of imports: the action asks before it loads anything else (a forge
// client reads the event payload when it loads, and a malformed one must be
// refused with a clear error first).

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

/**
 * Why this run must not propose: a pull request from a fork (or Dependabot's), whatever the event
 * (pull_request_target runs with a write token, so the token cannot tell); undefined otherwise.
 */
export function untrustedReason(env: Readonly<Record<string, string | undefined>>, payload: Readonly<Record<string, unknown>>): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? ''
  if (!PULL_REQUEST_EVENTS.has(event)) return undefined
  if (env.GITHUB_ACTOR === 'dependabot[bot]') return `a ${event} run started by Dependabot`
  const pr = payload.pull_request as { head?: { repo?: { full_name?: unknown } | null } } | undefined
  const head = pr?.head?.repo?.full_name
  const repository = (env.GITHUB_REPOSITORY ?? '').toLowerCase()
  // A deleted fork (repo null) is a fork too: only a head in this very repository is trusted.
  if (pr?.head !== undefined && (typeof head !== 'string' || head.toLowerCase() !== repository)) return `a ${event} run from the fork ${typeof head === 'string' ? head : '(deleted)'}`
  return undefined
}
