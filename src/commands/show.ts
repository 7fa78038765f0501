// `show [--workload K] [--json]` over the merged view, in poi-tracker's layout.

import { loadMerged } from './inventories.js'
import { printable } from '../core/text.js'
import { bool, str } from '../core/args.js'
import { compareNames, packagesForWorkload, workloadsOfPackage, type Package } from '../inventory/model.js'
import type { Command, CommandContext, CommandResult } from './types.js'

const JSON_ORDER = ['name', 'poc', 'reason', 'team', 'task', 'rpms', 'arch_rpms', 'track', 'repology_name', 'distros', 'file_issue', 'priority', 'retired_on', 'unshipped', 'archived_builds'] as const

export function packageJson(p: Package): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of JSON_ORDER) {
    const v = p[k]
    if (v === undefined) continue
    if (k === 'arch_rpms') {
      const arch = v as Record<string, string[]>
      out[k] = Object.fromEntries(Object.keys(arch).sort(compareNames).map((a) => [a, arch[a]]))
    } else out[k] = v
  }
  return out
}

export const show: Command = {
  spec: {
    name: 'show',
    summary: 'Show the packages of the merged inventories (optionally one workload).',
    positionals: [],
    flags: [
      { name: 'workload', kind: 'string', metavar: 'KEY', help: 'only the members of this workload' },
      { name: 'json', kind: 'bool', help: 'print a JSON array of package objects' }
    ]
  },
  async run(ctx: CommandContext): Promise<CommandResult> {
    const { inventory } = await loadMerged(ctx)
    const selected = packagesForWorkload(inventory, str(ctx.args, 'workload'))
    if (bool(ctx.args, 'json')) return { exitCode: 0, findings: [], stdout: JSON.stringify(selected.map(packageJson), null, 2) + '\n' }
    // Names and values come from the file: shown with their control characters escaped, one item per line.
    const t = printable
    let out = `Inventory: ${t(inventory.meta.name)} (${selected.length} package(s))\n\n`
    for (const p of selected) {
      const w = workloadsOfPackage(inventory, p.name)
      out += `  ${t(p.name)}${w.length ? ` [${t(w.join(', '))}]` : ''}\n`
      if (p.poc !== undefined) out += `    poc: ${t(p.poc)}\n`
      if (p.reason !== undefined) out += `    reason: ${t(p.reason)}\n`
      if (p.rpms !== undefined) out += `    rpms: ${t(p.rpms.join(', '))}\n`
      if (p.track !== undefined) out += `    track: ${t(p.track)}\n`
    }
    return { exitCode: 0, findings: [], stdout: out }
  }
}
