// A small XML-RPC client: the codec (encoding JS values, decoding responses
// with a small strict XML parser rather than string scanning) and a transport over
// HttpClient, so retries, limits and counters apply to koji hubs too.
// Keyword arguments follow koji's convention (a final struct carrying
// `__starstar: true`); `system.multicall` batches many calls in one request.

import { HttpClient, RetryableResponseError } from './http.js'

/** A decoded XML-RPC value. Integers beyond Number.MAX_SAFE_INTEGER decode as bigint. */
export type XmlRpcValue = string | number | bigint | boolean | null | Date | Uint8Array | XmlRpcValue[] | XmlRpcStruct
export interface XmlRpcStruct {
  [member: string]: XmlRpcValue
}

/** Forces `<double>` for a number that happens to be integral (e.g. an epoch timestamp). */
export class XmlRpcDouble {
  constructor(readonly value: number) {}
}
export const double = (value: number): XmlRpcDouble => new XmlRpcDouble(value)

/** What may be encoded. Struct members that are undefined are left out. */
export type XmlRpcInput =
  | string
  | number
  | bigint
  | boolean
  | null
  | Date
  | Uint8Array
  | XmlRpcDouble
  | readonly XmlRpcInput[]
  | { readonly [member: string]: XmlRpcInput | undefined }

export type KwArgs = { readonly [name: string]: XmlRpcInput | undefined }

export interface XmlRpcCall {
  method: string
  params?: readonly XmlRpcInput[]
  kwargs?: KwArgs
}

/** A `<fault>` answer: the hub understood the call and refused it. Never retried. */
export class XmlRpcFault extends Error {
  override readonly name = 'XmlRpcFault'
  readonly exitCode = 3

  constructor(
    readonly faultCode: number,
    readonly faultString: string,
    /** The method that faulted and where, for the message. */
    readonly method?: string,
    readonly url?: string,
  ) {
    super(`${method ? `${method}${url ? ` at ${url}` : ''}: ` : ''}fault ${faultCode}: ${faultString}`)
  }
}

/** A body that is not a well-formed XML-RPC answer. `retryable` when it does not even look like one (a proxy page). */
export class XmlRpcParseError extends Error {
  override readonly name = 'XmlRpcParseError'

  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message)
  }
}

/** A value that cannot be represented in XML-RPC (or in XML 1.0). */
export class XmlRpcEncodeError extends Error {
  override readonly name = 'XmlRpcEncodeError'
}

export type MulticallResult = { ok: true; value: XmlRpcValue } | { ok: false; fault: XmlRpcFault }

export type MethodResponse = { kind: 'value'; value: XmlRpcValue } | { kind: 'fault'; fault: XmlRpcFault }

// ---------------------------------------------------------------- encoding

const INT32_MIN = -(2 ** 31)
const INT32_MAX = 2 ** 31 - 1
const I8_MIN = -(2n ** 63n)
const I8_MAX = 2n ** 63n - 1n

// Characters XML 1.0 cannot carry at all, not even as character references.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u

export function escapeText(text: string): string {
  const bad = INVALID_XML_CHARS.exec(text)
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    throw new XmlRpcEncodeError(`the string ${JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)} contains U+${code}, which XML cannot carry`)
  }
  // \r is written as a reference: a literal one would be normalised to \n by the receiving parser.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

/** `<value>…</value>` for one value, in the layout koji's examples use. */
export function encodeValue(value: XmlRpcInput, path = 'value'): string {
  return `<value>${encodeInner(value, path, new Set())}</value>`
}

