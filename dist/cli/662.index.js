export const id = 662;
export const ids = [662];
export const modules = {

/***/ 5662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SEMVER_AUDIT_SPEC: () => (/* binding */ SEMVER_AUDIT_SPEC),
/* harmony export */   auditMarkdown: () => (/* binding */ auditMarkdown),
/* harmony export */   auditText: () => (/* binding */ auditText),
/* harmony export */   semverAudit: () => (/* binding */ semverAudit),
/* harmony export */   semverAuditCommand: () => (/* binding */ semverAuditCommand)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6706);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3271);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7958);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8619);
/* harmony import */ var _triage_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4116);
/* harmony import */ var _triage_koji_lookup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8627);
/* harmony import */ var _triage_stale_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4150);
/* harmony import */ var _triage_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6718);
// `semver-audit -i FILE [--pattern G,…] [--start-from N] [--end-with N]
// [--batch EMAIL] [--non-breaking] [--json]`: read-only. Each package's
// pending release-monitoring update classified against the version packaged
// in rawhide with Cargo's compatibility rule (poi-tracker's categories:
// non-breaking, breaking, committed awaiting release, up to date (stale bug),
// retired, needs review). Bugzilla is read anonymously.









const SEMVER_AUDIT_SPEC = {
    name: 'semver-audit',
    summary: 'Classify each pending upstream update by semver impact against the version packaged in rawhide (read-only).',
    positionals: [],
    flags: [..._triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .WALK_FLAGS */ .a6, _triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .BATCH_FLAG */ .Sj, { name: 'non-breaking', kind: 'bool', help: 'show only the non-breaking updates' }, { ..._triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .JSON_FLAG */ .KH, help: 'print [{"package","bug","packaged","available","category"}]' }, _triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .VERBOSE_FLAG */ .yi],
};
function semverAuditCommand(deps = {}) {
    return { spec: SEMVER_AUDIT_SPEC, run: (ctx) => runSemverAudit(ctx, deps) };
}
const semverAudit = semverAuditCommand();
async function runSemverAudit(ctx, deps) {
    const a = ctx.args;
    if (a.positionals.length > 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandError */ .Q(`semver-audit takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2);
    const batch = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .batchEmail */ .fP)(ctx);
    const verbose = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'verbose') ? ctx.log : () => undefined;
    const view = (await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_1__/* .loadMerged */ .Rw)(ctx, await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_1__/* .requirePaths */ .yK)(ctx))).inventory;
    const filter = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .walkFilter */ .Wz)(ctx);
    const names = [];
    let skipped = 0;
    for (const pkg of view.packages) {
        if (!(0,_triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .inFilter */ .eU)(pkg, filter))
            continue;
        const bad = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidName */ .z)(pkg);
        if (bad)
            ctx.log(`warning: ${JSON.stringify(pkg.name)}: ${bad}`);
        else if ((0,_triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .rawhideSkip */ ._n)(pkg))
            skipped++;
        else
            names.push(pkg.name);
    }
    if (skipped > 0)
        ctx.log(`(${skipped} package(s) skipped: marked unshipped or retired on rawhide in the inventory)`);
    const clients = new _triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .Clients */ .f(ctx, deps);
    let pending = [];
    try {
        if (names.length > 0) {
            const bugsOf = await clients.releaseMonitoringBugs(names, batch);
            pending = names.flatMap((pkg) => {
                const chosen = (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .pickLatest */ .xJ)(bugsOf(pkg), pkg);
                return chosen ? [{ pkg, bug: chosen.bug, version: chosen.version, retired: false }] : [];
            });
        }
        await (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_6__/* .mapOrdered */ .w)(pending, 8, async (p) => {
            const spec = await clients.distgit.specFile(p.pkg, 'rawhide');
            const current = spec === undefined ? undefined : (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .specVersion */ .kc)(spec);
            if (current !== undefined)
                p.current = current;
            else {
                // Only an unknown version asks for dead.package; a failed probe counts as not retired.
                p.retired = await clients.distgit.isRetired(p.pkg, 'rawhide').catch((e) => {
                    ctx.log(`warning: ${p.pkg}: dead.package probe failed (${e instanceof Error ? e.message : String(e)}); counted as not retired`);
                    return false;
                });
            }
            p.category = p.current === p.version ? 'up-to-date' : (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyWithStatus */ .nH)(p.current, p.version, p.retired);
        });
        await verifyInKoji(ctx, clients, pending.filter((p) => p.category === 'up-to-date'));
        verbose(`requests: ${JSON.stringify(clients.requestCounts())}`);
    }
    catch (e) {
        (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_3__/* .failWith */ .ff)(e, 'semver-audit: ');
    }
    finally {
        await clients.close();
    }
    let entries = pending.map((p) => ({
        package: p.pkg, bug: p.bug.id, packaged: p.current ?? (p.retired ? '(retired)' : '?'), available: p.version, category: p.category,
    }));
    if ((0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'non-breaking'))
        entries = entries.filter((e) => e.category === 'non-breaking');
    const unverified = pending.filter((p) => p.unverified !== undefined && entries.some((e) => e.package === p.pkg));
    const stdout = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'json') ? JSON.stringify(entries, null, 2) + '\n' : auditText(entries);
    return { exitCode: 0, stdout, findings: [], summary: auditMarkdown(entries, clients.urls.bugzilla, unverified.map((p) => `${p.pkg}: ${p.unverified}`)) };
}
/**
 * "Up to date" only when rawhide's koji chain has the version: one multicall
 * over the tag Bodhi names for rawhide (its release's stable tag, e.g. f45;
 * a tag literally named `rawhide`, which poi-tracker asks for, is not
 * promised by the hub). Not there → committed, awaiting release. A failed lookup keeps "up
 * to date" and says the check could not be made.
 */
async function verifyInKoji(ctx, clients, upToDate) {
    if (upToDate.length === 0)
        return;
    let tag;
    try {
        tag = (0,_triage_stale_js__WEBPACK_IMPORTED_MODULE_4__/* .activeReleases */ .Zs)(await clients.bodhi.releases()).find((r) => r.branch === 'rawhide')?.stableTag ?? 'rawhide';
    }
    catch (e) {
        const why = `Bodhi's release list could not be read (${e instanceof Error ? e.message : String(e)})`;
        ctx.log(`warning: ${why}; up-to-date entries are not verified in koji`);
        for (const p of upToDate)
            p.unverified = why;
        return;
    }
    const koji = new _triage_koji_lookup_js__WEBPACK_IMPORTED_MODULE_7__/* .CachedKojiLookups */ .P(clients.koji);
    await koji.resolve(upToDate.map((p) => ({ tag, package: p.pkg })));
    for (const p of upToDate) {
        const answer = koji.get(tag, p.pkg);
        if (!answer || 'error' in answer) {
            p.unverified = `koji lookup in ${tag} failed${answer && 'error' in answer ? `: ${answer.error}` : ''}`;
            ctx.log(`warning: ${p.pkg}: ${p.unverified} (cannot verify staleness)`);
            continue;
        }
        if (!(0,_triage_stale_js__WEBPACK_IMPORTED_MODULE_4__/* .taggedAddressing */ .pu)(answer.nvr, p.pkg, p.version))
            p.category = 'pending-release';
    }
}
const HINTS = {
    retired: '(run `poi-gitops triage-retired` to close these)',
    'pending-release': '(built but not yet in rawhide — waiting on a side tag merge, gating, or a Bodhi update; nothing to close yet)',
    'up-to-date': '(run `poi-gitops triage-updates` to record fixed builds and close these)',
};
function auditText(entries) {
    if (entries.length === 0)
        return 'No pending updates.\n';
    const out = [];
    for (const kind of _triage_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .BUMP_ORDER */ .qZ) {
        const group = entries.filter((e) => e.category === kind);
        if (group.length === 0)
            continue;
        out.push('', `${_triage_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .BUMP_LABELS */ .N8[kind]} (${group.length}):`);
        for (const e of group)
            out.push(`  ${e.package}  ${e.packaged} -> ${e.available}  (rhbz#${e.bug})`);
        if (HINTS[kind])
            out.push(`  ${HINTS[kind]}`);
    }
    return out.join('\n') + '\n';
}
/** The audit as a Markdown table (job summary, proposal or report body). */
function auditMarkdown(entries, bugzilla, notes = []) {
    if (entries.length === 0)
        return 'semver-audit: no pending updates.\n';
    const out = [`**semver-audit: ${entries.length} pending update${entries.length === 1 ? '' : 's'}**`, '', '| Package | Bug | Packaged | Available | Category |', '|---|---|---|---|---|'];
    for (const kind of _triage_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .BUMP_ORDER */ .qZ) {
        for (const e of entries.filter((x) => x.category === kind)) {
            out.push(`| ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .codeSpan */ .SS)(e.package)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .link */ .nf)(`rhbz#${e.bug}`, `${bugzilla}/show_bug.cgi?id=${e.bug}`)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .codeSpan */ .SS)(e.packaged)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .codeSpan */ .SS)(e.available)} | ${_triage_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .BUMP_LABELS */ .N8[kind]} |`);
        }
    }
    if (notes.length > 0)
        out.push('', 'Not verified in koji (kept as up to date):', '', ...notes.map((n) => `- ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeText */ .X1)(n)}`));
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


/***/ })

};
