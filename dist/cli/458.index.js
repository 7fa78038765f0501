export const id = 458;
export const ids = [458];
export const modules = {

/***/ 8297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fq: () => (/* binding */ scanKojiFirst)
/* harmony export */ });
/* unused harmony exports KojiAnswerError, releaseTags, readKojiView, isKojiFailure */
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
/* harmony import */ var _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4664);
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7568);
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

/***/ 6640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O_: () => (/* binding */ editTarget),
/* harmony export */   Rq: () => (/* binding */ packageFindings),
/* harmony export */   XN: () => (/* binding */ parseOrFail),
/* harmony export */   b_: () => (/* binding */ fileChange),
/* harmony export */   so: () => (/* binding */ freshTarget)
/* harmony export */ });
/* harmony import */ var _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
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

/***/ 3458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRUNE_RETIRED_SPEC: () => (/* binding */ PRUNE_RETIRED_SPEC),
/* harmony export */   pruneRetired: () => (/* binding */ pruneRetired),
/* harmony export */   pruneRetiredCommand: () => (/* binding */ pruneRetiredCommand)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3541);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1986);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7958);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7740);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8619);
/* harmony import */ var _distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4917);
/* harmony import */ var _distgit_koji_first_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8297);
/* harmony import */ var _distgit_patterns_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3490);
/* harmony import */ var _distgit_target_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6640);
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7568);
// `prune-retired -i FILE [--branch B,…] [--pattern G,…] [--start-from N]
// [--end-with N] [-j N] [--remove] [--fast]`, as poi-tracker's
// (docs/poi-tracker-compatibility.md, "Unshipped detection"): find the
// inventory packages no longer carried on any active branch and mark
// them `unshipped` (both directions) or remove them. `--fast` asks koji first
// and dist-git only where koji cannot answer (README, "prune-retired
// --fast"). The scan is all or nothing: any persistent failure exits 3 and
// nothing is proposed; a koji failure falls back to the full dist-git check.











