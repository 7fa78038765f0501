export const id = 70;
export const ids = [70];
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

/***/ 3070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncDistgit: () => (/* binding */ syncDistgit),
  syncDistgitCommand: () => (/* binding */ syncDistgitCommand)
});

// EXTERNAL MODULE: ./src/core/args.ts
var args = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/sources/http.ts + 5 modules
var http = __webpack_require__(3541);
// EXTERNAL MODULE: ./src/sources/distgit.ts
var distgit = __webpack_require__(4866);
// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(7129);
// EXTERNAL MODULE: ./src/inventory/operations.ts
var operations = __webpack_require__(6200);
// EXTERNAL MODULE: ./src/commands/inventories.ts
var inventories = __webpack_require__(7958);
// EXTERNAL MODULE: ./src/commands/edit-helpers.ts
var edit_helpers = __webpack_require__(7740);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
;// CONCATENATED MODULE: ./src/commands/distgit/access.ts
// Which listed projects a user sync keeps (as poi-tracker decides it): direct
// access always wins; group-only access is subject to the group flags.

function keepProject(p, f) {
    if (f.user === undefined || (0,distgit/* hasDirectAccess */.U9)(p, f.user))
        return true;
    if (f.noGroups)
        return false;
    // The listing does not say which group granted access, so this looks at every group on the ACL (a Rust imprecision kept for parity).
    const groups = (0,distgit/* aclGroups */.xF)(p);
    if (f.includeGroups.length > 0)
        return f.includeGroups.some((g) => groups.has(g));
    if (f.excludeGroups.length > 0)
        return !f.excludeGroups.some((g) => groups.has(g));
    return true;
}

// EXTERNAL MODULE: ./src/commands/distgit/clients.ts
var distgit_clients = __webpack_require__(4917);
// EXTERNAL MODULE: ./src/commands/distgit/koji-first.ts
var koji_first = __webpack_require__(8297);
// EXTERNAL MODULE: ./src/commands/distgit/patterns.ts
var distgit_patterns = __webpack_require__(3490);
// EXTERNAL MODULE: ./src/commands/distgit/pool.ts
var pool = __webpack_require__(3271);
;// CONCATENATED MODULE: ./src/commands/distgit/fetch.ts
// sync-distgit's fetch step: the projects a user or group can access, by
// owner-alias dump, group listing or pattern listings, with a record of what
// finished so that nothing missing from an unfinished or unverified fetch is
// ever taken as "gone".




async function fetchProjects(dg, mode, patterns, o) {
    switch (mode.kind) {
        case 'fast':
            return fetchFast(dg, mode.user, mode.pattern);
        case 'group':
            return fetchGroup(dg, mode.group, patterns, o);
        case 'user':
            return fetchUser(dg, mode.user, patterns, o);
    }
}
/** --fast: one owner-alias dump, direct maintainers only, synthesized as commit-level records so the access filter keeps them. */
async function fetchFast(dg, user, pattern) {
    const index = await dg.maintainerIndex();
    const names = [...index].filter(([name, users]) => users.includes(user) && (pattern === undefined || (0,distgit_patterns/* matchesPattern */.MT)(name, pattern))).map(([n]) => n);
    names.sort(model/* compareNames */.MP);
    const projects = names.map((name) => ({ name, fullname: `rpms/${name}`, users: { ...(0,distgit/* emptyUserAccess */.Tq)(), commit: [user] }, groups: (0,distgit/* emptyGroupAccess */.HY)() }));
    // The dump is one document: if it parsed, it is whole.
    return { projects, verified: true, dropped: 0 };
}
/** Pagure's group endpoint ignores `pattern`, so the group is listed once and every scope is applied here (README, "Fixed gaps", item 2). */
async function fetchGroup(dg, group, patterns, o) {
    try {
        const listing = await dg.listGroupProjects(group);
        const projects = listing.projects.filter((p) => (0,distgit_patterns/* matchesAny */._I)(p.name, patterns));
        o.log(`group:${group}: ${listing.projects.length} rpms project(s) in ${listing.requests} request(s)${listing.dropped ? `, ${listing.dropped} non-rpms project(s) or fork(s) left out` : ''}`);
        return { projects, verified: listing.verified, dropped: listing.dropped };
    }
    catch (error) {
        return { projects: [], failure: { pattern: '', error, resumeAt: '' }, verified: false, dropped: 0 };
    }
}
/**
 * User listings: one per pattern, at most `jobs` at once, busiest prefixes
 * first (the client bounds requests in flight, pages included); a failure
 * stops new listings from starting.
 */
