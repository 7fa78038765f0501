// The parts of undici the HTTP layer uses. undici's index loads every API it
// has (fetch, WebSocket, caches, mocks, interceptors); this layer needs the
// proxy-aware agent and `dispatcher.request`, which the index adds to the
// dispatcher's prototype exactly as done here (undici 7, index.js). Loading
// only these halves undici's share of the CLI's start-up (README, "Performance").

import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js'
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js'
import api from 'undici/lib/api/index.js'

Object.assign(Dispatcher.prototype, api)

export { EnvHttpProxyAgent }
