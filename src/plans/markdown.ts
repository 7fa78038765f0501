// Plans and apply outcomes as Markdown for a proposal body, a job summary or
// a comment: one table per action group, each row linking the bug or
// package and the evidence (Bodhi updates, koji builds, dead.package), the
// exact comments in a collapsed block. Every remote text is escaped
// (src/core/markdown.ts): summaries, package names and comments can
// neither format, link, nor mention anyone.

import { codeSpan, escapeText, fencedBlock, link } from '../core/markdown.js'
import { SERVICE_DEFAULTS, type ServiceName } from '../sources/services.js'
import { kojiWebUrl } from '../sources/koji.js'
import type { ApplyReport, Outcome } from './apply.js'
import { KIND_ORDER, KIND_TITLES, type Evidence, type FieldValue, type LinkBases, type Plan, type PlanAction, type PlanDraft } from './model.js'


/** The link bases of the services a run uses (configured or default). */
export function linkBases(urls: Readonly<Record<ServiceName, string>>): LinkBases {
  return { bugzilla: urls.bugzilla, bodhi: urls.bodhi, distgit: urls.distgit, koji: kojiWebUrl(urls['fedora-koji']) }
}

export const DEFAULT_LINKS: LinkBases = {
  bugzilla: SERVICE_DEFAULTS.bugzilla,
  bodhi: SERVICE_DEFAULTS.bodhi,
  distgit: SERVICE_DEFAULTS.distgit,
  koji: kojiWebUrl(SERVICE_DEFAULTS['fedora-koji']),
}

const bugLink = (l: LinkBases, id: number | string): string => link(`rhbz#${id}`, `${l.bugzilla}/show_bug.cgi?id=${id}`)
const bodhiLink = (l: LinkBases, alias: string): string => link(alias, `${l.bodhi}/updates/${encodeURIComponent(alias)}`)
const kojiLink = (l: LinkBases, nvr: string): string => link(nvr, `${l.koji}/search?terms=${encodeURIComponent(nvr)}&type=build&match=exact`)
const packageLink = (l: LinkBases, pkg: string): string => link(pkg, `${l.distgit}/rpms/${encodeURIComponent(pkg)}`)
const deadLink = (l: LinkBases, pkg: string, branch: string): string =>
  link(`${branch}/dead.package`, `${l.distgit}/rpms/${encodeURIComponent(pkg)}/blob/${encodeURIComponent(branch)}/f/dead.package`)

function cell(v: FieldValue | undefined): string {
  if (v === undefined || v === null || v === '') return '—'
  return codeSpan(String(v))
}

function nvrList(v: FieldValue | undefined, l: LinkBases): string {
  if (typeof v !== 'string' || v.trim() === '') return '—'
  return v.trim().split(/\s+/).map((nvr) => kojiLink(l, nvr)).join('<br>')
}

function evidenceCell(a: PlanAction, e: Evidence | undefined, l: LinkBases): string {
  const parts: string[] = []
  for (const alias of e?.bodhi ?? []) parts.push(`Bodhi ${bodhiLink(l, alias)}`)
  for (const nvr of e?.koji ?? []) parts.push(`koji ${kojiLink(l, nvr)}`)
  for (const d of e?.deadPackage ?? []) parts.push(deadLink(l, d.package, d.branch))
  if (parts.length === 0 && a.kind === 'take-orphan' && typeof a.target === 'string') parts.push(packageLink(l, a.target))
  return parts.length > 0 ? parts.join('<br>') : escapeText(a.why)
}

function targetCell(a: PlanAction, l: LinkBases): string {
  return a.service === 'bugzilla' ? bugLink(l, a.target) : packageLink(l, String(a.target))
}

function componentCell(e: Evidence | undefined): string {
  return e?.component ? codeSpan(e.component) : '—'
}

