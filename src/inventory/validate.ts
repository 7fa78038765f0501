// Semantic checks of one inventory file (poi-tracker's three and the ones
// beyond them: README, "Validation"), plus the cross-file check for
// conflicting duplicates. Each file is checked as poi-tracker checks a file it
// loads first, so its duplicate names are errors; every check beyond
// poi-tracker is a warning by default (rules.ts), and every finding points at
// the offending key.

import type { Finding } from '../core/finding.js'
import type { TomlPath } from '../toml/locate.js'
import { compareNames, type Inventory, workloadMembers } from './model.js'
import { mergePackage, renderValue } from './merge.js'
import type { InventorySource, ParsedInventory } from './parse.js'
import { RULES, type RuleId } from './rules.js'

const PRIVATE_OK = ['poc', 'reason', 'team', 'task']
const TRACKS = ['upstream', 'fedora-rawhide', 'fedora-stable', 'centos', 'centos-stream']
const DISTROS = ['upstream', 'fedora', 'fedora-rawhide', 'fedora-stable', 'centos', 'centos-stream', 'hyperscale', 'hs', 'hs9', 'hs10']
const ARCHES = ['x86_64', 'aarch64', 'ppc64le', 's390x', 'i686', 'noarch']
const SRPM_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/

/** Text poi-tracker's content-resolver export would write unquoted and get wrong. */
export function yamlUnsafe(s: string): boolean {
  return s.includes(': ') || s.includes(' #') || /[\n\r]/.test(s) || /^[-?[{&*!|>'"%@`]/.test(s) || s.endsWith(':')
}

/** Text poi-tracker's fresh hs-relmon export would write into "…" without escaping. */
function tomlUnsafe(s: string): boolean {
  return /["\\\u0000-\u001f\u007f]/.test(s)
}

export function validateInventory(parsed: ParsedInventory): Finding[] {
  const { inventory, source } = parsed
  if (!inventory || !source) return []
  return new Checker(inventory, source).run()
}

class Checker {
  private readonly findings: Finding[] = []

  constructor(private readonly inv: Inventory, private readonly src: InventorySource) {}

  private report(rule: RuleId, path: TomlPath, message: string): void {
    this.findings.push({ file: this.src.path, ...this.src.locator.position(path), severity: RULES[rule].severity, rule, message })
  }

  private line(path: TomlPath): number {
    return this.src.locator.position(path).line
  }

  run(): Finding[] {
    this.packages()
    this.meta()
    this.workloads()
    return this.findings
  }

  private packages(): void {
    const { packages } = this.inv
    const first = new Map<string, number>()
    packages.forEach((p, i) => {
      const at: TomlPath = ['package', i, 'name']
      const seen = first.get(p.name)
      if (seen === undefined) first.set(p.name, i)
      else this.report('duplicate-package', at, `duplicate package '${p.name}' (first listed at line ${this.line(['package', seen, 'name'])})`)
      if (i > 0 && compareNames(packages[i - 1].name, p.name) > 0) {
        this.report('unsorted-packages', at, `packages are not sorted: '${packages[i - 1].name}' comes before '${p.name}'`)
      }
      if (p.name.trim() === '') this.report('package-name', at, 'the package name is empty')
      else if (!SRPM_NAME.test(p.name)) this.report('package-name', at, `'${p.name}' is not a plausible source package name`)
      if (tomlUnsafe(p.name) || yamlUnsafe(p.name)) this.report('export-unsafe', at, `the name '${p.name}' contains characters poi-tracker's exports write unescaped`)
      for (const f of ['track', 'repology_name', 'distros'] as const) {
        const v = p[f]
        if (v !== undefined && tomlUnsafe(v)) this.report('export-unsafe', ['package', i, f], `\`${f}\` contains a quote, backslash or control character that poi-tracker's hs-relmon export writes unescaped`)
      }
      if (p.track !== undefined && !TRACKS.includes(p.track)) {
        this.report('track-value', ['package', i, 'track'], `track "${p.track}" is not one hs-relmon accepts (${TRACKS.join(', ')})`)
      }
      if (p.distros !== undefined) {
        const bad = p.distros.split(',').map((t) => t.trim()).filter((t) => !DISTROS.includes(t))
        if (bad.length) this.report('distros-value', ['package', i, 'distros'], `distros has ${bad.map((b) => `"${b}"`).join(', ')}, which hs-relmon rejects (allowed: ${DISTROS.join(', ')})`)
      }
      this.markers(i)
      this.rpms(i)
      p.workloads?.forEach((w, j) => {
        if (!this.inv.meta.workloads.has(w)) {
          this.report('undefined-workload', ['package', i, 'workloads', j], `package '${p.name}' names workload '${w}', which no [inventory.workloads.${w}] table defines`)
        }
      })
    })
    if (this.inv.meta.workloads.size > 0) {
      const member = new Set<string>()
      for (const key of this.inv.meta.workloads.keys()) for (const n of workloadMembers(this.inv, key)) member.add(n)
      const one = this.inv.meta.workloads.size === 1
      packages.forEach((p, i) => {
        if (!member.has(p.name)) {
          this.report('package-in-no-workload', ['package', i, 'name'], `package '${p.name}' is in no workload, so no content-resolver file contains it${one ? ' (with one workload defined, the export leaves it out)' : ''}`)
        }
      })
    }
  }

  private markers(i: number): void {
    const p = this.inv.packages[i]
    if (p.unshipped !== undefined && p.archived_builds !== undefined) {
      this.report('marker-conflict', ['package', i, 'archived_builds'], `package '${p.name}' is marked both unshipped and archived_builds`)
    }
    for (const f of ['unshipped', 'archived_builds'] as const) {
      if (p[f] !== undefined && (p[f]).trim() === '') this.report('marker-empty', ['package', i, f], `\`${f}\` is empty; it still marks the package (give a reason or remove it)`)
    }
    const r = p.retired_on
    if (r !== undefined) {
      if (r.length === 0) this.report('retired-on', ['package', i, 'retired_on'], '`retired_on` is empty; remove it')
      else if (new Set(r).size !== r.length) this.report('retired-on', ['package', i, 'retired_on'], '`retired_on` lists a branch twice')
      else if (r.some((b, j) => j > 0 && compareNames(r[j - 1], b) > 0)) this.report('retired-on', ['package', i, 'retired_on'], '`retired_on` is not sorted')
    }
  }

  private rpms(i: number): void {
    const p = this.inv.packages[i]
    if (p.rpms !== undefined) {
      if (p.rpms.length === 0) this.report('rpm-list', ['package', i, 'rpms'], `\`rpms = []\` exports no binary RPM for '${p.name}' (not even its own name); remove the key to export '${p.name}'`)
      p.rpms.forEach((r, j) => {
        if (p.rpms?.indexOf(r) !== j) this.report('rpm-list', ['package', i, 'rpms', j], `RPM '${r}' is listed twice`)
        if (yamlUnsafe(r)) this.report('export-unsafe', ['package', i, 'rpms', j], `RPM name '${r}' would be written unquoted into content-resolver YAML by poi-tracker`)
      })
    }
    for (const [arch, list] of Object.entries(p.arch_rpms ?? {})) {
      const at: TomlPath = ['package', i, 'arch_rpms', arch]
      if (!ARCHES.includes(arch)) this.report('arch-key', at, `unexpected arch '${arch}' (expected one of ${ARCHES.join(', ')})`)
      if (list.length === 0) this.report('rpm-list', at, `the ${arch} list is empty`)
      list.forEach((r, j) => {
        if (list.indexOf(r) !== j) this.report('rpm-list', [...at, j], `RPM '${r}' is listed twice for ${arch}`)
        if (p.rpms?.includes(r)) this.report('rpm-list', [...at, j], `RPM '${r}' is listed in both rpms and arch_rpms.${arch}; the export keeps it only under ${arch}`)
      })
    }
  }

  private meta(): void {
    const m = this.inv.meta
    m.private_fields.forEach((f, j) => {
      if (!PRIVATE_OK.includes(f)) this.report('private-field', ['inventory', 'private_fields', j], `unknown private field '${f}' (expected ${PRIVATE_OK.join(', ')})`)
    })
    for (const f of ['name', 'description', 'maintainer'] as const) {
      if (yamlUnsafe(m[f])) this.report('export-unsafe', ['inventory', f], `inventory ${f} would be written unquoted into content-resolver YAML by poi-tracker`)
    }
    m.labels.forEach((l, j) => {
      if (yamlUnsafe(l)) this.report('export-unsafe', ['inventory', 'labels', j], `label '${l}' would be written unquoted into content-resolver YAML by poi-tracker`)
    })
  }

  private workloads(): void {
    const m = this.inv.meta
    const names = new Set(this.inv.packages.map((p) => p.name))
    const files = new Map<string, string>()
    for (const [key, w] of m.workloads) {
      const base: TomlPath = ['inventory', 'workloads', key]
      const listed = new Set<string>()
      w.packages.forEach((n, j) => {
        if (!names.has(n)) this.report('dangling-workload-member', [...base, 'packages', j], `workload '${key}' lists '${n}', which has no [[package]] entry`)
        if (listed.has(n)) this.report('workload-list-duplicate', [...base, 'packages', j], `workload '${key}' lists '${n}' twice`)
        listed.add(n)
      })
      const unsorted = w.packages.findIndex((n, j) => j > 0 && compareNames(w.packages[j - 1], n) > 0)
      if (unsorted > 0) this.report('workload-list-unsorted', [...base, 'packages', unsorted], `the packages of workload '${key}' are not sorted ('${w.packages[unsorted - 1]}' before '${w.packages[unsorted]}')`)
      if (w.default_priority === 'unspecified') this.report('workload-default-unspecified', [...base, 'default_priority'], `default_priority = "unspecified" on workload '${key}' has no effect unless it is the only default`)
      const file = `${(w.name ?? `${m.name}-${key}`).replace(/ /g, '_')}.yaml`
      if (file.includes('/')) this.report('export-filename', base, `the content-resolver file name of workload '${key}' ("${file}") contains '/'`)
      const other = files.get(file)
      if (other !== undefined) this.report('export-filename', base, `workloads '${other}' and '${key}' export to the same file ${file}`)
      else files.set(file, key)
      for (const f of ['name', 'description', 'maintainer'] as const) {
        const v = w[f]
        if (v !== undefined && yamlUnsafe(v)) this.report('export-unsafe', [...base, f], `workload ${f} would be written unquoted into content-resolver YAML by poi-tracker`)
      }
    }
  }
}

/** Packages present in several files with different values (the later file wins in a merge). */
export function crossFileFindings(files: ReadonlyArray<{ parsed: ParsedInventory }>): Finding[] {
  const findings: Finding[] = []
  const seen = new Map<string, { file: string; pkg: Inventory['packages'][number] }>()
  for (const { parsed } of files) {
    const { inventory, source } = parsed
    if (!inventory || !source) continue
    const local = new Set<string>()
    inventory.packages.forEach((p, i) => {
      if (local.has(p.name)) return
      local.add(p.name)
      const earlier = seen.get(p.name)
      if (!earlier) { seen.set(p.name, { file: source.path, pkg: p }); return }
      for (const c of mergePackage(structuredClone(earlier.pkg), p, source.path)) {
        findings.push({
          file: source.path, ...source.locator.position(['package', i, c.field]), severity: RULES['conflicting-duplicate'].severity,
          rule: 'conflicting-duplicate',
          message: `package '${p.name}' is also in ${earlier.file} with ${c.field} = ${renderValue(c.earlier)}; here it is ${renderValue(c.later)} (when merged, this file wins)`
        })
      }
    })
  }
  return findings
}
