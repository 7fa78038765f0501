export const id = 472;
export const ids = [472,750];
export const modules = {

/***/ 59472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADOPT_SPEC: () => (/* binding */ ADOPT_SPEC),
/* harmony export */   adopt: () => (/* binding */ adopt),
/* harmony export */   adoptCommand: () => (/* binding */ adoptCommand),
/* harmony export */   describeOrphan: () => (/* binding */ describeOrphan)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71038);
/* harmony import */ var _sources_distgit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24866);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71986);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86614);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86769);
/* harmony import */ var _plans_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54583);
/* harmony import */ var _plans_serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87750);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83271);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17958);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68619);
/* harmony import */ var _triage_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84116);
// `adopt -i FILE [--pattern G,…] [--start-from N] [--end-with N]
// [--user NAME] [--json]`: the inventory's orphaned packages (dist-git owner
// `orphan`) as take-orphan plan actions (README, "Plans"), applied with the
// dist-git token after review. Adopting makes the token's user the point of
// contact, so the plan names that user: --user, or the token's own user.











const ADOPT_SPEC = {
    name: 'adopt',
    summary: 'Plan taking the inventory\'s orphaned packages on dist-git (written by apply with the dist-git token after review).',
    positionals: [],
    flags: [..._triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .WALK_FLAGS */ .a6, { name: 'user', kind: 'string', metavar: 'NAME', help: 'the dist-git user who takes the packages (default: the user of the dist-git token: the distgit-token input or DISTGIT_TOKEN)' }, _triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .JSON_FLAG */ .KH, _triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .APPLY_FLAG */ ._D, _triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .YES_FLAG */ .H6, _triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .VERBOSE_FLAG */ .yi],
    notes: 'Packages marked unshipped or retired on rawhide are skipped: dist-git refuses to hand out retired packages.',
};
function adoptCommand(deps = {}) {
    return { spec: ADOPT_SPEC, run: (ctx) => runAdopt(ctx, deps) };
}
const adopt = adoptCommand();
/** One line per candidate, as poi-tracker prints it. */
function describeOrphan(o) {
    if (o.reason === '')
        return o.pkg;
    return o.reasonInfo === '' ? `${o.pkg} (orphaned: ${o.reason})` : `${o.pkg} (orphaned: ${o.reason} — ${o.reasonInfo})`;
}
async function runAdopt(ctx, deps) {
    const a = ctx.args;
    if (a.positionals.length > 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Q(`adopt takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2);
    const given = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(a, 'user');
    if (given !== undefined && (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_1__/* .nameProblem */ .rH)(given) !== undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Q(`--user: ${JSON.stringify(given)} is not a dist-git user name`, 2);
    const token = ctx.credentials.distgit ?? '';
    if (given === undefined && token === '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Q('adopt needs the dist-git user who takes the packages: pass --user NAME, or give the dist-git token (the distgit-token input or DISTGIT_TOKEN) whose user it is', 2);
    }
    const verbose = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'verbose') ? ctx.log : () => undefined;
    const view = (await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_6__/* .loadMerged */ .Rw)(ctx, await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_6__/* .requirePaths */ .yK)(ctx))).inventory;
    const filter = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .walkFilter */ .Wz)(ctx);
    const names = [];
    const skipped = [];
    for (const p of view.packages) {
        if (!(0,_triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .inFilter */ .eU)(p, filter))
            continue;
        const bad = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .invalidName */ .z)(p);
        if (bad)
            skipped.push({ target: p.name, why: bad });
        else if ((0,_triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .rawhideSkip */ ._n)(p))
            verbose(`${p.name}: marked retired/unshipped in the inventory; skipping`);
        else
            names.push(p.name);
    }
    const clients = new _triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .Clients */ .f(ctx, deps);
    const orphans = [];
    let user = given;
    try {
        if (token !== '') {
            (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .assertCredentialUrl */ .Rr)(clients.urls.distgit, 'the dist-git token');
            const authed = new _sources_pagure_js__WEBPACK_IMPORTED_MODULE_2__/* .PagureDistGit */ .$P({ ...deps.http, baseUrl: clients.urls.distgit, headers: { authorization: `token ${token}` } });
            try {
                const owner = await authed.whoami();
                if (user !== undefined && user !== owner)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Q(`--user ${user} is not the user of the dist-git token (${owner}): taking packages would make ${owner} their point of contact`, 2);
                user = owner;
            }
            finally {
                await authed.close();
            }
        }
        const owners = await (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_9__/* .mapOrdered */ .w)(names, 8, (pkg) => clients.distgit.owners(pkg));
        const candidates = [];
        names.forEach((pkg, i) => {
            const list = owners[i];
            if (list === undefined)
                skipped.push({ target: pkg, why: 'no such dist-git project (404)' });
            else if (list.includes(_sources_distgit_js__WEBPACK_IMPORTED_MODULE_10__/* .ORPHAN_USER */ .HA))
                candidates.push({ pkg, owner: list[0] ?? _sources_distgit_js__WEBPACK_IMPORTED_MODULE_10__/* .ORPHAN_USER */ .HA });
        });
        // The reason is colour for the reviewer: a failed lookup never blocks a candidate.
        const infos = await (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_9__/* .mapOrdered */ .w)(candidates, 8, (c) => clients.distgit.orphanInfo(c.pkg).catch((e) => {
            ctx.log(`warning: ${c.pkg}: could not fetch the orphan reason: ${e instanceof Error ? e.message : String(e)}`);
            return { orphan: true, reason: '', reasonInfo: '' };
        }));
        candidates.forEach((c, i) => orphans.push({ ...c, reason: infos[i].reason, reasonInfo: infos[i].reasonInfo }));
        verbose(`requests: ${JSON.stringify(clients.requestCounts())}`);
    }
    catch (e) {
        (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_8__/* .failWith */ .ff)(e, 'adopt: nothing was planned: ');
    }
    finally {
        await clients.close();
    }
    const actions = orphans.map((o) => ({
        id: (0,_plans_model_js__WEBPACK_IMPORTED_MODULE_3__/* .actionId */ .WX)('distgit', o.pkg, 'take-orphan'), service: 'distgit', target: o.pkg, kind: 'take-orphan',
        expect: { owner: o.owner }, set: { point_of_contact: user }, comment: null,
        why: o.reason === '' ? 'orphaned' : `orphaned: ${o.reason}${o.reasonInfo ? ` — ${o.reasonInfo}` : ''}`,
    }));
    const draft = { command: ctx.commandLine, actions, skipped };
    const links = (0,_plans_markdown_js__WEBPACK_IMPORTED_MODULE_4__.linkBases)(clients.urls);
    const text = orphans.length === 0 ? 'No orphaned packages in the inventory.\n' : orphans.map((o) => `orphaned: ${describeOrphan(o)}\n`).join('') + `\n${orphans.length} package(s) would be taken by ${user}.\n`;
    ctx.log(`${names.length} checked, ${orphans.length} orphaned`);
    return {
        exitCode: 0,
        stdout: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'json') ? (0,_plans_serialize_js__WEBPACK_IMPORTED_MODULE_5__.planText)(draft, { job: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(a, 'job') ?? 'adopt', now: new Date() }) : text,
        findings: [],
        plan: draft,
        summary: (0,_plans_markdown_js__WEBPACK_IMPORTED_MODULE_4__.renderPlanMarkdown)(draft, { links }),
    };
}


/***/ }),

/***/ 84116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ YES_FLAG),
/* harmony export */   KH: () => (/* binding */ JSON_FLAG),
/* harmony export */   Rr: () => (/* binding */ assertCredentialUrl),
/* harmony export */   Sj: () => (/* binding */ BATCH_FLAG),
/* harmony export */   Wz: () => (/* binding */ walkFilter),
/* harmony export */   _D: () => (/* binding */ APPLY_FLAG),
/* harmony export */   _J: () => (/* binding */ CLAIM_FLAG),
/* harmony export */   _n: () => (/* binding */ rawhideSkip),
/* harmony export */   a6: () => (/* binding */ WALK_FLAGS),
/* harmony export */   eU: () => (/* binding */ inFilter),
/* harmony export */   f: () => (/* binding */ Clients),
/* harmony export */   fP: () => (/* binding */ batchEmail),
/* harmony export */   ff: () => (/* binding */ failWith),
/* harmony export */   md: () => (/* binding */ EMAIL_FLAG),
/* harmony export */   nV: () => (/* binding */ claimEmail),
/* harmony export */   yi: () => (/* binding */ VERBOSE_FLAG),
/* harmony export */   z: () => (/* binding */ invalidName)
/* harmony export */ });
/* unused harmony export serviceUrls */
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71038);
/* harmony import */ var _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48882);
/* harmony import */ var _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8076);
/* harmony import */ var _sources_koji_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41295);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86614);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14066);
/* harmony import */ var _distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64917);
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5248);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71986);
/* harmony import */ var _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(94664);
/* harmony import */ var _sources_schema_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(22139);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(97129);
/* harmony import */ var _distgit_patterns_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(63490);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(68619);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(86769);
// What the Bugzilla-side commands (triage-updates, triage-retired,
// semver-audit, adopt) share: poi-tracker's walk flags, the identity flags
// (--batch EMAIL, --email, --claim), the remote clients built from the
// repository config and environment, and failures turned into exit codes.















const WALK_FLAGS = [
    { name: 'pattern', kind: 'list', metavar: 'GLOBS', help: 'only packages matching NAME or PREFIX* (case-insensitive; a bare name matches exactly)' },
    { name: 'start-from', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or after NAME (byte order)' },
    { name: 'end-with', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or before NAME (byte order)' },
];
const BATCH_FLAG = {
    name: 'batch', kind: 'string', metavar: 'EMAIL',
    help: 'one Bugzilla search for the open bugs assigned to or CC\'ing EMAIL instead of searches per package (misses bugs where EMAIL is neither)',
};
const EMAIL_FLAG = { name: 'email', kind: 'string', metavar: 'EMAIL', help: 'your Bugzilla email, for --claim (default: BUGZILLA_EMAIL)' };
const CLAIM_FLAG = { name: 'claim', kind: 'bool', help: 'set assigned_to on each closed bug to --email (an explicit person, never the bot)' };
const JSON_FLAG = { name: 'json', kind: 'bool', help: 'print the plan as JSON' };
const APPLY_FLAG = { name: 'apply', kind: 'bool', help: 'apply the plan at once (poi-tracker\'s -y), re-reading each target before writing' };
const YES_FLAG = { name: 'yes', short: 'y', kind: 'bool', help: 'accepted for poi-tracker compatibility (the bot never prompts)' };
const VERBOSE_FLAG = { name: 'verbose', short: 'v', kind: 'bool', help: 'progress on stderr' };
function walkFilter(ctx) {
    return { patterns: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(ctx.args, 'pattern'), startFrom: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'start-from'), endWith: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'end-with') };
}
function inFilter(pkg, f) {
    return (0,_distgit_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .inWalk */ .f4)(pkg.name, f);
}
/** A name that cannot be a dist-git package never reaches a query: the reason, or undefined for a valid name. */
function invalidName(pkg) {
    const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_8__/* .nameProblem */ .rH)(pkg.name);
    return problem === undefined ? undefined : `not a valid package name (${problem}): not searched`;
}
/** triage-updates, semver-audit and adopt skip these without any request. */
function rawhideSkip(pkg) {
    if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_14__/* .isUnshipped */ .Tb)(pkg))
        return 'marked unshipped in the inventory (its bugs are triage-retired\'s)';
    if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_14__/* .isRetiredOn */ .T4)(pkg, 'rawhide'))
        return 'marked retired on rawhide in the inventory (its bugs are triage-retired\'s)';
    return undefined;
}
/** `--batch EMAIL`, checked (a flag name swallowed as the value is a usage error). */
function batchEmail(ctx) {
    const v = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'batch');
    if (v === undefined)
        return undefined;
    if (!(0,_plans_model_js__WEBPACK_IMPORTED_MODULE_13__/* .isEmailAddress */ .Z6)(v)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(`--batch needs the EMAIL whose assigned and CC'd bugs to search (poi-gitops has no per-user config to default it from), got ${JSON.stringify(v)}`, 2);
    }
    return v;
}
/** The claim email when --claim is given: --email or BUGZILLA_EMAIL, required before any request. */
function claimEmail(ctx) {
    if (!(0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(ctx.args, 'claim'))
        return undefined;
    const email = ((0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'email') ?? ctx.env['BUGZILLA_EMAIL'] ?? '').trim();
    if (email === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q('--claim needs the email of the person who takes the bugs: pass --email EMAIL or set BUGZILLA_EMAIL', 2);
    if (!(0,_plans_model_js__WEBPACK_IMPORTED_MODULE_13__/* .isEmailAddress */ .Z6)(email))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(`--claim: ${JSON.stringify(email)} is not an email address`, 2);
    return email;
}
function serviceUrls(ctx) {
    try {
        return (0,_sources_services_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveServices */ .bs)(ctx.config.services, ctx.env);
    }
    catch (e) {
        if (e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_7__/* .ServiceConfigError */ .my)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(e.message, 2);
        throw e;
    }
}
/** The clients a command uses; closed together. */
class Clients {
    #ctx;
    #deps;
    urls;
    #bugzilla;
    #bodhi;
    #distgit;
    #koji;
    constructor(ctx, deps) {
        this.#ctx = ctx;
        this.#deps = deps;
        this.urls = serviceUrls(ctx);
    }
    #http() {
        return { onEvent: (0,_distgit_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .retryLogger */ .NY)(this.#ctx), ...this.#deps.http };
    }
    /** Anonymous: computing a plan only reads public bugs; the key is for apply. */
    get bugzilla() {
        return (this.#bugzilla ??= new _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .BugzillaClient */ .sn({ ...this.#http(), baseUrl: this.urls.bugzilla, maxInFlight: this.#deps.maxInFlight?.bugzilla ?? 4 }));
    }
    get bodhi() {
        return (this.#bodhi ??= new _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__/* .BodhiClient */ .O({ ...this.#http(), baseUrl: this.urls.bodhi, maxInFlight: this.#deps.maxInFlight?.bodhi ?? 4 }));
    }
    get distgit() {
        return (this.#distgit ??= new _sources_pagure_js__WEBPACK_IMPORTED_MODULE_4__/* .PagureDistGit */ .$P({ ...this.#http(), baseUrl: this.urls.distgit, maxInFlight: this.#deps.maxInFlight?.distgit ?? 8 }));
    }
    get koji() {
        return (this.#koji ??= (0,_sources_koji_js__WEBPACK_IMPORTED_MODULE_3__/* .createKojiClient */ .P7)({
            ...this.#http(),
            service: 'fedora-koji',
            hubUrl: this.urls['fedora-koji'],
            ...(this.#deps.maxInFlight?.koji ? { maxInFlight: this.#deps.maxInFlight.koji } : {}),
        }));
    }
    /** The open release-monitoring bugs per package: one batch search (`--batch`), or searches of many components each. */
    async releaseMonitoringBugs(names, batch) {
        if (names.length === 0)
            return () => [];
        const grouped = batch
            ? (0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .groupByComponent */ .eu)(await this.bugzilla.search((0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .batchParams */ .vD)(batch)))
            : await this.bugzilla.searchComponents(names, (0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseMonitoringParams */ .Gp)());
        return (pkg) => grouped.get(pkg) ?? [];
    }
    /** Requests per host so far, for the log. */
    requestCounts() {
        return (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_5__/* .requestCounts */ .q3)([this.#bugzilla, this.#bodhi, this.#distgit, this.#koji?.rpc.http].filter((c) => c !== undefined));
    }
    async close() {
        await Promise.all([this.#bugzilla?.close(), this.#bodhi?.close(), this.#distgit?.close(), this.#koji?.rpc.http.close()]);
    }
}
/**
 * A credential goes only to https, or to plain http on this machine (local
 * fakes): a usage error (exit 2) before any request otherwise. The HTTP
 * layer refuses it too; this says so in the command's words.
 */
function assertCredentialUrl(url, what) {
    const u = new URL(url);
    if (u.protocol !== 'https:' && !(0,_sources_http_js__WEBPACK_IMPORTED_MODULE_5__/* .isLoopback */ .U9)(u.hostname))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(`refusing to send ${what} over plain http to ${u.host}: use an https URL`, 2);
}
/** Rethrows a remote or naming failure as a CommandError with its exit code (2 usage, 3 remote service). */
function failWith(e, prefix) {
    if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q)
        throw e;
    if (e instanceof _sources_http_js__WEBPACK_IMPORTED_MODULE_5__/* .RemoteError */ .Hi || e instanceof _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseListError */ .c || e instanceof _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_9__/* .XmlRpcFault */ .Zx)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(prefix + e.message, 3);
    if (e instanceof _sources_names_js__WEBPACK_IMPORTED_MODULE_8__/* .InvalidNameError */ .Tw || e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_7__/* .ServiceConfigError */ .my)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(prefix + e.message, 2);
    if (e instanceof _sources_schema_js__WEBPACK_IMPORTED_MODULE_10__/* .SchemaError */ .Ar)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .CommandError */ .Q(prefix + e.message, 3);
    throw e;
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


/***/ }),

/***/ 48882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ BugzillaAuthError),
/* harmony export */   Gp: () => (/* binding */ releaseMonitoringParams),
/* harmony export */   dc: () => (/* binding */ RELEASE_MONITORING),
/* harmony export */   eu: () => (/* binding */ groupByComponent),
/* harmony export */   oN: () => (/* binding */ MAX_LIST_CHARS),
/* harmony export */   sn: () => (/* binding */ BugzillaClient),
/* harmony export */   vD: () => (/* binding */ batchParams),
/* harmony export */   wZ: () => (/* binding */ chunksWithin)
/* harmony export */ });
/* unused harmony exports PRODUCTS, BUG_FIELDS, BugSchema */
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14066);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22139);
// Bugzilla REST (Red Hat Bugzilla) on the project's HTTP layer: searches
// with pinned fields, offset pagination that stops on an empty page, many
// components or ids per request, the API key check, and the two writes the
// apply step makes (a bug update carrying its comment). The key travels only
// as an Authorization header to the configured Bugzilla: HttpClient refuses
// it over plain http to a non-loopback host and strips it on redirects to
// another origin.



/** The account Anitya / the-new-hotness files "X is available" bugs under. */
const RELEASE_MONITORING = 'upstream-release-monitoring@fedoraproject.org';
/** Release-monitoring bugs live in both products. */
const PRODUCTS = ['Fedora', 'Fedora EPEL'];
/**
 * Fields asked for on every read. Named one by one (no `_default`) so that a
 * Bugzilla that leaves one out fails the schema instead of, say, every run
 * re-posting a MODIFIED comment because `cf_fixed_in` looked empty
 * (README, "Plans", open question 5).
 */
const BUG_FIELDS = ['id', 'summary', 'status', 'resolution', 'product', 'component', 'version', 'priority', 'assigned_to', 'cf_fixed_in'];
// Red Hat Bugzilla answers `component` and `version` as lists, upstream
// Bugzilla as strings: both are accepted and read as lists.
const stringList = valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]), valibot__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((x) => (typeof x === 'string' ? [x] : x)));
const BugSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .minValue */ .Wwf(1)),
    summary: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    status: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    resolution: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    product: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    component: stringList,
    version: stringList,
    priority: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    assigned_to: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    cf_fixed_in: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
});
const SearchSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    bugs: valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(BugSchema),
    total_matches: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .minValue */ .Wwf(0))),
});
const ValidLoginSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ result: valibot__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() });
const UpdateSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    error: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()),
    message: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    bugs: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id: valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }))),
});
/** The key was refused, or belongs to another login (exit 3: nothing is written). */
class BugzillaAuthError extends Error {
    name = 'BugzillaAuthError';
    exitCode = 3;
}
/** A pagination guard: far more pages than any real search has. */
const MAX_PAGES = 200;
class BugzillaClient {
    http;
    pageSize;
    componentsPerSearch;
    idsPerRead;
    authenticated;
    #checked;
    constructor(options) {
        const { apiKey, pageSize = 1000, componentsPerSearch = 40, idsPerRead = 100, ...http } = options;
        const key = apiKey?.trim();
        this.authenticated = key !== undefined && key !== '';
        for (const [name, n] of [['pageSize', pageSize], ['componentsPerSearch', componentsPerSearch], ['idsPerRead', idsPerRead]]) {
            if (!Number.isInteger(n) || n < 1)
                throw new RangeError(`bugzilla: ${name} must be a positive integer, got ${n}`);
        }
        this.pageSize = pageSize;
        this.componentsPerSearch = componentsPerSearch;
        this.idsPerRead = idsPerRead;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
            ...http,
            service: 'bugzilla',
            baseUrl: options.baseUrl,
            headers: this.authenticated ? { authorization: `Bearer ${key}` } : {},
        });
    }
    get baseUrl() {
        return this.http.baseUrl;
    }
    /**
     * Checks the key once per client: `valid_login` must say that it belongs to
     * `login`. A refused key (Bugzilla answers 400/401) or another login is a
     * BugzillaAuthError; later calls return the first answer.
     */
    checkKey(login) {
        this.#checked ??= this.#checkKey(login);
        return this.#checked;
    }
    async #checkKey(login) {
        if (!this.authenticated)
            throw new BugzillaAuthError('bugzilla: no API key was given (set the bugzilla-api-key input or BUGZILLA_API_KEY)');
        let ok;
        try {
            ok = (await this.http.getJson('/rest/valid_login', ValidLoginSchema, { login })).result;
        }
        catch (e) {
            if (e instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi && (e.status === 400 || e.status === 401 || e.status === 403)) {
                throw new BugzillaAuthError(`bugzilla: the API key was refused by ${this.baseUrl} (HTTP ${e.status}); create a new one at ${this.baseUrl}/userprefs.cgi?tab=apikey`);
            }
            throw e;
        }
        if (!ok)
            throw new BugzillaAuthError(`bugzilla: the API key does not belong to ${login} on ${this.baseUrl}`);
    }
    /**
     * Every bug matching `params`, all pages. The loop ends when the count
     * reaches `total_matches`, on a short page when there is no total, and on
     * an empty page whatever the total claims. Bugs seen twice (offsets shift
     * while a search is read) are kept once.
     */
    async search(params) {
        const out = new Map();
        for (let page = 0, offset = 0;; page++) {
            if (page >= MAX_PAGES)
                throw new Error(`bugzilla: a search claimed more than ${MAX_PAGES} pages of ${this.pageSize} bugs`);
            const query = { ...params, limit: this.pageSize, offset, include_fields: BUG_FIELDS.join(',') };
            const answer = await this.http.requestAs({ path: '/rest/bug', query, headers: { accept: 'application/json' } }, (res) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(SearchSchema, res, 'the bug search answer'));
            for (const bug of answer.bugs)
                out.set(bug.id, bug);
            offset += answer.bugs.length;
            if (answer.bugs.length === 0)
                break;
            if (answer.total_matches !== undefined ? offset >= answer.total_matches : answer.bugs.length < this.pageSize)
                break;
        }
        return [...out.values()].sort((a, b) => a.id - b.id);
    }
    /**
     * One search per group of `componentsPerSearch` components (Bugzilla reads
     * repeated `component` values as "any of"), run concurrently within the
     * client's limit. Bugs are grouped by their first component, ids ascending;
     * every requested component has an entry.
     */
    async searchComponents(components, params) {
        const unique = [...new Set(components)];
        // `&component=<name>` per name; a long URL is refused by proxies long before Bugzilla sees it.
        const groups = chunksWithin(unique, this.componentsPerSearch, MAX_LIST_CHARS, (c) => encodeURIComponent(c).length + 11);
        const answers = await Promise.all(groups.map((group) => this.search({ ...params, component: group })));
        const out = new Map(unique.map((c) => [c, []]));
        for (const bug of answers.flat()) {
            const list = out.get(bug.component[0] ?? '');
            if (list && !list.some((b) => b.id === bug.id))
                list.push(bug);
        }
        for (const list of out.values())
            list.sort((a, b) => a.id - b.id);
        return out;
    }
    /** One bug, freshly read; undefined when Bugzilla does not know it (or hides it). */
    async bug(id) {
        const res = await this.http.requestAs({ path: `/rest/bug/${bugId(id)}`, query: { include_fields: BUG_FIELDS.join(',') }, headers: { accept: 'application/json' }, okStatuses: [404] }, (r) => (r.status === 404 ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(SearchSchema, r, `bug ${id}`)));
        return res?.bugs.find((b) => b.id === id);
    }
    /** Many bugs by id, `idsPerRead` per request (`id=1,2,3`). Unknown ids are simply absent. */
    async bugs(ids) {
        const unique = [...new Set(ids.map(bugId))];
        const answers = await Promise.all(chunks(unique, this.idsPerRead).map((group) => this.http.getJson('/rest/bug', SearchSchema, { id: group.join(','), include_fields: BUG_FIELDS.join(',') })));
        const out = new Map();
        for (const bug of answers.flatMap((a) => a.bugs))
            out.set(bug.id, bug);
        return out;
    }
    /**
     * PUT /rest/bug/{id}: one update, never repeated by the HTTP layer (a
     * repeated update would post its comment twice). A 2xx that reports an
     * error is an error.
     */
    async update(id, body) {
        if (!this.authenticated)
            throw new BugzillaAuthError('bugzilla: updating a bug needs an API key');
        const answer = await this.http.requestAs({
            method: 'PUT',
            path: `/rest/bug/${bugId(id)}`,
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            idempotent: false,
        }, (res) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(UpdateSchema, res, `the answer to the update of bug ${id}`));
        if (answer.error === true)
            throw new Error(`bugzilla: the update of bug ${id} was refused: ${answer.message ?? 'no message'}`);
    }
    stats() {
        return this.http.stats();
    }
    close() {
        return this.http.close();
    }
}
/** The release-monitoring search for some components, as poi-tracker builds it: both products, open bugs. */
function releaseMonitoringParams() {
    return { reporter: RELEASE_MONITORING, bug_status: '__open__', product: [...PRODUCTS] };
}
/**
 * The batch search: every open bug where `email` is the assignee or on CC,
 * release-monitoring bugs only unless `anyReporter`. Red Hat Bugzilla honours
 * the email1/emailtype1 form parameters in REST searches.
 */
