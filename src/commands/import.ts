// `import JSON_FILE [-o OUT] [--private-fields a,b] [--workload w1,w2]`: a
// legacy JSON inventory becomes a TOML inventory in poi-tracker's canonical
// layout, mapped as poi-tracker maps it (docs/poi-tracker-compatibility.md,
// "show, find, add, remove, import"). Shape errors name the JSON key.

import { changeSet, repoPath } from './inventories.js'
import { list, str } from '../core/args.js'
import { compareNames, type Inventory, type Package } from '../inventory/model.js'
import { addToWorkload } from '../inventory/operations.js'
import { serializeInventory } from '../inventory/serialize.js'
import { decodeBytes } from '../core/decode.js'
import { jsonErrorPosition } from '../core/json-locate.js'
import { CommandError, type Command, type CommandContext, type CommandResult } from './types.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

class ShapeError extends Error {}

function obj(v: Json | undefined, where: string): { [k: string]: Json } {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ShapeError(`${where} must be an object`)
  return v
}
function reqString(o: { [k: string]: Json }, key: string, where: string): string {
  const v = o[key]
  if (v === undefined) throw new ShapeError(`${where}: missing field \`${key}\``)
  if (typeof v !== 'string') throw new ShapeError(`${where}.${key} must be a string`)
  return v
}
function optString(o: { [k: string]: Json }, key: string, where: string): string | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'string') throw new ShapeError(`${where}.${key} must be a string or null`)
  return v
}
function optArray(o: { [k: string]: Json }, key: string, where: string): Json[] | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v)) throw new ShapeError(`${where}.${key} must be an array`)
  return v
}
function strings(v: Json[], where: string): string[] {
  return v.map((x, i) => {
    if (typeof x !== 'string') throw new ShapeError(`${where}[${i}] must be a string`)
    return x
  })
}

export function importLegacyJson(text: string): Inventory {
  let doc: Json
  try {
    doc = JSON.parse(text) as Json
  } catch (e) {
    const { line, column } = jsonErrorPosition(text)
    const cause = (e as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (\.\.\.)?".*$/s, '')
    throw new ShapeError(`${cause} at line ${line} column ${column}`)
  }
  const root = obj(doc, 'the document')
  const packages: Package[] = (optArray(root, 'srpm_packages', 'document') ?? []).map((raw, i) => {
    const where = `srpm_packages[${i}]`
    const s = obj(raw, where)
    const pkg: Package = { name: reqString(s, 'name', where) }
    const poc = optString(s, 'poc', where)
    const reason = optString(s, 'reason', where)
    if (poc !== undefined) pkg.poc = poc
    if (reason !== undefined) pkg.reason = reason
    const rpms: string[] = []
    const arch: Record<string, string[]> = {}
    ;(optArray(s, 'rpm_packages', where) ?? []).forEach((r, j) => {
      const rw = `${where}.rpm_packages[${j}]`
      const ro = obj(r, rw)
      const name = reqString(ro, 'name', rw)
      const arches = optArray(ro, 'arches', rw)
      if (arches === undefined) rpms.push(name)
      else for (const a of strings(arches, `${rw}.arches`)) (arch[a] ??= []).push(name)
    })
    if (rpms.length > 0) pkg.rpms = rpms
    if (Object.keys(arch).length > 0) pkg.arch_rpms = Object.fromEntries(Object.keys(arch).sort(compareNames).map((a) => [a, arch[a]]))
    return pkg
  })
  packages.sort((a, b) => compareNames(a.name, b.name))
  return {
    meta: {
      name: reqString(root, 'name', 'document'),
      description: reqString(root, 'description', 'document'),
      maintainer: reqString(root, 'maintainer', 'document'),
      labels: strings(optArray(root, 'labels', 'document') ?? [], 'labels'),
      private_fields: [],
      workloads: new Map()
    },
    packages
  }
}

export const importCommand: Command = {
  spec: {
    name: 'import',
    summary: 'Convert a legacy JSON inventory to TOML (poi-tracker\'s canonical layout).',
    positionals: ['JSON_FILE'],
    positionalPaths: 'read',
    flags: [
      { name: 'output', short: 'o', kind: 'string', metavar: 'OUT', path: 'write', help: 'output file (default inventory.toml; an existing file is replaced)' },
      { name: 'private-fields', kind: 'list', metavar: 'FIELDS', help: 'set private_fields' },
      { name: 'workload', kind: 'list', metavar: 'KEYS', help: 'add every imported package to these workloads' }
    ]
  },
  async run(ctx: CommandContext): Promise<CommandResult> {
    const [input] = ctx.args.positionals
    if (input === undefined) throw new CommandError('import needs a JSON_FILE', 2)
    const path = repoPath(input)
    const bytes = await ctx.workspace.read(path)
    if (bytes === undefined) throw new CommandError(`failed to read ${input}: no such file`)
    let inv: Inventory
    try {
      inv = importLegacyJson(decodeBytes(bytes).text)
    } catch (e) {
      if (e instanceof ShapeError) throw new CommandError(`failed to parse JSON ${input}: ${e.message}`)
      throw e
    }
    const priv = list(ctx.args, 'private-fields')
    if (ctx.args.flags.has('private-fields')) inv.meta.private_fields = priv
    for (const w of list(ctx.args, 'workload')) for (const p of inv.packages) addToWorkload(inv, w, p.name)
    const out = repoPath(str(ctx.args, 'output') ?? 'inventory.toml')
    const before = await ctx.workspace.read(out)
    ctx.log(`Imported ${inv.packages.length} package(s) from ${input} into ${out}`)
    return {
      exitCode: 0, findings: [],
      changeSet: changeSet(ctx, [{ path: out, before: before ? Buffer.from(before).toString('utf8') : null, after: serializeInventory(inv) }],
        inv.packages.map((p) => ({ file: out, package: p.name, kind: 'added' as const })), [path])
    }
  }
}
