// `add NAME [--poc] [--reason] [--team] [--task] [--rpm r1,r2] [--workload w1,w2] [--track]`
// as poi-tracker's (docs/poi-tracker-compatibility.md): update mode never
// overwrites a value; add mode places the new [[package]] where the sorted
// order puts it.

import { changeSet, loadInventory, readInventory, requirePaths } from './inventories.js'
import { renderChange } from './edit-helpers.js'
import { list, str } from '../core/args.js'
import { InventoryEditor } from '../inventory/edit.js'
import { addPackage, addToWorkload } from '../inventory/operations.js'
import { compareNames, findPackage, type Package } from '../inventory/model.js'
import type { ChangeRecord } from '../core/changeset.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'
import { UsageError } from '../core/args.js'
import { nameProblem } from '../sources/names.js'
import { quoted } from '../core/text.js'

/** A name added to an inventory is a source package name: refused at once when it cannot be one. */
export function checkPackageName(name: string | undefined): void {
  if (name === undefined) return
  const problem = nameProblem(name)
  if (problem) throw new UsageError(`${quoted(name)} is not a valid package name: ${problem}`, 'add')
}

const TEXT_FIELDS = ['poc', 'reason', 'team', 'task', 'track'] as const

export const add: Command = {
  spec: {
    name: 'add',
    summary: 'Add a package to an inventory, or fill in fields of an existing one (never overwriting a value).',
    positionals: ['NAME'],
    flags: [
      { name: 'poc', kind: 'string', help: 'point of contact' },
      { name: 'reason', kind: 'string', help: 'why the package is tracked' },
      { name: 'team', kind: 'string', help: 'responsible team' },
      { name: 'task', kind: 'string', help: 'internal ticket reference' },
      { name: 'rpm', kind: 'list', metavar: 'RPMS', help: 'binary RPMs to track' },
      { name: 'workload', kind: 'list', metavar: 'KEYS', help: 'workloads to add the package to' },
      { name: 'track', kind: 'string', help: 'hs-relmon reference distro' }
    ],
    notes: 'The target is the first inventory that already lists NAME, else the first one given.',
    check: (args) => checkPackageName(args.positionals[0])
  },
  async run(ctx: CommandContext): Promise<CommandResult> {
    const [name] = ctx.args.positionals
    if (name === undefined) throw new CommandError('add needs a package NAME', 2)
    checkPackageName(name)
    const paths = await requirePaths(ctx)
    let target = paths[0]
    let found: Awaited<ReturnType<typeof readInventory>> | undefined
    let first: Awaited<ReturnType<typeof readInventory>> | undefined
    for (const p of paths) {
      const parsed = await readInventory(ctx.workspace, p)
      first ??= parsed
      if (parsed.inventory && findPackage(parsed.inventory, name)) { target = p; found = parsed; break }
    }
    // The file is parsed once: the one that lists NAME, else the first one (any error in it is fatal here).
    const use = found ?? first
    const { inventory, source } = use?.inventory && use.source ? { inventory: use.inventory, source: use.source } : await loadInventory(ctx, target)
    const editor = new InventoryEditor(source, inventory)
    const records: ChangeRecord[] = []
    const rpms = list(ctx.args, 'rpm')
    const existing = findPackage(editor.model, name)
    let notice: string
    if (existing) {
      if (rpms.length > 0) {
        const next = [...(existing.rpms ?? [])]
        for (const r of rpms) if (!next.includes(r)) next.push(r)
        next.sort(compareNames)
        if (!existing.rpms || next.join('\n') !== existing.rpms.join('\n')) records.push({ file: target, package: name, kind: 'changed', field: 'rpms', before: existing.rpms?.join(', '), after: next.join(', ') })
        existing.rpms = next
      }
      for (const f of TEXT_FIELDS) {
        const v = str(ctx.args, f)
        if (v !== undefined && existing[f] === undefined) {
          existing[f] = v
          records.push({ file: target, package: name, kind: 'changed', field: f, after: v })
        }
      }
      notice = `Updated ${name} in ${target}`
    } else {
      const pkg: Package = { name }
      for (const f of ['poc', 'reason', 'team', 'task'] as const) {
        const v = str(ctx.args, f)
        if (v !== undefined) pkg[f] = v
      }
      if (rpms.length > 0) pkg.rpms = rpms
      const track = str(ctx.args, 'track')
      if (track !== undefined) pkg.track = track
      addPackage(editor.model, pkg)
      records.push({ file: target, package: name, kind: 'added' })
      notice = `Added ${name} to ${target}`
    }
    for (const w of list(ctx.args, 'workload')) {
      if (addToWorkload(editor.model, w, name)) records.push({ file: target, package: name, kind: 'changed', field: `workload ${w}`, after: 'member' })
    }
    // Rendering refuses what cannot be edited in place: nothing is announced before it succeeds.
    const change = renderChange(source, editor)
    ctx.log(notice)
    return { exitCode: 0, findings: [], changeSet: changeSet(ctx, [change], records, [target]) }
  }
}
