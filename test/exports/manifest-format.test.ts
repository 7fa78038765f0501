import { describe, expect, test } from '@jest/globals'
import { parse as parseToml } from 'smol-toml'
import { exportHsRelmon } from '../../src/exports/hs-relmon.js'
import { readManifest } from '../../src/exports/manifest-edit.js'
import { tomlString } from '../../src/toml/write.js'
import { fixture, HEAD, inventory, packages, realManifest } from './helpers.js'

const inv = (entries: Record<string, string[]>): ReturnType<typeof inventory> => inventory(HEAD + packages(entries))

// For comments-manifest.toml: one new entry sorts first (the comments directly above dnsmasq move down with it),
// one in the middle; kernel's archived = false becomes true (keeping its comment), socat's archived line goes,
// zz-gone is unshipped (its comment goes with it).
const COMMENTS_INVENTORY = {
  aaa: [], dnsmasq: ['track = "upstream"'], kernel: ['archived_builds = "CBS builds remain"'], lib: ['track = "centos"'],
  socat: [], 'zz-gone': ['unshipped = "retired"']
}

const COMMENTS_EXPECTED = `# SPDX-License-Identifier: Apache-2.0 OR MIT
# Maintained by the Hyperscale SIG.

# Default settings applied to all packages unless overridden.
[defaults]
distros = "upstream,fedora,centos,hyperscale"   # every distro we ship
track = "centos"
# file issues by default
file_issue = true

[[package]]
name = "aaa"

# Packages to monitor.
# Keep this list sorted.
[[package]]
name = "dnsmasq"   # network
track = "fedora-rawhide"

# kernel needs its own repology name
[[package]]  # the kernel
name = "kernel"
# compare against Linux upstream
repology_name = "linux"
issue_url = "https://gitlab.com/example/kernel/-/issues/7"   # tracking issue
# old marker, to be reconciled
archived = true   # was archived once

[[package]]
name = "lib"

[[package]]
name = "socat"
# see the CBS cleanup ticket

# End of list.
# (trailing comments stay at the end)
`

