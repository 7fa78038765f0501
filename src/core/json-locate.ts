// Positions in a JSON text, for errors with a line and column: where the text
// stops being valid (Node 20's JSON.parse messages often carry no position),
// and where the value a schema error names sits (`actions[3].set.status`, or
// its deepest existing ancestor when the rest is missing). One strict
// recursive-descent scan serves both.

export type JsonPath = ReadonlyArray<string | number>

/** Where the scan stopped; thrown to unwind the recursion at once. */
class JsonStop extends Error {
  constructor(readonly offset: number) {
    super(`invalid JSON at offset ${offset}`)
  }
}

interface Scan {
  /** Where the text stops being valid JSON, or -1. */
  errorOffset: number
  /** The key (for a member) or the value (for an element) at the path, or its deepest existing ancestor. */
  pathOffset: number
}

function scan(text: string, path: JsonPath): Scan {
  let i = 0
  let best = 0
  const ws = (): void => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++ }
  const fail = (): never => { throw new JsonStop(i) }
  const literal = (word: string): void => { if (text.startsWith(word, i)) i += word.length; else fail() }
  const string = (): string => {
    if (text[i] !== '"') fail()
    const start = i++
    let escaped = false
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail()
      if (text[i] === '\\') { escaped = true; i += 2 } else i++
    }
    if (i >= text.length) fail()
    i++
    if (!escaped) return text.slice(start + 1, i - 1)
    try {
      return JSON.parse(text.slice(start, i)) as string
    } catch {
      return fail()
    }
  }
  /** `onPath`: this value is the one path[0..depth) leads to. */
  const value = (depth: number, onPath: boolean): void => {
    if (depth > 10000) fail()
    ws()
    const c = text[i]
    const want = onPath && depth < path.length ? path[depth] : undefined
    if (c === '{') {
      i++; ws()
      if (text[i] === '}') { i++; return }
      for (;;) {
        ws()
        const keyAt = i
        const hit = string() === want
        if (hit) best = keyAt
        ws()
        if (text[i] !== ':') fail()
        i++; value(depth + 1, hit); ws()
        if (text[i] === ',') { i++; continue }
        if (text[i] === '}') { i++; return }
        fail()
      }
    } else if (c === '[') {
      i++; ws()
      if (text[i] === ']') { i++; return }
      for (let index = 0; ; index++) {
        ws()
        const hit = index === want
        if (hit) best = i
        value(depth + 1, hit); ws()
        if (text[i] === ',') { i++; continue }
        if (text[i] === ']') { i++; return }
        fail()
      }
    } else if (c === '"') string()
    else if (c === 't') literal('true')
    else if (c === 'f') literal('false')
    else if (c === 'n') literal('null')
    else {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
      if (!m || m[0] === '' || m[0] === '-') fail()
      i += (m as RegExpExecArray)[0].length
    }
  }
  try {
    value(0, true)
    ws()
    if (i < text.length) fail()
    return { errorOffset: -1, pathOffset: best }
  } catch (e) {
    // Deeply nested input overflows the stack: that position is unknown, so the start is shown.
    return { errorOffset: e instanceof JsonStop ? Math.min(e.offset, text.length) : 0, pathOffset: best }
  }
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}

/** The line and column where the text stops being valid JSON (the start when it is valid). */
export function jsonErrorPosition(text: string): { line: number; column: number } {
  return positionOf(text, Math.max(0, scan(text, []).errorOffset))
}

/** The line and column of the member or element at `path` (or of its deepest existing ancestor). */
export function jsonPathPosition(text: string, path: JsonPath): { line: number; column: number } {
  return positionOf(text, scan(text, path).pathOffset)
}
