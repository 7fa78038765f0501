// `command: auto` (and `poi-gitops ci` without POI_GITOPS_COMMAND) on a push
// to the default branch: when the push changed plan files, the run applies
// exactly those plans — merging a plan's proposal is the approval, and the
// push that merges it performs it. Any other push runs the jobs as before.

import type { RepoConfig } from '../config/config.js'
import { loadConfig } from '../config/load.js'
import { str } from '../core/args.js'
import { FsWorkspace } from '../core/workspace.js'
import { parseInvocation, type Where } from './invocation.js'
import type { Session } from './session.js'

const NO_COMMIT = /^0+$/

/** The push this run is for, when it is a push to the default branch with a known previous head. */
export function pushToDefaultBranch(session: Session, payload: Record<string, unknown>): { before: string; after: string } | undefined {
  const env = session.env
  if (env.GITHUB_ACTIONS === 'true') {
    if (env.GITHUB_EVENT_NAME !== 'push') return undefined
    const repository = payload.repository as { default_branch?: unknown } | undefined
    const { ref, before, after } = payload as { ref?: unknown; before?: unknown; after?: unknown }
    if (typeof repository?.default_branch !== 'string' || ref !== `refs/heads/${repository.default_branch}`) return undefined
    if (typeof before !== 'string' || typeof after !== 'string' || NO_COMMIT.test(before)) return undefined
    return { before, after }
  }
  if (env.GITLAB_CI === 'true') {
    if (env.CI_PIPELINE_SOURCE !== 'push' || !env.CI_COMMIT_BRANCH || env.CI_COMMIT_BRANCH !== env.CI_DEFAULT_BRANCH) return undefined
    const before = env.CI_COMMIT_BEFORE_SHA ?? ''
    const after = env.CI_COMMIT_SHA ?? ''
    if (before === '' || after === '' || NO_COMMIT.test(before)) return undefined
    return { before, after }
  }
  return undefined
}

/** The plan files a push to the default branch changed (and that still exist), in path order. */
async function pushedPlans(session: Session, config: RepoConfig, workspace: FsWorkspace, push: { before: string; after: string }): Promise<string[]> {
  const { openForge } = await import('./forge.js')
  const { forge } = openForge(session)
  if (!forge) return []
  try {
    const changed = await forge.changedPaths(push.before, push.after)
    const dir = `${config.plans.dir}/`
    const plans = changed.filter((p) => p.startsWith(dir) && p.endsWith('.json') && !p.slice(dir.length).includes('/'))
    const present: string[] = []
    for (const p of plans) if ((await workspace.read(p)) !== undefined) present.push(p)
    return present
  } finally {
    await forge.close?.()
  }
}

/**
 * What a push to the default branch runs: `apply` of the plans it merged, else `argv` as given. The
 * plans folder is the one of the configuration the run names (-C and --config in its arguments, or
 * `configPath`, the action's input), and apply is given the same -C and --config.
 */
export async function argvForPush(session: Session, argv: readonly string[], where: Where, push: { before: string; after: string }, configPath?: string): Promise<string[]> {
  const run = await parseInvocation(argv, where)
  const workspace = new FsWorkspace(run.root, { externalReads: run.externalReads })
  const plans = await pushedPlans(session, await loadConfig(workspace, configPath ?? run.config), workspace, push)
  if (plans.length === 0) return [...argv]
  const dir = str(run.args, 'directory')
  return ['apply', ...(dir !== undefined ? ['-C', dir] : []), ...(run.config !== undefined ? ['--config', run.config] : []), ...plans]
}
