export const id = 102;
export const ids = [102];
export const modules = {

/***/ 24986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSyncGitlab: () => (/* binding */ createSyncGitlab),
  syncGitlab: () => (/* binding */ syncGitlab)
});

// EXTERNAL MODULE: ./src/core/args.ts
var core_args = __webpack_require__(71038);
// EXTERNAL MODULE: ./src/sources/http.ts + 7 modules
var sources_http = __webpack_require__(83368);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(69658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./src/sources/xmlrpc.ts
// A small XML-RPC client: the codec (encoding JS values, decoding responses
// with fast-xml-parser rather than string scanning) and a transport over
// HttpClient, so retries, limits and counters apply to koji hubs too.
// Keyword arguments follow koji's convention (a final struct carrying
// `__starstar: true`); `system.multicall` batches many calls in one request.


/** Forces `<double>` for a number that happens to be integral (e.g. an epoch timestamp). */
class XmlRpcDouble {
    value;
    constructor(value) {
        this.value = value;
    }
}
const xmlrpc_double = (value) => new XmlRpcDouble(value);
/** A `<fault>` answer: the hub understood the call and refused it. Never retried. */
class XmlRpcFault extends Error {
    faultCode;
    faultString;
    method;
    url;
    name = 'XmlRpcFault';
    exitCode = 3;
    constructor(faultCode, faultString, 
    /** The method that faulted and where, for the message. */
    method, url) {
        super(`${method ? `${method}${url ? ` at ${url}` : ''}: ` : ''}fault ${faultCode}: ${faultString}`);
        this.faultCode = faultCode;
        this.faultString = faultString;
        this.method = method;
        this.url = url;
    }
}
/** A body that is not a well-formed XML-RPC answer. `retryable` when it does not even look like one (a proxy page). */
class XmlRpcParseError extends Error {
    retryable;
    name = 'XmlRpcParseError';
    constructor(message, retryable = false) {
        super(message);
        this.retryable = retryable;
    }
}
/** A value that cannot be represented in XML-RPC (or in XML 1.0). */
class XmlRpcEncodeError extends Error {
    name = 'XmlRpcEncodeError';
}
// ---------------------------------------------------------------- encoding
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const I8_MIN = -(2n ** 63n);
const I8_MAX = 2n ** 63n - 1n;
// Characters XML 1.0 cannot carry at all, not even as character references.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
function escapeText(text) {
    const bad = INVALID_XML_CHARS.exec(text);
    if (bad) {
        const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        throw new XmlRpcEncodeError(`the string ${JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)} contains U+${code}, which XML cannot carry`);
    }
    // \r is written as a reference: a literal one would be normalised to \n by the receiving parser.
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
/** `<value>…</value>` for one value, in the layout koji's examples use. */
function encodeValue(value, path = 'value') {
    return `<value>${encodeInner(value, path, new Set())}</value>`;
}
function encodeInner(value, path, seen) {
    if (value === null)
        return '<nil/>';
    switch (typeof value) {
        case 'string':
            return `<string>${escapeText(value)}</string>`;
        case 'boolean':
            return `<boolean>${value ? 1 : 0}</boolean>`;
        case 'bigint':
            if (value < I8_MIN || value > I8_MAX)
                throw new XmlRpcEncodeError(`${path}: ${value} does not fit a 64-bit <i8>`);
            return value >= BigInt(INT32_MIN) && value <= BigInt(INT32_MAX) ? `<int>${value}</int>` : `<i8>${value}</i8>`;
        case 'number':
            if (!Number.isFinite(value))
                throw new XmlRpcEncodeError(`${path}: ${value} cannot be sent over XML-RPC`);
            if (Number.isInteger(value)) {
                if (value >= INT32_MIN && value <= INT32_MAX)
                    return `<int>${value === 0 ? 0 : value}</int>`;
                if (Number.isSafeInteger(value))
                    return `<i8>${value}</i8>`;
                throw new XmlRpcEncodeError(`${path}: ${value} is beyond the exact integer range; pass a bigint or double(${value})`);
            }
            return `<double>${value}</double>`;
        case 'object':
            break;
        default:
            throw new XmlRpcEncodeError(`${path}: a ${typeof value} cannot be sent over XML-RPC`);
    }
    if (value instanceof XmlRpcDouble) {
        if (!Number.isFinite(value.value))
            throw new XmlRpcEncodeError(`${path}: ${value.value} cannot be sent over XML-RPC`);
        return `<double>${value.value}</double>`;
    }
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            throw new XmlRpcEncodeError(`${path}: invalid Date`);
        return `<dateTime.iso8601>${formatDateTime(value)}</dateTime.iso8601>`;
    }
    if (value instanceof Uint8Array) {
        return `<base64>${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}</base64>`;
    }
    if (seen.has(value))
        throw new XmlRpcEncodeError(`${path}: circular structure`);
    seen.add(value);
    try {
        if (Array.isArray(value)) {
            const items = value.map((v, i) => `<value>${encodeInner(v, `${path}[${i}]`, seen)}</value>\n`);
            return `<array><data>\n${items.join('')}</data></array>`;
        }
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
            throw new XmlRpcEncodeError(`${path}: only plain objects can be sent as structs`);
        }
        const members = [];
        for (const [name, member] of Object.entries(value)) {
            if (member === undefined)
                continue;
            members.push(`<member><name>${escapeText(name)}</name><value>${encodeInner(member, `${path}.${name}`, seen)}</value></member>\n`);
        }
        return `<struct>\n${members.join('')}</struct>`;
    }
    finally {
        seen.delete(value);
    }
}
/** Python's xmlrpc form, `YYYYMMDDTHH:MM:SS`, in UTC. Sub-second precision is dropped (the format has none). */
function formatDateTime(d) {
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
/** Positional params plus koji's keyword struct (`__starstar` last) when kwargs are given. */
function withKwargs(params, kwargs) {
    if (!kwargs)
        return [...params];
    return [...params, { ...kwargs, __starstar: true }];
}
const METHOD_NAME = /^[A-Za-z0-9_.:/]+$/;
/** A complete `<methodCall>` document. */
function encodeCall(method, params = [], kwargs) {
    if (!METHOD_NAME.test(method))
        throw new XmlRpcEncodeError(`invalid method name ${JSON.stringify(method)}`);
    const all = withKwargs(params, kwargs);
    const body = all.map((p, i) => `<param>${encodeValue(p, `${method} param ${i + 1}`)}</param>\n`).join('');
    return `<?xml version="1.0"?>\n<methodCall>\n<methodName>${method}</methodName>\n<params>\n${body}</params>\n</methodCall>`;
}
/** The `system.multicall` document for a batch of calls. */
function encodeMulticall(calls) {
    const entries = calls.map((c) => {
        if (!METHOD_NAME.test(c.method))
            throw new XmlRpcEncodeError(`invalid method name ${JSON.stringify(c.method)}`);
        return { methodName: c.method, params: withKwargs(c.params ?? [], c.kwargs) };
    });
    return encodeCall('system.multicall', [entries]);
}
/** A `<methodResponse>` document (used by tests and fakes; the codec's inverse of decodeResponse). */
function encodeResponse(value) {
    return `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n${encodeValue(value)}\n</param>\n</params>\n</methodResponse>\n`;
}
function encodeFaultResponse(faultCode, faultString) {
    return `<?xml version='1.0'?>\n<methodResponse>\n<fault>\n${encodeValue({ faultCode, faultString })}\n</fault>\n</methodResponse>\n`;
}
// Text kept verbatim: no trimming, no number coercion. Entities are decoded
// by decodeEntities below, so no DTD-defined entity is ever expanded.
const parser = new XMLParser/* default */.A({
    preserveOrder: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreAttributes: true,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: '#cdata',
    commentPropName: '#comment',
});
/** Decodes a `<methodResponse>` into a value or a fault; throws XmlRpcParseError for anything else. */
function decodeResponse(xml) {
    const root = parseDocument(xml);
    if (root.name !== 'methodResponse') {
        throw new XmlRpcParseError(`expected <methodResponse>, got <${root.name}>`, true);
    }
    const [body, ...rest] = xmlrpc_elements(root);
    if (!body || rest.length > 0)
        throw new XmlRpcParseError('<methodResponse> must hold exactly one <params> or <fault>');
    if (body.name === 'fault') {
        const value = decodeValue(only(body, 'value', '<fault>'));
        const struct = isStruct(value) ? value : {};
        const code = struct['faultCode'];
        const text = struct['faultString'];
        return {
            kind: 'fault',
            fault: new XmlRpcFault(typeof code === 'number' ? code : -1, typeof text === 'string' ? text : 'unknown fault'),
        };
    }
    if (body.name !== 'params')
        throw new XmlRpcParseError(`expected <params> or <fault>, got <${body.name}>`);
    const params = xmlrpc_elements(body);
    if (params.length === 0)
        return { kind: 'value', value: null };
    const first = params[0];
    if (first.name !== 'param')
        throw new XmlRpcParseError(`expected <param>, got <${first.name}>`);
    return { kind: 'value', value: decodeValue(only(first, 'value', '<param>')) };
}
/** A value, or throws the fault. */
function decodeResponseValue(xml) {
    const res = decodeResponse(xml);
    if (res.kind === 'fault')
        throw res.fault;
    return res.value;
}
function parseDocument(xml) {
    // Koji never sends a DTD; refusing one rules out entity-expansion attacks outright.
    if (/<!DOCTYPE/i.test(xml))
        throw new XmlRpcParseError('the response contains a DOCTYPE, which XML-RPC never uses', true);
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true) {
        throw new XmlRpcParseError(`the response is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, true);
    }
    const roots = toNodes(parser.parse(xml)).filter((n) => n.kind === 'el');
    if (roots.length !== 1)
        throw new XmlRpcParseError('the response has no single root element', true);
    return roots[0];
}
function toNodes(raw) {
    const out = [];
    for (const entry of raw) {
        if (typeof entry !== 'object' || entry === null)
            continue;
        for (const [key, content] of Object.entries(entry)) {
            if (key === ':@' || key === '#comment')
                continue;
            if (key === '#text')
                out.push({ kind: 'text', text: decodeEntities(String(content)) });
            else if (key === '#cdata')
                out.push({ kind: 'text', text: rawText(content) });
            else
                out.push({ kind: 'el', name: key, children: Array.isArray(content) ? toNodes(content) : [] });
        }
    }
    return out;
}
// CDATA content is literal: its inner text is not entity-decoded.
function rawText(content) {
    if (!Array.isArray(content))
        return '';
    return content.map((c) => (typeof c === 'object' && c !== null ? String(c['#text'] ?? '') : '')).join('');
}
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    const decoded = text.replace(ENTITY, (_m, dec, hex, name) => {
        if (name !== undefined)
            return NAMED[name];
        const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
        if (!(cp >= 0x9 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff))
            throw new XmlRpcParseError(`invalid character reference &#${dec ?? 'x' + hex};`);
        return String.fromCodePoint(cp);
    });
    // Entities were all replaced; a remaining "&" came from an unknown entity.
    if (text.replace(ENTITY, '').includes('&'))
        throw new XmlRpcParseError('unknown entity reference in the response');
    return decoded;
}
function xmlrpc_elements(el) {
    const out = [];
    for (const c of el.children) {
        if (c.kind === 'el')
            out.push(c);
        else if (c.text.trim() !== '')
            throw new XmlRpcParseError(`unexpected text ${JSON.stringify(c.text.trim().slice(0, 40))} inside <${el.name}>`);
    }
    return out;
}
function only(el, name, where) {
    const els = xmlrpc_elements(el);
    if (els.length !== 1 || els[0].name !== name)
        throw new XmlRpcParseError(`${where} must hold exactly one <${name}>`);
    return els[0];
}
function textOf(el) {
    let out = '';
    for (const c of el.children) {
        if (c.kind !== 'text')
            throw new XmlRpcParseError(`<${el.name}> must hold text only, found <${c.name}>`);
        out += c.text;
    }
    return out;
}
function decodeValue(value) {
    const typed = value.children.filter((c) => c.kind === 'el');
    // No type element: the XML-RPC default type, a string, kept verbatim.
    if (typed.length === 0)
        return textOf(value);
    if (typed.length > 1)
        throw new XmlRpcParseError('<value> holds more than one element');
    for (const c of value.children) {
        if (c.kind === 'text' && c.text.trim() !== '')
            throw new XmlRpcParseError('<value> mixes text and a typed element');
    }
    const el = typed[0];
    // Apache's extension namespace spells some types ex:i8 / ex:nil.
    const type = el.name.startsWith('ex:') ? el.name.slice(3) : el.name;
    switch (type) {
        case 'string':
            return textOf(el);
        case 'int':
        case 'i4':
        case 'i8':
            return decodeInt(textOf(el), type);
        case 'boolean': {
            const t = textOf(el).trim();
            if (t === '1' || t === 'true')
                return true;
            if (t === '0' || t === 'false')
                return false;
            throw new XmlRpcParseError(`invalid <boolean> ${JSON.stringify(t)}`);
        }
        case 'double':
            return decodeDouble(textOf(el));
        case 'nil':
            if (xmlrpc_elements(el).length > 0)
                throw new XmlRpcParseError('<nil> must be empty');
            return null;
        case 'dateTime.iso8601':
            return decodeDateTime(textOf(el));
        case 'base64': {
            const t = textOf(el).replace(/\s+/g, '');
            if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 === 1)
                throw new XmlRpcParseError('invalid <base64> content');
            return new Uint8Array(Buffer.from(t, 'base64'));
        }
        case 'array': {
            const data = only(el, 'data', '<array>');
            return xmlrpc_elements(data).map((v) => {
                if (v.name !== 'value')
                    throw new XmlRpcParseError(`expected <value> in <data>, got <${v.name}>`);
                return decodeValue(v);
            });
        }
        case 'struct': {
            const out = {};
            for (const member of xmlrpc_elements(el)) {
                if (member.name !== 'member')
                    throw new XmlRpcParseError(`expected <member> in <struct>, got <${member.name}>`);
                const parts = xmlrpc_elements(member);
                const name = parts.find((p) => p.name === 'name');
                const v = parts.find((p) => p.name === 'value');
                if (!name || !v || parts.length !== 2)
                    throw new XmlRpcParseError('a <member> needs one <name> and one <value>');
                // defineProperty: a member called "__proto__" must stay data, not become the prototype.
                Object.defineProperty(out, textOf(name), { value: decodeValue(v), enumerable: true, writable: true, configurable: true });
            }
            return out;
        }
        default:
            throw new XmlRpcParseError(`unknown XML-RPC type <${el.name}>`);
    }
}
function decodeInt(text, type) {
    const t = text.trim();
    if (!/^[+-]?\d+$/.test(t))
        throw new XmlRpcParseError(`invalid <${type}> ${JSON.stringify(t)}`);
    const n = BigInt(t);
    if (n < I8_MIN || n > I8_MAX)
        throw new XmlRpcParseError(`<${type}> ${t} is beyond 64 bits`);
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}
function decodeDouble(text) {
    const t = text.trim();
    // Python writes inf/nan for the special values.
    if (/^[+-]?inf(inity)?$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/i.test(t))
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
        throw new XmlRpcParseError(`invalid <double> ${JSON.stringify(t)}`);
    return Number(t);
}
const DATE_TIME = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
/** `20240101T12:00:00`, `2024-01-01T12:00:00Z`, `20240101T120000+0100`…; no zone means UTC. */
function decodeDateTime(text) {
    const t = text.trim();
    const m = DATE_TIME.exec(t);
    if (!m)
        throw new XmlRpcParseError(`invalid <dateTime.iso8601> ${JSON.stringify(t)}`);
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Math.round(Number(frac) * 1000) : 0);
    if (zone && zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    const date = new Date(ms);
    if (Number.isNaN(date.getTime()) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) {
        throw new XmlRpcParseError(`invalid <dateTime.iso8601> ${JSON.stringify(t)}`);
    }
    return date;
}
function isStruct(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}
/**
 * Splits multicall results: `[value]` is a success, a struct with faultCode a
 * fault. Throws XmlRpcParseError when the count or a shape is wrong.
 */
