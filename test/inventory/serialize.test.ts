import { describe, expect, test } from '@jest/globals'
import { parseInventory } from '../../src/inventory/parse.js'
import { serializeInventory } from '../../src/inventory/serialize.js'
import { tomlString, tomlKey, tomlStringArray } from '../../src/toml/write.js'

const roundTrip = (src: string): string => serializeInventory(parseInventory('f.toml', src).inventory!)

describe('canonical layout (what poi-tracker\'s save writes)', () => {
  test('the full round-trip example, byte for byte', () => {
    const input = `# Hyperscale inventory
[inventory]
name = "hyperscale-packages"
description = "CentOS Hyperscale SIG packages"
maintainer = "centos-hyperscale"
private_fields = ["poc", "team"]
labels = ["eln-extras"]

[inventory.workloads.hyperscale]
packages = ["systemd", "fish"]
default_priority = "medium"
name = "hs-packages"

[inventory.workloads.epel]
packages = ["fish"]

[[package]]
name = "systemd"
track = "upstream"
poc = 'Linux Userspace <team@example.com>'
rpms = ["systemd-networkd", "systemd-resolved"]
arch_rpms = { x86_64 = ["systemd-boot-unsigned"], aarch64 = ["systemd-boot-unsigned"] }
retired_on = ["epel8"]

[[package]]
name = "fish"
priority = "high"
`
    expect(roundTrip(input)).toBe(`[inventory]
name = "hyperscale-packages"
description = "CentOS Hyperscale SIG packages"
maintainer = "centos-hyperscale"
labels = ["eln-extras"]
private_fields = [
    "poc",
    "team",
]

[inventory.workloads.epel]
packages = ["fish"]

[inventory.workloads.hyperscale]
name = "hs-packages"
default_priority = "medium"
packages = [
    "systemd",
    "fish",
]

[[package]]
name = "systemd"
poc = "Linux Userspace <team@example.com>"
rpms = [
    "systemd-networkd",
    "systemd-resolved",
]
track = "upstream"
retired_on = ["epel8"]

[package.arch_rpms]
aarch64 = ["systemd-boot-unsigned"]
x86_64 = ["systemd-boot-unsigned"]

[[package]]
name = "fish"
priority = "high"
`)
  })

  test('an inventory without workloads and packages', () => {
    expect(roundTrip('[inventory]\nname = "empty"\ndescription = "d"\nmaintainer = "m"\n')).toBe(
      'package = []\n\n[inventory]\nname = "empty"\ndescription = "d"\nmaintainer = "m"\nlabels = []\nprivate_fields = []\n\n[inventory.workloads]\n')
  })

  test('present empty lists are kept, package order is kept', () => {
    const out = roundTrip('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n[[package]]\nname = "b"\nrpms = []\n[[package]]\nname = "a"\n')
    expect(out).toContain('[[package]]\nname = "b"\nrpms = []\n\n[[package]]\nname = "a"\n')
  })

  test('string quoting rules', () => {
    expect(tomlString('plain')).toBe('"plain"')
    expect(tomlString('a\tb')).toBe('"a\\tb"')
    expect(tomlString('Team "Infra" <t@e.com>')).toBe(`'Team "Infra" <t@e.com>'`)
    expect(tomlString('C:\\x')).toBe(`'C:\\x'`)
    expect(tomlString(`it's a "test"`)).toBe(`"""it's a "test""""`)
    expect(tomlString('line1\nline2')).toBe('"""\nline1\nline2"""')
    expect(tomlString(`a\\b'c`)).toBe(`'''a\\b'c'''`)
    expect(tomlString('cr\rhere')).toBe('"cr\\rhere"')
    expect(tomlString('del\u007f')).toBe('"del\\u007F"')
    expect(tomlKey('my workload')).toBe('"my workload"')
    expect(tomlKey('x86_64')).toBe('x86_64')
    expect(tomlStringArray([])).toBe('[]')
    expect(tomlStringArray(['x'])).toBe('["x"]')
  })

  test('every quoted string reads back as itself', () => {
    const samples = ['', 'a', '"', "'", '\\', '"""', "'''", 'a\nb', '\n', 'x\r\ny', '\u0001', 'tab\there', `mix'"\\`, 'ünïcødé 🎉', '"""\'\'\'\\']
    for (const s of samples) {
      const r = parseInventory('f.toml', `[inventory]\nname = ${tomlString(s)}\ndescription = "d"\nmaintainer = "m"\n`)
      expect(r.findings).toEqual([])
      expect(r.inventory?.meta.name).toBe(s)
    }
  })
})
