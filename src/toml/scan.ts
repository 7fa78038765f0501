// A structural scanner for TOML text that smol-toml has already accepted.
//
// smol-toml gives the values; this gives their positions: every table header,
// key and value with its byte span, so findings can point at a line and column
// and edits can splice text without touching anything around it. It does not
// validate: it only has to be right for valid TOML (1.0 and 1.1).
//
// One pass finds the table headers and allocates nothing for keys and values;
// a table's entries are scanned when first asked for, and line starts are
// computed only when a position is reported. An edit of a large file pays only
// for the tables it touches.

export interface ValueNode {
  start: number
  end: number
  kind: 'string' | 'array' | 'table' | 'scalar'
  /** Items of an array value. */
  items?: ValueNode[]
  /** Key/values of an inline table. */
  entries?: KeyValueNode[]
}

export interface KeyValueNode {
  /** Dotted key segments, decoded. */
  key: string[]
  keyStart: number
  keyEnd: number
  value: ValueNode
  /** Offset of the first character of the line the key is on. */
  lineStart: number
  /** Offset just past the line break that ends the value's last line (or EOF). */
  lineEnd: number
}

export interface TableNode {
  kind: 'root' | 'table' | 'array'
  /** Header key segments as written (`[[package]]` → ['package']). */
  key: string[]
  /** Logical path with array-of-tables indices (`['package', 3, 'arch_rpms']`). */
  path: Array<string | number>
  /** Offset of the line holding the header (0 for the root table). */
  lineStart: number
  headerStart: number
  headerEnd: number
  /** Offset just past the header line's line break. */
  bodyStart: number
  /** Offset of the line of the next header, or the text length. */
  end: number
  /** The table's key/values, scanned on first use. */
  readonly entries: KeyValueNode[]
}

export interface ScannedToml {
  text: string
  tables: TableNode[]
  /** Offsets of every line start, computed on first use. */
  readonly lineStarts: number[]
}

// A whole `key = value` line whose value is a one-line string, a bare scalar, or an array of
// strings (over several lines, with comments): most lines of an inventory. Skipped by the regex
// engine; anything else (multi-line strings, inline tables, nested arrays, dates with a space)
// does not match and goes through the scanner.
const STR = String.raw`"(?:[^"\\\n]|\\.)*"|'[^'\n]*'`
const KEY = String.raw`(?:[A-Za-z0-9_-]+|${STR})`
const VALUE = String.raw`(?:${STR}|\[(?:[ \t\r\n,]|#[^\n]*|${STR})*\]|[^ \t\r\n#,\[\]{}"']+)`
const SIMPLE_LINE = new RegExp(String.raw`${KEY}(?:[ \t]*\.[ \t]*${KEY})*[ \t]*=[ \t]*${VALUE}[ \t]*(?:#[^\n]*)?(?:\r?\n|$)`, 'y')

const SPACE = 0x20
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const HASH = 0x23

/** `fastLines` false scans every line by hand (what the regex shortcut is tested against). */
export function scanToml(text: string, fastLines = true): ScannedToml {
  return new Scanner(text).scan(fastLines)
}

/** 1-based line and column (in UTF-16 code units + 1) of an offset. */
export function lineColumn(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0]
  let nl = text.indexOf('\n')
  while (nl >= 0) {
    starts.push(nl + 1)
    nl = text.indexOf('\n', nl + 1)
  }
  return starts
}

class Scanned implements ScannedToml {
  private starts?: number[]
  constructor(readonly text: string, readonly tables: TableNode[]) {}

  get lineStarts(): number[] {
    return (this.starts ??= computeLineStarts(this.text))
  }
}

class LazyTable implements TableNode {
  private scanned?: KeyValueNode[]
  end: number

  constructor(
    private readonly text: string,
    readonly kind: TableNode['kind'],
    readonly key: string[],
    readonly path: Array<string | number>,
    readonly lineStart: number,
    readonly headerStart: number,
    readonly headerEnd: number,
    readonly bodyStart: number
  ) {
    this.end = text.length
  }

  get entries(): KeyValueNode[] {
    return (this.scanned ??= new Scanner(this.text, this.bodyStart, this.end).entries())
  }
}

class Scanner {
  private pos: number
  private readonly arrayCounts = new Map<string, number>()
  /** Header key parts seen before: 110,000 headers hold one 'package' string, not 110,000. */
  private readonly names = new Map<string, string>()

  constructor(private readonly text: string, start = 0, private readonly limit = text.length) {
    this.pos = start
  }

