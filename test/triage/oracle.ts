// A test oracle: poi-tracker's decision tables for triage-updates and
// triage-retired re-implemented the plain way — one package, one bug, one
// release at a time, straight from the generated world's data, sharing no
// decision code with src/ — plus the plan shape poi-gitops documents (README,
// "Plans"). Generated worlds (seeded) are run through the commands and this
// oracle; the plans must agree.

import type { FakeBug } from '../fakes/fake-bugzilla.js'
import type { FakeProject, FakeRelease, FakeUpdate } from '../fakes/distgit-fixtures.js'
import type { FakeKojiTag, FakeKojiTags } from '../fakes/fake-fedora-koji.js'
import { seeded } from '../fakes/distgit-fixtures.js'
import { FULL_RELEASES } from './harness.js'

const RM = 'upstream-release-monitoring@fedoraproject.org'
const LEVELS = ['unspecified', 'low', 'medium', 'high', 'urgent']

export interface InvPackage {
  name: string
  priority?: string
  workloads?: string[]
  retired_on?: string[]
  unshipped?: string
}

export interface GenWorld {
  packages: InvPackage[]
  /** workload → default priority */
  workloads: Record<string, string>
  bugs: FakeBug[]
  projects: FakeProject[]
  releases: FakeRelease[]
  updates: FakeUpdate[]
  koji: FakeKojiTags
}

export interface OracleAction {
  id: string
  kind: string
  expect: Record<string, string>
  set: Record<string, string>
  comment: string | null
}

// ---------------------------------------------------------------- helpers, written from poi-tracker's documented rules

export function versionOf(summary: string, pkg: string): string | null {
  const s = summary.trim()
  const suffix = ' is available'
  if (!s.endsWith(suffix)) return null
  const body = s.substring(0, s.length - suffix.length)
  if (!body.startsWith(pkg + '-')) return null
  const rest = body.substring(pkg.length + 1)
  return rest.length > 0 && rest[0] >= '0' && rest[0] <= '9' ? rest : null
}

function numbers(v: string): number[] | null {
  const core = v.trim().split('+')[0]
  if (core === '') return null
  const parts = core.split('.')
  const out: number[] = []
  for (const p of parts) {
    if (!/^[0-9]+$/.test(p)) return null
    out.push(parseInt(p, 10))
  }
  return out
}

export function atLeast(candidate: string, target: string): boolean {
  const a = numbers(candidate)
  const b = numbers(target)
  if (a === null || b === null) return candidate === target
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x > y) return true
    if (x < y) return false
  }
  return true
}

export function nvrParts(nvr: string): [string, string] | null {
  const bits = nvr.split('-')
  if (bits.length < 3) return null
  const name = bits.slice(0, bits.length - 2).join('-')
  return name === '' ? null : [name, bits[bits.length - 2]]
}

export function rank(name: string): number {
  const d = name.split('').filter((c) => c >= '0' && c <= '9').join('')
  return d === '' ? 0 : parseInt(d, 10)
}

function priorityOf(w: GenWorld, p: InvPackage): string | undefined {
  if (p.priority !== undefined) return p.priority
  let best: string | undefined
  for (const wl of p.workloads ?? []) {
    const d = w.workloads[wl]
    if (d !== undefined && (best === undefined || LEVELS.indexOf(d) > LEVELS.indexOf(best))) best = d
  }
  return best
}

function kojiLatest(w: GenWorld, tag: string, pkg: string): string | null {
  let t: string | undefined = tag
  while (t !== undefined) {
    const node: FakeKojiTag | undefined = w.koji[t]
    if (!node) return null
    const list = node.builds?.[pkg]
    if (list && list.length > 0) return list[list.length - 1]
    t = node.parent
  }
  return null
}

function openBugs(w: GenWorld, pkg: string, batch: string | undefined): FakeBug[] {
  return w.bugs
    .filter((b) => b.component === pkg && b.status !== 'CLOSED' && b.creator === RM && (b.product === 'Fedora' || b.product === 'Fedora EPEL'))
    .filter((b) => batch === undefined || b.assigned_to === batch || b.cc.includes(batch))
    .sort((x, y) => x.id - y.id)
}