describe('decision: minimal diffs in comment-heavy manifests', () => {
  test('comments above, inside and after entries, end-of-line comments and trailing comments stay where they belong', () => {
    const r = exportHsRelmon(inv(COMMENTS_INVENTORY), fixture('comments-manifest.toml'))
    expect(r.content).toBe(COMMENTS_EXPECTED)
    expect(r).toMatchObject({
      added: ['aaa', 'lib'], unshippedRemoved: ['zz-gone'], archivedSet: ['kernel'], archivedCleared: ['socat'], stale: [], total: 5
    })
  })

  test('CRLF line endings are kept, and new lines use them', () => {
    const crlf = (s: string): string => s.replace(/\n/g, '\r\n')
    const r = exportHsRelmon(inv(COMMENTS_INVENTORY), crlf(fixture('comments-manifest.toml')))
    expect(r.content).toBe(crlf(COMMENTS_EXPECTED))
  })

  test('a byte-order mark and a missing final newline are kept', () => {
    const src = '\ufeff[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "zzz"'
    const r = exportHsRelmon(inv({ zzz: ['archived_builds = "x"'], aaa: [] }), src)
    expect(r.content).toBe('\ufeff[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "aaa"\n\n[[package]]\nname = "zzz"\narchived = true')
  })

  test('a list heading (blank line under it) stays on top when the first entry is removed; the next entry takes its place without an extra blank line', () => {
    const src = '[defaults]\ntrack = "upstream"\n\n# Packages to monitor.\n\n[[package]]\nname = "a"\n\n# about b\n[[package]]\nname = "b"\n'
    const r = exportHsRelmon(inv({ a: ['unshipped = "x"'], b: [] }), src)
    expect(r.content).toBe('[defaults]\ntrack = "upstream"\n\n# Packages to monitor.\n\n# about b\n[[package]]\nname = "b"\n')
  })

  test('the original first entry moving down gets a blank line before it', () => {
    const src = '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "m"\n# m note\n'
    const r = exportHsRelmon(inv({ m: [], a: [] }), src)
    expect(r.content).toBe('[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "a"\n\n[[package]]\nname = "m"\n# m note\n')
  })

  test('a compact file (no blank lines between entries) stays compact', () => {
    const src = '[[package]]\nname = "a"\n[[package]]\nname = "c"\n'
    expect(exportHsRelmon(inv({ a: [], b: [], c: [] }), src).content).toBe('[[package]]\nname = "a"\n[[package]]\nname = "b"\n[[package]]\nname = "c"\n')
  })

  test('comment lines directly above a header travel with that entry when it moves', () => {
    const src = '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "b"\n\n[[package]]\nname = "d"\n# z is special\n[[package]]\nname = "z"\n'
    const r = exportHsRelmon(inv({ b: [], d: [], z: [], e: [] }), src)
    expect(r.content).toBe('[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "b"\n\n[[package]]\nname = "d"\n\n[[package]]\nname = "e"\n# z is special\n[[package]]\nname = "z"\n')
  })

  test('a sub-table of an entry moves with it; other tables after or between entries keep their order after the entries', () => {
    const src = '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "z"\n\n[package.extra]\nk = 1\n\n[tool]\nx = 1\n\n[[package]]\nname = "b"\n\n[other]\ny = 2\n'
    const r = exportHsRelmon(inv({ z: [], b: [] }), src)
    expect(r.content).toBe('[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "b"\n\n[[package]]\nname = "z"\n\n[package.extra]\nk = 1\n\n[tool]\nx = 1\n\n[other]\ny = 2\n')
    expect(parseToml(r.content)).toEqual({ defaults: { track: 'upstream' }, package: [{ name: 'b' }, { name: 'z', extra: { k: 1 } }], tool: { x: 1 }, other: { y: 2 } })
  })

  test('multi-line values and odd spacing inside entries are kept verbatim; removing archived removes just its line', () => {
    const src = '[[package]]\n  name   =   "a"   # spaced\nnote = """\nline one\n  archived = true\n"""\n  archived = true  # comment goes with the key\ntrack = "x"\n'
    const r = exportHsRelmon(inv({ a: [] }), src)
    expect(r.content).toBe('[[package]]\n  name   =   "a"   # spaced\nnote = """\nline one\n  archived = true\n"""\ntrack = "x"\n')
  })

  test('a comment block directly above the first entry belongs to it: it moves with it when entries are re-sorted', () => {
    const src = '[defaults]\ntrack = "upstream"\n\n# kernel: follow the LTS branch\n[[package]]\nname = "kernel"\n\n[[package]]\nname = "bash"\n'
    const r = exportHsRelmon(inv({ kernel: [], bash: [], aaa: [] }), src)
    expect(r.content).toBe('[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "aaa"\n\n[[package]]\nname = "bash"\n\n# kernel: follow the LTS branch\n[[package]]\nname = "kernel"\n')
  })

  test('a comment block directly above the first entry leaves with it', () => {
    const src = '[defaults]\ntrack = "upstream"\n\n# about a\n[[package]]\nname = "a"\n\n[[package]]\nname = "b"\n'
    const r = exportHsRelmon(inv({ a: ['unshipped = "x"'], b: [] }), src)
    expect(r.content).toBe('[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "b"\n')
  })

  test('a heading (a comment followed by a blank line) stays in place; the entries move under it', () => {
    const top = '[defaults]\ntrack = "upstream"\n\n# Packages to monitor.\n\n[[package]]\nname = "m"\n'
    expect(exportHsRelmon(inv({ m: [], a: [] }), top).content).toBe('[defaults]\ntrack = "upstream"\n\n# Packages to monitor.\n\n[[package]]\nname = "a"\n\n[[package]]\nname = "m"\n')
    const mid = '[[package]]\nname = "c"\n\n# ---- more ----\n\n# about a\n[[package]]\nname = "a"\n\n[[package]]\nname = "d"\n'
    expect(exportHsRelmon(inv({ a: [], c: [], d: [] }), mid).content)
      .toBe('# about a\n[[package]]\nname = "a"\n\n# ---- more ----\n\n[[package]]\nname = "c"\n\n[[package]]\nname = "d"\n')
  })

  test('a removed archived key takes the comment lines directly above it', () => {
    const src = '[[package]]\nname = "a"\n# set by the CBS cleanup\narchived = true\ntrack = "x"\n'
    expect(exportHsRelmon(inv({ a: [] }), src).content).toBe('[[package]]\nname = "a"\ntrack = "x"\n')
  })

  test('readManifest pieces concatenate back to the original text', () => {
    const text = fixture('comments-manifest.toml')
    const doc = readManifest(text)
    const rebuilt = doc.head + doc.entries.map((e) => e.heading + e.lead + doc.text.slice(e.start, e.end)).join('') + doc.others.join('') + doc.tail
    expect(rebuilt).toBe(text)
    expect(doc.entries.map((e) => e.name)).toEqual(['dnsmasq', 'kernel', 'socat', 'zz-gone'])
    expect(doc.head.endsWith('file_issue = true\n\n')).toBe(true)
    expect(doc.entries.map((e) => [e.heading, e.lead])).toEqual([
      ['', '# Packages to monitor.\n# Keep this list sorted.\n'], ['\n', '# kernel needs its own repology name\n'], ['\n', ''], ['\n', '# zz-gone is going away\n']
    ])
  })
})

