// The add-only merge of a GitLab sync into its output inventory, as
// poi-tracker's (docs/poi-tracker-compatibility.md, "sync-gitlab"): load the
// file or start a new one, add missing names, find stale packages. A new file gets poi-tracker's canonical layout;
// an existing one is edited in place so the diff shows only what changed.

import type { FileChange } from '../../core/changeset.js'
import { InventoryEditor } from '../../inventory/edit.js'
import type { InventorySource } from '../../inventory/parse.js'
import { compareNames, emptyWorkload, findPackage, type Inventory } from '../../inventory/model.js'
import { addPackage, addToWorkload } from '../../inventory/operations.js'
import { serializeInventory } from '../../inventory/serialize.js'
import { loadInventory } from '../inventories.js'
import { renderChange } from '../edit-helpers.js'
import type { CommandContext } from '../types.js'

export interface SyncTarget {
  path: string
  /** The inventory to change: the editor's model for an existing file. */
  model: Inventory
  /** Both absent when the file is created by this run. */
  editor?: InventoryEditor
  source?: InventorySource
}

/** A missing file starts as an empty inventory named `name` (--name, else the source label), with the --workload tables. */
export async function openTarget(ctx: CommandContext, path: string, label: string, name: string, workloads: readonly string[]): Promise<SyncTarget> {
  if ((await ctx.workspace.read(path)) === undefined) {
    const model: Inventory = {
      meta: {
        name,
        description: `Packages synced from GitLab (${label})`,
        maintainer: label,
        labels: [],
        private_fields: [],
        workloads: new Map(workloads.map((w) => [w, emptyWorkload()])),
      },
      packages: [],
    }
    return { path, model }
  }
  const { source, inventory } = await loadInventory(ctx, path)
  const editor = new InventoryEditor(source, inventory)
  return { path, model: editor.model, editor, source }
}

export function renderTarget(target: SyncTarget): FileChange {
  if (target.editor && target.source) return renderChange(target.source, target.editor)
  const model = target.model
  model.packages.sort((a, b) => compareNames(a.name, b.name))
  return { path: target.path, before: null, after: serializeInventory(model) }
}

/** Bare `{ name }` entries for names not present yet (exact match), each joining every --workload. */
export function addNewPackages(model: Inventory, names: Iterable<string>, workloads: readonly string[]): string[] {
  const added: string[] = []
  for (const name of names) {
    if (findPackage(model, name)) continue
    addPackage(model, { name })
    for (const w of workloads) addToWorkload(model, w, name)
    added.push(name)
  }
  return added
}

/** Stale: in the inventory, not an `unshipped` tombstone, and not among the synced names (the whole inventory is in scope). */
export function stalePackages(model: Inventory, synced: ReadonlySet<string>): string[] {
  return [...new Set(model.packages.filter((p) => p.unshipped === undefined && !synced.has(p.name)).map((p) => p.name))]
}
