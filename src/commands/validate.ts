// `validate [FILE...]`: every check, per file, with located findings. Without
// files it validates the repository's inventories: [validate] inventories,
// else every inventory the config names (exports and job -i/-o paths), else
// every *.toml with an [inventory] table.

import { inventoryPaths, readInventory, repoPath } from './inventories.js'
import { validateInventory, crossFileFindings } from '../inventory/validate.js'
import { applySeverities, formatFindings, FORMATS, type Format } from '../report/format.js'
import { countBySeverity } from '../core/finding.js'
import type { RepoConfig } from '../config/config.js'
import { WorkspaceError, type Workspace } from '../core/workspace.js'
import { str } from '../core/args.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'

export const validate: Command = {
  spec: {
    name: 'validate',
    summary: 'Check inventories: TOML syntax, required keys and types (what poi-tracker rejects), duplicates, order, unknown keys and the careful checks beyond poi-tracker.',
    positionals: ['[FILE...]'],
    positionalPaths: 'read',
    flags: [
      { name: 'format', kind: 'string', metavar: 'FORM', help: `output form: ${FORMATS.join(', ')} (default text)` },
      { name: 'codequality', kind: 'string', metavar: 'FILE', help: 'also write a GitLab Code Quality report to FILE (a CI artifact)' },
      { name: 'junit', kind: 'string', metavar: 'FILE', help: 'also write a JUnit report to FILE (a CI artifact)' }
    ],
    notes: 'Each finding is printed as FILE:LINE:COL: severity: message (rule). Exit 1 when there is an error.\nIn a GitLab merge-request pipeline with GITLAB_TOKEN, the summary is kept as one note on the MR.'
  },
  async run(ctx: CommandContext): Promise<CommandResult> {
    const format = (str(ctx.args, 'format') ?? 'text') as Format
    if (!FORMATS.includes(format)) throw new CommandError(`unknown format '${format}' (expected ${FORMATS.join(', ')})`, 2)
    let files = [...ctx.args.positionals.map(repoPath), ...(await inventoryPaths(ctx))]
    if (files.length === 0) {
      const found = await defaultInventories(ctx.workspace, ctx.config)
      for (const f of found.skipped) ctx.log(`note: skipping ${f}: it matches an inventory glob of ${ctx.config.path} but has no [inventory] table`)
      files = found.files
    }
    if (files.length === 0) throw new CommandError('no inventories found: pass FILE arguments, -i/-I, or list them in poi-gitops.toml', 2)
    const parsed = []
    for (const file of files) parsed.push({ file, parsed: await readInventory(ctx.workspace, file) })
    let findings = parsed.flatMap(({ parsed: p }) => [...p.findings, ...validateInventory(p)])
    findings.push(...crossFileFindings(parsed))
    findings = applySeverities(findings, ctx.config.validate.rules)
    const { errors, warnings } = countBySeverity(findings)
    let stdout = formatFindings(format, findings, files)
    if (format === 'text') {
      // A package listed in several inventories is one package of the merged view.
      const packages = new Set(parsed.flatMap(({ parsed: p }) => p.inventory?.packages.map((x) => x.name) ?? [])).size
      if (errors > 0) stdout += `\n${errors} error(s), ${warnings} warning(s) in ${files.length} file(s)\n`
      else stdout += `${files.length} inventory file(s) OK: ${packages} package(s) merged${warnings ? `, ${warnings} warning(s)` : ''}\n`
    }
    return { exitCode: errors > 0 ? 1 : 0, stdout, findings, files }
  }
}

/** The repository's inventories, and the files a config glob matched that are not inventories (skipped). */
export async function defaultInventories(ws: Workspace, config: RepoConfig): Promise<{ files: string[]; skipped: string[] }> {
  if (config.validate.inventories) return inventoriesOnly(ws, await ws.glob(config.validate.inventories))
  const named = new Set<string>()
  const globs = [...(config.exports.contentResolver?.inventories ?? []), ...(config.exports.hsRelmon?.inventories ?? [])]
  for (const f of await ws.glob(globs)) named.add(f)
  for (const job of config.jobs) {
    job.argv.forEach((a, i) => {
      if (['-i', '--inventory', '-o', '--output'].includes(a) && job.argv[i + 1]?.endsWith('.toml')) named.add(job.argv[i + 1])
    })
  }
  const existing = []
  for (const f of [...named].sort()) if ((await readOrRefused(ws, f)) !== undefined) existing.push(f)
  if (existing.length > 0) return inventoriesOnly(ws, existing)
  const found = []
  for (const f of await ws.glob(['**/*.toml'])) {
    const bytes = await readOrRefused(ws, f)
    // A file the workspace refuses (a FIFO, a link out of the repository) is validated, so it gets its located error.
    if (bytes === 'refused' || (bytes && hasInventoryTable(bytes))) found.push(f)
  }
  return { files: found, skipped: [] }
}

const hasInventoryTable = (bytes: Uint8Array): boolean => /^\s*\[inventory\]/m.test(Buffer.from(bytes).toString('utf8'))

/** Files a glob matched that hold no [inventory] table (poi-gitops.toml itself, say) are skipped, not failed. */
async function inventoriesOnly(ws: Workspace, paths: readonly string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = []
  const skipped: string[] = []
  for (const f of paths) {
    const bytes = await readOrRefused(ws, f)
    if (bytes !== undefined && bytes !== 'refused' && !hasInventoryTable(bytes)) skipped.push(f)
    else files.push(f)
  }
  return { files, skipped }
}

async function readOrRefused(ws: Workspace, path: string): Promise<Uint8Array | undefined | 'refused'> {
  try {
    return await ws.read(path)
  } catch (e) {
    if (e instanceof WorkspaceError) return 'refused'
    throw e
  }
}
