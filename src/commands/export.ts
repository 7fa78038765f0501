// `export content-resolver` and `export hs-relmon` over the merged inventories
// (README, "Exports"). The exports are pure functions; this turns
// their output into file changes and poi-tracker's notices.

import { changeSet, loadMerged, repoPath, requirePaths } from './inventories.js'
import { bool, str } from '../core/args.js'
import { exportContentResolver } from '../exports/content-resolver.js'
import { DEFAULT_DISTROS, DEFAULT_TRACK, exportHsRelmon, hsRelmonRecords } from '../exports/hs-relmon.js'
import { ExportError, ExportInputError, ExportUsageError } from '../exports/errors.js'
import type { ChangeRecord, FileChange } from '../core/changeset.js'
import { readText } from '../core/workspace.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'

function exportFailure(e: unknown, file?: string): never {
  if (e instanceof ExportUsageError) throw new CommandError(e.message, 2)
  if (e instanceof ExportInputError && file && e.line !== undefined) {
    throw new CommandError(e.message, 1, [{ file, line: e.line, column: e.column ?? 1, severity: 'error', rule: e.code, message: e.message }])
  }
  if (e instanceof ExportError) throw new CommandError(e.message, 1)
  throw e
}

export const exportContentResolverCommand: Command = {
  spec: {
    name: 'export content-resolver',
    summary: 'Write content-resolver (feedback-pipeline-workload) YAML: one file per workload, or one for the whole inventory.',
    positionals: [],
    flags: [
      { name: 'workload', kind: 'string', metavar: 'KEY', help: 'export only this workload' },
      { name: 'output', short: 'o', kind: 'string', metavar: 'FILE', path: 'write', help: 'output file (single document only)' },
      { name: 'out-dir', kind: 'string', metavar: 'DIR', path: 'write', help: 'directory for the derived file names (default: the repository root)' }
    ]
  },
  async run(ctx: CommandContext): Promise<CommandResult> {
    const inputs = await requirePaths(ctx)
    const { inventory } = await loadMerged(ctx, inputs)
    const output = str(ctx.args, 'output')
    let files
    try {
      files = exportContentResolver(inventory, { workload: str(ctx.args, 'workload'), output: output && repoPath(output), outDir: str(ctx.args, 'out-dir') && repoPath(str(ctx.args, 'out-dir') as string) })
    } catch (e) {
      exportFailure(e)
    }
    const changes: FileChange[] = []
    const records: ChangeRecord[] = []
    for (const f of files) {
      const path = repoPath(f.path)
      const before = await readText(ctx.workspace, path)
      changes.push({ path, before, after: f.content })
      if (before !== f.content) records.push({ file: path, kind: 'regenerated' })
      ctx.log(`${path}: ${f.packages} package(s)${before === f.content ? ', up to date' : before === null ? ', new' : ''}`)
    }
    return { exitCode: 0, findings: [], changeSet: changeSet(ctx, changes, records, inputs) }
  }
}

export const exportHsRelmonCommand: Command = {
  spec: {
    name: 'export hs-relmon',
    summary: 'Write or update an hs-relmon manifest: existing entries and their overrides are kept, archived/unshipped markers reconciled.',
    positionals: [],
    flags: [
      { name: 'workload', kind: 'string', metavar: 'KEY', help: 'only this workload\'s packages' },
      { name: 'output', short: 'o', kind: 'string', metavar: 'FILE', path: 'write', help: 'manifest to create or merge into (default: print a fresh manifest)' },
      { name: 'distros', kind: 'string', metavar: 'D', help: `[defaults] distros of a new manifest (default ${DEFAULT_DISTROS})` },
      { name: 'track', kind: 'string', metavar: 'T', help: `[defaults] track of a new manifest (default ${DEFAULT_TRACK})` },
      { name: 'prune', kind: 'bool', help: 'remove entries whose package is no longer selected' }
    ]
  },
  async run(ctx: CommandContext): Promise<CommandResult> {
    const inputs = await requirePaths(ctx)
    const { inventory } = await loadMerged(ctx, inputs)
    const output = str(ctx.args, 'output')
    const path = output === undefined ? undefined : repoPath(output)
    const existing = path === undefined ? null : await readText(ctx.workspace, path)
    let result
    try {
      result = exportHsRelmon(inventory, existing ?? undefined, {
        workload: str(ctx.args, 'workload'), distros: str(ctx.args, 'distros'), track: str(ctx.args, 'track'), prune: bool(ctx.args, 'prune')
      })
    } catch (e) {
      exportFailure(e, path)
    }
    // The exporter's warnings already name stale entries (once).
    for (const w of result.warnings) ctx.log(`warning: ${w}`)
    if (result.unshippedRemoved.length > 0) ctx.log(`Removed ${result.unshippedRemoved.length} unshipped package(s) from ${path ?? 'the manifest'}: ${result.unshippedRemoved.join(', ')}`)
    if (path === undefined) return { exitCode: 0, findings: [], stdout: result.content }
    ctx.log(`${path}: ${result.added.length} new, ${result.pruned.length ? `${result.pruned.length} pruned, ` : ''}${result.total} total`)
    return { exitCode: 0, findings: [], changeSet: changeSet(ctx, [{ path, before: existing, after: result.content }], hsRelmonRecords(path, result), inputs) }
  }
}
