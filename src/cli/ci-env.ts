// Whether this process runs in CI, where changes become proposals.
export function inCi(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.GITHUB_ACTIONS === 'true' || env.GITLAB_CI === 'true'
}