function splitMulticall(value, calls) {
    if (!Array.isArray(value))
        throw new XmlRpcParseError('system.multicall did not return an array');
    if (value.length !== calls.length) {
        throw new XmlRpcParseError(`system.multicall returned ${value.length} results for ${calls.length} calls`);
    }
    return value.map((entry, i) => {
        if (Array.isArray(entry) && entry.length === 1)
            return { ok: true, value: entry[0] };
        if (isStruct(entry) && 'faultCode' in entry) {
            const code = entry['faultCode'];
            const text = entry['faultString'];
            return { ok: false, fault: new XmlRpcFault(typeof code === 'number' ? code : -1, typeof text === 'string' ? text : 'unknown fault', calls[i].method) };
        }
        throw new XmlRpcParseError(`system.multicall result ${i + 1} (${calls[i].method}) is neither [value] nor a fault`);
    });
}
/** Splits items into consecutive batches of at most `size`. */
function batches(items, size) {
    if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`batch size must be a positive integer, got ${size}`);
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
class XmlRpcClient {
    http;
    path;
    batchSize;
    constructor(http, options = {}) {
        this.http = http;
        this.path = options.path ?? '';
        this.batchSize = options.batchSize ?? 100;
        if (!Number.isInteger(this.batchSize) || this.batchSize < 1)
            throw new RangeError(`batchSize must be a positive integer, got ${this.batchSize}`);
    }
    /** The endpoint URL, safe for messages. */
    get url() {
        return this.http.describe(this.path);
    }
    /** Calls one method; a fault is thrown as XmlRpcFault, transport trouble as RemoteError. */
    async call(method, params = [], kwargs, options = {}) {
        const res = await this.#post(encodeCall(method, params, kwargs), (value) => value, options);
        if ('fault' in res)
            throw new XmlRpcFault(res.fault.faultCode, res.fault.faultString, method, this.url);
        return res.value;
    }
    /**
     * Runs the calls through system.multicall, `batchSize` per request, one
     * request after another; results come back in call order, each a value or
     * a fault (one faulting call does not abort the others).
     */
    async multicall(calls, options = {}) {
        const out = [];
        for (const batch of batches(calls, options.batchSize ?? this.batchSize)) {
            const res = await this.#post(encodeMulticall(batch), (value) => splitMulticall(value, batch), options);
            if ('fault' in res)
                throw new XmlRpcFault(res.fault.faultCode, res.fault.faultString, 'system.multicall', this.url);
            out.push(...res.value);
        }
        return out;
    }
    /**
     * POSTs a call. `onValue` runs inside the HTTP layer's parse step, so a
     * malformed answer becomes a RemoteError (kind body) like any other.
     */
    async #post(body, onValue, options) {
        return this.http.requestAs(
        // Reads on a hub are idempotent, so the HTTP layer may repeat them.
        { method: 'POST', path: this.path, body, headers: { 'content-type': 'text/xml', accept: 'text/xml' }, idempotent: true, timeoutMs: options.timeoutMs }, (res) => {
            let decoded;
            try {
                decoded = decodeResponse(res.text());
            }
            catch (err) {
                // An HTML error page from a proxy is transient; a malformed methodResponse is not.
                if (err instanceof XmlRpcParseError && err.retryable)
                    throw new sources_http/* RetryableResponseError */.q6(`not an XML-RPC response: ${err.message}`);
                throw err;
            }
            return decoded.kind === 'fault' ? { fault: decoded.fault } : { value: onValue(decoded.value) };
        });
    }
}

