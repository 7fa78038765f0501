import { describe, expect, test } from '@jest/globals'
import { parseDocument } from 'yaml'
import { renderContentResolver } from '../../src/exports/content-resolver.js'
import { isPlainSafe, yamlScalar } from '../../src/exports/yaml-scalar.js'
import { compareCodePoints, type Inventory, type Package } from '../../src/inventory/model.js'

/** Parses `text` as YAML 1.2 (the `yaml` default) and 1.1 (what PyYAML-based content-resolver reads); both must agree. */
function readBack(text: string): unknown {
  const results = (['1.2', '1.1'] as const).map((version) => {
    const doc = parseDocument(text, { version, uniqueKeys: true })
    if (doc.errors.length > 0 || doc.warnings.length > 0) {
      throw new Error(`YAML ${version} rejects:\n${text}\n${[...doc.errors, ...doc.warnings].map((e) => e.message).join('\n')}`)
    }
    return doc.toJS({ maxAliasCount: -1 }) as unknown
  })
  expect(results[1]).toEqual(results[0])
  return results[0]
}

const scalarBack = (s: string): unknown => (readBack(`k: ${yamlScalar(s)}\n`) as { k: unknown }).k

describe('yamlScalar', () => {
  test('ordinary values stay plain, exactly as poi-tracker writes them', () => {
    for (const s of ['fish', 'systemd-networkd', 'Test packages', 'CentOS Hyperscale SIG packages', 'Linux Userspace <team@example.com>',
      '389-ds-base', '0ad', 'x86_64', 'python3.11', 'c++', 'é', 'foo [bar] {baz}', 'a:b', 'a#b', "it's", 'rust-1.2.3', 'eln-extras', '日本語']) {
      expect(yamlScalar(s)).toBe(s)
      expect(scalarBack(s)).toBe(s)
    }
  })

  test.each([
    ['', "''"], ['yes', "'yes'"], ['No', "'No'"], ['on', "'on'"], ['OFF', "'OFF'"], ['y', "'y'"], ['null', "'null'"], ['~', "'~'"],
    ['true', "'true'"], ['1e3', "'1e3'"], ['0x1F', "'0x1F'"], ['.inf', "'.inf'"], ['-.Inf', "'-.Inf'"], ['.NaN', "'.NaN'"], ['.', "'.'"],
    ['12', "'12'"], ['1_000', "'1_000'"], ['1:20', "'1:20'"], ['0o17', "'0o17'"], ['0b101', "'0b101'"], ['2001-12-14', "'2001-12-14'"],
    ['<<', "'<<'"], ['=', "'='"], ['a: b', "'a: b'"], ['a #b', "'a #b'"], ['ends:', "'ends:'"], ['- x', "'- x'"], ['-x', "'-x'"],
    ['? x', "'? x'"], [':x', "':x'"], ['[x]', "'[x]'"], ['{x}', "'{x}'"], [',x', "',x'"], ['#x', "'#x'"], ['&a', "'&a'"], ['*a', "'*a'"],
    ['!tag', "'!tag'"], ['|x', "'|x'"], ['>x', "'>x'"], ["'q'", "'''q'''"], ['"q"', `'"q"'`], ['%x', "'%x'"], ['@x', "'@x'"],
    ['`x`', "'`x`'"], [' lead', "' lead'"], ['trail ', "'trail '"], ['\u00a0nbsp', "'\u00a0nbsp'"], ['...', "'...'"], ['---', "'---'"],
    ['a\nb', '"a\\nb"'], ['tab\there', '"tab\\there"'], ['cr\r', '"cr\\r"'], ['nul\0', '"nul\\0"'], ['esc\x1b', '"esc\\e"'],
    ['del\x7f', '"del\\x7F"'], ['nel\u0085', '"nel\\N"'], ['ls\u2028', '"ls\\L"'], ['ps\u2029', '"ps\\P"'], ['bom\ufeff', '"bom\\uFEFF"'],
    ['lone\ud800', '"lone\\uD800"'], ['back\\slash\n"', '"back\\\\slash\\n\\""'], ['fish 🐟\t', '"fish 🐟\\t"']
  ])('%j is written %s and reads back unchanged', (s, written) => {
    expect(yamlScalar(s)).toBe(written)
    expect(isPlainSafe(s)).toBe(false)
    expect(scalarBack(s)).toBe(s)
  })
})

