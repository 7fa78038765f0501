export const id = 622;
export const ids = [622];
export const modules = {

/***/ 4917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   FP: () => (/* binding */ makeBodhi),
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   NY: () => (/* binding */ retryLogger),
/* harmony export */   _x: () => (/* binding */ serviceUrls),
/* harmony export */   nX: () => (/* binding */ makeFedoraKoji),
/* harmony export */   rf: () => (/* binding */ makeDistGit),
/* harmony export */   xj: () => (/* binding */ jobsFlag),
/* harmony export */   yE: () => (/* binding */ commandError)
/* harmony export */ });
/* unused harmony export MAX_IN_FLIGHT_PER_HOST */
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5248);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1986);
/* harmony import */ var _sources_distgit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4866);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6614);
/* harmony import */ var _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8076);
/* harmony import */ var _sources_koji_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1295);
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7568);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8619);
// Building the remote clients a dist-git command uses, from the repository
// config and environment, and turning remote failures into command errors
// with the CLI's exit codes (README, "Using the CLI": 2 usage, 3 remote).









function serviceUrls(ctx) {
    try {
        const all = (0,_sources_services_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveServices */ .bs)(ctx.config.services, ctx.env);
        return { distgit: all.distgit, bodhi: all.bodhi, fedoraKoji: all['fedora-koji'] };
    }
    catch (e) {
        if (e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceConfigError */ .my)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Q(e.message, 2);
        throw e;
    }
}
/** Retries are worth a line in the log: a slow run should say why. */
function retryLogger(ctx) {
    return (event) => {
        if (event.type === 'retry')
            ctx.log(`warning: ${(0,_sources_http_js__WEBPACK_IMPORTED_MODULE_0__/* .retryLine */ .Rn)(event)}`);
    };
}
function makeDistGit(ctx, deps, urls, maxInFlight, perPage = 100) {
    const http = { onEvent: retryLogger(ctx), ...deps.http };
    if (deps.distgit)
        return deps.distgit({ baseUrl: urls.distgit, maxInFlight, perPage, http });
    return new _sources_pagure_js__WEBPACK_IMPORTED_MODULE_3__/* .PagureDistGit */ .$P({ ...http, baseUrl: urls.distgit, maxInFlight, perPage });
}
function makeBodhi(ctx, deps, urls) {
    return new _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_4__/* .BodhiClient */ .O({ onEvent: retryLogger(ctx), ...deps.http, baseUrl: urls.bodhi, maxInFlight: 2 });
}
/**
 * Fedora's koji hub for the koji-first retirement check. A package list of a
 * Fedora tag is tens of megabytes, so answers may be up to 256 MiB and take
 * up to 3 minutes; otherwise the hub defaults of createKojiClient (2 in
 * flight, no keep-alive, a timeout latched rather than retried).
 */
function makeFedoraKoji(ctx, deps, urls) {
    const { timeouts, ...http } = deps.http ?? {};
    return (0,_sources_koji_js__WEBPACK_IMPORTED_MODULE_5__/* .createKojiClient */ .P7)({
        onEvent: retryLogger(ctx),
        maxResponseBytes: 256 * 1024 * 1024,
        ...http,
        timeouts: { headersMs: 180_000, requestMs: 180_000, bodyMs: 120_000, ...timeouts },
        service: 'fedora-koji',
        hubUrl: urls.fedoraKoji
    });
}
/** The exit code a failure stands for: 3 for a remote service, 2 for a bad name or setting, else undefined. */
function exitCodeOf(e) {
    if (e instanceof _sources_http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi || e instanceof _sources_distgit_js__WEBPACK_IMPORTED_MODULE_8__/* .ListingIncompleteError */ .Zj || e instanceof _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseListError */ .c || e instanceof _unshipped_js__WEBPACK_IMPORTED_MODULE_6__/* .ActiveSetError */ .Fw)
        return 3;
    if (e instanceof _sources_names_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidNameError */ .Tw || e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceConfigError */ .my)
        return 2;
    return undefined;
}
/** Rethrows a known failure as a CommandError (with `prefix` for context); anything else as is. */
function commandError(e, prefix = '') {
    if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Q)
        throw e;
    const code = exitCodeOf(e);
    if (code !== undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Q(prefix + e.message, code);
    throw e;
}
/**
 * The most requests poi-gitops keeps in flight to one dist-git host (and the
 * default): `-j N` may lower it, never raise it. Fedora's infrastructure
 * serves everyone from the same hosts; 8 is what poi-tracker's prune-retired
 * already used. See the README, "Performance".
 */
