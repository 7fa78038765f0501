export const id = 922;
export const ids = [922];
export const modules = {

/***/ 3541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  Hi: () => (/* reexport */ remote_error/* RemoteError */.H),
  q6: () => (/* reexport */ remote_error/* RetryableResponseError */.q),
  U9: () => (/* binding */ isLoopback),
  q3: () => (/* reexport */ stats/* requestCounts */.q3),
  Rn: () => (/* binding */ retryLine)
});

// UNUSED EXPORTS: DEFAULT_RETRY, DEFAULT_TIMEOUTS, USER_AGENT, emptyStats, formatStats, mergeStats, parseRetryAfter, queryString, rateLimitResetWait, sanitizeUrl, systemClock

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(3137);
var env_http_proxy_agent_default = /*#__PURE__*/__webpack_require__.n(env_http_proxy_agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/dispatcher.js
var dispatcher = __webpack_require__(883);
var dispatcher_default = /*#__PURE__*/__webpack_require__.n(dispatcher);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/index.js
var api = __webpack_require__(6615);
;// CONCATENATED MODULE: ./src/sources/undici.ts
// The parts of undici the HTTP layer uses. undici's index loads every API it
// has (fetch, WebSocket, caches, mocks, interceptors); this layer needs the
// proxy-aware agent and `dispatcher.request`, which the index adds to the
// dispatcher's prototype exactly as done here (undici 7, index.js). Loading
// only these halves undici's share of the CLI's start-up (README, "Performance").



Object.assign((dispatcher_default()).prototype, api);


// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/sources/clock.ts
// The one clock of the network layer: what time it is and how to wait. Tests
// pass a clock whose sleep returns at once, so waits are measured, not slept.

const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => (0,promises_.setTimeout)(ms).then(() => undefined),
};

;// CONCATENATED MODULE: ./src/sources/limiter.ts
// A FIFO counting semaphore: bounds the requests one client has in flight
// against its host, and serves waiters in arrival order so no call starves.
class Limiter {
    #max;
    #active = 0;
    #waiting = [];
    constructor(max) {
        if (!Number.isInteger(max) || max < 1)
            throw new RangeError(`limit must be a positive integer, got ${max}`);
        this.#max = max;
    }
    get active() {
        return this.#active;
    }
    get pending() {
        return this.#waiting.length;
    }
    async run(task) {
        await this.#acquire();
        try {
            return await task();
        }
        finally {
            this.#release();
        }
    }
    #acquire() {
        if (this.#active < this.#max) {
            this.#active++;
            return Promise.resolve();
        }
        // The slot is handed over directly in #release, so #active stays counted.
        return new Promise((resolve) => this.#waiting.push(resolve));
    }
    #release() {
        const next = this.#waiting.shift();
        if (next)
            next();
        else
            this.#active--;
    }
}

// EXTERNAL MODULE: ./src/sources/names.ts
var names = __webpack_require__(1986);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
;// CONCATENATED MODULE: ./src/sources/redact.ts
// Keeping credentials out of messages: which headers and query parameters
// carry secrets, URLs with them masked, and text with known secret values
// replaced.

