export const id = 289;
export const ids = [289];
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
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5248);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1986);
/* harmony import */ var _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4664);
/* harmony import */ var _sources_schema_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2139);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7129);
/* harmony import */ var _distgit_patterns_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3490);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8619);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6769);
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
    return (0,_distgit_patterns_js__WEBPACK_IMPORTED_MODULE_10__/* .inWalk */ .f4)(pkg.name, f);
}
/** A name that cannot be a dist-git package never reaches a query: the reason, or undefined for a valid name. */
function invalidName(pkg) {
    const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_7__/* .nameProblem */ .rH)(pkg.name);
    return problem === undefined ? undefined : `not a valid package name (${problem}): not searched`;
}
/** triage-updates, semver-audit and adopt skip these without any request. */
function rawhideSkip(pkg) {
    if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_13__/* .isUnshipped */ .Tb)(pkg))
        return 'marked unshipped in the inventory (its bugs are triage-retired\'s)';
    if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_13__/* .isRetiredOn */ .T4)(pkg, 'rawhide'))
        return 'marked retired on rawhide in the inventory (its bugs are triage-retired\'s)';
    return undefined;
}
/** `--batch EMAIL`, checked (a flag name swallowed as the value is a usage error). */
function batchEmail(ctx) {
    const v = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'batch');
    if (v === undefined)
        return undefined;
    if (!(0,_plans_model_js__WEBPACK_IMPORTED_MODULE_12__/* .isEmailAddress */ .Z6)(v)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(`--batch needs the EMAIL whose assigned and CC'd bugs to search (poi-gitops has no per-user config to default it from), got ${JSON.stringify(v)}`, 2);
    }
    return v;
}
/** The claim email when --claim is given: --email or BUGZILLA_EMAIL, required before any request. */
function claimEmail(ctx) {
    if (!(0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(ctx.args, 'claim'))
        return undefined;
    const email = ((0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'email') ?? ctx.env['BUGZILLA_EMAIL'] ?? '').trim();
    if (email === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q('--claim needs the email of the person who takes the bugs: pass --email EMAIL or set BUGZILLA_EMAIL', 2);
    if (!(0,_plans_model_js__WEBPACK_IMPORTED_MODULE_12__/* .isEmailAddress */ .Z6)(email))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(`--claim: ${JSON.stringify(email)} is not an email address`, 2);
    return email;
}
function serviceUrls(ctx) {
    try {
        return (0,_sources_services_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveServices */ .bs)(ctx.config.services, ctx.env);
    }
    catch (e) {
        if (e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceConfigError */ .my)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(e.message, 2);
        throw e;
    }
}
function retryLogger(ctx) {
    return (event) => {
        if (event.type === 'retry')
            ctx.log(`warning: ${event.method} ${event.url}: ${event.reason}; retrying in ${(event.delayMs / 1000).toFixed(1)} s`);
    };
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
        return { onEvent: retryLogger(this.#ctx), ...this.#deps.http };
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
    /** Requests per host so far, for the log. */
    requestCounts() {
        const out = {};
        for (const c of [this.#bugzilla, this.#bodhi, this.#distgit, this.#koji?.rpc.http]) {
            if (!c)
                continue;
            for (const [host, s] of Object.entries(c.stats()))
                out[host] = (out[host] ?? 0) + s.requests;
        }
        return out;
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
    const loopback = u.hostname === 'localhost' || u.hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(u.hostname) || u.hostname === '[::1]';
    if (u.protocol !== 'https:' && !loopback)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(`refusing to send ${what} over plain http to ${u.host}: use an https URL`, 2);
}
/** Rethrows a remote or naming failure as a CommandError with interface.md's exit code. */
function failWith(e, prefix) {
    if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q)
        throw e;
    if (e instanceof _sources_http_js__WEBPACK_IMPORTED_MODULE_5__/* .RemoteError */ .Hi || e instanceof _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseListError */ .c || e instanceof _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_8__/* .XmlRpcFault */ .Zx)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(prefix + e.message, 3);
    if (e instanceof _sources_names_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidNameError */ .Tw || e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceConfigError */ .my)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(prefix + e.message, 2);
    if (e instanceof _sources_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .SchemaError */ .Ar)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(prefix + e.message, 3);
    throw e;
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ CachedKojiLookups)
/* harmony export */ });
// The latest build of a package in a koji tag's inheritance chain, the way
// the triage commands ask it: cached per (tag, package) for the run, every
// uncached lookup of a round in one system.multicall, and after the first
// timeout the hub is latched as down (KojiClient) so later lookups fail at
// once. A failed lookup is remembered as failed, never as "no build".
const key = (tag, pkg) => `${tag}\u0000${pkg}`;
class CachedKojiLookups {
    #koji;
    #batchSize;
    #cache = new Map();
    #sent = 0;
    /** `batchSize`: lookups per multicall request (default 1000: one request for a whole inventory). */
    constructor(koji, batchSize = 1000) {
        this.#koji = koji;
        this.#batchSize = batchSize;
    }
    get sent() {
        return this.#sent;
    }
    get(tag, pkg) {
        return this.#cache.get(key(tag, pkg));
    }
    async resolve(pairs) {
        const todo = new Map();
        for (const p of pairs)
            if (!this.#cache.has(key(p.tag, p.package)))
                todo.set(key(p.tag, p.package), { tag: p.tag, package: p.package });
        if (todo.size === 0)
            return;
        const lookups = [...todo.values()];
        this.#sent += lookups.length;
        try {
            const results = await this.#koji.latestTaggedMany(lookups, { batchSize: this.#batchSize });
            for (const r of results) {
                this.#cache.set(key(r.tag, r.package), r.ok ? { nvr: r.build?.nvr ?? null } : { error: `fault ${r.fault.faultCode}: ${r.fault.faultString}` });
            }
        }
        catch (e) {
            const error = e instanceof Error ? e.message : String(e);
            for (const l of lookups)
                this.#cache.set(key(l.tag, l.package), { error });
        }
    }
}


/***/ }),

/***/ 4150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ staleComment),
/* harmony export */   Zs: () => (/* binding */ activeReleases),
/* harmony export */   gi: () => (/* binding */ relevantReleases),
/* harmony export */   hq: () => (/* binding */ findingLines),
/* harmony export */   p3: () => (/* binding */ planStaleBug),
/* harmony export */   pu: () => (/* binding */ taggedAddressing),
/* harmony export */   u5: () => (/* binding */ findAddressing)
/* harmony export */ });
/* unused harmony exports BODHI_WEB, isStable, releaseRank */
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6718);
// triage-updates' stale-bug decision, as poi-tracker takes it (README,
// "Plans"): per release the best build addressing the advertised version
// (Bodhi first, then the release's koji stable tag chain), and from the
// findings ERRATA, MODIFIED, ASK-CLOSE or nothing. Pure functions: the data
// is gathered elsewhere (stale-check.ts).