// A small seeded PRNG (mulberry32), so failures reproduce.
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['yes', 'no', 'on', 'off', 'Yes', 'NO', 'y', 'N', 'null', 'Null', '~', 'true', 'False', '1e3', '0x1F', '.inf', '-.inf', '.nan',
  '0o17', '0b11', '1_0', '017', '1:20', '190:20:30.15', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '<<', '=', '-', '?', ':', '.', '12', '+1',
  '-2.5', '1.', '---', '...', '']
const PIECES = [...WORDS, ': ', ' #', '#', '- ', '? ', '[', ']', '{', '}', ',', '&a', '*a', '!', '!!str', '|', '>', "'", '"', '%', '@', '`', '\n',
  '\r\n', '\r', '\t', '\\', ' ', '  ', 'é', '日本', '🐟', '\u0085', '\u2028', '\u2029', '\ufeff', '\u00a0', '\u0000', '\u001b', '\u007f',
  '\u009f', '\ud800', '\udc00', 'fish', 'systemd-networkd', 'x86_64', 'a', 'Z', '0', 'k: v', '- item', '"quoted"', "'single'"]

function hostile(rand: () => number): string {
  if (rand() < 0.25) return WORDS[Math.floor(rand() * WORDS.length)]
  let s = ''
  const n = Math.floor(rand() * 5)
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)]
  return s
}

function list(rand: () => number, max: number): string[] {
  return Array.from({ length: Math.floor(rand() * (max + 1)) }, () => hostile(rand))
}

function sortedUniq(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort(compareCodePoints)
}

/** The data the document is meant to carry, computed here from poi-tracker's field mapping (docs/poi-tracker-compatibility.md), not by the exporter. */
function intended(inv: Inventory): Record<string, unknown> {
  const general = new Set<string>()
  const arch = new Map<string, Set<string>>()
  for (const p of inv.packages) {
    for (const r of p.rpms ?? [p.name]) general.add(r)
    for (const [a, rs] of Object.entries(p.arch_rpms ?? {})) for (const r of rs) arch.set(a, (arch.get(a) ?? new Set()).add(r))
  }
  const archRpms = new Set([...arch.values()].flatMap((s) => [...s]))
  const data: Record<string, unknown> = { name: inv.meta.name, description: inv.meta.description, maintainer: inv.meta.maintainer }
  const pkgs = sortedUniq([...general].filter((r) => !archRpms.has(r)))
  if (pkgs.length > 0) data.packages = pkgs
  const arches = [...arch.keys()].filter((a) => (arch.get(a)?.size ?? 0) > 0)
  if (arches.length > 0) data.arch_packages = Object.fromEntries(arches.map((a) => [a, sortedUniq(arch.get(a) ?? [])]))
  if (inv.meta.labels.length > 0) data.labels = inv.meta.labels
  return { document: 'feedback-pipeline-workload', version: 1, data }
}

function randomInventory(rand: () => number): Inventory {
  const packages: Package[] = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
    const p: Package = { name: hostile(rand) }
    if (rand() < 0.7) p.rpms = list(rand, 3)
    if (rand() < 0.5) p.arch_rpms = Object.fromEntries(Array.from({ length: 1 + Math.floor(rand() * 2) }, () => [hostile(rand), list(rand, 2)]))
    return p
  })
  return {
    meta: { name: hostile(rand), description: hostile(rand), maintainer: hostile(rand), labels: list(rand, 3), private_fields: [], workloads: new Map() },
    packages
  }
}

describe('property: every document parses back to exactly the intended data', () => {
  test('4000 inventories of hostile strings (seeded), read as YAML 1.2 and 1.1', () => {
    const rand = prng(20240817)
    for (let i = 0; i < 4000; i++) {
      const inv = randomInventory(rand)
      const text = renderContentResolver(inv)
      // One line per item: no value may spill over a line, and no lone surrogate may reach the file.
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)).toBe(false)
      let back: unknown
      try {
        back = readBack(text)
      } catch (e) {
        throw new Error(`case ${i}: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
      }
      expect(back).toEqual(intended(inv))
    }
  })

  test('an arch key longer than a YAML implicit key may be uses the explicit `? key` form and still reads back', () => {
    const long = `arch-${'x'.repeat(1100)}`
    const inv: Inventory = {
      meta: { name: 'n', description: 'd', maintainer: 'm', labels: [], private_fields: [], workloads: new Map() },
      packages: [{ name: 'p', arch_rpms: { [long]: ['r'], short: ['s'] } }]
    }
    const text = renderContentResolver(inv)
    expect(text).toContain(`    ? ${long}\n    :\n      - r\n    short:\n      - s\n`)
    expect(readBack(text)).toEqual(intended(inv))
  })
})
