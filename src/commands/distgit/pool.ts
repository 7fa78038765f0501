// Bounded concurrency with results in input order. Once a task fails no new
// task starts (the run is going to fail anyway, and a struggling service
// should not get more load); tasks already running finish first.

export type Settled<R> = { status: 'done'; value: R } | { status: 'failed'; error: unknown } | { status: 'skipped' }

/** Runs `fn` over `items` with at most `limit` in flight; one result per item, in input order. */
export async function runLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<Settled<R>[]> {
  const results: Settled<R>[] = items.map(() => ({ status: 'skipped' }))
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++
      try {
        results[i] = { status: 'done', value: await fn(items[i], i) }
      } catch (error) {
        results[i] = { status: 'failed', error }
        failed = true
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

/** Like runLimited, but throws the failure that comes first in input order (as poi-tracker reports it), not the first to happen. */
export async function mapOrdered<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const settled = await runLimited(items, limit, fn)
  const failure = settled.find((s) => s.status === 'failed')
  if (failure) throw failure.error
  return settled.map((s) => (s as { value: R }).value)
}
