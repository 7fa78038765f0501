// "Did you mean" for misspelt keys, flags and commands: the closest known word within a small edit distance.

/** Edits between two words, a swap of two neighbouring letters counting as one (the commonest typo). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/-/g, '_')
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = norm(word) === norm(c) ? 0 : editDistance(norm(word), norm(c))
    if (d < bestDistance) { best = c; bestDistance = d }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)))
  return bestDistance <= limit ? best : undefined
}