function encodeInner(value: XmlRpcInput, path: string, seen: Set<object>): string {
  if (value === null) return '<nil/>'
  switch (typeof value) {
    case 'string':
      return `<string>${escapeText(value)}</string>`
    case 'boolean':
      return `<boolean>${value ? 1 : 0}</boolean>`
    case 'bigint':
      if (value < I8_MIN || value > I8_MAX) throw new XmlRpcEncodeError(`${path}: ${value} does not fit a 64-bit <i8>`)
      return value >= BigInt(INT32_MIN) && value <= BigInt(INT32_MAX) ? `<int>${value}</int>` : `<i8>${value}</i8>`
    case 'number':
      if (!Number.isFinite(value)) throw new XmlRpcEncodeError(`${path}: ${value} cannot be sent over XML-RPC`)
      if (Number.isInteger(value)) {
        if (value >= INT32_MIN && value <= INT32_MAX) return `<int>${value === 0 ? 0 : value}</int>`
        if (Number.isSafeInteger(value)) return `<i8>${value}</i8>`
        throw new XmlRpcEncodeError(`${path}: ${value} is beyond the exact integer range; pass a bigint or double(${value})`)
      }
      return `<double>${value}</double>`
    case 'object':
      break
    default:
      throw new XmlRpcEncodeError(`${path}: a ${typeof value} cannot be sent over XML-RPC`)
  }
  if (value instanceof XmlRpcDouble) {
    if (!Number.isFinite(value.value)) throw new XmlRpcEncodeError(`${path}: ${value.value} cannot be sent over XML-RPC`)
    return `<double>${value.value}</double>`
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new XmlRpcEncodeError(`${path}: invalid Date`)
    return `<dateTime.iso8601>${formatDateTime(value)}</dateTime.iso8601>`
  }
  if (value instanceof Uint8Array) {
    return `<base64>${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}</base64>`
  }
  if (seen.has(value)) throw new XmlRpcEncodeError(`${path}: circular structure`)
  seen.add(value)
  try {
    if (Array.isArray(value)) {
      const items = (value as readonly XmlRpcInput[]).map((v, i) => `<value>${encodeInner(v, `${path}[${i}]`, seen)}</value>\n`)
      return `<array><data>\n${items.join('')}</data></array>`
    }
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) {
      throw new XmlRpcEncodeError(`${path}: only plain objects can be sent as structs`)
    }
    const members: string[] = []
    for (const [name, member] of Object.entries(value as { readonly [k: string]: XmlRpcInput | undefined })) {
      if (member === undefined) continue
      members.push(`<member><name>${escapeText(name)}</name><value>${encodeInner(member, `${path}.${name}`, seen)}</value></member>\n`)
    }
    return `<struct>\n${members.join('')}</struct>`
  } finally {
    seen.delete(value)
  }
}

