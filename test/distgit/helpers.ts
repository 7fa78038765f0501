// Running the dist-git commands in-process against the fake servers: a
// command context over a temporary repository, a fake sleep (back-off costs
// no time) and the service URLs pointed at 127.0.0.1.

import { afterEach } from '@jest/globals'
import { parseArgs } from '../../src/core/args.js'
import { defaultConfig } from '../../src/config/config.js'
import { FsWorkspace } from '../../src/core/workspace.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from '../../src/commands/types.js'
import type { DistgitDeps } from '../../src/commands/distgit/clients.js'
import { recordingSleep } from '../helpers/fake-http-server.js'
import { startFakeDistgit, type FakeDistgit, type FakeDistgitOptions } from '../fakes/fake-distgit.js'
import { RELEASES, type FakeData } from '../fakes/distgit-fixtures.js'

export const HEAD = (name = 'test') => `[inventory]\nname = "${name}"\ndescription = "d"\nmaintainer = "m"\n`

export interface Run {
  result?: CommandResult
  error?: CommandError
  logs: string[]
  delays: number[]
  /** The proposed new text of `path` (from the change set). */
  after(path: string): string | null | undefined
}

export function testDeps(extra: DistgitDeps['http'] = {}): DistgitDeps & { delays: number[] } {
  const { sleep, delays } = recordingSleep()
  return { http: { sleep, random: () => 0.5, ...extra }, delays }
}

export function makeContext(cmd: Command, root: string, argv: string[], fake: FakeDistgit | undefined, env: Record<string, string> = {}): { ctx: CommandContext; logs: string[] } {
  const logs: string[] = []
  const ctx: CommandContext = {
    workspace: new FsWorkspace(root),
    config: defaultConfig(),
    args: parseArgs(cmd.spec, argv),
    commandLine: ['poi-gitops', cmd.spec.name, ...argv].join(' '),
    log: (line) => logs.push(line),
    // As the CLI derives it on a terminal.
    delivery: argv.includes('--write') ? 'write' : argv.includes('--dry-run') ? 'dry-run' : 'preview',
    credentials: {},
    env: fake ? { POI_GITOPS_DISTGIT_URL: fake.distgitUrl, POI_GITOPS_BODHI_URL: fake.bodhiUrl, POI_GITOPS_FEDORA_KOJI_URL: fake.kojiUrl, ...env } : env
  }
  return { ctx, logs }
}

export async function run(make: (deps: DistgitDeps) => Command, root: string, argv: string[], fake: FakeDistgit | undefined, options: { env?: Record<string, string>; http?: DistgitDeps['http'] } = {}): Promise<Run> {
  const deps = testDeps(options.http)
  const cmd = make(deps)
  const { ctx, logs } = makeContext(cmd, root, argv, fake, options.env)
  const out: Run = {
    logs, delays: deps.delays,
    after: (path) => out.result?.changeSet?.changes.find((c) => c.path === path)?.after
  }
  try {
    out.result = await cmd.run(ctx)
  } catch (e) {
    if (!(e instanceof CommandError)) throw e
    out.error = e
  }
  // The entry point keeps the local state (resume files) a terminal run asks for.
  const state = out.result?.localState ?? out.error?.localState
  if (state) await new FsWorkspace(root).keep(state)
  return out
}

/** For a test file: starts fake dist-git, Bodhi and koji servers (Bodhi's RELEASES by default), closed after each test. */
export function fakeServers(): (data: Partial<FakeData>, options?: FakeDistgitOptions) => Promise<FakeDistgit> {
  const open: FakeDistgit[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()))
  })
  return async (data, options = {}) => {
    const f = await startFakeDistgit({ projects: [], groups: [], releases: RELEASES, ...data }, options)
    open.push(f)
    return f
  }
}
