// Parsing TOML text (decoded strictly by core/decode.ts) with parse errors as
// located findings.

import { parse as smolParse, TomlError } from 'smol-toml'
import type { Finding } from '../core/finding.js'
import { explainRedefinition } from './redefinition.js'
import { computeLineStarts, lineColumn } from './scan.js'

export type TomlTable = Record<string, unknown>

export type ParseOutcome = { ok: true; value: TomlTable } | { ok: false; finding: Omit<Finding, 'file'> }

export function parseToml(text: string): ParseOutcome {
  // The decoder already removed the one byte-order mark a file may start with;
  // smol-toml would silently drop a second one.
  if (text.charCodeAt(0) === 0xfeff) {
    return { ok: false, finding: { line: 1, column: 1, severity: 'error', rule: 'syntax', message: 'a byte-order mark is only allowed once, at the very start of the file' } }
  }
  try {
    return { ok: true, value: smolParse(text) }
  } catch (e) {
    if (e instanceof TomlError) {
      const message = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '')
      const redefined = message.startsWith('trying to redefine') ? explainRedefinition(text, e.line) : undefined
      if (redefined) {
        const column = firstNonBlankColumn(text, e.line)
        return { ok: false, finding: { line: e.line, column, severity: 'error', rule: 'duplicate-key', message: redefined.message } }
      }
      return { ok: false, finding: { line: e.line, column: e.column, severity: 'error', rule: 'syntax', message } }
    }
    // smol-toml can overflow the stack on absurd nesting: still a located error.
    const message = e instanceof RangeError ? 'nesting is too deep to parse' : String(e instanceof Error ? e.message : e)
    const pos = lineColumn(computeLineStarts(text), 0)
    return { ok: false, finding: { ...pos, severity: 'error', rule: 'syntax', message } }
  }
}

function firstNonBlankColumn(text: string, line: number): number {
  const starts = computeLineStarts(text)
  const start = starts[line - 1] ?? 0
  let i = start
  while (text[i] === ' ' || text[i] === '\t') i++
  return i - start + 1
}

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

export function tomlTypeName(v: unknown): string {
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'boolean'
  if (typeof v === 'bigint') return 'integer'
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'float'
  if (v instanceof Date) return 'datetime'
  if (Array.isArray(v)) return 'array'
  return 'table'
}
