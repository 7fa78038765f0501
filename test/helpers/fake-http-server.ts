// A local node:http server standing in for a remote service: it records every
// request, tracks how many were in flight at once, and lets each test script
// the answers.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path and query exactly as received. */
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export type Handler = (req: RecordedRequest, res: ServerResponse, raw: IncomingMessage) => void | Promise<void>

export interface FakeServer {
  /** http://127.0.0.1:<port> */
  url: string
  host: string
  requests: RecordedRequest[]
  /** Highest number of requests in flight at once. */
  readonly maxInFlight: number
  /** Requests the handler refused (unknown routes) or failed on; close() throws when there are any. */
  readonly unexpected: string[]
  close(): Promise<void>
}

export async function startFakeHttp(handler: Handler): Promise<FakeServer> {
  const requests: RecordedRequest[] = []
  const unexpected: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  const server = createServer((raw, res) => {
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    let done = false
    const finish = () => {
      if (!done) {
        done = true
        inFlight--
      }
    }
    res.on('finish', finish)
    res.on('close', finish)
    const chunks: Buffer[] = []
    raw.on('data', (c: Buffer) => chunks.push(c))
    raw.on('end', () => {
      const req: RecordedRequest = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks).toString('utf8') }
      requests.push(req)
      // Through a promise so that a handler throwing at once (unknownRoute) is recorded like one that rejects.
      Promise.resolve()
        .then(() => handler(req, res, raw))
        .catch((err: unknown) => {
          unexpected.push(`${req.method} ${req.url}: ${err instanceof Error ? err.message : String(err)}`)
          res.statusCode = 599
          res.end(String(err))
        })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight
    },
    unexpected,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Handlers that never answer (timeout tests) must not keep the server open.
        server.closeAllConnections()
        server.close(() => {
          // A fake never answers an unknown route with a plausible status: the test fails instead.
          if (unexpected.length > 0) reject(new Error(`the fake server got requests it does not serve:\n${unexpected.join('\n')}`))
          else resolve()
        })
      }),
  }
}

/** For a handler's last branch: the route is not part of the documented API this fake plays, so the test fails. */
export function unknownRoute(req: RecordedRequest): never {
  throw new Error(`unknown route ${req.method} ${req.url}`)
}

/**
 * A gate for concurrency tests that must not depend on timing: `pass()` holds the first `n` callers
 * until `n` are waiting at once, then lets them and every later caller through. A client that never
 * has `n` requests in flight leaves the gate shut, and after `timeoutMs` every waiting `pass()`
 * rejects (a handler then fails the test) instead of the test hanging.
 */
export function openAt(n: number, timeoutMs = 5000): { pass(): Promise<void>; readonly open: boolean } {
  let waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> = []
  let open = false
  let timer: NodeJS.Timeout | undefined
  return {
    get open() {
      return open
    },
    pass() {
      if (open) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject })
        timer ??= setTimeout(() => {
          const stuck = waiting
          waiting = []
          timer = undefined
          for (const w of stuck) w.reject(new Error(`only ${stuck.length} of ${n} requests were ever in flight at once`))
        }, timeoutMs)
        if (waiting.length >= n) {
          open = true
          clearTimeout(timer)
          for (const w of waiting.splice(0)) w.resolve()
        }
      })
    },
  }
}

/** A sleep that returns at once and records what was asked, so back-off tests take no time. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = []
  return {
    delays,
    sleep: async (ms: number) => {
      delays.push(ms)
    },
  }
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(value))
}
