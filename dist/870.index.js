export const id = 870;
export const ids = [870];
export const modules = {

/***/ 84872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yE: () => (/* binding */ commandError),
  FO: () => (/* binding */ exitCodeOf),
  FP: () => (/* binding */ makeBodhi),
  rf: () => (/* binding */ makeDistGit),
  NJ: () => (/* binding */ positiveInt),
  _x: () => (/* binding */ serviceUrls)
});

// UNUSED EXPORTS: retryLogger

// EXTERNAL MODULE: ./src/sources/http.ts + 7 modules
var sources_http = __webpack_require__(83368);
// EXTERNAL MODULE: ./src/sources/services.ts
var services = __webpack_require__(5248);
// EXTERNAL MODULE: ./src/sources/names.ts
var names = __webpack_require__(71986);
// EXTERNAL MODULE: ./src/sources/distgit.ts
var distgit = __webpack_require__(24866);
// EXTERNAL MODULE: ./src/sources/pagure.ts
var pagure = __webpack_require__(86614);
;// CONCATENATED MODULE: ./src/sources/bodhi.ts
// Bodhi's release list (reference distgit.md §2.11): every page, checked
// against the envelope's total, because an incomplete release list would
// silently shrink the active branch set and make live packages look retired.

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
        this.http = new sources_http/* HttpClient */.Qq({ ...http, service: 'bodhi' });
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
            const env = await this.http.requestAs({ path: '/releases/', query, headers: { accept: 'application/json' } }, decodeEnvelope);
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
    stats() {
        return this.http.stats();
    }
    close() {
        return this.http.close();
    }
}
function decodeEnvelope(res) {
    let doc;
    try {
        doc = JSON.parse(res.text());
    }
    catch {
        throw new sources_http/* RetryableResponseError */.q6(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`);
    }
    if (!isObject(doc) || !Array.isArray(doc['releases']))
        throw new Error('the answer has no `releases` list');
    const total = doc['total'];
    const pages = doc['pages'];
    if (typeof total !== 'number' || typeof pages !== 'number')
        throw new Error('the answer lacks the `total` and `pages` numbers');
    const releases = doc['releases'].map((r, i) => {
        if (!isObject(r))
            throw new Error(`releases[${i}] is not an object`);
        const { name, branch, id_prefix: idPrefix, state } = r;
        if (typeof name !== 'string' || typeof idPrefix !== 'string' || typeof state !== 'string') {
            throw new Error(`releases[${i}] lacks name, id_prefix or state`);
        }
        if (branch !== null && branch !== undefined && typeof branch !== 'string')
            throw new Error(`releases[${i}].branch is not a string`);
        return { name, branch: typeof branch === 'string' ? branch : null, idPrefix, state };
    });
    return { releases, total, pages: Math.max(1, pages) };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./src/commands/unshipped.ts
var unshipped = __webpack_require__(47568);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/distgit/clients.ts
// Building the remote clients a dist-git command uses, from the repository
// config and environment, and turning remote failures into command errors
// with interface.md's exit codes.








function serviceUrls(ctx) {
    try {
        const all = (0,services/* resolveServices */.bs)(ctx.config.services, ctx.env);
        return { distgit: all.distgit, bodhi: all.bodhi };
    }
    catch (e) {
        if (e instanceof services/* ServiceConfigError */.my)
            throw new types/* CommandError */.Q(e.message, 2);
        throw e;
    }
}
/** Retries are worth a line in the log: a slow run should say why. */
function retryLogger(ctx) {
    return (event) => {
        if (event.type === 'retry')
            ctx.log(`warning: ${event.method} ${event.url}: ${event.reason}; retrying in ${(event.delayMs / 1000).toFixed(1)} s`);
    };
}
function makeDistGit(ctx, deps, urls, maxInFlight, perPage = 100) {
    const http = { onEvent: retryLogger(ctx), ...deps.http };
    if (deps.distgit)
        return deps.distgit({ baseUrl: urls.distgit, maxInFlight, perPage, http });
    return new pagure/* PagureDistGit */.$P({ ...http, baseUrl: urls.distgit, maxInFlight, perPage });
}
function makeBodhi(ctx, deps, urls) {
    return new BodhiClient({ onEvent: retryLogger(ctx), ...deps.http, baseUrl: urls.bodhi, maxInFlight: 2 });
}
/** The exit code a failure stands for: 3 for a remote service, 2 for a bad name or setting, else undefined. */
function exitCodeOf(e) {
    if (e instanceof sources_http/* RemoteError */.Hi || e instanceof distgit/* ListingIncompleteError */.Zj || e instanceof ReleaseListError || e instanceof unshipped/* ActiveSetError */.Fw)
        return 3;
    if (e instanceof names/* InvalidNameError */.Tw || e instanceof services/* ServiceConfigError */.my)
        return 2;
    return undefined;
}
/** Rethrows a known failure as a CommandError (with `prefix` for context); anything else as is. */
function commandError(e, prefix = '') {
    if (e instanceof types/* CommandError */.Q)
        throw e;
    const code = exitCodeOf(e);
    if (code !== undefined)
        throw new types/* CommandError */.Q(prefix + e.message, code);
    throw e;
}
function positiveInt(value, flag, fallback, max = 1000) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
        throw new types/* CommandError */.Q(`${flag} must be a whole number from 1 to ${max}, got ${JSON.stringify(value)}`, 2);
    return Number(value);
}


/***/ }),

/***/ 63490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ patternList),
/* harmony export */   MT: () => (/* binding */ matchesPattern),
/* harmony export */   V4: () => (/* binding */ PREFIXES),
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   f4: () => (/* binding */ inWalk),
/* harmony export */   p3: () => (/* binding */ lastFlag)
/* harmony export */ });
/* unused harmony exports prefixList, asciiLower */
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97129);
// Name patterns of sync-distgit and prune-retired (reference distgit.md §3.4,
// §3.5, §4.5): the prefix scan list and its bounds, the client-side matcher
// that decides both what a listing adds and what a prune may remove, and the
// walk filter.

/** a* … z*, then 0* … 9*: the order poi-tracker scans in. */
const PREFIXES = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `${c}*`);
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
/** §3.4: prefix mode or one query; `['']` means one unfiltered query. */
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
/** §3.5: `p*` is a case-insensitive prefix; anything else a case-insensitive equality; no other wildcard. */
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
/** §4.5: all three filters must pass. */
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

/***/ 83271:
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
/** Like runLimited, but throws the failure that comes first in input order (reference distgit.md §4.7). */
async function mapOrdered(items, limit, fn) {
    const settled = await runLimited(items, limit, fn);
    const failure = settled.find((s) => s.status === 'failed');
    if (failure)
        throw failure.error;
    return settled.map((s) => s.value);
}


/***/ }),

/***/ 36640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O_: () => (/* binding */ editTarget),
/* harmony export */   Rq: () => (/* binding */ packageFindings),
/* harmony export */   XN: () => (/* binding */ parseOrFail),
/* harmony export */   b_: () => (/* binding */ fileChange),
/* harmony export */   so: () => (/* binding */ freshTarget)
/* harmony export */ });
/* harmony import */ var _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16275);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97129);
/* harmony import */ var _inventory_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49287);
/* harmony import */ var _inventory_serialize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93678);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17740);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68619);
// The inventory a command edits: an existing file through the
// format-preserving editor (only touched lines change), or a new file in
// poi-tracker's canonical layout. Also locates packages in a text so that
// findings point at a line a human can open.






/** An existing file, edited in place; `before` may differ from the editor's source (a resume base). */
function editTarget(path, source, inventory, before) {
    const editor = new _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__/* .InventoryEditor */ .S(source, inventory);
    return { path, model: editor.model, before, render: () => (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .renderChange */ .v)(source, editor).after ?? '' };
}
/** A file created from nothing: canonical layout, packages sorted by name. */
function freshTarget(path, model) {
    return {
        path, model, before: null,
        render: () => (0,_inventory_serialize_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeInventory */ .JP)({ ...model, packages: [...model.packages].sort((a, b) => (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_5__/* .compareNames */ .MP)(a.name, b.name)) })
    };
}
function fileChange(t) {
    return { path: t.path, before: t.before, after: t.render() };
}
/** Parses text the command itself produced or was given; a parse failure names the file (exit 1). */
function parseOrFail(path, text, what = path) {
    const parsed = (0,_inventory_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInventory */ .a)(path, text);
    if (!parsed.inventory || !parsed.source) {
        const fatal = parsed.findings.filter((f) => f.severity === 'error');
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Q(`failed to load inventory ${what}`, 1, fatal);
    }
    return { source: parsed.source, inventory: parsed.inventory };
}
/** Findings about packages, located at their [[package]] table in `text` (line 1 when not found). */
function packageFindings(path, text, items, rule, severity = 'warning') {
    if (items.length === 0)
        return [];
    const parsed = text === null ? undefined : (0,_inventory_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInventory */ .a)(path, text);
    const index = new Map();
    parsed?.inventory?.packages.forEach((p, i) => { if (!index.has(p.name))
        index.set(p.name, i); });
    return items.map(({ name, message }) => {
        const i = index.get(name);
        const pos = i !== undefined && parsed?.source ? parsed.source.locator.position(['package', i]) : { line: 1, column: 1 };
        return { file: path, ...pos, severity, rule, message };
    });
}


/***/ }),

/***/ 47568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ ActiveSetError),
/* harmony export */   RT: () => (/* binding */ removeCandidates),
/* harmony export */   gw: () => (/* binding */ applyMarkers),
/* harmony export */   mV: () => (/* binding */ scanUnshipped),
/* harmony export */   wu: () => (/* binding */ dropFromWorkloads),
/* harmony export */   xe: () => (/* binding */ activeBranchSet)
/* harmony export */ });
/* unused harmony exports NO_ACTIVE_BRANCH, LEGACY_PROJECT_GONE, NO_SUCH_PROJECT, retiredEverywhere, orderBranches, activeOnProject, checkPackage */
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71986);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83271);
// "Is this package still shipped anywhere?" — the decision shared by
// prune-retired and `sync-distgit --mark-unshipped` (reference distgit.md §4):
// the active branch set from Bodhi, the per-package decision table, the
// concurrent scan and how its verdicts become `unshipped` markers.
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
 * §4.1 plus the fixes of §8.5: keep active Fedora and EPEL releases (not ELN,
 * Flatpak, containers, EPEL Next), skip releases without a branch, drop
 * repeated branches (first wins), add rawhide, order, then sanity-check.
 */
function activeBranchSet(releases) {
    const branches = [];
    for (const r of releases) {
        if (!ACTIVE_STATES.has(r.state) || !ID_PREFIXES.has(r.idPrefix) || r.name === 'ELN' || r.branch === null)
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
/** §4.2 for one package: 1 branch list, then dead.package probes until a live branch answers. */
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
 * Checks every name (duplicates once) with at most `jobs` packages in
 * flight; results in input order. Any persistent failure fails the whole
 * scan: a partial scan would clear markers of packages it never reached.
 */
async function scanUnshipped(dg, names, active, jobs, progress) {
    const unique = [...new Set(names)];
    let done = 0;
    return (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .mapOrdered */ .w)(unique, Math.max(1, jobs), async (name) => {
        const verdict = await checkPackage(dg, name, active);
        progress?.(++done, unique.length, name);
        return { name, verdict };
    });
}
function why(v) {
    return v.kind === 'shipped' ? `shipped on ${v.branch}` : v.reason;
}
/**
 * §4.3: every checked entry gets the candidate's reason or no marker, in
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
 * §4.4 `--remove`: deletes candidate entries (never invalid ones). Unlike
 * poi-tracker, the names also leave workload `packages` lists, so no
 * dangling member is left behind (reference §3.13 item 7).
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

/***/ 24866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ emptyGroupAccess),
/* harmony export */   Tq: () => (/* binding */ emptyUserAccess),
/* harmony export */   U9: () => (/* binding */ hasDirectAccess),
/* harmony export */   Zj: () => (/* binding */ ListingIncompleteError),
/* harmony export */   xF: () => (/* binding */ aclGroups)
/* harmony export */ });
// What the commands need from a dist-git forge, independent of the software
// behind it. Fedora runs Pagure today and is moving dist-git to Forgejo; the
// commands depend only on this interface so a second implementation can slot
// in without touching their decision logic (reference distgit.md §2).
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


/***/ }),

/***/ 86614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ PagureDistGit),
/* harmony export */   nh: () => (/* binding */ PATTERN_SYNTAX)
/* harmony export */ });
/* unused harmony export serverPattern */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83368);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71986);
/* harmony import */ var _distgit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24866);
// The dist-git interface over Pagure (src.fedoraproject.org), reference
// distgit.md §2.1–§2.6. Every listing is read completely and checked against
// the server's own total before anyone may act on what is missing from it.



/** A page count beyond this is a broken answer, not a listing to walk. */
const MAX_PAGES = 2000;
/** Client-side patterns (§3.5) the Pagure query can express as a superset: name characters and one trailing `*`. */
const PATTERN_SYNTAX = /^[A-Za-z0-9._+-]*\*?$/;
/**
 * The `pattern=` value sent for a client-side pattern. Pagure compares an
 * unstarred pattern case-sensitively and exactly, and a starred one with
 * ILIKE (where `_` is a wildcard), while the client-side matcher is a
 * case-insensitive literal. Sending the starred form always yields a superset
 * of the client-side match, so additions and the prune scope agree after the
 * caller filters (reference §3.13 item 5).
 */
function serverPattern(pattern) {
    if (pattern === '')
        return undefined;
    return pattern.endsWith('*') ? pattern : `${pattern}*`;
}
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
        // Parameter order as poi-tracker sends them (§2.1); `short` is never sent because the ACLs are needed.
        const query = (page) => ({ namespace: 'rpms', fork: 'false', username: user, per_page: this.perPage, page, pattern: server });
        return this.#listing('/api/0/projects', query, `projects of user ${user}${server ? ` matching ${server}` : ''}`);
    }
    async listGroupProjects(group) {
        // The group endpoint reads neither pattern, namespace nor fork (§2.2): one listing of the whole group, filtered here.
        const query = (page) => ({ projects: 'true', per_page: this.perPage, page });
        return this.#listing((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'group', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('group', group)), query, `projects of group ${group}`);
    }
    async groupMembers(group) {
        return this.#getJson((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'group', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('group', group)), undefined, (doc) => {
            const members = field(doc, 'members');
            if (!Array.isArray(members))
                throw new Error('the answer has no `members` list');
            return members.filter((m) => typeof m === 'string');
        });
    }
    async maintainerIndex() {
        return this.#getJson('/extras/pagure_owner_alias.json', undefined, (doc) => {
            const rpms = field(doc, 'rpms');
            if (!isObject(rpms))
                throw new Error('the owner-alias dump has no `rpms` map');
            const out = new Map();
            for (const [name, users] of Object.entries(rpms))
                out.set(name, strings(users));
            return out;
        });
    }
    async branches(pkg) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg), 'git', 'branches');
        return this.http.requestAs({ path, headers: { accept: 'application/json' }, okStatuses: [404] }, (res) => {
            if (res.status === 404)
                return undefined;
            const branches = field(parseJson(res), 'branches');
            if (!Array.isArray(branches) || branches.some((b) => typeof b !== 'string'))
                throw new Error('the answer has no `branches` list of names');
            return branches;
        });
    }
    async isRetired(pkg, branch) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg), 'raw', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('branch', branch), 'f', 'dead.package');
        const res = await this.http.request({ path, okStatuses: [404] });
        return res.status !== 404;
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
     * full re-read is tried before giving up (reference §8.2).
     */
    async #listing(path, query, what) {
        let requests = 0;
        for (let read = 1;; read++) {
            const first = await this.#page(path, query(1));
            const pages = Math.min(first.pages, MAX_PAGES);
            if (first.pages > MAX_PAGES)
                throw new _distgit_js__WEBPACK_IMPORTED_MODULE_2__/* .ListingIncompleteError */ .Zj(`dist-git: ${what}: the listing claims ${first.pages} pages`);
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
                throw new _distgit_js__WEBPACK_IMPORTED_MODULE_2__/* .ListingIncompleteError */ .Zj(`dist-git: ${what}: read ${distinct} distinct projects over ${pages} page(s) but the server reported a total of ${seen}, twice in a row; ` +
                    'the listing changed while it was read (offset pagination), so it cannot be trusted for removals');
            }
        }
    }
    async #page(path, query) {
        return this.#getJson(path, query, (doc) => {
            const list = field(doc, 'projects');
            if (!Array.isArray(list))
                throw new Error('the answer has no `projects` list');
            const pagination = field(doc, 'pagination');
            const pages = isObject(pagination) && typeof pagination['pages'] === 'number' ? pagination['pages'] : 1;
            const total = field(doc, 'total_projects');
            return { projects: list.map(project), pages: Math.max(1, pages), total: typeof total === 'number' ? total : undefined };
        });
    }
    async #getJson(path, query, decode) {
        return this.http.requestAs({ path, query, headers: { accept: 'application/json' } }, (res) => decode(parseJson(res)));
    }
}
function parseJson(res) {
    try {
        return JSON.parse(res.text());
    }
    catch {
        // A proxy's HTML page with a 200: worth another attempt, like a 5xx.
        throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RetryableResponseError */ .q6(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`);
    }
}
function rpmsOnly(projects) {
    // Group listings span every namespace and forks, all under the bare name (§2.2); a project without fullname is kept.
    const kept = projects.filter((p) => p.fullname === undefined || p.fullname.startsWith('rpms/'));
    return { projects: kept, dropped: projects.length - kept.length };
}
function project(raw, i) {
    if (!isObject(raw) || typeof raw['name'] !== 'string')
        throw new Error(`projects[${i}] has no name`);
    const u = isObject(raw['access_users']) ? raw['access_users'] : {};
    const g = isObject(raw['access_groups']) ? raw['access_groups'] : {};
    const users = (0,_distgit_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyUserAccess */ .Tq)();
    const groups = (0,_distgit_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyGroupAccess */ .HY)();
    for (const level of Object.keys(users))
        users[level] = strings(u[level]);
    for (const level of Object.keys(groups))
        groups[level] = strings(g[level]);
    const out = { name: raw['name'], users, groups };
    if (typeof raw['fullname'] === 'string')
        out.fullname = raw['fullname'];
    return out;
}
function field(doc, key) {
    return isObject(doc) ? doc[key] : undefined;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function range(from, to) {
    const out = [];
    for (let i = from; i <= to; i++)
        out.push(i);
    return out;
}


/***/ })

};
