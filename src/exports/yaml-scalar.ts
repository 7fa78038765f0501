// YAML scalars for the content-resolver export. poi-tracker interpolates
// values raw, unquoted; we keep that byte-for-byte for ordinary values
// and quote only what a YAML reader would misread or reject. "Misread" is
// judged for YAML 1.2 (the `yaml` package) and YAML 1.1 (PyYAML, which
// content-resolver uses) alike, so a value is plain only if both read it back
// as the same string.

/** Words and number-like forms that YAML 1.1 or 1.2 resolves to something other than a string. */
const NON_STRING = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  // Decimal, octal, sexagesimal (1.1), float and exponent forms, with 1.1's underscores.
  /^[-+]?(?:[0-9][0-9_]*(?::[0-9_]+)*(?:\.[0-9_]*)?|\.[0-9_]*)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?0(?:b[01_]+|o[0-7_]+|x[0-9a-fA-F_]+)$/,
  /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/,
  // YAML 1.1 timestamps.
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
  // YAML 1.1 merge and value keys.
  /^(?:<<|=)$/
]

/** Characters that may not start a plain scalar (indicators, reserved, quotes). */
const LEADING_INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`')

/** True for code units that must be written as an escape: controls, YAML line breaks, BOM, non-characters, lone surrogates. */
function needsEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return true
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true
      i++
    } else if (c >= 0xdc00 && c <= 0xdfff) return true
  }
  return false
}

/** Can `s` be written as a plain scalar (block context) and read back unchanged? */
export function isPlainSafe(s: string): boolean {
  if (s === '' || needsEscape(s)) return false
  if (/^\s|\s$/u.test(s)) return false
  if (LEADING_INDICATORS.has(s[0]) || s.startsWith('...')) return false
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false
  return !NON_STRING.some((re) => re.test(s))
}

const SHORT_ESCAPES: Record<number, string> = {
  0x00: '\\0', 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r',
  0x1b: '\\e', 0x22: '\\"', 0x5c: '\\\\', 0x85: '\\N', 0x2028: '\\L', 0x2029: '\\P'
}

function hex(c: number, width: number): string {
  return c.toString(16).toUpperCase().padStart(width, '0')
}

/** A double-quoted scalar: every character that is not plainly printable is escaped, so the text is one line. */
export function doubleQuoted(s: string): string {
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const short = SHORT_ESCAPES[c]
    if (short !== undefined) out += short
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\x${hex(c, 2)}`
    else if (c === 0xfeff || c === 0xfffe || c === 0xffff) out += `\\u${hex(c, 4)}`
    else if (c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += s[i] + s[i + 1]
      i++
    } else if (c >= 0xd800 && c <= 0xdfff) out += `\\u${hex(c, 4)}`
    else out += s[i]
  }
  return out + '"'
}

/**
 * A YAML scalar for `s`: plain when that reads back as the same string (so
 * ordinary values match poi-tracker's output exactly), single-quoted when
 * only the plain form is unsafe, double-quoted with escapes otherwise.
 */
export function yamlScalar(s: string): string {
  if (isPlainSafe(s)) return s
  if (needsEscape(s)) return doubleQuoted(s)
  return `'${s.replace(/'/g, "''")}'`
}

/** YAML readers accept an implicit (`key:`) mapping key of at most 1024 characters; longer keys need `? key`. */
export const MAX_IMPLICIT_KEY = 1024
