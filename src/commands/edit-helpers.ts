// Turning an editor's result into a FileChange, and records for the summary.

import type { FileChange } from '../core/changeset.js'
import type { InventorySource } from '../inventory/parse.js'
import { InventoryEditor, EditError } from '../inventory/edit.js'
import { CommandError } from './types.js'

export function originalText(source: InventorySource): string {
  return (source.decoded.bom ? '\ufeff' : '') + source.decoded.text
}

export function renderChange(source: InventorySource, editor: InventoryEditor): FileChange {
  try {
    return { path: source.path, before: originalText(source), after: editor.render() }
  } catch (e) {
    if (e instanceof EditError) throw new CommandError(e.message, 1)
    throw e
  }
}