const PRUNE_RETIRED_SPEC = {
    name: 'prune-retired',
    summary: 'Mark (or remove) inventory packages no longer carried on any active Fedora/EPEL branch.',
    positionals: [],
    flags: [
        { name: 'branch', kind: 'list', metavar: 'BRANCHES', help: 'active branches to check, used verbatim (default: Bodhi\'s active releases plus rawhide)' },
        { name: 'pattern', kind: 'list', metavar: 'GLOBS', help: 'only check matching packages (NAME or PREFIX*, case-insensitive)' },
        { name: 'start-from', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or after NAME' },
        { name: 'end-with', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or before NAME' },
        { name: 'jobs', short: 'j', kind: 'string', metavar: 'N', help: 'packages checked concurrently, 1..8 (default 8): requests in flight to dist-git' },
        { name: 'remove', kind: 'bool', help: 'delete the entries instead of marking them unshipped' },
        { name: 'fast', kind: 'bool', help: 'koji first: one package-list request per two active releases, dist-git only where koji cannot answer (a retirement of the last day may wait for the next run)' },
        { name: 'yes', short: 'y', kind: 'bool', help: 'accepted for poi-tracker compatibility (the bot never prompts)' },
        { name: 'verbose', short: 'v', kind: 'bool', help: 'progress on stderr' }
    ],
    notes: `Exactly one -i FILE unless --dry-run (which may merge several inventories into one view).
An entry with no rpms/ dist-git project (404) is reported as invalid, never marked or removed: fixing it is a human call.
--fast reads koji's package lists of the active releases (blocked entries included) and asks dist-git only about packages koji
does not show live; the markers equal the full check's once koji has caught up with dist-git (release engineering blocks retired
packages daily). A koji failure falls back to the full check.`
};
function pruneRetiredCommand(deps = {}) {
    return { spec: PRUNE_RETIRED_SPEC, run: (ctx) => runPrune(ctx, deps) };
}
const pruneRetired = pruneRetiredCommand();
function plan(ctx) {
    const a = ctx.args;
    if (a.positionals.length > 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q(`prune-retired takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2);
    const dryRun = ctx.delivery === 'dry-run';
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
    return { jobs: (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .jobsFlag */ .xj)((0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(a, 'jobs')), branches, remove, dryRun, fast: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'fast') };
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
    const names = view.packages.filter((pkg) => (0,_distgit_patterns_js__WEBPACK_IMPORTED_MODULE_8__/* .inWalk */ .f4)(pkg.name, filter)).map((pkg) => pkg.name);
    const urls = (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .serviceUrls */ ._x)(ctx);
    const dg = (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDistGit */ .rf)(ctx, deps, urls, p.jobs);
    let bodhi;
    let koji;
    let checked;
    let active;
    try {
        let releases;
        if (p.branches)
            active = p.branches;
        else {
            bodhi = (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .makeBodhi */ .FP)(ctx, deps, urls);
            releases = await bodhi.releases();
            active = (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_10__/* .activeBranchSet */ .xe)(releases);
        }
        ctx.log(`Checking ${names.length} package(s) against ${active.join(', ')} (${p.jobs} at a time${p.fast ? ', koji first' : ''})`);
        const verbose = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(ctx.args, 'verbose');
        const progress = verbose ? (done, total, name) => ctx.log(`[${done}/${total}] ${name}`) : undefined;
        if (names.length === 0)
            checked = [];
        else if (p.fast) {
            if (!releases) {
                // --branch skips Bodhi for the branch set, but koji tags come from Bodhi's releases.
                bodhi = (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .makeBodhi */ .FP)(ctx, deps, urls);
                releases = await bodhi.releases().catch((e) => {
                    if ((0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .exitCodeOf */ .FO)(e) === undefined)
                        throw e;
                    ctx.log(`warning: could not read Bodhi's releases for the koji tags (${e.message})`);
                    return undefined;
                });
            }
            koji = (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .makeFedoraKoji */ .nX)(ctx, deps, urls);
            checked = await (0,_distgit_koji_first_js__WEBPACK_IMPORTED_MODULE_7__/* .scanKojiFirst */ .fq)({ dg, koji, releases, active, names, jobs: p.jobs, log: ctx.log, progress });
        }
        else {
            checked = await (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_10__/* .scanUnshipped */ .mV)(dg, names, active, p.jobs, progress);
        }
    }
    catch (e) {
        (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .commandError */ .yE)(e, 'prune-retired: the retirement check failed, nothing was marked or removed: ');
    }
    finally {
        await Promise.all([dg.close(), bodhi?.close(), koji?.rpc.http.close()]);
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
    const services = { distgit: urls.distgit, ...(bodhi ? { bodhi: urls.bodhi } : {}), ...(koji ? { 'fedora-koji': urls.fedoraKoji } : {}) };
    const provenance = { services, requests: (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_1__/* .requestCounts */ .q3)([dg, ...(bodhi ? [bodhi] : []), ...(koji ? [koji.rpc.http] : [])]) };
    if (!single) {
        // A --dry-run over several files: a report, no change to show.
        return { exitCode: 0, stdout, findings: await findingsAcross(ctx, paths, invalid) };
    }
    const sources = new Map(checked.map((c) => [c.name, c.source ?? 'distgit']));
    const sourceOf = (name) => sources.get(name) ?? 'distgit';
    const path = single.source.path;
    const target = (0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_9__/* .editTarget */ .O_)(path, single.source, single.inventory, (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__/* .originalText */ .D)(single.source));
    const records = [];
    if (p.remove) {
        const removed = (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_10__/* .removeCandidates */ .RT)(target.model, checked);
        for (const r of removed)
            records.push({ file: path, package: r.name, kind: 'removed', reason: r.reason, source: sourceOf(r.name) });
        if (removed.length === 0)
            ctx.log('No packages to remove.');
    }
    else {
        for (const c of (0,_unshipped_js__WEBPACK_IMPORTED_MODULE_10__/* .applyMarkers */ .gw)(target.model.packages, checked)) {
            records.push(c.after !== undefined
                ? { file: path, package: c.name, kind: 'marked', field: 'unshipped', before: c.before, after: c.after, reason: c.why, source: sourceOf(c.name) }
                : { file: path, package: c.name, kind: 'unmarked', field: 'unshipped', before: c.before, reason: c.why, source: sourceOf(c.name) });
        }
        if (records.length === 0)
            ctx.log('unshipped markers are up to date.');
    }
    const findings = (0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_9__/* .packageFindings */ .Rq)(path, (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__/* .originalText */ .D)(single.source), invalid.map((c) => ({ name: c.name, message: invalidMessage(c) })), 'distgit-invalid');
    const set = (0,_inventories_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSet */ .Jn)(ctx, [(0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_9__/* .fileChange */ .b_)(target)], records, [path]);
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
        out.push(...(0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_9__/* .packageFindings */ .Rq)(path, (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__/* .originalText */ .D)(parsed.source), mine.map((c) => ({ name: c.name, message: invalidMessage(c) })), 'distgit-invalid'));
    }
    return out;
}
function invalidMessage(c) {
    const why = c.verdict.kind === 'invalid' ? c.verdict.reason : '';
    return `package '${c.name}': ${why} — a non-RPM repository imported under its bare name, a binary subpackage name or a typo; fix or remove the entry`;
}


/***/ })

};