const SECRET_HEADER = /authorization|token|api[-_]?key|secret|password|cookie|session/i;
const SECRET_PARAM = /token|api[-_]?key|secret|password|passwd|auth|session|signature|credential/i;
/** The URL without user info, with secret-looking query values replaced by `***`. */
function sanitizeUrl(url) {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    if (copy.search !== '') {
        copy.search = copy.search
            .slice(1)
            .split('&')
            .map((pair) => {
            const eq = pair.indexOf('=');
            if (eq < 0)
                return pair;
            const name = safeDecode(pair.slice(0, eq));
            return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=***` : pair;
        })
            .join('&');
    }
    return copy.href;
}
/** Known secret values (and their encodings) removed from text: the project's one redactor. */
function redact_redact(text, secrets) {
    return (0,redact/* createRedactor */.lY)(secrets)(text);
}
function secretValues(headers) {
    const out = [];
    for (const [name, value] of Object.entries(headers)) {
        if (!SECRET_HEADER.test(name))
            continue;
        out.push(value);
        // "Bearer abc", "token abc": the credential alone may be echoed too.
        const space = value.indexOf(' ');
        if (space > 0)
            out.push(value.slice(space + 1).trim());
    }
    return out;
}
function secretParams(url) {
    const out = [];
    for (const [name, value] of url.searchParams)
        if (SECRET_PARAM.test(name))
            out.push(value);
    if (url.password)
        out.push(safeDecode(url.password));
    return out;
}
function withoutSecrets(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers))
        if (!SECRET_HEADER.test(name))
            out[name] = value;
    return out;
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
    }
    catch {
        return s;
    }
}

// EXTERNAL MODULE: ./src/sources/remote-error.ts
var remote_error = __webpack_require__(1865);
// EXTERNAL MODULE: ./src/sources/services.ts
var services = __webpack_require__(5248);
// EXTERNAL MODULE: ./src/sources/stats.ts
var stats = __webpack_require__(4353);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/sources/version.ts
// The User-Agent every remote client sends; the version lives in src/version.ts.


/** Fedora infrastructure tarpits requests without a descriptive User-Agent. */
const USER_AGENT = `poi-gitops/${version/* VERSION */.x} (+https://github.com/poi-gitops/poi-gitops)`;

// EXTERNAL MODULE: ./src/sources/schema.ts
var sources_schema = __webpack_require__(2139);
;// CONCATENATED MODULE: ./src/sources/http.ts
// The HTTP layer under every remote client: the services (dist-git, Bodhi,
// Bugzilla, GitLab listings, koji) and the forges (GitHub through Octokit,
// GitLab through gitbeaker). One HttpClient per service: it owns its undici
// dispatcher (never the global one; it honours HTTPS_PROXY/HTTP_PROXY/NO_PROXY),
// bounds requests in flight, puts a timeout on every request, retries what is
// worth retrying within a wait budget (README: "Network"), spaces writes when
// asked, decodes gzip, keeps per-host counters for the job summary and the
// proposal body, and produces errors a user can act on without ever echoing a
// credential.












// One import site for the clients built on this layer.





/** Requests in flight to one service when its client does not say (each client bounds its own). */
const DEFAULT_MAX_IN_FLIGHT = 4;
const DEFAULT_TIMEOUTS = { connectMs: 10_000, headersMs: 120_000, bodyMs: 60_000, requestMs: 120_000 };
const DEFAULT_RETRY = {
    maxAttempts: 4,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    maxTotalWaitMs: 120_000,
    jitter: 0.2,
    retryOnTimeout: true,
};
/** The one log line for a retry, wherever it is logged: which service, which request, why, how long. */
function retryLine(e) {
    return `${e.service}: ${e.method} ${e.url}: ${e.reason}; retrying in ${seconds(e.delayMs)} (retry ${e.attempt})`;
}
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Failures where the request certainly never reached the server: safe to
// repeat even for a non-idempotent request.
/** Name resolution failures, and the hosts that failed to resolve twice in this run. */
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const UNRESOLVED = new Set();
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const TRANSPORT = new Set([
    ...NOT_SENT,
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** node:zlib's decoders, loaded with the first compressed answer (most services answer uncompressed). */
function unzipper() {
    const zlib = process.getBuiltinModule('node:zlib');
    return { gzip: (0,external_node_util_.promisify)(zlib.gunzip), deflate: (0,external_node_util_.promisify)(zlib.inflate), deflateRaw: (0,external_node_util_.promisify)(zlib.inflateRaw), br: (0,external_node_util_.promisify)(zlib.brotliDecompress) };
}
class RequestTimeoutError extends Error {
    name = 'RequestTimeoutError';
    code = 'POI_REQUEST_TIMEOUT';
}
class ResponseTooLargeError extends Error {
    name = 'ResponseTooLargeError';
}
class TooManyRedirectsError extends Error {
    name = 'TooManyRedirectsError';
}
class DecodeError extends Error {
    name = 'DecodeError';
}
/** GitHub's advice for a rate limit that names no wait: at least a minute. */
const UNNAMED_RATE_LIMIT_WAIT_MS = 60_000;
class HttpClient {
    service;
    baseUrl;
    timeouts;
    retry;
    #base;
    #limiter;
    #dispatcher;
    #ownsDispatcher;
    #headers;
    #secrets;
    #keepAlive;
    #maxBytes;
    #maxRedirects;
    #allowInsecure;
    #clock;
    #random;
    #onEvent;
    #writeSpacingMs;
    #secondaryRateLimits;
    #errorMessage;
    #stats = new Map();
    #methods = { reads: 0, writes: 0 };
    /** Writes wait on this chain so that two of them never start closer than writeSpacingMs. */
    #writeTurn = Promise.resolve();
    #lastWriteAt = -Infinity;
    constructor(options) {
        this.service = options.service;
        this.baseUrl = (0,services/* normalizeServiceUrl */.Ex)(options.baseUrl, `${options.service} base URL`);
        this.#base = new URL(this.baseUrl);
        this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        if (!Number.isInteger(this.retry.maxAttempts) || this.retry.maxAttempts < 1) {
            throw new RangeError(`${this.service}: retry.maxAttempts must be a positive integer`);
        }
        const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
        this.#limiter = new Limiter(maxInFlight);
        this.#keepAlive = options.keepAlive ?? true;
        this.#maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
        this.#maxRedirects = options.maxRedirects ?? 5;
        this.#allowInsecure = options.allowInsecureCredentials ?? false;
        const clock = options.clock ?? systemClock;
        this.#clock = { now: options.now ?? (() => clock.now()), sleep: options.sleep ?? ((ms) => clock.sleep(ms)) };
        this.#random = options.random ?? Math.random;
        this.#onEvent = options.onEvent;
        this.#writeSpacingMs = options.writeSpacingMs ?? 0;
        this.#secondaryRateLimits = options.secondaryRateLimits ?? false;
        this.#errorMessage = options.errorMessage;
        this.#headers = {
            'user-agent': options.userAgent ?? USER_AGENT,
            'accept-encoding': 'gzip',
            ...lowerKeys(options.headers ?? {}),
        };
        const proxy = proxySettings(options.proxy);
        this.#secrets = [...secretValues(this.#headers), ...(options.secrets ?? []), ...proxyCredentials(proxy)];
        this.#assertSecure(this.#base, this.#headers);
        if (options.dispatcher) {
            this.#dispatcher = options.dispatcher;
            this.#ownsDispatcher = false;
        }
        else {
            // EnvHttpProxyAgent is a plain Agent when no proxy is set. http:// targets go to an http proxy as
            // ordinary proxy requests (proxies often refuse CONNECT to port 80); https:// ones through CONNECT.
            this.#dispatcher = new (env_http_proxy_agent_default())({
                ...proxy,
                // At most one connection per request the limiter lets through, each re-used: without the cap, a
                // request sent just as another's answer ends finds no idle connection (undici frees it one
                // event-loop turn later) and opens one more, a TCP and TLS handshake (two or three round trips).
                connections: maxInFlight,
                proxyTunnel: false,
                connect: { timeout: this.timeouts.connectMs },
                headersTimeout: this.timeouts.headersMs,
                bodyTimeout: this.timeouts.bodyMs,
                allowH2: false,
            });
            this.#ownsDispatcher = true;
        }
    }
    /** GET a JSON document checked against its schema. A 2xx body that is not JSON (a proxy page) is retried, then fails. */
    async getJson(path, schema, query, headers) {
        return this.requestAs({ path, query, headers: { accept: 'application/json', ...headers } }, (res) => (0,sources_schema/* decodeJson */.xO)(schema, res));
    }
    /** GET a text document (2xx only). */
    async getText(path, query) {
        return (await this.request({ path, query })).text();
    }
    /** POST a text body and return the text answer. Not retried beyond 429/connect failures unless `idempotent`. */
    async postText(path, body, contentType, options = {}) {
        const res = await this.request({
            method: 'POST',
            path,
            body,
            headers: { 'content-type': contentType, ...options.headers },
            idempotent: options.idempotent,
        });
        return res.text();
    }
    /** Sends a request; statuses other than 2xx and `okStatuses` throw a RemoteError after retries. */
    async request(options) {
        return this.requestAs(options, (res) => res);
    }
    /**
     * Sends a request and hands an accepted response to `parse`. `parse` may
     * throw RetryableResponseError to have the response treated like a 5xx;
     * any other error fails the request (kind `body`) without retrying.
     */
    async requestAs(options, parse) {
        const method = options.method ?? 'GET';
        const url = this.#resolve(options.path, options.query);
        const requestHeaders = lowerKeys(options.headers ?? {});
        const headers = { ...this.#headers, ...requestHeaders };
        this.#assertSecure(url, headers);
        const secrets = [...this.#secrets, ...secretValues(requestHeaders), ...secretParams(url)];
        const idempotent = options.idempotent ?? IDEMPOTENT.has(method);
        const timeoutMs = options.timeoutMs ?? this.timeouts.requestMs;
        const ok = (status) => (status >= 200 && status < 300) || (options.okStatuses?.includes(status) ?? false);
        let waited = 0;
        for (let attempt = 1;; attempt++) {
            if (attempt > 1)
                this.#statsFor(url.host).retries++;
            let failure;
            try {
                const res = await this.#exchange(method, url, headers, options.body, timeoutMs);
                if (ok(res.status)) {
                    // undici hands a connection to the next request one event-loop turn after an answer ends, and
                    // writes it a turn later (after checking the idle socket was not closed). Parsing this answer
                    // after those two turns lets requests waiting for a connection go out first, instead of after
                    // every answer that arrived with this one is parsed (README, "Performance").
                    await nextTurn();
                    await nextTurn();
                    try {
                        return parse(res);
                    }
                    catch (err) {
                        if (!(err instanceof remote_error/* RetryableResponseError */.q)) {
                            throw this.#fail(method, url, secrets, attempt, { kind: 'body', detail: message(err), retryable: false, response: res, status: res.status, cause: err });
                        }
                        failure = { kind: 'body', detail: err.message, retryable: true, response: res, status: res.status, cause: err };
                    }
                }
                else {
                    failure = this.#statusFailure(res, idempotent, attempt);
                }
            }
            catch (err) {
                if (err instanceof remote_error/* RemoteError */.H)
                    throw err;
                failure = this.#transportFailure(err, idempotent, timeoutMs, attempt, url.hostname);
            }
            if (!failure.retryable || attempt >= this.retry.maxAttempts) {
                throw this.#fail(method, url, secrets, attempt, failure);
            }
            const delayMs = failure.retryAfterMs ?? this.#backoff(attempt);
            if (waited + delayMs > this.retry.maxTotalWaitMs) {
                const asked = failure.retryAfterMs !== undefined ? `the service asked to wait ${seconds(delayMs)} (${failure.waitSource ?? 'Retry-After'})` : `the next retry would wait ${seconds(delayMs)}`;
                throw this.#fail(method, url, secrets, attempt, {
                    ...failure,
                    detail: `${failure.detail}; ${asked}, beyond the remaining retry budget of ${seconds(this.retry.maxTotalWaitMs - waited)}, so it was not retried`,
                });
            }
            this.#onEvent?.({ type: 'retry', service: this.service, method, url: sanitizeUrl(url), attempt, delayMs, reason: redact_redact(failure.detail, secrets) });
            await this.#clock.sleep(delayMs);
            waited += delayMs;
            this.#statsFor(url.host).waitMs += delayMs;
        }
    }
    /** The URL a path resolves to, credentials and secret query values removed (for messages). */
    describe(path, query) {
        return sanitizeUrl(this.#resolve(path, query));
    }
    /** Exchanges sent so far: reads are GET and HEAD, writes every other method (retries included). */
    methodCounts() {
        return { ...this.#methods };
    }
    /** Counters per host since the client was created. */
    stats() {
        const out = {};
        for (const host of [...this.#stats.keys()].sort())
            out[host] = { ...this.#stats.get(host) };
        return out;
    }
    /** Closes the owned connection pool; an injected dispatcher is left to its owner. */
    async close() {
        if (this.#ownsDispatcher)
            await this.#dispatcher.close();
    }
    #resolve(path, query) {
        let url;
        if (/^https?:\/\//i.test(path)) {
            url = new URL(path);
            // Links from responses (pagination) may be followed, but credentials never leave the service's origin.
            if (url.origin !== this.#base.origin) {
                throw new Error(`${this.service}: refusing to request ${sanitizeUrl(url)}: it is not on ${this.#base.origin}`);
            }
        }
        else {
            if (path !== '' && !path.startsWith('/'))
                throw new Error(`${this.service}: request path ${JSON.stringify(path)} must start with "/"`);
            if (/[\s?#\\]/.test(path) || /(^|\/)\.\.?(\/|$)/.test(path)) {
                throw new Error(`${this.service}: request path ${JSON.stringify(path)} is not a clean path (use names.pathOf and the query option)`);
            }
            url = new URL(this.baseUrl + path);
        }
        const qs = queryString(query);
        if (qs !== '')
            url.search = url.search === '' ? `?${qs}` : `${url.search}&${qs}`;
        return url;
    }
    #assertSecure(url, headers) {
        if (url.protocol === 'https:' || this.#allowInsecure || isLoopback(url.hostname))
            return;
        const secret = Object.keys(headers).find((name) => SECRET_HEADER.test(name));
        if (secret !== undefined) {
            throw new Error(`${this.service}: refusing to send the ${secret} header over plain http to ${url.host}; use https`);
        }
    }
    /** One attempt: the request plus any redirects, each an exchange of its own. */
    async #exchange(method, start, headers, body, timeoutMs) {
        let url = start;
        let sendHeaders = headers;
        for (let hop = 0;; hop++) {
            const res = await this.#once(method, url, sendHeaders, body, timeoutMs);
            const location = res.headers['location'];
            if (!REDIRECTS.has(res.status) || location === undefined || (method !== 'GET' && method !== 'HEAD') || this.#maxRedirects === 0) {
                return res;
            }
            if (hop >= this.#maxRedirects)
                throw new TooManyRedirectsError(`more than ${this.#maxRedirects} redirects`);
            const next = new URL(location, url);
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                return res;
            // Never carry credentials to another origin or down to plain http.
            if (next.origin !== url.origin)
                sendHeaders = withoutSecrets(sendHeaders);
            url = next;
        }
    }
    async #once(method, url, headers, body, timeoutMs) {
        const read = method === 'GET' || method === 'HEAD';
        if (!read)
            await this.#spaceWrite(url.host);
        return this.#limiter.run(async () => {
            const stats = this.#statsFor(url.host);
            stats.requests++;
            this.#methods[read ? 'reads' : 'writes']++;
            if (body !== undefined)
                stats.bytesSent += typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
            const started = this.#clock.now();
            const controller = new AbortController();
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                controller.abort(new RequestTimeoutError(`no complete answer within ${seconds(timeoutMs)}`));
            }, timeoutMs);
            try {
                const res = await this.#dispatcher.request({
                    origin: url.origin,
                    path: url.pathname + url.search,
                    method,
                    headers,
                    body: body ?? null,
                    signal: controller.signal,
                    headersTimeout: this.timeouts.headersMs,
                    bodyTimeout: this.timeouts.bodyMs,
                    reset: !this.#keepAlive,
                });
                const chunks = [];
                let size = 0;
                for await (const chunk of res.body) {
                    size += chunk.length;
                    stats.bytes += chunk.length;
                    if (size > this.#maxBytes) {
                        res.body.destroy();
                        throw new ResponseTooLargeError(`the response is larger than ${this.#maxBytes} bytes`);
                    }
                    chunks.push(chunk);
                }
                const responseHeaders = flattenHeaders(res.headers);
                const decoded = await decodeBody(Buffer.concat(chunks, size), responseHeaders['content-encoding'], this.#maxBytes);
                return {
                    status: res.statusCode,
                    headers: responseHeaders,
                    body: decoded,
                    url: sanitizeUrl(url),
                    text: () => decoded.toString('utf8'),
                };
            }
            catch (err) {
                if (timedOut)
                    throw new RequestTimeoutError(`no complete answer within ${seconds(timeoutMs)}`, { cause: err });
                throw err;
            }
            finally {
                clearTimeout(timer);
                stats.timeMs += Math.max(0, this.#clock.now() - started);
            }
        });
    }
    /** Waits until writeSpacingMs has passed since the previous write started (writes take turns). */
    async #spaceWrite(host) {
        if (this.#writeSpacingMs <= 0)
            return;
        const turn = this.#writeTurn.then(async () => {
            const wait = this.#lastWriteAt + this.#writeSpacingMs - this.#clock.now();
            if (wait > 0) {
                await this.#clock.sleep(wait);
                this.#statsFor(host).waitMs += wait;
            }
            this.#lastWriteAt = this.#clock.now();
        });
        this.#writeTurn = turn;
        await turn;
    }
    #statusFailure(res, idempotent, attempt) {
        const status = res.status;
        const detail = `HTTP ${status}${external_node_http_.STATUS_CODES[status] ? ' ' + external_node_http_.STATUS_CODES[status] : ''}`;
        const now = this.#clock.now();
        if (status === 429 || (status === 403 && this.#secondaryRateLimits && isGitHubRateLimit(res))) {
            // A rate-limited request was not processed, so it is safe to repeat whatever the method.
            const retryAfter = parseRetryAfter(res.headers['retry-after'], now);
            const reset = retryAfter === undefined ? rateLimitResetWait(res.headers, now) : undefined;
            const unnamed = retryAfter === undefined && reset === undefined && this.#secondaryRateLimits ? UNNAMED_RATE_LIMIT_WAIT_MS * 2 ** (attempt - 1) : undefined;
            return {
                kind: 'status', detail: `${detail} (rate limited)`, retryable: true, status, response: res, rateLimited: true,
                retryAfterMs: retryAfter ?? reset ?? unnamed,
                waitSource: retryAfter !== undefined ? 'Retry-After' : reset !== undefined ? 'until the rate limit resets' : 'a rate limit that names no wait',
            };
        }
        const retryable = idempotent && status >= 500 && status !== 501 && status !== 505;
        const retryAfterMs = status === 503 ? parseRetryAfter(res.headers['retry-after'], now) : undefined;
        return { kind: 'status', detail, retryable, status, response: res, retryAfterMs };
    }
    #transportFailure(err, idempotent, timeoutMs, attempt, hostname) {
        if (err instanceof ResponseTooLargeError || err instanceof DecodeError || err instanceof TooManyRedirectsError) {
            return { kind: 'body', detail: err.message, retryable: false, cause: err };
        }
        const code = errorCode(err);
        if (err instanceof RequestTimeoutError || (code !== undefined && TIMEOUTS.has(code))) {
            const what = code === 'UND_ERR_CONNECT_TIMEOUT'
                ? `could not connect within ${seconds(this.timeouts.connectMs)}`
                : code === 'UND_ERR_HEADERS_TIMEOUT'
                    ? `no response headers within ${seconds(this.timeouts.headersMs)}`
                    : code === 'UND_ERR_BODY_TIMEOUT'
                        ? `the response body stalled for ${seconds(this.timeouts.bodyMs)}`
                        : `no complete answer within ${seconds(timeoutMs)}`;
            const safe = code === 'UND_ERR_CONNECT_TIMEOUT' || idempotent;
            return { kind: 'timeout', detail: `timed out: ${what}`, retryable: this.retry.retryOnTimeout && safe, cause: err };
        }
        if (code !== undefined && DNS.has(code)) {
            // A name that does not resolve (no network, a typo) rarely resolves seconds later: one retry, then
            // this host fails at once for the rest of the run instead of costing every service its back-off.
            const again = attempt === 1 && !UNRESOLVED.has(hostname);
            if (!again)
                UNRESOLVED.add(hostname);
            return { kind: 'transport', detail: `could not resolve ${hostname}: ${message(err)} (${code})`, retryable: again, cause: err };
        }
        if (code !== undefined && TRANSPORT.has(code)) {
            return { kind: 'transport', detail: `connection failed: ${message(err)} (${code})`, retryable: idempotent || NOT_SENT.has(code), cause: err };
        }
        return { kind: 'transport', detail: `request failed: ${message(err)}${code ? ` (${code})` : ''}`, retryable: false, cause: err };
    }
    #backoff(failedAttempt) {
        const { baseDelayMs, maxDelayMs, jitter } = this.retry;
        const raw = Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempt - 1));
        return Math.round(raw * (1 - jitter + 2 * jitter * this.#random()));
    }
    #fail(method, url, secrets, attempts, failure) {
        this.#statsFor(url.host).failures++;
        const safeUrl = sanitizeUrl(url);
        const own = failure.response && failure.kind === 'status' ? this.#serviceMessage(failure.response) : undefined;
        const error = new remote_error/* RemoteError */.H({
            service: this.service,
            method,
            url: safeUrl,
            kind: failure.kind,
            attempts,
            status: failure.status,
            detail: redact_redact(failure.detail, secrets),
            bodyExcerpt: failure.response ? excerpt(failure.response, secrets) : undefined,
            serviceMessage: own === undefined ? undefined : redact_redact(own, secrets),
            rateLimited: failure.rateLimited ?? false,
            hint: this.#hint(failure),
            retryAfterMs: failure.retryAfterMs,
            cause: failure.cause,
        });
        this.#onEvent?.({ type: 'failure', service: this.service, method, url: safeUrl, attempts, message: error.message });
        return error;
    }
    #serviceMessage(res) {
        try {
            const text = this.#errorMessage?.(res);
            return text === undefined || text.trim() === '' ? undefined : text.trim();
        }
        catch {
            return undefined;
        }
    }
    #hint(failure) {
        const s = failure.status;
        const hasCredentials = this.#secrets.length > 0;
        if (failure.kind === 'timeout')
            return `${this.service} is slow or unreachable; try again later`;
        if (failure.kind === 'transport')
            return `check that ${this.#base.host} is reachable from this runner (and the proxy settings, if it needs one)`;
        if (s === undefined)
            return undefined;
        if (failure.rateLimited)
            return 'rate limited; try again later or use a token';
        if (s === 401 || s === 403)
            return hasCredentials ? 'check that the token is valid and has the needed permissions' : 'the service refused anonymous access';
        if (s === 404)
            return 'not found: check the name and the service URL';
        if (s >= 500)
            return `${this.service} is failing; try again later`;
        return undefined;
    }
    #statsFor(host) {
        let s = this.#stats.get(host);
        if (!s) {
            s = (0,stats/* emptyStats */.bD)();
            this.#stats.set(host, s);
        }
        return s;
    }
}
async function decodeBody(raw, encoding, maxBytes) {
    const enc = (encoding ?? '').trim().toLowerCase();
    if (enc === '' || enc === 'identity' || raw.length === 0)
        return raw;
    // maxOutputLength guards against a small compressed body expanding without bound.
    const opts = { maxOutputLength: maxBytes };
    const unzip = unzipper();
    try {
        if (enc === 'gzip' || enc === 'x-gzip')
            return await unzip.gzip(raw, opts);
        if (enc === 'br')
            return await unzip.br(raw, opts);
        if (enc === 'deflate') {
            // Servers disagree on whether "deflate" carries the zlib wrapper.
            return await unzip.deflate(raw, opts).catch(() => unzip.deflateRaw(raw, opts));
        }
    }
    catch (err) {
        throw new DecodeError(`could not decode the ${enc} response body: ${message(err)}`);
    }
    throw new DecodeError(`unsupported content-encoding ${JSON.stringify(encoding)}`);
}
/** Milliseconds a Retry-After value (delta-seconds or HTTP-date) asks for; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    if (!/[a-z]/i.test(v))
        return undefined;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** GitHub answers an exhausted primary limit and a secondary limit with 403 (REST API docs, "Rate limits"). */
