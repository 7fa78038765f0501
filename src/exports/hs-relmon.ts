// The hs-relmon manifest export as one code path (README, "Exports"): a fresh
// export is a merge into an empty manifest (the SPDX header and a [defaults]
// table built from the flags), so both reconcile the markers the same way.
//
// Per run the export decides only: which entries are added (with their
// non-default fields), `archived` on entries of selected packages, removal of
// unshipped packages (and of stale entries with --prune), and the order of the
// entries. Everything else in an existing entry is kept verbatim.

import { compareNames, hasArchivedBuilds, isUnshipped, packagesForWorkload, sortedUnique, workloadNames, type Inventory, type Package } from '../inventory/model.js'
import { didYouMean } from '../core/suggest.js'
import type { ChangeRecord } from '../core/changeset.js'
import { isTable } from '../toml/source.js'
import { tomlString } from '../toml/write.js'
import { ExportInputError, ExportUsageError } from './errors.js'
import { entryBody, readManifest, renderManifest, type ManifestDocument, type OutputBlock } from './manifest-edit.js'

export const DEFAULT_DISTROS = 'upstream,fedora,centos,hyperscale'
export const DEFAULT_TRACK = 'upstream'

export interface HsRelmonOptions {
  /** `--workload K`: only K's members are selected (an unknown K is an error). */
  workload?: string
  /** `--distros D`: the [defaults] distros of a fresh manifest. */
  distros?: string
  /** `--track T`: the [defaults] track of a fresh manifest. */
  track?: string
  /** `--prune`: remove entries whose package is not selected. */
  prune?: boolean
}

export interface HsRelmonResult {
  content: string
  /** Names of the entries added, sorted. */
  added: string[]
  /** Stale names removed by --prune, sorted. */
  pruned: string[]
  /** Entries whose package is not selected, sorted (removed with --prune, kept and warned about without). */
  stale: string[]
  /** Entries removed because their package is unshipped, sorted. */
  unshippedRemoved: string[]
  /** Entries that got `archived = true` written (new entries of archived_builds packages included), sorted. */
  archivedSet: string[]
  /** Entries whose `archived` key was removed, sorted. */
  archivedCleared: string[]
  /** Number of [[package]] entries written. */
  total: number
  warnings: string[]
}

/** The manifest a fresh export starts from: poi-tracker's SPDX header and [defaults] lines, values escaped. */
export function emptyManifest(distros = DEFAULT_DISTROS, track = DEFAULT_TRACK): string {
  return '# SPDX-License-Identifier: Apache-2.0 OR MIT\n\n[defaults]\n' +
    `distros = ${tomlString(distros)}\ntrack = ${tomlString(track)}\nfile_issue = true\n`
}

/** What hs-relmon applies to an entry that sets nothing: the manifest's [defaults], else its hard fallbacks. */
export interface EffectiveDefaults {
  track: string
  /** Undefined = every distro (no string equals that). */
  distros: string | undefined
  fileIssue: boolean
}

export function effectiveDefaults(doc: ManifestDocument): EffectiveDefaults {
  const d = isTable(doc.data.defaults) ? doc.data.defaults : {}
  return {
    track: typeof d.track === 'string' ? d.track : DEFAULT_TRACK,
    distros: typeof d.distros === 'string' ? d.distros : undefined,
    fileIssue: typeof d.file_issue === 'boolean' ? d.file_issue : false
  }
}

/** A new entry: `name`, then the fields that differ from what hs-relmon would apply anyway, in poi-tracker's order (track, repology_name, distros, file_issue). */
export function newEntry(p: Package, defaults: EffectiveDefaults, eol: string): string {
  let out = `[[package]]${eol}name = ${tomlString(p.name)}${eol}`
  if (p.track !== undefined && p.track !== defaults.track) out += `track = ${tomlString(p.track)}${eol}`
  if (p.repology_name !== undefined) out += `repology_name = ${tomlString(p.repology_name)}${eol}`
  if (p.distros !== undefined && p.distros !== defaults.distros) out += `distros = ${tomlString(p.distros)}${eol}`
  if (p.file_issue !== undefined && p.file_issue !== defaults.fileIssue) out += `file_issue = ${p.file_issue}${eol}`
  if (hasArchivedBuilds(p)) out += `archived = true${eol}`
  return out
}

