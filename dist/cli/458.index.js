export const id = 458;
export const ids = [458];
export const modules = {

/***/ 4917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   FP: () => (/* binding */ makeBodhi),
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   _x: () => (/* binding */ serviceUrls),
/* harmony export */   rf: () => (/* binding */ makeDistGit),
/* harmony export */   yE: () => (/* binding */ commandError)
/* harmony export */ });
/* unused harmony export retryLogger */
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8666);
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5248);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1986);
/* harmony import */ var _sources_distgit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4866);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6614);
/* harmony import */ var _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8076);
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7568);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8619);
// Building the remote clients a dist-git command uses, from the repository
// config and environment, and turning remote failures into command errors
// with interface.md's exit codes.








function serviceUrls(ctx) {
    try {
        const all = (0,_sources_services_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveServices */ .bs)(ctx.config.services, ctx.env);
        return { distgit: all.distgit, bodhi: all.bodhi };
    }
    catch (e) {
        if (e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceConfigError */ .my)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .CommandError */ .Q(e.message, 2);
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
/** The exit code a failure stands for: 3 for a remote service, 2 for a bad name or setting, else undefined. */
function exitCodeOf(e) {
    if (e instanceof _sources_http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi || e instanceof _sources_distgit_js__WEBPACK_IMPORTED_MODULE_7__/* .ListingIncompleteError */ .Zj || e instanceof _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseListError */ .c || e instanceof _unshipped_js__WEBPACK_IMPORTED_MODULE_5__/* .ActiveSetError */ .Fw)
        return 3;
    if (e instanceof _sources_names_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidNameError */ .Tw || e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceConfigError */ .my)
        return 2;
    return undefined;
}
/** Rethrows a known failure as a CommandError (with `prefix` for context); anything else as is. */
function commandError(e, prefix = '') {
    if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_6__/* .CommandError */ .Q)
        throw e;
    const code = exitCodeOf(e);
    if (code !== undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .CommandError */ .Q(prefix + e.message, code);
    throw e;
}
function positiveInt(value, flag, fallback, max = 1000) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .CommandError */ .Q(`${flag} must be a whole number from 1 to ${max}, got ${JSON.stringify(value)}`, 2);
    return Number(value);
}


/***/ }),

/***/ 6640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O_: () => (/* binding */ editTarget),
/* harmony export */   Rq: () => (/* binding */ packageFindings),
/* harmony export */   XN: () => (/* binding */ parseOrFail),
/* harmony export */   b_: () => (/* binding */ fileChange),
/* harmony export */   so: () => (/* binding */ freshTarget)
/* harmony export */ });
/* harmony import */ var _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6275);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7129);
/* harmony import */ var _inventory_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9287);
/* harmony import */ var _inventory_serialize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3678);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7740);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8619);
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

/***/ 3458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRUNE_RETIRED_SPEC: () => (/* binding */ PRUNE_RETIRED_SPEC),
/* harmony export */   pruneRetired: () => (/* binding */ pruneRetired),
/* harmony export */   pruneRetiredCommand: () => (/* binding */ pruneRetiredCommand)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8666);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1986);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7958);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7740);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8619);
/* harmony import */ var _distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4917);
/* harmony import */ var _distgit_patterns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3490);
/* harmony import */ var _distgit_target_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6640);
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7568);
// `prune-retired -i FILE [--branch B,…] [--pattern G,…] [--start-from N]
// [--end-with N] [-j N] [--remove]` (reference distgit.md §4.5): find the
// inventory packages no longer carried on any active branch and mark them
// `unshipped` (both directions) or remove them. The scan is all or nothing:
// any persistent failure exits 3 and nothing is proposed.










