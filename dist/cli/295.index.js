export const id = 295;
export const ids = [295];
export const modules = {

/***/ 1295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ splitNvr),
/* harmony export */   P7: () => (/* binding */ createKojiClient),
/* harmony export */   X5: () => (/* binding */ kojiWebUrl),
/* harmony export */   dB: () => (/* binding */ KojiScanError)
/* harmony export */ });
/* unused harmony exports KOJI_FAULT, KOJI_BUILD_STATE, KojiClient, kojiGlobMatch, binaryRpms */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
/* harmony import */ var _xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4664);
// A typed koji hub client (CBS and Fedora) over XML-RPC: the anonymous reads
// the CBS release checks, the Fedora lookups and hs-relmon-style reports need,
// with the signatures of koji's kojihub/kojihub.py (https://pagure.io/koji;
// docs/poi-tracker-compatibility.md, "koji over XML-RPC"). Results are
// validated into plain types; a malformed answer is a RemoteError, never a
// silently shorter list, because callers decide markers from these lists.


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
            if (!(err instanceof _xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlRpcFault */ .Zx) || err.faultCode !== KOJI_FAULT.PARAMETER)
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
    /**
     * The latest build of each (tag, package) through the tag's inheritance
     * (`listTagged(tag, latest, inherit, package)`, what `koji list-tagged
     * --latest --inherit` asks), all in one system.multicall (`batchSize` calls
     * per request). Each answer is the build, null when the chain has none, or
     * the call's fault (an unknown tag faults), in input order.
     */
    async latestTaggedMany(lookups, options = {}) {
        const calls = lookups.map((l) => ({ method: 'listTagged', params: [l.tag], kwargs: taggedKwargs({ latest: true, inherit: true, package: l.package }) }));
        const results = await this.#multicall(calls, options.batchSize);
        return results.map((r, i) => {
            const { tag, package: pkg } = lookups[i];
            if (!r.ok)
                return { tag, package: pkg, ok: false, fault: r.fault };
            const builds = this.#taggedBuilds(r.value, `listTagged(${tag}, package=${pkg})`);
            return { tag, package: pkg, ok: true, build: builds[0] ?? null };
        });
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
        if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .isStruct */ .EJ)(v) || typeof v['name'] !== 'string')
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
            if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .isStruct */ .EJ)(item) || typeof item['nvr'] !== 'string')
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
            if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .isStruct */ .EJ)(r))
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
                if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .isStruct */ .EJ)(f) || typeof f['name'] !== 'string')
                    return [];
                return [{ name: f['name'], mode: optInt(f['mode']) ?? 0, flags: optInt(f['flags']) ?? 0 }];
            });
        });
    }
    /**
     * The package list of every tag (by name), blocked entries included, via
     * system.multicall: one listPackages(tagID=…, inherited=…, with_blocked=…)
     * per tag, `batchSize` per request. Strict: a fault for any tag, a result
     * that is not a list, or an entry without a name or a boolean `blocked`
     * fails the whole call, because callers conclude "retired" or "shipped"
     * from these lists and a guessed entry would decide wrongly.
     */
    async listPackagesMany(tags, options = {}) {
        const kwargs = { inherited: options.inherited ?? true, with_blocked: options.withBlocked ?? true, with_owners: options.withOwners ?? false };
        const calls = tags.map((tag) => ({ method: 'listPackages', params: [], kwargs: { tagID: tag, ...kwargs } }));
        const size = options.batchSize ?? 2;
        const groups = [];
        for (let i = 0; i < calls.length; i += size)
            groups.push(calls.slice(i, i + size));
        const answers = await Promise.all(groups.map((group) => this.#multicall(group, group.length)));
        const out = new Map();
        answers.flat().forEach((r, i) => {
            const tag = tags[i];
            const what = `listPackages(${tag})`;
            if (!r.ok)
                throw new _xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlRpcFault */ .Zx(r.fault.faultCode, r.fault.faultString, what, this.hubUrl);
            out.set(tag, this.#array(r.value, what).map((e) => this.#packageEntry(e, what)));
        });
        return out;
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
            throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi({
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
            if (this.#latchOnTimeout && err instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi && err.kind === 'timeout')
                this.#latched = err;
            throw err;
        }
    }
    #tags(v, method) {
        // Structs without a string name are skipped, as hs-relmon does.
        return this.#array(v, method).flatMap((t) => {
            if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .isStruct */ .EJ)(t) || typeof t['name'] !== 'string')
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
    #packageEntry(e, what) {
        if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .isStruct */ .EJ)(e))
            throw this.#malformed(what, 'an entry is not a struct');
        const name = str(e['package_name']);
        const blocked = e['blocked'];
        if (name === undefined || name === '')
            throw this.#malformed(what, 'an entry has no package_name');
        if (typeof blocked !== 'boolean')
            throw this.#malformed(what, `the entry of ${JSON.stringify(name)} has no boolean \`blocked\``);
        return { packageName: name, blocked, ...defined('tagName', str(e['tag_name'])) };
    }
    #taggedBuilds(v, what) {
        return this.#array(v, what).map((b) => this.#taggedBuild(b, what));
    }
    #taggedBuild(b, what) {
        if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .isStruct */ .EJ)(b))
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
        return new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi({ service: this.service, method: 'POST', url: this.hubUrl, kind: 'body', attempts: 1, detail: `unexpected ${what} answer: ${detail}` });
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
    const client = new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
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
    return new KojiClient(new _xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlRpcClient */ .yZ(client, batchSize === undefined ? {} : { batchSize }), kojiOptions);
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
    // A fixed keyword order (latest, inherit, …), so a request is byte-identical to the documents test/fakes/koji-documents.ts pins.
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


