// The Markdown job summaries: a validation's findings (GitHub annotates only a
// few per step; the summary lists them all) and a run's jobs with what
// happened to each proposal. Callers hand over redacted data: escaping for
// Markdown must never split a secret the redactor would have found.

import { countBySeverity, type Finding, sortFindings } from '../core/finding.js'
import { codeSpan, escapeText } from '../core/markdown.js'

export function renderValidationSummary(findings: readonly Finding[], files: readonly string[]): string {
  const { errors, warnings } = countBySeverity(findings)
  let out = `## poi-gitops validate\n\n${files.length} file(s) checked: **${errors} error(s)**, ${warnings} warning(s).\n\n`
  if (findings.length === 0) return out + 'All inventories are valid.\n'
  out += '| Severity | Location | Rule | Message |\n|---|---|---|---|\n'
  for (const f of sortFindings(findings)) {
    out += `| ${f.severity} | ${codeSpan(`${f.file}:${f.line}:${f.column}`)} | ${f.rule} | ${escapeText(f.message)} |\n`
  }
  return out
}

/** One job of a run, as its summary row shows it. */
export interface JobSummary {
  job: string
  /** What happened to its proposal, or why there is none. */
  operation: string
  url?: string
  files: number
  notes: string[]
}

/** The job summary of a `run`: one row per job, the requests per host (services and forge alike), then every finding. */
export function renderRunSummary(jobs: readonly JobSummary[], elapsedMs: number, findings: readonly Finding[], requests: Readonly<Record<string, number>>): string {
  let out = `## poi-gitops run\n\n${jobs.length} job(s) in ${(elapsedMs / 1000).toFixed(1)} s.\n\n| Job | Proposal | Files | Notes |\n|---|---|---|---|\n`
  for (const j of jobs) {
    const op = j.url ? `[${j.operation}](${j.url})` : j.operation
    out += `| ${codeSpan(j.job)} | ${op} | ${j.files} | ${j.notes.map(escapeText).join('<br>')} |\n`
  }
  const hosts = Object.entries(requests)
  if (hosts.length > 0) out += `\nRequests: ${hosts.map(([h, n]) => `${escapeText(h)} ${n}`).join(', ')}\n`
  if (findings.length > 0) out += '\n' + renderValidationSummary(findings, []).replace('## poi-gitops validate', '### Findings')
  return out
}

/** The finding with its file name and message passed through a redactor (before any escaping). */
export function redactFinding(f: Finding, redact: (text: string) => string): Finding {
  return { ...f, file: redact(f.file), message: redact(f.message) }
}
