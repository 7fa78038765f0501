// What bench/distgit.mjs needs, in TypeScript so it can reuse the fake
// servers and the commands: bench/distgit.mjs bundles this file with ncc and
// imports it. Not a jest test (no .test.ts suffix).
//
// It provides the fake dist-git + Bodhi + Fedora koji with injected latency,
// a replay of poi-tracker's request pattern (sequential listings;
// prune-retired with 8 packages in flight, each package's requests in order),
// and our commands run in-process (the CLI process is timed by the bench).

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from '../../src/core/args.js'
import { defaultConfig } from '../../src/config/config.js'
import { FsWorkspace } from '../../src/core/workspace.js'
import type { Command } from '../../src/commands/types.js'
import type { DistgitDeps } from '../../src/commands/distgit/clients.js'
import { parseInventory } from '../../src/inventory/parse.js'
import { syncDistgitCommand } from '../../src/commands/sync-distgit.js'
import { pruneRetiredCommand } from '../../src/commands/prune-retired.js'
import { startFakeDistgit, type FakeDistgit } from '../fakes/fake-distgit.js'
import { PREFIXES } from '../../src/commands/distgit/patterns.js'
import { prolificAccount, pruneCorpus } from '../fakes/distgit-fixtures.js'

export const BENCH_USER = 'prolific'

export interface BenchServers {
  sync: FakeDistgit
  prune: FakeDistgit
  pruneNames: string[]
  /** A directory holding prune.toml (the prune corpus as an inventory). */
  dir: string
  close(): Promise<void>
}

export interface BenchOptions {
  latencyMs: number
  syncPackages: number
  prunePackages: number
  /** Other packages on each Fedora / EPEL koji tag: a real release tag lists tens of thousands. */
  kojiFedora: number
  kojiEpel: number
}

export async function startBenchServers(o: BenchOptions): Promise<BenchServers> {
  const sync = await startFakeDistgit(prolificAccount(BENCH_USER, o.syncPackages), { latencyMs: o.latencyMs, memoize: true })
  const corpus = pruneCorpus(o.prunePackages)
  const prune = await startFakeDistgit(corpus.data, { latencyMs: o.latencyMs, koji: { fedoraBackground: o.kojiFedora, epelBackground: o.kojiEpel } })
  const dir = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-distgit-'))
  const text = '[inventory]\nname = "bench"\ndescription = "prune benchmark"\nmaintainer = "bench"\n' +
    [...corpus.names].sort().map((n) => `\n[[package]]\nname = "${n}"\n`).join('')
  writeFileSync(join(dir, 'prune.toml'), text)
  return { sync, prune, pruneNames: [...corpus.names].sort(), dir, close: async () => { await Promise.all([sync.close(), prune.close()]) } }
}

export interface Measured {
  ms: number
  requests: number
  /** What was found, to check both sides agree. */
  result: string[]
  /** The command's log lines (ours only). */
  logs?: string[]
}

const UA = { 'user-agent': 'poi-tracker-replay/bench', accept: 'application/json' }

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { headers: UA })
  const text = await res.text()
  return { status: res.status, body: res.status === 200 && text.startsWith('{') ? JSON.parse(text) : undefined }
}

/** poi-tracker's user sync: the 36 prefix listings one after the other, each page after the previous one. */
export async function referenceSync(fake: FakeDistgit, user = BENCH_USER, perPage = 100): Promise<Measured> {
  fake.reset()
  const t0 = performance.now()
  const names = new Set<string>()
  for (const pattern of PREFIXES) {
    for (let page = 1, pages = 1; page <= pages; page++) {
      const { body } = await getJson(`${fake.distgitUrl}/api/0/projects?namespace=rpms&fork=false&username=${user}&per_page=${perPage}&page=${page}&pattern=${pattern}`)
      const doc = body as { projects: Array<{ name: string }>; pagination?: { pages: number } }
      for (const p of doc.projects) names.add(p.name)
      pages = doc.pagination?.pages ?? 1
    }
  }
  return { ms: performance.now() - t0, requests: fake.counts.projects, result: [...names].sort() }
}

