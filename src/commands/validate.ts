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
    if (files.length === 0) files = await defaultInventories(ctx.workspace, ctx.config)
    if (files.length === 0) throw new CommandError('no inventories found: pass FILE arguments, -i/-I, or list them in poi-gitops.toml', 2)
    const parsed = []
    for (const file of files) parsed.push({ file, parsed: await readInventory(ctx.workspace, file) })
    let findings = parsed.flatMap(({ parsed: p }) => [...p.findings, ...validateInventory(p)])
    findings.push(...crossFileFindings(parsed))
    findings = applySeverities(findings, ctx.config.validate.rules)
    const { errors, warnings } = countBySeverity(findings)
    let stdout = formatFindings(format, findings, files)
    if (format === 'text') {
      const packages = parsed.reduce((n, { parsed: p }) => n + (p.inventory?.packages.length ?? 0), 0)
      if (errors > 0) stdout += `\n${errors} error(s), ${warnings} warning(s) in ${files.length} file(s)\n`
      else stdout += `${files.length} inventory file(s) OK with ${packages} package(s)${warnings ? `, ${warnings} warning(s)` : ''}\n`
    }
    return { exitCode: errors > 0 ? 1 : 0, stdout, findings, files }
  }
}

export async function defaultInventories(ws: Workspace, config: RepoConfig): Promise<string[]> {
  if (config.validate.inventories) return ws.glob(config.validate.inventories)
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
  if (existing.length > 0) return existing
  const found = []
  for (const f of await ws.glob(['**/*.toml'])) {
    const bytes = await readOrRefused(ws, f)
    // A file the workspace refuses (a FIFO, a link out of the repository) is validated, so it gets its located error.
    if (bytes === 'refused' || (bytes && /^\s*\[inventory\]/m.test(Buffer.from(bytes).toString('utf8')))) found.push(f)
  }
  return found
}

async function readOrRefused(ws: Workspace, path: string): Promise<Uint8Array | undefined | 'refused'> {
  try {
    return await ws.read(path)
  } catch (e) {
    if (e instanceof WorkspaceError) return 'refused'
    throw e
  }
}
