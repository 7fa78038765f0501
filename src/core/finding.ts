// A finding is one located problem in an input file: what validation, config
// checks and commands report, and what every output form (text, json, github
// annotations, GitLab Code Quality, JUnit) renders.

export type Severity = 'error' | 'warning'

export interface Finding {
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  severity: Severity
  rule: string
  message: string
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0
  for (const f of findings) if (f.severity === 'error') errors++
  return { errors, warnings: findings.length - errors }
}

/** Stable order: file, line, column, rule. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
}

/** Thrown when an input cannot be used at all; carries its findings. */
export class FindingsError extends Error {
  readonly exitCode = 1
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'))
    this.name = 'FindingsError'
  }
}
