// The scanner skips most `key = value` lines with one regex; it must find
// exactly the tables the line-by-line scan finds: over the toml-test corpus,
// the inventory fixtures and a corpus of generated awkward lines.

import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeBytes } from '../../src/core/decode.js'
import { parseToml } from '../../src/toml/source.js'
import { scanToml } from '../../src/toml/scan.js'
import { rng } from '../helpers/rng.js'

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'toml-test', 'tests')
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'inventories')

function tables(text: string, fast: boolean): string {
  return JSON.stringify(scanToml(text, fast).tables.map((t) => [t.kind, t.path, t.lineStart, t.headerStart, t.headerEnd, t.bodyStart, t.end]))
}

describe('the scanner\'s line shortcut', () => {
  test('finds the same tables as the line-by-line scan in every valid toml-test file and fixture', () => {
    const list = existsSync(join(CORPUS, 'files-toml-1.0.0')) ? readFileSync(join(CORPUS, 'files-toml-1.0.0'), 'utf8').split('\n').filter((l) => l.startsWith('valid/') && l.endsWith('.toml')) : []
    expect(list.length).toBeGreaterThan(200)
    const texts = [
      ...list.map((f) => decodeBytes(readFileSync(join(CORPUS, f))).text),
      ...readdirSync(FIXTURES).map((f) => readFileSync(join(FIXTURES, f), 'utf8'))
    ].filter((t) => parseToml(t).ok)
    for (const text of texts) expect(tables(text, true)).toBe(tables(text, false))
  })

  test('generated files of awkward values: multi-line strings holding headers, nested arrays, dates, comments, CRLF', () => {
    const r = rng(5)
    const values = [
      '"plain"', "'literal'", '"esc \\" [x] \\\\"', '"""\n[not.a.table]\nx = 1\n"""', "'''\n[[nor.this]]\n'''", '1979-05-27 07:32:00Z',
      '[\n  "a", # c ]\n  "b",\n]', '[[1, 2], ["x"]]', '{ a = 1, b = [2] }', 'true', '-0.5e3', '[ "x" ] # t', '"a#b" # c', '[\n  # [fake]\n]'
    ]
    let checked = 0
    for (let n = 0; n < 300; n++) {
      const eol = r() < 0.5 ? '\n' : '\r\n'
      const lines: string[] = []
      for (let i = 0; i < 12; i++) {
        if (r() < 0.2) lines.push(`[t${i}]`)
        else if (r() < 0.1) lines.push(`[[arr]]`)
        else lines.push(`k${i} = ${values[Math.floor(r() * values.length)]}`)
      }
      const text = lines.join(eol) + (r() < 0.7 ? eol : '')
      if (!parseToml(text).ok) continue
      checked++
      expect(tables(text, true)).toBe(tables(text, false))
    }
    expect(checked).toBeGreaterThan(100)
  })
})