/** poi-tracker's prune-retired: Bodhi page 1, then per package (8 in flight) the branch list and dead.package probes in order. */
export async function referencePrune(fake: FakeDistgit, names: readonly string[], jobs = 8): Promise<Measured> {
  fake.reset()
  const t0 = performance.now()
  const rel = (await getJson(`${fake.bodhiUrl}/releases/?chrome=0&rows_per_page=100`)).body as { releases: Array<{ branch: string; id_prefix: string; state: string; name: string }> }
  const active = rel.releases.filter((r) => ['current', 'pending', 'frozen'].includes(r.state) && ['FEDORA', 'FEDORA-EPEL'].includes(r.id_prefix) && r.name !== 'ELN').map((r) => r.branch)
  if (!active.includes('rawhide')) active.push('rawhide')
  // rawhide first as poi-tracker orders it; the rest of Bodhi's order already matches poi-tracker's sort key for these releases.
  active.sort((a, b) => (a === 'rawhide' ? -1 : b === 'rawhide' ? 1 : 0))
  const found: string[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const name = names[next++]
      const br = await getJson(`${fake.distgitUrl}/api/0/rpms/${name}/git/branches`)
      if (br.status === 404) { found.push(`${name}: no such dist-git project (404)`); continue }
      const have = new Set((br.body as { branches: string[] }).branches)
      const relevant = active.filter((b) => have.has(b))
      if (relevant.length === 0) { found.push(`${name}: no branch on any active release`); continue }
      let live = false
      for (const b of relevant) {
        const res = await fetch(`${fake.distgitUrl}/rpms/${name}/raw/${b}/f/dead.package`, { headers: UA })
        await res.arrayBuffer()
        if (res.status === 404) { live = true; break }
      }
      if (!live) found.push(`${name}: retired on every active branch (${relevant.join(', ')})`)
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker))
  return { ms: performance.now() - t0, requests: pruneRequests(fake), result: found.sort() }
}

/** Every request a prune run made: dist-git branch lists and probes, Bodhi, koji. */
export function pruneRequests(fake: FakeDistgit): number {
  return fake.counts.branches + fake.counts.dead + fake.counts.releases + fake.koji.requests.length
}

/** The `- name: reason` lines of prune-retired's report (candidates and invalid entries), sorted. */
export function pruneFindings(stdout: string): string[] {
  return [...stdout.matchAll(/^- (.+)$/gm)].map((m) => m[1]).sort()
}

/** The service URLs of a fake, as the CLI reads them from the environment. */
export function serviceEnv(fake: FakeDistgit): Record<string, string> {
  return { POI_GITOPS_DISTGIT_URL: fake.distgitUrl, POI_GITOPS_BODHI_URL: fake.bodhiUrl, POI_GITOPS_FEDORA_KOJI_URL: fake.kojiUrl }
}

async function runInProcess(make: (deps: DistgitDeps) => Command, fake: FakeDistgit, root: string, argv: string[]): Promise<{ ms: number; stdout: string; after: string; logs: string[] }> {
  const cmd = make({})
  const logs: string[] = []
  const t0 = performance.now()
  const result = await cmd.run({
    workspace: new FsWorkspace(root), config: defaultConfig(), args: parseArgs(cmd.spec, argv), commandLine: argv.join(' '), delivery: 'preview', credentials: {}, log: (line) => logs.push(line),
    env: serviceEnv(fake)
  })
  return { ms: performance.now() - t0, stdout: result.stdout ?? '', after: result.changeSet?.changes[0]?.after ?? '', logs }
}

/** Our sync-distgit in-process (the default: prefix scan, 8 requests in flight to dist-git). */
export async function oursSync(fake: FakeDistgit, user = BENCH_USER, extra: string[] = []): Promise<Measured> {
  fake.reset()
  const root = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-sync-'))
  const r = await runInProcess(syncDistgitCommand, fake, root, ['--user', user, '-o', 'out.toml', '--dry-run', ...extra])
  const result = (parseInventory('out.toml', r.after).inventory?.packages ?? []).map((p) => p.name).sort()
  return { ms: r.ms, requests: fake.counts.projects, result }
}

/** Our prune-retired in-process (`extra`: e.g. --fast). */
export async function oursPrune(servers: BenchServers, extra: string[] = []): Promise<Measured> {
  const fake = servers.prune
  fake.reset()
  const r = await runInProcess(pruneRetiredCommand, fake, servers.dir, ['-i', 'prune.toml', '--dry-run', ...extra])
  return { ms: r.ms, requests: pruneRequests(fake), result: pruneFindings(r.stdout), logs: r.logs }
}
