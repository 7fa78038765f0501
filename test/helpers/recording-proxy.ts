// An HTTP proxy on 127.0.0.1 that records what passes through it: ordinary
// proxy requests (`GET http://host/path`, what clients send for http:// URLs)
// are forwarded and recorded one by one; CONNECT tunnels (https:// URLs) are
// recorded by their target. Tests point HTTP_PROXY/HTTPS_PROXY at it.

import { createServer, request, type IncomingMessage } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ProxiedRequest {
  method: string
  /** The absolute URL asked for (`CONNECT host:port` for tunnels). */
  url: string
  /** host:port of the target. */
  host: string
  headers: IncomingMessage['headers']
}

export interface RecordingProxy {
  /** http://127.0.0.1:<port> */
  url: string
  requests: ProxiedRequest[]
  /** Requests per target host:port. */
  countsByHost(): Record<string, number>
  close(): Promise<void>
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    let target: URL
    try {
      target = new URL(req.url ?? '')
    } catch {
      // Not a proxy request (a client talking to the proxy as if it were the service).
      res.writeHead(400, { 'content-type': 'text/plain' })
      res.end('this is a proxy: send an absolute URL')
      return
    }
    requests.push({ method: req.method ?? '', url: target.href, host: target.host, headers: req.headers })
    const headers = { ...req.headers }
    delete headers['proxy-connection']
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':')
    requests.push({ method: 'CONNECT', url: `CONNECT ${req.url ?? ''}`, host: req.url ?? '', headers: req.headers })
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      s.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    countsByHost() {
      const out: Record<string, number> = {}
      for (const r of requests) out[r.host] = (out[r.host] ?? 0) + 1
      return out
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
