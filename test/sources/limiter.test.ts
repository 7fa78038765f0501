import { describe, expect, test } from '@jest/globals'
import { Limiter } from '../../src/sources/limiter.js'

/** Waits until `ready()` holds, however many turns of the event loop the limiter needs: no fixed tick count. */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((r) => setImmediate(r))
}

describe('Limiter', () => {
  test('runs at most N tasks at once and starts waiters in arrival order', async () => {
    const limiter = new Limiter(2)
    const started: number[] = []
    const release: Array<() => void> = []
    const tasks = [0, 1, 2, 3, 4].map((i) =>
      limiter.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(i)
            release[i] = () => resolve(i)
          }),
      ),
    )
    await until(() => started.length === 2 && limiter.pending === 3)
    expect(started).toEqual([0, 1])
    release[1]()
    await tasks[1]
    await until(() => started.length === 3)
    expect(started).toEqual([0, 1, 2])
    release[0]()
    release[2]()
    await Promise.all([tasks[0], tasks[2]])
    await until(() => started.length === 5)
    expect(started).toEqual([0, 1, 2, 3, 4])
    expect(limiter.active).toBe(2)
    release[3]()
    release[4]()
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4])
    expect(limiter.active).toBe(0)
  })

  test('a failing task frees its slot', async () => {
    const limiter = new Limiter(1)
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await limiter.run(async () => 'next')).toBe('next')
    expect(() => new Limiter(0)).toThrow(RangeError)
  })
})