/** Bodhi's production host: comments always link there, as poi-tracker's do. */
const BODHI_WEB = 'https://bodhi.fedoraproject.org';
/** A tagged build counts as shipped; a Bodhi build only once its update is stable. */
function isStable(b) {
    return b.source.kind === 'tagged' || b.source.stable;
}
/**
 * The best build in `updates` addressing `version` of `pkg`: the highest
 * addressing version; on equal versions a stable update wins; otherwise the
 * first one found stays.
 */
function findAddressing(updates, pkg, version) {
    let best;
    for (const u of updates) {
        const stable = u.status === 'stable';
        for (const nvr of u.nvrs) {
            const parts = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .splitNvr */ .JH)(nvr);
            if (!parts || parts.name !== pkg || !(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .versionAtLeast */ .zy)(parts.version, version))
                continue;
            const replace = best === undefined || ((0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .versionAtLeast */ .zy)(parts.version, best.version) && (parts.version !== best.version || (stable && !isStable(best.build))));
            if (replace)
                best = { build: { nvr, source: { kind: 'bodhi', alias: u.alias, stable } }, version: parts.version };
        }
    }
    return best?.build;
}
/** A koji answer (the latest NVR in the chain) as an addressing build, when it carries `version` of `pkg`. */
function taggedAddressing(nvr, pkg, version) {
    if (!nvr)
        return undefined;
    const parts = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .splitNvr */ .JH)(nvr);
    return parts && parts.name === pkg && (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .versionAtLeast */ .zy)(parts.version, version) ? { nvr, source: { kind: 'tagged' } } : undefined;
}
const U64_MAX = 18446744073709551615n;
/** All digits of a release name read as one number: F45 → 45, EPEL-10.3 → 103, EPEL-9 → 9. */
function releaseRank(name) {
    const digits = name.replace(/[^0-9]/g, '');
    if (digits === '')
        return 0n;
    const n = BigInt(digits);
    return n > U64_MAX ? 0n : n;
}
const ID_PREFIX = { Fedora: 'FEDORA', 'Fedora EPEL': 'FEDORA-EPEL' };
/**
 * The releases a bug is judged against, newest first (stable order): active
 * releases of its product family whose branch the package has. The bug's
 * own `version` is not consulted. Undefined for a product other than Fedora
 * and Fedora EPEL.
 */