function isGitHubRateLimit(res) {
    return res.headers['x-ratelimit-remaining'] === '0' || /secondary rate limit|abuse detection/i.test(res.text());
}
/**
 * Milliseconds until an exhausted limit resets, from `x-ratelimit-reset` (GitHub) or `ratelimit-reset`
 * (GitLab), both epoch seconds, plus a second for clock skew; undefined unless the remaining count is 0.
 */
function rateLimitResetWait(headers, now) {
    for (const prefix of ['x-ratelimit-', 'ratelimit-']) {
        const reset = headers[`${prefix}reset`];
        if (headers[`${prefix}remaining`] !== '0' || reset === undefined || !/^\d+$/.test(reset.trim()))
            continue;
        return Math.max(0, Number(reset) * 1000 - now) + 1000;
    }
    return undefined;
}
function proxySettings(given) {
    // Resolved here (an empty value means none) and handed to undici explicitly, so both agree.
    const env = process.env;
    const out = {
        httpProxy: (given?.httpProxy ?? env['http_proxy'] ?? env['HTTP_PROXY'] ?? '').trim(),
        httpsProxy: (given?.httpsProxy ?? env['https_proxy'] ?? env['HTTPS_PROXY'] ?? '').trim(),
    };
    // NO_PROXY stays unset unless given, so undici reads the variable on every request.
    if (given?.noProxy !== undefined)
        out.noProxy = given.noProxy;
    return out;
}
/** A proxy URL's user and password are credentials like a token: never in a message. */
function proxyCredentials(proxy) {
    const out = [];
    for (const value of [proxy.httpProxy, proxy.httpsProxy]) {
        if (value === undefined || value === '')
            continue;
        try {
            const url = new URL(value);
            if (url.password !== '')
                out.push(decodeURIComponent(url.password));
        }
        catch {
            // undici reports an unusable proxy URL itself.
        }
    }
    return out;
}
/** Encodes query values strictly (RFC 3986 unreserved only); arrays repeat the key. */
function queryString(query) {
    if (!query)
        return '';
    const parts = [];
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined || value === null)
            continue;
        const values = (Array.isArray(value) ? value : [value]);
        for (const v of values)
            parts.push(`${(0,names/* encodeQueryValue */.gG)(key)}=${(0,names/* encodeQueryValue */.gG)(String(v))}`);
    }
    return parts.join('&');
}
function excerpt(res, secrets) {
    let text = res.text();
    if (/html/i.test(res.headers['content-type'] ?? '') || /^\s*</.test(text))
        text = text.replace(/<[^>]*>/g, ' ');
    text = redact_redact(text, secrets).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (text === '')
        return undefined;
    return text.length > 240 ? text.slice(0, 240) + '…' : text;
}
function lowerKeys(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers))
        out[name.toLowerCase()] = value;
    return out;
}
/** Resolves in the event loop's next check phase. */
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
function flattenHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined)
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** This machine's host names: plain http is allowed there only (local fakes). */
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]';
}
function isErrorLike(e) {
    return typeof e === 'object' && e !== null && typeof e.message === 'string';
}
function errorCode(err) {
    for (let e = err, depth = 0; isErrorLike(e) && depth < 4; e = e.cause, depth++) {
        if (typeof e.code === 'string')
            return e.code;
    }
    return undefined;
}
function message(err) {
    return isErrorLike(err) ? err.message : String(err);
}
function seconds(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}


