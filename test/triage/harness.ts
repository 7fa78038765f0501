// One Fedora world for the Bugzilla-side commands: fake Bugzilla, dist-git +
// Bodhi, and the Fedora koji hub on 127.0.0.1, an inventory in a temporary
// repository, and the command run in-process with the service URLs pointed
// at the fakes (a fake sleep, so back-off costs no time).

import { credentialsFrom } from '../../src/core/credentials.js'
import { parseArgs } from '../../src/core/args.js'
import { defaultConfig } from '../../src/config/config.js'
import { FsWorkspace } from '../../src/core/workspace.js'
import { CommandError, type Command, type CommandResult } from '../../src/commands/types.js'
import type { TriageDeps } from '../../src/commands/triage/context.js'
import { recordingSleep } from '../helpers/fake-http-server.js'
import { makeRepo } from '../helpers/cli.js'
import { startFakeBugzilla, type FakeBug, type FakeBugzilla, type FakeBugzillaOptions } from '../fakes/fake-bugzilla.js'
import { startFakeDistgit, type FakeDistgit, type FakeDistgitOptions } from '../fakes/fake-distgit.js'
import type { FakeFedoraKoji, FakeFedoraKojiOptions, FakeKojiTags } from '../fakes/fake-fedora-koji.js'
import type { FakeProject, FakeRelease, FakeUpdate } from '../fakes/distgit-fixtures.js'

export interface World {
  bugs: FakeBug[]
  projects: FakeProject[]
  releases: FakeRelease[]
  updates?: FakeUpdate[]
  koji?: FakeKojiTags
}

export interface Fakes {
  bz: FakeBugzilla
  dg: FakeDistgit
  koji: FakeFedoraKoji
  env: Record<string, string>
  close(): Promise<void>
}

/** F45 (rawhide, pending, stable tag f45) and F43 (current, f43-updates), poi-tracker's common test fixture. */
export const F45_F43: FakeRelease[] = [
  { name: 'F45', branch: 'rawhide', id_prefix: 'FEDORA', state: 'pending', stable_tag: 'f45' },
  { name: 'F43', branch: 'f43', id_prefix: 'FEDORA', state: 'current', stable_tag: 'f43-updates' },
]

/** Bodhi's active Fedora releases plus EPEL releases and ones the triage commands leave out. */
export const FULL_RELEASES: FakeRelease[] = [
  ...F45_F43,
  { name: 'F44', branch: 'f44', id_prefix: 'FEDORA', state: 'current', stable_tag: 'f44-updates' },
  { name: 'EPEL-10.3', branch: 'epel10', id_prefix: 'FEDORA-EPEL', state: 'current', stable_tag: 'epel10.3' },
  { name: 'EPEL-10.2', branch: 'epel10.2', id_prefix: 'FEDORA-EPEL', state: 'current', stable_tag: 'epel10.2' },
  { name: 'EPEL-9', branch: 'epel9', id_prefix: 'FEDORA-EPEL', state: 'current', stable_tag: 'epel9' },
  { name: 'ELN', branch: 'eln', id_prefix: 'FEDORA', state: 'current', stable_tag: 'eln' },
  { name: 'F44F', branch: 'f44', id_prefix: 'FEDORA-FLATPAK', state: 'current', stable_tag: 'f44-flatpak-updates' },
  { name: 'F40', branch: 'f40', id_prefix: 'FEDORA', state: 'archived', stable_tag: 'f40-updates' },
]

/** Koji tags for FULL_RELEASES: each -updates tag inherits its GA tag. */
export function kojiTags(builds: Record<string, Record<string, string[]>> = {}): FakeKojiTags {
  const tags: FakeKojiTags = {
    f45: { builds: {} }, f44: { builds: {} }, 'f44-updates': { parent: 'f44', builds: {} }, f43: { builds: {} }, 'f43-updates': { parent: 'f43', builds: {} },
    'epel10.3': { builds: {} }, 'epel10.2': { builds: {} }, epel9: { builds: {} },
  }
  for (const [tag, b] of Object.entries(builds)) (tags[tag] ??= { builds: {} }).builds = { ...tags[tag].builds, ...b }
  return tags
}

export interface FakeOptions {
  bugzilla?: FakeBugzillaOptions
  distgit?: FakeDistgitOptions
  koji?: FakeFedoraKojiOptions
}

export async function startWorld(w: World, o: FakeOptions = {}): Promise<Fakes> {
  const bz = await startFakeBugzilla(w.bugs, o.bugzilla)
  const dg = await startFakeDistgit({ projects: w.projects, groups: [], releases: w.releases, updates: w.updates ?? [] }, { ...o.distgit, koji: { tags: w.koji ?? kojiTags(), ...o.koji } })
  const koji = dg.koji
  return {
    bz, dg, koji,
    env: { POI_GITOPS_BUGZILLA_URL: bz.url, POI_GITOPS_DISTGIT_URL: dg.distgitUrl, POI_GITOPS_BODHI_URL: dg.bodhiUrl, POI_GITOPS_FEDORA_KOJI_URL: koji.hubUrl },
    close: async () => {
      await Promise.all([bz.close(), dg.close()])
    },
  }
}

export interface Ran {
  result?: CommandResult
  error?: CommandError
  logs: string[]
}

export function testDeps(extra: TriageDeps['http'] = {}): TriageDeps {
  const { sleep } = recordingSleep()
  return { http: { sleep, random: () => 0.5, ...extra } }
}

/** Runs a command over `files` (an inventory at least) against the fakes. */
export async function runCommand(make: (deps: TriageDeps) => Command, files: Record<string, string>, argv: string[], fakes: Fakes | undefined, options: { env?: Record<string, string>; http?: TriageDeps['http'] } = {}): Promise<Ran> {
  const root = makeRepo(files)
  const cmd = make(testDeps(options.http))
  const logs: string[] = []
  const out: Ran = { logs }
  try {
    out.result = await cmd.run({
      workspace: new FsWorkspace(root),
      config: defaultConfig(),
      args: parseArgs(cmd.spec, argv),
      commandLine: ['poi-gitops', cmd.spec.name, ...argv].join(' '),
      log: (line) => logs.push(line),
      env: { ...(fakes?.env ?? {}), ...options.env },
      delivery: 'preview',
      credentials: credentialsFrom({ ...(fakes?.env ?? {}), ...options.env }),
    })
  } catch (e) {
    if (!(e instanceof CommandError)) throw e
    out.error = e
  }
  return out
}

export const HEAD = '[inventory]\nname = "test"\ndescription = "d"\nmaintainer = "m"\n'

/** An inventory text: `[[package]]` tables with the given fields. */
export function inventory(packages: Array<{ name: string } & Record<string, string | string[]>>, extra = ''): string {
  const value = (v: string | string[]): string => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v))
  return HEAD + extra + packages.map((p) => `\n[[package]]\n${Object.entries(p).map(([k, v]) => `${k} = ${value(v)}`).join('\n')}\n`).join('')
}
