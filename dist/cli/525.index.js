export const id = 525;
export const ids = [525];
export const modules = {

/***/ 4525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRIAGE_UPDATES_SPEC: () => (/* binding */ TRIAGE_UPDATES_SPEC),
  buildPlan: () => (/* binding */ buildPlan),
  renderPlanText: () => (/* binding */ renderPlanText),
  triageUpdates: () => (/* binding */ triageUpdates),
  triageUpdatesCommand: () => (/* binding */ triageUpdatesCommand)
});

// EXTERNAL MODULE: ./src/core/args.ts
var args = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(7129);
// EXTERNAL MODULE: ./src/commands/distgit/pool.ts
var pool = __webpack_require__(3271);
// EXTERNAL MODULE: ./src/commands/inventories.ts
var inventories = __webpack_require__(7958);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/plans/model.ts
var plans_model = __webpack_require__(6769);
// EXTERNAL MODULE: ./src/plans/markdown.ts
var markdown = __webpack_require__(4583);
// EXTERNAL MODULE: ./src/plans/serialize.ts
var serialize = __webpack_require__(7750);
// EXTERNAL MODULE: ./src/commands/triage/context.ts
var context = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/commands/triage/koji-lookup.ts
var koji_lookup = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/commands/triage/stale.ts
var triage_stale = __webpack_require__(4150);
// EXTERNAL MODULE: ./src/sources/bugzilla.ts
var bugzilla = __webpack_require__(8882);
// EXTERNAL MODULE: ./src/commands/triage/versions.ts
var versions = __webpack_require__(6718);
;// CONCATENATED MODULE: ./src/commands/triage/stale-check.ts
// Gathering the stale-check evidence for many bugs at once while asking
// exactly the questions poi-tracker asks one bug at a time. Each bug walks
// its releases newest first; a walk stops at rawhide when rawhide has
// nothing (the pending shortcut). Instead of one Bodhi query per (package,
// release) and one koji process per lookup, the walk runs in rounds: round 1
// takes every bug up to and including its rawhide release, round 2 the rest
// for the bugs that got past rawhide. Per round, Bodhi is asked once per
// group of packages needing the same releases, and every koji fallback goes
// in one multicall.



