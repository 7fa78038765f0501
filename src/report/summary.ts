// The Markdown job summary of a validation: a table of every finding (GitHub
// annotates only a few per step; the summary lists them all).

import { countBySeverity, type Finding, sortFindings } from './finding.js'
import { codeSpan, escapeText } from './markdown.js'

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
