export const id = 940;
export const ids = [940];
export const modules = {

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

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRIAGE_RETIRED_SPEC: () => (/* binding */ TRIAGE_RETIRED_SPEC),
/* harmony export */   buildRetiredPlan: () => (/* binding */ buildRetiredPlan),
/* harmony export */   closeComment: () => (/* binding */ closeComment),
/* harmony export */   triageRetired: () => (/* binding */ triageRetired),
/* harmony export */   triageRetiredCommand: () => (/* binding */ triageRetiredCommand)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7129);
/* harmony import */ var _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8882);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1986);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6769);
/* harmony import */ var _plans_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4583);
/* harmony import */ var _plans_serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7750);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6706);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3271);
/* harmony import */ var _distgit_target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6640);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7740);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7958);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8619);
/* harmony import */ var _triage_context_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4116);
/* harmony import */ var _triage_versions_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6718);
// `triage-retired -i FILE… [--branch B,…] [--pattern G,…] [--start-from N]
// [--end-with N] [--batch EMAIL] [--all-reporters] [--claim --email EMAIL]
// [--mark] [--json]`: poi-tracker's closing of the open bugs of packages
// retired on a dist-git branch (dead.package present) as CANTFIX, computed as
// a plan (README, "Plans"). `--mark` also records what the probes found in
// each package's `retired_on`, in both directions, in the file that defines
// the package — ordinary inventory edits in the same proposal.















