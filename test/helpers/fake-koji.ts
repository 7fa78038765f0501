// A fake koji hub on 127.0.0.1: it parses incoming <methodCall>s with
// fast-xml-parser (independently of the client's codec, so encoding bugs do
// not cancel out), records the calls, and answers from the reference's
// examples. Multicall, faults, a pre-1.25 hub (no `pattern`), proxy errors
// and a hanging hub can be played.

import { XMLParser } from 'fast-xml-parser'
import { startFakeHttp, unknownRoute, type FakeServer, type RecordedRequest } from './fake-http-server.js'
import * as fx from './fake-koji-fixtures.js'

export type FakeParam = string | number | boolean | null | FakeParam[] | { [member: string]: FakeParam }

export interface FakeKojiCall {
  method: string
  params: FakeParam[]
}

/** `value` is `<value>…</value>` XML; `hang` never answers. */
export type FakeAnswer = { value: string } | { fault: [number, string] } | 'hang'

export interface FakeKojiOptions {
  /** Answer the first N HTTP requests with a proxy's 502 HTML page. */
  failFirst?: number
  /** Delay before every answer (a benchmark's injected latency). */
  latencyMs?: number
  /** Answer the first N HTTP requests with 200 and an HTML page (a misbehaving proxy). */
  htmlFirst?: number
  /** Play a koji < 1.25 hub: the `pattern` keyword of listTags faults with 1019. */
  rejectPattern?: boolean
  /** Per-method overrides. */
  answer?: (call: FakeKojiCall) => FakeAnswer | undefined
  /** Replaces the whole response document of a top-level call (e.g. a malformed multicall answer). */
  respond?: (call: FakeKojiCall) => string | undefined
}

export interface FakeKoji {
  hubUrl: string
  server: FakeServer
  /** Raw HTTP requests, in order. */
  requests: RecordedRequest[]
  /** Every decoded call, multicall entries included (flattened, in order). */
  calls: FakeKojiCall[]
  close(): Promise<void>
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'param' || name === 'value' || name === 'member',
})

type Obj = Record<string, unknown>

function decode(value: unknown): FakeParam {
  if (typeof value === 'string') return value
  const o = value as Obj
  if ('string' in o) return String(o['string'])
  for (const t of ['int', 'i4', 'i8']) if (t in o) return Number(o[t])
  if ('boolean' in o) return o['boolean'] === '1'
  if ('double' in o) return Number(o['double'])
  if ('nil' in o) return null
  if ('array' in o) {
    const data = (o['array'] as Obj | '')
    const values = data === '' ? [] : (((data['data'] as Obj | '') || {}))['value']
    return ((values as unknown[] | undefined) ?? []).map(decode)
  }
  if ('struct' in o) {
    const out: { [k: string]: FakeParam } = {}
    const st = o['struct'] as Obj | ''
    for (const m of ((st === '' ? [] : st['member']) as Obj[] | undefined) ?? []) out[String(m['name'])] = decode((m['value'] as unknown[])[0])
    return out
  }
  throw new Error(`fake koji: cannot decode ${JSON.stringify(value)}`)
}

export function parseCall(xml: string): FakeKojiCall {
  const doc = parser.parse(xml) as Obj
  const call = doc['methodCall'] as Obj
  const params = (call['params'] as Obj | '') || {}
  return {
    method: String(call['methodName']),
    params: (((params)['param'] as Obj[] | undefined) ?? []).map((p) => decode((p['value'] as unknown[])[0])),
  }
}

export const kwargsOf = (params: FakeParam[]): Record<string, FakeParam> | undefined => {
  const last = params[params.length - 1]
  return typeof last === 'object' && last !== null && !Array.isArray(last) && last['__starstar'] === true ? last : undefined
}

