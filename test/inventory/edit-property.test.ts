// Property test of the editing rules (README, "Edits that keep your file"):
// over a seeded corpus of inventories written in many styles (quoting,
// alignment, key indentation, one-line or one-item-per-line arrays with or
// without a trailing comma and with comments inside, bracket spacing, CRLF, a
// byte-order mark, a final newline or none, 0–2 blank lines between tables),
// random adds, removals and field edits must
//   - leave every line outside the edited places byte-identical (a line diff
//     deletes only lines of removed packages, fields and items, the comments
//     attached to them, the line of an item whose comma changes, and blank
//     lines next to those), and lose no comment of a re-sorted list;
//   - read back as exactly the intended data.

import { describe, expect, test } from '@jest/globals'
import { parseInventory } from '../../src/inventory/parse.js'
import { InventoryEditor } from '../../src/inventory/edit.js'
import { addPackage, addToWorkload, removePackages } from '../../src/inventory/operations.js'
import { compareNames, type Inventory, type Package, valuesEqual } from '../../src/inventory/model.js'
import { lineColumn, type KeyValueNode, type ScannedToml, type TableNode } from '../../src/toml/scan.js'
import { rng } from '../helpers/rng.js'

interface Style {
  quote: 'basic' | 'literal'
  align: 'none' | 'fixed' | 'tight'
  indent: string
  multiline: boolean
  trailingComma: boolean
  pad: string
  arrayComments: boolean
  eol: '\n' | '\r\n'
  bom: boolean
  finalNewline: boolean
  gap: number
  packageComments: boolean
  sorted: boolean
}

const NAMES = ['acl', 'bash', 'bzip2', 'curl', 'dnf', 'fish', 'gawk', 'jq', 'kernel', 'less', 'make', 'nano', 'perl', 'sed', 'tmux', 'vim', 'xz', 'zsh']
const EXTRA = ['abc', 'btop', 'cpio', 'git', 'htop', 'lsof', 'mtr', 'rsync', 'strace', 'tar', 'unzip', 'wget', 'zip', 'zzz']
const WORKLOADS = ['core', 'desktop', 'tools']

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]
}

function sample<T>(r: () => number, xs: readonly T[], n: number): T[] {
  const pool = [...xs]
  const out: T[] = []
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0])
  return out
}

function styleOf(r: () => number): Style {
  return {
    quote: r() < 0.5 ? 'basic' : 'literal',
    align: pick(r, ['none', 'none', 'fixed', 'tight'] as const),
    indent: r() < 0.8 ? '' : '  ',
    multiline: r() < 0.6,
    trailingComma: r() < 0.5,
    pad: r() < 0.7 ? '' : ' ',
    arrayComments: r() < 0.5,
    eol: r() < 0.7 ? '\n' : '\r\n',
    bom: r() < 0.15,
    finalNewline: r() < 0.75,
    gap: pick(r, [0, 1, 1, 2]),
    packageComments: r() < 0.5,
    sorted: r() < 0.85
  }
}

