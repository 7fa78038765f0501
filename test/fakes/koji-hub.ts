// The XML-RPC half of a fake koji hub on 127.0.0.1, shared by the CBS hub
// (fake-cbs-koji.ts) and the Fedora hub (fake-fedora-koji.ts); each of them
// only says how its world answers one call. Requests are decoded with
// fast-xml-parser, independently of the client's own codec, so an encoding bug
// cannot cancel out. system.multicall is unwrapped and its entries answered one
// by one, as koji's hub does: a result comes back wrapped in a one-element
// array, a fault as a {faultCode, faultString} struct in its place. Keyword
// arguments arrive the way koji's client sends them, as a last struct carrying
// `__starstar` (koji/__init__.py, encode_args: https://pagure.io/koji).
// A world that does not serve a call throws, and the test fails when the fake
// closes: a mistyped method never passes as a plausible fault.

import type { ServerResponse } from 'node:http'
import { XMLParser } from 'fast-xml-parser'
import { startFakeHttp, unknownRoute, type FakeServer, type RecordedRequest } from '../helpers/fake-http-server.js'

export type FakeParam = string | number | boolean | null | FakeParam[] | { [member: string]: FakeParam }

export interface FakeKojiCall {
  method: string
  params: FakeParam[]
}

/** `value` is `<value>…</value>` XML; `hang` never answers. */
export type FakeAnswer = { value: string } | { fault: [number, string] } | 'hang'

/** A whole HTTP response that is not the hub's (a proxy's error page, a truncated body). */
export interface RawResponse {
  status: number
  body: string
  /** Content type, default text/html. */
  type?: string
}

export interface KojiHubOptions {
  /** Delay before every answer (a benchmark's injected latency). */
  latencyMs?: number
  /** Per HTTP request, numbered from 1 since the start or the last reset(): another response, or 'hang'. */
  intercept?: (n: number) => RawResponse | 'hang' | undefined
  /** Per top-level call: the whole response document instead of the hub's answer (e.g. a malformed multicall answer). */
  document?: (call: FakeKojiCall) => string | undefined
}