/** Python's xmlrpc form, `YYYYMMDDTHH:MM:SS`, in UTC. Sub-second precision is dropped (the format has none). */
function formatDateTime(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`
}

/** Positional params plus koji's keyword struct (`__starstar` last) when kwargs are given. */
export function withKwargs(params: readonly XmlRpcInput[], kwargs?: KwArgs): XmlRpcInput[] {
  if (!kwargs) return [...params]
  return [...params, { ...kwargs, __starstar: true }]
}

const METHOD_NAME = /^[A-Za-z0-9_.:/]+$/

/** A complete `<methodCall>` document. */
export function encodeCall(method: string, params: readonly XmlRpcInput[] = [], kwargs?: KwArgs): string {
  if (!METHOD_NAME.test(method)) throw new XmlRpcEncodeError(`invalid method name ${JSON.stringify(method)}`)
  const all = withKwargs(params, kwargs)
  const body = all.map((p, i) => `<param>${encodeValue(p, `${method} param ${i + 1}`)}</param>\n`).join('')
  return `<?xml version="1.0"?>\n<methodCall>\n<methodName>${method}</methodName>\n<params>\n${body}</params>\n</methodCall>`
}

/** The `system.multicall` document for a batch of calls. */
export function encodeMulticall(calls: readonly XmlRpcCall[]): string {
  const entries = calls.map((c) => {
    if (!METHOD_NAME.test(c.method)) throw new XmlRpcEncodeError(`invalid method name ${JSON.stringify(c.method)}`)
    return { methodName: c.method, params: withKwargs(c.params ?? [], c.kwargs) }
  })
  return encodeCall('system.multicall', [entries])
}

/** A `<methodResponse>` document (used by tests and fakes; the codec's inverse of decodeResponse). */
export function encodeResponse(value: XmlRpcInput): string {
  return `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n${encodeValue(value)}\n</param>\n</params>\n</methodResponse>\n`
}

export function encodeFaultResponse(faultCode: number, faultString: string): string {
  return `<?xml version='1.0'?>\n<methodResponse>\n<fault>\n${encodeValue({ faultCode, faultString })}\n</fault>\n</methodResponse>\n`
}

// ---------------------------------------------------------------- decoding

/**
 * Decodes a `<methodResponse>` into a value or a fault; throws
 * XmlRpcParseError for anything else (retryable when the body is not an
 * XML-RPC answer at all, e.g. a proxy's HTML page).
 *
 * One pass, straight from the text to values: a small non-validating XML
 * reader for what XML-RPC uses (elements, text, CDATA, comments, processing
 * instructions; attributes are read and ignored), driven by the XML-RPC
 * grammar. A Fedora koji package list is tens of megabytes; building no
 * intermediate tree keeps its decoding fast and its memory small. Text is
 * kept verbatim (no trimming, no number coercion), entity references are
 * decoded by decodeEntities, and a DOCTYPE is refused, so no DTD-defined
 * entity is ever expanded.
 */
export function decodeResponse(xml: string): MethodResponse {
  // Koji never sends a DTD; refusing one rules out entity-expansion attacks outright.
  if (/<!DOCTYPE/i.test(xml)) throw new XmlRpcParseError('the response contains a DOCTYPE, which XML-RPC never uses', true)
  const c = new Reader(xml)
  if (c.text().trim() !== '') throw c.malformed('text outside the root element')
  if (c.eof()) throw new XmlRpcParseError('the response has no single root element', true)
  const root = c.open()
  if (root.name !== 'methodResponse') throw new XmlRpcParseError(`expected <methodResponse>, got <${root.name}>`, true)
  const result = methodResponse(c, root)
  if (c.text().trim() !== '') throw c.malformed('text outside the root element')
  if (!c.eof()) throw c.atClose() ? c.malformed('a closing tag without an opening tag') : c.malformed('more than one root element')
  return result
}

/** A value, or throws the fault. */
export function decodeResponseValue(xml: string): XmlRpcValue {
  const res = decodeResponse(xml)
  if (res.kind === 'fault') throw res.fault
  return res.value
}

interface Tag {
  name: string
  /** `<name/>`: no content and no closing tag. */
  empty: boolean
}

/** Values nested deeper than this are refused (a hostile answer must not exhaust the stack). */
const MAX_DEPTH = 200

// A tag name, then attributes (quoted values; read and ignored), then `>` or `/>`.
const START_TAG = /<([A-Za-z_][-\w.:]*)(?:\s+[A-Za-z_][-\w.:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y
const END_TAG = /<\/([A-Za-z_][-\w.:]*)\s*>/y

/** A cursor over the document: text runs, opening and closing tags; comments and processing instructions are skipped. */
class Reader {
  pos = 0
  constructor(readonly xml: string) {}

  eof(): boolean {
    return this.pos >= this.xml.length
  }

  atClose(): boolean {
    return this.xml.startsWith('</', this.pos)
  }

  /** Character data up to the next tag (or the end), entities decoded, CDATA literal. */
  text(): string {
    const xml = this.xml
    let out = ''
    for (;;) {
      const lt = xml.indexOf('<', this.pos)
      const stop = lt < 0 ? xml.length : lt
      if (stop > this.pos) out += decodeEntities(xml.slice(this.pos, stop))
      this.pos = stop
      if (lt < 0) return out
      const next = xml.charCodeAt(lt + 1)
      if (next === 0x3f /* ? */) {
        const close = xml.indexOf('?>', lt + 2)
        if (close < 0) throw this.malformed('unterminated processing instruction')
        this.pos = close + 2
      } else if (next === 0x21 /* ! */) {
        if (xml.startsWith('<!--', lt)) {
          const close = xml.indexOf('-->', lt + 4)
          if (close < 0) throw this.malformed('unterminated comment')
          this.pos = close + 3
        } else if (xml.startsWith('<![CDATA[', lt)) {
          const close = xml.indexOf(']]>', lt + 9)
          if (close < 0) throw this.malformed('unterminated CDATA section')
          // CDATA content is literal: its inner text is not entity-decoded.
          out += xml.slice(lt + 9, close)
          this.pos = close + 3
        } else {
          throw this.malformed('unexpected "<!"')
        }
      } else {
        return out
      }
    }
  }

  /** An opening tag at the cursor. */
  open(): Tag {
    START_TAG.lastIndex = this.pos
    const m = START_TAG.exec(this.xml)
    if (!m) throw this.malformed('malformed tag')
    this.pos = START_TAG.lastIndex
    return { name: m[1], empty: m[2] === '/' }
  }

  /** The closing tag of `name` at the cursor. */
  close(name: string): void {
    END_TAG.lastIndex = this.pos
    const m = END_TAG.exec(this.xml)
    if (!m) throw this.malformed('malformed closing tag')
    if (m[1] !== name) throw this.malformed(`closing tag </${m[1]}> does not match <${name}>`)
    this.pos = END_TAG.lastIndex
  }

  /** The next child element of `parent`, or undefined after its closing tag; text other than whitespace is refused. */
  child(parent: Tag): Tag | undefined {
    if (parent.empty) return undefined
    const t = this.text()
    if (t.trim() !== '') throw new XmlRpcParseError(`unexpected text ${JSON.stringify(t.trim().slice(0, 40))} inside <${parent.name}>`)
    if (this.eof()) throw this.malformed(`unclosed tag <${parent.name}>`)
    if (this.atClose()) {
      this.close(parent.name)
      return undefined
    }
    return this.open()
  }

  /** The text content of `el`, which may hold no element. */
  textOnly(el: Tag): string {
    if (el.empty) return ''
    const t = this.text()
    if (this.eof()) throw this.malformed(`unclosed tag <${el.name}>`)
    if (!this.atClose()) throw new XmlRpcParseError(`<${el.name}> must hold text only, found <${this.open().name}>`)
    this.close(el.name)
    return t
  }

  /** Skips `el` and everything in it (well-formedness still checked). */
  skip(el: Tag): void {
    for (let c = this.child(el); c; c = this.child(el)) this.skipAny(c)
  }

  #depth = 0
  skipAny(el: Tag): void {
    if (el.empty) return
    if (++this.#depth > MAX_DEPTH) throw new XmlRpcParseError(`the response nests elements deeper than ${MAX_DEPTH} levels`)
    for (;;) {
      this.text()
      if (this.eof()) throw this.malformed(`unclosed tag <${el.name}>`)
      if (this.atClose()) break
      this.skipAny(this.open())
    }
    this.close(el.name)
    this.#depth--
  }

  malformed(what: string): XmlRpcParseError {
    let line = 1
    for (let i = this.xml.indexOf('\n'); i >= 0 && i < this.pos; i = this.xml.indexOf('\n', i + 1)) line++
    return new XmlRpcParseError(`the response is not well-formed XML (line ${line}: ${what})`, true)
  }
}

function methodResponse(c: Reader, root: Tag): MethodResponse {
  const exactlyOne = '<methodResponse> must hold exactly one <params> or <fault>'
  const body = c.child(root)
  if (!body) throw new XmlRpcParseError(exactlyOne)
  let result: MethodResponse
  if (body.name === 'fault') {
    const value = onlyValue(c, body, '<fault>')
    const struct = isStruct(value) ? value : {}
    const code = struct['faultCode']
    const text = struct['faultString']
    result = { kind: 'fault', fault: new XmlRpcFault(typeof code === 'number' ? code : -1, typeof text === 'string' ? text : 'unknown fault') }
  } else if (body.name === 'params') {
    const param = c.child(body)
    if (!param) result = { kind: 'value', value: null }
    else {
      if (param.name !== 'param') throw new XmlRpcParseError(`expected <param>, got <${param.name}>`)
      result = { kind: 'value', value: onlyValue(c, param, '<param>') }
      c.skip(body)
    }
  } else {
    throw new XmlRpcParseError(`expected <params> or <fault>, got <${body.name}>`)
  }
  if (c.child(root)) throw new XmlRpcParseError(exactlyOne)
  return result
}

/** The single `<value>` child of `el`. */
function onlyValue(c: Reader, el: Tag, where: string): XmlRpcValue {
  const v = c.child(el)
  if (!v || v.name !== 'value') throw new XmlRpcParseError(`${where} must hold exactly one <value>`)
  const value = decodeValue(c, v, 0)
  if (c.child(el)) throw new XmlRpcParseError(`${where} must hold exactly one <value>`)
  return value
}

/** A `<value>` whose opening tag was just read. */
function decodeValue(c: Reader, el: Tag, depth: number): XmlRpcValue {
  if (el.empty) return ''
  if (depth > MAX_DEPTH) throw new XmlRpcParseError(`the response nests values deeper than ${MAX_DEPTH} levels`)
  let text = ''
  let typed: { value: XmlRpcValue } | undefined
  for (;;) {
    text += c.text()
    if (c.eof()) throw c.malformed('unclosed tag <value>')
    if (c.atClose()) break
    if (typed) throw new XmlRpcParseError('<value> holds more than one element')
    typed = { value: decodeTyped(c, c.open(), depth) }
  }
  c.close('value')
  // No type element: the XML-RPC default type, a string, kept verbatim.
  if (!typed) return text
  if (text.trim() !== '') throw new XmlRpcParseError('<value> mixes text and a typed element')
  return typed.value
}

function decodeTyped(c: Reader, el: Tag, depth: number): XmlRpcValue {
  // Apache's extension namespace spells some types ex:i8 / ex:nil.
  const type = el.name.startsWith('ex:') ? el.name.slice(3) : el.name
  switch (type) {
    case 'string':
      return c.textOnly(el)
    case 'int':
    case 'i4':
    case 'i8':
      return decodeInt(c.textOnly(el), type)
    case 'boolean': {
      const t = c.textOnly(el).trim()
      if (t === '1' || t === 'true') return true
      if (t === '0' || t === 'false') return false
      throw new XmlRpcParseError(`invalid <boolean> ${JSON.stringify(t)}`)
    }
    case 'double':
      return decodeDouble(c.textOnly(el))
    case 'nil':
      if (c.child(el)) throw new XmlRpcParseError('<nil> must be empty')
      return null
    case 'dateTime.iso8601':
      return decodeDateTime(c.textOnly(el))
    case 'base64': {
      const t = c.textOnly(el).replace(/\s+/g, '')
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 === 1) throw new XmlRpcParseError('invalid <base64> content')
      return new Uint8Array(Buffer.from(t, 'base64'))
    }
    case 'array': {
      const data = c.child(el)
      if (!data || data.name !== 'data') throw new XmlRpcParseError('<array> must hold exactly one <data>')
      const out: XmlRpcValue[] = []
      for (let v = c.child(data); v; v = c.child(data)) {
        if (v.name !== 'value') throw new XmlRpcParseError(`expected <value> in <data>, got <${v.name}>`)
        out.push(decodeValue(c, v, depth + 1))
      }
      if (c.child(el)) throw new XmlRpcParseError('<array> must hold exactly one <data>')
      return out
    }
    case 'struct': {
      const out: XmlRpcStruct = {}
      for (let member = c.child(el); member; member = c.child(el)) {
        if (member.name !== 'member') throw new XmlRpcParseError(`expected <member> in <struct>, got <${member.name}>`)
        let name: string | undefined
        let value: { v: XmlRpcValue } | undefined
        let parts = 0
        for (let part = c.child(member); part; part = c.child(member)) {
          parts++
          if (part.name === 'name' && name === undefined) name = c.textOnly(part)
          else if (part.name === 'value' && value === undefined) value = { v: decodeValue(c, part, depth + 1) }
          else c.skipAny(part)
        }
        if (name === undefined || value === undefined || parts !== 2) throw new XmlRpcParseError('a <member> needs one <name> and one <value>')
        // A member called "__proto__" must stay data, not become the prototype (plain assignment elsewhere: far faster).
        if (name === '__proto__') Object.defineProperty(out, name, { value: value.v, enumerable: true, writable: true, configurable: true })
        else out[name] = value.v
      }
      return out
    }
    default:
      throw new XmlRpcParseError(`unknown XML-RPC type <${el.name}>`)
  }
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  const decoded = text.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name]
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16)
    if (!(cp >= 0x9 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) throw new XmlRpcParseError(`invalid character reference &#${dec ?? 'x' + hex};`)
    return String.fromCodePoint(cp)
  })
  // Entities were all replaced; a remaining "&" came from an unknown entity.
  if (text.replace(ENTITY, '').includes('&')) throw new XmlRpcParseError('unknown entity reference in the response')
  return decoded
}

