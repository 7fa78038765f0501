// The inventory a command edits: an existing file through the
// format-preserving editor (only touched lines change), or a new file in
// poi-tracker's canonical layout. Also locates packages in a text so that
// findings point at a line a human can open.

import { InventoryEditor } from '../../inventory/edit.js'
import { compareNames, type Inventory } from '../../inventory/model.js'
import { parseInventory, type InventorySource } from '../../inventory/parse.js'
import { serializeInventory } from '../../inventory/serialize.js'
import type { FileChange } from '../../core/changeset.js'
import type { Finding, Severity } from '../../core/finding.js'
import { renderChange } from '../edit-helpers.js'
import { CommandError } from '../types.js'

export interface Target {
  /** Repository path the change is written to. */
  path: string
  /** The model to mutate. */
  model: Inventory
  /** The file's text before this run (null: the file is new). */
  before: string | null
  /** The new full text. */
  render(): string
}

/** An existing file, edited in place; `before` may differ from the editor's source (a resume base). */
export function editTarget(path: string, source: InventorySource, inventory: Inventory, before: string | null): Target {
  const editor = new InventoryEditor(source, inventory)
  return { path, model: editor.model, before, render: () => renderChange(source, editor).after ?? '' }
}

/** A file created from nothing: canonical layout, packages sorted by name. */
export function freshTarget(path: string, model: Inventory): Target {
  return {
    path, model, before: null,
    render: () => serializeInventory({ ...model, packages: [...model.packages].sort((a, b) => compareNames(a.name, b.name)) })
  }
}

export function fileChange(t: Target): FileChange {
  return { path: t.path, before: t.before, after: t.render() }
}

/** Parses text the command itself produced or was given; a parse failure names the file (exit 1). */
export function parseOrFail(path: string, text: Uint8Array | string, what = path): { source: InventorySource; inventory: Inventory } {
  const parsed = parseInventory(path, text)
  if (!parsed.inventory || !parsed.source) {
    const fatal = parsed.findings.filter((f) => f.severity === 'error')
    throw new CommandError(`failed to load inventory ${what}`, 1, fatal)
  }
  return { source: parsed.source, inventory: parsed.inventory }
}

/** Findings about packages, located at their [[package]] table in `text` (line 1 when not found). */
export function packageFindings(path: string, text: string | null, items: ReadonlyArray<{ name: string; message: string }>, rule: string, severity: Severity = 'warning'): Finding[] {
  if (items.length === 0) return []
  const parsed = text === null ? undefined : parseInventory(path, text)
  const index = new Map<string, number>()
  parsed?.inventory?.packages.forEach((p, i) => { if (!index.has(p.name)) index.set(p.name, i) })
  return items.map(({ name, message }) => {
    const i = index.get(name)
    const pos = i !== undefined && parsed?.source ? parsed.source.locator.position(['package', i]) : { line: 1, column: 1 }
    return { file: path, ...pos, severity, rule, message }
  })
}
