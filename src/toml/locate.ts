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
      const base = keyOf(table.path)
      if (table.kind !== 'root') this.note(base, table.headerStart)
      for (const kv of table.entries) this.noteEntry(base, kv)
    }
  }

  // Keys are built incrementally (prefix + SEP + part): a key with thousands of
  // dotted parts must not cost a join per part.
  private note(key: string, offset: number): void {
    if (!this.offsets.has(key)) this.offsets.set(key, offset)
  }

  private noteEntry(base: string, kv: KeyValueNode): void {
    let key = base
    for (const part of kv.key) {
      key = key === '' ? part : key + SEP + part
      this.note(key, kv.keyStart)
    }
    this.noteValue(key, kv.value)
  }

  private noteValue(key: string, value: ValueNode): void {
    if (value.items) {
      value.items.forEach((item, i) => {
        const k = key === '' ? String(i) : key + SEP + i
        this.note(k, item.start)
        this.noteValue(k, item)
      })
    }
    if (value.entries) for (const kv of value.entries) this.noteEntry(key, kv)
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
