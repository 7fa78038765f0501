// How messages show what the user gave (src/core/text.ts).

import { describe, expect, test } from '@jest/globals'
import { quoted } from '../../src/core/text.js'

describe('quoted', () => {
  test('a short value is quoted whole, its control characters escaped', () => {
    expect(quoted('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`)
    expect(quoted('a\nb::c')).toBe('"a\\nb::c"')
  })

  test('a long value is cut after 80 characters and says how long it was', () => {
    expect(quoted('y'.repeat(81))).toBe(`"${'y'.repeat(80)}…" (81 characters)`)
    expect(quoted(`${'z'.repeat(79)}\n${'z'.repeat(4000)}`)).toBe(`"${'z'.repeat(79)}\\n…" (4080 characters)`)
  })
})