type Build = { nvr: string; alias: string | null; stable: boolean }

// ---------------------------------------------------------------- triage-updates

export interface UpdatesOptions {
  skipStale?: boolean
  closeStale?: boolean
  claim?: string
  batch?: string
}

export function oracleTriageUpdates(w: GenWorld, o: UpdatesOptions = {}): OracleAction[] {
  const raises: Array<{ bug: FakeBug; pkg: string; to: string }> = []
  const stale: Array<{ bug: FakeBug; pkg: string; version: string; kind: string; fixedIn: string; findings: Array<{ release: string; build: Build | null }> }> = []
  const active = w.releases.filter((r) => (r.state === 'current' || r.state === 'pending' || r.state === 'frozen') && (r.id_prefix === 'FEDORA' || r.id_prefix === 'FEDORA-EPEL') && r.name !== 'ELN')

  for (const p of w.packages) {
    if (p.unshipped !== undefined || (p.retired_on ?? []).includes('rawhide')) continue
    const resolved = priorityOf(w, p)
    const target = resolved === undefined || resolved === 'unspecified' ? undefined : resolved
    if (target === undefined && o.skipStale) continue
    const bugs = openBugs(w, p.name, o.batch)
    if (target) for (const b of bugs) if (b.priority === 'unspecified') raises.push({ bug: b, pkg: p.name, to: target })
    if (o.skipStale || bugs.length === 0) continue
    const versioned = bugs.map((b) => ({ b, v: versionOf(b.summary, p.name) })).filter((x) => x.v !== null)
    if (versioned.length === 0) continue
    const project = w.projects.find((x) => x.name === p.name && !x.deleted)
    if (!project) continue
    const branches = project.branches ?? ['rawhide']
    for (const { b, v } of versioned) {
      const prefix = b.product === 'Fedora' ? 'FEDORA' : 'FEDORA-EPEL'
      const relevant = active.filter((r) => r.id_prefix === prefix && r.branch !== null && branches.includes(r.branch))
      // Newest first; a stable sort keeps equal ranks in Bodhi's order.
      const ordered = relevant.map((r, i) => ({ r, i })).sort((x, y) => rank(y.r.name) - rank(x.r.name) || x.i - y.i).map((x) => x.r)
      if (ordered.length === 0) continue
      const findings: Array<{ release: string; build: Build | null }> = []
      let pending = false
      for (const r of ordered) {
        let best: { build: Build; version: string } | null = null
        for (const u of w.updates) {
          if (u.release !== r.name || (u.status !== 'stable' && u.status !== 'testing')) continue
          if (!u.builds.some((n) => nvrParts(n)?.[0] === p.name)) continue
          for (const nvr of u.builds) {
            const parts = nvrParts(nvr)
            if (!parts || parts[0] !== p.name || !atLeast(parts[1], v!)) continue
            const stable = u.status === 'stable'
            if (best === null || (atLeast(parts[1], best.version) && (parts[1] !== best.version || (stable && !best.build.stable)))) best = { build: { nvr, alias: u.alias, stable }, version: parts[1] }
          }
        }
        let build: Build | null = best ? best.build : null
        if (build === null && r.stable_tag) {
          const nvr = kojiLatest(w, r.stable_tag, p.name)
          const parts = nvr ? nvrParts(nvr) : null
          if (nvr && parts && parts[0] === p.name && atLeast(parts[1], v!)) build = { nvr, alias: null, stable: true }
        }
        if (build === null && r.branch === 'rawhide') {
          pending = true
          break
        }
        findings.push({ release: r.name, build })
      }
      if (pending) continue
      const have = findings.filter((f) => f.build !== null).map((f) => f.build!)
      if (have.length === 0) continue
      const kind = have.some((x) => !x.stable) ? 'modified' : have.length === findings.length ? 'errata' : 'ask-close'
      if (kind === 'modified' && b.status === 'MODIFIED' && b.cf_fixed_in !== '') continue
      const nvrs: string[] = []
      for (const x of have) if (!nvrs.includes(x.nvr)) nvrs.push(x.nvr)
      stale.push({ bug: b, pkg: p.name, version: v!, kind, fixedIn: nvrs.join(' '), findings })
    }
  }

  const out: OracleAction[] = []
  const closing = stale.filter((s) => s.kind === 'errata' || (s.kind === 'ask-close' && o.closeStale)).map((s) => s.bug.id)
  const moving = stale.filter((s) => s.kind === 'modified').map((s) => s.bug.id)
  for (const r of raises) {
    if (closing.includes(r.bug.id) || moving.includes(r.bug.id)) continue
    out.push({ id: `bugzilla:${r.bug.id}:priority`, kind: 'priority', expect: { status: r.bug.status, priority: r.bug.priority }, set: { priority: r.to }, comment: null })
  }
  for (const kind of ['errata', 'modified', 'ask-close']) {
    for (const s of stale.filter((x) => x.kind === kind)) {
      const raise = kind === 'modified' ? raises.find((r) => r.bug.id === s.bug.id) : undefined
      const claim = o.claim !== undefined && kind !== 'modified'
      const expect: Record<string, string> = { status: s.bug.status, resolution: s.bug.resolution, cf_fixed_in: s.bug.cf_fixed_in }
      if (raise) expect['priority'] = s.bug.priority
      if (claim) expect['assigned_to'] = s.bug.assigned_to
      const set: Record<string, string> = kind === 'modified' ? { status: 'MODIFIED', cf_fixed_in: s.fixedIn } : { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: s.fixedIn }
      if (raise) set['priority'] = raise.to
      if (claim) set['assigned_to'] = o.claim!
      let comment = `Bodhi has builds addressing this update (version ${s.version} or newer):\n`
      for (const f of s.findings) {
        if (f.build === null) comment += `  ${f.release}: no update found\n`
        else if (f.build.alias !== null) comment += `  ${f.release}: ${f.build.nvr} — https://bodhi.fedoraproject.org/updates/${f.build.alias} (${f.build.stable ? 'stable' : 'testing'})\n`
        else comment += `  ${f.release}: ${f.build.nvr} (tagged into the release; no Bodhi update in this release — carried over from an earlier one)\n`
      }
      comment += '\n' + (kind === 'errata'
        ? 'The new version is in stable updates for every active release this package has a branch for; closing as ERRATA.'
        : kind === 'modified' ? 'Some updates are still in testing; marking this bug MODIFIED until they reach stable.'
          : 'The releases without an update are listed above — their branches are not expected to rebase; closing as ERRATA.')
      out.push({ id: `bugzilla:${s.bug.id}:${kind}`, kind, expect, set, comment })
    }
  }
  return out
}

