// Polite forge traffic, shared by both clients: writes are spaced (GitHub's
// secondary limits punish bursts of content-creating requests), rate-limit
// answers are retried after the wait the forge asks for (Retry-After, or
// x-ratelimit-reset), and every request is counted so a run can report — and
// a test can assert — how many reads and writes it made.

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

export interface PacingOptions {
  /** Minimum time between two writes; default 1000 ms (octokit's throttling default). */
  writeSpacingMs?: number
  /** Retries per request after a rate-limit or transient answer; default 3. */
  maxRetries?: number
  /** Longest single wait the run accepts before giving up; default 5 minutes. */
  maxWaitMs?: number
  clock?: Clock
}

export interface FailedAnswer {
  status: number
  headers: Record<string, string | undefined>
  message: string
}

export type RetryDecision = { retry: true; waitMs: number } | { retry: false; rateLimited: boolean }

/** GitHub's advice for a secondary limit without Retry-After: wait at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000
const TRANSIENT_BASE_WAIT_MS = 1_000

export class Pacer {
  private readonly spacing: number
  private readonly maxRetries: number
  private readonly maxWait: number
  readonly clock: Clock
  private lastWrite = -Infinity
  private reads = 0
  private writes = 0

  constructor(options: PacingOptions = {}) {
    this.spacing = options.writeSpacingMs ?? 1000
    this.maxRetries = options.maxRetries ?? 3
    this.maxWait = options.maxWaitMs ?? 300_000
    this.clock = options.clock ?? systemClock
  }

  counts(): { reads: number; writes: number } {
    return { reads: this.reads, writes: this.writes }
  }

  /** Call right before sending; waits as long as write spacing requires. */
  async beforeSend(method: string): Promise<void> {
    if (isRead(method)) {
      this.reads++
      return
    }
    this.writes++
    const wait = this.lastWrite + this.spacing - this.clock.now()
    if (wait > 0) await this.clock.sleep(wait)
    this.lastWrite = this.clock.now()
  }

  /** Whether (and after how long) to resend a request that got this answer on the given attempt (0-based). */
  decide(attempt: number, answer: FailedAnswer): RetryDecision {
    const wait = this.waitFor(attempt, answer)
    if (wait === null) return { retry: false, rateLimited: false }
    const rateLimited = answer.status === 429 || answer.status === 403
    if (attempt >= this.maxRetries || wait > this.maxWait) return { retry: false, rateLimited }
    return { retry: true, waitMs: wait }
  }

  private waitFor(attempt: number, { status, headers, message }: FailedAnswer): number | null {
    const retryAfter = parseRetryAfter(headers['retry-after'], this.clock.now())
    if ((status === 429 || status === 403) && retryAfter !== null) return retryAfter
    if ((status === 429 || status === 403) && headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
      return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - this.clock.now()) + 1000
    }
    if (status === 429 || (status === 403 && /secondary rate limit|abuse detection/i.test(message))) {
      return SECONDARY_LIMIT_WAIT_MS * 2 ** attempt
    }
    if (status === 502 || status === 503 || status === 504) return TRANSIENT_BASE_WAIT_MS * 2 ** attempt
    return null
  }
}

export function isRead(method: string): boolean {
  const m = method.toUpperCase()
  return m === 'GET' || m === 'HEAD'
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (value === undefined || value.trim() === '') return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}