function newTask(pkg, bug, version, releases) {
    return { pkg, bug, version, releases, next: 0, findings: [], state: releases.length === 0 ? 'decided' : 'active', kojiErrors: [], tagged: [] };
}
const pairKey = (pkg, release) => `${pkg}\u0000${release}`;
/** The releases of this round: up to and including the first rawhide release, or all that are left. */
function roundReleases(t) {
    const rest = t.releases.slice(t.next);
    const rawhide = rest.findIndex((r) => r.branch === 'rawhide');
    return rawhide < 0 ? rest : rest.slice(0, rawhide + 1);
}
class StaleChecker {
    #bodhi;
    #koji;
    #perQuery;
    #log;
    #updates = new Map();
    bodhiQueries = 0;
    constructor(bodhi, koji, options = {}) {
        this.#bodhi = bodhi;
        this.#koji = koji;
        this.#perQuery = options.packagesPerQuery ?? 25;
        this.#log = options.log ?? (() => undefined);
    }
    /** Runs every task to a decision (`plan` set when there is an action). A Bodhi failure throws. */
    async run(tasks) {
        for (let round = 1;; round++) {
            const active = tasks.filter((t) => t.state === 'active');
            if (active.length === 0)
                return;
            const rounds = new Map(active.map((t) => [t, roundReleases(t)]));
            await this.#fetchUpdates(active.flatMap((t) => rounds.get(t).map((r) => ({ pkg: t.pkg, release: r.name }))));
            if (this.#koji) {
                const pairs = active.flatMap((t) => rounds.get(t).flatMap((r) => (r.stableTag && !(0,triage_stale/* findAddressing */.u5)(this.#cached(t.pkg, r.name), t.pkg, t.version) ? [{ tag: r.stableTag, package: t.pkg }] : [])));
                await this.#koji.resolve(pairs);
            }
            for (const t of active)
                this.#advance(t, rounds.get(t));
            this.#log(`stale check round ${round}: ${active.length} bug(s) evaluated`);
        }
    }
    #advance(t, releases) {
        for (const r of releases) {
            let build = (0,triage_stale/* findAddressing */.u5)(this.#cached(t.pkg, r.name), t.pkg, t.version) ?? null;
            if (!build && this.#koji && r.stableTag) {
                const answer = this.#koji.get(r.stableTag, t.pkg);
                if (answer && 'error' in answer)
                    t.kojiErrors.push(`${r.stableTag}: ${answer.error}`);
                else {
                    build = (0,triage_stale/* taggedAddressing */.pu)(answer?.nvr, t.pkg, t.version) ?? null;
                    if (build)
                        t.tagged.push(build.nvr);
                }
            }
            t.next++;
            // A stable release never carries a newer version than rawhide: nothing there, nothing anywhere.
            if (!build && r.branch === 'rawhide') {
                t.state = 'pending';
                return;
            }
            t.findings.push({ release: r.name, build });
        }
        if (t.next >= t.releases.length) {
            t.state = 'decided';
            t.plan = (0,triage_stale/* planStaleBug */.p3)(t.bug, t.pkg, t.version, t.findings);
        }
    }
    #cached(pkg, release) {
        return this.#updates.get(pairKey(pkg, release)) ?? [];
    }
    /** Fetches the uncached (package, release) pairs: packages needing the same releases share queries. */
    async #fetchUpdates(pairs) {
        const needs = new Map();
        for (const p of pairs) {
            if (this.#updates.has(pairKey(p.pkg, p.release)))
                continue;
            let set = needs.get(p.pkg);
            if (!set)
                needs.set(p.pkg, (set = new Set()));
            set.add(p.release);
        }
        const groups = new Map();
        for (const [pkg, releases] of needs) {
            const k = [...releases].sort().join(',');
            const list = groups.get(k);
            if (list)
                list.push(pkg);
            else
                groups.set(k, [pkg]);
        }
        const queries = [];
        for (const [k, pkgs] of groups) {
            for (const chunk of (0,bugzilla/* chunksWithin */.wZ)(pkgs, this.#perQuery, bugzilla/* MAX_LIST_CHARS */.oN, (p) => encodeURIComponent(p).length + 3))
                queries.push({ packages: chunk, releases: k.split(',') });
        }
        this.bodhiQueries += queries.length;
        const answers = await Promise.all(queries.map((q) => this.#bodhi.updates({ ...q, statuses: ['stable', 'testing'] })));
        queries.forEach((q, i) => {
            const updates = answers[i];
            for (const pkg of q.packages) {
                for (const release of q.releases) {
                    this.#updates.set(pairKey(pkg, release), updates.filter((u) => u.release === release && u.nvrs.some((n) => (0,versions/* splitNvr */.JH)(n)?.name === pkg)));
                }
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/commands/triage-updates.ts
// `triage-updates -i FILE [--pattern G,…] [--start-from N] [--end-with N]
// [--batch EMAIL] [--skip-stale] [--close-stale] [--claim --email EMAIL]
// [--json]`: poi-tracker's triage of release-monitoring bugs, computed as a
// plan (README, "Plans"): priority raises for packages with a resolved
// priority, and for bugs whose advertised version is already built, ERRATA
// closures, MODIFIED moves with Fixed In Version, and ASK-CLOSE (addressed in
// some releases only) as "needs a decision". Nothing is written here.













const TRIAGE_UPDATES_SPEC = {
    name: 'triage-updates',
    summary: 'Plan priority raises and stale-bug closures for open release-monitoring bugs (written by apply after review).',
    positionals: [],
    flags: [
        ...context/* WALK_FLAGS */.a6,
        context/* BATCH_FLAG */.Sj,
        { name: 'skip-stale', kind: 'bool', help: 'no Bodhi/koji stale check (packages without a priority are then skipped entirely)' },
        { name: 'close-stale', kind: 'bool', help: 'also close bugs addressed in some releases only (ASK-CLOSE)' },
        context/* CLAIM_FLAG */._J, context/* EMAIL_FLAG */.md, context/* JSON_FLAG */.KH, context/* APPLY_FLAG */._D, context/* YES_FLAG */.H6, context/* VERBOSE_FLAG */.yi,
    ],
    notes: `The plan lists priority raises first, then ERRATA, MODIFIED and ASK-CLOSE actions, each in inventory order.
ASK-CLOSE actions are written only when the job runs with --close-stale.`,
};
function triageUpdatesCommand(deps = {}) {
    return { spec: TRIAGE_UPDATES_SPEC, run: (ctx) => runTriageUpdates(ctx, deps) };
}
const triageUpdates = triageUpdatesCommand();
async function runTriageUpdates(ctx, deps) {
    const a = ctx.args;
    if (a.positionals.length > 0)
        throw new types/* CommandError */.Q(`triage-updates takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2);
    const skipStale = (0,args/* bool */.lc)(a, 'skip-stale');
    const closeStale = (0,args/* bool */.lc)(a, 'close-stale');
    if (skipStale && closeStale)
        throw new types/* CommandError */.Q('--close-stale cannot be used with --skip-stale', 2);
    const batch = (0,context/* batchEmail */.fP)(ctx);
    const claim = (0,context/* claimEmail */.nV)(ctx);
    const verbose = (0,args/* bool */.lc)(a, 'verbose') ? ctx.log : () => undefined;
    const view = (await (0,inventories/* loadMerged */.Rw)(ctx, await (0,inventories/* requirePaths */.yK)(ctx))).inventory;
    const filter = (0,context/* walkFilter */.Wz)(ctx);
    const skipped = [];
    const candidates = [];
    for (const pkg of view.packages) {
        if (!(0,context/* inFilter */.eU)(pkg, filter))
            continue;
        const skip = (0,context/* invalidName */.z)(pkg) ?? (0,context/* rawhideSkip */._n)(pkg);
        if (skip) {
            skipped.push({ target: pkg.name, why: skip });
            continue;
        }
        const resolved = (0,model/* priorityFor */.eO)(view, pkg.name);
        const target = resolved === undefined || resolved === 'unspecified' ? undefined : resolved;
        // Without a priority to set, the search only feeds the stale check.
        if (target === undefined && skipStale)
            continue;
        candidates.push(target ? { name: pkg.name, target } : { name: pkg.name });
    }
    const clients = new context/* Clients */.f(ctx, deps);
    const priorityItems = [];
    const stalePlans = [];
    try {
        const bugsOf = await clients.releaseMonitoringBugs(candidates.map((c) => c.name), batch);
        for (const c of candidates) {
            if (!c.target)
                continue;
            for (const bug of bugsOf(c.name))
                if (bug.priority === 'unspecified')
                    priorityItems.push({ bug, pkg: c.name, target: c.target });
        }
        if (!skipStale)
            stalePlans.push(...(await staleCheck(ctx, clients, candidates.map((c) => c.name), bugsOf, skipped, verbose)));
        verbose(`requests: ${JSON.stringify(clients.requestCounts())}`);
    }
    catch (e) {
        (0,context/* failWith */.ff)(e, 'triage-updates: nothing was planned: ');
    }
    finally {
        await clients.close();
    }
    const draft = buildPlan(ctx.commandLine, priorityItems, stalePlans, skipped, { closeStale, claim });
    const links = (0,markdown.linkBases)(clients.urls);
    const coverage = batch ? `Batch mode: only open bugs assigned to or CC'ing ${batch} were searched.\n` : '';
    const stdout = (0,args/* bool */.lc)(a, 'json')
        ? (0,serialize.planText)(draft, { job: (0,args/* str */.gx)(a, 'job') ?? 'triage-updates', now: new Date() })
        : coverage + renderPlanText(draft);
    ctx.log(`${candidates.length} package(s) walked, ${draft.actions.length} action(s) planned, ${skipped.length} skipped`);
    return { exitCode: 0, stdout, findings: [], plan: draft, summary: (coverage ? `${coverage}\n` : '') + (0,markdown.renderPlanMarkdown)(draft, { links }) };
}
async function staleCheck(ctx, clients, names, bugsOf, skipped, verbose) {
    const versioned = names
        .map((pkg) => ({ pkg, bugs: bugsOf(pkg).flatMap((bug) => { const v = (0,versions/* extractNewVersion */.WA)(bug.summary, pkg); return v === undefined ? [] : [{ bug, version: v }]; }) }))
        .filter((p) => p.bugs.length > 0);
    if (versioned.length === 0)
        return [];
    const releases = (0,triage_stale/* activeReleases */.Zs)(await clients.bodhi.releases());
    const branches = await (0,pool/* mapOrdered */.w)(versioned, 8, (p) => clients.distgit.branches(p.pkg));
    const tasks = [];
    versioned.forEach((p, i) => {
        const list = branches[i];
        if (list === undefined) {
            skipped.push({ target: p.pkg, why: 'no such dist-git project (404): stale check skipped' });
            return;
        }
        for (const { bug, version } of p.bugs) {
            const rel = (0,triage_stale/* relevantReleases */.gi)(bug, releases, list);
            if (rel !== undefined)
                tasks.push(newTask(p.pkg, bug, version, rel));
        }
    });
    const koji = new koji_lookup/* CachedKojiLookups */.P(clients.koji);
    const checker = new StaleChecker(clients.bodhi, koji, { log: verbose });
    await checker.run(tasks);
    verbose(`stale check: ${tasks.length} bug(s), ${checker.bodhiQueries} Bodhi query(ies), ${koji.sent} koji lookup(s)`);
    for (const t of tasks) {
        if (t.kojiErrors.length > 0 && !t.plan)
            skipped.push({ target: t.bug.id, why: `koji lookup failed (${t.kojiErrors[0]}): counted as not shipped` });
    }
    if (clients.koji.latched)
        ctx.log('warning: the koji hub timed out; later lookups were skipped and counted as not shipped');
    return tasks.flatMap((t) => (t.plan ? [t.plan] : []));
}
/**
 * The plan in write order: priority raises (inventory order), then ERRATA,
 * MODIFIED and ASK-CLOSE (each in inventory order). A bug about to be
 * closed gets no priority raise; a bug moving to MODIFIED gets its raise in
 * the same write (one update, not two). Claims go on closures only.
 */
function buildPlan(command, priorities, stale, skipped, o) {
    const closing = new Set(stale.filter((s) => s.kind === 'errata' || (s.kind === 'ask-close' && o.closeStale)).map((s) => s.bug.id));
    const modified = new Set(stale.filter((s) => s.kind === 'modified').map((s) => s.bug.id));
    const raise = new Map(priorities.map((p) => [p.bug.id, p]));
    const actions = [];
    const evidence = {};
    for (const p of priorities) {
        if (closing.has(p.bug.id) || modified.has(p.bug.id))
            continue;
        const id = (0,plans_model/* actionId */.WX)('bugzilla', p.bug.id, 'priority');
        actions.push({ id, service: 'bugzilla', target: p.bug.id, kind: 'priority', expect: { status: p.bug.status, priority: p.bug.priority }, set: { priority: p.target }, comment: null, why: `${p.pkg} resolves to priority ${p.target}` });
        evidence[id] = { component: p.pkg, summary: p.bug.summary };
    }
    for (const kind of ['errata', 'modified', 'ask-close']) {
        for (const s of stale.filter((x) => x.kind === kind)) {
            const b = s.bug;
            const id = (0,plans_model/* actionId */.WX)('bugzilla', b.id, kind);
            const bump = kind === 'modified' ? raise.get(b.id) : undefined;
            const claims = o.claim !== undefined && kind !== 'modified';
            const expect = { status: b.status, resolution: b.resolution, cf_fixed_in: b.cf_fixed_in };
            if (bump)
                expect['priority'] = b.priority;
            if (claims)
                expect['assigned_to'] = b.assigned_to;
            const set = kind === 'modified'
                ? { status: 'MODIFIED', cf_fixed_in: s.fixedIn, ...(bump ? { priority: bump.target } : {}) }
                : { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: s.fixedIn, ...(claims ? { assigned_to: o.claim } : {}) };
            actions.push({ id, service: 'bugzilla', target: b.id, kind, expect, set, comment: (0,triage_stale/* staleComment */.Xm)(s), why: staleWhy(s) });
            evidence[id] = {
                component: s.component,
                summary: b.summary,
                bodhi: [...new Set(s.findings.flatMap((f) => (f.build?.source.kind === 'bodhi' ? [f.build.source.alias] : [])))],
                koji: [...new Set(s.findings.flatMap((f) => (f.build?.source.kind === 'tagged' ? [f.build.nvr] : [])))],
                findings: (0,triage_stale/* findingLines */.hq)(s.findings),
            };
        }
    }
    return { command, actions, skipped, evidence };
}
function staleWhy(s) {
    const have = s.findings.filter((f) => f.build).map((f) => f.release);
    const missing = s.findings.filter((f) => !f.build).map((f) => f.release);
    const testing = s.findings.filter((f) => f.build?.source.kind === 'bodhi' && !f.build.source.stable).map((f) => f.release);
    if (s.kind === 'errata')
        return `${s.component} ${s.version} is stable in every release it has a branch for (${have.join(', ')})`;
    if (s.kind === 'modified')
        return `${s.component} ${s.version} is built, still in testing in ${testing.join(', ')}`;
    return `${s.component} ${s.version} is stable in ${have.join(', ')} but has no update in ${missing.join(', ')}: needs a decision`;
}
/** The plan for a terminal, in poi-tracker's words. */
function renderPlanText(draft) {
    const out = [];
    const comp = (a) => draft.evidence?.[a.id]?.component ?? '?';
    const summary = (a) => draft.evidence?.[a.id]?.summary ?? a.why;
    const raises = draft.actions.filter((a) => a.kind === 'priority' || (a.kind === 'modified' && a.set['priority'] !== undefined));
    if (raises.length === 0)
        out.push('Nothing to update.');
    else {
        out.push('Planned priority updates:');
        const groups = new Map();
        for (const a of raises)
            groups.set(comp(a), [...(groups.get(comp(a)) ?? []), a]);
        for (const [c, list] of [...groups].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
            out.push(`  ${c} (${list.length} bug(s) → ${String(list[0].set['priority'])}):`);
            for (const a of list)
                out.push(`    bug ${a.target} [${String(a.expect['priority'] ?? 'unspecified')}]: ${summary(a)}`);
        }
        out.push('', `Total: ${raises.length} update(s).`);
    }
    const heads = [['errata', 'Close as ERRATA (stable everywhere)'], ['modified', 'Mark MODIFIED (still in testing)'], ['ask-close', 'Addressed only in some releases (written with --close-stale)']];
    if (draft.actions.some((a) => a.kind !== 'priority')) {
        out.push('', 'Bugs already addressed in Bodhi:');
        for (const [kind, head] of heads) {
            const group = draft.actions.filter((a) => a.kind === kind);
            if (group.length === 0)
                continue;
            out.push(`  ${head}:`);
            for (const a of group)
                out.push(`    bug ${a.target} (${comp(a)}): ${summary(a)} — fixed in: ${String(a.set['cf_fixed_in'])}`);
        }
    }
    if (draft.skipped.length > 0) {
        out.push('', `Skipped (${draft.skipped.length}):`);
        for (const s of draft.skipped)
            out.push(`  ${s.target}: ${s.why}`);
    }
    return out.join('\n') + '\n';
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
/* harmony import */ var _unshipped_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7568);
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
/** All digits of a release name read as one number: F45 → 45, EPEL-10.3 → 103, EPEL-9 → 9. */
function releaseRank(name) {
    const digits = name.replace(/[^0-9]/g, '');
    if (digits === '')
        return 0n;
    const n = BigInt(digits);
    return n > _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .U64_MAX */ .BZ ? 0n : n;
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
    return all.filter(_unshipped_js__WEBPACK_IMPORTED_MODULE_1__/* .isActiveRelease */ .ue);
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
