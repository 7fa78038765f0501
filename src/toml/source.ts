// Reading TOML safely: strict UTF-8 decoding (invalid bytes are a located
// error, not U+FFFD), a remembered byte-order mark and line-ending style so
// edits can write the file back the way it was, and parse errors as findings.

import { parse as smolParse, TomlError } from 'smol-toml'
import type { Finding } from '../core/finding.js'
import { explainRedefinition } from './redefinition.js'
import { computeLineStarts, lineColumn } from './scan.js'

export type TomlTable = Record<string, unknown>

export interface DecodedText {
  /** The text without its byte-order mark. */
  text: string
  bom: boolean
  eol: '\n' | '\r\n'
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export class DecodeError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message)
    this.name = 'DecodeError'
  }
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    const { offset, line, column } = firstInvalidUtf8(bytes)
    throw new DecodeError(`not valid UTF-8 text (byte 0x${bytes[offset].toString(16).padStart(2, '0')} at offset ${offset})`, line, column)
  }
  return fromText(text)
}

export function fromText(text: string): DecodedText {
  const bom = text.charCodeAt(0) === 0xfeff
  if (bom) text = text.slice(1)
  const lf = text.indexOf('\n')
  const eol = lf > 0 && text.charCodeAt(lf - 1) === 0x0d ? '\r\n' : '\n'
  return { text, bom, eol }
}

/** Where a strict decoder gave up: the first byte that starts no valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1
  let lineStart = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    let len = 0
    if (b < 0x80) len = 1
    else if (b >= 0xc2 && b <= 0xdf) len = 2
    else if (b >= 0xe0 && b <= 0xef) len = 3
    else if (b >= 0xf0 && b <= 0xf4) len = 4
    let ok = len > 0 && i + len <= bytes.length
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80
    if (ok && len === 3) {
      const cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f)
      ok = cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff)
    }
    if (ok && len === 4) {
      const cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f)
      ok = cp >= 0x10000 && cp <= 0x10ffff
    }
    if (!ok) return { offset: i, line, column: i - lineStart + 1 }
    if (b === 0x0a) { line++; lineStart = i + 1 }
    i += len
  }
  return { offset: Math.max(0, bytes.length - 1), line, column: 1 }
}

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
