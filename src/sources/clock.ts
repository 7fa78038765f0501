// The one clock of the network layer: what time it is and how to wait. Tests
// pass a clock whose sleep returns at once, so waits are measured, not slept.

import { setTimeout as sleepFor } from 'node:timers/promises'

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => sleepFor(ms).then(() => undefined),
}