/***/ }),

/***/ 1986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tw: () => (/* binding */ InvalidNameError),
/* harmony export */   XM: () => (/* binding */ pathOf),
/* harmony export */   gG: () => (/* binding */ encodeQueryValue),
/* harmony export */   n1: () => (/* binding */ encodeNamespacePath),
/* harmony export */   rH: () => (/* binding */ nameProblem),
/* harmony export */   yS: () => (/* binding */ validateName)
/* harmony export */ });
/* unused harmony exports MAX_NAME_LENGTH, validatePackageName, validateBranchName, encodeSegment */
// Names read from inventories and flags end up in request URLs. They are
// checked here first so a typo or a hostile value ("../", "a b", "x?y") is a
// clear local error instead of a request for some other resource.
const MAX_NAME_LENGTH = 200;
// Fedora/CentOS source package names, dist-git branches, FAS users and groups
// all live in this alphabet (the Rust tool enforces the same set).
const NAME_CHARS = /^[A-Za-z0-9._+-]+$/;
const FIRST_CHAR = /^[A-Za-z0-9_]/;
class InvalidNameError extends Error {
    kind;
    value;
    reason;
    name = 'InvalidNameError';
    /** A usage problem, not a remote one. */
    exitCode = 2;
    constructor(kind, value, reason) {
        super(`invalid ${kind} name ${show(value)}: ${reason}`);
        this.kind = kind;
        this.value = value;
        this.reason = reason;
    }
}
/** Why `value` is not a valid name, or undefined when it is fine. */
function nameProblem(value) {
    if (value.length === 0)
        return 'it is empty';
    if (value.length > MAX_NAME_LENGTH)
        return `it is longer than ${MAX_NAME_LENGTH} characters`;
    if (/[\u0000-\u001f\u007f]/.test(value))
        return 'it contains a control character';
    if (/\s/.test(value))
        return 'it contains whitespace';
    if (value.includes('/'))
        return 'it contains "/"';
    if (value.includes('..'))
        return 'it contains ".."';
    if (!NAME_CHARS.test(value))
        return 'only ASCII letters, digits and "._+-" are allowed';
    if (!FIRST_CHAR.test(value))
        return 'it must start with a letter, a digit or "_"';
    return undefined;
}
/** Returns `value` unchanged when it is a valid name, otherwise throws InvalidNameError. */
function validateName(kind, value) {
    const problem = nameProblem(value);
    if (problem !== undefined)
        throw new InvalidNameError(kind, value, problem);
    return value;
}
const validatePackageName = (value) => validateName('package', value);
const validateBranchName = (value) => validateName('branch', value);
/**
 * Percent-encodes one URL path segment. Only RFC 3986 unreserved characters
 * and "+" stay as they are ("+" is literal in a path, and package names such
 * as libstdc++ read better in logs that way).
 */
