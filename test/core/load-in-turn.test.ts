// On-demand modules load one at a time (src/core/load-in-turn.ts):
// a load starts only once every earlier one has settled, a failure does not stop
// the next, and a lazy module loads once however often it is asked for.

import { describe, expect, test } from '@jest/globals'
import { lazyModule, loadInTurn } from '../../src/core/load-in-turn.js'

const settle = () => new Promise((r) => setImmediate(r))

describe('loadInTurn', () => {
  test('a load starts only after the one before it settled, failed or not', async () => {
    const events: string[] = []
    const gates = new Map<string, () => void>()
    const load = (name: string, fail = false) => () => {
      events.push(`start ${name}`)
      return new Promise<string>((resolve, reject) => gates.set(name, () => (fail ? reject(new Error(name)) : resolve(name))))
    }
    const a = loadInTurn(load('a', true))
    const b = loadInTurn(load('b'))
    await settle()
    expect(events).toEqual(['start a'])
    gates.get('a')!()
    await expect(a).rejects.toThrow('a')
    await settle()
    expect(events).toEqual(['start a', 'start b'])
    gates.get('b')!()
    await expect(b).resolves.toBe('b')
  })

  test('a lazy module loads once; warm starts it, and a failed load reaches get(), not the process', async () => {
    let loads = 0
    const m = lazyModule(async () => ({ n: ++loads }))
    m.warm()
    m.warm()
    expect(await m.get()).toEqual({ n: 1 })
    expect(await m.get()).toEqual({ n: 1 })
    expect(loads).toBe(1)
    const broken = lazyModule(() => Promise.reject(new Error('missing chunk')))
    broken.warm()
    await settle()
    await expect(broken.get()).rejects.toThrow('missing chunk')
  })
})