function table(kind: PlanAction['kind'], actions: PlanAction[], evidence: Record<string, Evidence>, l: LinkBases): string {
  const rows: string[][] = []
  let head: string[]
  switch (kind) {
    case 'priority':
      head = ['Bug', 'Component', 'Status', 'Priority', 'Summary']
      for (const a of actions) {
        const e = evidence[a.id]
        rows.push([targetCell(a, l), componentCell(e), cell(a.expect['status']), `${cell(a.expect['priority'])} → ${cell(a.set['priority'])}`, e?.summary ? escapeText(e.summary) : escapeText(a.why)])
      }
      break
    case 'errata':
    case 'modified':
    case 'ask-close':
      head = ['Bug', 'Component', 'Status', 'Fixed in', 'Evidence']
      for (const a of actions) {
        const e = evidence[a.id]
        const status = `${cell(a.expect['status'])} → ${cell(a.set['status'])}${a.set['resolution'] ? `/${cell(a.set['resolution'])}` : ''}`
        const extra = [a.set['priority'] !== undefined ? `priority → ${cell(a.set['priority'])}` : '', a.set['assigned_to'] !== undefined ? `assignee → ${cell(a.set['assigned_to'])}` : ''].filter(Boolean)
        rows.push([targetCell(a, l), componentCell(e), [status, ...extra].join('<br>'), nvrList(a.set['cf_fixed_in'], l), evidenceCell(a, e, l)])
      }
      break
    case 'cantfix':
      head = ['Bug', 'Component', 'Status', 'Evidence']
      for (const a of actions) {
        const e = evidence[a.id]
        const extra = a.set['assigned_to'] !== undefined ? `<br>assignee → ${cell(a.set['assigned_to'])}` : ''
        rows.push([targetCell(a, l), componentCell(e), `${cell(a.expect['status'])} → CLOSED/CANTFIX${extra}`, evidenceCell(a, e, l)])
      }
      break
    case 'claim':
      head = ['Bug', 'Assignee', 'Why']
      for (const a of actions) rows.push([targetCell(a, l), `${cell(a.expect['assigned_to'])} → ${cell(a.set['assigned_to'])}`, escapeText(a.why)])
      break
    case 'take-orphan':
      head = ['Package', 'Owner', 'New point of contact', 'Why']
      for (const a of actions) rows.push([targetCell(a, l), cell(a.expect['owner']), cell(a.set['point_of_contact']), escapeText(a.why)])
      break
  }
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

const KIND_NOTES: Partial<Record<PlanAction['kind'], string>> = {
  'ask-close': 'Written only when the job runs with `--close-stale`. To close a single one, change its `kind` to `errata` in the plan file of this proposal.',
  'take-orphan': 'Taking a package makes the token\'s user its point of contact: a real commitment.',
}

export interface PlanMarkdownOptions {
  links?: Partial<LinkBases>
  /** The plan file's path, for the heading. */
  path?: string
}

/** The plan as Markdown for a proposal body or a job summary. */
export function renderPlanMarkdown(plan: Plan | PlanDraft, options: PlanMarkdownOptions = {}): string {
  const l: LinkBases = { ...DEFAULT_LINKS, ...options.links }
  const evidence = ('evidence' in plan ? plan.evidence : undefined) ?? {}
  const out: string[] = []
  const bz = plan.actions.filter((a) => a.service === 'bugzilla').length
  const dg = plan.actions.length - bz
  const where = options.path ? ` (${codeSpan(options.path)})` : ''
  out.push(plan.actions.length === 0
    ? `**Plan${where}: nothing to write.**`
    : `**Plan${where}: ${plural(plan.actions.length, 'action')}** — ${[bz ? `${bz} on Bugzilla` : '', dg ? `${dg} on dist-git` : ''].filter(Boolean).join(', ')}. Merging this proposal approves them; \`apply\` re-reads each target and writes only what still matches.`)
  for (const kind of KIND_ORDER) {
    const group = plan.actions.filter((a) => a.kind === kind)
    if (group.length === 0) continue
    out.push('', `#### ${KIND_TITLES[kind]} (${group.length})`)
    const note = KIND_NOTES[kind]
    if (note) out.push('', note)
    out.push('', table(kind, group, evidence, l))
  }
  const commented = plan.actions.filter((a) => a.comment !== null)
  if (commented.length > 0) {
    out.push('', `<details><summary>Comments that will be posted (${commented.length})</summary>`, '')
    for (const a of commented) out.push(`${bugLink(l, a.target)} (${a.kind}):`, '', fencedBlock(a.comment ?? '', 'text'), '')
    out.push('</details>')
  }
  if (plan.skipped.length > 0) {
    out.push('', `<details><summary>Skipped (${plan.skipped.length})</summary>`, '')
    for (const s of plan.skipped) out.push(`- ${typeof s.target === 'number' ? bugLink(l, s.target) : codeSpan(String(s.target))}: ${escapeText(s.why)}`)
    out.push('', '</details>')
  }
  return out.join('\n') + '\n'
}

const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  applied: 'applied',
  confirmed: 'applied (answer lost, confirmed by a re-read)',
  'already-done': 'already done',
  changed: 'skipped: changed since planning',
  'not-allowed': 'skipped: not allowed by the job',
  failed: 'FAILED',
  'not-attempted': 'not attempted',
  'would-apply': 'would be applied',
}

/** An apply run's outcomes as Markdown (a job summary, one comment on the merged proposal). */
export function renderOutcomesMarkdown(report: ApplyReport, options: { links?: Partial<LinkBases> } = {}): string {
  const l: LinkBases = { ...DEFAULT_LINKS, ...report.links, ...options.links }
  const counts = new Map<Outcome, number>()
  for (const o of report.outcomes) counts.set(o.outcome, (counts.get(o.outcome) ?? 0) + 1)
  const summary = [...counts].map(([k, n]) => `${n} ${OUTCOME_LABELS[k]}`).join(', ')
  const out: string[] = [`**${report.dryRun ? 'Dry run of the' : 'Applied the'} plan of job ${codeSpan(report.job)}**: ${report.outcomes.length === 0 ? 'nothing to do' : summary}; ${plural(report.writes, 'write')} sent.`]
  if (report.stopped) out.push('', `Stopped early: ${escapeText(report.stopped)}.`)
  if (report.outcomes.length > 0) {
    out.push('', '| Action | Target | Outcome | Detail |', '|---|---|---|---|')
    for (const o of report.outcomes) {
      const target = o.service === 'bugzilla' ? bugLink(l, o.target) : packageLink(l, String(o.target))
      out.push(`| ${o.kind} | ${target} | ${OUTCOME_LABELS[o.outcome]} | ${o.detail ? escapeText(o.detail) : '—'} |`)
    }
  }
  return out.join('\n') + '\n'
}

/** One line per outcome, for a terminal. */
export function renderOutcomesText(report: ApplyReport): string {
  const lines = report.outcomes.map((o) => `${o.id}: ${OUTCOME_LABELS[o.outcome]}${o.detail ? ` — ${o.detail}` : ''}`)
  if (report.stopped) lines.push(`stopped: ${report.stopped}`)
  lines.push(`${report.outcomes.length} action(s), ${report.writes} write(s) sent${report.dryRun ? ' (dry run: none)' : ''}`)
  return lines.join('\n') + '\n'
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