function decodeInt(text: string, type: string): number | bigint {
  const t = text.trim()
  if (!/^[+-]?\d+$/.test(t)) throw new XmlRpcParseError(`invalid <${type}> ${JSON.stringify(t)}`)
  const n = BigInt(t)
  if (n < I8_MIN || n > I8_MAX) throw new XmlRpcParseError(`<${type}> ${t} is beyond 64 bits`)
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n
}

function decodeDouble(text: string): number {
  const t = text.trim()
  // Python writes inf/nan for the special values.
  if (/^[+-]?inf(inity)?$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity
  if (/^[+-]?nan$/i.test(t)) return NaN
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) throw new XmlRpcParseError(`invalid <double> ${JSON.stringify(t)}`)
  return Number(t)
}

const DATE_TIME = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/

/** `20240101T12:00:00`, `2024-01-01T12:00:00Z`, `20240101T120000+0100`…; no zone means UTC. */
function decodeDateTime(text: string): Date {
  const t = text.trim()
  const m = DATE_TIME.exec(t)
  if (!m) throw new XmlRpcParseError(`invalid <dateTime.iso8601> ${JSON.stringify(t)}`)
  const [, y, mo, d, h, mi, s, frac, zone] = m
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Math.round(Number(frac) * 1000) : 0)
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
  }
  const date = new Date(ms)
  if (Number.isNaN(date.getTime()) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) {
    throw new XmlRpcParseError(`invalid <dateTime.iso8601> ${JSON.stringify(t)}`)
  }
  return date
}