function encodeSegment(value) {
    return encodeURIComponent(value)
        .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
        .replace(/%2B/g, '+');
}
/**
 * Percent-encodes a query value byte-wise; only `A–Z a–z 0–9 - _ . ~` stay
 * (so "+" becomes %2B and cannot arrive as a space, "@" becomes %40).
 */
function encodeQueryValue(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/**
 * Builds an absolute path from segments, encoding each one. Segments must not
 * be empty, "." or ".." (defence in depth for values that skipped validation).
 */
function pathOf(...segments) {
    for (const s of segments) {
        if (s === '' || s === '.' || s === '..')
            throw new InvalidNameError('path segment', s, 'empty, "." and ".." are not allowed');
    }
    return '/' + segments.map(encodeSegment).join('/');
}
// GitLab namespace/project path components: letters, digits, "_", "-", ".".
const NAMESPACE_PART = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
/**
 * The id GitLab's API accepts for a group or project path: every "/" becomes
 * %2F (`CentOS/Hyperscale/rpms` → `CentOS%2FHyperscale%2Frpms`).
 */
function encodeNamespacePath(path) {
    const parts = path.split('/');
    for (const p of parts) {
        if (!NAMESPACE_PART.test(p) || p.includes('..') || p.length > MAX_NAME_LENGTH) {
            throw new InvalidNameError('GitLab path', path, `component ${show(p)} is not a valid GitLab path component`);
        }
    }
    return parts.join('%2F');
}
function show(value) {
    const cut = value.length > 80 ? value.slice(0, 80) + '…' : value;
    return JSON.stringify(cut);
}


/***/ }),

