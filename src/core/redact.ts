// Secret redaction for everything the bot posts (titles, bodies, comments,
// commit messages). @actions/core's setSecret masks logs only, and it misses
// encoded forms; a token that slipped into remote data or an error message
// must not land in a public PR. Registered secrets are removed verbatim,
// percent-encoded, and base64-encoded at any alignment (so the token inside
// a base64 "Authorization: Basic user:token" header is found too); well-known
// token shapes and URL credentials are removed even when not registered.

export const REDACTED = '[redacted]'

/** Shorter values are not redacted: they would match ordinary words. */
const MIN_SECRET_LENGTH = 6
/** Shorter base64 cores are skipped for the same reason. */
const MIN_ENCODED_LENGTH = 8

const TOKEN_SHAPES: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, // GitHub classic, OAuth, user-to-server, server-to-server, refresh
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, // GitHub fine-grained
  /\bgl(?:pat|dt|ptt|rt|cbt|oas|soat|ffct|agent|imt|ft|sst)-[A-Za-z0-9_.-]{20,}/g, // GitLab token prefixes
  /\bGR1348941[A-Za-z0-9_-]{20,}/g, // GitLab runner registration
  /\bAKIA[0-9A-Z]{16}\b/g // AWS access key id
]
/** user:password@ in URLs. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi

export interface Redactor {
  (text: string): string
  /** Whether the text holds a registered secret in any of its forms (token shapes alone do not count). */
  contains(text: string): boolean
}

export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const needles = new Set<string>()
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue
    needles.add(secret)
    needles.add(encodeURIComponent(secret))
    for (const core of base64Cores(secret)) if (core.length >= MIN_ENCODED_LENGTH) needles.add(core)
  }
  // Longest first, so a secret that contains another is removed whole.
  const ordered = [...needles].sort((a, b) => b.length - a.length)
  const redact = (text: string): string => {
    let out = text
    for (const needle of ordered) if (out.includes(needle)) out = out.split(needle).join(REDACTED)
    for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED)
    return out.replace(URL_CREDENTIALS, `$1${REDACTED}@`)
  }
  return Object.assign(redact, { contains: (text: string) => ordered.some((needle) => text.includes(needle)) })
}

/**
 * The base64 (standard and URL-safe) characters that depend only on the secret's
 * bytes, for each of the three byte offsets the secret can have inside a longer
 * encoded string. Characters that straddle a neighbouring byte are dropped.
 */
export function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const cores: string[] = []
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(2)])
    const encoded = padded.toString('base64')
    const first = Math.ceil((offset * 8) / 6)
    const end = Math.floor(((offset + bytes.length) * 8) / 6)
    const core = encoded.slice(first, end)
    cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return [...new Set(cores)]
}
