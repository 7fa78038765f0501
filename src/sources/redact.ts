// Keeping credentials out of messages: which headers and query parameters
// carry secrets, URLs with them masked, and text with known secret values
// replaced.

import { createRedactor } from '../core/redact.js'

export const SECRET_HEADER = /authorization|token|api[-_]?key|secret|password|cookie|session/i
export const SECRET_PARAM = /token|api[-_]?key|secret|password|passwd|auth|session|signature|credential/i

/** The URL without user info, with secret-looking query values replaced by `***`. */
export function sanitizeUrl(url: URL): string {
  const copy = new URL(url.href)
  copy.username = ''
  copy.password = ''
  if (copy.search !== '') {
    copy.search = copy.search
      .slice(1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=')
        if (eq < 0) return pair
        const name = safeDecode(pair.slice(0, eq))
        return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=***` : pair
      })
      .join('&')
  }
  return copy.href
}

/** Known secret values (and their encodings) removed from text: the project's one redactor. */
export function redact(text: string, secrets: readonly string[]): string {
  return createRedactor(secrets)(text)
}

export function secretValues(headers: Readonly<Record<string, string>>): string[] {
  const out: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADER.test(name)) continue
    out.push(value)
    // "Bearer abc", "token abc": the credential alone may be echoed too.
    const space = value.indexOf(' ')
    if (space > 0) out.push(value.slice(space + 1).trim())
  }
  return out
}

export function secretParams(url: URL): string[] {
  const out: string[] = []
  for (const [name, value] of url.searchParams) if (SECRET_PARAM.test(name)) out.push(value)
  if (url.password) out.push(safeDecode(url.password))
  return out
}

export function withoutSecrets(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) if (!SECRET_HEADER.test(name)) out[name] = value
  return out
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}