const PRUNE_RETIRED_SPEC = {
    name: 'prune-retired',
    summary: 'Mark (or remove) inventory packages no longer carried on any active Fedora/EPEL branch.',
    positionals: [],
    flags: [
        { name: 'branch', kind: 'list', metavar: 'BRANCHES', help: 'active branches to check, used verbatim (default: Bodhi\'s active releases plus rawhide)' },
        { name: 'pattern', kind: 'list', metavar: 'GLOBS', help: 'only check matching packages (NAME or PREFIX*, case-insensitive)' },
        { name: 'start-from', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or after NAME' },
        { name: 'end-with', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or before NAME' },
        { name: 'jobs', short: 'j', kind: 'string', metavar: 'N', help: 'packages checked concurrently (default 8)' },
        { name: 'remove', kind: 'bool', help: 'delete the entries instead of marking them unshipped' },
        { name: 'yes', short: 'y', kind: 'bool', help: 'accepted for poi-tracker compatibility (the bot never prompts)' },
        { name: 'verbose', short: 'v', kind: 'bool', help: 'progress on stderr' }
    ],
    notes: `Exactly one -i FILE unless --dry-run (which may merge several inventories into one view).
An entry with no rpms/ dist-git project (404) is reported as invalid, never marked or removed: fixing it is a human call.`
};
function pruneRetiredCommand(deps = {}) {
    return { spec: PRUNE_RETIRED_SPEC, run: (ctx) => runPrune(ctx, deps) };
}
const pruneRetired = pruneRetiredCommand();
function plan(ctx) {
    const a = ctx.args;
    if (a.positionals.length > 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q(`prune-retired takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2);
    const dryRun = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'dry-run');
    const remove = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'remove');
    if (remove && dryRun)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q('--remove cannot be used with --dry-run', 2);
    let branches;
    if (a.flags.has('branch')) {
        branches = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(a, 'branch');
        if (branches.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q('--branch needs at least one branch name', 2);
        for (const b of branches) {
            const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(b);
            if (problem !== undefined)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q(`--branch: invalid branch name ${JSON.stringify(b)}: ${problem}`, 2);
        }
    }
    return { jobs: (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .positiveInt */ .NJ)((0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(a, 'jobs'), '--jobs', 8, 64), branches, remove, dryRun };
}
async function runPrune(ctx, deps) {
    const p = plan(ctx);
    const paths = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_3__/* .requirePaths */ .yK)(ctx);
    if (!p.dryRun && paths.length !== 1) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q(`prune-retired changes one inventory: pass exactly one -i FILE (got ${paths.length}; several are allowed with --dry-run)`, 2);
    }
    const single = paths.length === 1 ? await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_3__/* .loadInventory */ .pl)(ctx, paths[0]) : undefined;
    const view = single ? single.inventory : (await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_3__/* .loadMerged */ .Rw)(ctx, paths)).inventory;
    const filter = { patterns: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(ctx.args, 'pattern'), startFrom: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'start-from'), endWith: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'end-with') };
    const names = view.packages.filter((pkg) => (0,_distgit_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .inWalk */ .f4)(pkg.name, filter)).map((pkg) => pkg.name);
    const urls = (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .serviceUrls */ ._x)(ctx);
    const dg = (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDistGit */ .rf)(ctx, deps, urls, p.jobs);
    let bodhi;
    let checked;
    let active;
    try {
        if (p.branches)
            active = p.branches;
        else {
            bodhi = (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .makeBodhi */ .FP)(ctx, deps, urls);
            active = (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_9__/* .activeBranchSet */ .xe)(await bodhi.releases());
        }
        ctx.log(`Checking ${names.length} package(s) against ${active.join(', ')} (${p.jobs} at a time)`);
        const verbose = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(ctx.args, 'verbose');
        checked = names.length === 0 ? [] : await (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_9__/* .scanUnshipped */ .mV)(dg, names, active, p.jobs, verbose ? (done, total, name) => ctx.log(`[${done}/${total}] ${name}`) : undefined);
    }
    catch (e) {
        (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .commandError */ .yE)(e, 'prune-retired: the retirement check failed, nothing was marked or removed: ');
    }
    finally {
        await Promise.all([dg.close(), bodhi?.close()]);
    }
    const candidates = checked.filter((c) => c.verdict.kind === 'candidate');
    const invalid = checked.filter((c) => c.verdict.kind === 'invalid');
    const reasonOf = (c) => (c.verdict.kind === 'shipped' ? '' : c.verdict.reason);
    let stdout = candidates.length === 0
        ? 'No package is missing from every active branch.\n'
        : `Packages no longer carried on any active branch (${candidates.length}):\n${candidates.map((c) => `- ${c.name}: ${reasonOf(c)}\n`).join('')}`;
    if (invalid.length > 0) {
        stdout += `\nInvalid entries (${invalid.length}) — no such dist-git package; typically a non-rpms project imported by an older group sync, a binary subpackage name, or a typo. Fix or remove them:\n` +
            invalid.map((c) => `- ${c.name}: ${reasonOf(c)}\n`).join('');
    }
    ctx.log(`${checked.length} checked, ${candidates.length} prunable, ${invalid.length} invalid`);
    const services = p.branches ? { distgit: urls.distgit } : { distgit: urls.distgit, bodhi: urls.bodhi };
    const provenance = { services, requests: (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_1__/* .requestCounts */ .q3)(bodhi ? [dg, bodhi] : [dg]) };
    if (!single) {
        // A --dry-run over several files: a report, no change to show.
        return { exitCode: 0, stdout, findings: await findingsAcross(ctx, paths, invalid) };
    }
    const path = single.source.path;
    const target = (0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_8__/* .editTarget */ .O_)(path, single.source, single.inventory, (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__/* .originalText */ .D)(single.source));
    const records = [];
    if (p.remove) {
        const removed = (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_9__/* .removeCandidates */ .RT)(target.model, checked);
        for (const r of removed)
            records.push({ file: path, package: r.name, kind: 'removed', reason: r.reason, source: 'distgit' });
        if (removed.length === 0)
            ctx.log('No packages to remove.');
    }
    else {
        for (const c of (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_9__/* .applyMarkers */ .gw)(target.model.packages, checked)) {
            records.push(c.after !== undefined
                ? { file: path, package: c.name, kind: 'marked', field: 'unshipped', before: c.before, after: c.after, reason: c.why, source: 'distgit' }
                : { file: path, package: c.name, kind: 'unmarked', field: 'unshipped', before: c.before, reason: c.why, source: 'distgit' });
        }
        if (records.length === 0)
            ctx.log('unshipped markers are up to date.');
    }
    const findings = (0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_8__/* .packageFindings */ .Rq)(path, (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__/* .originalText */ .D)(single.source), invalid.map((c) => ({ name: c.name, message: invalidMessage(c) })), 'distgit-invalid');
    const set = (0,_inventories_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSet */ .Jn)(ctx, [(0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_8__/* .fileChange */ .b_)(target)], records, [path]);
    set.findings = findings;
    set.provenance.services = provenance.services;
    set.provenance.requests = provenance.requests;
    return { exitCode: 0, stdout, findings, changeSet: set };
}
/** Invalid-entry findings located in the first file that lists each package. */
async function findingsAcross(ctx, paths, invalid) {
    const out = [];
    let left = [...invalid];
    for (const path of paths) {
        if (left.length === 0)
            break;
        const parsed = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_3__/* .readInventory */ .zw)(ctx.workspace, path);
        if (!parsed.inventory || !parsed.source)
            continue;
        const here = new Set(parsed.inventory.packages.map((p) => p.name));
        const mine = left.filter((c) => here.has(c.name));
        left = left.filter((c) => !here.has(c.name));
        out.push(...(0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_8__/* .packageFindings */ .Rq)(path, (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__/* .originalText */ .D)(parsed.source), mine.map((c) => ({ name: c.name, message: invalidMessage(c) })), 'distgit-invalid'));
    }
    return out;
}
function invalidMessage(c) {
    const why = c.verdict.kind === 'invalid' ? c.verdict.reason : '';
    return `package '${c.name}': ${why} — a non-RPM repository imported under its bare name, a binary subpackage name or a typo; fix or remove the entry`;
}


/***/ }),

/***/ 7568:
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
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1986);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3271);
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


/***/ })

};
