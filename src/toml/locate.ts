// Maps logical TOML paths (['package', 3, 'rpms', 1]) to source offsets, from
// the scanner's spans, so every finding can name a line and column.

import { lineColumn, type KeyValueNode, type ScannedToml, type ValueNode } from './scan.js'

export type TomlPath = ReadonlyArray<string | number>

const SEP = '\u0000'
const keyOf = (path: TomlPath): string => path.join(SEP)

export class TomlLocator {
  private readonly offsets = new Map<string, number>()

  constructor(private readonly scan: ScannedToml) {
    for (const table of scan.tables) {
      if (table.kind !== 'root') this.note(table.path, table.headerStart)
      for (const kv of table.entries) this.noteEntry(table.path, kv)
    }
  }

  private note(path: TomlPath, offset: number): void {
    const k = keyOf(path)
    if (!this.offsets.has(k)) this.offsets.set(k, offset)
  }

  private noteEntry(base: TomlPath, kv: KeyValueNode): void {
    const path = [...base]
    for (const part of kv.key) {
      path.push(part)
      this.note(path, kv.keyStart)
    }
    this.noteValue(path, kv.value)
  }

  private noteValue(path: Array<string | number>, value: ValueNode): void {
    if (value.items) value.items.forEach((item, i) => { this.note([...path, i], item.start); this.noteValue([...path, i], item) })
    if (value.entries) for (const kv of value.entries) this.noteEntry(path, kv)
  }

  /** Offset of the most specific known prefix of `path`. */
  offset(path: TomlPath): number {
    for (let n = path.length; n > 0; n--) {
      const o = this.offsets.get(keyOf(path.slice(0, n)))
      if (o !== undefined) return o
    }
    return 0
  }

  position(path: TomlPath): { line: number; column: number } {
    return lineColumn(this.scan.lineStarts, this.offset(path))
  }
}
