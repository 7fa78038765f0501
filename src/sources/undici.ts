// The part of undici the HTTP layer uses: the proxy-aware agent, driven
// through `dispatch` (src/sources/http.ts). undici's index loads every API it
// has (fetch, WebSocket, caches, mocks, interceptors, the stream-based
// request API); loading the agent alone halves undici's share of the CLI's
// start-up (README, "Performance").

import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js'

export { EnvHttpProxyAgent }