;// CONCATENATED MODULE: ./src/sources/koji.ts
// A typed koji hub client (CBS and Fedora) over XML-RPC: the anonymous reads
// the CBS release checks and hs-relmon-style reports need (reference
// gitlab-cbs.md §3.5). Results are validated into plain types; a malformed
// answer is a RemoteError, never a silently shorter list, because callers
// decide markers from these lists.


/** koji fault codes worth telling apart. */
const KOJI_FAULT = { GENERIC: 1000, PARAMETER: 1019 };
/** koji build states (listBuilds `state`). */
const KOJI_BUILD_STATE = { BUILDING: 0, COMPLETE: 1, DELETED: 2, FAILED: 3, CANCELED: 4 };
/** Some tags of a scan faulted: the scan as a whole failed and nothing may be concluded from it. */
class KojiScanError extends Error {
    hubUrl;
    faults;
    name = 'KojiScanError';
    exitCode = 3;
    constructor(hubUrl, faults) {
        const first = faults[0];
        super(`${hubUrl}: listTagged failed for ${faults.length} tag(s)` +
            (first ? `, e.g. ${first.tag}: fault ${first.fault.faultCode}: ${first.fault.faultString}` : ''));
        this.hubUrl = hubUrl;
        this.faults = faults;
    }
}
class KojiClient {
    rpc;
    webUrl;
    #latchOnTimeout;
    #latched;
    constructor(rpc, options = {}) {
        this.rpc = rpc;
        this.#latchOnTimeout = options.latchOnTimeout ?? true;
        this.webUrl = (options.webUrl ?? kojiWebUrl(rpc.http.baseUrl)).replace(/\/+$/, '');
    }
    get service() {
        return this.rpc.http.service;
    }
    get hubUrl() {
        return this.rpc.url;
    }
    /** True once a timeout latched the hub as unresponsive. */
    get latched() {
        return this.#latched !== undefined;
    }
    /** Cheap reachability probe; give it a short timeout for a pre-flight check. */
    async getAPIVersion(options = {}) {
        const v = await this.#call('getAPIVersion', [], undefined, options);
        return this.#int(v, 'getAPIVersion', 'result');
    }
    async getKojiVersion(options = {}) {
        const v = await this.#call('getKojiVersion', [], undefined, options);
        if (typeof v !== 'string')
            throw this.#malformed('getKojiVersion', 'the result is not a string');
        return v;
    }
    /**
     * Active tags whose name matches a koji glob (`*`, `?`; case-insensitive
     * on the hub), sorted by name. Uses the `pattern` keyword (koji ≥ 1.25) and,
     * when the hub rejects it (fault 1019), lists every tag and filters here.
     */
    async listTagsMatching(pattern) {
        let raw;
        try {
            raw = await this.#call('listTags', [], { pattern, perms: false });
        }
        catch (err) {
            if (!(err instanceof XmlRpcFault) || err.faultCode !== KOJI_FAULT.PARAMETER)
                throw err;
            const all = this.#tags(await this.#call('listTags', []), 'listTags');
            return all.filter((t) => kojiGlobMatch(pattern, t.name)).sort(byName);
        }
        return this.#tags(raw, 'listTags').sort(byName);
    }
    /** The tags one build (id or NVR) is in. An unknown build faults (No such build). */
    async listBuildTags(build) {
        return this.#tags(await this.#call('listTags', [build]), 'listTags');
    }
    /** A tag by name or id, or null when the hub does not know it. */
    async getTag(tag) {
        const v = await this.#call('getTag', [tag]);
        if (v === null)
            return null;
        const [decoded] = this.#tags([v], 'getTag');
        if (!decoded)
            throw this.#malformed('getTag', 'the tag has no name');
        return decoded;
    }
    /** Builds in one tag, most recently tagged first. */
    async listTagged(tag, options = {}) {
        return this.#taggedBuilds(await this.#call('listTagged', [tag], taggedKwargs(options)), `listTagged(${tag})`);
    }
    /**
     * listTagged for many tags through system.multicall (`batchSize` calls per
     * request). Each result is the tag's builds or its fault, in input order.
     */
    async listTaggedMany(tags, options = {}) {
        const kwargs = taggedKwargs(options);
        const calls = tags.map((tag) => (kwargs ? { method: 'listTagged', params: [tag], kwargs } : { method: 'listTagged', params: [tag] }));
        const results = await this.#multicall(calls, options.batchSize);
        return results.map((r, i) => {
            const tag = tags[i];
            return r.ok ? { tag, ok: true, builds: this.#taggedBuilds(r.value, `listTagged(${tag})`) } : { tag, ok: false, fault: r.fault };
        });
    }
    /**
     * The strict form for release scans: every tag's builds, or a KojiScanError
     * when any tag faulted (a partial scan must never be used).
     */
    async listTaggedAll(tags, options = {}) {
        const results = await this.listTaggedMany(tags, options);
        const faults = results.flatMap((r) => (r.ok ? [] : [{ tag: r.tag, fault: r.fault }]));
        if (faults.length > 0)
            throw new KojiScanError(this.hubUrl, faults);
        const out = new Map();
        for (const r of results)
            if (r.ok)
                out.set(r.tag, r.builds);
        return out;
    }
    /** A package's id, or null for a name the hub has never seen. */
    async getPackageID(name) {
        const v = await this.#call('getPackageID', [name]);
        return v === null ? null : this.#int(v, 'getPackageID', 'result');
    }
    async getPackage(name) {
        const v = await this.#call('getPackage', [name]);
        if (v === null)
            return null;
        if (!isStruct(v) || typeof v['name'] !== 'string')
            throw this.#malformed('getPackage', 'the result is not a package struct');
        return { id: this.#int(v['id'], 'getPackage', 'id'), name: v['name'] };
    }
    /** Builds of a package, by default COMPLETE ones newest first. Structs without an NVR are skipped (hs-relmon). */
    async listBuilds(options) {
        const v = await this.#call('listBuilds', [], {
            packageID: options.packageID,
            state: options.state === undefined ? KOJI_BUILD_STATE.COMPLETE : options.state,
            queryOpts: { order: options.order ?? '-build_id' },
        });
        return this.#array(v, 'listBuilds').flatMap((item) => {
            if (!isStruct(item) || typeof item['nvr'] !== 'string')
                return [];
            const name = str(item['name']) ?? str(item['package_name']);
            if (name === undefined)
                throw this.#malformed('listBuilds', `build ${item['nvr']} has no name`);
            return [
                {
                    buildId: optInt(item['build_id']) ?? 0,
                    name,
                    version: str(item['version']) ?? '',
                    release: str(item['release']) ?? '',
                    nvr: item['nvr'],
                    epoch: optInt(item['epoch']) ?? null,
                    ...defined('state', optInt(item['state'])),
                    ...defined('packageId', optInt(item['package_id'])),
                    ...defined('ownerName', str(item['owner_name'])),
                },
            ];
        });
    }
    /** Binary and source RPMs of a tag's latest builds, no inheritance: `[rpms, builds]`. */
    async listTaggedRPMS(tag, options = {}) {
        const v = await this.#call('listTaggedRPMS', [tag, null, false, options.latest ?? true]);
        const parts = this.#array(v, 'listTaggedRPMS');
        if (parts.length !== 2)
            throw this.#malformed('listTaggedRPMS', `expected [rpms, builds], got ${parts.length} elements`);
        const rpms = this.#array(parts[0], 'listTaggedRPMS rpms').flatMap((r) => {
            if (!isStruct(r))
                return [];
            const id = optInt(r['id']);
            const buildId = optInt(r['build_id']);
            const name = str(r['name']);
            // hs-relmon drops RPMs lacking these; so do we.
            if (id === undefined || buildId === undefined || name === undefined)
                return [];
            return [{ id, buildId, name, version: str(r['version']) ?? '', release: str(r['release']) ?? '', arch: str(r['arch']) ?? '' }];
        });
        const builds = this.#taggedBuilds(parts[1], 'listTaggedRPMS builds');
        return { rpms, builds };
    }
    /**
     * File lists of many RPMs via multicall. A faulting or malformed entry
     * becomes an empty list (hs-relmon); a wrong result count fails.
     */
    async listRPMFiles(rpmIds, options = {}) {
        const results = await this.#multicall(rpmIds.map((id) => ({ method: 'listRPMFiles', params: [id] })), options.batchSize);
        return results.map((r) => {
            if (!r.ok || !Array.isArray(r.value))
                return [];
            return r.value.flatMap((f) => {
                if (!isStruct(f) || typeof f['name'] !== 'string')
                    return [];
                return [{ name: f['name'], mode: optInt(f['mode']) ?? 0, flags: optInt(f['flags']) ?? 0 }];
            });
        });
    }
    /** Web page of a build, e.g. https://cbs.centos.org/koji/buildinfo?buildID=70550. */
    buildUrl(buildId) {
        return `${this.webUrl}/buildinfo?buildID=${buildId}`;
    }
    async #call(method, params, kwargs, options = {}) {
        return this.#guard(method, () => this.rpc.call(method, params, kwargs, options));
    }
    async #multicall(calls, batchSize) {
        return this.#guard('system.multicall', () => this.rpc.multicall(calls, batchSize === undefined ? {} : { batchSize }));
    }
    async #guard(method, run) {
        if (this.#latched) {
            throw new sources_http/* RemoteError */.Hi({
                service: this.service,
                method: 'POST',
                url: this.hubUrl,
                kind: 'unavailable',
                attempts: 0,
                detail: `${method} not sent: an earlier request to this hub timed out (${this.#latched.detail}), so koji calls are skipped for the rest of the run`,
            });
        }
        try {
            return await run();
        }
        catch (err) {
            if (this.#latchOnTimeout && err instanceof sources_http/* RemoteError */.Hi && err.kind === 'timeout')
                this.#latched = err;
            throw err;
        }
    }
    #tags(v, method) {
        // Structs without a string name are skipped, as hs-relmon does.
        return this.#array(v, method).flatMap((t) => {
            if (!isStruct(t) || typeof t['name'] !== 'string')
                return [];
            const arches = t['arches'];
            return [
                {
                    id: this.#int(t['id'], method, 'id'),
                    name: t['name'],
                    ...defined('locked', typeof t['locked'] === 'boolean' ? t['locked'] : undefined),
                    ...defined('arches', typeof arches === 'string' || arches === null ? arches : undefined),
                },
            ];
        });
    }
    #taggedBuilds(v, what) {
        return this.#array(v, what).map((b) => this.#taggedBuild(b, what));
    }
    #taggedBuild(b, what) {
        if (!isStruct(b))
            throw this.#malformed(what, 'a build is not a struct');
        const nvr = str(b['nvr']);
        const packageName = str(b['package_name']) ?? str(b['name']);
        // A build we cannot name would silently drop a package from a shipped set: refuse instead.
        if (nvr === undefined || packageName === undefined)
            throw this.#malformed(what, 'a build lacks nvr or package_name');
        const split = splitNvr(nvr);
        return {
            buildId: this.#int(b['build_id'] ?? b['id'], what, 'build_id'),
            packageName,
            nvr,
            version: str(b['version']) ?? split?.version ?? '',
            release: str(b['release']) ?? split?.release ?? '',
            epoch: optInt(b['epoch']) ?? null,
            ...defined('tagName', str(b['tag_name'])),
            ...defined('ownerName', str(b['owner_name'])),
            ...defined('packageId', optInt(b['package_id'])),
        };
    }
    #array(v, what) {
        if (!Array.isArray(v))
            throw this.#malformed(what, 'the result is not an array');
        return v;
    }
    #int(v, what, field) {
        if (typeof v !== 'number' || !Number.isInteger(v))
            throw this.#malformed(what, `${field} is not an integer`);
        return v;
    }
    #malformed(what, detail) {
        return new sources_http/* RemoteError */.Hi({ service: this.service, method: 'POST', url: this.hubUrl, kind: 'body', attempts: 1, detail: `unexpected ${what} answer: ${detail}` });
    }
}
/**
 * A KojiClient with hub-friendly HTTP defaults: 60 s per request, no
 * keep-alive reuse (Fedora's proxies stalled re-used connections), at most 2
 * requests in flight, 5xx/resets/non-XML answers retried up to 3 times, and a
 * timeout not retried but latched.
 */
