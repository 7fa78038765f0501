// Data for the fake dist-git (Pagure) and Bodhi servers, shaped after the
// answers of src.fedoraproject.org and bodhi.fedoraproject.org (listings with
// access lists, branches, dead.package, releases), plus
// generators for large, realistic accounts used by the benchmark.

export interface FakeAccess {
  owner?: string[]
  admin?: string[]
  commit?: string[]
  collaborator?: string[]
  ticket?: string[]
}

export interface FakeProject {
  name: string
  /** Default `rpms`. */
  namespace?: 'rpms' | 'container' | 'modules' | 'tests' | 'flatpaks'
  /** A fork by this user: listed as `forks/<user>/<namespace>/<name>` under the bare name. */
  forkOf?: string
  users?: FakeAccess
  groups?: Omit<FakeAccess, 'owner'>
  /** Default `['rawhide']`. */
  branches?: string[]
  /** Branches carrying dead.package. */
  dead?: string[]
  /** Deleted outright: never listed, 404 everywhere. */
  deleted?: boolean
  /** The `<name>.spec` text served on every live branch (absent: 404). */
  spec?: string
  /** The orphan plugin's reason, for a project owned by `orphan`. */
  orphanReason?: { reason: string; reason_info: string }
}

export interface FakeGroup {
  name: string
  members: string[]
}

export interface FakeRelease {
  name: string
  branch: string | null
  id_prefix: string
  state: string
  /** Default `<branch>-updates`. */
  stable_tag?: string
  /** The koji tag; the branch when not given (rawhide's is the next release's fNN). */
  dist_tag?: string
}

/** A Bodhi update: its builds' NVRs in one release. */
export interface FakeUpdate {
  alias: string
  release: string
  status: 'stable' | 'testing' | 'pending' | 'obsolete' | 'unpushed'
  builds: string[]
}

export interface FakeData {
  projects: FakeProject[]
  groups: FakeGroup[]
  releases: FakeRelease[]
  /** Bodhi updates (the triage commands). */
  updates?: FakeUpdate[]
}

/**
 * A Bodhi release list while Fedora 45 is rawhide: active F45 (rawhide), F44, F43,
 * EPEL-10.2/10.1/9; Flatpak, ELN, archived F40 left out. Koji tags as Bodhi
 * names them in `dist_tag`: rawhide ships from f45, the leading EPEL 10
 * minor (branch epel10) from epel10.2.
 */
export const RELEASES: FakeRelease[] = [
  { name: 'F45', branch: 'rawhide', id_prefix: 'FEDORA', state: 'pending', dist_tag: 'f45' },
  { name: 'F44', branch: 'f44', id_prefix: 'FEDORA', state: 'current' },
  { name: 'F43', branch: 'f43', id_prefix: 'FEDORA', state: 'current' },
  { name: 'F44F', branch: 'f44', id_prefix: 'FEDORA-FLATPAK', state: 'current', dist_tag: 'f44-flatpak-app' },
  { name: 'EPEL-10.2', branch: 'epel10', id_prefix: 'FEDORA-EPEL', state: 'current', dist_tag: 'epel10.2' },
  { name: 'EPEL-10.1', branch: 'epel10.1', id_prefix: 'FEDORA-EPEL', state: 'current' },
  { name: 'EPEL-9', branch: 'epel9', id_prefix: 'FEDORA-EPEL', state: 'current' },
  { name: 'ELN', branch: 'eln', id_prefix: 'FEDORA', state: 'current' },
  { name: 'F40', branch: 'f40', id_prefix: 'FEDORA', state: 'archived' }
]

/** Active branch order poi-tracker's algorithm gives for RELEASES (docs/poi-tracker-compatibility.md, "Unshipped detection"). */
export const ACTIVE = ['rawhide', 'f44', 'f43', 'epel10', 'epel10.1', 'epel9']