const MAX_IN_FLIGHT_PER_HOST = 8;
/** `-j/--jobs N`: requests in flight to one dist-git host, 1..MAX_IN_FLIGHT_PER_HOST (default the maximum). */
function jobsFlag(value) {
    return positiveInt(value, '--jobs', MAX_IN_FLIGHT_PER_HOST, MAX_IN_FLIGHT_PER_HOST);
}
function positiveInt(value, flag, fallback, max = 1000) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Q(`${flag} must be a whole number from 1 to ${max}, got ${JSON.stringify(value)}`, 2);
    return Number(value);
}


/***/ }),

/***/ 3490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ patternList),
/* harmony export */   MT: () => (/* binding */ matchesPattern),
/* harmony export */   V4: () => (/* binding */ PREFIXES),
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   f4: () => (/* binding */ inWalk),
/* harmony export */   l8: () => (/* binding */ startOrder),
/* harmony export */   p3: () => (/* binding */ lastFlag)
/* harmony export */ });
/* unused harmony exports prefixList, asciiLower */
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7129);
// Name patterns of sync-distgit and prune-retired, as poi-tracker reads them
// (docs/poi-tracker-compatibility.md, "Patterns"): the prefix scan list and
// its bounds, the client-side matcher that decides both what a listing adds
// and what a prune may remove, and the walk filter.

/** a* … z*, then 0* … 9*: the order poi-tracker scans in. */
const PREFIXES = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `${c}*`);
/**
 * The order listings are started in: the prefixes that hold most Fedora
 * packages first (python-/perl-/php-, rust-/R-, golang-/ghc-, lib…), so that
 * their later pages overlap the many one-page listings instead of trailing
 * after them. Only the timing depends on it; results keep PREFIXES order.
 */
const BUSIEST_FIRST = 'prglmscntadefhkbxojiuvwqyz0123456789';
/** Indexes of `patterns` in the order their listings should start (see BUSIEST_FIRST). */
function startOrder(patterns) {
    const rank = (p) => {
        const i = p.length === 2 && p.endsWith('*') ? BUSIEST_FIRST.indexOf(p[0].toLowerCase()) : -1;
        return i < 0 ? BUSIEST_FIRST.length : i;
    };
    return patterns.map((_, i) => i).sort((a, b) => rank(patterns[a]) - rank(patterns[b]) || a - b);
}
const stripStar = (v) => (v.endsWith('*') ? v.slice(0, -1) : v);
/** The prefix list cut by --start-pattern (inclusive) and --end-pattern (exclusive). May be empty. */
function prefixList(start, end) {
    let list = [...PREFIXES];
    if (start !== undefined) {
        const s = stripStar(start);
        const i = list.findIndex((p) => p.startsWith(s));
        list = i < 0 ? [] : list.slice(i);
    }
    if (end !== undefined) {
        const e = stripStar(end);
        const i = list.findIndex((p) => p.startsWith(e));
        if (i >= 0)
            list = list.slice(0, i);
    }
    return list;
}
/** Prefix mode or one query; `['']` means one unfiltered query. */
function patternList(s) {
    const prefixMode = s.autoPrefix !== false && (s.autoPrefix === true || s.start !== undefined || s.end !== undefined || (s.user && s.pattern === undefined));
    if (prefixMode)
        return prefixList(s.start, s.end);
    return [s.pattern ?? ''];
}
/** Which of two opposite bool flags was given last (ParsedArgs.order), or undefined. */
function lastFlag(order, on, off) {
    for (let i = order.length - 1; i >= 0; i--) {
        if (order[i] === on)
            return true;
        if (order[i] === off)
            return false;
    }
    return undefined;
}
/** ASCII-only lower-casing, as the Rust matcher does (non-ASCII letters are left alone). */
function asciiLower(s) {
    return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
/** `p*` is a case-insensitive prefix; anything else a case-insensitive equality; no other wildcard. */
function matchesPattern(name, pattern) {
    const n = asciiLower(name);
    return pattern.endsWith('*') ? n.startsWith(asciiLower(pattern.slice(0, -1))) : n === asciiLower(pattern);
}
/** An empty list, or exactly `['']`, matches everything. */
function matchesAny(name, patterns) {
    if (patterns.length === 0 || (patterns.length === 1 && patterns[0] === ''))
        return true;
    return patterns.some((p) => matchesPattern(name, p));
}
/** prune-retired's walk filter: --pattern, --start-from and --end-with must all pass. */
function inWalk(name, f) {
    if (!matchesAny(name, f.patterns))
        return false;
    if (f.startFrom !== undefined && (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNames */ .MP)(name, f.startFrom) < 0)
        return false;
    if (f.endWith !== undefined && (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNames */ .MP)(name, f.endWith) > 0)
        return false;
    return true;
}


/***/ }),

