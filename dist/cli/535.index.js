export const id = 535;
export const ids = [535];
export const modules = {

/***/ 4116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ YES_FLAG),
/* harmony export */   KH: () => (/* binding */ JSON_FLAG),
/* harmony export */   Rr: () => (/* binding */ assertCredentialUrl),
/* harmony export */   Sj: () => (/* binding */ BATCH_FLAG),
/* harmony export */   Wz: () => (/* binding */ walkFilter),
/* harmony export */   _D: () => (/* binding */ APPLY_FLAG),
/* harmony export */   _J: () => (/* binding */ CLAIM_FLAG),
/* harmony export */   _n: () => (/* binding */ rawhideSkip),
/* harmony export */   a6: () => (/* binding */ WALK_FLAGS),
/* harmony export */   eU: () => (/* binding */ inFilter),
/* harmony export */   f: () => (/* binding */ Clients),
/* harmony export */   fP: () => (/* binding */ batchEmail),
/* harmony export */   ff: () => (/* binding */ failWith),
/* harmony export */   md: () => (/* binding */ EMAIL_FLAG),
/* harmony export */   nV: () => (/* binding */ claimEmail),
/* harmony export */   yi: () => (/* binding */ VERBOSE_FLAG),
/* harmony export */   z: () => (/* binding */ invalidName)
/* harmony export */ });
/* unused harmony export serviceUrls */
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
/* harmony import */ var _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8882);
/* harmony import */ var _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8076);
/* harmony import */ var _sources_koji_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1295);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6614);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3541);
/* harmony import */ var _distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4917);
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5248);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1986);
/* harmony import */ var _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4664);
/* harmony import */ var _sources_schema_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2139);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7129);
/* harmony import */ var _distgit_patterns_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3490);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8619);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6769);
// What the Bugzilla-side commands (triage-updates, triage-retired,
// semver-audit, adopt) share: poi-tracker's walk flags, the identity flags
// (--batch EMAIL, --email, --claim), the remote clients built from the
// repository config and environment, and failures turned into exit codes.