// ---------------------------------------------------------------- triage-retired

export interface RetiredOptions {
  branches: string[]
  allReporters?: boolean
  batch?: string
  claim?: string
}

function bugzillaTarget(branch: string): [string, string] | null {
  if (branch === 'rawhide') return ['Fedora', 'rawhide']
  const e = /^epel([0-9]+)/.exec(branch)
  if (e) return ['Fedora EPEL', `epel${e[1]}`]
  if (branch.startsWith('epel')) return null
  const f = /^f?([0-9]+)$/.exec(branch)
  return f ? ['Fedora', f[1]] : null
}

export function oracleTriageRetired(w: GenWorld, o: RetiredOptions): { actions: OracleAction[]; checks: Array<{ pkg: string; branch: string; retired: boolean }> } {
  const actions: OracleAction[] = []
  const checks: Array<{ pkg: string; branch: string; retired: boolean }> = []
  const done = new Set<number>()
  for (const p of w.packages) {
    for (const branch of o.branches) {
      const project = w.projects.find((x) => x.name === p.name && !x.deleted)
      const retired = project !== undefined && (project.branches ?? ['rawhide']).includes(branch) && (project.dead ?? []).includes(branch)
      checks.push({ pkg: p.name, branch, retired })
      if (!retired) continue
      const t = bugzillaTarget(branch)
      if (!t) continue
      const bugs = w.bugs
        .filter((b) => b.component === p.name && b.product === t[0] && b.version.includes(t[1]) && b.status !== 'CLOSED')
        .filter((b) => o.allReporters || b.creator === RM)
        .filter((b) => o.batch === undefined || b.assigned_to === o.batch || b.cc.includes(o.batch))
        .filter((b) => o.batch === undefined || b.product === 'Fedora' || b.product === 'Fedora EPEL')
        .sort((x, y) => x.id - y.id)
      for (const b of bugs) {
        if (done.has(b.id)) continue
        done.add(b.id)
        const expect: Record<string, string> = { status: b.status, resolution: b.resolution }
        const set: Record<string, string> = { status: 'CLOSED', resolution: 'CANTFIX' }
        if (o.claim) {
          expect['assigned_to'] = b.assigned_to
          set['assigned_to'] = o.claim
        }
        actions.push({ id: `bugzilla:${b.id}:cantfix`, kind: 'cantfix', expect, set, comment: `Package \`${p.name}\` is retired on the \`${branch}\` dist-git branch (the \`dead.package\` marker is present); closing as CANTFIX since there's no live package to update.` })
      }
    }
  }
  return { actions, checks }
}

