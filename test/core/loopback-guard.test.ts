import { describe, expect, test } from '@jest/globals'
import net from 'node:net'

describe('the test guard (test/setup-env.ts)', () => {
  test('a connection to a non-loopback host is refused before any packet leaves', () => {
    expect(() => net.connect({ host: 'src.fedoraproject.org', port: 443 })).toThrow('tests may only talk to local fakes')
    expect(() => net.connect(443, '10.0.0.1')).toThrow('tests may only talk to local fakes')
  })
  test('loopback connections are allowed', async () => {
    const server = net.createServer((s) => s.end())
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const { port } = server.address() as net.AddressInfo
    const socket = net.connect({ host: '127.0.0.1', port })
    await new Promise<void>((resolve, reject) => { socket.on('connect', () => resolve()); socket.on('error', reject) })
    socket.destroy()
    await new Promise<void>((r) => server.close(() => r()))
  })
})