async function fetchUser(dg, user, patterns, o) {
    const order = (0,distgit_patterns/* startOrder */.l8)(patterns);
    const started = await (0,pool/* runLimited */.O)(order.map((i) => patterns[i]), o.jobs, async (pattern) => {
        const listing = await dg.listUserProjects(user, pattern === '' ? undefined : pattern);
        // The server may answer a superset (see pagure.serverPattern); the client-side matcher decides, as it does for pruning.
        const projects = pattern === '' ? listing.projects : listing.projects.filter((p) => (0,distgit_patterns/* matchesPattern */.MT)(p.name, pattern));
        o.log(`${pattern === '' ? 'all' : pattern}: ${projects.length} project(s) in ${listing.requests} request(s)`);
        return { ...listing, projects };
    });
    const settled = new Array(patterns.length);
    order.forEach((i, k) => { settled[i] = started[k]; });
    const projects = [];
    let verified = true;
    let failure;
    settled.forEach((s, i) => {
        if (s.status === 'done') {
            projects.push(...s.value.projects);
            verified &&= s.value.verified;
        }
        else if (s.status === 'failed' && failure === undefined) {
            failure = { pattern: patterns[i], error: s.error, resumeAt: '' };
        }
    });
    if (failure === undefined && settled.some((s) => s.status !== 'done'))
        throw new Error('internal: a listing neither finished nor failed');
    if (failure)
        failure.resumeAt = patterns[settled.findIndex((s) => s.status !== 'done')];
    return { projects, failure, verified: failure === undefined && verified, dropped: 0 };
}

;// CONCATENATED MODULE: ./src/commands/distgit/resume.ts
// poi-tracker's resume files, as a terminal convenience only (README,
// "sync-distgit and prune-retired"): `<output>.partial` holds the inventory
// with what the finished patterns added, `<output>.partial.state` the first
// pattern that did not finish. The command returns them as local state, which
// the entry point writes in the working tree on a terminal; never into a
// ChangeSet, and never in CI: runners are ephemeral, so a CI run always
// rescans (a full scan is a few dozen cheap requests), and stray files a
// developer committed are ignored there.
const partialPath = (output) => `${output}.partial`;
const statePath = (output) => `${output}.partial.state`;
/** Resume files are used on a terminal only, and not under --dry-run. */
function resumeAllowed(ctx) {
    return (ctx.delivery === 'preview' || ctx.delivery === 'write') && (ctx.env['CI'] === undefined || ctx.env['CI'] === '');
}
/** The resume point for `output`, if a `.partial` exists (read through the workspace). */
async function readResume(ctx, output) {
    const partial = await ctx.workspace.read(partialPath(output));
    if (partial === undefined)
        return undefined;
    const state = await ctx.workspace.read(statePath(output));
    const text = Buffer.from(partial).toString('utf8');
    return state === undefined ? { text } : { text, pattern: Buffer.from(state).toString('utf8').trim() };
}
/** Trims the list to start at the recorded pattern; an unknown pattern (the flags changed) keeps the full list. */
function trimToResume(patterns, pattern) {
    if (pattern === undefined)
        return [...patterns];
    const i = patterns.indexOf(pattern);
    return i < 0 ? [...patterns] : patterns.slice(i);
}
/** The resume point to save after a failed listing. */
function saveResume(output, text, failedPattern) {
    return { write: [{ path: partialPath(output), content: text }, { path: statePath(output), content: `${failedPattern}\n` }], remove: [] };
}
/** The resume files to drop once a resumed run's result is written. */
function dropResume(output) {
    return { write: [], remove: [partialPath(output), statePath(output)] };
}

// EXTERNAL MODULE: ./src/sources/names.ts
var names = __webpack_require__(1986);
// EXTERNAL MODULE: ./src/sources/pagure.ts
var pagure = __webpack_require__(6614);
;// CONCATENATED MODULE: ./src/commands/distgit/sync-options.ts
// sync-distgit's flags and their rules (docs/poi-tracker-compatibility.md, "Flags"),
// checked before any request is made.






