// Where a value sits in a JSON text: the line and column of the member or
// element a schema error names (`actions[3].set.status`), so a plan error
// points at the line a reviewer edited. The deepest part of the path that
// exists is used when the rest does not (a missing field points at its object).

export type JsonPath = ReadonlyArray<string | number>

export function jsonPathPosition(text: string, path: JsonPath): { line: number; column: number } {
  const offset = jsonPathOffset(text, path)
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}

/** The offset of the key (for members) or value (for elements) at `path`, or of its deepest existing ancestor. */
export function jsonPathOffset(text: string, path: JsonPath): number {
  let i = 0
  let best = 0
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const str = (): string => {
    const start = i
    i++
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
    try {
      return JSON.parse(text.slice(start, i)) as string
    } catch {
      return ''
    }
  }
  // Returns false when the text is not valid enough to go on.
  const value = (depth: number): boolean => {
    ws()
    const c = text[i]
    const want = path[depth]
    if (c === '{') {
      i++
      for (;;) {
        ws()
        if (text[i] === '}') { i++; return true }
        if (text[i] !== '"') return false
        const keyAt = i
        const key = str()
        ws()
        if (text[i] !== ':') return false
        i++
        const hit = depth < path.length && key === want
        if (hit) best = keyAt
        if (hit && depth + 1 === path.length) return false
        if (!value(hit ? depth + 1 : Infinity)) return false
        ws()
        if (text[i] === ',') { i++; continue }
        if (text[i] === '}') { i++; return true }
        return false
      }
    }
    if (c === '[') {
      i++
      for (let index = 0; ; index++) {
        ws()
        if (text[i] === ']') { i++; return true }
        const hit = depth < path.length && index === want
        if (hit) best = i
        if (hit && depth + 1 === path.length) return false
        if (!value(hit ? depth + 1 : Infinity)) return false
        ws()
        if (text[i] === ',') { i++; continue }
        if (text[i] === ']') { i++; return true }
        return false
      }
    }
    if (c === '"') { str(); return true }
    const m = /^[-+0-9.eE]+|^true|^false|^null/.exec(text.slice(i, i + 400))
    if (!m) return false
    i += m[0].length
    return true
  }
  value(0)
  return best
}
