export const id = 472;
export const ids = [472];
export const modules = {

/***/ 9472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADOPT_SPEC: () => (/* binding */ ADOPT_SPEC),
/* harmony export */   adopt: () => (/* binding */ adopt),
/* harmony export */   adoptCommand: () => (/* binding */ adoptCommand),
/* harmony export */   describeOrphan: () => (/* binding */ describeOrphan)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
/* harmony import */ var _sources_distgit_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4866);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1986);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6614);
/* harmony import */ var _sources_koji_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1295);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6769);
/* harmony import */ var _plans_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4583);
/* harmony import */ var _plans_serialize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7750);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3271);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7958);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8619);
/* harmony import */ var _triage_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4116);
// `adopt -i FILE [--pattern G,…] [--start-from N] [--end-with N]
// [--user NAME] [--json]`: the inventory's orphaned packages (dist-git owner
// `orphan`) as take-orphan plan actions (README, "Plans"), applied with the
// dist-git token after review. Adopting makes the token's user the point of
// contact, so the plan names that user: --user, or the token's own user.












const ADOPT_SPEC = {
    name: 'adopt',
    summary: 'Plan taking the inventory\'s orphaned packages on dist-git (written by apply with the dist-git token after review).',
    positionals: [],
    flags: [..._triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .WALK_FLAGS */ .a6, { name: 'user', kind: 'string', metavar: 'NAME', help: 'the dist-git user who takes the packages (default: the user of the dist-git token: the distgit-token input or DISTGIT_TOKEN)' }, _triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .JSON_FLAG */ .KH, _triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .APPLY_FLAG */ ._D, _triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .YES_FLAG */ .H6, _triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .VERBOSE_FLAG */ .yi],
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
        throw new _types_js__WEBPACK_IMPORTED_MODULE_8__/* .CommandError */ .Q(`adopt takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2);
    const given = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(a, 'user');
    if (given !== undefined && (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_1__/* .nameProblem */ .rH)(given) !== undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_8__/* .CommandError */ .Q(`--user: ${JSON.stringify(given)} is not a dist-git user name`, 2);
    const token = ctx.credentials.distgit ?? '';
    if (given === undefined && token === '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_8__/* .CommandError */ .Q('adopt needs the dist-git user who takes the packages: pass --user NAME, or give the dist-git token (the distgit-token input or DISTGIT_TOKEN) whose user it is', 2);
    }
    const verbose = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'verbose') ? ctx.log : () => undefined;
    const view = (await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMerged */ .Rw)(ctx, await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_7__/* .requirePaths */ .yK)(ctx))).inventory;
    const filter = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .walkFilter */ .Wz)(ctx);
    const names = [];
    const skipped = [];
    for (const p of view.packages) {
        if (!(0,_triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .inFilter */ .eU)(p, filter))
            continue;
        const bad = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .invalidName */ .z)(p);
        if (bad)
            skipped.push({ target: p.name, why: bad });
        else if ((0,_triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .rawhideSkip */ ._n)(p))
            verbose(`${p.name}: marked retired/unshipped in the inventory; skipping`);
        else
            names.push(p.name);
    }
    const clients = new _triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .Clients */ .f(ctx, deps);
    const orphans = [];
    let user = given;
    try {
        if (token !== '') {
            (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .assertCredentialUrl */ .Rr)(clients.urls.distgit, 'the dist-git token');
            const authed = new _sources_pagure_js__WEBPACK_IMPORTED_MODULE_2__/* .PagureDistGit */ .$P({ ...deps.http, baseUrl: clients.urls.distgit, headers: { authorization: `token ${token}` } });
            try {
                const owner = await authed.whoami();
                if (user !== undefined && user !== owner)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_8__/* .CommandError */ .Q(`--user ${user} is not the user of the dist-git token (${owner}): taking packages would make ${owner} their point of contact`, 2);
                user = owner;
            }
            finally {
                await authed.close();
            }
        }
        const owners = await (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_10__/* .mapOrdered */ .w)(names, 8, (pkg) => clients.distgit.owners(pkg));
        const candidates = [];
        names.forEach((pkg, i) => {
            const list = owners[i];
            if (list === undefined)
                skipped.push({ target: pkg, why: 'no such dist-git project (404)' });
            else if (list.includes(_sources_distgit_js__WEBPACK_IMPORTED_MODULE_11__/* .ORPHAN_USER */ .HA))
                candidates.push({ pkg, owner: list[0] ?? _sources_distgit_js__WEBPACK_IMPORTED_MODULE_11__/* .ORPHAN_USER */ .HA });
        });
        // The reason is colour for the reviewer: a failed lookup never blocks a candidate.
        const infos = await (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_10__/* .mapOrdered */ .w)(candidates, 8, (c) => clients.distgit.orphanInfo(c.pkg).catch((e) => {
            ctx.log(`warning: ${c.pkg}: could not fetch the orphan reason: ${e instanceof Error ? e.message : String(e)}`);
            return { orphan: true, reason: '', reasonInfo: '' };
        }));
        candidates.forEach((c, i) => orphans.push({ ...c, reason: infos[i].reason, reasonInfo: infos[i].reasonInfo }));
        verbose(`requests: ${JSON.stringify(clients.requestCounts())}`);
    }
    catch (e) {
        (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_9__/* .failWith */ .ff)(e, 'adopt: nothing was planned: ');
    }
    finally {
        await clients.close();
    }
    const actions = orphans.map((o) => ({
        id: (0,_plans_model_js__WEBPACK_IMPORTED_MODULE_4__/* .actionId */ .WX)('distgit', o.pkg, 'take-orphan'), service: 'distgit', target: o.pkg, kind: 'take-orphan',
        expect: { owner: o.owner }, set: { point_of_contact: user }, comment: null,
        why: o.reason === '' ? 'orphaned' : `orphaned: ${o.reason}${o.reasonInfo ? ` — ${o.reasonInfo}` : ''}`,
    }));
    const draft = { command: ctx.commandLine, actions, skipped };
    const links = { bugzilla: clients.urls.bugzilla, bodhi: clients.urls.bodhi, distgit: clients.urls.distgit, koji: (0,_sources_koji_js__WEBPACK_IMPORTED_MODULE_3__/* .kojiWebUrl */ .X5)(clients.urls['fedora-koji']) };
    const text = orphans.length === 0 ? 'No orphaned packages in the inventory.\n' : orphans.map((o) => `orphaned: ${describeOrphan(o)}\n`).join('') + `\n${orphans.length} package(s) would be taken by ${user}.\n`;
    ctx.log(`${names.length} checked, ${orphans.length} orphaned`);
    return {
        exitCode: 0,
        stdout: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'json') ? (0,_plans_serialize_js__WEBPACK_IMPORTED_MODULE_6__.planText)(draft, { job: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(a, 'job') ?? 'adopt', now: new Date() }) : text,
        findings: [],
        plan: draft,
        summary: (0,_plans_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanMarkdown */ .d$)(draft, { links }),
    };
}


/***/ }),

/***/ 4116:
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
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
/* harmony import */ var _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8882);
/* harmony import */ var _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8076);
/* harmony import */ var _sources_koji_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1295);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6614);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3541);
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5248);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1986);
/* harmony import */ var _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4664);
/* harmony import */ var _sources_schema_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2139);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7129);
/* harmony import */ var _distgit_patterns_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3490);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8619);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6769);
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
    return (0,_distgit_patterns_js__WEBPACK_IMPORTED_MODULE_10__/* .inWalk */ .f4)(pkg.name, f);
}
/** A name that cannot be a dist-git package never reaches a query: the reason, or undefined for a valid name. */
function invalidName(pkg) {
    const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_7__/* .nameProblem */ .rH)(pkg.name);
    return problem === undefined ? undefined : `not a valid package name (${problem}): not searched`;
}
/** triage-updates, semver-audit and adopt skip these without any request. */
function rawhideSkip(pkg) {
    if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_13__/* .isUnshipped */ .Tb)(pkg))
        return 'marked unshipped in the inventory (its bugs are triage-retired\'s)';
    if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_13__/* .isRetiredOn */ .T4)(pkg, 'rawhide'))
        return 'marked retired on rawhide in the inventory (its bugs are triage-retired\'s)';
    return undefined;
}
/** `--batch EMAIL`, checked (a flag name swallowed as the value is a usage error). */
function batchEmail(ctx) {
    const v = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'batch');
    if (v === undefined)
        return undefined;
    if (!(0,_plans_model_js__WEBPACK_IMPORTED_MODULE_12__/* .isEmailAddress */ .Z6)(v)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(`--batch needs the EMAIL whose assigned and CC'd bugs to search (poi-gitops has no per-user config to default it from), got ${JSON.stringify(v)}`, 2);
    }
    return v;
}
/** The claim email when --claim is given: --email or BUGZILLA_EMAIL, required before any request. */
function claimEmail(ctx) {
    if (!(0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(ctx.args, 'claim'))
        return undefined;
    const email = ((0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ctx.args, 'email') ?? ctx.env['BUGZILLA_EMAIL'] ?? '').trim();
    if (email === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q('--claim needs the email of the person who takes the bugs: pass --email EMAIL or set BUGZILLA_EMAIL', 2);
    if (!(0,_plans_model_js__WEBPACK_IMPORTED_MODULE_12__/* .isEmailAddress */ .Z6)(email))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(`--claim: ${JSON.stringify(email)} is not an email address`, 2);
    return email;
}
function serviceUrls(ctx) {
    try {
        return (0,_sources_services_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveServices */ .bs)(ctx.config.services, ctx.env);
    }
    catch (e) {
        if (e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceConfigError */ .my)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(e.message, 2);
        throw e;
    }
}
function retryLogger(ctx) {
    return (event) => {
        if (event.type === 'retry')
            ctx.log(`warning: ${event.method} ${event.url}: ${event.reason}; retrying in ${(event.delayMs / 1000).toFixed(1)} s`);
    };
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
        return { onEvent: retryLogger(this.#ctx), ...this.#deps.http };
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
    /** Requests per host so far, for the log. */
    requestCounts() {
        const out = {};
        for (const c of [this.#bugzilla, this.#bodhi, this.#distgit, this.#koji?.rpc.http]) {
            if (!c)
                continue;
            for (const [host, s] of Object.entries(c.stats()))
                out[host] = (out[host] ?? 0) + s.requests;
        }
        return out;
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
    const loopback = u.hostname === 'localhost' || u.hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(u.hostname) || u.hostname === '[::1]';
    if (u.protocol !== 'https:' && !loopback)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(`refusing to send ${what} over plain http to ${u.host}: use an https URL`, 2);
}
/** Rethrows a remote or naming failure as a CommandError with interface.md's exit code. */
function failWith(e, prefix) {
    if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q)
        throw e;
    if (e instanceof _sources_http_js__WEBPACK_IMPORTED_MODULE_5__/* .RemoteError */ .Hi || e instanceof _sources_bodhi_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseListError */ .c || e instanceof _sources_xmlrpc_js__WEBPACK_IMPORTED_MODULE_8__/* .XmlRpcFault */ .Zx)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(prefix + e.message, 3);
    if (e instanceof _sources_names_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidNameError */ .Tw || e instanceof _sources_services_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceConfigError */ .my)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(prefix + e.message, 2);
    if (e instanceof _sources_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .SchemaError */ .Ar)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .CommandError */ .Q(prefix + e.message, 3);
    throw e;
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