/***/ 1865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ RemoteError),
/* harmony export */   q: () => (/* binding */ RetryableResponseError)
/* harmony export */ });
// The error every remote client throws when a service fails (exit code 3),
// and the signal a response parser uses to ask for a retry.
/** A remote service failed (exit code 3): nothing may be proposed from partial data. */
class RemoteError extends Error {
    name = 'RemoteError';
    exitCode = 3;
    service;
    method;
    url;
    kind;
    attempts;
    detail;
    status;
    bodyExcerpt;
    serviceMessage;
    rateLimited;
    retryAfterMs;
    constructor(init) {
        const tries = init.attempts > 1 ? ` after ${init.attempts} attempts` : '';
        const said = init.serviceMessage ?? init.bodyExcerpt;
        const excerpt = said ? `; response: ${JSON.stringify(said)}` : '';
        const hint = init.hint ? ` — ${init.hint}` : '';
        super(`${init.service}: ${init.method} ${init.url} failed${tries}: ${init.detail}${excerpt}${hint}`, init.cause === undefined ? undefined : { cause: init.cause });
        this.service = init.service;
        this.method = init.method;
        this.url = init.url;
        this.kind = init.kind;
        this.attempts = init.attempts;
        this.detail = init.detail;
        this.status = init.status;
        this.bodyExcerpt = init.bodyExcerpt;
        this.serviceMessage = init.serviceMessage;
        this.rateLimited = init.rateLimited ?? false;
        this.retryAfterMs = init.retryAfterMs;
    }
}
/**
 * Thrown by a response parser (requestAs) for a 2xx answer that is not what
 * the service sends when healthy, e.g. a proxy's HTML page: retried like a 5xx.
 */