function createKojiClient(options) {
    const { hubUrl, batchSize, latchOnTimeout, webUrl, ...http } = options;
    const client = new sources_http/* HttpClient */.Qq({
        maxInFlight: 2,
        keepAlive: false,
        ...http,
        baseUrl: hubUrl,
        timeouts: { headersMs: 60_000, requestMs: 60_000, ...http.timeouts },
        retry: { maxAttempts: 4, retryOnTimeout: false, ...http.retry },
    });
    const kojiOptions = {};
    if (latchOnTimeout !== undefined)
        kojiOptions.latchOnTimeout = latchOnTimeout;
    if (webUrl !== undefined)
        kojiOptions.webUrl = webUrl;
    return new KojiClient(new XmlRpcClient(client, batchSize === undefined ? {} : { batchSize }), kojiOptions);
}
/** The web UI base of a hub: `…/kojihub` → `…/koji`. */
function kojiWebUrl(hubUrl) {
    const trimmed = hubUrl.replace(/\/+$/, '');
    return /\/kojihub$/.test(trimmed) ? trimmed.replace(/\/kojihub$/, '/koji') : trimmed;
}
/** koji's tag glob: `*` any run, `?` one character, everything else literal, case-insensitive (SQL ILIKE). */
function kojiGlobMatch(pattern, name) {
    const re = pattern.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '.*' : c === '?' ? '.' : '\\' + c));
    return new RegExp(`^${re}$`, 'is').test(name);
}
/** `systemd-256.12-1.fc42` → name, version, release; undefined with fewer than two hyphens or an empty name. */
function splitNvr(nvr) {
    const r = nvr.lastIndexOf('-');
    if (r <= 0)
        return undefined;
    const v = nvr.lastIndexOf('-', r - 1);
    if (v <= 0)
        return undefined;
    return { name: nvr.slice(0, v), version: nvr.slice(v + 1, r), release: nvr.slice(r + 1) };
}
function taggedKwargs(o) {
    // Keyword order follows the reference's examples (latest, inherit, …).
    const kw = { latest: o.latest, inherit: o.inherit, package: o.package, event: o.event, strict: o.strict };
    return Object.values(kw).some((v) => v !== undefined) ? kw : undefined;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function optInt(v) {
    return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
function defined(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/** Joins binary RPMs to their source builds by build id; src RPMs and orphans are left out. */
function binaryRpms(tagged) {
    const builds = new Map(tagged.builds.map((b) => [b.buildId, b]));
    return tagged.rpms.flatMap((r) => {
        const build = builds.get(r.buildId);
        if (r.arch === 'src' || !build)
            return [];
        return [{ id: r.id, name: r.name, arch: r.arch, buildId: r.buildId, sourceName: build.packageName, sourceNvr: build.nvr }];
    });
}

// EXTERNAL MODULE: ./src/sources/services.ts
var sources_services = __webpack_require__(5248);
// EXTERNAL MODULE: ./src/sources/names.ts
var names = __webpack_require__(71986);
// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 2 modules
var dist = __webpack_require__(80342);
;// CONCATENATED MODULE: ./src/sources/gitlab-groups.ts
// Listing the projects of one GitLab group (reference gitlab-cbs.md §2):
// the package names of a CentOS SIG's `rpms` group, and the archived subset.
// The calls go through @gitbeaker/rest, but its transport is replaced by one
// built on the project's HttpClient, so they share the HTTP layer's timeouts,
// retries (5xx back-off, 429 with Retry-After — gitbeaker's own retries do
// neither), per-host limits, counters and credential redaction.



class GroupUrlError extends Error {
    name = 'GroupUrlError';
    /** A usage problem: the URL was typed by the user. */
    exitCode = 2;
}
function parseGroupUrl(url) {
    const trimmed = url.replace(/\/+$/, '');
    const scheme = /^https:\/\//.test(trimmed) ? 'https' : /^http:\/\//.test(trimmed) ? 'http' : undefined;
    if (scheme === undefined)
        throw new GroupUrlError(`invalid GitLab URL: ${trimmed}`);
    const rest = trimmed.slice(scheme.length + 3);
    const slash = rest.indexOf('/');
    const path = slash < 0 ? '' : rest.slice(slash + 1);
    if (path === '')
        throw new GroupUrlError(`no project path in URL: ${trimmed}`);
    return { base: `${scheme}://${rest.slice(0, slash)}`, groupPath: path };
}
/**
 * The HttpClient for GitLab listings: 120 s per request (§2.6) and, from the
 * HTTP layer, 4 attempts with 1, 2, 4 s back-off on 5xx, and 429 retried as
 * Retry-After asks (a deliberate improvement: CI runners share egress IPs).
 */
function createGitlabHttp(options) {
    const { base, token, ...http } = options;
    return new sources_http/* HttpClient */.Qq({
        maxInFlight: 2,
        ...http,
        service: 'gitlab',
        baseUrl: `${base}/api/v4`,
        timeouts: { requestMs: 120_000, ...http.timeouts },
        ...(token ? { headers: { 'private-token': token } } : {}),
    });
}
/**
 * A gitbeaker transport over `http` (whose base URL is `<host>/api/v4`).
 * Read-only: the listing never writes, so anything but GET is refused.
 */
function gitlabRequester(http) {
    const get = async (endpoint, options) => {
        const query = {};
        for (const [key, value] of Object.entries(options?.searchParams ?? {})) {
            if (value === undefined)
                continue;
            if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
                throw new TypeError(`gitlab: query parameter ${key} must be a scalar`);
            }
            query[snakeCase(key)] = value;
        }
        return http.requestAs({ path: `/${endpoint}`, query, headers: { accept: 'application/json' } }, (res) => {
            let body;
            try {
                body = JSON.parse(res.text());
            }
            catch {
                // A 2xx page that is not JSON is a proxy speaking: retry it like a 5xx.
                throw new sources_http/* RetryableResponseError */.q6(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`);
            }
            return { status: res.status, headers: { ...res.headers }, body };
        });
    };
    const refuse = (method) => async () => {
        throw new Error(`gitlab: the listing transport is read-only (${method} refused)`);
    };
    return () => ({ get, post: refuse('POST'), put: refuse('PUT'), patch: refuse('PATCH'), delete: refuse('DELETE') });
}
/** gitbeaker's option names are camelCase; GitLab's parameters are snake_case. */
function snakeCase(key) {
    return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
/**
 * Every project directly in the group (no subgroups), following
 * `x-next-page` page by page. Any failure or malformed page fails the whole
 * listing with a RemoteError: a shorter list would prune real packages.
 */
async function listGroupProjects(http, groupPath, options = {}) {
    (0,names/* encodeNamespacePath */.n1)(groupPath); // validates the path before it reaches a URL
    // Timeouts are the HttpClient's; gitbeaker's host only shapes URLs this transport does not use.
    const groups = new dist/* Groups */.ZEm({ host: http.baseUrl.replace(/\/api\/v4$/, ''), requesterFn: gitlabRequester(http), queryTimeout: null });
    const maxPages = options.maxPages ?? 1000;
    const projects = [];
    const malformed = (detail, page) => {
        const url = http.describe(`/groups/${(0,names/* encodeNamespacePath */.n1)(groupPath)}/projects`, { page });
        return new sources_http/* RemoteError */.Hi({ service: http.service, method: 'GET', url, kind: 'body', attempts: 1, detail });
    };
    for (let page = 1, pages = 1;; pages++) {
        if (pages > maxPages)
            throw malformed(`more than ${maxPages} pages; refusing to follow further`, page);
        // Parameters in the reference's order; `page` set makes gitbeaker return this one page with its pagination info.
        const res = await groups.allProjects(groupPath, {
            perPage: 100,
            page,
            simple: true,
            includeSubgroups: false,
            ...(options.archived ? { archived: true } : {}),
            showExpanded: true,
        });
        const data = res.data;
        if (!Array.isArray(data))
            throw malformed('the page is not a JSON array', page);
        for (const item of data) {
            const p = item;
            if (typeof p !== 'object' || p === null || typeof p.name !== 'string' || typeof p.path !== 'string') {
                throw malformed('a project lacks a string name or path', page);
            }
            projects.push({ name: p.name, path: p.path });
        }
        const info = 'paginationInfo' in res ? res.paginationInfo : undefined;
        const next = info && 'next' in info ? info.next : null;
        if (!next) {
            // A proxy that drops x-next-page would end the listing early; GitLab's count exposes that.
            const total = info && 'total' in info ? info.total : NaN;
            if (Number.isFinite(total) && projects.length < total) {
                throw malformed(`the listing ended after ${projects.length} of ${total} projects (x-total); pagination headers are missing`, page);
            }
            return { projects, pages };
        }
        if (next <= page)
            throw malformed(`x-next-page ${next} does not advance past page ${page}`, page);
        page = next;
    }
}

// EXTERNAL MODULE: ./src/inventory/operations.ts
var operations = __webpack_require__(16200);
// EXTERNAL MODULE: ./src/inventory/model.ts
var inventory_model = __webpack_require__(97129);
// EXTERNAL MODULE: ./src/commands/inventories.ts
var inventories = __webpack_require__(17958);
;// CONCATENATED MODULE: ./src/commands/cbs-unshipped.ts
// `sync-gitlab --mark-unshipped` (reference gitlab-cbs.md §1.3–§1.4, §3.6,
// §4): which SIG a source belongs to, which CBS tags count as "released",
// the shipped set read from the CBS hub, and the decision table that sets or
// clears the `unshipped` and `archived_builds` markers in both directions.




const HYPERSCALE = { name: 'Hyperscale', prefix: 'hyperscale', shipsRhel: true };
const PROPOSED_UPDATES = { name: 'Proposed Updates', prefix: 'proposed_updates', shipsRhel: false };
/** The stored marker values, byte for byte: any other wording rewrites every marker on the next run. */
const UNSHIPPED_REASON = 'archived in GitLab, no released CBS build';
const ARCHIVED_BUILDS_REASON = 'archived in GitLab; CBS builds remain (run hs-relmon to prune)';
/** §1.3: the preset name, else the group URL as typed, searched case-insensitively. */
function sigForSource(label) {
    const hay = label.toLowerCase();
    if (hay.includes('hyperscale'))
        return HYPERSCALE;
    if (hay.includes('proposed'))
        return PROPOSED_UPDATES;
    return undefined;
}
/** The listTags glob; the hub matches it case-insensitively, isReleaseTag then decides exactly. */
function releaseTagGlob(sig) {
    return `${sig.prefix}*-release`;
}
/** §1.4: `<prefix><major>[s]-…-release` with the major in `releases`; RHEL-flavoured tags only where the SIG ships for RHEL. */
function isReleaseTag(tag, sig, releases) {
    if (!tag.startsWith(sig.prefix) || !tag.endsWith('-release'))
        return false;
    const token = tag.slice(sig.prefix.length).split('-')[0];
    const stream = token.endsWith('s');
    const digits = stream ? token.slice(0, -1) : token;
    // Rust's u32 parser: optional leading '+', then digits only.
    if (!/^\+?\d+$/.test(digits))
        return false;
    if (!releases.includes(Number(digits)))
        return false;
    return stream || sig.shipsRhel;
}
/** No tag qualified: an empty shipped set would mark every archived project unshipped, so it is not believed. */
class NoReleaseTagsError extends Error {
    name = 'NoReleaseTagsError';
}
/**
 * §3.6 over XML-RPC: a pre-flight getAPIVersion (short timeout), listTags by
 * glob, the release-tag rule here, then every qualifying tag's latest builds
 * without inheritance in multicall batches. Throws on any failure, including a
 * single faulting tag: a partial shipped set must never be classified.
 */
async function scanShipped(koji, sig, releases, options = {}) {
    const apiVersion = await koji.getAPIVersion({ timeoutMs: options.preflightTimeoutMs ?? 10_000 });
    const glob = releaseTagGlob(sig);
    const listed = await koji.listTagsMatching(glob);
    const tags = listed.map((t) => t.name).filter((name) => isReleaseTag(name, sig, releases));
    if (tags.length === 0) {
        throw new NoReleaseTagsError(`${koji.hubUrl}: none of the ${listed.length} tag(s) matching ${glob} is a ${sig.name} release tag for CentOS ${releases.join(', ')}`);
    }
    const byTag = await koji.listTaggedAll(tags, { latest: true, inherit: false });
    const shipped = new Set();
    for (const builds of byTag.values())
        for (const b of builds)
            shipped.add(b.packageName);
    return { apiVersion, tags, shipped };
}
/** Errors that mean "the CBS scan failed": markers stay as they are, the rest of the sync goes on. */
function isScanFailure(err) {
    return err instanceof KojiScanError || err instanceof XmlRpcFault || err instanceof XmlRpcParseError || err instanceof sources_http/* RemoteError */.Hi || err instanceof NoReleaseTagsError;
}
/** §4.2: only archived projects are classified; the rest get neither marker. */
function classify(synced, archived, shipped) {
    const unshipped = new Set();
    const archivedBuilds = new Set();
    for (const name of synced) {
        if (!archived.has(name))
            continue;
        (shipped.has(name) ? archivedBuilds : unshipped).add(name);
    }
    return { unshipped: [...unshipped].sort(inventory_model/* compareNames */.MP), archivedBuilds: [...archivedBuilds].sort(inventory_model/* compareNames */.MP) };
}
/**
 * §4.3: for each field, each synced name in the inventory gets the reason
 * when classified into that field and loses the field otherwise. Packages
 * not synced are never touched. Returns the field changes (a package moving
 * from one marker to the other counts twice).
 */
function applyMarkers(inventory, synced, c) {
    const names = new Set(synced);
    const changes = [];
    const wanted = [
        ['unshipped', new Set(c.unshipped), UNSHIPPED_REASON],
        ['archived_builds', new Set(c.archivedBuilds), ARCHIVED_BUILDS_REASON],
    ];
    for (const [field, members, reason] of wanted) {
        for (const pkg of inventory.packages) {
            if (!names.has(pkg.name))
                continue;
            const before = pkg[field];
            const after = members.has(pkg.name) ? reason : undefined;
            if (before === after)
                continue;
            if (after === undefined)
                delete pkg[field];
            else
                pkg[field] = after;
            changes.push({ name: pkg.name, field, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
        }
    }
    return changes;
}
/** Change records for the proposal body: why each marker was set or cleared, and which service said so. */
function markerRecords(file, changes, archived, ref) {
    return changes.map((ch) => {
        const common = { file, package: ch.name, field: ch.field, ref: ref(ch.name), ...(ch.before !== undefined ? { before: ch.before } : {}) };
        if (ch.after !== undefined)
            return { ...common, kind: 'marked', after: ch.after, reason: ch.after, source: 'cbs-koji' };
        if (!archived.has(ch.name))
            return { ...common, kind: 'unmarked', reason: 'the GitLab project is not archived', source: 'gitlab' };
        const reason = ch.field === 'unshipped' ? 'a release build is in CBS' : 'no release build remains in CBS';
        return { ...common, kind: 'unmarked', reason, source: 'cbs-koji' };
    });
}

;// CONCATENATED MODULE: ./src/commands/gitlab/options.ts
// The flags of `sync-gitlab` (reference gitlab-cbs.md §1.1–§1.2, §5.3),
// checked before any network call: exactly one of --url/--preset, a known
// preset, non-empty --exclude patterns and integer --centos-release values.

/** Preset → group path on the GitLab service (gitlab.com unless overridden, so test fakes work). */
const PRESETS = {
    hyperscale: 'CentOS/Hyperscale/rpms',
    'proposed-updates': 'CentOS/proposed_updates/rpms',
    'centos-stream': 'redhat/centos-stream/rpms',
};
const DEFAULT_RELEASES = [9, 10];
const SYNC_GITLAB_FLAGS = [
    { name: 'url', kind: 'string', metavar: 'URL', help: 'GitLab group URL, e.g. https://gitlab.com/CentOS/Hyperscale/rpms' },
    { name: 'preset', kind: 'string', metavar: 'NAME', help: `group preset: ${Object.keys(PRESETS).join(', ')}` },
    { name: 'output', short: 'o', kind: 'string', metavar: 'PATH', path: 'write', help: 'inventory to update or create (default: inventory.toml)' },
    { name: 'exclude', kind: 'list', metavar: 'GLOB', help: 'drop projects whose name matches (NAME or PREFIX*, case-insensitive)' },
    { name: 'prune', kind: 'bool', help: 'remove packages no longer in the group (default: only warn)' },
    { name: 'workload', kind: 'list', metavar: 'KEYS', help: 'workloads for newly added packages' },
    { name: 'mark-unshipped', kind: 'bool', help: 'mark archived projects unshipped / archived_builds from CBS release tags' },
    { name: 'centos-release', kind: 'list', metavar: 'N', help: 'CentOS majors whose release tags count as shipping (default: 9,10)' },
    { name: 'name', kind: 'string', metavar: 'NAME', help: 'inventory name (overwrites the stored name)' },
];
const usage = (message) => new core_args/* UsageError */.eb(message, 'sync-gitlab');
function parseSyncGitlabArgs(args) {
    const url = (0,core_args/* str */.gx)(args, 'url');
    const preset = (0,core_args/* str */.gx)(args, 'preset');
    if (url !== undefined && preset !== undefined)
        throw usage('--url and --preset are mutually exclusive');
    if (url === undefined && preset === undefined)
        throw usage('specify --url or --preset');
    if (preset !== undefined && !(preset in PRESETS))
        throw usage(`unknown preset '${preset}'. Valid: ${Object.keys(PRESETS).join(', ')}`);
    // The list parser drops empty items, so `--exclude ''` arrives as a flag without patterns.
    // poi-tracker would exclude every project then; refuse instead (reference §8.10).
    const exclude = (0,core_args/* list */.p_)(args, 'exclude');
    if (args.order.includes('exclude') && exclude.length === 0)
        throw usage('--exclude needs a non-empty pattern');
    const name = (0,core_args/* str */.gx)(args, 'name');
    return {
        ...(preset !== undefined ? { preset } : {}),
        ...(url !== undefined ? { url } : {}),
        label: preset ?? url,
        output: (0,core_args/* str */.gx)(args, 'output') ?? 'inventory.toml',
        exclude,
        prune: (0,core_args/* bool */.lc)(args, 'prune'),
        workloads: (0,core_args/* list */.p_)(args, 'workload'),
        markUnshipped: (0,core_args/* bool */.lc)(args, 'mark-unshipped'),
        releases: parseReleases(args),
        ...(name !== undefined ? { name } : {}),
    };
}
function parseReleases(args) {
    if (!args.order.includes('centos-release'))
        return [...DEFAULT_RELEASES];
    const values = (0,core_args/* list */.p_)(args, 'centos-release');
    if (values.length === 0)
        throw usage('--centos-release needs at least one release, e.g. 9,10');
    return values.map((v) => {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 0xffff_ffff)
            throw usage(`invalid --centos-release value '${v}': expected an unsigned integer such as 9 or 10`);
        return n;
    });
}
/**
 * §5.3: `PREFIX*` matches by prefix, anything else by equality; both ASCII
 * case-insensitive; `*` elsewhere is literal. As in poi-tracker, no pattern
 * (or one empty pattern) matches everything, so callers skip the filter
 * when --exclude was not given.
 */
function matchesExclude(name, patterns) {
    if (patterns.length === 0 || (patterns.length === 1 && patterns[0] === ''))
        return true;
    const lower = asciiLower(name);
    return patterns.some((p) => (p.endsWith('*') ? lower.startsWith(asciiLower(p.slice(0, -1))) : lower === asciiLower(p)));
}
function asciiLower(s) {
    return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

// EXTERNAL MODULE: ./src/inventory/edit.ts + 1 modules
var edit = __webpack_require__(16275);
// EXTERNAL MODULE: ./src/inventory/serialize.ts
var serialize = __webpack_require__(93678);
// EXTERNAL MODULE: ./src/commands/edit-helpers.ts
var edit_helpers = __webpack_require__(17740);
;// CONCATENATED MODULE: ./src/commands/gitlab/inventory.ts
// The add-only merge of a GitLab sync into its output inventory (reference
// gitlab-cbs.md §5.1–§5.6): load the file or start a new one, add missing
// names, find stale packages. A new file gets poi-tracker's canonical layout;
// an existing one is edited in place so the diff shows only what changed.






/** §5.2: a missing file starts as an empty inventory named `name` (--name, else the source label), with the --workload tables. */
async function openTarget(ctx, path, label, name, workloads) {
    if ((await ctx.workspace.read(path)) === undefined) {
        const model = {
            meta: {
                name,
                description: `Packages synced from GitLab (${label})`,
                maintainer: label,
                labels: [],
                private_fields: [],
                workloads: new Map(workloads.map((w) => [w, (0,inventory_model/* emptyWorkload */.NB)()])),
            },
            packages: [],
        };
        return { path, model };
    }
    const { source, inventory } = await (0,inventories/* loadInventory */.pl)(ctx, path);
    const editor = new edit/* InventoryEditor */.S(source, inventory);
    return { path, model: editor.model, editor, source };
}
function renderTarget(target) {
    if (target.editor && target.source)
        return (0,edit_helpers/* renderChange */.v)(target.source, target.editor);
    const model = target.model;
    model.packages.sort((a, b) => (0,inventory_model/* compareNames */.MP)(a.name, b.name));
    return { path: target.path, before: null, after: (0,serialize/* serializeInventory */.JP)(model) };
}
/** §5.1.7, §5.5: bare `{ name }` entries for names not present yet (exact match), each joining every --workload. */
function addNewPackages(model, names, workloads) {
    const added = [];
    for (const name of names) {
        if ((0,inventory_model/* findPackage */.CV)(model, name))
            continue;
        (0,operations/* addPackage */.Eb)(model, { name });
        for (const w of workloads)
            (0,operations/* addToWorkload */.aI)(model, w, name);
        added.push(name);
    }
    return added;
}
/** §5.4: in the inventory, not an `unshipped` tombstone, and not among the synced names. */
function stalePackages(model, synced) {
    return [...new Set(model.packages.filter((p) => p.unshipped === undefined && !synced.has(p.name)).map((p) => p.name))];
}

// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/sync-gitlab.ts
// `sync-gitlab (--preset NAME | --url URL) [-o FILE] [--exclude] [--prune]
// [--workload] [--mark-unshipped [--centos-release 9,10]] [--name]`
// (reference gitlab-cbs.md §1, §4, §5): one GitLab group's projects become
// the packages of an inventory; with --mark-unshipped, archived projects are
// checked against CBS release tags. Compute only: the result is a ChangeSet.
//
// Remote order: the CBS scan starts alongside the full listing (they do not
// depend on each other); the archived listing is fetched only after the scan
// succeeded, as poi-tracker does. A failed listing aborts (exit 3); a failed
// CBS scan or archived listing changes no marker, and the rest still proposes.













const settle = (p) => p.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
function createSyncGitlab(deps = {}) {
    const spec = {
        name: 'sync-gitlab',
        summary: "Add a GitLab group's projects (a CentOS SIG's rpms group) to an inventory; optionally mark archived ones from CBS release tags.",
        positionals: [],
        flags: SYNC_GITLAB_FLAGS,
        notes: 'The package name is the project name. A GitLab token, when GITLAB_TOKEN is set, is used only for the configured GitLab service.\n' +
            '--mark-unshipped supports the hyperscale and proposed-updates sources; a failed CBS check changes no marker.',
    };
    return { spec, run: (ctx) => run(ctx, deps) };
}
const syncGitlab = createSyncGitlab();
async function run(ctx, deps) {
    if (ctx.args.positionals.length > 0)
        throw new core_args/* UsageError */.eb(`unexpected argument '${ctx.args.positionals[0]}'`, 'sync-gitlab');
    const opts = parseSyncGitlabArgs(ctx.args);
    const output = (0,inventories/* repoPath */.qN)(opts.output);
    const services = sync_gitlab_usage(() => (0,sources_services/* resolveServices */.bs)(ctx.config.services, ctx.env));
    // A preset's group lives on the GitLab service (which may sit under a path); a --url is split as poi-tracker splits it.
    const { base, groupPath } = opts.preset !== undefined ? { base: services.gitlab, groupPath: PRESETS[opts.preset] } : sync_gitlab_usage(() => parseGroupUrl(opts.url));
    sync_gitlab_usage(() => (0,names/* encodeNamespacePath */.n1)(groupPath));
    const sig = opts.markUnshipped ? sigForSource(opts.label) : undefined;
    if (opts.markUnshipped && !sig) {
        throw new types/* CommandError */.Q(`--mark-unshipped supports the hyperscale and proposed-updates sources only (no CBS release lifecycle for ${opts.label})`, 2);
    }
    // Load (or start) the output before any network call: a broken file fails fast.
    const target = await openTarget(ctx, output, opts.label, opts.name ?? opts.label, opts.workloads);
    const onEvent = (e) => {
        if (e.type === 'retry')
            ctx.log(`  ${e.service}: ${e.reason}, retrying in ${seconds(e.delayMs)} (retry ${e.attempt})`);
    };
    const token = ctx.credentials.gitlab;
    // The token belongs to the configured GitLab service; a --url elsewhere is listed anonymously.
    const useToken = token !== undefined && token !== '' && new URL(base).origin === new URL(services.gitlab).origin;
    if (useToken)
        ctx.log('using GITLAB_TOKEN for the GitLab listing (projects visible to the token are listed too)');
    const gitlab = createGitlabHttp({ base, ...(useToken ? { token } : {}), ...clientDeps(deps), onEvent });
    const koji = sig
        ? createKojiClient({
            service: 'cbs-koji',
            hubUrl: services['cbs-koji'],
            ...clientDeps(deps),
            ...(deps.kojiTimeoutMs !== undefined ? { timeouts: { headersMs: deps.kojiTimeoutMs, requestMs: deps.kojiTimeoutMs } } : {}),
            onEvent,
        })
        : undefined;
    try {
        const scan = sig && koji ? settle(scanShipped(koji, sig, opts.releases, deps.kojiPreflightTimeoutMs !== undefined ? { preflightTimeoutMs: deps.kojiPreflightTimeoutMs } : {})) : undefined;
        const listed = await settle(listGroupProjects(gitlab, groupPath));
        if (!listed.ok) {
            await scan;
            throw remoteFailure(listed.error);
        }
        const projects = listed.value.projects;
        ctx.log(`  fetched ${projects.length} project(s) in ${listed.value.pages} page(s)`);
        const kept = opts.exclude.length > 0 ? projects.filter((p) => !matchesExclude(p.name, opts.exclude)) : projects;
        if (kept.length < projects.length)
            ctx.log(`  ${projects.length} fetched, ${projects.length - kept.length} excluded`);
        const pathOf = new Map(kept.map((p) => [p.name, p.path]));
        const ref = (name) => `${base}/${groupPath}/${pathOf.get(name) ?? name}`;
        const synced = [...pathOf.keys()];
        const syncedSet = new Set(synced);
        const records = [];
        const findings = [];
        const warn = (rule, message) => findings.push({ file: output, line: 1, column: 1, severity: 'warning', rule, message });
        const model = target.model;
        if (opts.name !== undefined && target.editor && model.meta.name !== opts.name) {
            records.push({ file: output, kind: 'changed', field: 'name', before: model.meta.name, after: opts.name });
            model.meta.name = opts.name;
        }
        const added = addNewPackages(model, [...synced].sort(inventory_model/* compareNames */.MP), opts.workloads);
        for (const name of added)
            records.push({ file: output, package: name, kind: 'added', source: 'gitlab', ref: ref(name) });
        const stale = stalePackages(model, syncedSet);
        let complete = true;
        if (sig && scan) {
            ctx.log(`checking ${synced.length} package(s) for CBS release status...`);
            const marked = await markUnshipped(ctx, await scan, gitlab, groupPath, synced);
            if (marked.ok) {
                const { classification, archived } = marked.value;
                const changes = applyMarkers(model, synced, classification);
                records.push(...markerRecords(output, changes, archived, ref));
                reportMarkers(ctx, classification, changes.length);
                if (classification.archivedBuilds.length > 0) {
                    warn('hs-relmon-cleanup', `archived in GitLab but CBS release builds remain: ${classification.archivedBuilds.join(', ')} — run hs-relmon prune-archived to untag them`);
                }
            }
            else {
                complete = false;
                ctx.log(`warning: ${marked.error}; re-run --mark-unshipped to mark unshipped packages`);
                warn('cbs-release-check', `${marked.error}; no unshipped or archived_builds marker was changed — re-run --mark-unshipped`);
            }
        }
        // Removals are proposed only from complete data (the proposal engine refuses the rest).
        const pruning = opts.prune && complete;
        if (pruning) {
            for (const name of stale) {
                (0,operations/* removePackages */.AH)(model, name);
                records.push({ file: output, package: name, kind: 'removed', reason: `not a project of ${base}/${groupPath}`, source: 'gitlab', ref: `${base}/${groupPath}` });
            }
        }
        else if (stale.length > 0) {
            const why = opts.prune ? 'not pruned because the CBS check is incomplete; re-run to prune' : 'use --prune to remove';
            ctx.log(`warning: ${stale.length} package(s) not in sync scope (${why}):`);
            for (const name of stale)
                ctx.log(`  ${name}`);
            if (opts.prune)
                warn('prune-deferred', `${stale.length} stale package(s) not pruned because the CBS check failed: ${stale.join(', ')}`);
        }
        const change = renderTarget(target);
        const pruned = pruning && stale.length > 0 ? `, ${stale.length} pruned` : '';
        ctx.log(`Synced ${opts.label}: ${added.length} new${pruned}, ${model.packages.length} total in ${output}`);
        const set = (0,inventories/* changeSet */.Jn)(ctx, [change], records, [output], complete);
        set.findings = findings;
        set.provenance.services = { gitlab: base, ...(koji ? { 'cbs-koji': koji.hubUrl } : {}) };
        set.provenance.requests = (0,sources_http/* requestCounts */.q3)(koji ? [gitlab, koji.rpc.http] : [gitlab]);
        return { exitCode: 0, findings: [], changeSet: set };
    }
    finally {
        await Promise.all([gitlab.close(), koji?.rpc.http.close()]);
    }
}
/** The CBS verdict, then the archived listing (§4.5): either failing yields an error message and no markers. */
async function markUnshipped(ctx, scan, gitlab, groupPath, synced) {
    if (!scan.ok) {
        if (!isScanFailure(scan.error))
            throw scan.error;
        return { ok: false, error: `CBS release scan failed (${scan.error.message})` };
    }
    const { apiVersion, tags, shipped } = scan.value;
    ctx.log(`  CBS API version ${apiVersion}; ${tags.length} release tag(s): ${tags.join(', ')}; ${shipped.size} package(s) with a release build`);
    let archivedProjects;
    try {
        const listing = await listGroupProjects(gitlab, groupPath, { archived: true });
        archivedProjects = listing.projects;
        ctx.log(`  fetched ${archivedProjects.length} archived project(s) in ${listing.pages} page(s)`);
    }
    catch (err) {
        if (!(err instanceof sources_http/* RemoteError */.Hi))
            throw err;
        return { ok: false, error: `fetching archived projects failed (${err.message})` };
    }
    const archived = new Set(archivedProjects.map((p) => p.name));
    return { ok: true, value: { classification: classify(synced, archived, shipped), archived } };
}
/** §4.4, as poi-tracker prints it. */
function reportMarkers(ctx, c, changed) {
    ctx.log(`${c.unshipped.length} unshipped, ${c.archivedBuilds.length} archived-with-builds; ${changed} marker(s) updated`);
    if (c.unshipped.length > 0)
        ctx.log(`  unshipped (archived, no CBS build): ${c.unshipped.join(', ')}`);
    if (c.archivedBuilds.length > 0)
        ctx.log(`  archived but still have CBS builds (run hs-relmon to prune): ${c.archivedBuilds.join(', ')}`);
}
function clientDeps(deps) {
    return { ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.random ? { random: deps.random } : {}) };
}
/** Configuration mistakes in URLs are the user's (exit 2). */
function sync_gitlab_usage(f) {
    try {
        return f();
    }
    catch (err) {
        if (err instanceof sources_services/* ServiceConfigError */.my || err instanceof GroupUrlError || err instanceof names/* InvalidNameError */.Tw)
            throw new types/* CommandError */.Q(err.message, 2);
        throw err;
    }
}
/** The full listing failed: nothing can be proposed (exit 3). */
function remoteFailure(err) {
    return err instanceof sources_http/* RemoteError */.Hi ? new types/* CommandError */.Q(`fetching the GitLab group failed: ${err.message}`, 3) : err;
}
function seconds(ms) {
    return `${Number.isInteger(ms / 1000) ? ms / 1000 : (ms / 1000).toFixed(1)}s`;
}


/***/ }),

/***/ 16200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ removePackages),
/* harmony export */   Eb: () => (/* binding */ addPackage),
/* harmony export */   aI: () => (/* binding */ addToWorkload)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97129);
// The model operations poi-tracker's commands use (reference inventory.md §4.1),
// applied to an editor's model; the editor decides where they land in the text.

/** Adds `name` to workload `key`, creating the workload; keeps the list sorted as poi-tracker does. */
function addToWorkload(inv, key, name) {
    let w = inv.meta.workloads.get(key);
    if (!w) {
        w = { packages: [] };
        inv.meta.workloads.set(key, w);
    }
    if (w.packages.includes(name))
        return false;
    w.packages.push(name);
    w.packages.sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNames */ .MP);
    return true;
}
/** Removes every entry named `name`; returns how many were removed. Workload lists are left alone, as in poi-tracker. */
function removePackages(inv, name) {
    const before = inv.packages.length;
    inv.packages = inv.packages.filter((p) => p.name !== name);
    return before - inv.packages.length;
}
/** Adds a new package (the editor places it in sorted order in a sorted file). */
function addPackage(inv, pkg) {
    inv.packages.push(pkg);
}


/***/ }),

