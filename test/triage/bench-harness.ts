// What bench/triage.mjs needs, in TypeScript so it can reuse the fakes and
// the command: bench/triage.mjs bundles this file with ncc and imports it.
// Not a jest test (no .test.ts suffix).
//
// It provides a generated Fedora world (test/triage/oracle.ts) on fakes of
// Bugzilla, dist-git + Bodhi and koji with injected latency; a replay of
// poi-tracker's triage-updates request pattern (one request at a time: a
// Bugzilla search per package, Bodhi's release list once, the branch list of
// each package with versioned bugs, a Bodhi query per (package, release) and
// a koji lookup per (tag, package), each cached, with the rawhide shortcut);
// and our command run in-process against the same servers.

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from '../../src/core/args.js'
import { defaultConfig } from '../../src/config/config.js'
import { FsWorkspace } from '../../src/core/workspace.js'
import { triageUpdatesCommand } from '../../src/commands/triage-updates.js'
import { encodeCall } from '../../src/sources/xmlrpc.js'
import { atLeast, generateWorld, nvrParts, rank, versionOf, worldInventory, type GenWorld } from './oracle.js'
import { startWorld, type Fakes } from './harness.js'

export interface Bench {
  world: GenWorld
  fakes: Fakes
  dir: string
  close(): Promise<void>
}

export async function startBench(o: { latencyMs: number; packages: number; seed: number; bugRate: number; branchRate: number }): Promise<Bench> {
  const world = generateWorld({ packages: o.packages, seed: o.seed, bugRate: o.bugRate, branchRate: o.branchRate })
  const l = o.latencyMs
  const fakes = await startWorld(
    { bugs: world.bugs, projects: world.projects, releases: world.releases, updates: world.updates, koji: world.koji },
    { bugzilla: { latencyMs: l }, distgit: { latencyMs: l }, koji: { latencyMs: l } },
  )
  const dir = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-triage-'))
  writeFileSync(join(dir, 'inv.toml'), worldInventory(world))
  return { world, fakes, dir, close: () => fakes.close() }
}

export interface Measured {
  ms: number
  requests: number
  /** The decisions, `<bug>:<kind>` sorted, so both sides can be compared. */
  result: string[]
}

function reset(f: Fakes): void {
  f.bz.reset()
  f.dg.reset() // and the koji hub that comes with it
}

function requests(f: Fakes): number {
  return f.bz.server.requests.length + f.dg.distgit.requests.length + f.dg.bodhi.requests.length + f.koji.requests.length
}

const HEADERS = { 'user-agent': 'poi-tracker-replay/bench', accept: 'application/json' }
const RM = 'upstream-release-monitoring%40fedoraproject.org'
const LEVELS = ['unspecified', 'low', 'medium', 'high', 'urgent']

interface RBug { id: number; summary: string; status: string; product: string; priority: string; cf_fixed_in?: string }
interface RUpdate { alias: string; status: string; builds: Array<{ nvr: string }> }
interface RRelease { name: string; branch: string; id_prefix: string; state: string; stable_tag: string }

async function json<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await fetch(url, { headers: HEADERS })
  const text = await res.text()
  return { status: res.status, body: (res.ok ? JSON.parse(text) : undefined) as T }
}