interface RealEntry { name: string; track?: string; distros?: string; repology_name?: string; file_issue?: boolean; archived?: boolean }

/** An inventory listing exactly the real manifest's packages, with the fields the manifest has and the archived marker where set. */
function inventoryFromManifest(text: string): string {
  const entries = (parseToml(text) as unknown as { package: RealEntry[] }).package
  let out = HEAD
  for (const e of entries) {
    out += `\n[[package]]\nname = ${tomlString(e.name)}\n`
    for (const k of ['track', 'distros', 'repology_name'] as const) if (e[k] !== undefined) out += `${k} = ${tomlString(e[k])}\n`
    if (e.file_issue !== undefined) out += `file_issue = ${e.file_issue}\n`
    if (e.archived) out += 'archived_builds = "archived upstream, CBS builds remain"\n'
  }
  return out
}

describe('the real hs-relmon manifest', () => {
  const real = realManifest()

  test('merged with an inventory built from its own entries: byte-identical, with and without --prune', () => {
    const i = inventory(inventoryFromManifest(real))
    expect(i.packages.length).toBeGreaterThan(60)
    for (const prune of [false, true]) {
      const r = exportHsRelmon(i, real, { prune })
      expect(r.content).toBe(real)
      expect(r).toMatchObject({ added: [], pruned: [], stale: [], unshippedRemoved: [], archivedSet: [], archivedCleared: [], warnings: [] })
      expect(r.total).toBe(i.packages.length)
    }
  })

  test('a new package, an unshipped one and a cleared archived flag change only their own lines', () => {
    const src = inventoryFromManifest(real)
      .replace('name = "kernel"\n', 'name = "kernel"\nunshipped = "retired"\n')
      .replace('archived_builds = "archived upstream, CBS builds remain"\n', '') + '\n[[package]]\nname = "kernel-aaa"\ntrack = "upstream"\n'
    const r = exportHsRelmon(inventory(src), real)
    const expected = real
      .replace('[[package]]\nname = "kernel"\n\n', '')
      .replace('[[package]]\nname = "kernel-headers"\n', '[[package]]\nname = "kernel-aaa"\ntrack = "upstream"\n\n[[package]]\nname = "kernel-headers"\n')
      .replace('name = "socat"\narchived = true\n', 'name = "socat"\n')
    expect(r.content).toBe(expected)
    expect(r).toMatchObject({ added: ['kernel-aaa'], unshippedRemoved: ['kernel'], archivedCleared: ['socat'] })
  })

  test('--workload keeps everything else as stale (warned) and --prune with it keeps only the workload', () => {
    const src = inventoryFromManifest(real).replace(HEAD, `${HEAD}\n[inventory.workloads.kernel]\npackages = ["kernel", "kernel-headers"]\n`)
    const i = inventory(src)
    const kept = exportHsRelmon(i, real, { workload: 'kernel' })
    expect(kept.content).toBe(real)
    expect(kept.stale.length).toBe(i.packages.length - 2)
    expect(kept.warnings[0]).toMatch(/^\d+ manifest entries are not in the selected inventory packages \(kept; use --prune to remove them\): anaconda, /)
    const pruned = exportHsRelmon(i, real, { workload: 'kernel', prune: true })
    expect(pruned.total).toBe(2)
    expect(pruned.content).toBe(real.slice(0, real.indexOf('[[package]]')) +
      '[[package]]\nname = "kernel"\n\n[[package]]\nname = "kernel-headers"\n\n')
  })
})