function selection(inv: Inventory, workload: string | undefined): Package[] {
  if (workload !== undefined) {
    const known = workloadNames(inv)
    if (!known.includes(workload)) {
      const guess = didYouMean(workload, known)
      throw new ExportUsageError('unknown-workload',
        `--workload ${workload} names no workload` + (guess ? ` (did you mean ${guess}?)` : '') +
        (known.length > 0 ? `; defined: ${known.join(', ')}` : '; the inventory defines none'))
    }
  }
  const selected = packagesForWorkload(inv, workload)
  if (selected.length === 0) {
    throw new ExportInputError('empty-selection',
      workload === undefined ? 'the inventory has no packages to export' : `workload ${workload} has no packages to export`)
  }
  return selected
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * `export hs-relmon`: merges the selected packages into `existing` (a fresh
 * export when undefined) and returns the new text with what changed.
 * Throws ExportUsageError for an unknown --workload, ExportInputError for an
 * unreadable manifest, an empty selection, or a result with no entry (which
 * hs-relmon cannot load).
 */
export function exportHsRelmon(inv: Inventory, existing: string | undefined, opts: HsRelmonOptions = {}): HsRelmonResult {
  const selected = selection(inv, opts.workload)
  const doc = readManifest(existing ?? emptyManifest(opts.distros, opts.track))
  const defaults = effectiveDefaults(doc)
  const warnings: string[] = []
  if (existing !== undefined) {
    // The flags only fill a fresh manifest's [defaults]; an existing one keeps its own.
    if (opts.track !== undefined && opts.track !== defaults.track) {
      warnings.push(`--track ${opts.track} is not applied to an existing manifest: new entries are judged against its default track "${defaults.track}"`)
    }
    if (opts.distros !== undefined && opts.distros !== defaults.distros) {
      warnings.push(`--distros ${opts.distros} is not applied to an existing manifest: new entries are judged against its default distros ` +
        (defaults.distros === undefined ? '(none: all distros)' : `"${defaults.distros}"`))
    }
  }

  const selectedNames = new Set(selected.map((p) => p.name))
  const unshipped = new Set(selected.filter(isUnshipped).map((p) => p.name))
  const archived = new Set(selected.filter(hasArchivedBuilds).map((p) => p.name))
  const existingNames = new Set(doc.entries.flatMap((e) => (e.name === undefined ? [] : [e.name])))
  const stale = sortedUnique([...existingNames].filter((n) => !selectedNames.has(n)))
  const staleSet = new Set(stale)

  const blocks: Array<OutputBlock & { name: string }> = []
  const pruned = new Set<string>()
  const unshippedRemoved = new Set<string>()
  const archivedSet = new Set<string>()
  const archivedCleared = new Set<string>()
  doc.entries.forEach((entry, i) => {
    const { name } = entry
    if (name !== undefined && opts.prune && staleSet.has(name)) { pruned.add(name); return }
    if (name !== undefined && unshipped.has(name)) { unshippedRemoved.add(name); return }
    const action = name === undefined || !selectedNames.has(name) ? 'keep' : archived.has(name) ? 'set' : 'clear'
    const { body, changed } = entryBody(doc, entry, action)
    if (changed && name !== undefined) (action === 'set' ? archivedSet : archivedCleared).add(name)
    if (name === undefined) warnings.push(`[[package]] entry ${entry.index + 1} has no string \`name\`; kept as it is`)
    blocks.push({ name: name ?? '', lead: entry.lead, body, entry: i })
  })

  const added: string[] = []
  const seen = new Set(existingNames)
  for (const p of selected) {
    if (seen.has(p.name) || unshipped.has(p.name)) continue
    seen.add(p.name)
    added.push(p.name)
    if (hasArchivedBuilds(p)) archivedSet.add(p.name)
    blocks.push({ name: p.name, lead: '', body: newEntry(p, defaults, doc.eol) })
  }
  blocks.sort((a, b) => compareNames(a.name, b.name)) // stable: equal names keep file order

  if (blocks.length === 0) {
    throw new ExportInputError('empty-manifest',
      `the manifest would have no [[package]] entry left (${plural(unshippedRemoved.size, 'unshipped', 'unshipped')}, ` +
      `${plural(pruned.size, 'pruned', 'pruned')}), and hs-relmon cannot load a manifest without packages; nothing written`)
  }
  if (stale.length > 0 && !opts.prune) {
    warnings.unshift(`${plural(stale.length, 'manifest entry is', 'manifest entries are')} not in the selected inventory packages ` +
      `(kept; use --prune to remove them): ${stale.join(', ')}`)
  }
  return {
    content: renderManifest(doc, blocks),
    added: sortedUnique(added),
    pruned: sortedUnique(pruned),
    stale,
    unshippedRemoved: sortedUnique(unshippedRemoved),
    archivedSet: sortedUnique(archivedSet),
    archivedCleared: sortedUnique(archivedCleared),
    total: blocks.length,
    warnings
  }
}

/** What a merge did to the manifest at `path`, as change records (for the proposal's summary). */
export function hsRelmonRecords(path: string, result: HsRelmonResult): ChangeRecord[] {
  return [
    ...result.added.map((p) => ({ file: path, package: p, kind: 'added' as const })),
    ...[...result.pruned, ...result.unshippedRemoved].map((p) => ({ file: path, package: p, kind: 'removed' as const })),
    ...result.archivedSet.map((p) => ({ file: path, package: p, kind: 'marked' as const, field: 'archived', after: 'true' })),
    ...result.archivedCleared.map((p) => ({ file: path, package: p, kind: 'unmarked' as const, field: 'archived' }))
  ]
}
