// The world helper of the triage test files (jest only; the benchmark uses harness.ts alone).

import { afterEach } from '@jest/globals'
import { F45_F43, startWorld, type FakeOptions, type Fakes, type World } from './harness.js'

/**
 * A `world(w, options)` for a test file: worlds start from `defaults` and are
 * closed after each test (a fake that got an unknown request fails it then).
 */
export function worldsFor(defaults: Partial<World>, fixed: FakeOptions = {}): (w: Partial<World>, o?: FakeOptions) => Promise<Fakes> {
  const open: Fakes[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((f) => f.close()))
  })
  return async (w, o = {}) => {
    const f = await startWorld({ bugs: [], projects: [], releases: F45_F43, ...defaults, ...w }, { ...fixed, ...o })
    open.push(f)
    return f
  }
}