/** poi-tracker's triage-updates (no flags, -y), one request at a time. */
export async function referenceTriage(b: Bench): Promise<Measured> {
  const f = b.fakes
  reset(f)
  const w = b.world
  const t0 = performance.now()
  const decisions: string[] = []
  const raises: number[] = []
  let releases: RRelease[] | undefined
  const updatesCache = new Map<string, RUpdate[]>()
  const koji = new Map<string, string | null>()
  for (const p of w.packages) {
    if (p.unshipped !== undefined || (p.retired_on ?? []).includes('rawhide')) continue
    let target = p.priority
    if (target === undefined) for (const wl of p.workloads ?? []) { const d = w.workloads[wl]; if (target === undefined || LEVELS.indexOf(d) > LEVELS.indexOf(target)) target = d }
    const bugs = (await json<{ bugs: RBug[] }>(`${f.bz.url}/rest/bug?component=${p.name}&reporter=${RM}&bug_status=__open__&product=Fedora&product=Fedora%20EPEL&limit=1000&offset=0&include_fields=_default,flags,cf_fixed_in`)).body.bugs
    if (target && target !== 'unspecified') for (const bug of bugs) if (bug.priority === 'unspecified') raises.push(bug.id)
    const versioned = bugs.map((bug) => ({ bug, v: versionOf(bug.summary, p.name) })).filter((x) => x.v !== null)
    if (versioned.length === 0) continue
    releases ??= (await json<{ releases: RRelease[] }>(`${f.dg.bodhiUrl}/releases/?chrome=0&rows_per_page=100`)).body.releases
      .filter((r) => ['current', 'pending', 'frozen'].includes(r.state) && ['FEDORA', 'FEDORA-EPEL'].includes(r.id_prefix) && r.name !== 'ELN')
    const br = await json<{ branches: string[] }>(`${f.dg.distgitUrl}/api/0/rpms/${p.name}/git/branches`)
    if (br.status !== 200) continue
    for (const { bug, v } of versioned) {
      const prefix = bug.product === 'Fedora' ? 'FEDORA' : bug.product === 'Fedora EPEL' ? 'FEDORA-EPEL' : undefined
      const rel = releases.filter((r) => r.id_prefix === prefix && br.body.branches.includes(r.branch)).map((r, i) => ({ r, i })).sort((x, y) => rank(y.r.name) - rank(x.r.name) || x.i - y.i).map((x) => x.r)
      if (rel.length === 0) continue
      const found: Array<{ nvr: string; stable: boolean } | null> = []
      let pending = false
      for (const r of rel) {
        const key = `${p.name}/${r.name}`
        if (!updatesCache.has(key)) {
          const all: RUpdate[] = []
          for (let page = 1, pages = 1; page <= pages; page++) {
            const res = (await json<{ updates: RUpdate[]; pages: number }>(`${f.dg.bodhiUrl}/updates/?packages=${p.name}&releases=${r.name}&status=stable&status=testing&rows_per_page=100&page=${page}`)).body
            all.push(...res.updates)
            pages = res.pages
          }
          updatesCache.set(key, all)
        }
        let best: { nvr: string; stable: boolean; version: string } | null = null
        for (const u of updatesCache.get(key)!) {
          for (const { nvr } of u.builds) {
            const parts = nvrParts(nvr)
            if (!parts || parts[0] !== p.name || !atLeast(parts[1], v!)) continue
            const stable = u.status === 'stable'
            if (best === null || (atLeast(parts[1], best.version) && (parts[1] !== best.version || (stable && !best.stable)))) best = { nvr, stable, version: parts[1] }
          }
        }
        let build: { nvr: string; stable: boolean } | null = best
        if (!build && r.stable_tag) {
          const tk = `${r.stable_tag}/${p.name}`
          if (!koji.has(tk)) {
            const res = await fetch(f.koji.hubUrl, { method: 'POST', headers: { 'content-type': 'text/xml', 'user-agent': HEADERS['user-agent'] }, body: encodeCall('listTagged', [r.stable_tag], { inherit: true, latest: true, package: p.name }) })
            const xml = await res.text()
            koji.set(tk, /<name>nvr<\/name><value><string>([^<]*)<\/string>/.exec(xml)?.[1] ?? null)
          }
          const nvr = koji.get(tk)
          const parts = nvr ? nvrParts(nvr) : null
          if (nvr && parts && parts[0] === p.name && atLeast(parts[1], v!)) build = { nvr, stable: true }
        }
        if (!build && r.branch === 'rawhide') { pending = true; break }
        found.push(build)
      }
      if (pending) continue
      const have = found.filter((x): x is { nvr: string; stable: boolean } => x !== null)
      if (have.length === 0) continue
      const kind = have.some((x) => !x.stable) ? 'modified' : have.length === found.length ? 'errata' : 'ask-close'
      if (kind === 'modified' && bug.status === 'MODIFIED' && (bug.cf_fixed_in ?? '') !== '') continue
      decisions.push(`${bug.id}:${kind}`)
    }
  }
  const ms = performance.now() - t0
  const closing = new Set(decisions.filter((d) => d.endsWith(':errata')).map((d) => Number(d.split(':')[0])))
  const result = [...decisions, ...raises.filter((id) => !closing.has(id)).map((id) => `${id}:priority`)].sort()
  return { ms, requests: requests(f), result }
}

/** Our triage-updates in-process against the same servers. */
export async function oursTriage(b: Bench): Promise<Measured> {
  const f = b.fakes
  reset(f)
  const cmd = triageUpdatesCommand({})
  const t0 = performance.now()
  const r = await cmd.run({
    workspace: new FsWorkspace(b.dir), config: defaultConfig(), args: parseArgs(cmd.spec, ['-i', 'inv.toml']), commandLine: 'triage-updates -i inv.toml', log: () => undefined, env: f.env, delivery: 'preview', credentials: {},
  })
  const ms = performance.now() - t0
  const actions = r.plan?.actions ?? []
  const result = [
    ...actions.filter((a) => a.kind !== 'priority').map((a) => `${a.target}:${a.kind}`),
    ...actions.filter((a) => a.kind === 'priority' || (a.kind === 'modified' && a.set['priority'] !== undefined)).map((a) => `${a.target}:priority`),
  ].sort()
  return { ms, requests: requests(f), result }
}