const TRIAGE_RETIRED_SPEC = {
    name: 'triage-retired',
    summary: 'Plan CANTFIX closures of open bugs on branches where a package is retired (dead.package); --mark records retired_on.',
    positionals: [],
    flags: [
        { name: 'branch', kind: 'list', metavar: 'BRANCHES', help: 'dist-git branches to check (default rawhide); each scopes its own Bugzilla search' },
        ..._triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .WALK_FLAGS */ .a6,
        _triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .BATCH_FLAG */ .Sj,
        { name: 'all-reporters', kind: 'bool', help: 'close every open bug on a retired branch, human-filed ones (CVEs, FTBFS) included — never from a schedule' },
        { name: 'mark', kind: 'bool', help: 'record the checks in retired_on (both directions), in the file that defines each package' },
        _triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .CLAIM_FLAG */ ._J, _triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .EMAIL_FLAG */ .md, _triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .JSON_FLAG */ .KH, _triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .APPLY_FLAG */ ._D, _triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .YES_FLAG */ .H6, _triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .VERBOSE_FLAG */ .yi,
    ],
    notes: 'Unlike triage-updates, packages marked unshipped or retired are checked too: their remaining bugs still need closing.',
};
function triageRetiredCommand(deps = {}) {
    return { spec: TRIAGE_RETIRED_SPEC, run: (ctx) => runTriageRetired(ctx, deps) };
}
const triageRetired = triageRetiredCommand();
/** The comment posted with each closure. */
function closeComment(pkg, branch) {
    return `Package \`${pkg}\` is retired on the \`${branch}\` dist-git branch (the \`dead.package\` marker is present); closing as CANTFIX since there's no live package to update.`;
}
async function runTriageRetired(ctx, deps) {
    const a = ctx.args;
    if (a.positionals.length > 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .CommandError */ .Q(`triage-retired takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2);
    const branches = a.flags.has('branch') ? (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(a, 'branch') : ['rawhide'];
    if (branches.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .CommandError */ .Q('--branch needs at least one branch name', 2);
    for (const b of branches) {
        const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(b);
        if (problem !== undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .CommandError */ .Q(`--branch: invalid branch name ${JSON.stringify(b)}: ${problem}`, 2);
    }
    const uniqueBranches = [...new Set(branches)];
    const batch = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .batchEmail */ .fP)(ctx);
    const claim = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .claimEmail */ .nV)(ctx);
    const allReporters = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'all-reporters');
    const verbose = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'verbose') ? ctx.log : () => undefined;
    const loaded = [];
    for (const path of await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_8__/* .requirePaths */ .yK)(ctx))
        loaded.push({ path, ...(await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_8__/* .loadInventory */ .pl)(ctx, path)) });
    const view = (0,_inventories_js__WEBPACK_IMPORTED_MODULE_8__/* .mergeLoaded */ .Uk)(ctx, loaded).inventory;
    const filter = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .walkFilter */ .Wz)(ctx);
    const skipped = [];
    const names = [];
    for (const p of view.packages) {
        if (!(0,_triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .inFilter */ .eU)(p, filter))
            continue;
        const bad = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .invalidName */ .z)(p);
        if (bad)
            skipped.push({ target: p.name, why: bad });
        else
            names.push(p.name);
    }
    const clients = new _triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .Clients */ .f(ctx, deps);
    let checks = [];
    const closures = [];
    try {
        const pairs = names.flatMap((pkg) => uniqueBranches.map((branch) => ({ pkg, branch })));
        // Each probe is retried by the HTTP layer; one that still fails stops the run: a guess is never recorded.
        const retired = await (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_12__/* .mapOrdered */ .w)(pairs, 16, (p) => clients.distgit.isRetired(p.pkg, p.branch));
        checks = pairs.map((p, i) => ({ package: p.pkg, branch: p.branch, retired: retired[i] }));
        const dead = checks.filter((c) => c.retired);
        verbose(`${checks.length} dead.package probe(s), ${dead.length} retired`);
        const bugsOf = await collectBugs(clients, dead, batch, allReporters, skipped, ctx);
        const seen = new Set();
        for (const c of dead) {
            for (const bug of bugsOf(c.package, c.branch)) {
                if (bug.status === 'CLOSED' || seen.has(bug.id))
                    continue;
                seen.add(bug.id);
                closures.push({ bug, pkg: c.package, branch: c.branch });
            }
        }
        verbose(`requests: ${JSON.stringify(clients.requestCounts())}`);
    }
    catch (e) {
        (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_10__/* .failWith */ .ff)(e, 'triage-retired: nothing was planned: ');
    }
    finally {
        await clients.close();
    }
    const draft = buildRetiredPlan(ctx.commandLine, closures, skipped, claim);
    const links = (0,_plans_markdown_js__WEBPACK_IMPORTED_MODULE_4__.linkBases)(clients.urls);
    const marks = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'mark') ? markRetired(ctx, loaded, checks) : undefined;
    let summary = (0,_plans_markdown_js__WEBPACK_IMPORTED_MODULE_4__.renderPlanMarkdown)(draft, { links });
    if (marks)
        summary += '\n' + marksMarkdown(marks.records, clients.urls.distgit);
    const stdout = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'json') ? (0,_plans_serialize_js__WEBPACK_IMPORTED_MODULE_5__.planText)(draft, { job: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(a, 'job') ?? 'triage-retired', now: new Date() }) : retiredText(closures, allReporters, marks?.records);
    ctx.log(`${names.length} package(s) checked on ${uniqueBranches.join(', ')}, ${new Set(checks.filter((c) => c.retired).map((c) => c.package)).size} retired, ${closures.length} closure(s) planned`);
    const result = { exitCode: 0, stdout, findings: [], plan: draft, summary };
    if (marks)
        result.changeSet = marks.set;
    return result;
}
/**
 * The open bugs of each retired (package, branch). Batch: one search,
 * filtered by the branch's product and version. Otherwise one search per
 * (product, version) for all the packages retired there, many components
 * per request. A branch without a Bugzilla product is never searched.
 */
async function collectBugs(clients, dead, batch, allReporters, skipped, ctx) {
    if (dead.length === 0)
        return () => [];
    if (batch) {
        const grouped = (0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .groupByComponent */ .eu)(await clients.bugzilla.search((0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .batchParams */ .vD)(batch, allReporters)));
        return (pkg, branch) => {
            const pv = (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_11__/* .productVersionForBranch */ .rI)(branch);
            if (!pv)
                return [];
            return (grouped.get(pkg) ?? []).filter((b) => b.product === pv.product && b.version.includes(pv.version));
        };
    }
    const byTarget = new Map();
    for (const c of dead) {
        const pv = (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_11__/* .productVersionForBranch */ .rI)(c.branch);
        if (!pv) {
            ctx.log(`warning: ${c.branch} has no Bugzilla product; skipping the open-bug search for ${c.package}`);
            skipped.push({ target: c.package, why: `retired on ${c.branch}, which has no Bugzilla product: no bug search` });
            continue;
        }
        const k = `${pv.product}\u0000${pv.version}`;
        const entry = byTarget.get(k) ?? { ...pv, pkgs: [] };
        entry.pkgs.push(c.package);
        byTarget.set(k, entry);
    }
    const found = new Map();
    await Promise.all([...byTarget].map(async ([k, t]) => {
        const params = { product: t.product, version: t.version, ...(allReporters ? {} : { reporter: _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASE_MONITORING */ .dc }), bug_status: '__open__' };
        found.set(k, await clients.bugzilla.searchComponents(t.pkgs, params));
    }));
    return (pkg, branch) => {
        const pv = (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_11__/* .productVersionForBranch */ .rI)(branch);
        return pv ? (found.get(`${pv.product}\u0000${pv.version}`)?.get(pkg) ?? []) : [];
    };
}
function buildRetiredPlan(command, closures, skipped, claim) {
    const actions = [];
    const evidence = {};
    for (const c of closures) {
        const id = (0,_plans_model_js__WEBPACK_IMPORTED_MODULE_3__/* .actionId */ .WX)('bugzilla', c.bug.id, 'cantfix');
        const expect = { status: c.bug.status, resolution: c.bug.resolution };
        if (claim)
            expect['assigned_to'] = c.bug.assigned_to;
        actions.push({
            id, service: 'bugzilla', target: c.bug.id, kind: 'cantfix', expect,
            set: { status: 'CLOSED', resolution: 'CANTFIX', ...(claim ? { assigned_to: claim } : {}) },
            comment: closeComment(c.pkg, c.branch),
            why: `${c.pkg} is retired on ${c.branch} (dead.package)`,
        });
        evidence[id] = { component: c.pkg, summary: c.bug.summary, deadPackage: [{ package: c.pkg, branch: c.branch }] };
    }
    return { command, actions, skipped, evidence };
}
/**
 * `retired_on` from this run's checks (poi-tracker's --mark, both
 * directions): a branch found retired is added, one found live removed,
 * others untouched, the list sorted, an empty list removed. Several files:
 * a live branch leaves every file that lists it; a retired one is added to
 * the first file that defines the package unless a file already lists it.
 * A file whose list keeps the same branches is left as it is.
 */
function markRetired(ctx, loaded, checks) {
    const byPkg = new Map();
    for (const c of checks) {
        const e = byPkg.get(c.package) ?? { retired: new Set(), live: new Set() };
        (c.retired ? e.retired : e.live).add(c.branch);
        byPkg.set(c.package, e);
    }
    const targets = loaded.map((l) => (0,_distgit_target_js__WEBPACK_IMPORTED_MODULE_6__/* .editTarget */ .O_)(l.path, l.source, l.inventory, (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .originalText */ .D)(l.source)));
    const listed = new Map();
    for (const t of targets) {
        for (const p of t.model.packages) {
            const checked = byPkg.get(p.name);
            if (!checked)
                continue;
            const kept = (p.retired_on ?? []).filter((b) => !checked.live.has(b));
            const s = listed.get(p.name) ?? new Set();
            for (const b of kept)
                s.add(b);
            listed.set(p.name, s);
        }
    }
    const records = [];
    const addedTo = new Set();
    for (const t of targets) {
        for (const p of t.model.packages) {
            const checked = byPkg.get(p.name);
            if (!checked)
                continue;
            const before = p.retired_on ?? [];
            let next = before.filter((b) => !checked.live.has(b));
            if (!addedTo.has(p.name)) {
                addedTo.add(p.name);
                const have = listed.get(p.name) ?? new Set();
                next = [...next, ...[...checked.retired].filter((b) => !have.has(b))];
            }
            const same = new Set(next).size === new Set(before).size && next.every((b) => before.includes(b));
            if (same)
                continue;
            const sorted = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_13__/* .sortedUnique */ .Z$)(next);
            if (sorted.length === 0)
                delete p.retired_on;
            else
                p.retired_on = sorted;
            const why = [checked.retired.size ? `dead.package on ${[...checked.retired].join(', ')}` : '', checked.live.size ? `live on ${[...checked.live].join(', ')}` : ''].filter(Boolean).join('; ');
            records.push(sorted.length === 0
                ? { file: t.path, package: p.name, kind: 'unmarked', field: 'retired_on', before: JSON.stringify(before), reason: why, source: 'distgit' }
                : { file: t.path, package: p.name, kind: 'marked', field: 'retired_on', ...(p.retired_on && before.length ? { before: JSON.stringify(before) } : {}), after: JSON.stringify(sorted), reason: why, source: 'distgit' });
        }
    }
    if (records.length === 0)
        ctx.log('retired_on markers are up to date.');
    const changes = targets.map(_distgit_target_js__WEBPACK_IMPORTED_MODULE_6__/* .fileChange */ .b_);
    return { set: (0,_inventories_js__WEBPACK_IMPORTED_MODULE_8__/* .changeSet */ .Jn)(ctx, changes, records, loaded.map((l) => l.path)), records };
}
function marksMarkdown(records, distgit) {
    if (records.length === 0)
        return '`retired_on` markers are up to date.\n';
    const out = [`#### \`retired_on\` markers (${records.length})`, '', '| File | Package | Before | After | Evidence |', '|---|---|---|---|---|'];
    for (const r of records) {
        const after = r.after ? JSON.parse(r.after) : [];
        const evidence = after.map((b) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_14__/* .link */ .nf)(`${b}/dead.package`, `${distgit}/rpms/${encodeURIComponent(r.package ?? '')}/blob/${encodeURIComponent(b)}/f/dead.package`)).join('<br>');
        out.push(`| ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeText */ .X1)(r.file)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeText */ .X1)(r.package ?? '')} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeText */ .X1)(r.before ?? '—')} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeText */ .X1)(r.after ?? '(removed)')} | ${evidence || (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeText */ .X1)(r.reason ?? '')} |`);
    }
    return out.join('\n') + '\n';
}
function retiredText(closures, allReporters, marks) {
    const out = [];
    const byPkg = new Map();
    for (const c of closures)
        byPkg.set(c.pkg, [...(byPkg.get(c.pkg) ?? []), c]);
    for (const [pkg, list] of byPkg) {
        out.push(`${pkg} (${list.length} bug(s)):`);
        for (const c of list)
            out.push(`  bug ${c.bug.id} [${c.bug.status}] (${c.branch}): ${c.bug.summary}`);
    }
    if (closures.length === 0)
        out.push(`No retired packages with open ${allReporters ? '' : 'release-monitoring '}bugs.`);
    else {
        out.push('', `Total: ${closures.length} closure(s) across ${byPkg.size} package(s):`);
        for (const [pkg, list] of [...byPkg].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
            out.push(`  ${pkg}: ${list.map((c) => `rhbz#${c.bug.id} (${c.branch})`).join(', ')}`);
    }
    if (marks) {
        out.push('', marks.length === 0 ? 'retired_on markers are up to date.' : `retired_on markers changed for ${marks.length} package(s):`);
        for (const r of marks)
            out.push(`  ${r.file}: ${r.package}: ${r.before ?? '(none)'} -> ${r.after ?? '(none)'}`);
    }
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 6718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ U64_MAX),
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


/***/ }),

/***/ 4583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LINKS: () => (/* binding */ DEFAULT_LINKS),
/* harmony export */   linkBases: () => (/* binding */ linkBases),
/* harmony export */   renderOutcomesMarkdown: () => (/* binding */ renderOutcomesMarkdown),
/* harmony export */   renderOutcomesText: () => (/* binding */ renderOutcomesText),
/* harmony export */   renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6706);
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5248);
/* harmony import */ var _sources_koji_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1295);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6769);
// Plans and apply outcomes as Markdown for a proposal body, a job summary or
// a comment: one table per action group, each row linking the bug or
// package and the evidence (Bodhi updates, koji builds, dead.package), the
// exact comments in a collapsed block. Every remote text is escaped
// (src/core/markdown.ts): summaries, package names and comments can
// neither format, link, nor mention anyone.