/***/ 3271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ runLimited),
/* harmony export */   w: () => (/* binding */ mapOrdered)
/* harmony export */ });
// Bounded concurrency with results in input order. Once a task fails no new
// task starts (the run is going to fail anyway, and a struggling service
// should not get more load); tasks already running finish first.
/** Runs `fn` over `items` with at most `limit` in flight; one result per item, in input order. */
async function runLimited(items, limit, fn) {
    const results = items.map(() => ({ status: 'skipped' }));
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                results[i] = { status: 'done', value: await fn(items[i], i) };
            }
            catch (error) {
                results[i] = { status: 'failed', error };
                failed = true;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** Like runLimited, but throws the failure that comes first in input order (as poi-tracker reports it), not the first to happen. */
async function mapOrdered(items, limit, fn) {
    const settled = await runLimited(items, limit, fn);
    const failure = settled.find((s) => s.status === 'failed');
    if (failure)
        throw failure.error;
    return settled.map((s) => s.value);
}


/***/ }),

/***/ 7568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ ActiveSetError),
/* harmony export */   RT: () => (/* binding */ removeCandidates),
/* harmony export */   gw: () => (/* binding */ applyMarkers),
/* harmony export */   mV: () => (/* binding */ scanUnshipped),
/* harmony export */   ue: () => (/* binding */ isActiveRelease),
/* harmony export */   wu: () => (/* binding */ dropFromWorkloads),
/* harmony export */   xe: () => (/* binding */ activeBranchSet)
/* harmony export */ });
/* unused harmony exports NO_ACTIVE_BRANCH, LEGACY_PROJECT_GONE, NO_SUCH_PROJECT, retiredEverywhere, orderBranches, activeOnProject, checkPackage, checkPackageKojiFirst */
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1986);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3271);
// "Is this package still shipped anywhere?" — the decision shared by
// prune-retired and `sync-distgit --mark-unshipped`
// (docs/poi-tracker-compatibility.md, "Unshipped detection"): the active
// branch set from Bodhi, the per-package decision table, the concurrent scan
// and how its verdicts become `unshipped` markers.
// Reason strings are data other tools compare byte-for-byte: keep them exact.


const NO_ACTIVE_BRANCH = 'no branch on any active release';
/** Written by older poi-tracker versions for a 404; never written now, but compared against. */
const LEGACY_PROJECT_GONE = 'dist-git project gone (404)';
const NO_SUCH_PROJECT = 'no such dist-git project (404)';
function retiredEverywhere(branches) {
    return `retired on every active branch (${branches.join(', ')})`;
}
/** The active branch set cannot be trusted (exit 3): nothing may be marked from it. */
class ActiveSetError extends Error {
    name = 'ActiveSetError';
    exitCode = 3;
}
const ACTIVE_STATES = new Set(['current', 'pending', 'frozen']);
const ID_PREFIXES = new Set(['FEDORA', 'FEDORA-EPEL']);
/**
 * poi-tracker's active set, made robust (README, "Fixed gaps", item 6): keep
 * active Fedora and EPEL releases (not ELN, Flatpak, containers, EPEL Next),
 * skip releases without a branch, drop repeated branches (first wins), add
 * rawhide, order, then sanity-check.
 */
