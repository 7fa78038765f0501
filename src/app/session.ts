// What one process run knows about where it runs: its environment, its
// credentials and the egress every byte it prints or writes goes through.

import { credentialsFrom, secretsFrom, type Credentials, type Env } from '../core/credentials.js'
import { Egress, logKindOf, processSinks, type EgressSinks } from '../core/egress.js'

export interface Session {
  env: Env
  credentials: Credentials
  egress: Egress
  /** In CI (GitHub Actions or GitLab CI): changes are proposed, logs are defused. */
  ci: boolean
}

export function createSession(env: Env, sinks: EgressSinks = processSinks): Session {
  const egress = new Egress(secretsFrom(env), logKindOf(env), sinks)
  return { env, credentials: credentialsFrom(env), egress, ci: egress.log !== 'terminal' }
}