const SYNC_DISTGIT_SPEC = {
    name: 'sync-distgit',
    summary: 'Create or update an inventory from the packages a Fedora dist-git (Pagure) user or group can access.',
    positionals: [],
    flags: [
        { name: 'user', kind: 'string', metavar: 'USER', help: 'sync the packages this user can access (prefix scan by default)' },
        { name: 'group', kind: 'string', metavar: 'GROUP', help: 'sync the packages attached to this group (one listing)' },
        { name: 'output', short: 'o', kind: 'string', metavar: 'FILE', help: 'inventory to create or update (default inventory.toml)' },
        { name: 'fast', kind: 'bool', help: 'one owner-alias request instead of listings (user only; direct owner/admin/commit only)' },
        { name: 'no-groups', kind: 'bool', help: 'drop packages the user reaches only through a group' },
        { name: 'include-group', kind: 'list', metavar: 'GROUPS', help: 'keep group-only packages only when one of these groups is on their ACL' },
        { name: 'exclude-group', kind: 'list', metavar: 'GROUPS', help: 'drop group-only packages when one of these groups is on their ACL' },
        { name: 'exclude', kind: 'list', metavar: 'GLOBS', help: 'drop packages whose name matches (NAME or PREFIX*, case-insensitive)' },
        { name: 'pattern', kind: 'string', metavar: 'PAT', help: 'one patterned listing (NAME or PREFIX*) instead of the prefix scan' },
        { name: 'start-pattern', kind: 'string', metavar: 'P', help: 'begin the prefix scan at this prefix' },
        { name: 'end-pattern', kind: 'string', metavar: 'P', help: 'stop the prefix scan before this prefix' },
        { name: 'auto-prefix', kind: 'bool', help: 'force the prefix scan (a*…z*, 0*…9*); the last of --auto-prefix/--no-auto-prefix wins' },
        { name: 'no-auto-prefix', kind: 'bool', help: 'force one unfiltered listing' },
        { name: 'prune', kind: 'bool', help: 'remove packages no longer in the results (never those marked unshipped)' },
        { name: 'mark-unshipped', kind: 'bool', help: 'check the packages this run adds for retirement (koji first, as prune-retired --fast) and mark them' },
        { name: 'jobs', short: 'j', kind: 'string', metavar: 'N', help: 'requests in flight to one dist-git host, 1..8 (default 8)' },
        { name: 'per-page', kind: 'string', metavar: 'N', help: 'Pagure page size, 1..100 (default 100)' },
        { name: 'workload', kind: 'list', metavar: 'KEYS', help: 'workloads for newly added packages' },
        { name: 'name', kind: 'string', metavar: 'NAME', help: 'inventory name (default: the source label, e.g. user-jdoe)' },
        { name: 'partial-additions', kind: 'bool', help: 'on a listing failure, still propose the additions of the finished listings (labelled incomplete, never removals; exit 3)' }
    ],
    notes: `A removal (--prune) is proposed only when every listing of the scope finished in this run and matched the server's total.
On a terminal (CI unset), a failed scan saves FILE.partial and FILE.partial.state; the same command resumes from them. They are never proposed, and never used in CI.`
};
const usage = (message) => new types/* CommandError */.Q(message, 2);
function checkName(kind, flag, value) {
    const problem = (0,names/* nameProblem */.rH)(value);
    if (problem !== undefined)
        throw usage(`${flag}: invalid ${kind} name ${JSON.stringify(value)}: ${problem}`);
    return value;
}
function syncOptions(ctx, output) {
    const a = ctx.args;
    if (a.positionals.length > 0)
        throw usage(`sync-distgit takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`);
    const user = (0,args/* str */.gx)(a, 'user');
    const group = (0,args/* str */.gx)(a, 'group');
    if (user !== undefined && group !== undefined)
        throw usage('--user and --group cannot be used together');
    if (user === undefined && group === undefined)
        throw usage('one of --user or --group is required');
    const auto = (0,distgit_patterns/* lastFlag */.p3)(a.order, 'auto-prefix', 'no-auto-prefix');
    const has = (f) => a.flags.has(f);
    const conflicts = [
        ['--fast', (0,args/* bool */.lc)(a, 'fast'), '--group', group !== undefined],
        ['--fast', (0,args/* bool */.lc)(a, 'fast'), '--include-group', has('include-group')],
        ['--fast', (0,args/* bool */.lc)(a, 'fast'), '--exclude-group', has('exclude-group')],
        ['--fast', (0,args/* bool */.lc)(a, 'fast'), '--auto-prefix', auto === true],
        ['--fast', (0,args/* bool */.lc)(a, 'fast'), '--no-auto-prefix', auto === false],
        ['--fast', (0,args/* bool */.lc)(a, 'fast'), '--start-pattern', has('start-pattern')],
        ['--fast', (0,args/* bool */.lc)(a, 'fast'), '--end-pattern', has('end-pattern')],
        ['--no-groups', (0,args/* bool */.lc)(a, 'no-groups'), '--include-group', has('include-group')],
        ['--no-groups', (0,args/* bool */.lc)(a, 'no-groups'), '--exclude-group', has('exclude-group')],
        ['--include-group', has('include-group'), '--exclude-group', has('exclude-group')],
        ['--pattern', has('pattern'), '--auto-prefix', auto === true],
        ['--pattern', has('pattern'), '--start-pattern', has('start-pattern')],
        ['--pattern', has('pattern'), '--end-pattern', has('end-pattern')],
        ['--no-auto-prefix', auto === false, '--start-pattern', has('start-pattern')],
        ['--no-auto-prefix', auto === false, '--end-pattern', has('end-pattern')]
    ];
    for (const [x, xs, y, ys] of conflicts)
        if (xs && ys)
            throw usage(`${x} cannot be used with ${y}`);
    if (group !== undefined && ((0,args/* bool */.lc)(a, 'no-groups') || has('include-group') || has('exclude-group'))) {
        throw usage('--no-groups, --include-group and --exclude-group only apply with --user');
    }
    if (user !== undefined)
        checkName('user', '--user', user);
    if (group !== undefined)
        checkName('group', '--group', group);
    const includeGroups = (0,args/* list */.p_)(a, 'include-group').map((g) => checkName('group', '--include-group', g));
    const excludeGroups = (0,args/* list */.p_)(a, 'exclude-group').map((g) => checkName('group', '--exclude-group', g));
    const pattern = (0,args/* str */.gx)(a, 'pattern');
    // Patterns the Pagure query can express as a superset of the client-side match (README, "Fixed gaps", item 5).
    if (pattern !== undefined && (pattern === '' || !pagure/* PATTERN_SYNTAX */.nh.test(pattern))) {
        throw usage(`--pattern ${JSON.stringify(pattern)}: use a package name or a prefix ending in "*" (letters, digits, "._+-")`);
    }
    const start = (0,args/* str */.gx)(a, 'start-pattern');
    const end = (0,args/* str */.gx)(a, 'end-pattern');
    const fast = (0,args/* bool */.lc)(a, 'fast');
    const patterns = fast ? [pattern ?? ''] : (0,distgit_patterns/* patternList */.B2)({ user: user !== undefined, pattern, start, end, autoPrefix: auto });
    // An empty scan list would make every package "out of scope" stale; it is a mistake in the flags (README, "Fixed gaps", item 1).
    if (patterns.length === 0) {
        throw usage(`--start-pattern ${JSON.stringify(start ?? '')}${end !== undefined ? ` / --end-pattern ${JSON.stringify(end)}` : ''} leave no prefix to scan; prefixes are single characters in the order ${distgit_patterns/* PREFIXES */.V4.join(' ')}`);
    }
    const jobs = (0,args/* str */.gx)(a, 'jobs');
    return {
        user, group, output, fast,
        noGroups: (0,args/* bool */.lc)(a, 'no-groups'),
        includeGroups, excludeGroups,
        exclude: (0,args/* list */.p_)(a, 'exclude'),
        pattern,
        patterns,
        scope: patterns,
        prune: (0,args/* bool */.lc)(a, 'prune'),
        markUnshipped: (0,args/* bool */.lc)(a, 'mark-unshipped'),
        jobs: (0,distgit_clients/* jobsFlag */.xj)(jobs),
        perPage: (0,distgit_clients/* positiveInt */.NJ)((0,args/* str */.gx)(a, 'per-page'), '--per-page', 100, 100),
        workloads: (0,args/* list */.p_)(a, 'workload'),
        name: (0,args/* str */.gx)(a, 'name'),
        partialAdditions: (0,args/* bool */.lc)(a, 'partial-additions')
    };
}

