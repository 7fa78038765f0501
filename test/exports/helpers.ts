// Shared test helpers for the exports: inventories from TOML text, fixtures,
// the real manifest (read from the shared data folder, never copied).

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseInventory } from '../../src/inventory/parse.js'
import type { Inventory } from '../../src/inventory/model.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '..', '..')

export function fixture(name: string): string {
  return readFileSync(path.join(here, 'fixtures', name), 'utf8')
}

export function realManifest(): string {
  return readFileSync(path.join(repoRoot, '..', 'shared', 'data', 'real', 'hs-relmon-manifest.toml'), 'utf8')
}

export const HEAD = '[inventory]\nname = "test"\ndescription = "d"\nmaintainer = "m"\n'

/** Parses inventory TOML, failing the test on any error finding. */
export function inventory(toml: string): Inventory {
  const r = parseInventory('test.toml', toml)
  const errors = r.findings.filter((f) => f.severity === 'error')
  if (!r.inventory || errors.length > 0) throw new Error(`bad test inventory: ${JSON.stringify(errors)}`)
  return r.inventory
}

/** `[[package]]` tables from name → TOML body lines. */
export function packages(entries: Record<string, string[]>): string {
  return Object.entries(entries).map(([name, lines]) => `\n[[package]]\nname = ${JSON.stringify(name)}\n${lines.map((l) => `${l}\n`).join('')}`).join('')
}