function batchParams(email, anyReporter = false) {
    return {
        ...(anyReporter ? {} : { reporter: RELEASE_MONITORING }),
        bug_status: '__open__',
        email1: email,
        emailassigned_to1: '1',
        emailcc1: '1',
        emailtype1: 'equals',
        product: [...PRODUCTS],
    };
}
/** Bugs grouped by their first component; bugs without one are dropped. */
function groupByComponent(bugs) {
    const out = new Map();
    for (const bug of bugs) {
        const c = bug.component[0];
        if (c === undefined)
            continue;
        const list = out.get(c);
        if (list)
            list.push(bug);
        else
            out.set(c, [bug]);
    }
    return out;
}
function bugId(id) {
    if (!Number.isSafeInteger(id) || id < 1)
        throw new RangeError(`invalid bug id ${String(id)}`);
    return id;
}
/** Characters of list parameters one request may carry (request lines beyond ~8 KB are commonly refused). */
const MAX_LIST_CHARS = 4000;
/** Groups of at most `maxCount` items whose summed `cost` stays within `maxChars` (an item over it goes alone). */
function chunksWithin(items, maxCount, maxChars, cost) {
    const out = [];
    let group = [];
    let used = 0;
    for (const item of items) {
        const c = cost(item);
        if (group.length > 0 && (group.length >= maxCount || used + c > maxChars)) {
            out.push(group);
            group = [];
            used = 0;
        }
        group.push(item);
        used += c;
    }
    if (group.length > 0)
        out.push(group);
    return out;
}
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ })

};
