import { afterEach, describe, expect, test } from '@jest/globals'
import { HttpClient, RemoteError } from '../../src/sources/http.js'
import {
  XmlRpcClient,
  XmlRpcEncodeError,
  XmlRpcFault,
  XmlRpcParseError,
  batches,
  decodeResponse,
  decodeResponseValue,
  double,
  encodeCall,
  encodeFaultResponse,
  encodeMulticall,
  encodeResponse,
  encodeValue,
  splitMulticall,
  type XmlRpcInput,
  type XmlRpcValue,
} from '../../src/sources/xmlrpc.js'
import { recordingSleep } from '../helpers/fake-http-server.js'
import { startFakeCbsKoji, type FakeCbsKoji } from '../fakes/fake-cbs-koji.js'
import { envelope } from '../fakes/koji-hub.js'
import * as doc from '../fakes/koji-documents.js'

const response = (value: string) => `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n${value}\n</param>\n</params>\n</methodResponse>\n`
const decodeValueXml = (value: string): XmlRpcValue => decodeResponseValue(response(value))

/** The parse error decoding `xml` throws. */
const err = (xml: string): XmlRpcParseError => {
  try {
    decodeResponse(xml)
  } catch (e) {
    return e as XmlRpcParseError
  }
  throw new Error('expected a parse error')
}
const roundTrip = (v: XmlRpcInput): XmlRpcValue => decodeResponseValue(encodeResponse(v))

describe('XML-RPC request encoding', () => {
  test('keyword arguments: the exact documents koji\'s client sends (listTags, listTagged)', () => {
    expect(encodeCall('listTags', [], { pattern: 'hyperscale*-release', perms: false })).toBe(doc.LIST_TAGS_PATTERN_REQUEST)
    expect(encodeCall('listTagged', ['hyperscale9s-packages-main-release'], { latest: true, inherit: false })).toBe(doc.LIST_TAGGED_REQUEST)
  })

  test('positional arguments with nil and a struct: the exact documents koji\'s client sends', () => {
    expect(encodeCall('getPackageID', ['ethtool'])).toBe(doc.GET_PACKAGE_ID_REQUEST)
    expect(encodeCall('listTags', [61758])).toBe(doc.LIST_BUILD_TAGS_REQUEST)
    expect(encodeCall('listTaggedRPMS', ['hyperscale9s-packages-main-release', null, false, true])).toBe(doc.LIST_TAGGED_RPMS_REQUEST)
    expect(encodeCall('listBuilds', [8491, null, null, null, 1, null, null, null, null, null, null, null, null, { order: '-build_id' }])).toBe(doc.LIST_BUILDS_REQUEST)
    expect(encodeCall('getAPIVersion')).toBe(doc.GET_API_VERSION_REQUEST)
  })

  test('system.multicall: the exact document koji\'s client sends', () => {
    const calls = ['hyperscale9s-packages-main-release', 'hyperscale10s-packages-gone-release'].map((tag) => ({
      method: 'listTagged',
      params: [tag],
      kwargs: { latest: true },
    }))
    expect(encodeMulticall(calls)).toBe(doc.MULTICALL_LIST_TAGGED_REQUEST)
  })

  test('getBuild(42) and escaping, as poi-tracker\'s codec tests pin', () => {
    const xml = encodeCall('getBuild', [42])
    expect(xml).toContain('<methodName>getBuild</methodName>')
    expect(xml).toContain('<int>42</int>')
    expect(encodeValue('a<b&c')).toBe('<value><string>a&lt;b&amp;c</string></value>')
    expect(encodeValue('x > y\r\n')).toBe('<value><string>x &gt; y&#13;\n</string></value>')
  })

  test('scalar types', () => {
    expect(encodeValue(2 ** 31 - 1)).toBe('<value><int>2147483647</int></value>')
    expect(encodeValue(-(2 ** 31))).toBe('<value><int>-2147483648</int></value>')
    expect(encodeValue(2 ** 31)).toBe('<value><i8>2147483648</i8></value>')
    expect(encodeValue(5_000_000_000n)).toBe('<value><i8>5000000000</i8></value>')
    expect(encodeValue(7n)).toBe('<value><int>7</int></value>')
    expect(encodeValue(1.5)).toBe('<value><double>1.5</double></value>')
    expect(encodeValue(double(1776988800))).toBe('<value><double>1776988800</double></value>')
    expect(encodeValue(true)).toBe('<value><boolean>1</boolean></value>')
    expect(encodeValue(null)).toBe('<value><nil/></value>')
    expect(encodeValue(new Date(Date.UTC(2024, 0, 1, 12, 0, 0, 999)))).toBe('<value><dateTime.iso8601>20240101T12:00:00</dateTime.iso8601></value>')
    expect(encodeValue(new Uint8Array([0, 255, 1]))).toBe('<value><base64>AP8B</base64></value>')
    expect(encodeValue([])).toBe('<value><array><data>\n</data></array></value>')
    expect(encodeValue({ a: 1, skipped: undefined })).toBe('<value><struct>\n<member><name>a</name><value><int>1</int></value></member>\n</struct></value>')
  })

  test('values XML-RPC cannot carry are refused with a clear error', () => {
    expect(() => encodeValue('bell\u0007')).toThrow(new XmlRpcEncodeError('the string "bell\\u0007" contains U+0007, which XML cannot carry'))
    expect(() => encodeValue('half \ud800 pair')).toThrow(XmlRpcEncodeError)
    expect(() => encodeValue(NaN)).toThrow(XmlRpcEncodeError)
    expect(() => encodeValue(Infinity)).toThrow(XmlRpcEncodeError)
    expect(() => encodeValue(2 ** 60)).toThrow(/beyond the exact integer range/)
    expect(() => encodeValue(2n ** 63n)).toThrow(/does not fit a 64-bit/)
    expect(() => encodeValue(new Date(NaN))).toThrow(/invalid Date/)
    expect(() => encodeValue(new Map() as unknown as XmlRpcInput)).toThrow(/only plain objects/)
    const loop: { self?: unknown } = {}
    loop.self = [loop]
    expect(() => encodeValue(loop as XmlRpcInput)).toThrow(/circular/)
    expect(() => encodeCall('bad name', [])).toThrow(/invalid method name/)
    // Tab, newline and astral characters are fine.
    expect(encodeValue('a\tb\n😀')).toBe('<value><string>a\tb\n😀</string></value>')
  })
})