// EXTERNAL MODULE: ./src/commands/distgit/target.ts
var distgit_target = __webpack_require__(6640);
// EXTERNAL MODULE: ./src/commands/unshipped.ts
var unshipped = __webpack_require__(7568);
;// CONCATENATED MODULE: ./src/commands/sync-distgit.ts
// `sync-distgit --user U | --group G [-o FILE] …` (docs/poi-tracker-compatibility.md,
// "sync-distgit"; README, "sync-distgit and prune-retired"): merge the
// packages a dist-git user or group can access into an inventory.
// Additions come from whatever was listed; a removal (--prune) needs every
// listing of the scope finished in this run and matched against the server's
// total, otherwise the run fails with exit 3 and proposes nothing.


















function syncDistgitCommand(deps = {}) {
    return { spec: SYNC_DISTGIT_SPEC, run: (ctx) => runSync(ctx, deps) };
}
const syncDistgit = syncDistgitCommand();
async function runSync(ctx, deps) {
    const output = (0,inventories/* repoPath */.qN)((0,args/* str */.gx)(ctx.args, 'output') ?? 'inventory.toml');
    const o = syncOptions(ctx, output);
    const label = o.user !== undefined ? `user:${o.user}` : `group:${o.group}`;
    const urls = (0,distgit_clients/* serviceUrls */._x)(ctx);
    const clients = { urls, list: (0,distgit_clients/* makeDistGit */.rf)(ctx, deps, urls, o.jobs, o.perPage) };
    try {
        return await sync(ctx, deps, o, label, clients);
    }
    finally {
        await Promise.all([clients.list.close(), clients.bodhi?.close(), clients.koji?.rpc.http.close()]);
    }
}
async function sync(ctx, deps, o, label, clients) {
    const resume = await resumePoint(ctx, o);
    const patterns = resume ? trimToResume(o.patterns, resume.pattern) : o.patterns;
    if (resume)
        ctx.log(`Resuming from ${partialPath(o.output)}${resume.pattern !== undefined && patterns.length < o.patterns.length ? ` at ${resume.pattern || 'the unfiltered listing'}` : ''}`);
    if (o.user !== undefined && !o.fast)
        await checkMemberships(ctx, clients.list, o);
    const mode = o.fast ? { kind: 'fast', user: o.user, pattern: o.pattern }
        : o.user !== undefined ? { kind: 'user', user: o.user } : { kind: 'group', group: o.group };
    let fetched;
    try {
        fetched = await fetchProjects(clients.list, mode, patterns, { jobs: o.jobs, log: ctx.log });
    }
    catch (e) {
        // Fast mode and internal failures: nothing was fetched, nothing is saved (no resume files either).
        (0,distgit_clients/* commandError */.yE)(e, `${label}: `);
    }
    const remote = filterRemote(ctx, o, fetched.projects);
    const { target, outputNames } = await loadTarget(ctx, o, label, resume);
    const records = [];
    if (o.name !== undefined && target.model.meta.name !== o.name) {
        records.push({ file: o.output, kind: 'changed', field: 'inventory.name', before: target.model.meta.name, after: o.name });
        target.model.meta.name = o.name;
    }
    addRemote(target.model, remote, o.workloads);
    // Added = not in the output file before this run: with a resume base that includes what the interrupted run added (README, "Fixed gaps", item 4).
    const why = new Map(remote.map((r) => [r.project.name, r.why]));
    const added = [...new Set(target.model.packages.map((p) => p.name).filter((n) => !outputNames.has(n)))].sort(model/* compareNames */.MP);
    for (const name of added)
        records.push({ file: o.output, package: name, kind: 'added', reason: why.get(name) ?? 'listed by the interrupted run this one resumed', source: 'distgit' });
    if (fetched.failure)
        return failedFetch(ctx, o, label, clients, target, records, fetched.failure);
    const findings = [];
    let complete = fetched.verified && !resume;
    let pruned = 0;
    if (resume) {
        // This run saw only part of the scope, so it cannot tell what is stale (README, "Fixed gaps", item 3).
        ctx.log(`note: the stale-package check${o.prune ? ' and --prune were' : ' was'} skipped because this run resumed an interrupted scan; the next full run covers them`);
    }
    else {
        const seen = new Set(remote.map((r) => r.project.name));
        const stale = target.model.packages.filter((p) => p.unshipped === undefined && !seen.has(p.name) && (0,distgit_patterns/* matchesAny */._I)(p.name, o.scope)).map((p) => p.name);
        const staleNames = [...new Set(stale)];
        if (staleNames.length > 0 && o.prune) {
            if (seen.size === 0 && wholeScope(o.scope)) {
                // Not in poi-tracker: an empty result (a misspelt user or group, an emptied account) would otherwise wipe the whole scope.
                throw new types/* CommandError */.Q(`${label}: dist-git lists no package in scope, so --prune would remove all ${staleNames.length} package(s) of ${o.output}; check the ${o.group !== undefined ? 'group' : 'user'} name, or remove them by hand if this is intended`, 1);
            }
            if (!fetched.verified) {
                throw new types/* CommandError */.Q(`${label}: refusing to prune ${staleNames.length} package(s): a listing carried no total to check it against, so the scan may be incomplete; nothing was proposed`, 3);
            }
            const gone = new Set(staleNames);
            target.model.packages = target.model.packages.filter((p) => !(gone.has(p.name) && p.unshipped === undefined));
            const left = new Set(target.model.packages.map((p) => p.name));
            (0,unshipped/* dropFromWorkloads */.wu)(target.model, new Set(staleNames.filter((n) => !left.has(n))));
            pruned = staleNames.length;
            for (const name of staleNames)
                records.push({ file: o.output, package: name, kind: 'removed', reason: `no longer in the dist-git results for ${label}${scopeText(o.scope)}`, source: 'distgit' });
        }
        else if (staleNames.length > 0) {
            ctx.log(`warning: ${staleNames.length} package(s) in ${o.output} are not in sync scope (not in the dist-git results for ${label}): ${staleNames.join(', ')}; pass --prune to remove them`);
            findings.push(...(0,distgit_target/* packageFindings */.Rq)(o.output, target.before, staleNames.map((name) => ({
                name, message: `package '${name}' is not in the dist-git results for ${label}${scopeText(o.scope)}; --prune would remove it`
            })), 'distgit-stale'));
        }
        if (!fetched.verified) {
            complete = false;
            ctx.log('warning: a listing carried no total to check it against; the result is treated as incomplete');
        }
    }
    if (o.markUnshipped && added.length > 0) {
        const marked = await markAdded(ctx, deps, o, clients, target, added);
        records.push(...marked.records);
        findings.push(...marked.findings);
    }
    const change = (0,distgit_target/* fileChange */.b_)(target);
    const summary = `Synced ${label}: ${added.length} added${pruned > 0 ? `, ${pruned} pruned` : ''}, ${target.model.packages.length} package(s) in ${o.output}\n`;
    // A resumed run's result replaces the resume point once it is written, as poi-tracker does.
    const dropped = resume && ctx.delivery === 'write' && resumeAllowed(ctx) ? { localState: dropResume(o.output) } : {};
    return { exitCode: 0, stdout: summary, findings, changeSet: finish(ctx, clients, [change], records, findings, o.output, complete), ...dropped };
}
/** The terminal-only resume base; in CI (ephemeral runners) stray files are reported and ignored. */
async function resumePoint(ctx, o) {
    const found = o.fast ? undefined : await readResume(ctx, o.output);
    if (!found)
        return undefined;
    if (!resumeAllowed(ctx)) {
        ctx.log(`warning: ignoring ${partialPath(o.output)}: resume files are a terminal convenience and are never used in CI; delete it from the repository`);
        return undefined;
    }
    return found;
}
/** As poi-tracker: an --include-group the user is not in is an error; an --exclude-group only a warning. */
async function checkMemberships(ctx, dg, o) {
    const user = o.user;
    for (const [groups, include] of [[o.includeGroups, true], [o.excludeGroups, false]]) {
        for (const g of groups) {
            let members;
            try {
                members = await dg.groupMembers(g);
            }
            catch (e) {
                if (e instanceof http/* RemoteError */.Hi && e.status === 404)
                    throw new types/* CommandError */.Q(`dist-git has no group '${g}' (404)`, 2);
                (0,distgit_clients/* commandError */.yE)(e, `could not read the members of group '${g}': `);
            }
            if (members.includes(user))
                continue;
            if (include)
                throw new types/* CommandError */.Q(`${user} is not a member of group '${g}', so --include-group ${g} would select nothing`, 2);
            ctx.log(`warning: ${user} is not a member of group '${g}'; --exclude-group ${g} still drops group-only packages that list it`);
        }
    }
}
/** De-duplicate (first wins), then the access filter and --exclude, with counts when anything was dropped. */
function filterRemote(ctx, o, projects) {
    const unique = new Map();
    for (const p of projects)
        if (!unique.has(p.name))
            unique.set(p.name, p);
    const filter = { user: o.user, noGroups: o.noGroups, includeGroups: o.includeGroups, excludeGroups: o.excludeGroups };
    const access = [...unique.values()].filter((p) => keepProject(p, filter));
    const kept = access.filter((p) => o.exclude.length === 0 || !(0,distgit_patterns/* matchesAny */._I)(p.name, o.exclude));
    if (kept.length !== unique.size) {
        ctx.log(`${unique.size} unique project(s) fetched; ${unique.size - access.length} excluded by the group filter, ${access.length - kept.length} by --exclude`);
    }
    return kept.map((project) => ({ project, why: whyListed(o, project) }));
}
function whyListed(o, p) {
    if (o.group !== undefined)
        return `attached to group ${o.group}`;
    if (o.fast)
        return `direct maintainer (owner-alias dump)`;
    if ((0,distgit/* hasDirectAccess */.U9)(p, o.user))
        return 'direct access';
    return `group access (${[...(0,distgit/* aclGroups */.xF)(p)].sort(model/* compareNames */.MP).join(', ') || 'group not named'})`;
}
/** The partial (resuming), else the output file, else a fresh inventory; plus the output file's names. */
async function loadTarget(ctx, o, label, resume) {
    const bytes = await ctx.workspace.read(o.output);
    const existing = bytes === undefined ? undefined : (0,distgit_target/* parseOrFail */.XN)(o.output, bytes);
    const outputNames = new Set(existing?.inventory.packages.map((p) => p.name) ?? []);
    const before = existing ? (0,edit_helpers/* originalText */.D)(existing.source) : null;
    if (resume) {
        const { source, inventory } = (0,distgit_target/* parseOrFail */.XN)(o.output, resume.text, partialPath(o.output));
        return { target: (0,distgit_target/* editTarget */.O_)(o.output, source, inventory, before), outputNames };
    }
    if (existing)
        return { target: (0,distgit_target/* editTarget */.O_)(o.output, existing.source, existing.inventory, before), outputNames };
    const fresh = {
        meta: {
            name: o.name ?? label.replace(':', '-'),
            description: `Packages synced from dist-git (${label})`,
            maintainer: label,
            labels: [],
            private_fields: [],
            workloads: new Map(o.workloads.map((w) => [w, (0,model/* emptyWorkload */.NB)()]))
        },
        packages: []
    };
    return { target: (0,distgit_target/* freshTarget */.so)(o.output, fresh), outputNames };
}
/** Bare entries for names not yet present (exact, case-sensitive), tagged with this run's workloads. Existing entries are never touched. */
function addRemote(model, remote, workloads) {
    const present = new Set(model.packages.map((p) => p.name));
    for (const { project } of remote) {
        if (present.has(project.name))
            continue;
        present.add(project.name);
        (0,operations/* addPackage */.Eb)(model, { name: project.name });
        for (const w of workloads)
            (0,operations/* addToWorkload */.aI)(model, w, project.name);
    }
}
/** The scope covers every name: one unfiltered listing or the full prefix scan. */
function wholeScope(scope) {
    return (scope.length === 1 && scope[0] === '') || (scope.length === distgit_patterns/* PREFIXES */.V4.length && distgit_patterns/* PREFIXES */.V4.every((p, i) => scope[i] === p));
}
function scopeText(scope) {
    if (scope.length === 0 || (scope.length === 1 && scope[0] === ''))
        return '';
    return scope.length > 3 ? ` (scope ${scope[0]} … ${scope[scope.length - 1]})` : ` (scope ${scope.join(', ')})`;
}
/**
 * A listing failed after retries. Default: exit 3 and nothing proposed (an
 * open proposal stays as it was). On a terminal the progress is saved to the
 * resume files. With --partial-additions the additions of the finished
 * listings are returned as an incomplete change set: no removals, no stale
 * check, no markers, exit 3.
 */