export function isStruct(value: XmlRpcValue | undefined): value is XmlRpcStruct {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array)
}

/**
 * Splits multicall results: `[value]` is a success, a struct with faultCode a
 * fault. Throws XmlRpcParseError when the count or a shape is wrong.
 */
export function splitMulticall(value: XmlRpcValue, calls: readonly XmlRpcCall[]): MulticallResult[] {
  if (!Array.isArray(value)) throw new XmlRpcParseError('system.multicall did not return an array')
  if (value.length !== calls.length) {
    throw new XmlRpcParseError(`system.multicall returned ${value.length} results for ${calls.length} calls`)
  }
  return value.map((entry, i): MulticallResult => {
    if (Array.isArray(entry) && entry.length === 1) return { ok: true, value: entry[0]! }
    if (isStruct(entry) && 'faultCode' in entry) {
      const code = entry['faultCode']
      const text = entry['faultString']
      return { ok: false, fault: new XmlRpcFault(typeof code === 'number' ? code : -1, typeof text === 'string' ? text : 'unknown fault', calls[i].method) }
    }
    throw new XmlRpcParseError(`system.multicall result ${i + 1} (${calls[i].method}) is neither [value] nor a fault`)
  })
}

/** Splits items into consecutive batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`)
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

// ---------------------------------------------------------------- transport

export interface XmlRpcClientOptions {
  /** Path of the endpoint under the HTTP client's base URL; default '' (the base URL is the hub). */
  path?: string
  /** Calls per system.multicall request. Default 100 (hs-relmon uses at most 200). */
  batchSize?: number
}