export interface KojiHub {
  hubUrl: string
  server: FakeServer
  /** Raw HTTP requests, in order. */
  requests: RecordedRequest[]
  /** Every decoded call, multicall entries flattened, in arrival order. */
  calls: FakeKojiCall[]
  /** HTTP requests that reached the hub's route since the start or the last reset(). */
  readonly served: number
  readonly maxInFlight: number
  /** Forgets the requests and calls recorded so far. */
  reset: () => void
  close: () => Promise<void>
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

/** The keyword arguments of a call (its last struct, marked `__starstar`), if any. */
export const kwargsOf = (params: FakeParam[]): Record<string, FakeParam> | undefined => {
  const last = params[params.length - 1]
  return typeof last === 'object' && last !== null && !Array.isArray(last) && last['__starstar'] === true ? last : undefined
}

/** Fails the test when a call names a keyword the method's signature does not have. */
export function checkKeywords(call: FakeKojiCall, accepted: ReadonlySet<string>): Record<string, FakeParam> {
  const kw = kwargsOf(call.params) ?? {}
  for (const key of Object.keys(kw)) if (key !== '__starstar' && !accepted.has(key)) throw new Error(`fake koji: ${call.method} got an unknown keyword ${key}`)
  return kw
}

export const faultValue = (code: number, text: string): string =>
  `<value><struct>\n<member><name>faultCode</name><value><int>${code}</int></value></member>\n<member><name>faultString</name><value><string>${xmlText(text)}</string></value></member>\n</struct></value>`

export const envelope = (value: string): string => `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n${value}\n</param>\n</params>\n</methodResponse>\n`

const faultResponse = (code: number, text: string): string => `<?xml version='1.0'?>\n<methodResponse>\n<fault>\n${faultValue(code, text)}\n</fault>\n</methodResponse>\n`

// ---- values in the shapes koji's hub returns ------------------------------

export const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** `<value>` builders for answers: members in the order given, text escaped. */
export const xv = {
  str: (v: string): string => `<string>${xmlText(v)}</string>`,
  int: (v: number): string => `<int>${v}</int>`,
  bool: (v: boolean): string => `<boolean>${v ? 1 : 0}</boolean>`,
  nil: '<nil/>',
  struct: (members: Record<string, string>): string =>
    '<value><struct>\n' + Object.entries(members).map(([k, v]) => `<member><name>${k}</name><value>${v}</value></member>\n`).join('') + '</struct></value>',
  array: (values: readonly string[]): string => '<value><array><data>\n' + values.map((v) => v + '\n').join('') + '</data></array></value>',
}

export const EMPTY_ARRAY = '<value><array><data></data></array></value>'

/** A tag struct as listTags returns it with perms=False. */
export function tagStruct(id: number, name: string, o: { locked?: boolean } = {}): string {
  return xv.struct({ id: xv.int(id), name: xv.str(name), arches: xv.nil, locked: xv.bool(o.locked ?? false), maven_support: xv.bool(false), maven_include_all: xv.bool(false) })
}

/**
 * A build struct as listTagged returns it (the hub's readTaggedBuilds): the
 * build, its package, the tag it was found on (an ancestor when inherited) and
 * its owner. `name-version-release` is split at the last two dashes.
 */
export function taggedBuildStruct(b: { id: number; packageId: number; nvr: string; tag: string; tagId: number; owner: string; epoch?: number | null }): string {
  const m = /^(.+)-([^-]+)-([^-]+)$/.exec(b.nvr)
  const [name, version, release] = m ? [m[1], m[2], m[3]] : [b.nvr, '', '']
  return xv.struct({
    build_id: xv.int(b.id),
    id: xv.int(b.id),
    package_id: xv.int(b.packageId),
    package_name: xv.str(name),
    name: xv.str(name),
    version: xv.str(version),
    release: xv.str(release),
    epoch: b.epoch == null ? xv.nil : xv.int(b.epoch),
    nvr: xv.str(b.nvr),
    state: xv.int(1),
    tag_id: xv.int(b.tagId),
    tag_name: xv.str(b.tag),
    owner_name: xv.str(b.owner),
  })
}

// ---- the server -------------------------------------------------------------

/** Starts a hub whose every call, multicall entries included, is answered by `serve`. */
export async function startKojiHub(serve: (call: FakeKojiCall) => FakeAnswer, options: KojiHubOptions = {}): Promise<KojiHub> {
  const calls: FakeKojiCall[] = []
  let served = 0
  const answer = (call: FakeKojiCall): FakeAnswer => {
    calls.push(call)
    return serve(call)
  }
  const server = await startFakeHttp(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/kojihub') unknownRoute(req)
    const n = ++served
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs))
    const raw = options.intercept?.(n)
    if (raw === 'hang') return
    if (raw) return send(res, raw.status, raw.body, raw.type ?? 'text/html')
    const top = parseCall(req.body)
    const document = options.document?.(top)
    if (document !== undefined) {
      calls.push(top)
      return send(res, 200, document)
    }
    if (top.method === 'system.multicall') {
      const entries = top.params[0]
      if (!Array.isArray(entries)) throw new Error('fake koji: system.multicall without a list of calls')
      const answers = entries.map((e) => {
        const call = e as Record<string, FakeParam>
        return answer({ method: typeof call['methodName'] === 'string' ? call['methodName'] : JSON.stringify(call['methodName']), params: (call['params'] as FakeParam[] | undefined) ?? [] })
      })
      if (answers.includes('hang')) return
      const values = answers.map((a) => {
        const r = a as Exclude<FakeAnswer, 'hang'>
        return 'fault' in r ? faultValue(...r.fault) : `<value><array><data>\n${r.value}\n</data></array></value>`
      })
      return send(res, 200, envelope(`<value><array><data>\n${values.join('\n')}\n</data></array></value>`))
    }
    const a = answer(top)
    if (a === 'hang') return
    send(res, 200, 'fault' in a ? faultResponse(...a.fault) : envelope(a.value))
  })
  return {
    hubUrl: `${server.url}/kojihub`,
    server,
    requests: server.requests,
    calls,
    get served() {
      return served
    },
    get maxInFlight() {
      return server.maxInFlight
    },
    reset() {
      calls.length = 0
      server.requests.length = 0
      served = 0
    },
    close: () => server.close(),
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'text/xml'): void {
  res.writeHead(status, { 'content-type': type })
  res.end(body)
}