/***/ 87788:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		85860
	],
	"./BurstyRateLimiter.js": [
		85860
	],
	"./ExpressBruteFlexible": [
		83966,
		966
	],
	"./ExpressBruteFlexible.js": [
		83966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		87383
	],
	"./RLWrapperBlackAndWhite.js": [
		87383
	],
	"./RLWrapperTimeouts": [
		24016
	],
	"./RLWrapperTimeouts.js": [
		24016
	],
	"./RateLimiterAbstract": [
		88569
	],
	"./RateLimiterAbstract.js": [
		88569
	],
	"./RateLimiterCluster": [
		10565
	],
	"./RateLimiterCluster.js": [
		10565
	],
	"./RateLimiterDrizzle": [
		50673
	],
	"./RateLimiterDrizzle.js": [
		50673
	],
	"./RateLimiterDrizzleNonAtomic": [
		75347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		75347
	],
	"./RateLimiterDynamo": [
		82309
	],
	"./RateLimiterDynamo.js": [
		82309
	],
	"./RateLimiterEtcd": [
		36481
	],
	"./RateLimiterEtcd.js": [
		36481
	],
	"./RateLimiterEtcdNonAtomic": [
		15299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		15299
	],
	"./RateLimiterInsuredAbstract": [
		33847
	],
	"./RateLimiterInsuredAbstract.js": [
		33847
	],
	"./RateLimiterMemcache": [
		73250
	],
	"./RateLimiterMemcache.js": [
		73250
	],
	"./RateLimiterMemory": [
		24544
	],
	"./RateLimiterMemory.js": [
		24544
	],
	"./RateLimiterMongo": [
		28439
	],
	"./RateLimiterMongo.js": [
		28439
	],
	"./RateLimiterMySQL": [
		67793
	],
	"./RateLimiterMySQL.js": [
		67793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		16323
	],
	"./RateLimiterPrisma.js": [
		16323
	],
	"./RateLimiterQueue": [
		52860
	],
	"./RateLimiterQueue.js": [
		52860
	],
	"./RateLimiterRedis": [
		54336
	],
	"./RateLimiterRedis.js": [
		54336
	],
	"./RateLimiterRes": [
		80449
	],
	"./RateLimiterRes.js": [
		80449
	],
	"./RateLimiterSQLite": [
		73283
	],
	"./RateLimiterSQLite.js": [
		73283
	],
	"./RateLimiterStoreAbstract": [
		65140
	],
	"./RateLimiterStoreAbstract.js": [
		65140
	],
	"./RateLimiterUnion": [
		10244
	],
	"./RateLimiterUnion.js": [
		10244
	],
	"./RateLimiterValkey": [
		32193
	],
	"./RateLimiterValkey.js": [
		32193
	],
	"./RateLimiterValkeyGlide": [
		53756
	],
	"./RateLimiterValkeyGlide.js": [
		53756
	],
	"./component/BlockedKeys": [
		38830
	],
	"./component/BlockedKeys/": [
		38830
	],
	"./component/BlockedKeys/BlockedKeys": [
		85202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		85202
	],
	"./component/BlockedKeys/index": [
		38830
	],
	"./component/BlockedKeys/index.js": [
		38830
	],
	"./component/MemoryStorage": [
		28178,
		178
	],
	"./component/MemoryStorage/": [
		28178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		81534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		81534
	],
	"./component/MemoryStorage/Record": [
		60749
	],
	"./component/MemoryStorage/Record.js": [
		60749
	],
	"./component/MemoryStorage/index": [
		28178,
		178
	],
	"./component/MemoryStorage/index.js": [
		28178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		43184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		43184
	],
	"./component/RateLimiterQueueError": [
		27948
	],
	"./component/RateLimiterQueueError.js": [
		27948
	],
	"./component/RateLimiterSetupError": [
		72922
	],
	"./component/RateLimiterSetupError.js": [
		72922
	],
	"./constants": [
		13880,
		880
	],
	"./constants.js": [
		13880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 87788;
module.exports = webpackAsyncContext;

/***/ })

};
