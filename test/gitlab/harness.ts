// Runs the sync-gitlab command against a fake GitLab and a fake CBS hub, with
// an in-memory repository, recorded log lines and a sleep that returns at once.

import { createSyncGitlab, type SyncGitlabDeps } from '../../src/commands/sync-gitlab.js'
import type { CommandResult } from '../../src/commands/types.js'
import { parseArgs } from '../../src/core/args.js'
import { defaultConfig } from '../../src/config/config.js'
import type { Workspace } from '../../src/core/workspace.js'
import { parseInventory } from '../../src/inventory/parse.js'
import type { Inventory } from '../../src/inventory/model.js'
import { recordingSleep } from '../helpers/fake-http-server.js'
import { startFakeCbsKoji, type FakeCbsKoji, type FakeCbsKojiOptions } from '../fakes/fake-cbs-koji.js'
import { startFakeGitlabGroups, type FakeGitlabGroups, type FakeGitlabGroupsOptions } from '../fakes/fake-gitlab-groups.js'

export class MemoryWorkspace implements Workspace {
  readonly root = '/repo'
  constructor(private readonly files: Record<string, string>) {}
  async read(path: string): Promise<Uint8Array | undefined> {
    const text = this.files[path]
    return text === undefined ? undefined : Buffer.from(text)
  }
  async glob(): Promise<string[]> {
    return Object.keys(this.files).sort()
  }
  async realPath(path: string): Promise<string> {
    return path
  }
}

export interface SyncSetup {
  files?: Record<string, string>
  gitlab: FakeGitlabGroupsOptions
  /** Fake hub options; 'none' starts no hub (the variable points at a closed port). */
  koji?: FakeCbsKojiOptions | 'none'
  env?: Record<string, string>
  deps?: SyncGitlabDeps
}

export interface SyncRun {
  result?: CommandResult
  error?: unknown
  log: string[]
  gl: FakeGitlabGroups
  hub?: FakeCbsKoji
  delays: number[]
  /** The new text of the output file (undefined if nothing was computed). */
  text?: string
  inventory?: Inventory
}

const running: Array<{ close(): Promise<void> }> = []

export async function closeFakes(): Promise<void> {
  await Promise.all(running.splice(0).map((s) => s.close()))
}

/** `argv` may be built from the fake GitLab's URL (for --url runs). */
export async function runSync(argvOrFn: string[] | ((gitlabUrl: string) => string[]), setup: SyncSetup): Promise<SyncRun> {
  const gl = await startFakeGitlabGroups(setup.gitlab)
  running.push(gl)
  const argv = typeof argvOrFn === 'function' ? argvOrFn(gl.url) : argvOrFn
  let hub: FakeCbsKoji | undefined
  let hubUrl = 'http://127.0.0.1:9/kojihub'
  if (setup.koji !== 'none') {
    hub = await startFakeCbsKoji(setup.koji ?? {})
    running.push(hub)
    hubUrl = hub.hubUrl
  }
  const { sleep, delays } = recordingSleep()
  const command = createSyncGitlab({ sleep, random: () => 0.5, ...setup.deps })
  const log: string[] = []
  const out: SyncRun = { log, gl, delays, ...(hub ? { hub } : {}) }
  try {
    out.result = await command.run({
      workspace: new MemoryWorkspace(setup.files ?? {}),
      config: defaultConfig(),
      args: parseArgs(command.spec, argv),
      commandLine: ['poi-gitops', 'sync-gitlab', ...argv].join(' '),
      log: (line) => log.push(line),
      delivery: 'preview',
      credentials: setup.env?.GITLAB_TOKEN ? { gitlab: setup.env.GITLAB_TOKEN } : {},
      env: { POI_GITOPS_GITLAB_URL: gl.url, POI_GITOPS_CBS_KOJI_URL: hubUrl, ...setup.env },
    })
    const change = out.result.changeSet?.changes[0]
    if (change?.after != null) {
      out.text = change.after
      out.inventory = parseInventory(change.path, change.after).inventory
    }
  } catch (e) {
    out.error = e
  }
  return out
}

/** name → the package's markers (and nothing else), for compact assertions. */
export function markers(inv: Inventory | undefined): Record<string, { unshipped?: string; archived_builds?: string }> {
  const out: Record<string, { unshipped?: string; archived_builds?: string }> = {}
  for (const p of inv?.packages ?? []) {
    out[p.name] = {
      ...(p.unshipped !== undefined ? { unshipped: p.unshipped } : {}),
      ...(p.archived_builds !== undefined ? { archived_builds: p.archived_builds } : {}),
    }
  }
  return out
}