/***/ }),

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ isStruct),
/* harmony export */   Zx: () => (/* binding */ XmlRpcFault),
/* harmony export */   ux: () => (/* binding */ XmlRpcParseError),
/* harmony export */   yZ: () => (/* binding */ XmlRpcClient)
/* harmony export */ });
/* unused harmony exports XmlRpcDouble, double, XmlRpcEncodeError, escapeText, encodeValue, withKwargs, encodeCall, encodeMulticall, encodeResponse, encodeFaultResponse, decodeResponse, decodeResponseValue, splitMulticall, batches */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
// A small XML-RPC client: the codec (encoding JS values, decoding responses
// with a small strict XML parser rather than string scanning) and a transport over
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
const double = (value) => new XmlRpcDouble(value);
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
function decodeResponse(xml) {
    // Koji never sends a DTD; refusing one rules out entity-expansion attacks outright.
    if (/<!DOCTYPE/i.test(xml))
        throw new XmlRpcParseError('the response contains a DOCTYPE, which XML-RPC never uses', true);
    const c = new Reader(xml);
    if (c.text().trim() !== '')
        throw c.malformed('text outside the root element');
    if (c.eof())
        throw new XmlRpcParseError('the response has no single root element', true);
    const root = c.open();
    if (root.name !== 'methodResponse')
        throw new XmlRpcParseError(`expected <methodResponse>, got <${root.name}>`, true);
    const result = methodResponse(c, root);
    if (c.text().trim() !== '')
        throw c.malformed('text outside the root element');
    if (!c.eof())
        throw c.atClose() ? c.malformed('a closing tag without an opening tag') : c.malformed('more than one root element');
    return result;
}
/** A value, or throws the fault. */
function decodeResponseValue(xml) {
    const res = decodeResponse(xml);
    if (res.kind === 'fault')
        throw res.fault;
    return res.value;
}
/** Values nested deeper than this are refused (a hostile answer must not exhaust the stack). */
const MAX_DEPTH = 200;
// A tag name, then attributes (quoted values; read and ignored), then `>` or `/>`.
const START_TAG = /<([A-Za-z_][-\w.:]*)(?:\s+[A-Za-z_][-\w.:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][-\w.:]*)\s*>/y;
/** A cursor over the document: text runs, opening and closing tags; comments and processing instructions are skipped. */
class Reader {
    xml;
    pos = 0;
    constructor(xml) {
        this.xml = xml;
    }
    eof() {
        return this.pos >= this.xml.length;
    }
    atClose() {
        return this.xml.startsWith('</', this.pos);
    }
    /** Character data up to the next tag (or the end), entities decoded, CDATA literal. */
    text() {
        const xml = this.xml;
        let out = '';
        for (;;) {
            const lt = xml.indexOf('<', this.pos);
            const stop = lt < 0 ? xml.length : lt;
            if (stop > this.pos)
                out += decodeEntities(xml.slice(this.pos, stop));
            this.pos = stop;
            if (lt < 0)
                return out;
            const next = xml.charCodeAt(lt + 1);
            if (next === 0x3f /* ? */) {
                const close = xml.indexOf('?>', lt + 2);
                if (close < 0)
                    throw this.malformed('unterminated processing instruction');
                this.pos = close + 2;
            }
            else if (next === 0x21 /* ! */) {
                if (xml.startsWith('<!--', lt)) {
                    const close = xml.indexOf('-->', lt + 4);
                    if (close < 0)
                        throw this.malformed('unterminated comment');
                    this.pos = close + 3;
                }
                else if (xml.startsWith('<![CDATA[', lt)) {
                    const close = xml.indexOf(']]>', lt + 9);
                    if (close < 0)
                        throw this.malformed('unterminated CDATA section');
                    // CDATA content is literal: its inner text is not entity-decoded.
                    out += xml.slice(lt + 9, close);
                    this.pos = close + 3;
                }
                else {
                    throw this.malformed('unexpected "<!"');
                }
            }
            else {
                return out;
            }
        }
    }
    /** An opening tag at the cursor. */
    open() {
        START_TAG.lastIndex = this.pos;
        const m = START_TAG.exec(this.xml);
        if (!m)
            throw this.malformed('malformed tag');
        this.pos = START_TAG.lastIndex;
        return { name: m[1], empty: m[2] === '/' };
    }
    /** The closing tag of `name` at the cursor. */
    close(name) {
        END_TAG.lastIndex = this.pos;
        const m = END_TAG.exec(this.xml);
        if (!m)
            throw this.malformed('malformed closing tag');
        if (m[1] !== name)
            throw this.malformed(`closing tag </${m[1]}> does not match <${name}>`);
        this.pos = END_TAG.lastIndex;
    }
    /** The next child element of `parent`, or undefined after its closing tag; text other than whitespace is refused. */
    child(parent) {
        if (parent.empty)
            return undefined;
        const t = this.text();
        if (t.trim() !== '')
            throw new XmlRpcParseError(`unexpected text ${JSON.stringify(t.trim().slice(0, 40))} inside <${parent.name}>`);
        if (this.eof())
            throw this.malformed(`unclosed tag <${parent.name}>`);
        if (this.atClose()) {
            this.close(parent.name);
            return undefined;
        }
        return this.open();
    }
    /** The text content of `el`, which may hold no element. */
    textOnly(el) {
        if (el.empty)
            return '';
        const t = this.text();
        if (this.eof())
            throw this.malformed(`unclosed tag <${el.name}>`);
        if (!this.atClose())
            throw new XmlRpcParseError(`<${el.name}> must hold text only, found <${this.open().name}>`);
        this.close(el.name);
        return t;
    }
    /** Skips `el` and everything in it (well-formedness still checked). */
    skip(el) {
        for (let c = this.child(el); c; c = this.child(el))
            this.skipAny(c);
    }
    #depth = 0;
    skipAny(el) {
        if (el.empty)
            return;
        if (++this.#depth > MAX_DEPTH)
            throw new XmlRpcParseError(`the response nests elements deeper than ${MAX_DEPTH} levels`);
        for (;;) {
            this.text();
            if (this.eof())
                throw this.malformed(`unclosed tag <${el.name}>`);
            if (this.atClose())
                break;
            this.skipAny(this.open());
        }
        this.close(el.name);
        this.#depth--;
    }
    malformed(what) {
        let line = 1;
        for (let i = this.xml.indexOf('\n'); i >= 0 && i < this.pos; i = this.xml.indexOf('\n', i + 1))
            line++;
        return new XmlRpcParseError(`the response is not well-formed XML (line ${line}: ${what})`, true);
    }
}
function methodResponse(c, root) {
    const exactlyOne = '<methodResponse> must hold exactly one <params> or <fault>';
    const body = c.child(root);
    if (!body)
        throw new XmlRpcParseError(exactlyOne);
    let result;
    if (body.name === 'fault') {
        const value = onlyValue(c, body, '<fault>');
        const struct = isStruct(value) ? value : {};
        const code = struct['faultCode'];
        const text = struct['faultString'];
        result = { kind: 'fault', fault: new XmlRpcFault(typeof code === 'number' ? code : -1, typeof text === 'string' ? text : 'unknown fault') };
    }
    else if (body.name === 'params') {
        const param = c.child(body);
        if (!param)
            result = { kind: 'value', value: null };
        else {
            if (param.name !== 'param')
                throw new XmlRpcParseError(`expected <param>, got <${param.name}>`);
            result = { kind: 'value', value: onlyValue(c, param, '<param>') };
            c.skip(body);
        }
    }
    else {
        throw new XmlRpcParseError(`expected <params> or <fault>, got <${body.name}>`);
    }
    if (c.child(root))
        throw new XmlRpcParseError(exactlyOne);
    return result;
}
/** The single `<value>` child of `el`. */
function onlyValue(c, el, where) {
    const v = c.child(el);
    if (!v || v.name !== 'value')
        throw new XmlRpcParseError(`${where} must hold exactly one <value>`);
    const value = decodeValue(c, v, 0);
    if (c.child(el))
        throw new XmlRpcParseError(`${where} must hold exactly one <value>`);
    return value;
}
/** A `<value>` whose opening tag was just read. */
function decodeValue(c, el, depth) {
    if (el.empty)
        return '';
    if (depth > MAX_DEPTH)
        throw new XmlRpcParseError(`the response nests values deeper than ${MAX_DEPTH} levels`);
    let text = '';
    let typed;
    for (;;) {
        text += c.text();
        if (c.eof())
            throw c.malformed('unclosed tag <value>');
        if (c.atClose())
            break;
        if (typed)
            throw new XmlRpcParseError('<value> holds more than one element');
        typed = { value: decodeTyped(c, c.open(), depth) };
    }
    c.close('value');
    // No type element: the XML-RPC default type, a string, kept verbatim.
    if (!typed)
        return text;
    if (text.trim() !== '')
        throw new XmlRpcParseError('<value> mixes text and a typed element');
    return typed.value;
}
function decodeTyped(c, el, depth) {
    // Apache's extension namespace spells some types ex:i8 / ex:nil.
    const type = el.name.startsWith('ex:') ? el.name.slice(3) : el.name;
    switch (type) {
        case 'string':
            return c.textOnly(el);
        case 'int':
        case 'i4':
        case 'i8':
            return decodeInt(c.textOnly(el), type);
        case 'boolean': {
            const t = c.textOnly(el).trim();
            if (t === '1' || t === 'true')
                return true;
            if (t === '0' || t === 'false')
                return false;
            throw new XmlRpcParseError(`invalid <boolean> ${JSON.stringify(t)}`);
        }
        case 'double':
            return decodeDouble(c.textOnly(el));
        case 'nil':
            if (c.child(el))
                throw new XmlRpcParseError('<nil> must be empty');
            return null;
        case 'dateTime.iso8601':
            return decodeDateTime(c.textOnly(el));
        case 'base64': {
            const t = c.textOnly(el).replace(/\s+/g, '');
            if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 === 1)
                throw new XmlRpcParseError('invalid <base64> content');
            return new Uint8Array(Buffer.from(t, 'base64'));
        }
        case 'array': {
            const data = c.child(el);
            if (!data || data.name !== 'data')
                throw new XmlRpcParseError('<array> must hold exactly one <data>');
            const out = [];
            for (let v = c.child(data); v; v = c.child(data)) {
                if (v.name !== 'value')
                    throw new XmlRpcParseError(`expected <value> in <data>, got <${v.name}>`);
                out.push(decodeValue(c, v, depth + 1));
            }
            if (c.child(el))
                throw new XmlRpcParseError('<array> must hold exactly one <data>');
            return out;
        }
        case 'struct': {
            const out = {};
            for (let member = c.child(el); member; member = c.child(el)) {
                if (member.name !== 'member')
                    throw new XmlRpcParseError(`expected <member> in <struct>, got <${member.name}>`);
                let name;
                let value;
                let parts = 0;
                for (let part = c.child(member); part; part = c.child(member)) {
                    parts++;
                    if (part.name === 'name' && name === undefined)
                        name = c.textOnly(part);
                    else if (part.name === 'value' && value === undefined)
                        value = { v: decodeValue(c, part, depth + 1) };
                    else
                        c.skipAny(part);
                }
                if (name === undefined || value === undefined || parts !== 2)
                    throw new XmlRpcParseError('a <member> needs one <name> and one <value>');
                // A member called "__proto__" must stay data, not become the prototype (plain assignment elsewhere: far faster).
                if (name === '__proto__')
                    Object.defineProperty(out, name, { value: value.v, enumerable: true, writable: true, configurable: true });
                else
                    out[name] = value.v;
            }
            return out;
        }
        default:
            throw new XmlRpcParseError(`unknown XML-RPC type <${el.name}>`);
    }
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
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RetryableResponseError */ .q6(`not an XML-RPC response: ${err.message}`);
                throw err;
            }
            return decoded.kind === 'fault' ? { fault: decoded.fault } : { value: onValue(decoded.value) };
        });
    }
}


/***/ })

};