function failedFetch(ctx, o, label, clients, target, records, failure) {
    const detail = failure.error instanceof Error ? failure.error.message : String(failure.error);
    const where = failure.pattern === '' ? 'the listing' : `the listing for ${failure.pattern}`;
    const hint = failure.pattern === '' && o.user !== undefined && /\b504\b/.test(detail)
        ? ' (an unfiltered user listing is too expensive for Pagure; use the prefix scan, i.e. drop --no-auto-prefix, or --pattern)'
        : '';
    if (o.group !== undefined && failure.error instanceof http/* RemoteError */.Hi && failure.error.status === 404)
        throw new types/* CommandError */.Q(`dist-git has no group '${o.group}' (404)`, 2);
    const code = (0,distgit_clients/* exitCodeOf */.FO)(failure.error) ?? 3;
    if (code !== 3)
        throw new types/* CommandError */.Q(`${label}: ${detail}`, code);
    const added = records.filter((r) => r.kind === 'added').length;
    let saved = '';
    let localState;
    if (resumeAllowed(ctx) && !o.fast) {
        localState = saveResume(o.output, target.render(), failure.resumeAt);
        saved = `; saved ${target.model.packages.length} package(s) (${added} new) to ${partialPath(o.output)}; run the same command again to resume`;
    }
    const message = `${label}: ${where} failed: ${detail}${hint}; no change was proposed${saved}`;
    if (!o.partialAdditions)
        throw new types/* CommandError */.Q(message, 3, [], localState);
    ctx.log(`error: ${message}`);
    const finding = {
        file: o.output, line: 1, column: 1, severity: 'error', rule: 'distgit-incomplete',
        message: `incomplete scan of ${label}: ${where} failed (${detail}); only additions from the finished listings are proposed, nothing was pruned or marked`
    };
    const change = (0,distgit_target/* fileChange */.b_)(target);
    return { exitCode: 3, findings: [finding], changeSet: finish(ctx, clients, [change], records.filter((r) => r.kind !== 'removed'), [finding], o.output, false), ...(localState ? { localState } : {}) };
}
/**
 * `--mark-unshipped`, best effort. The packages added (since the output file's
 * last version) are checked; candidates are marked, invalid ones reported. A
 * failure only skips the markers, with a warning and a finding, because the
 * additions and any pruning rest on complete listings.
 */
