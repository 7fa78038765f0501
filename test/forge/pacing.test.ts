import { describe, expect, test } from '@jest/globals'
import { Pacer, parseRetryAfter } from '../../src/forge/pacing.js'
import { FakeClock } from './harness.js'

describe('pacing', () => {
  test('Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2024-05-01T10:00:00Z')
    expect(parseRetryAfter('12', now)).toBe(12_000)
    expect(parseRetryAfter('Wed, 01 May 2024 10:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('soon', now)).toBeNull()
    expect(parseRetryAfter(undefined, now)).toBeNull()
  })

  test('a secondary limit without Retry-After waits a minute, then longer; other errors are not retried', () => {
    const pacer = new Pacer({ clock: new FakeClock() })
    const secondary = { status: 403, headers: {}, message: 'You have exceeded a secondary rate limit' }
    expect(pacer.decide(0, secondary)).toEqual({ retry: true, waitMs: 60_000 })
    expect(pacer.decide(1, secondary)).toEqual({ retry: true, waitMs: 120_000 })
    expect(pacer.decide(3, secondary)).toEqual({ retry: false, rateLimited: true })
    expect(pacer.decide(0, { status: 403, headers: {}, message: 'Resource not accessible by integration' })).toEqual({ retry: false, rateLimited: false })
    expect(pacer.decide(0, { status: 422, headers: {}, message: 'Validation Failed' })).toEqual({ retry: false, rateLimited: false })
    expect(pacer.decide(0, { status: 502, headers: {}, message: '' })).toEqual({ retry: true, waitMs: 1000 })
  })

  test('reads and writes are counted; only writes wait', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer({ clock, writeSpacingMs: 500 })
    await pacer.beforeSend('GET')
    await pacer.beforeSend('POST')
    await pacer.beforeSend('GET')
    await pacer.beforeSend('PATCH')
    clock.t += 2000
    await pacer.beforeSend('DELETE')
    expect(pacer.counts()).toEqual({ reads: 2, writes: 3 })
    expect(clock.sleeps).toEqual([500])
  })
})
