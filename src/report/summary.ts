// The Markdown job summary of a validation: a table of every finding (GitHub
// annotates only a few per step; the summary lists them all).

import { countBySeverity, type Finding, sortFindings } from '../core/finding.js'
import { codeSpan, escapeText } from './markdown.js'
import { changedFiles } from '../core/changeset.js'
import type { RunReport } from '../jobs/run-jobs.js'

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

/** The job summary of a `run`: one row per job with what happened to its proposal. */
export function renderRunSummary(result: RunReport, elapsedMs: number): string {
  let out = `## poi-gitops run\n\n${result.jobs.length} job(s) in ${(elapsedMs / 1000).toFixed(1)} s.\n\n| Job | Proposal | Files | Notes |\n|---|---|---|---|\n`
  for (const { outcome, proposal } of result.jobs) {
    const op = proposal ? (proposal.url ? `[${proposal.operation}](${proposal.url})` : proposal.operation) : 'not proposed'
    const files = proposal?.files.length ?? changedFiles(outcome.changeSet?.changes ?? []).length
    const notes = [outcome.error, proposal?.message, ...outcome.notes].filter((n): n is string => Boolean(n)).map(escapeText).join('<br>')
    out += `| ${codeSpan(outcome.job.name)} | ${op} | ${files} | ${notes} |\n`
  }
  const requests = Object.entries(result.requests)
  if (requests.length > 0) out += `\nRequests: ${requests.map(([h, n]) => `${escapeText(h)} ${n}`).join(', ')}\n`
  const findings = result.jobs.flatMap((j) => j.outcome.findings)
  if (findings.length > 0) out += '\n' + renderValidationSummary(findings, []).replace('## poi-gitops validate', '### Findings')
  return out
}