// ---------------------------------------------------------------- generated worlds

// Bodhi's releases as the harness serves them; the generator builds for the six active ones.
const RELEASES: FakeRelease[] = FULL_RELEASES
const ACTIVE = RELEASES.filter((r) => r.state !== 'archived' && r.name !== 'ELN' && !r.id_prefix.endsWith('FLATPAK'))

const DIST: Record<string, string> = { F45: 'fc45', F44: 'fc44', F43: 'fc43', 'EPEL-10.3': 'el10_3', 'EPEL-10.2': 'el10_2', 'EPEL-9': 'el9' }

export interface GenOptions {
  packages: number
  seed: number
  /** Probability that a package has release-monitoring bugs. */
  bugRate?: number
  /** Probability of each branch besides rawhide. */
  branchRate?: number
}

/** A seeded world: inventory, bugs, dist-git projects, Bodhi updates and koji tags that exercise every branch of the decision tables. */
export function generateWorld(g: GenOptions): GenWorld {
  const rand = seeded(g.seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const chance = (p: number): boolean => rand() < p
  const specials = ['rust-md-5', 'python-django3', 'python-django30', 'foo-bar-2']
  const names = [...new Set([...specials, ...Array.from({ length: g.packages }, (_, i) => `pkg-${String.fromCharCode(97 + (i % 26))}${i}`)])].slice(0, Math.max(g.packages, specials.length)).sort()
  const w: GenWorld = { packages: [], workloads: { web: 'high', tools: 'low', quiet: 'unspecified' }, bugs: [], projects: [], releases: RELEASES, updates: [], koji: {} }
  for (const t of ['f45', 'f44', 'f43', 'epel10.3', 'epel10.2', 'epel9']) w.koji[t] = { builds: {} }
  w.koji['f44-updates'] = { parent: 'f44', builds: {} }
  w.koji['f43-updates'] = { parent: 'f43', builds: {} }
  let bugId = 100000
  let alias = 0
  for (const name of names) {
    const p: InvPackage = { name }
    if (chance(0.3)) p.priority = pick(['unspecified', 'low', 'medium', 'high', 'urgent'])
    if (chance(0.4)) p.workloads = [pick(['web', 'tools', 'quiet'])]
    if (chance(0.05)) p.unshipped = 'retired on every active branch (rawhide)'
    // eslint-disable-next-line no-dupe-else-if -- each call is a new random draw
    else if (chance(0.05)) p.retired_on = ['rawhide']
    w.packages.push(p)
    const branches = ['rawhide', ...['f44', 'f43', 'epel10', 'epel10.2', 'epel9', 'c10s'].filter(() => chance(g.branchRate ?? 0.55))]
    const dead = branches.filter(() => chance(0.12))
    if (chance(0.04)) w.projects.push({ name, deleted: true })
    else w.projects.push({ name, users: { owner: ['u'] }, branches, dead })

    if (!chance(g.bugRate ?? 0.7)) continue
    const minor = 1 + Math.floor(rand() * 5)
    const nBugs = 1 + Math.floor(rand() * 3)
    for (let i = 0; i < nBugs; i++) {
      const epel = branches.some((b) => b.startsWith('epel')) && chance(0.3)
      const v = `1.${minor + i}.0`
      const status = pick(['NEW', 'NEW', 'ASSIGNED', 'MODIFIED', 'CLOSED'])
      w.bugs.push({
        id: bugId++,
        summary: chance(0.9) ? `${name}-${v} is available` : `Please update ${name}`,
        status, resolution: status === 'CLOSED' ? 'WONTFIX' : '',
        product: epel ? 'Fedora EPEL' : 'Fedora',
        component: name,
        version: epel ? [pick(['epel9', 'epel10'])] : [pick(['rawhide', '43', '44'])],
        priority: chance(0.7) ? 'unspecified' : pick(['low', 'high']),
        assigned_to: chance(0.5) ? 'me@example.com' : `${name}-maintainers@fedoraproject.org`,
        cf_fixed_in: status === 'MODIFIED' && chance(0.5) ? `${name}-${v}-1.fc45` : '',
        creator: chance(0.9) ? RM : 'human@example.org',
        cc: chance(0.3) ? ['me@example.com'] : [],
        comments: [],
      })
    }
    // Builds around the advertised versions: older, equal (as 1.x and 1.x.0), newer.
    const versions = [`1.${minor - 1}.0`, `1.${minor}.0`, `1.${minor}`, `1.${minor + 1}.0`, `1.${minor + 3}.0`]
    for (const r of ACTIVE) {
      const tag = r.stable_tag!
      if (chance(0.55)) {
        const n = chance(0.3) ? 2 : 1
        const first = pick(versions)
        for (let k = 0; k < n; k++) {
          // A second update often carries the same version (a rebuild), so a stable/testing tie is decided.
          const version = k > 0 && chance(0.5) ? first : pick(versions)
          const builds = [`${name}-${version}-${1 + k}.${DIST[r.name]}`]
          if (chance(0.1)) builds.push(`other-${name}-9.9-1.${DIST[r.name]}`)
          w.updates.push({ alias: `FEDORA-2026-${(alias++).toString(16).padStart(6, '0')}`, release: r.name, status: pick(['stable', 'stable', 'testing', 'obsolete']), builds })
        }
      }
      if (chance(0.4)) {
        // Half the -updates builds sit in the GA parent: only inheritance finds them.
        const where = tag.endsWith('-updates') && chance(0.5) ? tag.replace('-updates', '') : tag
        ;(w.koji[where].builds ??= {})[name] = [`${name}-${pick(versions)}-1.${DIST[r.name]}`]
      }
    }
  }
  return w
}

/** The world's inventory as TOML. */
export function worldInventory(w: GenWorld): string {
  const lines = ['[inventory]', 'name = "generated"', 'description = "d"', 'maintainer = "m"', '']
  for (const [k, d] of Object.entries(w.workloads)) {
    lines.push(`[inventory.workloads.${k}]`, `default_priority = "${d}"`, `packages = [${w.packages.filter((p) => p.workloads?.includes(k)).map((p) => JSON.stringify(p.name)).join(', ')}]`, '')
  }
  for (const p of w.packages) {
    lines.push('[[package]]', `name = ${JSON.stringify(p.name)}`)
    if (p.priority) lines.push(`priority = "${p.priority}"`)
    if (p.retired_on) lines.push(`retired_on = [${p.retired_on.map((b) => JSON.stringify(b)).join(', ')}]`)
    if (p.unshipped) lines.push(`unshipped = ${JSON.stringify(p.unshipped)}`)
    lines.push('')
  }
  return lines.join('\n')
}
