// `remove NAME [--rpm r1,r2]` on the first inventory only, as in poi-tracker.

import { changeSet, loadInventory, requirePaths } from './inventories.js'
import { renderChange } from './edit-helpers.js'
import { list } from '../core/args.js'
import { InventoryEditor } from '../inventory/edit.js'
import { removePackages } from '../inventory/operations.js'
import { findPackage } from '../inventory/model.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'

export const remove: Command = {
  spec: {
    name: 'remove',
    summary: 'Remove a package (every entry of that name) from the first inventory, or only some of its RPMs.',
    positionals: ['NAME'],
    flags: [{ name: 'rpm', kind: 'list', metavar: 'RPMS', help: 'remove only these RPMs from the package\'s rpms list' }],
    notes: 'Workload lists keep the name, as in poi-tracker (validate reports it as a dangling member).'
  },
  async run(ctx: CommandContext): Promise<CommandResult> {
    const [name] = ctx.args.positionals
    if (name === undefined) throw new CommandError('remove needs a package NAME', 2)
    const [target] = await requirePaths(ctx)
    const { inventory, source } = await loadInventory(ctx, target)
    const editor = new InventoryEditor(source, inventory)
    const rpms = list(ctx.args, 'rpm')
    if (rpms.length === 0) {
      if (removePackages(editor.model, name) === 0) throw new CommandError(`package '${name}' not found in ${target}`)
      // Rendering refuses what cannot be edited in place: nothing is announced before it succeeds.
      const change = renderChange(source, editor)
      ctx.log(`Removed ${name} from ${target}`)
      return { exitCode: 0, findings: [], changeSet: changeSet(ctx, [change], [{ file: target, package: name, kind: 'removed' }], [target]) }
    }
    const pkg = findPackage(editor.model, name)
    if (!pkg) throw new CommandError(`package '${name}' not found in ${target}`)
    if (pkg.rpms === undefined) throw new CommandError(`package '${name}' has no rpms list in ${target}`)
    const before = pkg.rpms.join(', ')
    pkg.rpms = pkg.rpms.filter((r) => !rpms.includes(r))
    const change = renderChange(source, editor)
    ctx.log(`Removed RPM(s) ${rpms.join(', ')} from ${name} in ${target}`)
    return {
      exitCode: 0, findings: [],
      changeSet: changeSet(ctx, [change], [{ file: target, package: name, kind: 'changed', field: 'rpms', before, after: pkg.rpms.join(', ') }], [target])
    }
  }
}
