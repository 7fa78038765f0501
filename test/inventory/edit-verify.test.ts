// The read-back guard on its own: splices that a buggy editor could make must
// be caught, although only the edited stretches are parsed again.

import { describe, expect, test } from '@jest/globals'
import { parseInventory } from '../../src/inventory/parse.js'
import { type PackagesInFile, readBackProblem } from '../../src/inventory/edit-verify.js'
import { clonePackage, type Inventory, type Package } from '../../src/inventory/model.js'
import { applySplices, type Splice } from '../../src/toml/lines.js'

const SRC = `[inventory]
name = "x"
description = "d"
maintainer = "m"

[inventory.workloads.main]
packages = ["a", "c"]

[[package]]
name = "a"
rpms = ["a1", "a2"]

[package.arch_rpms]
x86_64 = ["a-efi"]

[[package]]
name = "c"
track = "upstream"

[[package]]
name = "e"
`

interface Case {
  splices: Splice[]
  /** The intended result: the model after the edit. */
  edit: (inv: Inventory) => void
  /** Where new packages go (original offsets), by name. */
  newAt?: Record<string, number>
  newWorkloads?: Record<string, number>
  src?: string
}

function problem(c: Case): string | undefined {
  const src = c.src ?? SRC
  const parsed = parseInventory('t.toml', src)
  if (!parsed.inventory || !parsed.source) throw new Error('bad fixture')
  const scan = parsed.source.scan
  const model: Inventory = { meta: { ...parsed.inventory.meta, workloads: new Map([...parsed.inventory.meta.workloads].map(([k, w]) => [k, { ...w, packages: [...w.packages] }])) }, packages: parsed.inventory.packages.map(clonePackage) }
  const originals = new Map(model.packages.map((p, i) => [p, i]))
  c.edit(model)
  const headers = scan.tables.filter((t) => t.kind === 'array')
  const placed = model.packages.map((pkg) => {
    const i = originals.get(pkg)
    return { pkg, at: i === undefined ? (c.newAt ?? {})[pkg.name] : headers[i].lineStart }
  }).sort((x, y) => x.at - y.at)
  const packages: PackagesInFile = {
    tables: placed.length > 0,
    between: (a, b, atEnd) => placed.filter((p) => p.at >= a && (p.at < b || (atEnd && p.at === b))).map((p) => p.pkg)
  }
  const output = applySplices(src, c.splices)
  return readBackProblem({
    path: 't.toml', text: src, scan, output, splices: c.splices, model, packages, newWorkloads: new Map(Object.entries(c.newWorkloads ?? {}))
  })
}

const at = (s: string, from = 0): number => {
  const i = SRC.indexOf(s, from)
  if (i < 0) throw new Error(`not in fixture: ${s}`)
  return i
}
const replace = (s: string, by: string): Splice => ({ start: at(s), end: at(s) + s.length, text: by })
const pkg = (inv: Inventory, name: string): Package => inv.packages.find((p) => p.name === name) as Package

describe('read-back of edited stretches', () => {
  test('a correct edit reads back', () => {
    expect(problem({ splices: [replace('track = "upstream"', 'track = "centos"')], edit: (m) => { pkg(m, 'c').track = 'centos' } })).toBeUndefined()
    expect(problem({
      splices: [{ start: at('[[package]]\nname = "e"'), end: at('[[package]]\nname = "e"'), text: '[[package]]\nname = "d"\n\n' }],
      edit: (m) => { m.packages.splice(2, 0, { name: 'd' }) },
      newAt: { d: at('[[package]]\nname = "e"') }
    })).toBeUndefined()
  })

  test('a value that differs from the intended one', () => {
    expect(problem({ splices: [replace('track = "upstream"', 'track = "centos"')], edit: (m) => { pkg(m, 'c').track = 'fedora' } })).toMatch(/package c/)
  })

  test('an unterminated string that would swallow the tables after it', () => {
    expect(problem({ splices: [replace('track = "upstream"', 'track = """upstream')], edit: (m) => { pkg(m, 'c').track = 'upstream' } })).toBeDefined()
  })

  test('a removal that takes the next header along merges two packages', () => {
    expect(problem({
      splices: [{ start: at('[[package]]\nname = "c"'), end: at('name = "e"'), text: '' }],
      edit: (m) => { m.packages = m.packages.filter((p) => p.name !== 'c') }
    })).toBeDefined()
  })

  test('a [[package]] header removed without its sub-table orphans the sub-table', () => {
    expect(problem({
      splices: [{ start: at('[[package]]\nname = "a"'), end: at('[package.arch_rpms]'), text: '' }],
      edit: (m) => { m.packages = m.packages.filter((p) => p.name !== 'a') }
    })).toBeDefined()
  })

  test('a new package that lands in the wrong place or twice', () => {
    const e = at('[[package]]\nname = "e"')
    expect(problem({
      splices: [{ start: e, end: e, text: '[[package]]\nname = "d"\n\n[[package]]\nname = "d"\n\n' }],
      edit: (m) => { m.packages.splice(2, 0, { name: 'd' }) },
      newAt: { d: e }
    })).toMatch(/package count/)
  })

  test('a workload table that reads back with other members', () => {
    const a = at('[[package]]\nname = "a"')
    expect(problem({
      splices: [{ start: a, end: a, text: '[inventory.workloads.tools]\npackages = ["c"]\n\n' }],
      edit: (m) => { m.meta.workloads.set('tools', { packages: ['a'] }) },
      newWorkloads: { tools: a }
    })).toMatch(/workload tools/)
  })

  test('package = [] left at the top while [[package]] tables are appended far below', () => {
    const src = `package = []\n\n[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n${'\n[inventory.workloads.w]\n'.repeat(1)}`
    expect(problem({
      src,
      splices: [{ start: src.length, end: src.length, text: '\n[[package]]\nname = "a"\n' }],
      edit: (m) => { m.packages.push({ name: 'a' }) },
      newAt: { a: src.length }
    })).toMatch(/package = \[\]/)
  })
})