function activeBranchSet(releases) {
    const branches = [];
    for (const r of releases) {
        if (!isActiveRelease(r) || r.branch === null)
            continue;
        if (!branches.includes(r.branch))
            branches.push(r.branch);
    }
    if (!branches.includes('rawhide'))
        branches.push('rawhide');
    const ordered = orderBranches(branches);
    const bad = ordered.find((b) => (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(b) !== undefined);
    if (bad !== undefined)
        throw new ActiveSetError(`Bodhi lists an active release with the branch ${JSON.stringify(bad)}, which is not a dist-git branch name; nothing was marked`);
    if (!ordered.some((b) => /^f\d+$/.test(b))) {
        throw new ActiveSetError(`Bodhi's active releases give only ${ordered.join(', ')}: no Fedora f<N> branch besides rawhide, so the release list looks wrong; nothing was marked`);
    }
    return ordered;
}
/** An active Fedora or EPEL release (not ELN, Flatpak, containers, EPEL Next). */
function isActiveRelease(r) {
    return ACTIVE_STATES.has(r.state) && ID_PREFIXES.has(r.idPrefix) && r.name !== 'ELN';
}
/**
 * rawhide; f<N> newest first; epel<M> newest first, the minor-less branch
 * (the leading minor) before epel<M>.<m> newest first; anything else last in
 * input order. Only speed (checks stop at the first live branch) and the
 * order inside reason strings depend on it.
 */
function orderBranches(branches) {
    const key = (b) => {
        if (b === 'rawhide')
            return [0, 0, 0];
        const f = /^f(\d+)$/.exec(b);
        if (f)
            return [1, -Number(f[1]), 0];
        const e = /^epel(\d+)(?:\.(.*))?$/.exec(b);
        if (e) {
            const minor = e[2] !== undefined && /^\d+$/.test(e[2]) ? Number(e[2]) : Infinity;
            return [2, -Number(e[1]), -minor];
        }
        return [3, 0, 0];
    };
    return branches
        .map((b, i) => ({ b, i, k: key(b) }))
        .sort((x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.k[2] - y.k[2] || x.i - y.i)
        .map((x) => x.b);
}
/** Members of `active` that the project has, in `active`'s order (exact names: epel10 ≠ epel10.1). */
function activeOnProject(projectBranches, active) {
    const have = new Set(projectBranches);
    return active.filter((b) => have.has(b));
}
/** The decision for one package: 1 branch list, then dead.package probes until a live branch answers. */
async function checkPackage(dg, name, active) {
    // Inventory names come from pull requests: one that cannot be a package never reaches a URL.
    const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(name);
    if (problem !== undefined)
        return { kind: 'invalid', reason: `not a valid dist-git package name (${problem})` };
    const branches = await dg.branches(name);
    if (branches === undefined)
        return { kind: 'invalid', reason: NO_SUCH_PROJECT };
    const relevant = activeOnProject(branches, active);
    if (relevant.length === 0)
        return { kind: 'candidate', reason: NO_ACTIVE_BRANCH };
    for (const b of relevant) {
        if (!(await dg.isRetired(name, b)))
            return { kind: 'shipped', branch: b };
    }
    return { kind: 'candidate', reason: retiredEverywhere(relevant) };
}
/**
 * The koji-first decision (README, "prune-retired --fast"), equal to
 * checkPackage whenever koji has caught up with dist-git:
 * - live on an active release's tag → shipped there (no request);
 * - listed on none → dist-git decides (checkPackage);
 * - otherwise (blocked wherever listed) → the branch list decides the reason:
 *   404 → invalid, no active branch → "no branch…", else "retired on every
 *   active branch (…)" with the active branches the project has. Koji cannot
 *   name them itself: a block on an old tag is inherited by newer releases the
 *   package never had a branch for. A branch whose tag does not list the
 *   package is probed for dead.package as the full check would.
 */
async function checkPackageKojiFirst(dg, name, active, koji) {
    const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(name);
    if (problem !== undefined)
        return { kind: 'invalid', reason: `not a valid dist-git package name (${problem})` };
    const live = active.find((b) => koji.status(name, b) === 'live');
    if (live !== undefined)
        return { kind: 'shipped', branch: live };
    if (!active.some((b) => koji.status(name, b) === 'blocked'))
        return checkPackage(dg, name, active);
    const branches = await dg.branches(name);
    if (branches === undefined)
        return { kind: 'invalid', reason: NO_SUCH_PROJECT };
    const relevant = activeOnProject(branches, active);
    if (relevant.length === 0)
        return { kind: 'candidate', reason: NO_ACTIVE_BRANCH };
    for (const b of relevant) {
        if (koji.status(name, b) === 'blocked')
            continue;
        if (!(await dg.isRetired(name, b)))
            return { kind: 'shipped', branch: b };
    }
    return { kind: 'candidate', reason: retiredEverywhere(relevant) };
}
/**
 * Checks every name (duplicates once) with at most `jobs` packages in
 * flight; results in input order. With `koji`, koji-first
 * (checkPackageKojiFirst), else dist-git only. Any persistent failure fails
 * the whole scan: a partial scan would clear markers of packages it never
 * reached.
 */
async function scanUnshipped(dg, names, active, jobs, progress, koji) {
    const unique = [...new Set(names)];
    let done = 0;
    return (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .mapOrdered */ .w)(unique, Math.max(1, jobs), async (name) => {
        const verdict = koji ? await checkPackageKojiFirst(dg, name, active, koji) : await checkPackage(dg, name, active);
        progress?.(++done, unique.length, name);
        return koji && active.some((b) => koji.status(name, b) === 'live' || koji.status(name, b) === 'blocked') ? { name, verdict, source: 'fedora-koji' } : { name, verdict };
    });
}
function why(v) {
    return v.kind === 'shipped' ? `shipped on ${v.branch}` : v.reason;
}
/**
 * Every checked entry gets the candidate's reason or no marker, in
 * both directions; unchecked entries are untouched. Invalid entries are
 * checked but never candidates, so a stale marker on them is cleared (as
 * poi-tracker does: the entry itself is what needs fixing).
 */
function applyMarkers(packages, checked) {
    const byName = new Map(checked.map((c) => [c.name, c.verdict]));
    const changes = [];
    for (const p of packages) {
        const v = byName.get(p.name);
        if (v === undefined)
            continue;
        const next = v.kind === 'candidate' ? v.reason : undefined;
        if (next === p.unshipped)
            continue;
        changes.push({ name: p.name, before: p.unshipped, after: next, why: why(v) });
        if (next === undefined)
            delete p.unshipped;
        else
            p.unshipped = next;
    }
    return changes;
}
/**
 * `--remove`: deletes candidate entries (never invalid ones). Unlike
 * poi-tracker, the names also leave workload `packages` lists, so no
 * dangling member is left behind (README, "Fixed gaps", item 7).
 */
function removeCandidates(inv, checked) {
    const reasons = new Map();
    for (const c of checked)
        if (c.verdict.kind === 'candidate')
            reasons.set(c.name, c.verdict.reason);
    const removed = [];
    inv.packages = inv.packages.filter((p) => {
        const reason = reasons.get(p.name);
        if (reason === undefined)
            return true;
        removed.push({ name: p.name, reason });
        return false;
    });
    dropFromWorkloads(inv, new Set(removed.map((r) => r.name)));
    return removed;
}
/** Removes names from every workload `packages` list (only lists that hold one change). */
function dropFromWorkloads(inv, names) {
    if (names.size === 0)
        return;
    for (const w of inv.meta.workloads.values()) {
        if (w.packages.some((n) => names.has(n)))
            w.packages = w.packages.filter((n) => !names.has(n));
    }
}


/***/ }),

