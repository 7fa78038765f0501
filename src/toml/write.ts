// Serialises TOML strings, keys and string arrays exactly as the Rust `toml`
// crate poi-tracker saves with does (docs/poi-tracker-compatibility.md,
// "Canonical layout"), so files we create match what poi-tracker writes and
// values we splice into files read back the same.

/** Control characters other than TAB and LF (CR counts), and DEL. */
function hasCtrl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) return true
  }
  return false
}

export function tomlString(s: string): string {
  const ctrl = hasCtrl(s)
  const lf = s.includes('\n')
  if (!ctrl && !s.includes('\\') && !s.includes('"') && !lf) return `"${s.replace(/\t/g, '\\t')}"`
  if (!ctrl && !s.includes("'") && !lf) return `'${s}'`
  const lead = lf ? '\n' : ''
  if (!ctrl && !s.includes('\\') && !s.includes('"""')) return `"""${lead}${s.replace(/\t/g, '\\t')}"""`
  if (!ctrl && !s.includes("'''")) return `'''${lead}${s}'''`
  return lf ? `"""\n${escapeBasic(s, true)}"""` : `"${escapeBasic(s, false)}"`
}

function escapeBasic(s: string, multiline: boolean): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    switch (ch) {
      case '\b': out += '\\b'; break
      case '\t': out += '\\t'; break
      case '\f': out += '\\f'; break
      case '\r': out += '\\r'; break
      case '"': out += '\\"'; break
      case '\\': out += '\\\\'; break
      case '\n': out += multiline ? '\n' : '\\n'; break
      default:
        out += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).toUpperCase().padStart(4, '0')}` : ch
    }
  }
  return out
}

export function tomlKey(key: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(key)) return key
  const ctrl = hasCtrl(key) || key.includes('\n')
  if (!ctrl && !key.includes('"') && !key.includes('\\')) return `"${key}"`
  if (!ctrl && !key.includes("'")) return `'${key}'`
  return `"${escapeBasic(key, false)}"`
}

/** poi-tracker's array layout: `[]`, `["x"]`, or one element per line with trailing commas. */
export function tomlStringArray(items: readonly string[], eol = '\n'): string {
  if (items.length === 0) return '[]'
  if (items.length === 1) return `[${tomlString(items[0])}]`
  return `[${eol}${items.map((i) => `    ${tomlString(i)},${eol}`).join('')}]`
}

/** A single-line array, for files whose own arrays are written inline. */
export function tomlInlineArray(items: readonly string[]): string {
  return `[${items.map(tomlString).join(', ')}]`
}

export type TomlScalar = string | boolean | readonly string[]

export function tomlValue(value: TomlScalar, eol = '\n'): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'string') return tomlString(value)
  return tomlStringArray(value, eol)
}
