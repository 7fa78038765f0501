// Property test of the editing rules on hs-relmon manifests (README, "Edits
// that keep your file"): over a seeded corpus of manifests in many styles
// (quoting, CRLF, a byte-order mark, a final newline or none, 0–2 blank lines
// between entries, comments attached to entries, headings, trailing comments,
// sorted or not), merged with random inventories (new, unshipped and
// archived packages):
//   - every line outside removed entries and `archived` keys survives
//     byte-identical, headings included;
//   - each kept entry keeps the comment block directly above it;
//   - the result reads back as the intended entries, sorted.

import { describe, test } from '@jest/globals'
import { parse as parseToml } from 'smol-toml'
import { exportHsRelmon } from '../../src/exports/hs-relmon.js'
import { compareNames } from '../../src/inventory/model.js'
import { HEAD, inventory, packages } from './helpers.js'
import { rng } from '../helpers/rng.js'

const NAMES = ['acl', 'bash', 'curl', 'dnf', 'fish', 'gawk', 'jq', 'kernel', 'less', 'make', 'perl', 'tmux', 'vim', 'xz', 'zsh']
const NEW = ['btop', 'git', 'htop', 'mtr', 'rsync', 'zip']

interface Entry { name: string; lead: string[]; heading: string[]; lines: string[]; archived: boolean }

describe('hs-relmon manifest edits over a corpus of styles', () => {
  test('random merges keep untouched lines and attached comments, and read back sorted', () => {
    const r = rng(1312)
    for (let n = 0; n < 300; n++) {
      const eol = r() < 0.7 ? '\n' : '\r\n'
      const q = r() < 0.5 ? (v: string): string => `"${v}"` : (v: string): string => `'${v}'`
      const gap = Math.floor(r() * 3)
      const bom = r() < 0.15
      const finalNewline = r() < 0.75
      const names = NAMES.filter(() => r() < 0.4)
      if (names.length === 0) names.push('acl')
      if (r() < 0.3) names.reverse()
      const entries: Entry[] = names.map((name, i) => ({
        name,
        heading: i > 0 && r() < 0.15 ? ['', `# ---- part ${i} ----`, ''] : [],
        lead: r() < 0.4 ? [`# about ${name}`, ...(r() < 0.3 ? [`# more about ${name}`] : [])] : [],
        lines: [`name = ${q(name)}`, ...(r() < 0.3 ? [`track = ${q('fedora-rawhide')}   # pinned`] : [])],
        archived: r() < 0.3
      }))
      const lines: string[] = ['# SPDX-License-Identifier: Apache-2.0 OR MIT', '', '[defaults]', `track = ${q('upstream')}`]
      if (r() < 0.5) lines.push('', '# Packages to monitor.', '')
      entries.forEach((e) => {
        lines.push(...Array.from({ length: gap }, () => ''), ...e.heading, ...e.lead, '[[package]]', ...e.lines, ...(e.archived ? ['archived = true'] : []))
      })
      if (r() < 0.4) lines.push('', '# End of list.')
      const src = (bom ? '\ufeff' : '') + lines.join(eol) + (finalNewline ? eol : '')

      // The inventory: most entries kept, some unshipped or (un)archived, some new packages.
      const inv: Record<string, string[]> = {}
      const gone = new Set<string>()
      for (const e of entries) {
        const roll = r()
        if (roll < 0.15) { inv[e.name] = ['unshipped = "retired"']; gone.add(e.name) } else inv[e.name] = r() < 0.5 ? ['archived_builds = "x"'] : []
      }
      if (gone.size === entries.length) { inv[entries[0].name] = []; gone.delete(entries[0].name) }
      const added = NEW.filter(() => r() < 0.2)
      for (const a of added) inv[a] = []
      const res = exportHsRelmon(inventory(HEAD + packages(inv)), src)
      const where = `manifest ${n}:\n${src}\n--- after\n${res.content}`

      const out = res.content
      if (out.startsWith('\ufeff') !== bom || out.endsWith(eol) !== finalNewline || out.replace(/\r\n/g, '').includes('\n') !== (eol === '\n')) {
        throw new Error(`byte-order mark, final newline or line endings not kept\n${where}`)
      }
      const data = parseToml(out.replace(/^\ufeff/, '')) as { package: Array<{ name: string; archived?: boolean }> }
      const want = [...entries.map((e) => e.name).filter((x) => !gone.has(x)), ...added].sort(compareNames)
      if (JSON.stringify(data.package.map((p) => p.name)) !== JSON.stringify(want)) throw new Error(`entries ${JSON.stringify(data.package.map((p) => p.name))}, wanted ${JSON.stringify(want)}\n${where}`)
      for (const p of data.package) if ((p.archived === true) !== (inv[p.name]?.[0]?.startsWith('archived_builds') ?? false)) throw new Error(`archived of ${p.name}\n${where}`)

      const outLines = out.replace(/^\ufeff/, '').split(eol)
      // Untouched lines survive (as a multiset).
      const removedLines = entries.filter((e) => gone.has(e.name)).flatMap((e) => [...e.lead, ...e.lines])
      const expectLines = lines.filter((l) => l !== 'archived = true' && l !== '[[package]]' && l !== '')
      const pool = new Map<string, number>()
      for (const l of outLines) pool.set(l, (pool.get(l) ?? 0) + 1)
      for (const l of removedLines) { const i = expectLines.indexOf(l); if (i >= 0) expectLines.splice(i, 1) }
      for (const l of expectLines) {
        const k = pool.get(l) ?? 0
        if (k === 0) throw new Error(`line ${JSON.stringify(l)} lost\n${where}`)
        pool.set(l, k - 1)
      }
      // Each kept entry keeps the comment block directly above its header.
      for (const e of entries) {
        if (gone.has(e.name) || e.lead.length === 0) continue
        const at = outLines.indexOf(e.lines[0])
        const above = outLines.slice(at - 1 - e.lead.length, at - 1)
        if (outLines[at - 1] !== '[[package]]' || JSON.stringify(above) !== JSON.stringify(e.lead)) throw new Error(`the comments of ${e.name} did not move with it\n${where}`)
      }
    }
  })
})