class RetryableResponseError extends Error {
    name = 'RetryableResponseError';
}


/***/ }),

/***/ 2139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   xO: () => (/* binding */ decodeJson)
/* harmony export */ });
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7934);
/* harmony import */ var _remote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1865);
// Remote data is checked against a schema at the boundary, never coerced: a
// missing field is an error naming the field, not the text "undefined".
// valibot was chosen over zod for its size and load time (README, "Design notes").


/** A response that parsed as JSON but does not have the documented shape. */
class SchemaError extends Error {
    what;
    issues;
    name = 'SchemaError';
    exitCode = 3;
    constructor(what, issues) {
        super(`${what} does not have the expected shape: ${issues.slice(0, 3).join('; ')}${issues.length > 3 ? `; and ${issues.length - 3} more` : ''}`);
        this.what = what;
        this.issues = issues;
    }
}
/** Validates data against a schema; the error names the path of each wrong field (`bugs[3].id`). */
function decode(schema, data, what = 'the response') {
    const result = valibot__WEBPACK_IMPORTED_MODULE_1__/* .safeParse */ .xLC(schema, data);
    if (result.success)
        return result.output;
    throw new SchemaError(what, result.issues.map(describeIssue));
}
/** Parses a response body as JSON (a non-JSON 2xx, e.g. a proxy's HTML page, is retried like a 5xx) and validates it. */
function decodeJson(schema, res, what = 'the response') {
    let data;
    try {
        data = JSON.parse(res.text());
    }
    catch {
        throw new _remote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .RetryableResponseError */ .q(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`);
    }
    return decode(schema, data, what);
}
function describeIssue(issue) {
    const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('').replace(/^\./, '');
    const where = path || '(root)';
    if (issue.received === 'undefined')
        return `${where}: missing`;
    return `${where}: expected ${issue.expected ?? 'a valid value'}, got ${issue.received}`;
}


/***/ }),

/***/ 4353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ emptyStats),
/* harmony export */   q3: () => (/* binding */ requestCounts)
/* harmony export */ });
/* unused harmony exports mergeStats, formatStats */
// Per-host request counters of the HTTP layer, and their roll-up for the job
// summary and Provenance.requests.
function emptyStats() {
    return { requests: 0, retries: 0, failures: 0, bytes: 0, bytesSent: 0, timeMs: 0, waitMs: 0 };
}
/** Sums the counters of several clients (or stats snapshots) by host. */
function mergeStats(sources) {
    const merged = new Map();
    for (const source of sources) {
        const stats = hasStats(source) ? source.stats() : source;
        for (const [host, s] of Object.entries(stats)) {
            const into = merged.get(host) ?? emptyStats();
            into.requests += s.requests;
            into.retries += s.retries;
            into.failures += s.failures;
            into.bytes += s.bytes;
            into.bytesSent += s.bytesSent;
            into.timeMs += s.timeMs;
            into.waitMs += s.waitMs;
            merged.set(host, into);
        }
    }
    const out = {};
    for (const host of [...merged.keys()].sort())
        out[host] = merged.get(host);
    return out;
}
/** Host → request count, the shape of `Provenance.requests`. */
function requestCounts(sources) {
    const out = {};
    for (const [host, s] of Object.entries(mergeStats(sources)))
        out[host] = s.requests;
    return out;
}
/** One line per host for a job summary, e.g. `cbs.centos.org: 3 requests (1 retry, 0 failed), 12.0 KiB, 0.8 s`. */
function formatStats(stats) {
    return Object.entries(stats).map(([host, s]) => {
        const kib = (s.bytes / 1024).toFixed(1);
        const requests = `${s.requests} request${s.requests === 1 ? '' : 's'}`;
        const retries = `${s.retries} ${s.retries === 1 ? 'retry' : 'retries'}`;
        return `${host}: ${requests} (${retries}, ${s.failures} failed), ${kib} KiB, ${(s.timeMs / 1000).toFixed(1)} s`;
    });
}
function hasStats(source) {
    return typeof source.stats === 'function';
}


/***/ })

};