/***/ 8076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ BodhiClient),
/* harmony export */   c: () => (/* binding */ ReleaseListError)
/* harmony export */ });
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
// Bodhi's release list (`/releases/`, services/releases.py in
// https://github.com/fedora-infra/bodhi): every page, checked against the
// envelope's total, because an incomplete release list would
// silently shrink the active branch set and make live packages look retired.


const UpdatesSchema = valibot__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    updates: valibot__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        alias: valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        release: valibot__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
        builds: valibot__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ nvr: valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    })),
    total: valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_1__/* .minValue */ .Wwf(0)),
    pages: valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_1__/* .minValue */ .Wwf(0)),
});
const MAX_PAGES = 100;
/** The release list did not add up (exit 3): the active branch set cannot be trusted. */
class ReleaseListError extends Error {
    name = 'ReleaseListError';
    exitCode = 3;
}
class BodhiClient {
    http;
    rowsPerPage;
    constructor(options) {
        const { rowsPerPage = 100, ...http } = options;
        this.rowsPerPage = rowsPerPage;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({ ...http, service: 'bodhi' });
    }
    get baseUrl() {
        return this.http.baseUrl;
    }
    /**
     * Releases that are not archived, all pages. `exclude_archived` keeps the
     * list short; callers still filter on state. Throws when the pages do not
     * add up to the reported total.
     */
    async releases() {
        const out = [];
        let pages = 1;
        let total;
        for (let page = 1; page <= pages; page++) {
            const query = { exclude_archived: 'true', chrome: 0, rows_per_page: this.rowsPerPage, page };
            // Bodhi picks its HTML or JSON view from Accept.
            const doc = await this.http.getJson('/releases/', Envelope, query);
            const env = { total: doc.total, pages: Math.max(1, doc.pages), releases: doc.releases.map(release) };
            if (env.pages > MAX_PAGES)
                throw new ReleaseListError(`bodhi: the release list claims ${env.pages} pages`);
            if (total !== undefined && env.total !== total) {
                throw new ReleaseListError(`bodhi: the release total changed from ${total} to ${env.total} while the pages were read; try again`);
            }
            total = env.total;
            pages = env.pages;
            out.push(...env.releases);
        }
        if (total !== undefined && out.length !== total) {
            throw new ReleaseListError(`bodhi: read ${out.length} releases but the server reported ${total}; the release list is incomplete`);
        }
        return out;
    }
    /**
     * Every update of some packages in some releases with the given statuses,
     * all pages (page 1, then the rest concurrently). Updates seen twice are
     * kept once; when the pages do not add up to the reported total (an update
     * filed while the pages were read), the query is read once more, then it
     * fails rather than answer with a partial list.
     */
    async updates(q) {
        if (q.packages.length === 0 || q.releases.length === 0)
            return [];
        const query = (page) => ({
            packages: q.packages.join(','),
            releases: q.releases.join(','),
            status: [...q.statuses],
            rows_per_page: this.rowsPerPage,
            page,
        });
        const read = (page) => this.http.getJson('/updates/', UpdatesSchema, query(page));
        for (let attempt = 1;; attempt++) {
            const first = await read(1);
            if (first.pages > MAX_PAGES)
                throw new ReleaseListError(`bodhi: an updates query claims ${first.pages} pages`);
            const rest = await Promise.all(Array.from({ length: Math.max(0, first.pages - 1) }, (_, i) => read(i + 2)));
            const byAlias = new Map();
            for (const doc of [first, ...rest]) {
                for (const u of doc.updates)
                    byAlias.set(u.alias, { alias: u.alias, status: u.status, release: u.release.name, nvrs: u.builds.map((b) => b.nvr) });
            }
            const totals = new Set([first, ...rest].map((d) => d.total));
            if (totals.size === 1 && byAlias.size === first.total)
                return [...byAlias.values()];
            if (attempt >= 2) {
                throw new ReleaseListError(`bodhi: an updates query for ${q.packages.length} package(s) read ${byAlias.size} updates but the server reported ${[...totals].join(' then ')}, twice; try again`);
            }
        }
    }
    stats() {
        return this.http.stats();
    }
    close() {
        return this.http.close();
    }
}
// Bodhi's release list (https://bodhi.fedoraproject.org/docs/server_api/rest/releases.html), the fields read.
const Count = valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_1__/* .minValue */ .Wwf(0));
const Release = valibot__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), branch: valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), id_prefix: valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), state: valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), stable_tag: valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), dist_tag: valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) });
const Envelope = valibot__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ releases: valibot__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Release), total: Count, pages: Count });
function release(r) {
    const out = { name: r.name, branch: r.branch ?? null, idPrefix: r.id_prefix, state: r.state, distTag: r.dist_tag || null };
    if (r.stable_tag)
        out.stableTag = r.stable_tag;
    return out;
}