export interface CallOptions {
  /** Whole-request timeout for this call, overriding the HTTP client's. */
  timeoutMs?: number
}

export class XmlRpcClient {
  readonly http: HttpClient
  readonly path: string
  readonly batchSize: number

  constructor(http: HttpClient, options: XmlRpcClientOptions = {}) {
    this.http = http
    this.path = options.path ?? ''
    this.batchSize = options.batchSize ?? 100
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${this.batchSize}`)
  }

  /** The endpoint URL, safe for messages. */
  get url(): string {
    return this.http.describe(this.path)
  }

  /** Calls one method; a fault is thrown as XmlRpcFault, transport trouble as RemoteError. */
  async call(method: string, params: readonly XmlRpcInput[] = [], kwargs?: KwArgs, options: CallOptions = {}): Promise<XmlRpcValue> {
    const res = await this.#post(encodeCall(method, params, kwargs), (value) => value, options)
    if ('fault' in res) throw new XmlRpcFault(res.fault.faultCode, res.fault.faultString, method, this.url)
    return res.value
  }

  /**
   * Runs the calls through system.multicall, `batchSize` per request, one
   * request after another; results come back in call order, each a value or
   * a fault (one faulting call does not abort the others).
   */
  async multicall(calls: readonly XmlRpcCall[], options: CallOptions & { batchSize?: number } = {}): Promise<MulticallResult[]> {
    const out: MulticallResult[] = []
    for (const batch of batches(calls, options.batchSize ?? this.batchSize)) {
      const res = await this.#post(encodeMulticall(batch), (value) => splitMulticall(value, batch), options)
      if ('fault' in res) throw new XmlRpcFault(res.fault.faultCode, res.fault.faultString, 'system.multicall', this.url)
      out.push(...res.value)
    }
    return out
  }

  /**
   * POSTs a call. `onValue` runs inside the HTTP layer's parse step, so a
   * malformed answer becomes a RemoteError (kind body) like any other.
   */
  async #post<T>(body: string, onValue: (value: XmlRpcValue) => T, options: CallOptions): Promise<{ fault: XmlRpcFault } | { value: T }> {
    return this.http.requestAs(
      // Reads on a hub are idempotent, so the HTTP layer may repeat them.
      { method: 'POST', path: this.path, body, headers: { 'content-type': 'text/xml', accept: 'text/xml' }, idempotent: true, timeoutMs: options.timeoutMs },
      (res) => {
        let decoded: MethodResponse
        try {
          decoded = decodeResponse(res.text())
        } catch (err) {
          // An HTML error page from a proxy is transient; a malformed methodResponse is not.
          if (err instanceof XmlRpcParseError && err.retryable) throw new RetryableResponseError(`not an XML-RPC response: ${err.message}`)
          throw err
        }
        return decoded.kind === 'fault' ? { fault: decoded.fault } : { value: onValue(decoded.value) }
      },
    )
  }
}
