// A fake CentOS Build System (CBS) koji hub on 127.0.0.1 for the koji client
// and sync-gitlab's release checks. By default it answers from example data in
// the shapes koji's hub returns (cbs-koji-fixtures.ts: Hyperscale tags,
// ethtool builds, tagged RPMs); `answer` replaces that world per call
// (cbs-koji-scenario.ts builds one from a tag → packages table). It can also
// play a hub older than koji 1.25 (no `pattern` keyword on listTags), a proxy's 502 or HTML page in
// front of it, and latency. A staged failure that no request reached fails
// the test when the fake closes, and so does a method the world does not serve.

import { startKojiHub, kwargsOf, type FakeAnswer, type FakeKojiCall, type KojiHub } from './koji-hub.js'
import * as fx from './cbs-koji-fixtures.js'

export interface FakeCbsKojiOptions {
  /** Answer the first N HTTP requests with a proxy's 502 HTML page. */
  failFirst?: number
  /** Delay before every answer (a benchmark's injected latency). */
  latencyMs?: number
  /** Answer the first N HTTP requests with 200 and an HTML page (a misbehaving proxy). */
  htmlFirst?: number
  /** Play a koji < 1.25 hub: the `pattern` keyword of listTags faults with 1019. */
  rejectPattern?: boolean
  /** Per-call answers; undefined falls back to the documented examples. */
  answer?: (call: FakeKojiCall) => FakeAnswer | undefined
  /** Replaces the whole response document of a top-level call (e.g. a malformed multicall answer). */
  respond?: (call: FakeKojiCall) => string | undefined
}

export type FakeCbsKoji = KojiHub

function exampleAnswer(call: FakeKojiCall, options: FakeCbsKojiOptions): FakeAnswer {
  const [first] = call.params
  const kw = kwargsOf(call.params)
  switch (call.method) {
    case 'getAPIVersion':
      return { value: fx.API_VERSION }
    case 'getKojiVersion':
      return { value: fx.KOJI_VERSION }
    case 'listTags':
      if (kw && 'pattern' in kw) {
        if (options.rejectPattern) return { fault: [1019, "ParameterError: unexpected keyword argument 'pattern'"] }
        return { value: fx.RELEASE_TAGS }
      }
      if (first === 61758) return { value: fx.BUILD_TAGS }
      if (first !== undefined && !kw) return { fault: [1000, `No such build: ${JSON.stringify(first)}`] }
      return { value: fx.ALL_TAGS }
    case 'getTag':
      return { value: first === fx.HS9S_RELEASE ? fx.HS9S_RELEASE_TAG : fx.NIL }
    case 'listTagged':
      if (first === fx.HS9S_RELEASE) return { value: fx.TAGGED_HS9S }
      if (first === 'hyperscale9-packages-main-release') return { value: fx.TAGGED_MINIMAL }
      if (first === 'hyperscale10s-packages-gone-release') return { fault: [1000, "No such tagInfo: 'hyperscale10s-packages-gone-release'"] }
      if (first === 'broken-release') return { value: fx.TAGGED_WITHOUT_NAMES }
      return { value: fx.EMPTY_ARRAY }
    case 'getPackageID':
      return { value: first === 'ethtool' ? fx.ETHTOOL_ID : fx.NIL }
    case 'getPackage':
      return { value: first === 'ethtool' ? fx.ETHTOOL_PACKAGE : fx.NIL }
    case 'listBuilds':
      return { value: fx.ETHTOOL_BUILDS }
    case 'listTaggedRPMS':
      return { value: fx.TAGGED_RPMS }
    case 'listRPMFiles': {
      const files = typeof first === 'number' ? fx.RPM_FILES[first] : undefined
      return files ? { value: files } : { fault: [1000, `No such rpm: ${JSON.stringify(first)}`] }
    }
    default:
      // A hub answers a fault here; the fake fails the test instead, so a mistyped method cannot pass.
      throw new Error(`the fake hub does not serve ${call.method}`)
  }
}

const BAD_GATEWAY = { status: 502, body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>' }
const MAINTENANCE = { status: 200, body: '<!DOCTYPE html><html><body>Service temporarily in maintenance</body></html>' }

export async function startFakeCbsKoji(options: FakeCbsKojiOptions = {}): Promise<FakeCbsKoji> {
  const failFirst = options.failFirst ?? 0
  const htmlFirst = options.htmlFirst ?? 0
  const hub = await startKojiHub((call) => options.answer?.(call) ?? exampleAnswer(call, options), {
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    intercept: (n) => (n <= failFirst ? BAD_GATEWAY : n <= failFirst + htmlFirst ? MAINTENANCE : undefined),
    ...(options.respond ? { document: options.respond } : {}),
  })
  const close = hub.close
  hub.close = async () => {
    // A staged failure fired when at least one request reached it (failFirst may stand for "every request").
    const served = hub.served
    const unfired = [failFirst > 0 && served < 1 ? 'failFirst' : '', htmlFirst > 0 && served <= failFirst ? 'htmlFirst' : ''].filter(Boolean)
    await close()
    if (unfired.length > 0) throw new Error(`staged failures of the fake hub that never fired: ${unfired.join(', ')} (${served} request(s) served)`)
  }
  return hub
}
