// Turns inventory text into the model, with every problem located. What
// poi-tracker rejects (syntax, missing required keys, wrong types, bad
// priorities) is a fatal finding and yields no inventory; unknown keys are
// kept out of the model but reported, with a "did you mean" hint.

import type { Finding } from '../core/finding.js'
import { scanToml, type ScannedToml } from '../toml/scan.js'
import { TomlLocator, type TomlPath } from '../toml/locate.js'
import { decodeBytes, DecodeError, fromText, type DecodedText } from '../core/decode.js'
import { isTable, parseToml, tomlTypeName, type TomlTable } from '../toml/source.js'
import { RULES, type RuleId } from './rules.js'
import { PRIORITIES, type Inventory, type Package, type Priority, type Workload } from './model.js'
import { didYouMean } from '../core/suggest.js'

export interface InventorySource {
  path: string
  decoded: DecodedText
  /** Spans of every table and key; computed on first use (edits need it, a clean validation does not). */
  readonly scan: ScannedToml
  /** Path → position; built on first use, i.e. only when something is reported. */
  readonly locator: TomlLocator
  data: TomlTable
}

class LazySource implements InventorySource {
  private scanned?: ScannedToml
  private located?: TomlLocator

  constructor(readonly path: string, readonly decoded: DecodedText, readonly data: TomlTable) {}

  get scan(): ScannedToml {
    return (this.scanned ??= scanToml(this.decoded.text))
  }

  get locator(): TomlLocator {
    return (this.located ??= new TomlLocator(this.scan))
  }
}

export interface ParsedInventory {
  /** Absent when a fatal finding makes the file unusable (as poi-tracker would refuse it). */
  inventory?: Inventory
  source?: InventorySource
  findings: Finding[]
}

const TOP_KEYS = ['inventory', 'package']
const META_KEYS = ['name', 'description', 'maintainer', 'labels', 'private_fields', 'workloads']
const WORKLOAD_KEYS = ['name', 'description', 'maintainer', 'labels', 'default_priority', 'packages']
const STRING_FIELDS = ['poc', 'reason', 'team', 'task', 'track', 'repology_name', 'distros', 'unshipped', 'archived_builds'] as const
const LIST_FIELDS = ['rpms', 'retired_on', 'workloads'] as const
export const PACKAGE_KEYS = ['name', ...STRING_FIELDS, ...LIST_FIELDS, 'arch_rpms', 'file_issue', 'priority']