/** A whole inventory in `s`, written line by line (joined with the style's line break at the end). */
function generate(r: () => number, s: Style): string {
  const q = (v: string): string => (s.quote === 'literal' ? `'${v}'` : `"${v}"`)
  const keyLines = (pairs: Array<[string, string]>): string[] => {
    const width = s.align === 'fixed' ? 16 : s.align === 'tight' ? Math.max(...pairs.map(([k]) => k.length)) + 1 : 0
    return pairs.map(([k, v]) => `${s.indent}${width > k.length ? k.padEnd(width) : k + ' '}= ${v}`)
  }
  const array = (items: string[]): string[] => {
    if (items.length === 0) return ['[]']
    if (!s.multiline) return [`[${s.pad}${items.map(q).join(', ')}${s.pad}]`]
    const lines = ['[']
    items.forEach((it, i) => {
      if (s.arrayComments && r() < 0.3) lines.push(`${s.indent}    # about ${it}`)
      if (s.arrayComments && i > 0 && r() < 0.15) lines.push('', `${s.indent}    # ---- group ${i} ----`, '')
      const comma = i < items.length - 1 || s.trailingComma ? ',' : ''
      lines.push(`${s.indent}    ${q(it)}${comma}${s.arrayComments && r() < 0.3 ? '   # eol ' + it : ''}`)
    })
    lines.push(`${s.indent}]`)
    return lines
  }
  /** Key lines where an array value may span several lines. */
  const table = (header: string, pairs: Array<[string, string[]]>): string[] => {
    const heads = keyLines(pairs.map(([k, v]) => [k, v[0]]))
    return [header, ...pairs.flatMap(([, v], i) => [heads[i], ...v.slice(1)])]
  }
  const blank = (): string[] => Array.from({ length: s.gap }, () => '')
  const names = sample(r, NAMES, Math.floor(r() * 7)).sort(compareNames)
  if (!s.sorted) names.reverse()
  const lines: string[] = []
  if (r() < 0.5) lines.push('# A hand-kept inventory.', '')
  lines.push(...table('[inventory]', [['name', [q('styled')]], ['description', [q('d')]], ['maintainer', [q('m')]]]))
  for (const w of sample(r, WORKLOADS, Math.floor(r() * 3)).sort(compareNames)) {
    const members = sample(r, names, Math.floor(r() * 4))
    if (r() < 0.7) members.sort(compareNames)
    lines.push(...blank(), ...table(`[inventory.workloads.${w}]`, [['packages', array(members)]]))
  }
  names.forEach((name, i) => {
    lines.push(...blank())
    if (s.packageComments && r() < 0.3) lines.push(`# ---- section ${i} ----`, '')
    if (s.packageComments && r() < 0.4) lines.push(`# ${name} is tracked for a reason`)
    const pairs: Array<[string, string[]]> = [['name', [q(name)]]]
    if (r() < 0.6) pairs.push(['poc', [q(`Owner of ${name} <${name}@example.org>`)]])
    if (r() < 0.7) pairs.push(['rpms', array(sample(r, [name, `${name}-libs`, `${name}-devel`, `${name}-doc`], Math.floor(r() * 4)).sort(compareNames))])
    if (r() < 0.5) pairs.push(['track', [q('upstream')]])
    lines.push(...table('[[package]]', pairs))
  })
  const text = lines.join(s.eol) + (s.finalNewline ? s.eol : '')
  return (s.bom ? '\ufeff' : '') + text
}

// ---- which original lines an edit may change ---------------------------------

class Touched {
  readonly lines = new Set<number>()
  /** Arrays re-sorted by the edit: their comment lines must all survive. */
  readonly resorted: Array<{ start: number; end: number }> = []
  constructor(readonly text: string, readonly scan: ScannedToml) {}

  line(offset: number): number {
    return lineColumn(this.scan.lineStarts, offset).line - 1
  }

  span(start: number, end: number): void {
    for (let l = this.line(start); l <= this.line(Math.max(start, end - 1)); l++) this.lines.add(l)
  }

