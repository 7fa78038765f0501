import { describe, expect, test } from '@jest/globals'
import { REDACTED, base64Cores, createRedactor } from '../../src/core/redact.js'

const SECRET = 'Zq9!secret/value+42'

describe('secret redaction', () => {
  const redact = createRedactor([SECRET, undefined, 'abc'])

  test('the secret verbatim and percent-encoded', () => {
    expect(redact(`token=${SECRET}`)).toBe(`token=${REDACTED}`)
    expect(redact(`url?t=${encodeURIComponent(SECRET)}`)).toBe(`url?t=${REDACTED}`)
  })

  test('base64 at every alignment, standard and URL-safe, e.g. inside a Basic auth header', () => {
    for (const user of ['x', 'xy', 'xyz', 'x-access-token']) {
      const header = Buffer.from(`${user}:${SECRET}`).toString('base64')
      expect(redact(`Authorization: Basic ${header}`)).toContain(REDACTED)
      const urlSafe = Buffer.from(`${user}:${SECRET}`).toString('base64url')
      expect(redact(urlSafe)).toContain(REDACTED)
    }
  })

  test('whatever surrounds it, the encoded secret is found', () => {
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      for (const suffix of ['', '!', '!?', '!?#']) {
        const encoded = Buffer.from(`${prefix}${SECRET}${suffix}`).toString('base64')
        expect(base64Cores(SECRET).some((core) => encoded.includes(core))).toBe(true)
      }
    }
  })

  test('short values are not treated as secrets', () => {
    expect(redact('abc abc')).toBe('abc abc')
  })

  test('well-known token shapes and URL credentials go even when not registered', () => {
    const none = createRedactor([])
    expect(none('ghp_0123456789abcdefghijABCDEFGHIJ012345')).toBe(REDACTED)
    expect(none('github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz')).toBe(REDACTED)
    expect(none('glpat-abcdefghijklmnopqrst')).toBe(REDACTED)
    expect(none('https://oauth2:hunter2@gitlab.com/x.git')).toBe(`https://${REDACTED}@gitlab.com/x.git`)
    expect(none('mail me at pat@example.org')).toBe('mail me at pat@example.org')
  })
})