  scan(fastLines: boolean): ScannedToml {
    const { text } = this
    const root = new LazyTable(text, 'root', [], [], 0, 0, 0, 0)
    const tables: TableNode[] = [root]
    let current = root
    for (;;) {
      this.skipBlankAndComments()
      if (this.pos >= text.length) break
      const before = this.pos
      if (text.charCodeAt(this.pos) === 0x5b /* [ */) {
        const lineStart = this.lineStartOf(this.pos)
        current.end = lineStart
        current = this.header(lineStart)
        tables.push(current)
      } else {
        SIMPLE_LINE.lastIndex = this.pos
        if (fastLines && SIMPLE_LINE.test(text)) this.pos = SIMPLE_LINE.lastIndex
        else this.keyValue(true, false)
      }
      if (this.pos <= before) this.pos = before + 1 // never loop on unexpected input
    }
    current.end = text.length
    return new Scanned(text, tables)
  }

  /** The key/values from the start offset up to the limit (one table's body). */
  entries(): KeyValueNode[] {
    const out: KeyValueNode[] = []
    for (;;) {
      this.skipBlankAndComments()
      if (this.pos >= this.limit) break
      const before = this.pos
      out.push(this.keyValue(true, true) as KeyValueNode)
      if (this.pos <= before) this.pos = before + 1
    }
    return out
  }

  private header(lineStart: number): LazyTable {
    const { text } = this
    const headerStart = this.pos
    const isArray = text.charCodeAt(this.pos + 1) === 0x5b
    this.pos += isArray ? 2 : 1
    const key = this.key(true).map((k) => {
      const seen = this.names.get(k)
      if (seen !== undefined) return seen
      this.names.set(k, k)
      return k
    })
    this.skipSpaces()
    this.pos += isArray ? 2 : 1 // ] or ]]
    const headerEnd = this.pos
    this.skipToLineEnd()
    return new LazyTable(text, isArray ? 'array' : 'table', key, this.logicalPath(key, isArray), lineStart, headerStart, headerEnd, this.pos)
  }

  /** Resolves array-of-tables indices: `[package.arch_rpms]` after the 4th `[[package]]` → package/3/arch_rpms. */
  private logicalPath(key: string[], isArray: boolean): Array<string | number> {
    // The common headers, without building ids: [[package]] and [package.arch_rpms].
    const counted = this.arrayCounts.get(key[0])
    if (key.length === 1 && isArray && this.arrayCounts.size <= 1 && (counted !== undefined || this.arrayCounts.size === 0)) {
      this.arrayCounts.set(key[0], (counted ?? 0) + 1)
      return [key[0], counted ?? 0]
    }
    if (key.length === 2 && !isArray && counted !== undefined && this.arrayCounts.size === 1) return [key[0], counted - 1, key[1]]
    const path: Array<string | number> = []
    let id = ''
    for (let i = 0; i < key.length; i++) {
      path.push(key[i])
      id = i === 0 ? key[0] : id + '\u0000' + key[i]
      const last = i === key.length - 1
      if (last && isArray) {
        const n = this.arrayCounts.get(id) ?? 0
        this.arrayCounts.set(id, n + 1)
        // A new element resets the counters of arrays nested below the old one.
        for (const k of this.arrayCounts.keys()) if (k.startsWith(id + '\u0000')) this.arrayCounts.delete(k)
        path.push(n)
        id += '\u0000' + n
      } else if (this.arrayCounts.has(id)) {
        const n = (this.arrayCounts.get(id) ?? 1) - 1
        path.push(n)
        id += '\u0000' + n
      }
    }
    return path
  }

  /** A key/value; with `build` false it is only skipped (nothing allocated) and undefined is returned. */
  private keyValue(topLevel: boolean, build: boolean): KeyValueNode | undefined {
    const lineStart = build ? this.lineStartOf(this.pos) : 0
    const keyStart = this.pos
    const key = this.key(build)
    const keyEnd = this.pos
    this.skipSpaces()
    if (this.text.charCodeAt(this.pos) === 0x3d /* = */) this.pos++
    this.skipSpaces()
    const value = this.value(build)
    let lineEnd = this.pos
    if (topLevel) {
      this.skipToLineEnd()
      lineEnd = this.pos
    }
    if (!build || !value) return undefined
    return { key, keyStart, keyEnd: trimEnd(this.text, keyStart, keyEnd), value, lineStart, lineEnd }
  }

  private key(build: boolean): string[] {
    const { text } = this
    const parts: string[] = []
    for (;;) {
      this.skipSpaces()
      const c = text.charCodeAt(this.pos)
      if (c === 0x22 /* " */) {
        const start = this.pos
        this.pos = endOfBasicString(text, this.pos)
        if (build) parts.push(decodeBasic(text.slice(start + 1, this.pos - 1)))
      } else if (c === 0x27 /* ' */) {
        const close = text.indexOf("'", this.pos + 1)
        const end = close < 0 ? text.length : close
        if (build) parts.push(text.slice(this.pos + 1, end))
        this.pos = end + 1
      } else {
        const start = this.pos
        while (this.pos < text.length && isBareKeyChar(text.charCodeAt(this.pos))) this.pos++
        if (build) parts.push(text.slice(start, this.pos))
        if (this.pos === start) break
      }
      this.skipSpaces()
      if (text.charCodeAt(this.pos) !== 0x2e /* . */) break
      this.pos++
    }
    return parts
  }

