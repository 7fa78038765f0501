// Names read from inventories and flags end up in request URLs. They are
// checked here first so a typo or a hostile value ("../", "a b", "x?y") is a
// clear local error instead of a request for some other resource.

import { quoted } from '../core/text.js'

export type NameKind = 'package' | 'branch' | 'user' | 'group' | 'tag' | 'commit'

export const MAX_NAME_LENGTH = 200

// Fedora/CentOS source package names, dist-git branches, FAS users and groups
// all live in this alphabet (the Rust tool enforces the same set).
const NAME_CHARS = /^[A-Za-z0-9._+-]+$/
const FIRST_CHAR = /^[A-Za-z0-9_]/

export class InvalidNameError extends Error {
  override readonly name = 'InvalidNameError'
  /** A usage problem, not a remote one. */
  readonly exitCode = 2

  constructor(
    readonly kind: string,
    readonly value: string,
    readonly reason: string,
  ) {
    super(`invalid ${kind} name ${quoted(value)}: ${reason}`)
  }
}

/** Why `value` is not a valid name, or undefined when it is fine. */
export function nameProblem(value: string): string | undefined {
  if (value.length === 0) return 'it is empty'
  if (value.length > MAX_NAME_LENGTH) return `it is longer than ${MAX_NAME_LENGTH} characters`
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'it contains a control character'
  if (/\s/.test(value)) return 'it contains whitespace'
  if (value.includes('/')) return 'it contains "/"'
  if (value.includes('..')) return 'it contains ".."'
  if (!NAME_CHARS.test(value)) return 'only ASCII letters, digits and "._+-" are allowed'
  if (!FIRST_CHAR.test(value)) return 'it must start with a letter, a digit or "_"'
  return undefined
}

/** Returns `value` unchanged when it is a valid name, otherwise throws InvalidNameError. */
export function validateName(kind: NameKind, value: string): string {
  const problem = nameProblem(value)
  if (problem !== undefined) throw new InvalidNameError(kind, value, problem)
  return value
}

export const validatePackageName = (value: string): string => validateName('package', value)
export const validateBranchName = (value: string): string => validateName('branch', value)

/**
 * Percent-encodes one URL path segment. Only RFC 3986 unreserved characters
 * and "+" stay as they are ("+" is literal in a path, and package names such
 * as libstdc++ read better in logs that way).
 */
export function encodeSegment(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%2B/g, '+')
}

/**
 * Percent-encodes a query value byte-wise; only `A–Z a–z 0–9 - _ . ~` stay
 * (so "+" becomes %2B and cannot arrive as a space, "@" becomes %40).
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
}

/**
 * Builds an absolute path from segments, encoding each one. Segments must not
 * be empty, "." or ".." (defence in depth for values that skipped validation).
 */
export function pathOf(...segments: readonly string[]): string {
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..') throw new InvalidNameError('path segment', s, 'empty, "." and ".." are not allowed')
  }
  return '/' + segments.map(encodeSegment).join('/')
}

// GitLab namespace/project path components: letters, digits, "_", "-", ".".
const NAMESPACE_PART = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/

/**
 * The id GitLab's API accepts for a group or project path: every "/" becomes
 * %2F (`CentOS/Hyperscale/rpms` → `CentOS%2FHyperscale%2Frpms`).
 */
export function encodeNamespacePath(path: string): string {
  const parts = path.split('/')
  for (const p of parts) {
    if (!NAMESPACE_PART.test(p) || p.includes('..') || p.length > MAX_NAME_LENGTH) {
      throw new InvalidNameError('GitLab path', path, `component ${quoted(p)} is not a valid GitLab path component`)
    }
  }
  return parts.join('%2F')
}

