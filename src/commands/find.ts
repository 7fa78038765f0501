// `find NAME`: each inventory on its own, no merge, as in poi-tracker; an unreadable file is a warning.

import { readInventory, requirePaths } from './inventories.js'
import { printable } from '../core/text.js'
import { findPackage, workloadsOfPackage } from '../inventory/model.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'

export const find: Command = {
  spec: { name: 'find', summary: 'Find which inventories list a package.', positionals: ['NAME'], flags: [] },
  async run(ctx: CommandContext): Promise<CommandResult> {
    const [name] = ctx.args.positionals
    if (name === undefined) throw new CommandError('find needs a package NAME', 2)
    let out = ''
    for (const path of await requirePaths(ctx)) {
      const parsed = await readInventory(ctx.workspace, path)
      if (!parsed.inventory) {
        const f = parsed.findings.find((x) => x.severity === 'error')
        ctx.log(`warning: skipping ${path}: ${f ? `${f.line}:${f.column}: ${f.message}` : 'unreadable'}`)
        continue
      }
      const p = findPackage(parsed.inventory, name)
      if (!p) continue
      const t = printable
      // FILE:LINE:COL, as validate prints findings, so an editor can jump to the entry.
      const at = parsed.source ? parsed.source.locator.position(['package', parsed.inventory.packages.indexOf(p), 'name']) : { line: 1, column: 1 }
      out += `${t(path)}:${at.line}:${at.column}: ${t(name)}\n`
      if (p.poc !== undefined) out += `  poc: ${t(p.poc)}\n`
      if (p.reason !== undefined) out += `  reason: ${t(p.reason)}\n`
      if (p.rpms !== undefined) out += `  rpms: ${t(p.rpms.join(', '))}\n`
      const ws = workloadsOfPackage(parsed.inventory, name)
      if (ws.length) out += `  workloads: ${t(ws.join(', '))}\n`
      if (p.track !== undefined) out += `  track: ${t(p.track)}\n`
    }
    if (out === '') throw new CommandError(`package '${name}' not found in any inventory`, 1)
    return { exitCode: 0, findings: [], stdout: out }
  }
}