function relevantReleases(bug, active, branches) {
    const prefix = ID_PREFIX[bug.product];
    if (prefix === undefined)
        return undefined;
    const have = new Set(branches);
    return active
        .filter((r) => r.idPrefix === prefix && r.branch !== null && have.has(r.branch))
        .map((r, i) => ({ r, i, rank: releaseRank(r.name) }))
        .sort((a, b) => (a.rank === b.rank ? a.i - b.i : a.rank > b.rank ? -1 : 1))
        .map((x) => x.r);
}
/** Active as the triage commands read Bodhi: current, pending or frozen Fedora and EPEL releases, ELN left out. */
function activeReleases(all) {
    return all.filter((r) => ['current', 'pending', 'frozen'].includes(r.state) && (r.idPrefix === 'FEDORA' || r.idPrefix === 'FEDORA-EPEL') && r.name !== 'ELN');
}
/**
 * The action for one bug from its findings; undefined when nothing
 * addresses it yet, or when it is already MODIFIED with a Fixed In Version
 * (the value is not compared, as in poi-tracker).
 */
function planStaleBug(bug, component, version, findings) {
    const addressed = findings.flatMap((f) => (f.build ? [f.build] : []));
    if (addressed.length === 0)
        return undefined;
    const kind = addressed.some((b) => !isStable(b)) ? 'modified' : addressed.length === findings.length ? 'errata' : 'ask-close';
    const nvrs = [];
    for (const b of addressed)
        if (!nvrs.includes(b.nvr))
            nvrs.push(b.nvr);
    if (kind === 'modified' && bug.status === 'MODIFIED' && bug.cf_fixed_in !== '')
        return undefined;
    return { bug, component, version, kind, fixedIn: nvrs.join(' '), findings };
}
/** The comment posted with a stale action: the findings, then what is done and why. */
function staleComment(p) {
    let out = `Bodhi has builds addressing this update (version ${p.version} or newer):\n`;
    for (const f of p.findings) {
        const b = f.build;
        if (!b)
            out += `  ${f.release}: no update found\n`;
        else if (b.source.kind === 'bodhi')
            out += `  ${f.release}: ${b.nvr} — ${BODHI_WEB}/updates/${b.source.alias} (${b.source.stable ? 'stable' : 'testing'})\n`;
        else
            out += `  ${f.release}: ${b.nvr} (tagged into the release; no Bodhi update in this release — carried over from an earlier one)\n`;
    }
    out += '\n';
    out += p.kind === 'errata'
        ? 'The new version is in stable updates for every active release this package has a branch for; closing as ERRATA.'
        : p.kind === 'modified'
            ? 'Some updates are still in testing; marking this bug MODIFIED until they reach stable.'
            : 'The releases without an update are listed above — their branches are not expected to rebase; closing as ERRATA.';
    return out;
}
/** One line per finding for the proposal body, e.g. `F45: foo-1.2.0-1.fc45 (stable, FEDORA-2026-a)`. */
function findingLines(findings) {
    return findings.map((f) => {
        const b = f.build;
        if (!b)
            return `${f.release}: no update found`;
        return b.source.kind === 'bodhi' ? `${f.release}: ${b.nvr} (${b.source.stable ? 'stable' : 'testing'}, ${b.source.alias})` : `${f.release}: ${b.nvr} (tagged in koji)`;
    });
}


