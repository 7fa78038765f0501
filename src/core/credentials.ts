// The run's credentials, read once from the action's inputs (INPUT_* variables,
// which win) and the environment. The same list feeds the egress redactor and
// the runner's masking, so no output channel can know fewer secrets than the
// clients that send them.

export type Env = Readonly<Record<string, string | undefined>>

export interface Credentials {
  /** Forge token on GitHub: the `token` input, else GITHUB_TOKEN. */
  github?: string
  /** The `gitlab-token` input, else GITLAB_TOKEN: merge requests and private SIG groups. */
  gitlab?: string
  /** The `bugzilla-api-key` input, else BUGZILLA_API_KEY. */
  bugzilla?: string
  /** The `distgit-token` input, else DISTGIT_TOKEN: `adopt` only. */
  distgit?: string
}

const SOURCES: ReadonlyArray<{ key: keyof Credentials; input: string; env: string }> = [
  { key: 'github', input: 'token', env: 'GITHUB_TOKEN' },
  { key: 'gitlab', input: 'gitlab-token', env: 'GITLAB_TOKEN' },
  { key: 'bugzilla', input: 'bugzilla-api-key', env: 'BUGZILLA_API_KEY' },
  { key: 'distgit', input: 'distgit-token', env: 'DISTGIT_TOKEN' }
]

/** Other tokens a CI job may hold: never used by poi-gitops, never printed by it either. */
const AMBIENT = ['GH_TOKEN', 'CI_JOB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPLOY_PASSWORD']

/** The action's input variable name, as @actions/core spells it. */
export const inputVariable = (input: string): string => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`

export function credentialsFrom(env: Env): Credentials {
  const out: Credentials = {}
  for (const { key, input, env: name } of SOURCES) {
    const value = inputOrEnv(env, input, name)
    if (value !== undefined) out[key] = value
  }
  return out
}

/** Every secret value the run knows: credentials, their other spellings, and ambient CI tokens. */
export function secretsFrom(env: Env): string[] {
  const values = new Set<string>()
  for (const { input, env: name } of SOURCES) {
    for (const v of [env[inputVariable(input)], env[name]]) if (nonEmpty(v)) values.add(v!.trim())
  }
  for (const name of AMBIENT) if (nonEmpty(env[name])) values.add(env[name]!.trim())
  return [...values]
}

/** A setting given as the action's input or, failing that, as an environment variable (blank counts as unset). */
export function inputOrEnv(env: Env, input: string, name: string): string | undefined {
  return nonEmpty(env[inputVariable(input)]) ?? nonEmpty(env[name])
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined
}
