// A FIFO counting semaphore: bounds the requests one client has in flight
// against its host, and serves waiters in arrival order so no call starves.

export class Limiter {
  readonly #max: number
  #active = 0
  readonly #waiting: Array<() => void> = []

  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`limit must be a positive integer, got ${max}`)
    this.#max = max
  }

  get active(): number {
    return this.#active
  }

  get pending(): number {
    return this.#waiting.length
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.#acquire()
    try {
      return await task()
    } finally {
      this.#release()
    }
  }

  #acquire(): Promise<void> {
    if (this.#active < this.#max) {
      this.#active++
      return Promise.resolve()
    }
    // The slot is handed over directly in #release, so #active stays counted.
    return new Promise((resolve) => this.#waiting.push(resolve))
  }

  #release(): void {
    const next = this.#waiting.shift()
    if (next) next()
    else this.#active--
  }
}
