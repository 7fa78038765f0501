// Finding, loading and merging the inventories a command works on
// (-i in order, then each -I DIR sorted, merged as poi-tracker merges them:
// docs/poi-tracker-compatibility.md), with every failure naming its file.

import { isAbsolute } from 'node:path'
import { WorkspaceError, type Workspace } from '../core/workspace.js'
import type { ChangeRecord, ChangeSet, FileChange } from '../core/changeset.js'
import { parseInventory, type ParsedInventory } from '../inventory/parse.js'
import { describeConflict, mergeInventories, type MergedInventory } from '../inventory/merge.js'
import type { Inventory } from '../inventory/model.js'
import { safeRepoPath } from '../core/workspace.js'
import { list } from '../core/args.js'
import type { Finding } from '../core/finding.js'
import { CommandError, type CommandContext } from './types.js'

/** `-i` files in order, then every `*.toml` of each `-I` directory sorted by path. */
export async function inventoryPaths(ctx: CommandContext): Promise<string[]> {
  const paths = list(ctx.args, 'inventory').map((p) => repoPath(p))
  for (const dir of list(ctx.args, 'inventory-dir')) {
    const d = repoPath(dir).replace(/\/$/, '')
    const found = await ctx.workspace.glob([d === '.' ? '*.toml' : `${d}/*.toml`])
    if (found.length === 0) {
      // A file where a directory is expected is a mistake worth naming, not an empty directory.
      const asFile = await ctx.workspace.read(d).catch((e: unknown) => {
        if (e instanceof WorkspaceError) return undefined
        throw e
      })
      if (asFile !== undefined) throw new CommandError(`-I ${dir}: is a file, not a directory (name a file with -i)`, 2)
      ctx.log(`warning: no *.toml files in ${dir}`)
    }
    paths.push(...found)
  }
  return paths
}

export function repoPath(p: string): string {
  // An absolute path is an input the user named outside the repository on a terminal: the workspace reads only those.
  if (isAbsolute(p)) return p
  const safe = safeRepoPath(p)
  if (safe === undefined) throw new CommandError(`path "${p}" is outside the repository`, 2)
  return safe
}

export async function readInventory(ws: Workspace, path: string): Promise<ParsedInventory> {
  let bytes: Uint8Array | undefined
  try {
    bytes = await ws.read(path)
  } catch (e) {
    if (!(e instanceof WorkspaceError)) throw e
    return { findings: [readFailure(path, e.reason)] }
  }
  if (bytes === undefined) return { findings: [readFailure(path, 'no such file')] }
  return parseInventory(path, bytes)
}

function readFailure(path: string, why: string): Finding {
  return { file: path, line: 1, column: 1, severity: 'error', rule: 'read', message: `failed to read ${path}: ${why}` }
}

/** Loads one file for a command that needs it whole: any fatal finding stops the command (exit 1). */
/** An inventory that parsed: its model and its source text. */
export type LoadedInventory = Required<Pick<ParsedInventory, 'inventory' | 'source'>> & ParsedInventory

export async function loadInventory(ctx: CommandContext, path: string): Promise<LoadedInventory> {
  const parsed = await readInventory(ctx.workspace, path)
  if (!parsed.inventory || !parsed.source) {
    const fatal = parsed.findings.filter((f) => f.severity === 'error')
    throw new CommandError(`failed to load inventory ${path}`, 1, fatal)
  }
  return parsed as LoadedInventory
}

export async function requirePaths(ctx: CommandContext): Promise<string[]> {
  const paths = await inventoryPaths(ctx)
  if (paths.length === 0) throw new CommandError('no inventory given: pass -i FILE or -I DIR', 2)
  return paths
}

/** The merged view of every -i/-I inventory; merge conflicts are logged as warnings. */
export async function loadMerged(ctx: CommandContext, paths?: string[]): Promise<MergedInventory> {
  const files = []
  for (const path of paths ?? (await requirePaths(ctx))) files.push({ path, inventory: (await loadInventory(ctx, path)).inventory })
  return mergeLoaded(ctx, files)
}

/** The merged view of inventories already loaded (a command that also edits them reads each once). */
export function mergeLoaded(ctx: CommandContext, files: ReadonlyArray<{ path: string; inventory: Inventory }>): MergedInventory {
  const merged = mergeInventories(files)
  for (const c of merged.conflicts) ctx.log(`warning: ${describeConflict(c)}`)
  return merged
}

export function changeSet(ctx: CommandContext, changes: FileChange[], records: ChangeRecord[], inputs: string[], complete = true): ChangeSet {
  return {
    changes,
    records,
    findings: [],
    complete,
    provenance: { command: ctx.commandLine, inputs, services: {}, requests: {} }
  }
}
