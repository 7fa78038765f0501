import { describe, expect, test } from '@jest/globals'
import { formatDuration, parseDuration } from '../../src/core/duration.js'

describe('durations', () => {
  test.each([['30m', 1_800_000], ['6h', 21_600_000], ['2d', 172_800_000], ['90m', 5_400_000], ['999999d', 999_999 * 86_400_000]])('%s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
    expect(parseDuration(formatDuration(ms))).toBe(ms)
  })

  test.each(['', '0m', '05h', '1.5h', '1 h', '1H', '1w', '24', 'h', '-1d', '1d2h', '1000000d', '1d\n'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })

  test('the shortest exact form', () => {
    expect(formatDuration(48 * 3_600_000)).toBe('2d')
    expect(formatDuration(90 * 60_000)).toBe('90m')
    expect(formatDuration(36 * 3_600_000)).toBe('36h')
  })
})
