// The forge a proposing run writes to: the one it runs in, with the run's
// credentials. A token that cannot write (a fork's pull request) is reported
// so the run proposes nothing instead of failing on a 403.

import { CommandError } from '../commands/types.js'
import { createForge, detectForge } from '../forge/detect.js'
import type { Forge } from '../forge/types.js'
import { retryLine, type HttpEvent } from '../sources/http.js'
import type { Session } from './session.js'

export function openForge(session: Session, log?: (line: string) => void): { forge: Forge | null; readOnlyReason?: string } {
  const detection = detectForge({ ...session.env }, { token: session.credentials.github, gitlabToken: session.credentials.gitlab })
  if (detection.problem) throw new CommandError(detection.problem, 2)
  if (!detection.target) {
    throw new CommandError('no forge to propose to: run in GitHub Actions or GitLab CI, or set GITHUB_API_URL, GITHUB_REPOSITORY and GITHUB_TOKEN (or CI_API_V4_URL, CI_PROJECT_ID and GITLAB_TOKEN)', 2)
  }
  if (detection.target.context.readOnlyReason) return { forge: null, readOnlyReason: detection.target.context.readOnlyReason }
  // Retries are worth a line in the log: a slow forge should be visible, not mysterious.
  const onEvent = log ? (e: HttpEvent) => { if (e.type === 'retry') log(retryLine(e)) } : undefined
  return { forge: createForge(detection.target, onEvent ? { onEvent } : {}) }
}