  private value(build: boolean): ValueNode | undefined {
    const { text } = this
    const start = this.pos
    const c = text.charCodeAt(start)
    if (c === 0x22 /* " */) {
      this.pos = text.startsWith('"""', start) ? endOfMultiline(text, start, '"') : endOfBasicString(text, start)
      return build ? { start, end: this.pos, kind: 'string' } : undefined
    }
    if (c === 0x27 /* ' */) {
      if (text.startsWith("'''", start)) this.pos = endOfMultiline(text, start, "'")
      else {
        const close = text.indexOf("'", start + 1)
        this.pos = close < 0 ? text.length : close + 1
      }
      return build ? { start, end: this.pos, kind: 'string' } : undefined
    }
    if (c === 0x5b /* [ */) {
      this.pos++
      const items: ValueNode[] = []
      for (;;) {
        this.skipBlankAndComments()
        if (this.pos >= text.length) break
        if (text.charCodeAt(this.pos) === 0x5d /* ] */) { this.pos++; break }
        const before = this.pos
        const item = this.value(build)
        if (item) items.push(item)
        this.skipBlankAndComments()
        if (text.charCodeAt(this.pos) === 0x2c /* , */) this.pos++
        if (this.pos === before) this.pos++
      }
      return build ? { start, end: this.pos, kind: 'array', items } : undefined
    }
    if (c === 0x7b /* { */) {
      this.pos++
      const entries: KeyValueNode[] = []
      for (;;) {
        this.skipBlankAndComments()
        if (this.pos >= text.length) break
        if (text.charCodeAt(this.pos) === 0x7d /* } */) { this.pos++; break }
        const before = this.pos
        const kv = this.keyValue(false, build)
        if (kv) entries.push(kv)
        this.skipBlankAndComments()
        if (text.charCodeAt(this.pos) === 0x2c /* , */) this.pos++
        if (this.pos === before) this.pos++
      }
      return build ? { start, end: this.pos, kind: 'table', entries } : undefined
    }
    // Numbers, booleans, dates. A date and a time may be separated by one space.
    while (this.pos < text.length && !isScalarEnd(text.charCodeAt(this.pos))) this.pos++
    if (this.pos - start === 10 && /^\d{4}-\d{2}-\d{2}$/.test(text.slice(start, this.pos)) && /^ \d{2}:/.test(text.slice(this.pos, this.pos + 4))) {
      this.pos++
      while (this.pos < text.length && !isScalarEnd(text.charCodeAt(this.pos))) this.pos++
    }
    return build ? { start, end: this.pos, kind: 'scalar' } : undefined
  }

  private skipSpaces(): void {
    const { text } = this
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos)
      if (c !== SPACE && c !== TAB) break
      this.pos++
    }
  }

  private skipBlankAndComments(): void {
    const { text } = this
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos)
      if (c === SPACE || c === TAB || c === LF || c === CR) this.pos++
      else if (c === HASH) {
        const nl = text.indexOf('\n', this.pos)
        this.pos = nl < 0 ? text.length : nl + 1
      } else break
    }
  }

  /** Skips trailing spaces, a comment and the line break. */
  private skipToLineEnd(): void {
    this.skipSpaces()
    const nl = this.text.indexOf('\n', this.pos)
    if (this.text.charCodeAt(this.pos) === HASH || this.text.charCodeAt(this.pos) === CR || this.text.charCodeAt(this.pos) === LF) {
      this.pos = nl < 0 ? this.text.length : nl + 1
    }
  }

  private lineStartOf(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--
  return end
}

function isBareKeyChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f
}

function isScalarEnd(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || c === 0x2c || c === 0x5d || c === 0x7d || c === HASH
}

/** Offset just past the closing quote of a basic string starting at `start`. */
function endOfBasicString(text: string, start: number): number {
  let i = start + 1
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 0x5c /* \ */) i += 2
    else if (c === 0x22) return i + 1
    else if (c === LF) return i
    else i++
  }
  return text.length
}

/** Offset past the closing delimiter of a multi-line string; up to two quotes may end the content. */
function endOfMultiline(text: string, start: number, quote: '"' | "'"): number {
  let i = start + 3
  const delim = quote.repeat(3)
  while (i < text.length) {
    if (quote === '"' && text.charCodeAt(i) === 0x5c) { i += 2; continue }
    if (text.startsWith(delim, i)) {
      let run = 3
      while (run < 5 && text[i + run] === quote) run++
      return i + run
    }
    i++
  }
  return text.length
}

const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' }

/** Decodes the body of a TOML basic string (escapes of TOML 1.1). */
export function decodeBasic(body: string): string {
  if (!body.includes('\\')) return body
  return body.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_m, e: string) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16))
    return ESCAPES[e] ?? e
  })
}