/***/ }),

/***/ 6718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* reexport safe */ _sources_koji_js__WEBPACK_IMPORTED_MODULE_1__.JH),
/* harmony export */   N8: () => (/* binding */ BUMP_LABELS),
/* harmony export */   WA: () => (/* binding */ extractNewVersion),
/* harmony export */   kc: () => (/* binding */ specVersion),
/* harmony export */   nH: () => (/* binding */ classifyWithStatus),
/* harmony export */   qZ: () => (/* binding */ BUMP_ORDER),
/* harmony export */   rI: () => (/* binding */ productVersionForBranch),
/* harmony export */   xJ: () => (/* binding */ pickLatest),
/* harmony export */   zy: () => (/* binding */ versionAtLeast)
/* harmony export */ });
/* unused harmony exports numericComponents, compareTuples, classifyBump */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sources_koji_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1295);
// Reading versions the way poi-tracker does (README "Plans"): the version a
// release-monitoring summary advertises, numeric comparison with zero
// padding, the spec's `Version:` line, Cargo's compatibility rule for
// semver-audit, and the dist-git branch → Bugzilla (product, version) map.



/**
 * `foo-1.2.0 is available` → `1.2.0` for package `foo`. The package name
 * anchors the parse (`rust-md-5-0.10.6` is `rust-md-5` at `0.10.6`); the
 * rest must start with a digit and is kept whole.
 */
function extractNewVersion(summary, pkg) {
    const trimmed = summary.trim();
    if (!trimmed.endsWith(' is available'))
        return undefined;
    const body = trimmed.slice(0, -' is available'.length);
    if (!body.startsWith(`${pkg}-`))
        return undefined;
    const version = body.slice(pkg.length + 1);
    return /^[0-9]/.test(version) ? version : undefined;
}
const U64_MAX = 18446744073709551615n;
/**
 * The numeric components of a version: build metadata (`+…`) dropped, split
 * on `.`, every piece a plain non-negative integer that fits 64 bits;
 * otherwise undefined (non-numeric).
 */