/** The koji tag of each active branch of RELEASES. */
export const ACTIVE_TAGS: Readonly<Record<string, string>> = { rawhide: 'f45', f44: 'f44', f43: 'f43', epel10: 'epel10.2', 'epel10.1': 'epel10.1', epel9: 'epel9' }

export function project(name: string, p: Omit<FakeProject, 'name'> = {}): FakeProject {
  return { name, ...p }
}

export const owned = (name: string, user: string, extra: Omit<FakeProject, 'name' | 'users'> = {}): FakeProject => project(name, { users: { owner: [user] }, ...extra })

/** Deterministic pseudo-random numbers, so generated accounts are the same in every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

// How Fedora package names spread over first characters (python-, perl-,
// rust-, golang-, ghc- … dominate); weights, not counts.
const FIRST_CHAR_WEIGHTS: Record<string, number> = {
  a: 3, b: 2, c: 3, d: 2, e: 2, f: 2, g: 8, h: 2, i: 1, j: 1, k: 2, l: 5, m: 3, n: 3, o: 2, p: 22, q: 1, r: 12, s: 3, t: 3, u: 1, v: 1, w: 1, x: 2, y: 1, z: 1,
  '0': 0.1, '1': 0.1, '2': 0.1, '3': 0.2, '4': 0.1, '5': 0.1, '6': 0.1, '7': 0.1, '8': 0.1, '9': 0.2
}

/** `count` distinct package names with a realistic first-character spread. */
export function packageNames(count: number, seed = 1): string[] {
  const rand = seeded(seed)
  const chars = Object.keys(FIRST_CHAR_WEIGHTS)
  const sum = Object.values(FIRST_CHAR_WEIGHTS).reduce((a, b) => a + b, 0)
  const names = new Set<string>()
  while (names.size < count) {
    let r = rand() * sum
    let c = chars[0]
    for (const ch of chars) {
      r -= FIRST_CHAR_WEIGHTS[ch]
      if (r <= 0) { c = ch; break }
    }
    names.add(`${c}${c === 'p' ? 'ython-' : c === 'r' ? 'ust-' : ''}pkg${Math.floor(rand() * 1e6).toString(36)}`)
  }
  return [...names]
}

/**
 * A prolific packager: `accessible` packages reachable by `user` (most owned,
 * some as collaborator, some only through a SIG), among `others` packages of
 * other people, so per-user listings must filter server-side.
 */
export function prolificAccount(user: string, accessible: number, others = 500, seed = 7): FakeData {
  const rand = seeded(seed)
  const names = packageNames(accessible + others, seed)
  const projects = names.map((name, i) => {
    if (i >= accessible) return owned(name, `other${i % 40}`)
    const roll = rand()
    if (roll < 0.8) return owned(name, user)
    if (roll < 0.9) return project(name, { users: { owner: ['someone'], collaborator: [user] } })
    return project(name, { users: { owner: ['someone'] }, groups: { commit: ['big-sig'] } })
  })
  return { projects, groups: [{ name: 'big-sig', members: [user, 'someone'] }], releases: RELEASES }
}

/** `count` packages for a prune-retired scan: mostly live on rawhide, some retired everywhere, some EOL-only, some gone. */
export function pruneCorpus(count: number, seed = 11): { data: FakeData; names: string[] } {
  const rand = seeded(seed)
  const names = packageNames(count, seed)
  const projects = names.map((name) => {
    const roll = rand()
    if (roll < 0.85) return owned(name, 'p', { branches: ['rawhide', 'f44', 'f43', 'epel9'] })
    if (roll < 0.92) return owned(name, 'p', { branches: ['rawhide', 'f44', 'epel9'], dead: ['rawhide'] }) // live on f44: 2 probes
    if (roll < 0.97) return owned(name, 'p', { branches: ['rawhide', 'f43'], dead: ['rawhide', 'f43'] })
    if (roll < 0.99) return owned(name, 'p', { branches: ['f30', 'el6'] })
    return owned(name, 'p', { deleted: true })
  })
  return { data: { projects, groups: [], releases: RELEASES }, names }
}