/** The link bases of the services a run uses (configured or default). */
function linkBases(urls) {
    return { bugzilla: urls.bugzilla, bodhi: urls.bodhi, distgit: urls.distgit, koji: (0,_sources_koji_js__WEBPACK_IMPORTED_MODULE_1__/* .kojiWebUrl */ .X5)(urls['fedora-koji']) };
}
const DEFAULT_LINKS = {
    bugzilla: _sources_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_DEFAULTS */ .pV.bugzilla,
    bodhi: _sources_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_DEFAULTS */ .pV.bodhi,
    distgit: _sources_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_DEFAULTS */ .pV.distgit,
    koji: (0,_sources_koji_js__WEBPACK_IMPORTED_MODULE_1__/* .kojiWebUrl */ .X5)(_sources_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_DEFAULTS */ .pV['fedora-koji']),
};
const bugLink = (l, id) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(`rhbz#${id}`, `${l.bugzilla}/show_bug.cgi?id=${id}`);
const bodhiLink = (l, alias) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(alias, `${l.bodhi}/updates/${encodeURIComponent(alias)}`);
const kojiLink = (l, nvr) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(nvr, `${l.koji}/search?terms=${encodeURIComponent(nvr)}&type=build&match=exact`);
const packageLink = (l, pkg) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(pkg, `${l.distgit}/rpms/${encodeURIComponent(pkg)}`);
const deadLink = (l, pkg, branch) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(`${branch}/dead.package`, `${l.distgit}/rpms/${encodeURIComponent(pkg)}/blob/${encodeURIComponent(branch)}/f/dead.package`);
function cell(v) {
    if (v === undefined || v === null || v === '')
        return '—';
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(String(v));
}
function nvrList(v, l) {
    if (typeof v !== 'string' || v.trim() === '')
        return '—';
    return v.trim().split(/\s+/).map((nvr) => kojiLink(l, nvr)).join('<br>');
}
function evidenceCell(a, e, l) {
    const parts = [];
    for (const alias of e?.bodhi ?? [])
        parts.push(`Bodhi ${bodhiLink(l, alias)}`);
    for (const nvr of e?.koji ?? [])
        parts.push(`koji ${kojiLink(l, nvr)}`);
    for (const d of e?.deadPackage ?? [])
        parts.push(deadLink(l, d.package, d.branch));
    if (parts.length === 0 && a.kind === 'take-orphan' && typeof a.target === 'string')
        parts.push(packageLink(l, a.target));
    return parts.length > 0 ? parts.join('<br>') : (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(a.why);
}
function targetCell(a, l) {
    return a.service === 'bugzilla' ? bugLink(l, a.target) : packageLink(l, String(a.target));
}
function componentCell(e) {
    return e?.component ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(e.component) : '—';
}
function table(kind, actions, evidence, l) {
    const rows = [];
    let head;
    switch (kind) {
        case 'priority':
            head = ['Bug', 'Component', 'Status', 'Priority', 'Summary'];
            for (const a of actions) {
                const e = evidence[a.id];
                rows.push([targetCell(a, l), componentCell(e), cell(a.expect['status']), `${cell(a.expect['priority'])} → ${cell(a.set['priority'])}`, e?.summary ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(e.summary) : (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(a.why)]);
            }
            break;
        case 'errata':
        case 'modified':
        case 'ask-close':
            head = ['Bug', 'Component', 'Status', 'Fixed in', 'Evidence'];
            for (const a of actions) {
                const e = evidence[a.id];
                const status = `${cell(a.expect['status'])} → ${cell(a.set['status'])}${a.set['resolution'] ? `/${cell(a.set['resolution'])}` : ''}`;
                const extra = [a.set['priority'] !== undefined ? `priority → ${cell(a.set['priority'])}` : '', a.set['assigned_to'] !== undefined ? `assignee → ${cell(a.set['assigned_to'])}` : ''].filter(Boolean);
                rows.push([targetCell(a, l), componentCell(e), [status, ...extra].join('<br>'), nvrList(a.set['cf_fixed_in'], l), evidenceCell(a, e, l)]);
            }
            break;
        case 'cantfix':
            head = ['Bug', 'Component', 'Status', 'Evidence'];
            for (const a of actions) {
                const e = evidence[a.id];
                const extra = a.set['assigned_to'] !== undefined ? `<br>assignee → ${cell(a.set['assigned_to'])}` : '';
                rows.push([targetCell(a, l), componentCell(e), `${cell(a.expect['status'])} → CLOSED/CANTFIX${extra}`, evidenceCell(a, e, l)]);
            }
            break;
        case 'claim':
            head = ['Bug', 'Assignee', 'Why'];
            for (const a of actions)
                rows.push([targetCell(a, l), `${cell(a.expect['assigned_to'])} → ${cell(a.set['assigned_to'])}`, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(a.why)]);
            break;
        case 'take-orphan':
            head = ['Package', 'Owner', 'New point of contact', 'Why'];
            for (const a of actions)
                rows.push([targetCell(a, l), cell(a.expect['owner']), cell(a.set['point_of_contact']), (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(a.why)]);
            break;
    }
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
const KIND_NOTES = {
    'ask-close': 'Written only when the job runs with `--close-stale`. To close a single one, change its `kind` to `errata` in the plan file of this proposal.',
    'take-orphan': 'Taking a package makes the token\'s user its point of contact: a real commitment.',
};
/** The plan as Markdown for a proposal body or a job summary. */
function renderPlanMarkdown(plan, options = {}) {
    const l = { ...DEFAULT_LINKS, ...options.links };
    const evidence = ('evidence' in plan ? plan.evidence : undefined) ?? {};
    const out = [];
    const bz = plan.actions.filter((a) => a.service === 'bugzilla').length;
    const dg = plan.actions.length - bz;
    const where = options.path ? ` (${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(options.path)})` : '';
    out.push(plan.actions.length === 0
        ? `**Plan${where}: nothing to write.**`
        : `**Plan${where}: ${plural(plan.actions.length, 'action')}** — ${[bz ? `${bz} on Bugzilla` : '', dg ? `${dg} on dist-git` : ''].filter(Boolean).join(', ')}. Merging this proposal approves them; \`apply\` re-reads each target and writes only what still matches.`);
    for (const kind of _model_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_ORDER */ .ML) {
        const group = plan.actions.filter((a) => a.kind === kind);
        if (group.length === 0)
            continue;
        out.push('', `#### ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_TITLES */ .x7[kind]} (${group.length})`);
        const note = KIND_NOTES[kind];
        if (note)
            out.push('', note);
        out.push('', table(kind, group, evidence, l));
    }
    const commented = plan.actions.filter((a) => a.comment !== null);
    if (commented.length > 0) {
        out.push('', `<details><summary>Comments that will be posted (${commented.length})</summary>`, '');
        for (const a of commented)
            out.push(`${bugLink(l, a.target)} (${a.kind}):`, '', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .fencedBlock */ .zW)(a.comment ?? '', 'text'), '');
        out.push('</details>');
    }
    if (plan.skipped.length > 0) {
        out.push('', `<details><summary>Skipped (${plan.skipped.length})</summary>`, '');
        for (const s of plan.skipped)
            out.push(`- ${typeof s.target === 'number' ? bugLink(l, s.target) : (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(String(s.target))}: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(s.why)}`);
        out.push('', '</details>');
    }
    return out.join('\n') + '\n';
}
const OUTCOME_LABELS = {
    applied: 'applied',
    confirmed: 'applied (answer lost, confirmed by a re-read)',
    'already-done': 'already done',
    changed: 'skipped: changed since planning',
    'not-allowed': 'skipped: not allowed by the job',
    failed: 'FAILED',
    'not-attempted': 'not attempted',
    'would-apply': 'would be applied',
};
/** An apply run's outcomes as Markdown (a job summary, one comment on the merged proposal). */
function renderOutcomesMarkdown(report, options = {}) {
    const l = { ...DEFAULT_LINKS, ...report.links, ...options.links };
    const counts = new Map();
    for (const o of report.outcomes)
        counts.set(o.outcome, (counts.get(o.outcome) ?? 0) + 1);
    const summary = [...counts].map(([k, n]) => `${n} ${OUTCOME_LABELS[k]}`).join(', ');
    const out = [`**${report.dryRun ? 'Dry run of the' : 'Applied the'} plan of job ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(report.job)}**: ${report.outcomes.length === 0 ? 'nothing to do' : summary}; ${plural(report.writes, 'write')} sent.`];
    if (report.stopped)
        out.push('', `Stopped early: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(report.stopped)}.`);
    if (report.outcomes.length > 0) {
        out.push('', '| Action | Target | Outcome | Detail |', '|---|---|---|---|');
        for (const o of report.outcomes) {
            const target = o.service === 'bugzilla' ? bugLink(l, o.target) : packageLink(l, String(o.target));
            out.push(`| ${o.kind} | ${target} | ${OUTCOME_LABELS[o.outcome]} | ${o.detail ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(o.detail) : '—'} |`);
        }
    }
    return out.join('\n') + '\n';
}
/** One line per outcome, for a terminal. */
function renderOutcomesText(report) {
    const lines = report.outcomes.map((o) => `${o.id}: ${OUTCOME_LABELS[o.outcome]}${o.detail ? ` — ${o.detail}` : ''}`);
    if (report.stopped)
        lines.push(`stopped: ${report.stopped}`);
    lines.push(`${report.outcomes.length} action(s), ${report.writes} write(s) sent${report.dryRun ? ' (dry run: none)' : ''}`);
    return lines.join('\n') + '\n';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 7750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finalizePlan: () => (/* binding */ finalizePlan),
/* harmony export */   isoSeconds: () => (/* binding */ isoSeconds),
/* harmony export */   planText: () => (/* binding */ planText),
/* harmony export */   sameActions: () => (/* binding */ sameActions),
/* harmony export */   serializePlan: () => (/* binding */ serializePlan)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6769);
// Plans as files: one canonical JSON text per plan, so a rerun that computes
// the same actions writes the same bytes and a no-op scheduled run changes
// nothing. `computed_at` only moves when the actions change.

/** Field order inside `expect` and `set`: the order the writes are described in; unknown names after, sorted. */
const FIELD_ORDER = ['status', 'resolution', 'priority', 'cf_fixed_in', 'assigned_to', 'owner', 'point_of_contact'];
function orderedFields(f) {
    const keys = Object.keys(f).sort((a, b) => {
        const x = FIELD_ORDER.indexOf(a);
        const y = FIELD_ORDER.indexOf(b);
        if (x !== y)
            return (x < 0 ? Infinity : x) - (y < 0 ? Infinity : y);
        return a < b ? -1 : a > b ? 1 : 0;
    });
    const out = {};
    for (const k of keys)
        out[k] = f[k];
    return out;
}
function orderedAction(a) {
    return { id: a.id, service: a.service, target: a.target, kind: a.kind, expect: orderedFields(a.expect), set: orderedFields(a.set), comment: a.comment, why: a.why };
}
function orderedSkip(s) {
    return { target: s.target, why: s.why };
}
/** The canonical text: fixed key order, two-space indentation, a final newline. */
function serializePlan(plan) {
    const canonical = {
        version: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_VERSION */ .Ze,
        job: plan.job,
        command: plan.command,
        computed_at: plan.computed_at,
        actions: plan.actions.map(orderedAction),
        skipped: plan.skipped.map(orderedSkip),
    };
    return JSON.stringify(canonical, null, 2) + '\n';
}
/** ISO 8601 to the second, UTC. */
function isoSeconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Whether two action lists are the same plan of writes (order included). */
function sameActions(a, b) {
    return JSON.stringify(a.map(orderedAction)) === JSON.stringify(b.map(orderedAction));
}
/**
 * The plan for `plans/<job>.json`: `computed_at` is the previous file's time
 * when its actions are the same as the draft's, otherwise `now`. A previous
 * text that does not parse is ignored.
 */
function finalizePlan(draft, o) {
    let computedAt = isoSeconds(o.now);
    const prev = o.previous ? previousPlan(o.previous) : undefined;
    if (prev && sameActionsSafe(prev.actions, draft.actions))
        computedAt = prev.computed_at;
    return { version: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_VERSION */ .Ze, job: o.job, command: draft.command, computed_at: computedAt, actions: draft.actions, skipped: draft.skipped };
}
/** The plan file text for a draft (finalizePlan + serializePlan). */
function planText(draft, o) {
    return serializePlan(finalizePlan(draft, o));
}
function sameActionsSafe(a, b) {
    try {
        return sameActions(a, b);
    }
    catch {
        // A hand-edited previous plan of another shape: not the same actions.
        return false;
    }
}
function previousPlan(text) {
    try {
        const doc = JSON.parse(text);
        if (!Array.isArray(doc.actions) || typeof doc.computed_at !== 'string' || Number.isNaN(Date.parse(doc.computed_at)))
            return undefined;
        return { actions: doc.actions, computed_at: doc.computed_at };
    }
    catch {
        return undefined;
    }
}


/***/ })

};
