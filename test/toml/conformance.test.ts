// The TOML layer against the official toml-test corpus (TOML 1.0.0 list),
// read from ../shared/data. Exceptions are listed by name so any regression
// (or improvement) shows up.

import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeBytes } from '../../src/core/decode.js'
import { parseToml } from '../../src/toml/source.js'
import { scanToml } from '../../src/toml/scan.js'
import { TomlLocator } from '../../src/toml/locate.js'

const ROOT = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'toml-test', 'tests')
const list = existsSync(join(ROOT, 'files-toml-1.0.0')) ? readFileSync(join(ROOT, 'files-toml-1.0.0'), 'utf8').split('\n').filter((l) => l.endsWith('.toml')) : []

function accepts(file: string): boolean {
  try {
    return parseToml(decodeBytes(readFileSync(join(ROOT, file))).text).ok
  } catch {
    return false
  }
}

// smol-toml refuses int64 limits it cannot hold exactly (a JS number) rather than losing precision.
const VALID_REJECTED = ['valid/integer/long.toml']
// TOML 1.1 syntax poi-tracker's Rust parser (the `toml` crate, TOML 1.1) accepts too, and Feb 29/30 in non-leap years.
const INVALID_ACCEPTED = [
  'invalid/datetime/no-secs.toml', 'invalid/inline-table/linebreak-01.toml', 'invalid/inline-table/linebreak-02.toml',
  'invalid/inline-table/linebreak-03.toml', 'invalid/inline-table/linebreak-04.toml', 'invalid/inline-table/trailing-comma.toml',
  'invalid/local-datetime/no-secs.toml', 'invalid/local-time/no-secs.toml', 'invalid/string/basic-byte-escapes.toml'
]

describe('toml-test 1.0.0', () => {
  test('the corpus is there', () => {
    expect(list.length).toBe(709)
  })

  test('valid files parse (209/210) and the scanner locates every key of them', () => {
    const rejected: string[] = []
    for (const f of list.filter((l) => l.startsWith('valid/'))) {
      if (!accepts(f)) { rejected.push(f); continue }
      const text = decodeBytes(readFileSync(join(ROOT, f))).text
      const scan = scanToml(text)
      const locator = new TomlLocator(scan)
      for (const t of scan.tables) for (const kv of t.entries) {
        expect(kv.keyStart).toBeLessThanOrEqual(kv.keyEnd)
        expect(kv.value.end).toBeLessThanOrEqual(text.length)
        expect(locator.position([...t.path, ...kv.key]).line).toBeGreaterThan(0)
      }
    }
    expect(rejected).toEqual(VALID_REJECTED)
  })

  test('invalid files are rejected (486/499), including every invalid UTF-8 file', () => {
    const accepted = list.filter((l) => l.startsWith('invalid/')).filter(accepts)
    expect(accepted.filter((f) => !/^invalid\/(local-)?date(time)?\/feb-(29|30)\.toml$/.test(f))).toEqual(INVALID_ACCEPTED)
    expect(accepted.filter((f) => f.startsWith('invalid/encoding/'))).toEqual([])
  })
})
