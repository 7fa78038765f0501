// Where a change goes from the CLI: a pull/merge request when proposing (in CI,
// or --propose on a terminal), a preview with --dry-run. Shared by `run` and
// by single commands, which propose as a job named after the command.

import type { RepoConfig, JobConfig } from '../config/config.js'
import type { Workspace } from '../core/workspace.js'
import { createForge, detectForge } from '../forge/detect.js'
import { formatPreview } from '../forge/local.js'
import type { Forge } from '../forge/types.js'
import { runJobs, type RunReport } from '../jobs/run-jobs.js'
import { CommandError } from '../commands/types.js'

export type Env = Readonly<Record<string, string | undefined>>

/** The forge of the run, or null for a dry run; a detected forge that cannot be used is an error with its fix. */
export function forgeFor(env: Env, dryRun: boolean, tokens: { token?: string; gitlabToken?: string } = {}): Forge | null {
  if (dryRun) return null
  const detection = detectForge({ ...env }, { token: tokens.token ?? env.GITHUB_TOKEN, gitlabToken: tokens.gitlabToken ?? env.GITLAB_TOKEN })
  if (detection.problem) throw new CommandError(detection.problem, 2)
  if (!detection.target) throw new CommandError('no forge to propose to: run in GitHub Actions or GitLab CI, or set GITHUB_API_URL, GITHUB_REPOSITORY and GITHUB_TOKEN (or CI_API_V4_URL, CI_PROJECT_ID and GITLAB_TOKEN)', 2)
  return createForge(detection.target)
}

export async function deliver(jobs: readonly JobConfig[], config: RepoConfig, workspace: Workspace, env: Env, dryRun: boolean, io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<RunReport> {
  const forge = forgeFor(env, dryRun)
  const secrets = [env.GITHUB_TOKEN, env.GITLAB_TOKEN, env.BUGZILLA_API_KEY, env.DISTGIT_TOKEN].filter((s): s is string => Boolean(s))
  const report = await runJobs(jobs, config, workspace, { forge, dryRun, secrets, env, log: (l) => io.stderr(l + '\n') })
  for (const { proposal } of report.jobs) {
    if (proposal?.preview) io.stdout(formatPreview(proposal.preview))
  }
  return report
}
