// The dashboard's body, rendered from the jobs' states alone: the same states
// give the same bytes on every runner, so runs on several runners converge on
// one body instead of flapping between versions. Remote text is escaped; the
// body fits the forge's limit, the longest sections cut first, visibly.

import { codeSpan, escapeText, safeUrl } from '../core/markdown.js'
import { printable } from '../core/text.js'
import { checkbox } from '../core/checkboxes.js'
import type { JobState } from './state.js'

export const DASHBOARD_MARKER = '<!-- poi-gitops:dashboard -->'

/** The pseudo-job whose state holds the default branch's validation findings. */
export const VALIDATE_JOB = 'validate'

export interface DashboardInput {
  /** The jobs of poi-gitops.toml, in config order. */
  jobs: readonly string[]
  /** Every job's last state (from the state comments). */
  states: ReadonlyMap<string, JobState>
  /** What the ticks of this run did, shown once next to their boxes. */
  done: ReadonlyMap<string, string>
  maxLength: number
  /** "pull request" / "merge request", "#" / "!". */
  words: { proposal: string; sigil: string }
}

interface Section {
  title: string
  lines: string[]
}

export function renderDashboard(input: DashboardInput): string {
  const sections = buildSections(input)
  const head = `${DASHBOARD_MARKER}\nWhat **poi-gitops** knows of this repository, updated by every run (edits to this text are overwritten; tick the boxes to steer it).`
  return fit(head, sections, input.maxLength)
}

function buildSections(input: DashboardInput): Section[] {
  const { states, words } = input
  const jobs = [...input.jobs, ...[...states.keys()].filter((j) => j !== VALIDATE_JOB && !input.jobs.includes(j)).sort()]
  const of = (job: string): JobState | undefined => states.get(job)
  const proposal = (s: JobState | undefined): string => {
    const url = s?.url ? safeUrl(s.url) : null
    return url && s?.number !== undefined ? `[${words.sigil}${s.number}](${url})` : ''
  }
  const note = (key: string): string => {
    const done = input.done.get(key)
    return done ? ` _(done: ${escapeText(done)})_` : ''
  }
  const out: Section[] = []

  const rows = jobs.map((job) => {
    const s = of(job)
    return `| ${codeSpan(job)} | ${s ? escapeText(s.outcome) : '_not run yet_'} | ${s ? s.since.slice(0, 16).replace('T', ' ') : ''} | ${proposal(s)} |`
  })
  const controls = jobs.flatMap((job) => {
    const s = of(job)
    return [
      s?.paused
        ? checkbox('resume', job, `Resume ${codeSpan(job)} (paused)${note(`resume:${job}`) || note(`pause:${job}`)}`)
        : checkbox('pause', job, `Pause ${codeSpan(job)}${note(`pause:${job}`) || note(`resume:${job}`)}`),
      checkbox('replan', job, `Run ${codeSpan(job)} on the next run even if paused or not scheduled${note(`replan:${job}`)}`)
    ]
  })
  out.push({ title: 'Jobs', lines: ['| Job | Last outcome | Since (UTC) | Proposal |', '|---|---|---|---|', ...rows, '', ...controls] })

  const blocked = jobs.filter((j) => of(j)?.blocked)
  if (blocked.length > 0) {
    out.push({
      title: `Blocked ${words.proposal}s`,
      lines: [`People pushed commits to these branches; they are kept and the ${words.proposal} is not updated. To hand one back:`, '',
        ...blocked.map((j) => checkbox('regenerate', j, `Discard the commits on ${proposal(of(j)) || codeSpan(j)} and regenerate it from the base${note(`regenerate:${j}`)}`))]
    })
  }

  const failing = jobs.filter((j) => of(j)?.outcome === 'failed')
  if (failing.length > 0) out.push({ title: 'Failing jobs', lines: failing.map((j) => `- ${codeSpan(j)}: ${escapeText(printable(of(j)?.detail ?? 'failed'))}`) })

  const findings = of(VALIDATE_JOB)?.findings ?? []
  if (findings.length > 0) {
    out.push({
      title: 'Findings on the default branch',
      lines: ['| Severity | Location | Rule | Message |', '|---|---|---|---|',
        ...findings.map((f) => `| ${f.severity} | ${codeSpan(`${f.file}:${f.line}:${f.column}`)} | ${f.rule} | ${escapeText(printable(f.message))} |`)]
    })
  }

  const invalid = jobs.flatMap((j) => (of(j)?.invalid ?? []).map((p) => `- ${codeSpan(p)} (job ${codeSpan(j)})`))
  if (invalid.length > 0) out.push({ title: 'Invalid inventory entries', lines: ['dist-git does not know these names (404); correct or remove them:', '', ...invalid] })

  const orphans = jobs.flatMap((j) => (of(j)?.orphans ?? []).map((p) => `- ${codeSpan(p)} (job ${codeSpan(j)})`))
  if (orphans.length > 0) out.push({ title: 'Orphaned packages', lines: ['Packages of the inventories that nobody maintains (adopt candidates):', '', ...orphans] })

  const planned = jobs.filter((j) => (of(j)?.planned ?? 0) > 0)
  if (planned.length > 0) {
    out.push({ title: 'Plans waiting for review', lines: planned.map((j) => `- ${codeSpan(j)}: ${of(j)!.planned} write(s) planned in ${proposal(of(j)) || 'its proposal'}; merging approves them`) })
  }

  const applied = jobs.filter((j) => of(j)?.applied)
  if (applied.length > 0) {
    out.push({ title: 'Last apply', lines: applied.flatMap((j) => [`#### ${codeSpan(j)} (${of(j)!.applied!.at.slice(0, 16).replace('T', ' ')} UTC)`, '', of(j)!.applied!.summary, '']) })
  }

  for (const j of jobs.filter((x) => of(x)?.report)) out.push({ title: `Report of ${codeSpan(j)}`, lines: [of(j)!.report!] })

  const requests = new Map<string, number>()
  for (const s of states.values()) for (const [host, n] of Object.entries(s.requests ?? {})) requests.set(host, (requests.get(host) ?? 0) + n)
  if (requests.size > 0) {
    out.push({ title: 'Requests of the last runs', lines: [[...requests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([h, n]) => `${escapeText(h)} ${n}`).join(', ')] })
  }
  return out
}

/** Head and sections within `maxLength`: the longest section is cut first, again and again, each cut said in place. */
function fit(head: string, sections: Section[], maxLength: number): string {
  const text = (): string => [head, ...sections.map((s) => `## ${s.title}\n\n${s.lines.join('\n')}`)].join('\n\n') + '\n'
  let body = text()
  for (let guard = 0; body.length > maxLength && guard < 1000; guard++) {
    const longest = sections.reduce((a, b) => (b.lines.join('\n').length > a.lines.join('\n').length ? b : a))
    const excess = body.length - maxLength + 120
    const kept: string[] = []
    let size = 0
    const budget = Math.max(0, longest.lines.join('\n').length - excess)
    for (const line of longest.lines) {
      if (size + line.length + 1 > budget) break
      kept.push(line)
      size += line.length + 1
    }
    const cut = longest.lines.length - kept.length
    if (cut === 0) break
    longest.lines = [...kept.filter((l) => !l.startsWith('_Cut:')), `_Cut: ${cut} more line(s) did not fit the body limit of this forge._`]
    body = text()
  }
  return body.length > maxLength ? `${body.slice(0, maxLength - 60)}\n\n_Cut to fit the body limit._\n` : body
}
