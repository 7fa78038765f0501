export const id = 36;
export const ids = [36];
export const modules = {

/***/ 64917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   FP: () => (/* binding */ makeBodhi),
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   _x: () => (/* binding */ serviceUrls),
/* harmony export */   nX: () => (/* binding */ makeFedoraKoji),
/* harmony export */   rf: () => (/* binding */ makeDistGit),
/* harmony export */   xj: () => (/* binding */ jobsFlag),
/* harmony export */   yE: () => (/* binding */ commandError)
/* harmony export */ });
/* unused harmony exports retryLogger, MAX_IN_FLIGHT_PER_HOST */
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14066);
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5248);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71986);
/* harmony import */ var _sources_distgit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(24866);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86614);
/* harmony import */ var _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8076);
/* harmony import */ var _sources_koji_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41295);
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47568);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68619);
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
            ctx.log(`warning: ${event.method} ${event.url}: ${event.reason}; retrying in ${(event.delayMs / 1000).toFixed(1)} s`);
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

/***/ 38297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fq: () => (/* binding */ scanKojiFirst)
/* harmony export */ });
/* unused harmony exports KojiAnswerError, releaseTags, readKojiView, isKojiFailure */
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14066);
/* harmony import */ var _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94664);
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47568);
// The koji side of the koji-first retirement check (README, "prune-retired
// --fast"): which koji tag each active branch ships from (Bodhi's dist_tag),
// the package lists of those tags (one system.multicall of listPackages per
// active release, blocked entries included, inheritance followed), and the
// view the decision in unshipped.ts reads. Any koji failure makes the check
// fall back to dist-git for every package: nothing is ever concluded from a
// partial or failed koji answer.



/** A koji answer that cannot be right (an empty release tag, contradicting entries). */
class KojiAnswerError extends Error {
    name = 'KojiAnswerError';
}
/** Active branch → the koji tag its release ships from: the first active Bodhi release with that branch and a dist_tag. */
function releaseTags(releases, active) {
    const tags = new Map();
    for (const b of active) {
        const r = releases.find((x) => (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_2__/* .isActiveRelease */ .ue)(x) && x.branch === b && x.distTag !== null);
        if (r?.distTag)
            tags.set(b, r.distTag);
    }
    return tags;
}
/**
 * Reads the package lists of `tags` (branch → tag) and keeps the entries of
 * `names`. Throws on any failure, including a release tag that lists no
 * package at all or a package listed twice with different blocks.
 */
async function readKojiView(koji, tags, names) {
    const wanted = new Set(names);
    const lists = await koji.listPackagesMany([...new Set(tags.values())]);
    const byTag = new Map();
    for (const [tag, entries] of lists) {
        if (entries.length === 0)
            throw new KojiAnswerError(`${koji.hubUrl}: listPackages(${tag}) lists no package at all, which no release tag does`);
        const blocked = new Map();
        for (const e of entries) {
            if (!wanted.has(e.packageName))
                continue;
            const seen = blocked.get(e.packageName);
            if (seen !== undefined && seen !== e.blocked)
                throw new KojiAnswerError(`${koji.hubUrl}: listPackages(${tag}) lists ${e.packageName} both blocked and not blocked`);
            blocked.set(e.packageName, e.blocked);
        }
        byTag.set(tag, blocked);
    }
    return {
        status(name, branch) {
            const tag = tags.get(branch);
            const list = tag === undefined ? undefined : byTag.get(tag);
            if (list === undefined)
                return undefined;
            const blocked = list.get(name);
            return blocked === undefined ? 'absent' : blocked ? 'blocked' : 'live';
        }
    };
}
/** Failures of the koji side that the check falls back from (anything else is a bug and propagates). */
function isKojiFailure(e) {
    return e instanceof _sources_http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi || e instanceof _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlRpcFault */ .Zx || e instanceof _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlRpcParseError */ .ux || e instanceof KojiAnswerError;
}
/** The koji-first scan, or the full dist-git scan when koji cannot answer (logged as a warning). */
async function scanKojiFirst(o) {
    const tags = o.releases ? releaseTags(o.releases, o.active) : new Map();
    let view;
    if (tags.size === 0) {
        o.log(`warning: no active branch has a koji tag in Bodhi's releases, so koji cannot answer; checking every package in dist-git`);
    }
    else {
        const unmapped = o.active.filter((b) => !tags.has(b));
        if (unmapped.length > 0)
            o.log(`note: Bodhi names no koji tag for ${unmapped.join(', ')}; dist-git answers for ${unmapped.length === 1 ? 'that branch' : 'those branches'}`);
        try {
            view = await readKojiView(o.koji, tags, o.names);
        }
        catch (e) {
            if (!isKojiFailure(e))
                throw e;
            o.log(`warning: koji could not answer (${e.message}); checking every package in dist-git instead`);
        }
    }
    const checked = await (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_2__/* .scanUnshipped */ .mV)(o.dg, o.names, o.active, o.jobs, o.progress, view);
    if (view) {
        const live = view;
        const alone = checked.filter((c) => o.active.some((b) => live.status(c.name, b) === 'live')).length;
        o.log(`koji: ${[...tags].map(([b, t]) => (b === t ? t : `${t} (${b})`)).join(', ')}; ${alone} of ${checked.length} package(s) answered by koji alone, the rest checked in dist-git`);
    }
    return checked;
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
/* harmony import */ var _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68017);
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
    const editor = new _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__/* .InventoryEditor */ .Sh(source, inventory);
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
/* harmony export */   ue: () => (/* binding */ isActiveRelease),
/* harmony export */   wu: () => (/* binding */ dropFromWorkloads),
/* harmony export */   xe: () => (/* binding */ activeBranchSet)
/* harmony export */ });
/* unused harmony exports NO_ACTIVE_BRANCH, LEGACY_PROJECT_GONE, NO_SUCH_PROJECT, retiredEverywhere, orderBranches, activeOnProject, checkPackage, checkPackageKojiFirst */
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71986);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83271);
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


/***/ })

};
