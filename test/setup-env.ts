import net from 'node:net'

// @actions/github reads GITHUB_REPOSITORY when its context is first touched.
process.env.GITHUB_REPOSITORY ??= 'acme/inventory'
process.env.GITHUB_SERVER_URL ??= 'https://github.com'

// A developer's proxy settings must not route the tests' local traffic (tests that need a proxy set their own).
for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY']) delete process.env[name]

// Tests never touch the internet: every connection must go to a local fake.
// (Patched once per worker; node:net is shared by every test file's context.)
const GUARD = Symbol.for('poi-gitops.loopback-only')
const proto = net.Socket.prototype as unknown as Record<symbol, boolean> & { connect: (...args: unknown[]) => unknown }
if (!proto[GUARD]) {
  proto[GUARD] = true
  const connect = proto.connect
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    const first = args[0]
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string } | number | string | undefined
    const host = typeof options === 'object' && options !== null ? options.host : typeof args[1] === 'string' ? args[1] : undefined
    const isPipe = typeof options === 'object' && options !== null && options.path !== undefined
    if (!isPipe && host !== undefined && !/^(127\.\d+\.\d+\.\d+|localhost|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(host)) {
      throw new Error(`test tried to connect to ${host}: tests may only talk to local fakes`)
    }
    return connect.apply(this, args)
  }
}