export function parseInventory(path: string, input: Uint8Array | string): ParsedInventory {
  let decoded: DecodedText
  try {
    decoded = typeof input === 'string' ? fromText(input) : decodeBytes(input)
  } catch (e) {
    if (e instanceof DecodeError) {
      return { findings: [{ file: path, line: e.line, column: e.column, severity: 'error', rule: 'encoding', message: e.message }] }
    }
    throw e
  }
  const { text } = decoded
  const parsed = parseToml(text)
  if (!parsed.ok) {
    const f = { file: path, ...parsed.finding }
    const first = /^table \[package\] is already defined on (line \d+)$/.exec(f.message)
    if (first && /^\s*package\s*=\s*\[/m.test(text)) {
      f.rule = 'package-array-conflict'
      f.message = `\`package = []\` (as poi-tracker writes an inventory without packages) cannot be combined with [[package]] tables: delete the \`package = []\` line (${first[1]})`
    }
    return { findings: [f] }
  }
  const source = new LazySource(path, decoded, parsed.value)
  const walker = new SchemaWalker(path, source)
  const inventory = walker.inventory(parsed.value)
  return { inventory: walker.fatal ? undefined : inventory, source, findings: walker.findings }
}

class SchemaWalker {
  readonly findings: Finding[] = []
  fatal = false

  constructor(private readonly file: string, private readonly source: InventorySource) {}

  report(rule: RuleId, path: TomlPath, message: string): void {
    const info = RULES[rule]
    if ('fatal' in info && info.fatal) this.fatal = true
    this.findings.push({ file: this.file, ...this.source.locator.position(path), severity: info.severity, rule, message })
  }

  inventory(doc: TomlTable): Inventory {
    this.unknownKeys(doc, [], TOP_KEYS, 'top level')
    const metaRaw = doc.inventory
    let meta: Inventory['meta'] = { name: '', description: '', maintainer: '', labels: [], private_fields: [], workloads: new Map() }
    if (metaRaw === undefined) {
      this.report('required-key', [], 'missing the [inventory] table (with name, description and maintainer)')
    } else if (!isTable(metaRaw)) {
      this.report('type', ['inventory'], `\`inventory\` must be a table, not ${article(tomlTypeName(metaRaw))}`)
    } else {
      meta = this.meta(metaRaw)
    }
    const packages: Package[] = []
    const raw = doc.package
    if (raw !== undefined) {
      if (!Array.isArray(raw)) {
        this.report('type', ['package'], `\`package\` must be an array of tables ([[package]]), not ${article(tomlTypeName(raw))}`)
      } else {
        raw.forEach((entry, i) => {
          if (!isTable(entry)) this.report('type', ['package', i], `each \`package\` entry must be a table, not ${article(tomlTypeName(entry))}`)
          else packages.push(this.package(entry, ['package', i]))
        })
      }
    }
    return { meta, packages }
  }

  private meta(t: TomlTable): Inventory['meta'] {
    const p = ['inventory']
    this.unknownKeys(t, p, META_KEYS, '[inventory]')
    const workloads = new Map<string, Workload>()
    const wraw = t.workloads
    if (wraw !== undefined) {
      if (!isTable(wraw)) this.report('type', [...p, 'workloads'], '`workloads` must be a table of [inventory.workloads.<key>] tables')
      else {
        for (const [key, w] of Object.entries(wraw)) {
          const wp = [...p, 'workloads', key]
          if (!isTable(w)) this.report('type', wp, `workload \`${key}\` must be a table, not ${article(tomlTypeName(w))}`)
          else workloads.set(key, this.workload(w, wp))
        }
      }
    }
    return {
      name: this.requiredString(t, 'name', p, '[inventory]'),
      description: this.requiredString(t, 'description', p, '[inventory]'),
      maintainer: this.requiredString(t, 'maintainer', p, '[inventory]'),
      labels: this.stringList(t, 'labels', p) ?? [],
      private_fields: this.stringList(t, 'private_fields', p) ?? [],
      workloads
    }
  }

  private workload(t: TomlTable, p: TomlPath): Workload {
    this.unknownKeys(t, p, WORKLOAD_KEYS, 'a workload')
    const w: Workload = { packages: this.stringList(t, 'packages', p) ?? [] }
    for (const k of ['name', 'description', 'maintainer'] as const) {
      const v = this.string(t, k, p)
      if (v !== undefined) w[k] = v
    }
    const labels = this.stringList(t, 'labels', p)
    if (labels !== undefined) w.labels = labels
    const prio = this.priority(t, 'default_priority', p)
    if (prio !== undefined) w.default_priority = prio
    return w
  }

  private package(t: TomlTable, p: TomlPath): Package {
    this.unknownKeys(t, p, PACKAGE_KEYS, 'a [[package]]')
    const pkg: Package = { name: this.requiredString(t, 'name', p, 'a [[package]] entry') }
    for (const k of STRING_FIELDS) {
      const v = this.string(t, k, p)
      if (v !== undefined) pkg[k] = v
    }
    for (const k of LIST_FIELDS) {
      const v = this.stringList(t, k, p)
      if (v !== undefined) pkg[k] = v
    }
    if (t.arch_rpms !== undefined) {
      const a = t.arch_rpms
      if (!isTable(a)) this.report('type', [...p, 'arch_rpms'], `\`arch_rpms\` must be a table of arch = [rpms], not ${article(tomlTypeName(a))}`)
      else {
        const arch: Record<string, string[]> = {}
        for (const key of Object.keys(a)) {
          const v = this.stringList(a, key, [...p, 'arch_rpms'])
          if (v !== undefined) arch[key] = v
        }
        pkg.arch_rpms = arch
      }
    }
    if (t.file_issue !== undefined) {
      if (typeof t.file_issue !== 'boolean') this.typeError([...p, 'file_issue'], 'file_issue', 'a boolean', t.file_issue)
      else pkg.file_issue = t.file_issue
    }
    const prio = this.priority(t, 'priority', p)
    if (prio !== undefined) pkg.priority = prio
    return pkg
  }

  private requiredString(t: TomlTable, key: string, p: TomlPath, where: string): string {
    if (t[key] === undefined) {
      this.report('required-key', p, `${where} is missing the required key \`${key}\``)
      return ''
    }
    return this.string(t, key, p) ?? ''
  }

  private string(t: TomlTable, key: string, p: TomlPath): string | undefined {
    const v = t[key]
    if (v === undefined) return undefined
    if (typeof v !== 'string') {
      this.typeError([...p, key], key, 'a string', v)
      return undefined
    }
    return v
  }

  private stringList(t: TomlTable, key: string, p: TomlPath): string[] | undefined {
    const v = t[key]
    if (v === undefined) return undefined
    if (!Array.isArray(v)) {
      this.typeError([...p, key], key, 'an array of strings', v)
      return undefined
    }
    const bad = v.findIndex((x) => typeof x !== 'string')
    if (bad >= 0) {
      this.report('type', [...p, key, bad], `\`${key}\` must contain only strings, but item ${bad + 1} is ${article(tomlTypeName(v[bad]))}`)
      return undefined
    }
    return v as string[]
  }

  private priority(t: TomlTable, key: string, p: TomlPath): Priority | undefined {
    const v = this.string(t, key, p)
    if (v === undefined) return undefined
    if (!(PRIORITIES as readonly string[]).includes(v)) {
      const hint = (PRIORITIES as readonly string[]).includes(v.toLowerCase()) ? ` (priorities are lowercase: "${v.toLowerCase()}")` : ''
      this.report('priority-value', [...p, key], `\`${key}\` is "${v}", expected one of ${PRIORITIES.join(', ')}${hint}`)
      return undefined
    }
    return v as Priority
  }

  private typeError(path: TomlPath, key: string, expected: string, v: unknown): void {
    this.report('type', path, `\`${key}\` must be ${expected}, not ${article(tomlTypeName(v))}`)
  }

  private unknownKeys(t: TomlTable, p: TomlPath, known: readonly string[], where: string): void {
    for (const key of Object.keys(t)) {
      if (known.includes(key)) continue
      let message = `unknown key \`${key}\` in ${where}: poi-tracker ignores it`
      if (key === 'domains') message = '`domains` is a key of an old inventory format and has no effect; workload membership is declared with `workloads`'
      else {
        const guess = didYouMean(key, known)
        if (guess) message += `; did you mean \`${guess}\`?`
      }
      this.report('unknown-key', [...p, key], message)
    }
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}