const WALK_FLAGS = [
    { name: 'pattern', kind: 'list', metavar: 'GLOBS', help: 'only packages matching NAME or PREFIX* (case-insensitive; a bare name matches exactly)' },
    { name: 'start-from', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or after NAME (byte order)' },
    { name: 'end-with', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or before NAME (byte order)' },
];
const BATCH_FLAG = {
    name: 'batch', kind: 'string', metavar: 'EMAIL',
    help: 'one Bugzilla search for the open bugs assigned to or CC\'ing EMAIL instead of searches per package (misses bugs where EMAIL is neither)',
};
const EMAIL_FLAG = { name: 'email', kind: 'string', metavar: 'EMAIL', help: 'your Bugzilla email, for --claim (default: BUGZILLA_EMAIL)' };
const CLAIM_FLAG = { name: 'claim', kind: 'bool', help: 'set assigned_to on each closed bug to --email (an explicit person, never the bot)' };
const JSON_FLAG = { name: 'json', kind: 'bool', help: 'print the plan as JSON' };
const APPLY_FLAG = { name: 'apply', kind: 'bool', help: 'apply the plan at once (poi-tracker\'s -y), re-reading each target before writing' };
const YES_FLAG = { name: 'yes', short: 'y', kind: 'bool', help: 'accepted for poi-tracker compatibility (the bot never prompts)' };
const VERBOSE_FLAG = { name: 'verbose', short: 'v', kind: 'bool', help: 'progress on stderr' };
function walkFilter(ctx) {
    return { patterns: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(ctx.args, 'pattern'), startFrom: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'start-from'), endWith: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'end-with') };
}
function inFilter(pkg, f) {
    return (0,_distgit_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .inWalk */ .f4)(pkg.name, f);
}
/** A name that cannot be a dist-git package never reaches a query: the reason, or undefined for a valid name. */
function invalidName(pkg) {
    const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_8__/* .nameProblem */ .rH)(pkg.name);
    return problem === undefined ? undefined : `not a valid package name (${problem}): not searched`;
}
/** triage-updates, semver-audit and adopt skip these without any request. */
function rawhideSkip(pkg) {
    if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_14__/* .isUnshipped */ .Tb)(pkg))
        return 'marked unshipped in the inventory (its bugs are triage-retired\'s)';
    if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_14__/* .isRetiredOn */ .T4)(pkg, 'rawhide'))
        return 'marked retired on rawhide in the inventory (its bugs are triage-retired\'s)';
    return undefined;
}
/** `--batch EMAIL`, checked (a flag name swallowed as the value is a usage error). */
function batchEmail(ctx) {
    const v = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'batch');
    if (v === undefined)
        return undefined;
    if (!(0,_plans_model_js__WEBPACK_IMPORTED_MODULE_13__/* .isEmailAddress */ .Z6)(v)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(`--batch needs the EMAIL whose assigned and CC'd bugs to search (poi-gitops has no per-user config to default it from), got ${JSON.stringify(v)}`, 2);
    }
    return v;
}
/** The claim email when --claim is given: --email or BUGZILLA_EMAIL, required before any request. */
function claimEmail(ctx) {
    if (!(0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(ctx.args, 'claim'))
        return undefined;
    const email = ((0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'email') ?? ctx.env['BUGZILLA_EMAIL'] ?? '').trim();
    if (email === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q('--claim needs the email of the person who takes the bugs: pass --email EMAIL or set BUGZILLA_EMAIL', 2);
    if (!(0,_plans_model_js__WEBPACK_IMPORTED_MODULE_13__/* .isEmailAddress */ .Z6)(email))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(`--claim: ${JSON.stringify(email)} is not an email address`, 2);
    return email;
}
function serviceUrls(ctx) {
    try {
        return (0,_sources_services_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveServices */ .bs)(ctx.config.services, ctx.env);
    }
    catch (e) {
        if (e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_7__/* .ServiceConfigError */ .my)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(e.message, 2);
        throw e;
    }
}
/** The clients a command uses; closed together. */
class Clients {
    #ctx;
    #deps;
    urls;
    #bugzilla;
    #bodhi;
    #distgit;
    #koji;
    constructor(ctx, deps) {
        this.#ctx = ctx;
        this.#deps = deps;
        this.urls = serviceUrls(ctx);
    }
    #http() {
        return { onEvent: (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .retryLogger */ .NY)(this.#ctx), ...this.#deps.http };
    }
    /** Anonymous: computing a plan only reads public bugs; the key is for apply. */
    get bugzilla() {
        return (this.#bugzilla ??= new _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .BugzillaClient */ .sn({ ...this.#http(), baseUrl: this.urls.bugzilla, maxInFlight: this.#deps.maxInFlight?.bugzilla ?? 4 }));
    }
    get bodhi() {
        return (this.#bodhi ??= new _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__/* .BodhiClient */ .O({ ...this.#http(), baseUrl: this.urls.bodhi, maxInFlight: this.#deps.maxInFlight?.bodhi ?? 4 }));
    }
    get distgit() {
        return (this.#distgit ??= new _sources_pagure_js__WEBPACK_IMPORTED_MODULE_4__/* .PagureDistGit */ .$P({ ...this.#http(), baseUrl: this.urls.distgit, maxInFlight: this.#deps.maxInFlight?.distgit ?? 8 }));
    }
    get koji() {
        return (this.#koji ??= (0,_sources_koji_js__WEBPACK_IMPORTED_MODULE_3__/* .createKojiClient */ .P7)({
            ...this.#http(),
            service: 'fedora-koji',
            hubUrl: this.urls['fedora-koji'],
            ...(this.#deps.maxInFlight?.koji ? { maxInFlight: this.#deps.maxInFlight.koji } : {}),
        }));
    }
    /** The open release-monitoring bugs per package: one batch search (`--batch`), or searches of many components each. */
    async releaseMonitoringBugs(names, batch) {
        if (names.length === 0)
            return () => [];
        const grouped = batch
            ? (0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .groupByComponent */ .eu)(await this.bugzilla.search((0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .batchParams */ .vD)(batch)))
            : await this.bugzilla.searchComponents(names, (0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseMonitoringParams */ .Gp)());
        return (pkg) => grouped.get(pkg) ?? [];
    }
    /** Requests per host so far, for the log. */
    requestCounts() {
        return (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_5__/* .requestCounts */ .q3)([this.#bugzilla, this.#bodhi, this.#distgit, this.#koji?.rpc.http].filter((c) => c !== undefined));
    }
    async close() {
        await Promise.all([this.#bugzilla?.close(), this.#bodhi?.close(), this.#distgit?.close(), this.#koji?.rpc.http.close()]);
    }
}
/**
 * A credential goes only to https, or to plain http on this machine (local
 * fakes): a usage error (exit 2) before any request otherwise. The HTTP
 * layer refuses it too; this says so in the command's words.
 */
function assertCredentialUrl(url, what) {
    const u = new URL(url);
    if (u.protocol !== 'https:' && !(0,_sources_http_js__WEBPACK_IMPORTED_MODULE_5__/* .isLoopback */ .U9)(u.hostname))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(`refusing to send ${what} over plain http to ${u.host}: use an https URL`, 2);
}
/** Rethrows a remote or naming failure as a CommandError with its exit code (2 usage, 3 remote service). */
function failWith(e, prefix) {
    if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q)
        throw e;
    if (e instanceof _sources_http_js__WEBPACK_IMPORTED_MODULE_5__/* .RemoteError */ .Hi || e instanceof _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseListError */ .c || e instanceof _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_9__/* .XmlRpcFault */ .Zx)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(prefix + e.message, 3);
    if (e instanceof _sources_names_js__WEBPACK_IMPORTED_MODULE_8__/* .InvalidNameError */ .Tw || e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_7__/* .ServiceConfigError */ .my)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(prefix + e.message, 2);
    if (e instanceof _sources_schema_js__WEBPACK_IMPORTED_MODULE_10__/* .SchemaError */ .Ar)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(prefix + e.message, 3);
    throw e;
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony export stripHidden */
// Escaping for text that reaches a PR/MR body from remote services (package
// names, unshipped reasons, GitLab project paths, …). Such text must render as
// the literal characters: no Markdown or HTML, no @mentions that notify people,
// no #123 / !123 / ~label references that link (and back-link) other threads,
// no clickable URLs, and no control or bidi characters that hide content.
//
// Backslash escapes do not stop mentions and references: forges link them on
// the rendered text. A zero-width space after the sigil does.
const ZWSP = '\u200b';
// C0/C1 controls except tab and newline, plus bidi overrides and isolates.
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** @user, #123, !123, ~label, %milestone, &epic, $snippet, and GH-123: a zero-width space after the sigil. */
const REFERENCE = /([@#!~%&$])(?=[\p{L}\p{N}_])/gu;
const GH_REF = /\b(GH)-(?=\d)/gi;
/** Bare URLs and www. hosts, which GitHub and GitLab turn into links. */
const AUTOLINK = /\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi;
const WWW = /\b(www)\./gi;
/** Drops characters that hide or reorder content. */
function stripHidden(text) {
    return text.replace(HIDDEN, '');
}
function neutralize(text) {
    return text
        .replace(REFERENCE, `$1${ZWSP}`)
        .replace(GH_REF, `$1${ZWSP}-`)
        .replace(AUTOLINK, `$1${ZWSP}:`)
        .replace(WWW, `$1${ZWSP}.`);
}
/** Text for inside an HTML element (e.g. <summary>): entities only, references neutralized. */
function escapeHtml(text) {
    return neutralize(stripHidden(text).replace(/\s*\n\s*/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
/** One line of untrusted text inside Markdown (a paragraph or a table cell). */
function escapeText(text) {
    return neutralize(stripHidden(text).replace(/\s*\n\s*/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()|!~]/g, '\\$&');
}
/** Inline code; safe in table cells (pipes escaped the way GFM tables require). */
function codeSpan(text) {
    const clean = stripHidden(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A fenced code block whose fence no line of the content can close. */
function fencedBlock(content, info = '') {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = stripHidden(content).replace(/\n$/, '');
    return `${fence}${info}\n${body}\n${fence}`;
}
/** A Markdown link to an http(s) URL; anything else renders as plain escaped text. */
function link(text, url) {
    const safe = safeUrl(url);
    return safe ? `[${escapeText(text)}](${safe})` : escapeText(text);
}
/** The URL normalized and percent-encoded so it cannot break out of a Markdown link target, or null. */
function safeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    if (parsed.username || parsed.password)
        return null;
    return parsed.href.replace(/[()<> "'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}


/***/ }),

/***/ 6769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ KIND_ORDER),
/* harmony export */   WX: () => (/* binding */ actionId),
/* harmony export */   Z6: () => (/* binding */ isEmailAddress),
/* harmony export */   Ze: () => (/* binding */ PLAN_VERSION),
/* harmony export */   jq: () => (/* binding */ ACTION_KINDS),
/* harmony export */   x7: () => (/* binding */ KIND_TITLES)
/* harmony export */ });
// A plan: the writes to Bugzilla and dist-git a command wants, as data a
// proposal carries and a reviewer approves by merging (README, "Plans").
// Version 1 is a stable, documented shape; nothing here writes anything.
const PLAN_VERSION = 1;
const ACTION_KINDS = ['priority', 'errata', 'modified', 'ask-close', 'cantfix', 'claim', 'take-orphan'];
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
/** A plain email address (what a claim may assign a bug to). */
function isEmailAddress(s) {
    return EMAIL.test(s);
}
function actionId(service, target, kind) {
    return `${service}:${target}:${kind}`;
}
/** Action groups in the order plans list (and apply) them: the order ACTION_KINDS declares them in. */
const KIND_ORDER = ACTION_KINDS;
const KIND_TITLES = {
    priority: 'Priority raises',
    errata: 'Close as ERRATA (stable everywhere)',
    modified: 'Move to MODIFIED (still in testing)',
    'ask-close': 'Addressed only in some releases — needs a decision (ASK-CLOSE)',
    cantfix: 'Close as CANTFIX (retired branch)',
    claim: 'Claims',
    'take-orphan': 'Take orphaned packages',
};


/***/ }),

/***/ 8882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ BugzillaAuthError),
/* harmony export */   Gp: () => (/* binding */ releaseMonitoringParams),
/* harmony export */   dc: () => (/* binding */ RELEASE_MONITORING),
/* harmony export */   eu: () => (/* binding */ groupByComponent),
/* harmony export */   oN: () => (/* binding */ MAX_LIST_CHARS),
/* harmony export */   sn: () => (/* binding */ BugzillaClient),
/* harmony export */   vD: () => (/* binding */ batchParams),
/* harmony export */   wZ: () => (/* binding */ chunksWithin)
/* harmony export */ });
/* unused harmony exports PRODUCTS, BUG_FIELDS, BugSchema */
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2139);
// Bugzilla REST (Red Hat Bugzilla) on the project's HTTP layer: searches
// with pinned fields, offset pagination that stops on an empty page, many
// components or ids per request, the API key check, and the two writes the
// apply step makes (a bug update carrying its comment). The key travels only
// as an Authorization header to the configured Bugzilla: HttpClient refuses
// it over plain http to a non-loopback host and strips it on redirects to
// another origin.



/** The account Anitya / the-new-hotness files "X is available" bugs under. */
const RELEASE_MONITORING = 'upstream-release-monitoring@fedoraproject.org';
/** Release-monitoring bugs live in both products. */
const PRODUCTS = ['Fedora', 'Fedora EPEL'];
/**
 * Fields asked for on every read. Named one by one (no `_default`) so that a
 * Bugzilla that leaves one out fails the schema instead of, say, every run
 * re-posting a MODIFIED comment because `cf_fixed_in` looked empty
 * (README, "Plans", open question 5).
 */
const BUG_FIELDS = ['id', 'summary', 'status', 'resolution', 'product', 'component', 'version', 'priority', 'assigned_to', 'cf_fixed_in'];
// Red Hat Bugzilla answers `component` and `version` as lists, upstream
// Bugzilla as strings: both are accepted and read as lists.
const stringList = valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]), valibot__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((x) => (typeof x === 'string' ? [x] : x)));
const BugSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .minValue */ .Wwf(1)),
    summary: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    status: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    resolution: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    product: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    component: stringList,
    version: stringList,
    priority: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    assigned_to: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    cf_fixed_in: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
});
const SearchSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    bugs: valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(BugSchema),
    total_matches: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .minValue */ .Wwf(0))),
});
const ValidLoginSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ result: valibot__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() });
const UpdateSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    error: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()),
    message: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    bugs: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id: valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }))),
});
/** The key was refused, or belongs to another login (exit 3: nothing is written). */
class BugzillaAuthError extends Error {
    name = 'BugzillaAuthError';
    exitCode = 3;
}
/** A pagination guard: far more pages than any real search has. */
const MAX_PAGES = 200;
class BugzillaClient {
    http;
    pageSize;
    componentsPerSearch;
    idsPerRead;
    authenticated;
    #checked;
    constructor(options) {
        const { apiKey, pageSize = 1000, componentsPerSearch = 40, idsPerRead = 100, ...http } = options;
        const key = apiKey?.trim();
        this.authenticated = key !== undefined && key !== '';
        for (const [name, n] of [['pageSize', pageSize], ['componentsPerSearch', componentsPerSearch], ['idsPerRead', idsPerRead]]) {
            if (!Number.isInteger(n) || n < 1)
                throw new RangeError(`bugzilla: ${name} must be a positive integer, got ${n}`);
        }
        this.pageSize = pageSize;
        this.componentsPerSearch = componentsPerSearch;
        this.idsPerRead = idsPerRead;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
            ...http,
            service: 'bugzilla',
            baseUrl: options.baseUrl,
            headers: this.authenticated ? { authorization: `Bearer ${key}` } : {},
        });
    }
    get baseUrl() {
        return this.http.baseUrl;
    }
    /**
     * Checks the key once per client: `valid_login` must say that it belongs to
     * `login`. A refused key (Bugzilla answers 400/401) or another login is a
     * BugzillaAuthError; later calls return the first answer.
     */
    checkKey(login) {
        this.#checked ??= this.#checkKey(login);
        return this.#checked;
    }
    async #checkKey(login) {
        if (!this.authenticated)
            throw new BugzillaAuthError('bugzilla: no API key was given (set the bugzilla-api-key input or BUGZILLA_API_KEY)');
        let ok;
        try {
            ok = (await this.http.getJson('/rest/valid_login', ValidLoginSchema, { login })).result;
        }
        catch (e) {
            if (e instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi && (e.status === 400 || e.status === 401 || e.status === 403)) {
                throw new BugzillaAuthError(`bugzilla: the API key was refused by ${this.baseUrl} (HTTP ${e.status}); create a new one at ${this.baseUrl}/userprefs.cgi?tab=apikey`);
            }
            throw e;
        }
        if (!ok)
            throw new BugzillaAuthError(`bugzilla: the API key does not belong to ${login} on ${this.baseUrl}`);
    }
    /**
     * Every bug matching `params`, all pages. The loop ends when the count
     * reaches `total_matches`, on a short page when there is no total, and on
     * an empty page whatever the total claims. Bugs seen twice (offsets shift
     * while a search is read) are kept once.
     */
    async search(params) {
        const out = new Map();
        for (let page = 0, offset = 0;; page++) {
            if (page >= MAX_PAGES)
                throw new Error(`bugzilla: a search claimed more than ${MAX_PAGES} pages of ${this.pageSize} bugs`);
            const query = { ...params, limit: this.pageSize, offset, include_fields: BUG_FIELDS.join(',') };
            const answer = await this.http.requestAs({ path: '/rest/bug', query, headers: { accept: 'application/json' } }, (res) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(SearchSchema, res, 'the bug search answer'));
            for (const bug of answer.bugs)
                out.set(bug.id, bug);
            offset += answer.bugs.length;
            if (answer.bugs.length === 0)
                break;
            if (answer.total_matches !== undefined ? offset >= answer.total_matches : answer.bugs.length < this.pageSize)
                break;
        }
        return [...out.values()].sort((a, b) => a.id - b.id);
    }
    /**
     * One search per group of `componentsPerSearch` components (Bugzilla reads
     * repeated `component` values as "any of"), run concurrently within the
     * client's limit. Bugs are grouped by their first component, ids ascending;
     * every requested component has an entry.
     */
    async searchComponents(components, params) {
        const unique = [...new Set(components)];
        // `&component=<name>` per name; a long URL is refused by proxies long before Bugzilla sees it.
        const groups = chunksWithin(unique, this.componentsPerSearch, MAX_LIST_CHARS, (c) => encodeURIComponent(c).length + 11);
        const answers = await Promise.all(groups.map((group) => this.search({ ...params, component: group })));
        const out = new Map(unique.map((c) => [c, []]));
        for (const bug of answers.flat()) {
            const list = out.get(bug.component[0] ?? '');
            if (list && !list.some((b) => b.id === bug.id))
                list.push(bug);
        }
        for (const list of out.values())
            list.sort((a, b) => a.id - b.id);
        return out;
    }
    /** One bug, freshly read; undefined when Bugzilla does not know it (or hides it). */
    async bug(id) {
        const res = await this.http.requestAs({ path: `/rest/bug/${bugId(id)}`, query: { include_fields: BUG_FIELDS.join(',') }, headers: { accept: 'application/json' }, okStatuses: [404] }, (r) => (r.status === 404 ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(SearchSchema, r, `bug ${id}`)));
        return res?.bugs.find((b) => b.id === id);
    }
    /** Many bugs by id, `idsPerRead` per request (`id=1,2,3`). Unknown ids are simply absent. */
    async bugs(ids) {
        const unique = [...new Set(ids.map(bugId))];
        const answers = await Promise.all(chunks(unique, this.idsPerRead).map((group) => this.http.getJson('/rest/bug', SearchSchema, { id: group.join(','), include_fields: BUG_FIELDS.join(',') })));
        const out = new Map();
        for (const bug of answers.flatMap((a) => a.bugs))
            out.set(bug.id, bug);
        return out;
    }
    /**
     * PUT /rest/bug/{id}: one update, never repeated by the HTTP layer (a
     * repeated update would post its comment twice). A 2xx that reports an
     * error is an error.
     */
    async update(id, body) {
        if (!this.authenticated)
            throw new BugzillaAuthError('bugzilla: updating a bug needs an API key');
        const answer = await this.http.requestAs({
            method: 'PUT',
            path: `/rest/bug/${bugId(id)}`,
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            idempotent: false,
        }, (res) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(UpdateSchema, res, `the answer to the update of bug ${id}`));
        if (answer.error === true)
            throw new Error(`bugzilla: the update of bug ${id} was refused: ${answer.message ?? 'no message'}`);
    }
    stats() {
        return this.http.stats();
    }
    close() {
        return this.http.close();
    }
}
/** The release-monitoring search for some components, as poi-tracker builds it: both products, open bugs. */
function releaseMonitoringParams() {
    return { reporter: RELEASE_MONITORING, bug_status: '__open__', product: [...PRODUCTS] };
}
/**
 * The batch search: every open bug where `email` is the assignee or on CC,
 * release-monitoring bugs only unless `anyReporter`. Red Hat Bugzilla honours
 * the email1/emailtype1 form parameters in REST searches.
 */
