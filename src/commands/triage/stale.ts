// triage-updates' stale-bug decision, as poi-tracker takes it (README,
// "Plans"): per release the best build addressing the advertised version
// (Bodhi first, then the release's koji stable tag chain), and from the
// findings ERRATA, MODIFIED, ASK-CLOSE or nothing. Pure functions: the data
// is gathered elsewhere (stale-check.ts).

import type { Bug } from '../../sources/bugzilla.js'
import type { BodhiRelease, BodhiUpdate } from '../../sources/bodhi.js'
import { splitNvr, U64_MAX, versionAtLeast } from './versions.js'
import { isActiveRelease } from '../unshipped.js'

/** Bodhi's production host: comments always link there, as poi-tracker's do. */
export const BODHI_WEB = 'https://bodhi.fedoraproject.org'

export type BuildSource = { kind: 'bodhi'; alias: string; stable: boolean } | { kind: 'tagged' }

export interface AddressingBuild {
  nvr: string
  source: BuildSource
}

export interface ReleaseFinding {
  release: string
  build: AddressingBuild | null
}

export type StaleKind = 'errata' | 'modified' | 'ask-close'

export interface StalePlan {
  bug: Bug
  component: string
  version: string
  kind: StaleKind
  /** Addressing NVRs in findings order, deduplicated, space-joined. */
  fixedIn: string
  findings: ReleaseFinding[]
}

/** A tagged build counts as shipped; a Bodhi build only once its update is stable. */
export function isStable(b: AddressingBuild): boolean {
  return b.source.kind === 'tagged' || b.source.stable
}

/**
 * The best build in `updates` addressing `version` of `pkg`: the highest
 * addressing version; on equal versions a stable update wins; otherwise the
 * first one found stays.
 */
export function findAddressing(updates: readonly BodhiUpdate[], pkg: string, version: string): AddressingBuild | undefined {
  let best: { build: AddressingBuild; version: string } | undefined
  for (const u of updates) {
    const stable = u.status === 'stable'
    for (const nvr of u.nvrs) {
      const parts = splitNvr(nvr)
      if (!parts || parts.name !== pkg || !versionAtLeast(parts.version, version)) continue
      const replace = best === undefined || (versionAtLeast(parts.version, best.version) && (parts.version !== best.version || (stable && !isStable(best.build))))
      if (replace) best = { build: { nvr, source: { kind: 'bodhi', alias: u.alias, stable } }, version: parts.version }
    }
  }
  return best?.build
}

/** A koji answer (the latest NVR in the chain) as an addressing build, when it carries `version` of `pkg`. */
export function taggedAddressing(nvr: string | null | undefined, pkg: string, version: string): AddressingBuild | undefined {
  if (!nvr) return undefined
  const parts = splitNvr(nvr)
  return parts && parts.name === pkg && versionAtLeast(parts.version, version) ? { nvr, source: { kind: 'tagged' } } : undefined
}


/** All digits of a release name read as one number: F45 → 45, EPEL-10.3 → 103, EPEL-9 → 9. */
export function releaseRank(name: string): bigint {
  const digits = name.replace(/[^0-9]/g, '')
  if (digits === '') return 0n
  const n = BigInt(digits)
  return n > U64_MAX ? 0n : n
}

const ID_PREFIX: Readonly<Record<string, string>> = { Fedora: 'FEDORA', 'Fedora EPEL': 'FEDORA-EPEL' }

/**
 * The releases a bug is judged against, newest first (stable order): active
 * releases of its product family whose branch the package has. The bug's
 * own `version` is not consulted. Undefined for a product other than Fedora
 * and Fedora EPEL.
 */
export function relevantReleases(bug: Bug, active: readonly BodhiRelease[], branches: readonly string[]): BodhiRelease[] | undefined {
  const prefix = ID_PREFIX[bug.product]
  if (prefix === undefined) return undefined
  const have = new Set(branches)
  return active
    .filter((r) => r.idPrefix === prefix && r.branch !== null && have.has(r.branch))
    .map((r, i) => ({ r, i, rank: releaseRank(r.name) }))
    .sort((a, b) => (a.rank === b.rank ? a.i - b.i : a.rank > b.rank ? -1 : 1))
    .map((x) => x.r)
}

/** Active as the triage commands read Bodhi: current, pending or frozen Fedora and EPEL releases, ELN left out. */
export function activeReleases(all: readonly BodhiRelease[]): BodhiRelease[] {
  return all.filter(isActiveRelease)
}

/**
 * The action for one bug from its findings; undefined when nothing
 * addresses it yet, or when it is already MODIFIED with a Fixed In Version
 * (the value is not compared, as in poi-tracker).
 */
export function planStaleBug(bug: Bug, component: string, version: string, findings: ReleaseFinding[]): StalePlan | undefined {
  const addressed = findings.flatMap((f) => (f.build ? [f.build] : []))
  if (addressed.length === 0) return undefined
  const kind: StaleKind = addressed.some((b) => !isStable(b)) ? 'modified' : addressed.length === findings.length ? 'errata' : 'ask-close'
  const nvrs: string[] = []
  for (const b of addressed) if (!nvrs.includes(b.nvr)) nvrs.push(b.nvr)
  if (kind === 'modified' && bug.status === 'MODIFIED' && bug.cf_fixed_in !== '') return undefined
  return { bug, component, version, kind, fixedIn: nvrs.join(' '), findings }
}

/** The comment posted with a stale action: the findings, then what is done and why. */
export function staleComment(p: StalePlan): string {
  let out = `Bodhi has builds addressing this update (version ${p.version} or newer):\n`
  for (const f of p.findings) {
    const b = f.build
    if (!b) out += `  ${f.release}: no update found\n`
    else if (b.source.kind === 'bodhi') out += `  ${f.release}: ${b.nvr} — ${BODHI_WEB}/updates/${b.source.alias} (${b.source.stable ? 'stable' : 'testing'})\n`
    else out += `  ${f.release}: ${b.nvr} (tagged into the release; no Bodhi update in this release — carried over from an earlier one)\n`
  }
  out += '\n'
  out += p.kind === 'errata'
    ? 'The new version is in stable updates for every active release this package has a branch for; closing as ERRATA.'
    : p.kind === 'modified'
      ? 'Some updates are still in testing; marking this bug MODIFIED until they reach stable.'
      : 'The releases without an update are listed above — their branches are not expected to rebase; closing as ERRATA.'
  return out
}

/** One line per finding for the proposal body, e.g. `F45: foo-1.2.0-1.fc45 (stable, FEDORA-2026-a)`. */
export function findingLines(findings: readonly ReleaseFinding[]): string[] {
  return findings.map((f) => {
    const b = f.build
    if (!b) return `${f.release}: no update found`
    return b.source.kind === 'bodhi' ? `${f.release}: ${b.nvr} (${b.source.stable ? 'stable' : 'testing'}, ${b.source.alias})` : `${f.release}: ${b.nvr} (tagged in koji)`
  })
}
