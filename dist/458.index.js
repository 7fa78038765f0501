export const id = 458;
export const ids = [458];
export const modules = {

/***/ 23458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRUNE_RETIRED_SPEC: () => (/* binding */ PRUNE_RETIRED_SPEC),
/* harmony export */   pruneRetired: () => (/* binding */ pruneRetired),
/* harmony export */   pruneRetiredCommand: () => (/* binding */ pruneRetiredCommand)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71038);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14066);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71986);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17958);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17740);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68619);
/* harmony import */ var _distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64917);
/* harmony import */ var _distgit_koji_first_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38297);
/* harmony import */ var _distgit_patterns_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(63490);
/* harmony import */ var _distgit_target_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(36640);
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(47568);
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
