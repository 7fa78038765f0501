// Where a JSON text stops being valid. Node 20's JSON.parse messages often
// carry no position ("Unexpected token '}', ..."), so a small recursive-descent
// scan finds the offset, giving errors a line and column.

/** Where the scan stopped; thrown to unwind the recursion at once. */
class JsonStop extends Error {
  constructor(readonly offset: number) {
    super(`invalid JSON at offset ${offset}`)
  }
}

export function jsonErrorOffset(text: string): number {
  let i = 0
  const ws = (): void => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++ }
  const fail = (): never => { throw new JsonStop(i) }
  const literal = (word: string): void => { if (text.startsWith(word, i)) i += word.length; else fail() }
  const string = (): void => {
    if (text[i] !== '"') fail()
    i++
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail()
      i += text[i] === '\\' ? 2 : 1
    }
    if (i >= text.length) fail()
    i++
  }
  const value = (depth: number): void => {
    if (depth > 10000) fail()
    ws()
    const c = text[i]
    if (c === '{') {
      i++; ws()
      if (text[i] === '}') { i++; return }
      for (;;) {
        ws(); string(); ws()
        if (text[i] !== ':') fail()
        i++; value(depth + 1); ws()
        if (text[i] === ',') { i++; continue }
        if (text[i] === '}') { i++; return }
        fail()
      }
    } else if (c === '[') {
      i++; ws()
      if (text[i] === ']') { i++; return }
      for (;;) {
        value(depth + 1); ws()
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
    value(0)
    ws()
    if (i < text.length) fail()
    return -1
  } catch (e) {
    // Deeply nested input overflows the stack: that position is unknown, so the start is shown.
    return e instanceof JsonStop ? Math.min(e.offset, text.length) : 0
  }
}

export function jsonErrorPosition(text: string): { line: number; column: number } {
  const off = Math.max(0, jsonErrorOffset(text))
  const before = text.slice(0, off)
  return { line: before.split('\n').length, column: off - before.lastIndexOf('\n') }
}