  /** A line and the comment lines directly above it. */
  withComments(offset: number): void {
    let l = this.line(offset)
    this.lines.add(l)
    const all = this.allLines()
    while (l > 0 && /^[ \t]*#/.test(all[l - 1])) this.lines.add(--l)
  }

  allLines(): string[] {
    return this.text.split('\n')
  }
}

function tableOf(scan: ScannedToml, index: number): TableNode[] {
  return scan.tables.filter((t) => t.path[0] === 'package' && t.path[1] === index)
}

function kvOf(tables: TableNode[], key: string): KeyValueNode | undefined {
  return tables[0]?.entries.find((kv) => kv.key.length === 1 && kv.key[0] === key)
}

function touchArray(t: Touched, kv: KeyValueNode | undefined, before: readonly string[], after: readonly string[]): void {
  if (!kv) return
  const v = kv.value
  const items = v.items ?? []
  if (!t.text.slice(v.start, v.end).includes('\n') || items.length === 0 || after.length === 0) { t.span(kv.lineStart, kv.lineEnd); return }
  const kept = before.filter((x) => after.includes(x))
  if (kept.join('\n') !== after.filter((x) => before.includes(x)).join('\n')) {
    t.span(kv.lineStart, kv.lineEnd)
    t.resorted.push({ start: kv.lineStart, end: kv.lineEnd })
  }
  before.forEach((x, i) => { if (!after.includes(x)) t.withComments(items[i].start) })
  // The last item and the one that becomes last may gain or lose a comma.
  t.lines.add(t.line(items[items.length - 1].start))
  const lastKept = before.map((x, i) => (after.includes(x) ? i : -1)).filter((i) => i >= 0).pop()
  if (lastKept !== undefined) t.lines.add(t.line(items[lastKept].start))
}

function touchPackageRegion(t: Touched, tables: TableNode[]): void {
  const header = tables[0]
  t.withComments(header.lineStart)
  let end = header.bodyStart
  for (const tb of tables) {
    end = Math.max(end, tb.bodyStart)
    for (const kv of tb.entries) end = Math.max(end, kv.lineEnd)
  }
  t.span(header.lineStart, end)
  // Comment lines directly under the content, unless they run into the next header.
  const all = t.allLines()
  let l = t.line(Math.max(header.lineStart, end - 1)) + 1
  let q = l
  while (q < all.length && /^[ \t]*#/.test(all[q])) q++
  if (!(q < all.length && /^[ \t]*\[/.test(all[q]))) for (; l < q; l++) t.lines.add(l)
}

// ---- the edits -------------------------------------------------------------------

interface Trial { editor: InventoryEditor; touched: Touched; original: Inventory; log: string[] }

function randomEdit(r: () => number, trial: Trial): void {
  const { editor, touched, original, log } = trial
  const model = editor.model
  const scan = touched.scan
  const originalIndex = (p: Package): number => original.packages.findIndex((o) => o.name === p.name)
  const kind = pick(r, ['add', 'remove', 'set', 'unset', 'rpm+', 'rpm-', 'wl+', 'wl-'] as const)
  const existing = model.packages
  if (kind === 'add') {
    const name = pick(r, EXTRA.filter((n) => !existing.some((p) => p.name === n)))
    if (!name) return
    const p: Package = { name }
    if (r() < 0.5) p.poc = r() < 0.3 ? "O'Brien <ob@example.org>" : 'New Owner <new@example.org>'
    if (r() < 0.6) p.rpms = sample(r, [name, `${name}-libs`, `${name}-tools`], 1 + Math.floor(r() * 3)).sort(compareNames)
    if (r() < 0.4) p.track = 'fedora-rawhide'
    addPackage(model, p)
    log.push(`add ${name}`)
    return
  }
  if (kind === 'wl+' || kind === 'wl-') {
    const keys = [...model.meta.workloads.keys()]
    const key = kind === 'wl+' && (keys.length === 0 || r() < 0.2) ? pick(r, WORKLOADS) : pick(r, keys)
    if (key === undefined || existing.length === 0) return
    const w = model.meta.workloads.get(key)
    const table = scan.tables.find((t) => t.path.join('.') === `inventory.workloads.${key}`)
    const kv = table?.entries.find((e) => e.key[0] === 'packages')
    const before = original.meta.workloads.get(key)?.packages ?? []
    if (kind === 'wl+') {
      const name = pick(r, existing).name
      addToWorkload(model, key, name)
      log.push(`workload ${key} + ${name}`)
    } else {
      if (!w || w.packages.length === 0) return
      const gone = pick(r, w.packages)
      w.packages = w.packages.filter((x) => x !== gone)
      log.push(`workload ${key} - ${gone}`)
    }
    touchArray(touched, kv, before, model.meta.workloads.get(key)?.packages ?? [])
    return
  }
  if (existing.length === 0) return
  const p = pick(r, existing)
  const i = originalIndex(p)
  const tables = i >= 0 && editor.isOriginal(p) ? tableOf(scan, i) : []
  if (kind === 'remove') {
    removePackages(model, p.name)
    if (tables.length > 0) touchPackageRegion(touched, tables)
    log.push(`remove ${p.name}`)
    return
  }
  if (kind === 'set' || kind === 'unset') {
    const field = pick(r, ['poc', 'reason', 'team', 'track', 'unshipped'] as const)
    const kv = kvOf(tables, field)
    if (kind === 'set') {
      p[field] = r() < 0.2 ? `it's ${field}` : `new ${field}`
      if (kv) touchedValue(touched, kv)
    } else {
      if (p[field] === undefined) return
      delete p[field]
      if (kv) touched.withComments(kv.lineStart)
    }
    log.push(`${kind} ${p.name}.${field}`)
    return
  }
  const before = tables.length > 0 ? (original.packages[i].rpms ?? []) : []
  const kv = kvOf(tables, 'rpms')
  if (kind === 'rpm+') {
    p.rpms = [...new Set([...(p.rpms ?? []), `${p.name}-extra${Math.floor(r() * 3)}`])].sort(compareNames)
  } else {
    if (!p.rpms || p.rpms.length === 0) return
    const gone = pick(r, p.rpms)
    p.rpms = p.rpms.filter((x) => x !== gone)
  }
  log.push(`${kind} ${p.name}`)
  touchArray(touched, kv, before, p.rpms)
}

function touchedValue(t: Touched, kv: KeyValueNode): void {
  t.span(kv.lineStart, kv.lineEnd)
}

// ---- the checks ------------------------------------------------------------------

/**
 * Indices of `a` matched by a heaviest common subsequence with `b`, where lines of `a` that must
 * survive weigh more: of two equal lines (one removed, one kept) the kept one is the match.
 */
function lcsMatched(a: readonly string[], b: readonly string[], weight: (i: number) => number): Set<number> {
  const n = a.length
  const m = b.length
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(dp[i + 1][j], dp[i][j + 1])
      dp[i][j] = a[i] === b[j] ? Math.max(dp[i + 1][j + 1] + weight(i), skip) : skip
    }
  }
  const matched = new Set<number>()
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j] && dp[i][j] === dp[i + 1][j + 1] + weight(i)) { matched.add(i); i++; j++ } else if (dp[i + 1][j] >= dp[i][j + 1]) i++
    else j++
  }
  return matched
}