/***/ }),

/***/ 4866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ ORPHAN_USER),
/* harmony export */   HY: () => (/* binding */ emptyGroupAccess),
/* harmony export */   Tq: () => (/* binding */ emptyUserAccess),
/* harmony export */   U9: () => (/* binding */ hasDirectAccess),
/* harmony export */   Zj: () => (/* binding */ ListingIncompleteError),
/* harmony export */   xF: () => (/* binding */ aclGroups)
/* harmony export */ });
// What the commands need from a dist-git forge, independent of the software
// behind it. Fedora runs Pagure today and is moving dist-git to Forgejo; the
// commands depend only on this interface so a second implementation can slot
// in without touching their decision logic (the calls Pagure answers today:
// docs/poi-tracker-compatibility.md, "Fedora dist-git and Bodhi").
/** A listing that could not be read consistently (exit 3): never a basis for removals. */
class ListingIncompleteError extends Error {
    name = 'ListingIncompleteError';
    exitCode = 3;
}
function emptyUserAccess() {
    return { owner: [], admin: [], commit: [], collaborator: [], ticket: [] };
}
function emptyGroupAccess() {
    return { admin: [], commit: [], collaborator: [], ticket: [] };
}
/** True when `user` is on any user level of the ACL (access that does not come through a group). */
function hasDirectAccess(p, user) {
    const u = p.users;
    return [u.owner, u.admin, u.commit, u.collaborator, u.ticket].some((l) => l.includes(user));
}
/** Every group on any level of the ACL. */
function aclGroups(p) {
    const g = p.groups;
    return new Set([...g.admin, ...g.commit, ...g.collaborator, ...g.ticket]);
}
/** The user owning orphaned packages on Fedora dist-git. */
const ORPHAN_USER = 'orphan';


/***/ }),

/***/ 6614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ PagureDistGit),
/* harmony export */   nh: () => (/* binding */ PATTERN_SYNTAX)
/* harmony export */ });
/* unused harmony export serverPattern */
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1986);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2139);
/* harmony import */ var _distgit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4866);
// The dist-git interface over Pagure (src.fedoraproject.org; its API is
// documented at https://src.fedoraproject.org/api/0/, the calls poi-tracker
// makes in docs/poi-tracker-compatibility.md, "Fedora dist-git and Bodhi").
// Every listing is read completely and checked against the server's own total
// before anyone may act on what is missing from it.





