// The content-resolver export (docs/poi-tracker-compatibility.md,
// "content-resolver export"): one feedback-pipeline-workload YAML document per
// workload. The text is built line by line like poi-tracker's, so ordinary
// input gives byte-identical files; scalars go through yamlScalar, so unusual
// values stay valid YAML that reads back exactly (poi-tracker writes them raw).

import { posix } from 'node:path'
import { compareNames, packagesForWorkload, sortedUnique, workloadNames, type Inventory } from '../inventory/model.js'
import { ExportInputError, ExportUsageError } from './errors.js'
import { MAX_IMPLICIT_KEY, yamlScalar } from './yaml-scalar.js'

export interface ContentResolverOptions {
  /** `--workload K`: export only K (an undefined K still exports a document without packages, as poi-tracker does). */
  workload?: string
  /** `-o FILE`: the path of the single document; an error when several workloads would be exported. */
  output?: string
  /** Directory for the derived file names (not applied to `output`). */
  outDir?: string
}

export interface ExportedFile {
  path: string
  content: string
  /** Packages the document lists (its workload's members, or all). */
  packages: number
}

/** The data of one document, before rendering: workload values, else the inventory's. */
export interface ContentResolverData {
  name: string
  description: string
  maintainer: string
  /** Sorted, deduplicated general binary RPMs, without any arch RPM. */
  packages: string[]
  /** Arch → sorted, deduplicated RPMs; arches in code-point order; empty arches left out. */
  archPackages: Array<[string, string[]]>
  /** In list order, as written (not sorted, not deduplicated). */
  labels: string[]
}

/** Field mapping, workload fallbacks and RPM collection for workload `key` (all packages when undefined). */
export function contentResolverData(inv: Inventory, key?: string): ContentResolverData {
  const meta = inv.meta
  const w = key === undefined ? undefined : meta.workloads.get(key)
  const general = new Set<string>()
  const arch = new Map<string, Set<string>>()
  for (const p of packagesForWorkload(inv, key)) {
    // Absent `rpms` means "the SRPM name"; a present `[]` means none.
    for (const r of p.rpms ?? [p.name]) general.add(r)
    for (const [a, rpms] of Object.entries(p.arch_rpms ?? {})) {
      let set = arch.get(a)
      if (!set) arch.set(a, (set = new Set()))
      for (const r of rpms) set.add(r)
    }
  }
  for (const set of arch.values()) for (const r of set) general.delete(r)
  return {
    name: w?.name ?? (key === undefined ? meta.name : `${meta.name}-${key}`),
    description: w?.description ?? meta.description,
    maintainer: w?.maintainer ?? meta.maintainer,
    packages: sortedUnique(general),
    archPackages: [...arch.keys()].sort(compareNames)
      .map((a): [string, string[]] => [a, sortedUnique(arch.get(a) ?? [])])
      .filter(([, rpms]) => rpms.length > 0),
    labels: w?.labels ?? meta.labels
  }
}

function mappingKey(key: string, indent: string): string {
  const k = yamlScalar(key)
  // Readers reject implicit keys longer than 1024 characters; the explicit form has no limit.
  return k.length + 1 > MAX_IMPLICIT_KEY ? `${indent}? ${k}\n${indent}:\n` : `${indent}${k}:\n`
}

/** Renders one document exactly as poi-tracker lays it out, line by line with two-space indents. */
export function renderContentResolverData(d: ContentResolverData): string {
  let out = 'document: feedback-pipeline-workload\nversion: 1\ndata:\n'
  out += `  name: ${yamlScalar(d.name)}\n`
  out += `  description: ${yamlScalar(d.description)}\n`
  out += `  maintainer: ${yamlScalar(d.maintainer)}\n`
  if (d.packages.length > 0) {
    out += '  packages:\n'
    for (const r of d.packages) out += `    - ${yamlScalar(r)}\n`
  }
  if (d.archPackages.length > 0) {
    out += '  arch_packages:\n'
    for (const [a, rpms] of d.archPackages) {
      out += mappingKey(a, '    ')
      for (const r of rpms) out += `      - ${yamlScalar(r)}\n`
    }
  }
  if (d.labels.length > 0) {
    out += '  labels:\n'
    for (const l of d.labels) out += `    - ${yamlScalar(l)}\n`
  }
  return out
}

/** The single-document renderer: workload `key`, or every package with inventory metadata when undefined. */
export function renderContentResolver(inv: Inventory, key?: string): string {
  return renderContentResolverData(contentResolverData(inv, key))
}

/**
 * The file name poi-tracker derives: the document name with spaces turned into
 * `_`, plus `.yaml`. Unlike poi-tracker, a name that would leave the output
 * directory (a path separator or NUL) is an error naming its source.
 */
export function contentResolverFileName(inv: Inventory, key?: string): string {
  const w = key === undefined ? undefined : inv.meta.workloads.get(key)
  const base = w?.name ?? (key === undefined ? inv.meta.name : `${inv.meta.name}-${key}`)
  const file = `${base.replace(/ /g, '_')}.yaml`
  if (/[/\\\0]/.test(file)) {
    const source = key === undefined ? 'the inventory name' : `workload \`${key}\``
    throw new ExportInputError('unsafe-file-name',
      `${source} gives the file name ${JSON.stringify(file)}, which would be written outside the output directory; ` +
      `give ${key === undefined ? 'the inventory' : 'the workload'} a \`name\` without "/" or "\\" (or use -o)`)
  }
  return file
}

/**
 * Which documents `export content-resolver` writes, and where (as poi-tracker):
 * `--workload K` → K; no workloads → one unfiltered document; exactly one
 * workload → that workload (its members only); several → one per workload in
 * key order, where `-o` is a usage error. Workloads count in both forms
 * (workload `packages` lists and per-package `workloads`).
 */
export function exportContentResolver(inv: Inventory, opts: ContentResolverOptions = {}): ExportedFile[] {
  let keys: Array<string | undefined>
  if (opts.workload !== undefined) keys = [opts.workload]
  else {
    const names = workloadNames(inv)
    if (names.length > 1 && opts.output !== undefined) {
      throw new ExportUsageError('output-with-several-workloads',
        `-o/--output cannot be used with multiple workloads (${names.join(', ')}): pass --workload to pick one, or drop -o`)
    }
    keys = names.length === 0 ? [undefined] : names
  }
  const files = keys.map((key) => ({
    key,
    path: opts.output ?? (opts.outDir ? posix.join(opts.outDir, contentResolverFileName(inv, key)) : contentResolverFileName(inv, key))
  }))
  // Two workloads with the same `name` would silently overwrite each other's file.
  const seen = new Map<string, string | undefined>()
  for (const f of files) {
    if (seen.has(f.path)) {
      throw new ExportInputError('duplicate-file-name',
        `workloads \`${seen.get(f.path)}\` and \`${f.key}\` would both be written to ${f.path}; give one of them a different \`name\``)
    }
    seen.set(f.path, f.key)
  }
  return files.map((f) => ({ path: f.path, content: renderContentResolver(inv, f.key), packages: packagesForWorkload(inv, f.key).length }))
}
