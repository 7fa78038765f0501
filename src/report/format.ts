// Renders findings in the forms `validate --format` offers (README,
// "Validation"): text for people, json for machines, github workflow-command
// annotations, GitLab Code Quality JSON and JUnit XML for merge-request
// widgets.

import { sha256 } from '../core/hash.js'
import { countBySeverity, type Finding, sortFindings } from '../core/finding.js'
import { printable } from '../core/text.js'
import { annotation } from './workflow-commands.js'

export const FORMATS = ['text', 'json', 'github', 'codequality', 'junit'] as const
export type Format = (typeof FORMATS)[number]

/** GitHub shows at most 10 annotations of each kind per step; the rest are printed as plain lines. */
export const GITHUB_ANNOTATIONS_PER_KIND = 10

/** One line per finding, whatever its file name or message holds. */
export function formatFinding(f: Finding): string {
  return `${printable(f.file)}:${f.line}:${f.column}: ${f.severity}: ${printable(f.message)} (${f.rule})`
}

export function formatText(findings: readonly Finding[]): string {
  return sortFindings(findings).map((f) => `${formatFinding(f)}\n`).join('')
}

export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify(sortFindings(findings).map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message })), null, 2) + '\n'
}

export function formatGithub(findings: readonly Finding[]): string {
  const sorted = sortFindings(findings).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  const used = { error: 0, warning: 0 }
  let out = ''
  let plain = 0
  for (const f of sorted) {
    if (used[f.severity] < GITHUB_ANNOTATIONS_PER_KIND) {
      used[f.severity]++
      out += `${annotation(f.severity, f.message, { file: f.file, line: f.line, col: f.column, title: `poi-gitops ${f.rule}` })}\n`
    } else {
      plain++
      out += `${formatFinding(f)}\n`
    }
  }
  if (plain > 0) out += `${plain} more finding(s) than GitHub annotates per step are listed above and in the job summary.\n`
  return out
}

/** GitLab Code Quality: fingerprints stay stable when lines move (file, rule, message and occurrence). */
export function formatCodeQuality(findings: readonly Finding[]): string {
  const seen = new Map<string, number>()
  const issues = sortFindings(findings).map((f) => {
    const base = `${f.file}\u0000${f.rule}\u0000${f.message}`
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return {
      description: f.message,
      check_name: f.rule,
      fingerprint: sha256(`${base}\u0000${n}`).slice(0, 32),
      severity: f.severity === 'error' ? 'major' : 'minor',
      location: { path: f.file, lines: { begin: f.line } }
    }
  })
  return JSON.stringify(issues, null, 2) + '\n'
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // XML 1.0 cannot carry most control characters at all.
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd')

/** One test suite per file; every error is a failed test case, every warning a passed one with output. */
export function formatJunit(findings: readonly Finding[], files: readonly string[]): string {
  const byFile = new Map<string, Finding[]>()
  for (const f of [...files].sort()) byFile.set(f, [])
  for (const f of sortFindings(findings)) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])
  const total = countBySeverity(findings)
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="poi-gitops validate" tests="${[...byFile.values()].reduce((n, l) => n + Math.max(1, l.length), 0)}" failures="${total.errors}">\n`
  for (const [file, list] of byFile) {
    const errors = list.filter((f) => f.severity === 'error').length
    out += `  <testsuite name="${xml(file)}" tests="${Math.max(1, list.length)}" failures="${errors}">\n`
    if (list.length === 0) out += `    <testcase classname="${xml(file)}" name="valid"/>\n`
    for (const f of list) {
      const name = xml(`${f.rule} at ${f.line}:${f.column}`)
      out += `    <testcase classname="${xml(file)}" name="${name}">\n`
      if (f.severity === 'error') out += `      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(`${f.file}:${f.line}:${f.column}: ${f.message}`)}</failure>\n`
      else out += `      <system-out>${xml(`warning: ${f.message}`)}</system-out>\n`
      out += '    </testcase>\n'
    }
    out += '  </testsuite>\n'
  }
  return out + '</testsuites>\n'
}

export function formatFindings(format: Format, findings: readonly Finding[], files: readonly string[]): string {
  switch (format) {
    case 'text': return formatText(findings)
    case 'json': return formatJson(findings)
    case 'github': return formatGithub(findings)
    case 'codequality': return formatCodeQuality(findings)
    case 'junit': return formatJunit(findings, files)
  }
}

export type SeverityOverride = 'error' | 'warning' | 'off'

/** Applies `[validate.rules]` from poi-gitops.toml: raise, lower or silence a rule. */
export function applySeverities(findings: readonly Finding[], overrides: ReadonlyMap<string, SeverityOverride>): Finding[] {
  const out: Finding[] = []
  for (const f of findings) {
    const o = overrides.get(f.rule)
    if (o === 'off') continue
    out.push(o ? { ...f, severity: o } : f)
  }
  return out
}