async function markAdded(ctx, deps, o, clients, target, names) {
    try {
        clients.bodhi ??= (0,distgit_clients/* makeBodhi */.FP)(ctx, deps, clients.urls);
        const releases = await clients.bodhi.releases();
        const active = (0,unshipped/* activeBranchSet */.xe)(releases);
        ctx.log(`Checking ${names.length} added package(s) for retirement on ${active.join(', ')}, koji first`);
        // The same koji-first path as prune-retired --fast (README): koji's package lists, dist-git where koji cannot answer.
        clients.koji ??= (0,distgit_clients/* makeFedoraKoji */.nX)(ctx, deps, clients.urls);
        const checked = await (0,koji_first/* scanKojiFirst */.fq)({ dg: clients.list, koji: clients.koji, releases, active, names, jobs: o.jobs, log: ctx.log });
        const changes = (0,unshipped/* applyMarkers */.gw)(target.model.packages, checked);
        const sources = new Map(checked.map((c) => [c.name, c.source ?? 'distgit']));
        const records = changes.map((c) => ({ file: o.output, package: c.name, kind: 'marked', field: 'unshipped', before: c.before, after: c.after, reason: c.why, source: sources.get(c.name) ?? 'distgit' }));
        const invalid = checked.filter((c) => c.verdict.kind === 'invalid');
        for (const c of invalid)
            ctx.log(`warning: ${c.name}: ${c.verdict.kind === 'invalid' ? c.verdict.reason : ''} — fix or remove the entry`);
        const findings = (0,distgit_target/* packageFindings */.Rq)(o.output, target.render(), invalid.map((c) => ({
            name: c.name, message: `package '${c.name}': ${c.verdict.kind === 'invalid' ? c.verdict.reason : ''}; fix or remove the entry`
        })), 'distgit-invalid');
        return { records, findings };
    }
    catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        if ((0,distgit_clients/* exitCodeOf */.FO)(e) === undefined)
            throw e;
        ctx.log(`warning: could not check the added packages for retirement (${detail}); no unshipped markers were set — run prune-retired -i ${o.output} later`);
        return {
            records: [],
            findings: [{ file: o.output, line: 1, column: 1, severity: 'warning', rule: 'distgit-markers-skipped', message: `unshipped markers were not checked for the ${names.length} added package(s): ${detail}` }]
        };
    }
}
function finish(ctx, clients, changes, records, findings, output, complete) {
    const set = (0,inventories/* changeSet */.Jn)(ctx, changes, records, [output], complete);
    set.findings = findings;
    set.provenance.services = { distgit: clients.urls.distgit, ...(clients.bodhi ? { bodhi: clients.urls.bodhi } : {}), ...(clients.koji ? { 'fedora-koji': clients.urls.fedoraKoji } : {}) };
    set.provenance.requests = (0,http/* requestCounts */.q3)([clients.list, ...(clients.bodhi ? [clients.bodhi] : []), ...(clients.koji ? [clients.koji.rpc.http] : [])]);
    return set;
}


/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ removePackages),
/* harmony export */   Eb: () => (/* binding */ addPackage),
/* harmony export */   aI: () => (/* binding */ addToWorkload)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7129);
// The model operations poi-tracker's commands use (docs/poi-tracker-compatibility.md,
// "Lookups, workloads and priority"),
// applied to an editor's model; the editor decides where they land in the text.

/** Adds `name` to workload `key`, creating the workload; keeps the list sorted as poi-tracker does. */
function addToWorkload(inv, key, name) {
    let w = inv.meta.workloads.get(key);
    if (!w) {
        w = { packages: [] };
        inv.meta.workloads.set(key, w);
    }
    if (w.packages.includes(name))
        return false;
    w.packages.push(name);
    w.packages.sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNames */ .MP);
    return true;
}
/** Removes every entry named `name`; returns how many were removed. Workload lists are left alone, as in poi-tracker. */
function removePackages(inv, name) {
    const before = inv.packages.length;
    inv.packages = inv.packages.filter((p) => p.name !== name);
    return before - inv.packages.length;
}
/** Adds a new package (the editor places it in sorted order in a sorted file). */
function addPackage(inv, pkg) {
    inv.packages.push(pkg);
}


/***/ })

};
