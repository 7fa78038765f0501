import { describe, expect, test } from '@jest/globals'
import { parseInventory } from '../../src/inventory/parse.js'
import { sortFindings } from '../../src/core/finding.js'

const HEAD = '[inventory]\nname = "test"\ndescription = "d"\nmaintainer = "m"\n'

function rules(src: string): string[] {
  return sortFindings(parseInventory('f.toml', src).findings).map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`)
}

describe('parsing, as poi-tracker parses', () => {
  test('parse_minimal', () => {
    const r = parseInventory('f.toml', `${HEAD}\n[[package]]\nname = "foo"\n`)
    expect(r.findings).toEqual([])
    expect(r.inventory?.meta.name).toBe('test')
    expect(r.inventory?.packages).toEqual([{ name: 'foo' }])
  })

  test('parse_full: every field readable, absent and empty kept apart', () => {
    const src = `[inventory]
name = "hyperscale-packages"
description = "CentOS Hyperscale SIG packages"
maintainer = "centos-hyperscale"
labels = ["eln-extras"]
private_fields = ["poc", "team"]

[inventory.workloads.hyperscale]
name = "hs-packages"
default_priority = "medium"
packages = ["fish", "systemd"]

[[package]]
name = "systemd"
poc = "Linux Userspace <team@example.com>"
reason = "Core init system"
team = "t"
task = "T-1"
rpms = ["systemd-networkd"]
track = "upstream"
repology_name = "systemd"
distros = "upstream,fedora"
file_issue = true
priority = "high"
retired_on = []
unshipped = ""
archived_builds = "x"

[package.arch_rpms]
x86_64 = ["systemd-boot-unsigned"]

[[package]]
name = "fish"
rpms = []
`
    const r = parseInventory('f.toml', src)
    expect(r.findings).toEqual([])
    const inv = r.inventory!
    expect(inv.meta.private_fields).toEqual(['poc', 'team'])
    expect(inv.meta.workloads.get('hyperscale')).toEqual({ name: 'hs-packages', default_priority: 'medium', packages: ['fish', 'systemd'] })
    const [s, f] = inv.packages
    expect(s.file_issue).toBe(true)
    expect(s.arch_rpms).toEqual({ x86_64: ['systemd-boot-unsigned'] })
    expect(s.retired_on).toEqual([])
    expect(s.unshipped).toBe('')
    expect(f.rpms).toEqual([])
    expect(f.retired_on).toBeUndefined()
    expect('poc' in f).toBe(false)
  })

  test('parse_invalid_errors: a syntax error is located', () => {
    const r = parseInventory('f.toml', 'this is not valid toml [[[')
    expect(r.inventory).toBeUndefined()
    expect(r.findings).toHaveLength(1)
    expect(r.findings[0]).toMatchObject({ file: 'f.toml', line: 1, rule: 'syntax', severity: 'error' })
  })

  test('wrong types, bad priorities and missing keys are fatal and located at the key', () => {
    const src = `${HEAD}prority = 1

[inventory.workloads.hs]
packages = ["a", 3]

[[package]]
name = "a"
priority = "High"
arch-rpms = { x86_64 = ["a"] }

[[package]]
rpms = "foo"
file_issue = "yes"
[package.arch_rpms]
x86_64 = [1]
`
    const r = parseInventory('f.toml', src)
    expect(r.inventory).toBeUndefined()
    expect(rules(src)).toEqual([
      '5:1 warning unknown-key',
      '8:18 error type',
      '12:1 error priority-value',
      '13:1 warning unknown-key',
      '15:1 error required-key',
      '16:1 error type',
      '17:1 error type',
      '19:11 error type'
    ])
    const msgs = sortFindings(r.findings).map((f) => f.message)
    expect(msgs[0]).not.toContain('did you mean')
    expect(msgs[2]).toContain('priorities are lowercase: "high"')
    expect(msgs[3]).toContain('did you mean `arch_rpms`?')
    expect(msgs[5]).toBe('`rpms` must be an array of strings, not a string')
    expect(msgs[6]).toBe('`file_issue` must be a boolean, not a string')
  })

  test('missing [inventory] and missing description', () => {
    expect(rules('[[package]]\nname = "a"\n')).toEqual(['1:1 error required-key'])
    expect(rules('[inventory]\nname = "x"\nmaintainer = "m"\n')).toEqual(['1:1 error required-key'])
  })

  test('unknown keys are warnings, the file still loads; `domains` gets its own message', () => {
    const r = parseInventory('f.toml', `${HEAD}foo = 1\n\n[[package]]\nname = "a"\ndomains = ["x"]\nprority = "high"\n`)
    expect(r.inventory?.packages).toEqual([{ name: 'a' }])
    expect(r.findings.map((f) => f.rule)).toEqual(['unknown-key', 'unknown-key', 'unknown-key'])
    expect(r.findings[1].message).toContain('old inventory format')
    expect(r.findings[2]).toMatchObject({ line: 10, column: 1 })
    expect(r.findings[2].message).toContain('did you mean `priority`?')
  })

  test('per-package workloads is part of the model', () => {
    const r = parseInventory('f.toml', `${HEAD}\n[[package]]\nname = "fish"\nworkloads = ["hyperscale", "epel"]\n`)
    expect(r.findings).toEqual([])
    expect(r.inventory?.packages[0].workloads).toEqual(['hyperscale', 'epel'])
  })

  test('empty strings are accepted, duplicates are kept in file order', () => {
    const r = parseInventory('f.toml', `${HEAD}\n[[package]]\nname = ""\n\n[[package]]\nname = "b"\n\n[[package]]\nname = "b"\n`)
    expect(r.inventory?.packages.map((p) => p.name)).toEqual(['', 'b', 'b'])
  })

  test('package = [] with [[package]] gets a targeted message', () => {
    const r = parseInventory('f.toml', `package = []\n\n${HEAD}\n[[package]]\nname = "a"\n`)
    expect(r.findings[0].rule).toBe('package-array-conflict')
    expect(r.findings[0].line).toBe(8)
    expect(r.findings[0].message).toMatch(/delete the `package = \[\]` line \(line 1\)$/)
  })

  test('TOML 1.1 syntax is accepted as poi-tracker accepts it', () => {
    const r = parseInventory('f.toml', `${HEAD}\n[[package]]\nname = "a\\x41"\narch_rpms = {\n  x86_64 = ["a"],\n}\n`)
    expect(r.findings).toEqual([])
    expect(r.inventory?.packages[0]).toEqual({ name: 'aA', arch_rpms: { x86_64: ['a'] } })
  })

  test('invalid UTF-8 and a BOM', () => {
    const bad = new Uint8Array([...Buffer.from(HEAD + '# caf'), 0xe9, 0x0a])
    const r = parseInventory('f.toml', bad)
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'encoding', line: 5, column: 6 })])
    const bom = parseInventory('f.toml', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(HEAD)]))
    expect(bom.findings).toEqual([])
    expect(bom.source?.decoded.bom).toBe(true)
  })
})