function numericComponents(version) {
    const v = version.trim().split('+')[0] ?? '';
    if (v === '')
        return undefined;
    const out = [];
    for (const piece of v.split('.')) {
        if (!/^\d+$/.test(piece))
            return undefined;
        const n = BigInt(piece);
        if (n > U64_MAX)
            return undefined;
        out.push(n);
    }
    return out;
}
function padded(a, b) {
    const x = numericComponents(a);
    const y = numericComponents(b);
    if (!x || !y)
        return undefined;
    const width = Math.max(x.length, y.length);
    const pad = (v) => Array.from({ length: width }, (_, i) => v[i] ?? 0n);
    return [pad(x), pad(y)];
}
/** -1, 0 or 1 comparing two equally long tuples. */
function compareTuples(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** `candidate >= target` on zero-padded numeric tuples; exact string equality when either is non-numeric. */
function versionAtLeast(candidate, target) {
    const p = padded(candidate, target);
    return p ? compareTuples(p[0], p[1]) >= 0 : candidate === target;
}
const BUMP_LABELS = {
    'non-breaking': 'Non-breaking',
    breaking: 'Breaking',
    'pending-release': 'Committed, awaiting release',
    'up-to-date': 'Up to date (stale bug)',
    retired: 'Retired (update request invalid)',
    'needs-review': 'Needs review',
};
/** The order semver-audit reports groups in. */
const BUMP_ORDER = ['non-breaking', 'breaking', 'pending-release', 'up-to-date', 'retired', 'needs-review'];
const SEMVER_CORE = /^\d+\.\d+\.\d+$/;
/**
 * `current → new` under Cargo's compatibility rule: a change at or before
 * the current version's leftmost non-zero component breaks. Non-numeric
 * versions, downgrades and an all-zero current version need review; equal
 * versions (after zero padding) are up to date. Plain `x.y.z` versions go
 * through the `semver` package's caret range, which is Cargo's rule; RPM
 * versions of any other length follow the same rule on padded tuples.
 */
function classifyBump(current, next) {
    const p = padded(current, next);
    if (!p)
        return 'needs-review';
    const [cur, nxt] = p;
    const order = compareTuples(nxt, cur);
    if (order === 0)
        return 'up-to-date';
    if (order < 0)
        return 'needs-review';
    const lead = cur.findIndex((x) => x !== 0n);
    if (lead < 0)
        return 'needs-review';
    const c = stripBuild(current);
    const n = stripBuild(next);
    if (SEMVER_CORE.test(c) && SEMVER_CORE.test(n) && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(c) && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(n)) {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(n, `^${c}`) ? 'non-breaking' : 'breaking';
    }
    for (let i = 0; i <= lead; i++)
        if (cur[i] !== nxt[i])
            return 'breaking';
    return 'non-breaking';
}
/** With an unknown current version: retired when rawhide carries dead.package, else needs review. */
function classifyWithStatus(current, next, retired) {
    if (current !== undefined)
        return classifyBump(current, next);
    return retired ? 'retired' : 'needs-review';
}
function stripBuild(v) {
    return (v.trim().split('+')[0] ?? '').trim();
}
/**
 * The first non-empty value of a line starting (after indentation) with
 * exactly `Version:`. No macro is expanded: `%{version}` stays literal.
 */
function specVersion(spec) {
    for (const line of spec.split(/\r?\n/)) {
        const t = line.replace(/^\s+/, '');
        if (!t.startsWith('Version:'))
            continue;
        const value = t.slice('Version:'.length).trim();
        if (value !== '')
            return value;
    }
    return undefined;
}
/**
 * A dist-git branch as Bugzilla's (product, version): rawhide → (Fedora,
 * rawhide); fNN and NN → (Fedora, NN); epelN and epelN.M → (Fedora EPEL,
 * epelN); anything else (c10s, eln, epel) cannot be searched.
 */
function productVersionForBranch(branch) {
    if (branch === 'rawhide')
        return { product: 'Fedora', version: 'rawhide' };
    if (branch.startsWith('epel')) {
        const major = /^\d+/.exec(branch.slice(4))?.[0];
        return major ? { product: 'Fedora EPEL', version: `epel${major}` } : undefined;
    }
    const n = branch.startsWith('f') ? branch.slice(1) : branch;
    return /^\d+$/.test(n) ? { product: 'Fedora', version: n } : undefined;
}
/** semver-audit's bug choice: the highest numeric version (unpadded tuple order), numeric before non-numeric, first wins ties. */
function pickLatest(bugs, pkg) {
    let best;
    for (const bug of bugs) {
        const version = extractNewVersion(bug.summary, pkg);
        if (version === undefined)
            continue;
        const parsed = numericComponents(version);
        const better = best === undefined || (parsed !== undefined && (best.parsed === undefined || compareTuples(parsed, best.parsed) > 0));
        if (better)
            best = { bug, version, parsed };
    }
    return best && { bug: best.bug, version: best.version };
}


/***/ })

};