function checkReadBack(out: string, model: Inventory, original: Inventory, where: string): void {
  const back = parseInventory('x.toml', out)
  if (!back.inventory) throw new Error(`${where}: does not parse: ${JSON.stringify(back.findings)}`)
  const got = back.inventory
  for (const f of ['name', 'description', 'maintainer', 'labels', 'private_fields'] as const) expect(got.meta[f]).toEqual(model.meta[f])
  expect([...got.meta.workloads.keys()].sort()).toEqual([...model.meta.workloads.keys()].sort())
  for (const [k, w] of model.meta.workloads) expect(got.meta.workloads.get(k)?.packages).toEqual(w.packages)
  expect(got.packages.map((p) => p.name).sort(compareNames)).toEqual(model.packages.map((p) => p.name).sort(compareNames))
  for (const p of model.packages) {
    const g = got.packages.find((x) => x.name === p.name) as Package
    for (const k of Object.keys({ ...p, ...g }) as Array<keyof Package>) {
      if (!valuesEqual(g[k], p[k])) throw new Error(`${where}: ${p.name}.${k} reads back as ${JSON.stringify(g[k])}, wanted ${JSON.stringify(p[k])}`)
    }
  }
  // Kept packages keep their order.
  const keptNames = original.packages.map((p) => p.name).filter((n) => model.packages.some((p) => p.name === n))
  expect(got.packages.map((p) => p.name).filter((n) => keptNames.includes(n))).toEqual(keptNames)
}