const AclSchema = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    access_users: valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ owner: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), []) }),
    access_groups: valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
});
const OrphanSchema = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ orphan: valibot__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), reason: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), ''), reason_info: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), '') });
const WhoamiSchema = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ username: valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .minLength */ .BpQ(1)) });
const TakeOrphanSchema = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ point_of_contact: valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .minLength */ .BpQ(1)) });
/** A page count beyond this is a broken answer, not a listing to walk. */
const MAX_PAGES = 2000;
/** Client-side patterns the Pagure query can express as a superset: name characters and one trailing `*`. */
const PATTERN_SYNTAX = /^[A-Za-z0-9._+-]*\*?$/;
/**
 * The `pattern=` value sent for a client-side pattern. Pagure compares an
 * unstarred pattern case-sensitively and exactly, and a starred one with
 * ILIKE (where `_` is a wildcard), while the client-side matcher is a
 * case-insensitive literal. Sending the starred form always yields a superset
 * of the client-side match, so additions and the prune scope agree after the
 * caller filters (README, "Fixed gaps", item 5).
 */
function serverPattern(pattern) {
    if (pattern === '')
        return undefined;
    return pattern.endsWith('*') ? pattern : `${pattern}*`;
}
// Pagure's answers (https://src.fedoraproject.org/api/0/), the fields read.
const Names = valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP());
const AccessLevels = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    owner: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []), admin: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []), commit: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []), collaborator: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []), ticket: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []),
});
const Project = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    fullname: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    access_users: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(AccessLevels, {}),
    access_groups: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(AccessLevels, {}),
});
const Count = valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .minValue */ .Wwf(0));
const ListingPage = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    projects: valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(Project),
    pagination: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ pages: Count })),
    total_projects: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Count),
});
const Group = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ members: Names });
const OwnerAlias = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ rpms: valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), Names) });
const Branches = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ branches: Names });
class PagureDistGit {
    kind = 'pagure';
    http;
    perPage;
    constructor(options) {
        const { perPage = 100, ...http } = options;
        if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
            throw new RangeError(`per-page must be 1..100 (Pagure answers 400 otherwise), got ${perPage}`);
        this.perPage = perPage;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({ ...http, service: 'distgit' });
    }
    get baseUrl() {
        return this.http.baseUrl;
    }
    async listUserProjects(user, pattern) {
        (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('user', user);
        if (pattern !== undefined && !PATTERN_SYNTAX.test(pattern))
            throw new RangeError(`pattern ${JSON.stringify(pattern)} may only hold package-name characters and one trailing "*"`);
        const server = pattern === undefined ? undefined : serverPattern(pattern);
        // Parameters in the order poi-tracker sends them; `short` is never sent because the ACLs are needed.
        const query = (page) => ({ namespace: 'rpms', fork: 'false', username: user, per_page: this.perPage, page, pattern: server });
        return this.#listing('/api/0/projects', query, `projects of user ${user}${server ? ` matching ${server}` : ''}`);
    }
    async listGroupProjects(group) {
        // Pagure's group endpoint reads neither pattern, namespace nor fork: one listing of the whole group, filtered here.
        const query = (page) => ({ projects: 'true', per_page: this.perPage, page });
        return this.#listing((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'group', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('group', group)), query, `projects of group ${group}`);
    }
    async groupMembers(group) {
        return (await this.http.getJson((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'group', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('group', group)), Group)).members;
    }
    async maintainerIndex() {
        const dump = await this.http.getJson('/extras/pagure_owner_alias.json', OwnerAlias);
        return new Map(Object.entries(dump.rpms));
    }
    async branches(pkg) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg), 'git', 'branches');
        return this.http.requestAs({ path, headers: { accept: 'application/json' }, okStatuses: [404] }, (res) => res.status === 404 ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(Branches, res, `the branches of ${pkg}`).branches);
    }
    async isRetired(pkg, branch) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg), 'raw', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('branch', branch), 'f', 'dead.package');
        const res = await this.http.request({ path, okStatuses: [404] });
        return res.status !== 404;
    }
    /** A file of a branch (`/rpms/<pkg>/raw/<branch>/f/<file>`); undefined on 404. */
    async rawFile(pkg, branch, file) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg), 'raw', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('branch', branch), 'f', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', file));
        const res = await this.http.request({ path, okStatuses: [404] });
        return res.status === 404 ? undefined : res.text();
    }
    /** The package's spec file on a branch (`<pkg>.spec`); undefined on 404. */
    specFile(pkg, branch = 'rawhide') {
        return this.rawFile(pkg, branch, `${pkg}.spec`);
    }
    async owners(pkg) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg));
        const res = await this.http.requestAs({ path, headers: { accept: 'application/json' }, okStatuses: [404] }, (r) => r.status === 404 ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(AclSchema, r, `the ACLs of ${pkg}`));
        return res?.access_users.owner;
    }
    async orphanInfo(pkg) {
        const doc = await this.http.getJson((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('_dg', 'orphan', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg)), OrphanSchema);
        return { orphan: doc.orphan, reason: doc.reason ?? '', reasonInfo: doc.reason_info ?? '' };
    }
    async whoami() {
        const res = await this.http.requestAs({ method: 'POST', path: '/api/0/-/whoami', headers: { accept: 'application/json' }, idempotent: true }, (r) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(WhoamiSchema, r, 'the whoami answer'));
        return res.username;
    }
    async takeOrphan(pkg) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('_dg', 'take_orphan', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg));
        const res = await this.http.requestAs({ method: 'POST', path, headers: { accept: 'application/json' }, idempotent: false }, (r) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(TakeOrphanSchema, r, `the answer to taking ${pkg}`));
        return res.point_of_contact;
    }
    stats() {
        return this.http.stats();
    }
    close() {
        return this.http.close();
    }
    /**
     * Reads every page of a listing (page 1 first, the rest concurrently; the
     * client bounds requests in flight). Offset pagination shifts when a
     * project appears or disappears between pages, so the listing must report
     * one total throughout and hold exactly that many distinct projects; one
     * full re-read is tried before giving up (README, "Completeness").
     */
    async #listing(path, query, what) {
        let requests = 0;
        for (let read = 1;; read++) {
            const first = await this.#page(path, query(1));
            const pages = Math.min(first.pages, MAX_PAGES);
            if (first.pages > MAX_PAGES)
                throw new _distgit_js__WEBPACK_IMPORTED_MODULE_4__/* .ListingIncompleteError */ .Zj(`dist-git: ${what}: the listing claims ${first.pages} pages`);
            const rest = await Promise.all(range(2, pages).map((p) => this.#page(path, query(p))));
            requests += pages;
            const all = [first, ...rest];
            const totals = new Set(all.map((p) => p.total));
            const projects = all.flatMap((p) => p.projects);
            const distinct = new Set(projects.map((p) => p.fullname ?? p.name)).size;
            if (totals.size === 1 && first.total === undefined) {
                return { ...rpmsOnly(projects), requests, verified: false };
            }
            const total = first.total;
            if (totals.size === 1 && total === distinct)
                return { ...rpmsOnly(projects), requests, total, verified: true };
            if (read >= 2) {
                const seen = [...totals].map((t) => (t === undefined ? 'none' : String(t))).join(' then ');
                throw new _distgit_js__WEBPACK_IMPORTED_MODULE_4__/* .ListingIncompleteError */ .Zj(`dist-git: ${what}: read ${distinct} distinct projects over ${pages} page(s) but the server reported a total of ${seen}, twice in a row; ` +
                    'the listing changed while it was read (offset pagination), so it cannot be trusted for removals');
            }
        }
    }
    async #page(path, query) {
        const doc = await this.http.getJson(path, ListingPage, query);
        return { projects: doc.projects.map(project), pages: Math.max(1, doc.pagination?.pages ?? 1), total: doc.total_projects };
    }
}
function rpmsOnly(projects) {
    // Group listings span every namespace and forks, all under the bare name; a project without fullname is kept (as poi-tracker).
    const kept = projects.filter((p) => p.fullname === undefined || p.fullname.startsWith('rpms/'));
    return { projects: kept, dropped: projects.length - kept.length };
}
function project(raw) {
    const { owner, admin, commit, collaborator, ticket } = raw.access_users;
    const g = raw.access_groups;
    const out = { name: raw.name, users: { owner, admin, commit, collaborator, ticket }, groups: { admin: g.admin, commit: g.commit, collaborator: g.collaborator, ticket: g.ticket } };
    if (raw.fullname !== undefined)
        out.fullname = raw.fullname;
    return out;
}
function range(from, to) {
    const out = [];
    for (let i = from; i <= to; i++)
        out.push(i);
    return out;
}


/***/ })

};
