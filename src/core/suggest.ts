// "Did you mean" for misspelt keys: the closest known key within a small edit distance.

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = up
    }
  }
  return prev[b.length]
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
