export const id = 940;
export const ids = [940,750];
export const modules = {

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

/***/ 21940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRIAGE_RETIRED_SPEC: () => (/* binding */ TRIAGE_RETIRED_SPEC),
/* harmony export */   buildRetiredPlan: () => (/* binding */ buildRetiredPlan),
/* harmony export */   closeComment: () => (/* binding */ closeComment),
/* harmony export */   triageRetired: () => (/* binding */ triageRetired),
/* harmony export */   triageRetiredCommand: () => (/* binding */ triageRetiredCommand)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71038);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(97129);
/* harmony import */ var _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48882);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71986);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86769);
/* harmony import */ var _plans_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54583);
/* harmony import */ var _plans_serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87750);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(16706);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(83271);
/* harmony import */ var _distgit_target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36640);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17740);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17958);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(68619);
/* harmony import */ var _triage_context_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(84116);
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

/***/ 87750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finalizePlan: () => (/* binding */ finalizePlan),
/* harmony export */   isoSeconds: () => (/* binding */ isoSeconds),
/* harmony export */   planText: () => (/* binding */ planText),
/* harmony export */   sameActions: () => (/* binding */ sameActions),
/* harmony export */   serializePlan: () => (/* binding */ serializePlan)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86769);
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