function batchParams(email, anyReporter = false) {
    return {
        ...(anyReporter ? {} : { reporter: RELEASE_MONITORING }),
        bug_status: '__open__',
        email1: email,
        emailassigned_to1: '1',
        emailcc1: '1',
        emailtype1: 'equals',
        product: [...PRODUCTS],
    };
}
/** Bugs grouped by their first component; bugs without one are dropped. */
function groupByComponent(bugs) {
    const out = new Map();
    for (const bug of bugs) {
        const c = bug.component[0];
        if (c === undefined)
            continue;
        const list = out.get(c);
        if (list)
            list.push(bug);
        else
            out.set(c, [bug]);
    }
    return out;
}
function bugId(id) {
    if (!Number.isSafeInteger(id) || id < 1)
        throw new RangeError(`invalid bug id ${String(id)}`);
    return id;
}
/** Characters of list parameters one request may carry (request lines beyond ~8 KB are commonly refused). */
const MAX_LIST_CHARS = 4000;
/** Groups of at most `maxCount` items whose summed `cost` stays within `maxChars` (an item over it goes alone). */
function chunksWithin(items, maxCount, maxChars, cost) {
    const out = [];
    let group = [];
    let used = 0;
    for (const item of items) {
        const c = cost(item);
        if (group.length > 0 && (group.length >= maxCount || used + c > maxChars)) {
            out.push(group);
            group = [];
            used = 0;
        }
        group.push(item);
        used += c;
    }
    if (group.length > 0)
        out.push(group);
    return out;
}
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ })

};
