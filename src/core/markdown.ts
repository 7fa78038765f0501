// Escaping for text that reaches a PR/MR body from remote services (package
// names, unshipped reasons, GitLab project paths, …). Such text must render as
// the literal characters: no Markdown or HTML, no @mentions that notify people,
// no #123 / !123 / ~label references that link (and back-link) other threads,
// no clickable URLs, and no control or bidi characters that hide content.
//
// Backslash escapes do not stop mentions and references: forges link them on
// the rendered text. A zero-width space after the sigil does.

const ZWSP = '\u200b'

// C0/C1 controls except tab and newline, plus bidi overrides and isolates.
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g

/** @user, #123, !123, ~label, %milestone, &epic, $snippet, and GH-123: a zero-width space after the sigil. */
const REFERENCE = /([@#!~%&$])(?=[\p{L}\p{N}_])/gu
const GH_REF = /\b(GH)-(?=\d)/gi
/** Bare URLs and www. hosts, which GitHub and GitLab turn into links. */
const AUTOLINK = /\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi
const WWW = /\b(www)\./gi

/** Drops characters that hide or reorder content. */
export function stripHidden(text: string): string {
  return text.replace(HIDDEN, '')
}

function neutralize(text: string): string {
  return text
    .replace(REFERENCE, `$1${ZWSP}`)
    .replace(GH_REF, `$1${ZWSP}-`)
    .replace(AUTOLINK, `$1${ZWSP}:`)
    .replace(WWW, `$1${ZWSP}.`)
}

/** Text for inside an HTML element (e.g. <summary>): entities only, references neutralized. */
export function escapeHtml(text: string): string {
  return neutralize(stripHidden(text).replace(/\s*\n\s*/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** One line of untrusted text inside Markdown (a paragraph or a table cell). */
export function escapeText(text: string): string {
  return neutralize(stripHidden(text).replace(/\s*\n\s*/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()|!~]/g, '\\$&')
}

/** Inline code; safe in table cells (pipes escaped the way GFM tables require). */
export function codeSpan(text: string): string {
  const clean = stripHidden(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

/** A fenced code block whose fence no line of the content can close. */
export function fencedBlock(content: string, info = ''): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  const body = stripHidden(content).replace(/\n$/, '')
  return `${fence}${info}\n${body}\n${fence}`
}

/** A Markdown link to an http(s) URL; anything else renders as plain escaped text. */
export function link(text: string, url: string): string {
  const safe = safeUrl(url)
  return safe ? `[${escapeText(text)}](${safe})` : escapeText(text)
}

/** The URL normalized and percent-encoded so it cannot break out of a Markdown link target, or null. */
export function safeUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  if (parsed.username || parsed.password) return null
  return parsed.href.replace(/[()<> "'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
