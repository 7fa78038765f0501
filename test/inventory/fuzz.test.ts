// Bad input never crashes the tool: a generated corpus of hostile files
// (binary, empty, huge, deeply nested, invalid UTF-8, random mutations of a
// real inventory) must each give located findings, and the editor must either
// produce text that reads back as intended or refuse.

import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseInventory } from '../../src/inventory/parse.js'
import { validateInventory } from '../../src/inventory/validate.js'
import { InventoryEditor, EditError } from '../../src/inventory/edit.js'
import { rng } from '../helpers/rng.js'

const SEED_FILE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'inventories', 'commented.toml'))
const TOKENS = ['[', ']', '[[', ']]', '"', "'", '"""', "'''", '=', ',', '{', '}', '\n', '\r\n', '#', '\\', '.', ' ', '\t', '\u0000', '\ufeff', 'package', 'name', 'inventory', '1979-05-27', 'é', '🎉']

function check(name: string, bytes: Uint8Array): void {
  let result
  try {
    result = parseInventory(name, bytes)
  } catch (e) {
    throw new Error(`parseInventory threw on ${name}: ${(e as Error).stack}`, { cause: e })
  }
  const findings = [...result.findings, ...validateInventory(result)]
  const lines = Buffer.from(bytes).toString('utf8').split('\n').length
  for (const f of findings) {
    expect(f.file).toBe(name)
    expect(f.line).toBeGreaterThanOrEqual(1)
    expect(f.line).toBeLessThanOrEqual(lines + 1)
    expect(f.column).toBeGreaterThanOrEqual(1)
    expect(f.message.length).toBeGreaterThan(0)
  }
  if (!result.inventory) expect(findings.some((f) => f.severity === 'error')).toBe(true)
  if (result.inventory && result.source) {
    const editor = new InventoryEditor(result.source, result.inventory)
    const original = (result.source.decoded.bom ? '\ufeff' : '') + result.source.decoded.text
    expect(editor.render()).toBe(original)
    editor.model.packages.push({ name: 'zz-fuzz', rpms: ['a', 'b'] })
    if (editor.model.packages.length > 1) editor.model.packages[0].unshipped = 'gone'
    try {
      const out = editor.render()
      const back = parseInventory(name, out)
      expect(back.inventory?.packages.some((p) => p.name === 'zz-fuzz')).toBe(true)
    } catch (e) {
      if (!(e instanceof EditError)) throw e
    }
  }
}

describe('hostile inputs', () => {
  test('empty, BOM only, binary, NUL bytes, invalid UTF-8', () => {
    check('empty.toml', new Uint8Array())
    check('bom.toml', new Uint8Array([0xef, 0xbb, 0xbf]))
    check('nul.toml', Buffer.from('[inventory]\nname = "a\u0000"\n'))
    const r = rng(1)
    for (let i = 0; i < 50; i++) check(`bin${i}.toml`, Uint8Array.from({ length: 1 + Math.floor(r() * 400) }, () => Math.floor(r() * 256)))
    for (const bad of [[0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xff]]) {
      check('utf8.toml', new Uint8Array([...Buffer.from('[inventory]\nname = "'), ...bad, ...Buffer.from('"\n')]))
    }
  })

  test('deep nesting and a huge file give findings, not crashes', () => {
    check('deep-array.toml', Buffer.from(`a = ${'['.repeat(100000)}${']'.repeat(100000)}\n`))
    check('deep-table.toml', Buffer.from(`a = ${'{b = '.repeat(20000)}1${'}'.repeat(20000)}\n`))
    check('long-key.toml', Buffer.from(`${'k.'.repeat(50000)}k = 1\n`))
    const big = '[inventory]\nname = "big"\ndescription = "d"\nmaintainer = "m"\n' + Array.from({ length: 20000 }, (_, i) => `\n[[package]]\nname = "p${String(i).padStart(6, '0')}"\nrpms = ["x", "y"]\n`).join('')
    check('huge.toml', Buffer.from(big + '\n[[package]\n'))
  })

  test('2,000 random mutations of a real inventory', () => {
    const r = rng(42)
    for (let i = 0; i < 2000; i++) {
      const text = SEED_FILE.toString('utf8')
      const chars = [...text]
      const edits = 1 + Math.floor(r() * 4)
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(r() * chars.length)
        const op = r()
        if (op < 0.33) chars.splice(at, 1 + Math.floor(r() * 5))
        else if (op < 0.66) chars.splice(at, 0, TOKENS[Math.floor(r() * TOKENS.length)])
        else chars[at] = TOKENS[Math.floor(r() * TOKENS.length)]
      }
      check(`mut${i}.toml`, Buffer.from(chars.join('')))
    }
  })
})