function defaultAnswer(call: FakeKojiCall, options: FakeKojiOptions): FakeAnswer {
  const [first] = call.params
  const kw = kwargsOf(call.params)
  switch (call.method) {
    case 'getAPIVersion':
      return { value: '<value><int>1</int></value>' }
    case 'getKojiVersion':
      return { value: '<value><string>1.35.1</string></value>' }
    case 'listTags':
      if (kw && 'pattern' in kw) {
        if (options.rejectPattern) return { fault: [1019, "ParameterError: unexpected keyword argument 'pattern'"] }
        return { value: fx.RELEASE_TAGS }
      }
      if (first === 61758) return { value: fx.BUILD_TAGS }
      if (first !== undefined && !kw) return { fault: [1000, `No such build: ${JSON.stringify(first)}`] }
      return { value: fx.ALL_TAGS }
    case 'getTag':
      return first === 'hyperscale9s-packages-main-release'
        ? { value: '<value><struct>\n<member><name>id</name><value><int>3082</int></value></member>\n<member><name>name</name><value><string>hyperscale9s-packages-main-release</string></value></member>\n</struct></value>' }
        : { value: '<value><nil/></value>' }
    case 'listTagged':
      if (first === 'hyperscale9s-packages-main-release') return { value: fx.TAGGED_HS9S }
      if (first === 'hyperscale9-packages-main-release') return { value: fx.TAGGED_MINIMAL }
      if (first === 'hyperscale10s-packages-gone-release') return { fault: [1000, "No such tagInfo: 'hyperscale10s-packages-gone-release'"] }
      if (first === 'broken-release') return { value: '<value><array><data>\n<value><struct>\n<member><name>build_id</name><value><int>1</int></value></member>\n</struct></value>\n</data></array></value>' }
      return { value: fx.EMPTY_ARRAY }
    case 'getPackageID':
      return { value: first === 'ethtool' ? '<value><int>8491</int></value>' : '<value><nil/></value>' }
    case 'getPackage':
      return {
        value:
          first === 'ethtool'
            ? '<value><struct>\n<member><name>id</name><value><int>8491</int></value></member>\n<member><name>name</name><value><string>ethtool</string></value></member>\n</struct></value>'
            : '<value><nil/></value>',
      }
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

export const faultValue = (code: number, text: string): string =>
  `<value><struct>\n<member><name>faultCode</name><value><int>${code}</int></value></member>\n<member><name>faultString</name><value><string>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</string></value></member>\n</struct></value>`

export const envelope = (value: string) => `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n${value}\n</param>\n</params>\n</methodResponse>\n`

export async function startFakeKoji(options: FakeKojiOptions = {}): Promise<FakeKoji> {
  const calls: FakeKojiCall[] = []
  let served = 0
  const answer = (call: FakeKojiCall): FakeAnswer => {
    calls.push(call)
    return options.answer?.(call) ?? defaultAnswer(call, options)
  }
  const server = await startFakeHttp(async (req, res) => {
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs))
    served++
    if (req.method !== 'POST' || req.url !== '/kojihub') return unknownRoute(req)
    if (served <= (options.failFirst ?? 0)) {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.end('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>')
      return
    }
    if (served <= (options.failFirst ?? 0) + (options.htmlFirst ?? 0)) {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<!DOCTYPE html><html><body>Service temporarily in maintenance</body></html>')
      return
    }
    const call = parseCall(req.body)
    let body: string
    const raw = options.respond?.(call)
    if (raw !== undefined) {
      calls.push(call)
      body = raw
    } else if (call.method === 'system.multicall') {
      const entries = (call.params[0] as Array<Record<string, FakeParam>>).map((e) => answer({ method: typeof e['methodName'] === 'string' ? e['methodName'] : JSON.stringify(e['methodName']), params: e['params'] as FakeParam[] }))
      if (entries.includes('hang')) return
      const values = entries.map((a) => {
        const r = a as Exclude<FakeAnswer, 'hang'>
        return 'fault' in r ? faultValue(...r.fault) : `<value><array><data>\n${r.value}\n</data></array></value>`
      })
      body = envelope(`<value><array><data>\n${values.join('\n')}\n</data></array></value>`)
    } else {
      const a = answer(call)
      if (a === 'hang') return
      body = 'fault' in a ? `<?xml version='1.0'?>\n<methodResponse>\n<fault>\n${faultValue(...a.fault)}\n</fault>\n</methodResponse>\n` : envelope(a.value)
    }
    res.writeHead(200, { 'content-type': 'text/xml' })
    res.end(body)
  })
  return {
    hubUrl: `${server.url}/kojihub`,
    server,
    requests: server.requests,
    calls,
    close: async () => {
      // A staged failure fired when at least one request reached it (failFirst may stand for "every request").
      const failFirst = options.failFirst ?? 0
      const unfired = [failFirst > 0 && served < 1 ? 'failFirst' : '', (options.htmlFirst ?? 0) > 0 && served <= failFirst ? 'htmlFirst' : ''].filter(Boolean)
      await server.close()
      if (unfired.length > 0) throw new Error(`staged failures of the fake hub that never fired: ${unfired.join(', ')} (${served} request(s) served)`)
    },
  }
}
