// After a job changed inventories, the exports of poi-gitops.toml whose inputs
// it touched are regenerated from the changed files, so one proposal carries
// the inventory edit and the manifests that follow from it.

import { minimatch } from 'minimatch'
import type { RepoConfig } from '../config/config.js'
import type { ChangeRecord, FileChange } from '../core/changeset.js'
import { readText, type Workspace } from '../core/workspace.js'
import { mergeInventories } from '../inventory/merge.js'
import { parseInventory } from '../inventory/parse.js'
import { exportContentResolver } from '../exports/content-resolver.js'
import { exportHsRelmon, hsRelmonRecords } from '../exports/hs-relmon.js'
import type { Inventory } from '../inventory/model.js'
import { CommandError } from '../commands/types.js'
import { ExportError } from '../exports/errors.js'

export interface RegeneratedExports {
  changes: FileChange[]
  records: ChangeRecord[]
  notes: string[]
}

async function mergedInventory(ws: Workspace, globs: readonly string[]): Promise<Inventory> {
  const paths = await ws.glob(globs)
  if (paths.length === 0) throw new CommandError(`no inventory matches ${globs.join(', ')}`, 2)
  const files = []
  for (const path of paths) {
    const bytes = await ws.read(path)
    const parsed = parseInventory(path, bytes ?? new Uint8Array())
    if (!parsed.inventory) throw new CommandError(`cannot regenerate exports: ${path} does not load`, 1, parsed.findings.filter((f) => f.severity === 'error'))
    files.push({ path, inventory: parsed.inventory })
  }
  return mergeInventories(files).inventory
}

/** Exports whose inventory globs match a changed file, regenerated from `ws` (which already holds the changes). */
export async function regenerateExports(config: RepoConfig, ws: Workspace, changed: readonly string[]): Promise<RegeneratedExports> {
  try {
    return await regenerate(config, ws, changed)
  } catch (e) {
    if (e instanceof ExportError) throw new CommandError(`cannot regenerate exports: ${e.message}`, 1)
    throw e
  }
}

async function regenerate(config: RepoConfig, ws: Workspace, changed: readonly string[]): Promise<RegeneratedExports> {
  const out: RegeneratedExports = { changes: [], records: [], notes: [] }
  // Both exports usually read the same inventories: each set is read and merged once.
  const views = new Map<string, Promise<Inventory>>()
  const merged = (globs: readonly string[]): Promise<Inventory> => {
    const key = globs.join('\n')
    let view = views.get(key)
    if (!view) views.set(key, (view = mergedInventory(ws, globs)))
    return view
  }
  const touches = (globs: readonly string[]): boolean => changed.some((f) => globs.some((g) => minimatch(f, g)))
  const cr = config.exports.contentResolver
  if (cr && touches(cr.inventories)) {
    const inventory = await merged(cr.inventories)
    for (const f of exportContentResolver(inventory, { workload: cr.workload, outDir: cr.outDir === '.' ? undefined : cr.outDir })) {
      const before = await readText(ws, f.path)
      if (before !== f.content) {
        out.changes.push({ path: f.path, before, after: f.content })
        out.records.push({ file: f.path, kind: 'regenerated' })
      }
    }
  }
  const hr = config.exports.hsRelmon
  if (hr && touches(hr.inventories)) {
    const inventory = await merged(hr.inventories)
    const before = await readText(ws, hr.out)
    const result = exportHsRelmon(inventory, before ?? undefined, { workload: hr.workload, distros: hr.distros, track: hr.track, prune: hr.prune })
    if (before !== result.content) {
      out.changes.push({ path: hr.out, before, after: result.content })
      out.records.push(...hsRelmonRecords(hr.out, result))
    }
    if (result.stale.length && !hr.prune) out.notes.push(`${hr.out}: ${result.stale.length} entr${result.stale.length === 1 ? 'y is' : 'ies are'} no longer in the inventory (kept; set prune = true to remove): ${result.stale.join(', ')}`)
  }
  return out
}
