// Splits a command line the way a POSIX shell would split words (quotes and
// backslashes), without ever running a shell: `args` inputs and `run = "…"`
// job lines are data, so $(…), ;, | and globs are just characters.

export class SplitError extends Error {
  readonly exitCode = 2
}

export function shellSplit(line: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let i = 0
  while (i < line.length) {
    const c = line[i]
    if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0) throw new SplitError(`unterminated single quote in: ${line}`)
      word += line.slice(i + 1, end)
      inWord = true
      i = end + 1
    } else if (c === '"') {
      i++
      for (;;) {
        if (i >= line.length) throw new SplitError(`unterminated double quote in: ${line}`)
        const d = line[i]
        if (d === '"') break
        if (d === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1])) {
          if (line[i + 1] !== '\n') word += line[i + 1]
          i += 2
        } else {
          word += d
          i++
        }
      }
      inWord = true
      i++
    } else if (c === '\\') {
      if (i + 1 >= line.length) throw new SplitError(`trailing backslash in: ${line}`)
      if (line[i + 1] !== '\n') { word += line[i + 1]; inWord = true }
      i += 2
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word)
      word = ''
      inWord = false
      i++
    } else {
      word += c
      inWord = true
      i++
    }
  }
  if (inWord) words.push(word)
  return words
}