function checkUntouched(text: string, out: string, touched: Touched, where: string): void {
  // Line breaks are checked apart (the last line of a file without one gains one when text is appended).
  const a = text.split('\n').map((l) => l.replace(/\r$/, ''))
  const b = out.replace(/^\ufeff/, '').split('\n').map((l) => l.replace(/\r$/, ''))
  const matched = lcsMatched(a, b, (l) => (touched.lines.has(l) || /^[ \t]*\r?$/.test(a[l]) ? 1 : 3))
  const blank = (l: number): boolean => /^[ \t]*\r?$/.test(a[l] ?? '')
  const near = (l: number): boolean => touched.lines.has(l - 1) || touched.lines.has(l + 1) || touched.lines.has(l)
  for (let l = 0; l < a.length; l++) {
    if (matched.has(l) || touched.lines.has(l)) continue
    // A blank line next to a removed region may go with it, and so may the line break at the end of the file.
    if (blank(l) && (near(l) || [...touched.lines].some((t) => Math.abs(t - l) <= 3) || l === a.length - 1)) continue
    throw new Error(`${where}: untouched line ${l + 1} ${JSON.stringify(a[l])} changed or lost ${JSON.stringify(b)} ${JSON.stringify([...touched.lines])}`)
  }
  for (const { start, end } of touched.resorted) {
    const comments = text.slice(start, end).split('\n').filter((line) => /^[ \t]*#/.test(line))
    for (const c of comments) if (!b.includes(c)) throw new Error(`${where}: comment ${JSON.stringify(c)} of a re-sorted list lost`)
  }
}

/** New packages look like the file's own: quoting, key alignment and indentation, blank lines above them. */
function checkNewTables(out: string, style: Style, added: readonly string[], showsGap: boolean, where: string): void {
  const back = parseInventory('x.toml', out)
  const text = back.source?.decoded.text ?? ''
  const lines = text.split(style.eol)
  for (const t of back.source?.scan.tables ?? []) {
    if (t.kind !== 'array' || t.path[0] !== 'package') continue
    const name = back.inventory?.packages[t.path[1] as number]?.name ?? ''
    if (!added.includes(name)) continue
    const q = (v: string): string => (style.quote === 'literal' ? `'${v}'` : `"${v}"`)
    const kvs = t.entries
    const nameLine = text.slice(kvs[0].lineStart, kvs[0].value.end)
    const columns = kvs.map((kv) => text.indexOf('=', kv.keyEnd) - kv.lineStart)
    const longest = Math.max(...kvs.map((kv) => kv.keyEnd - kv.lineStart))
    const fixed = style.indent.length + 16
    const want = (kv: KeyValueNode): number => style.align === 'fixed' ? (longest < fixed ? fixed : longest + 1)
      : style.align === 'tight' ? longest + 1 : kv.keyEnd - kv.lineStart + 1
    if (!nameLine.startsWith(`${style.indent}name`) || !nameLine.endsWith(`= ${q(name)}`) || kvs.some((kv, i) => columns[i] !== want(kv))) {
      throw new Error(`${where}: new package ${name} is not written in the file's style: ${JSON.stringify(text.slice(t.lineStart, t.end))}`)
    }
    let l = lineColumn(back.source?.scan.lineStarts ?? [0], t.lineStart).line - 1
    let blanks = 0
    while (l > 0 && lines[l - 1] === '') { blanks++; l-- }
    // (The rhythm is the file's when it has two packages to show it.)
    if (showsGap && l > 0 && !lines[l - 1].startsWith('#') && blanks !== style.gap) {
      throw new Error(`${where}: new package ${name} has ${blanks} blank line(s) above it, the file uses ${style.gap}`)
    }
  }
}

interface ArrayShape { items: number; multiline: boolean; trailingComma: boolean; pad: string }

function arrayShapes(text: string, scan: ScannedToml): ArrayShape[] {
  const out: ArrayShape[] = []
  for (const t of scan.tables) {
    for (const kv of t.entries) {
      const v = kv.value
      const items = v.items ?? []
      if (v.kind !== 'array' || items.length === 0) continue
      const last = items[items.length - 1]
      out.push({
        items: items.length,
        multiline: text.slice(v.start, v.end).includes('\n'),
        trailingComma: /^[ \t]*,/.test(text.slice(last.end, v.end)),
        pad: text.slice(v.start + 1, items[0].start)
      })
    }
  }
  return out
}

/** Every array keeps (or, when new, takes) the layout the file shows: lines, trailing comma, bracket spacing. */
function checkArrays(text: string, scan: ScannedToml, out: string, where: string): void {
  const before = arrayShapes(text, scan)
  const back = parseInventory('x.toml', out)
  const after = arrayShapes(back.source?.decoded.text ?? '', back.source?.scan ?? scan)
  const many = (a: ArrayShape): boolean => a.items >= 2
  for (const a of after) {
    const like = before.filter((b) => many(b) === many(a))
    if (like.length > 0 && like.every((b) => b.multiline !== a.multiline)) throw new Error(`${where}: an array of ${a.items} item(s) is ${a.multiline ? '' : 'not '}multi-line, unlike the file's`)
    const sameLayout = before.filter((b) => b.multiline === a.multiline)
    if (a.multiline && sameLayout.length > 0 && sameLayout.every((b) => b.trailingComma !== a.trailingComma)) throw new Error(`${where}: the file's trailing-comma convention is not kept`)
    if (!a.multiline && sameLayout.length > 0 && sameLayout.every((b) => b.pad !== a.pad)) throw new Error(`${where}: the file's bracket spacing is not kept`)
  }
}

describe('editing rules hold over a corpus of styled inventories', () => {
  test('random adds, removals and field edits: untouched lines byte-identical, result reads back as intended', () => {
    const r = rng(20251203)
    let edits = 0
    for (let n = 0; n < 400; n++) {
      const style = styleOf(r)
      const file = generate(r, style)
      const parsed = parseInventory('gen.toml', file)
      if (!parsed.inventory || !parsed.source) throw new Error(`generated file ${n} does not parse: ${JSON.stringify(parsed.findings)}\n${file}`)
      const editor = new InventoryEditor(parsed.source, parsed.inventory)
      const text = parsed.source.decoded.text
      expect(editor.render()).toBe(file)
      const trial: Trial = { editor, touched: new Touched(text, parsed.source.scan), original: parsed.inventory, log: [] }
      const count = 1 + Math.floor(r() * 4)
      for (let k = 0; k < count; k++) randomEdit(r, trial)
      edits += trial.log.length
      const where = `file ${n} (${JSON.stringify(style)}; ${trial.log.join(', ')})`
      let out: string
      try {
        out = editor.render()
      } catch (e) {
        throw new Error(`${where}: ${(e as Error).message}\n${file}`, { cause: e })
      }
      expect(out.startsWith('\ufeff')).toBe(style.bom)
      expect(out.replace(/\r\n/g, '').includes('\n')).toBe(style.eol === '\n' && out.includes('\n'))
      if (text.length > 0) expect(out.endsWith('\n')).toBe(style.finalNewline)
      try {
        checkReadBack(out, editor.model, parsed.inventory, where)
        checkUntouched(text, out, trial.touched, where)
        checkArrays(text, parsed.source.scan, out.replace(/^\ufeff/, ''), where)
        checkNewTables(out, style, trial.log.filter((l) => l.startsWith('add ')).map((l) => l.slice(4)), parsed.inventory.packages.length >= 2, where)
      } catch (e) {
        throw new Error(`${(e as Error).message}\n--- before\n${file}\n--- after\n${out}`, { cause: e })
      }
    }
    expect(edits).toBeGreaterThan(600)
  })
})