describe('XML-RPC response decoding', () => {
  test('round trips of every type', () => {
    const struct = {
      text: '  leading and trailing spaces, <tags> & "quotes" \'apos\'\n\ttab ünïcode 😀',
      empty: '',
      numeric: '0042',
      int: -17,
      big: 9007199254740993n,
      i8: 5_000_000_000,
      yes: true,
      no: false,
      pi: 3.25,
      tiny: 1e-7,
      none: null,
      when: new Date(Date.UTC(2025, 5, 3, 14, 21, 7)),
      bytes: new Uint8Array([104, 105, 0, 200]),
      list: [1, 'two', [3, [4]], {}, []],
      nested: { a: { b: { c: [true] } } },
      __proto__member: 'x',
    }
    expect(roundTrip(struct)).toEqual(struct)
    expect(roundTrip([])).toEqual([])
    expect(roundTrip({})).toEqual({})
    expect(roundTrip('')).toBe('')
    expect(roundTrip('\r\n')).toBe('\r\n')
  })

  test('a struct member named __proto__ stays a plain member', () => {
    const v = decodeValueXml('<value><struct><member><name>__proto__</name><value><string>x</string></value></member></struct></value>')
    expect(Object.keys(v as object)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
  })

  test('poi-tracker\'s codec cases: int, string, struct, arrays, boolean, nil, bare text', () => {
    expect(decodeValueXml('<value><int>42</int></value>')).toBe(42)
    expect(decodeValueXml('<value><string>hello world</string></value>')).toBe('hello world')
    expect(decodeValueXml('<value><struct><member><name>task_id</name><value><int>12345</int></value></member><member><name>nvr</name><value><string>foo-1.0-1.fc42</string></value></member></struct></value>')).toEqual({
      task_id: 12345,
      nvr: 'foo-1.0-1.fc42',
    })
    expect(decodeValueXml('<value><array><data><value><int>1</int></value><value><int>2</int></value><value><int>3</int></value></data></array></value>')).toEqual([1, 2, 3])
    expect(decodeValueXml('<value><boolean>1</boolean></value>')).toBe(true)
    expect(decodeValueXml('<value><boolean>true</boolean></value>')).toBe(true)
    expect(decodeValueXml('<value><nil/></value>')).toBeNull()
    expect(decodeValueXml('<value>bare text</value>')).toBe('bare text')
    expect(decodeValueXml('<value><i8>5000000000</i8></value>')).toBe(5_000_000_000)
    expect(decodeValueXml('<value><struct><member><name>completion_ts</name><value><nil/></value></member><member><name>parent</name><value><int>77</int></value></member></struct></value>')).toEqual({
      completion_ts: null,
      parent: 77,
    })
  })

  test('text is kept exactly: whitespace, digits-only strings, entities, CDATA', () => {
    expect(decodeValueXml('<value>  spaced  </value>')).toBe('  spaced  ')
    expect(decodeValueXml('<value></value>')).toBe('')
    expect(decodeValueXml('<value/>')).toBe('')
    expect(decodeValueXml('<value><string>  007 </string></value>')).toBe('  007 ')
    expect(decodeValueXml('<value><string/></value>')).toBe('')
    expect(decodeValueXml('<value><string>a &lt;b&gt; &amp;&amp; &quot;c&quot; &apos;d&apos; &#65;&#x42;&#13;</string></value>')).toBe('a <b> && "c" \'d\' AB\r')
    expect(decodeValueXml('<value><string><![CDATA[<raw> &amp;]]> tail</string></value>')).toBe('<raw> &amp; tail')
    expect(decodeValueXml('<value>\n<int>5</int>\n</value>')).toBe(5)
  })

  test('integers: i4/int/i8, bigint beyond the safe range, and strict syntax', () => {
    expect(decodeValueXml('<value><i4>-12</i4></value>')).toBe(-12)
    expect(decodeValueXml('<value><int> +7 </int></value>')).toBe(7)
    expect(decodeValueXml('<value><i8>9007199254740993</i8></value>')).toBe(9007199254740993n)
    expect(decodeValueXml('<value><ex:i8>-9223372036854775808</ex:i8></value>')).toBe(-9223372036854775808n)
    expect(() => decodeValueXml('<value><i8>9223372036854775808</i8></value>')).toThrow(XmlRpcParseError)
    expect(() => decodeValueXml('<value><int>1.5</int></value>')).toThrow('invalid <int> "1.5"')
    expect(() => decodeValueXml('<value><int></int></value>')).toThrow(XmlRpcParseError)
    expect(() => decodeValueXml('<value><boolean>yes</boolean></value>')).toThrow('invalid <boolean> "yes"')
  })

  test('doubles, dates and base64', () => {
    expect(decodeValueXml('<value><double>1776988800.0</double></value>')).toBe(1776988800)
    expect(decodeValueXml('<value><double>-1.5e-3</double></value>')).toBe(-0.0015)
    expect(decodeValueXml('<value><double>inf</double></value>')).toBe(Infinity)
    expect(() => decodeValueXml('<value><double>1,5</double></value>')).toThrow(XmlRpcParseError)
    const noon = Date.UTC(2024, 0, 1, 12, 0, 0)
    expect((decodeValueXml('<value><dateTime.iso8601>20240101T12:00:00</dateTime.iso8601></value>') as Date).getTime()).toBe(noon)
    expect((decodeValueXml('<value><dateTime.iso8601>2024-01-01T12:00:00Z</dateTime.iso8601></value>') as Date).getTime()).toBe(noon)
    expect((decodeValueXml('<value><dateTime.iso8601>20240101T13:30:00+01:30</dateTime.iso8601></value>') as Date).getTime()).toBe(noon)
    expect((decodeValueXml('<value><dateTime.iso8601>20240101T120000.250</dateTime.iso8601></value>') as Date).getTime()).toBe(noon + 250)
    expect(() => decodeValueXml('<value><dateTime.iso8601>2024-13-01T00:00:00</dateTime.iso8601></value>')).toThrow(XmlRpcParseError)
    expect(() => decodeValueXml('<value><dateTime.iso8601>yesterday</dateTime.iso8601></value>')).toThrow(XmlRpcParseError)
    expect(decodeValueXml('<value><base64>\n  aGVs\n  bG8=\n</base64></value>')).toEqual(new Uint8Array(Buffer.from('hello')))
    expect(() => decodeValueXml('<value><base64>not base64!</base64></value>')).toThrow(XmlRpcParseError)
  })

  test('koji\'s response documents decode', () => {
    const tags = decodeResponseValue(doc.LIST_TAGS_PATTERN_RESPONSE) as Array<Record<string, XmlRpcValue>>
    expect(tags.map((t) => t['name'])).toEqual(['hyperscale9-packages-main-release', 'hyperscale9s-packages-main-release', 'hyperscale8s-packages-main-release'])
    expect(tags[2]).toEqual({ id: 2290, name: 'hyperscale8s-packages-main-release', arches: null, locked: true, maven_support: false, maven_include_all: false })
    const builds = decodeResponseValue(doc.LIST_TAGGED_RESPONSE) as Array<Record<string, XmlRpcValue>>
    expect(builds[0]).toMatchObject({ build_id: 61758, package_name: 'ethtool', epoch: 2, promotion_time: null, creation_time: '2025-06-03 14:21:07.512349+00:00' })
    expect(builds[1]).toMatchObject({ package_name: 'socat', epoch: null })
    expect(decodeResponseValue(doc.GET_PACKAGE_ID_RESPONSE)).toBe(8491)
    expect(decodeResponseValue(doc.GET_API_VERSION_RESPONSE)).toBe(1)
    const rpms = decodeResponseValue(doc.LIST_TAGGED_RPMS_RESPONSE) as XmlRpcValue[][]
    expect(rpms).toHaveLength(2)
    expect(rpms[0]).toHaveLength(2)
    const multi = decodeResponseValue(doc.MULTICALL_LIST_TAGGED_RESPONSE)
    const results = splitMulticall(multi, [{ method: 'listTagged' }, { method: 'listTagged' }])
    expect(results[0]).toEqual({ ok: true, value: [{ package_name: 'ethtool', nvr: 'ethtool-6.15-3.hs.el9', build_id: 61758 }] })
    expect(results[1].ok).toBe(false)
    const fault = (results[1] as { fault: XmlRpcFault }).fault
    expect(fault).toBeInstanceOf(XmlRpcFault)
    expect([fault.faultCode, fault.faultString]).toEqual([1000, "No such tagInfo: 'hyperscale10s-packages-gone-release'"])
  })

  test('faults become XmlRpcFault with code and string; missing fields get defaults', () => {
    const r = decodeResponse(encodeFaultResponse(1000, 'No such build'))
    expect(r.kind).toBe('fault')
    expect(() => decodeResponseValue(encodeFaultResponse(1000, 'No such build'))).toThrow(new XmlRpcFault(1000, 'No such build'))
    const bare = decodeResponse('<methodResponse><fault><value><struct></struct></value></fault></methodResponse>')
    expect(bare.kind === 'fault' && [bare.fault.faultCode, bare.fault.faultString]).toEqual([-1, 'unknown fault'])
  })

  test('envelopes: empty params is nil; anything else is a parse error, retryable only when it is not XML-RPC at all', () => {
    expect(decodeResponseValue('<methodResponse><params></params></methodResponse>')).toBeNull()
    expect(err('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>').retryable).toBe(true)
    expect(err('<html><body><br></body></html>').retryable).toBe(true)
    expect(err('Service Unavailable').retryable).toBe(true)
    expect(err('<!DOCTYPE x [<!ENTITY a "aaaa">]><methodResponse><params><param><value>&a;</value></param></params></methodResponse>').message).toContain('DOCTYPE')
    expect(err('<methodResponse></methodResponse>').retryable).toBe(false)
    expect(err('<methodResponse><params><param><value><weird>1</weird></value></param></params></methodResponse>').message).toBe('unknown XML-RPC type <weird>')
    expect(err('<methodResponse><params><param><value><string>a &nbsp; b</string></value></param></params></methodResponse>').message).toContain('unknown entity')
    expect(err('<methodResponse><params><param><value><int>1</int><int>2</int></value></param></params></methodResponse>').retryable).toBe(false)
    expect(err('<methodResponse><params><param><value><array><value/></array></value></param></params></methodResponse>').message).toContain('<array> must hold exactly one <data>')
  })

  test('the document parser: comments, PIs and attributes are skipped; broken structure is a retryable parse error naming the line', () => {
    expect(decodeResponseValue("<?xml version='1.0'?>\n<!-- hub -->\n<methodResponse a=\"1\"><params><param><value b='x'><int>7</int><!-- c --></value></param></params></methodResponse>\n")).toBe(7)
    const mismatch = err('<methodResponse>\n<params>\n<param><value><int>1</string></value></param></params></methodResponse>')
    expect(mismatch.message).toBe('the response is not well-formed XML (line 3: closing tag </string> does not match <int>)')
    expect(mismatch.retryable).toBe(true)
    expect(err('<methodResponse><params><param><value><int>1</int></value></param></params>').message).toContain('unclosed tag <methodResponse>')
    expect(err('<methodResponse><params/></methodResponse>trailing').message).toContain('text outside the root element')
    expect(err('<methodResponse><params/></methodResponse><methodResponse/>').message).toContain('more than one root element')
    expect(err('<methodResponse><params><!-- open').message).toContain('unterminated comment')
    expect(err('<methodResponse><params><param><value><string><![CDATA[x</string></value></param></params></methodResponse>').message).toContain('unterminated CDATA')
    expect(err('<methodResponse <params/></methodResponse>').message).toContain('malformed tag')
    expect(err('').message).toBe('the response has no single root element')
    const deep = (n: number) => response('<value><array><data>'.repeat(n) + '<value><int>1</int></value>' + '</data></array></value>'.repeat(n))
    expect(decodeResponseValue(deep(150))).toBeDefined()
    expect(err(deep(5000)).message).toBe('the response nests values deeper than 200 levels')
  })

  test('multicall results: count and shape are checked', () => {
    const calls = [{ method: 'a' }, { method: 'b' }]
    expect(() => splitMulticall([[1]], calls)).toThrow('system.multicall returned 1 results for 2 calls')
    expect(() => splitMulticall([[1], 'junk'], calls)).toThrow('result 2 (b) is neither [value] nor a fault')
    expect(() => splitMulticall({}, calls)).toThrow('did not return an array')
  })

  test('batches', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(batches([], 3)).toEqual([])
    expect(() => batches([1], 0)).toThrow(RangeError)
  })
})

describe('XmlRpcClient over the HTTP layer (fake hub)', () => {
  const open: Array<{ close(): Promise<void> }> = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()))
  })

  async function setup(options: Parameters<typeof startFakeCbsKoji>[0] = {}): Promise<{ hub: FakeCbsKoji; rpc: XmlRpcClient; http: HttpClient; delays: number[] }> {
    const hub = await startFakeCbsKoji(options)
    const { sleep, delays } = recordingSleep()
    const http = new HttpClient({ service: 'cbs-koji', baseUrl: hub.hubUrl, sleep, random: () => 0.5 })
    open.push(hub, http)
    return { hub, rpc: new XmlRpcClient(http, { batchSize: 2 }), http, delays }
  }

  test('a call is POSTed as text/xml and its kwargs arrive as the koji keyword struct', async () => {
    const { hub, rpc } = await setup()
    expect(await rpc.call('getPackageID', ['ethtool'])).toBe(8491)
    await rpc.call('listTagged', ['x'], { latest: true, package: 'a+b & c' })
    expect(hub.requests[0].headers['content-type']).toBe('text/xml')
    expect(hub.requests[0].body).toBe(doc.GET_PACKAGE_ID_REQUEST)
    expect(hub.calls[1]).toEqual({ method: 'listTagged', params: ['x', { latest: true, package: 'a+b & c', __starstar: true }] })
  })

  test('a fault is thrown as XmlRpcFault naming the method, and is not retried', async () => {
    const { hub, rpc } = await setup()
    const err = await rpc.call('listTagged', ['hyperscale10s-packages-gone-release']).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(XmlRpcFault)
    expect(err).toMatchObject({ faultCode: 1000, faultString: "No such tagInfo: 'hyperscale10s-packages-gone-release'", method: 'listTagged' })
    expect((err as Error).message).toContain(`listTagged at ${hub.hubUrl}: fault 1000`)
    expect(hub.requests).toHaveLength(1)
  })

  test('multicall: mixed success and fault, split into batches, results in call order', async () => {
    // A real hub faults on a method it does not know; the fake answers so only when told.
    const { hub, rpc } = await setup({ answer: (call) => (call.method === 'noSuchMethod' ? { fault: [1000, 'Invalid method: noSuchMethod'] } : undefined) })
    const results = await rpc.multicall([
      { method: 'getPackageID', params: ['ethtool'] },
      { method: 'listTagged', params: ['hyperscale10s-packages-gone-release'], kwargs: { latest: true } },
      { method: 'getPackageID', params: ['nope'] },
      { method: 'getAPIVersion' },
      { method: 'noSuchMethod' },
    ])
    expect(hub.requests).toHaveLength(3)
    expect(results.map((r) => (r.ok ? r.value : r.fault.faultCode))).toEqual([8491, 1000, null, 1, 1000])
    expect(results[1].ok ? undefined : results[1].fault.method).toBe('listTagged')
    expect(hub.calls.map((c) => c.method)).toEqual(['getPackageID', 'listTagged', 'getPackageID', 'getAPIVersion', 'noSuchMethod'])
    expect(hub.calls[1].params).toEqual(['hyperscale10s-packages-gone-release', { latest: true, __starstar: true }])
  })

  test('a proxy 502 and then an HTML 200 are retried through the HTTP layer', async () => {
    const { hub, rpc, http, delays } = await setup({ failFirst: 1, htmlFirst: 1 })
    expect(await rpc.call('getAPIVersion')).toBe(1)
    expect(hub.requests).toHaveLength(3)
    expect(delays).toEqual([1000, 2000])
    expect(http.stats()[new URL(hub.hubUrl).host].retries).toBe(2)
  })

  test('a hub that keeps answering HTML fails as a RemoteError', async () => {
    const { rpc } = await setup({ htmlFirst: 10 })
    const err = await rpc.call('getAPIVersion').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RemoteError)
    expect(err).toMatchObject({ kind: 'body', attempts: 4 })
    expect((err as Error).message).toContain('not an XML-RPC response')
  })

  test('a multicall answer with the wrong number of results is a RemoteError, not a short list', async () => {
    const { rpc } = await setup({
      respond: (call) => (call.method === 'system.multicall' ? envelope('<value><array><data>\n<value><array><data><value><int>1</int></value></data></array></value>\n</data></array></value>') : undefined),
    })
    const err = await rpc.multicall([{ method: 'getAPIVersion' }, { method: 'getAPIVersion' }]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RemoteError)
    expect((err as RemoteError).kind).toBe('body')
    expect((err as Error).message).toContain('system.multicall returned 1 results for 2 calls')
  })

  test('a fault of system.multicall itself is thrown', async () => {
    const { rpc } = await setup({
      respond: (call) => (call.method === 'system.multicall' ? encodeFaultResponse(1, 'multicall disabled') : undefined),
    })
    const err = await rpc.multicall([{ method: 'getAPIVersion' }]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(XmlRpcFault)
    expect(err).toMatchObject({ faultCode: 1, faultString: 'multicall disabled', method: 'system.multicall' })
  })
})
