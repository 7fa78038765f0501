export const id = 562;
export const ids = [562];
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
/* harmony import */ var _sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8882);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4285);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3271);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7958);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8619);
/* harmony import */ var _triage_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4116);
/* harmony import */ var _triage_koji_lookup_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8627);
/* harmony import */ var _triage_stale_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4150);
/* harmony import */ var _triage_versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6718);
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
    flags: [..._triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .WALK_FLAGS */ .a6, _triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .BATCH_FLAG */ .Sj, { name: 'non-breaking', kind: 'bool', help: 'show only the non-breaking updates' }, { ..._triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .JSON_FLAG */ .KH, help: 'print [{"package","bug","packaged","available","category"}]' }, _triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .VERBOSE_FLAG */ .yi],
};
function semverAuditCommand(deps = {}) {
    return { spec: SEMVER_AUDIT_SPEC, run: (ctx) => runSemverAudit(ctx, deps) };
}
const semverAudit = semverAuditCommand();
async function runSemverAudit(ctx, deps) {
    const a = ctx.args;
    if (a.positionals.length > 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Q(`semver-audit takes no positional arguments (got ${JSON.stringify(a.positionals[0])})`, 2);
    const batch = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .batchEmail */ .fP)(ctx);
    const verbose = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(a, 'verbose') ? ctx.log : () => undefined;
    const view = (await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_2__/* .loadMerged */ .Rw)(ctx, await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_2__/* .requirePaths */ .yK)(ctx))).inventory;
    const filter = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .walkFilter */ .Wz)(ctx);
    const names = [];
    let skipped = 0;
    for (const pkg of view.packages) {
        if (!(0,_triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .inFilter */ .eU)(pkg, filter))
            continue;
        const bad = (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidName */ .z)(pkg);
        if (bad)
            ctx.log(`warning: ${JSON.stringify(pkg.name)}: ${bad}`);
        else if ((0,_triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .rawhideSkip */ ._n)(pkg))
            skipped++;
        else
            names.push(pkg.name);
    }
    if (skipped > 0)
        ctx.log(`(${skipped} package(s) skipped: marked unshipped or retired on rawhide in the inventory)`);
    const clients = new _triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .Clients */ .f(ctx, deps);
    let pending = [];
    try {
        if (names.length > 0) {
            const grouped = batch ? (0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .groupByComponent */ .eu)(await clients.bugzilla.search((0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .batchParams */ .vD)(batch))) : await clients.bugzilla.searchComponents(names, (0,_sources_bugzilla_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseMonitoringParams */ .Gp)());
            pending = names.flatMap((pkg) => {
                const chosen = (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .pickLatest */ .xJ)(grouped.get(pkg) ?? [], pkg);
                return chosen ? [{ pkg, bug: chosen.bug, version: chosen.version, retired: false }] : [];
            });
        }
        await (0,_distgit_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .mapOrdered */ .w)(pending, 8, async (p) => {
            const spec = await clients.distgit.specFile(p.pkg, 'rawhide');
            const current = spec === undefined ? undefined : (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .specVersion */ .kc)(spec);
            if (current !== undefined)
                p.current = current;
            else {
                // Only an unknown version asks for dead.package; a failed probe counts as not retired.
                p.retired = await clients.distgit.isRetired(p.pkg, 'rawhide').catch((e) => {
                    ctx.log(`warning: ${p.pkg}: dead.package probe failed (${e instanceof Error ? e.message : String(e)}); counted as not retired`);
                    return false;
                });
            }
            p.category = p.current === p.version ? 'up-to-date' : (0,_triage_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyWithStatus */ .nH)(p.current, p.version, p.retired);
        });
        await verifyInKoji(ctx, clients, pending.filter((p) => p.category === 'up-to-date'));
        verbose(`requests: ${JSON.stringify(clients.requestCounts())}`);
    }
    catch (e) {
        (0,_triage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .failWith */ .ff)(e, 'semver-audit: ');
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
        tag = (0,_triage_stale_js__WEBPACK_IMPORTED_MODULE_5__/* .activeReleases */ .Zs)(await clients.bodhi.releases()).find((r) => r.branch === 'rawhide')?.stableTag ?? 'rawhide';
    }
    catch (e) {
        const why = `Bodhi's release list could not be read (${e instanceof Error ? e.message : String(e)})`;
        ctx.log(`warning: ${why}; up-to-date entries are not verified in koji`);
        for (const p of upToDate)
            p.unverified = why;
        return;
    }
    const koji = new _triage_koji_lookup_js__WEBPACK_IMPORTED_MODULE_8__/* .CachedKojiLookups */ .P(clients.koji);
    await koji.resolve(upToDate.map((p) => ({ tag, package: p.pkg })));
    for (const p of upToDate) {
        const answer = koji.get(tag, p.pkg);
        if (!answer || 'error' in answer) {
            p.unverified = `koji lookup in ${tag} failed${answer && 'error' in answer ? `: ${answer.error}` : ''}`;
            ctx.log(`warning: ${p.pkg}: ${p.unverified} (cannot verify staleness)`);
            continue;
        }
        if (!(0,_triage_stale_js__WEBPACK_IMPORTED_MODULE_5__/* .taggedAddressing */ .pu)(answer.nvr, p.pkg, p.version))
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
    for (const kind of _triage_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .BUMP_ORDER */ .qZ) {
        const group = entries.filter((e) => e.category === kind);
        if (group.length === 0)
            continue;
        out.push('', `${_triage_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .BUMP_LABELS */ .N8[kind]} (${group.length}):`);
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
    for (const kind of _triage_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .BUMP_ORDER */ .qZ) {
        for (const e of entries.filter((x) => x.category === kind)) {
            out.push(`| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .codeSpan */ .SS)(e.package)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .link */ .nf)(`rhbz#${e.bug}`, `${bugzilla}/show_bug.cgi?id=${e.bug}`)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .codeSpan */ .SS)(e.packaged)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .codeSpan */ .SS)(e.available)} | ${_triage_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .BUMP_LABELS */ .N8[kind]} |`);
        }
    }
    if (notes.length > 0)
        out.push('', 'Not verified in koji (kept as up to date):', '', ...notes.map((n) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeText */ .X1)(n)}`));
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 6769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ KIND_ORDER),
/* harmony export */   WX: () => (/* binding */ actionId),
/* harmony export */   Z6: () => (/* binding */ isEmailAddress),
/* harmony export */   Ze: () => (/* binding */ PLAN_VERSION),
/* harmony export */   jq: () => (/* binding */ ACTION_KINDS),
/* harmony export */   x7: () => (/* binding */ KIND_TITLES)
/* harmony export */ });
// A plan: the writes to Bugzilla and dist-git a command wants, as data a
// proposal carries and a reviewer approves by merging (README, "Plans").
// Version 1 is a stable, documented shape; nothing here writes anything.
const PLAN_VERSION = 1;
const ACTION_KINDS = ['priority', 'errata', 'modified', 'ask-close', 'cantfix', 'claim', 'take-orphan'];
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
/** A plain email address (what a claim may assign a bug to). */
function isEmailAddress(s) {
    return EMAIL.test(s);
}
function actionId(service, target, kind) {
    return `${service}:${target}:${kind}`;
}
/** Action groups in the order plans list (and apply) them. */
const KIND_ORDER = ['priority', 'errata', 'modified', 'ask-close', 'cantfix', 'claim', 'take-orphan'];
const KIND_TITLES = {
    priority: 'Priority raises',
    errata: 'Close as ERRATA (stable everywhere)',
    modified: 'Move to MODIFIED (still in testing)',
    'ask-close': 'Addressed only in some releases — needs a decision (ASK-CLOSE)',
    cantfix: 'Close as CANTFIX (retired branch)',
    claim: 'Claims',
    'take-orphan': 'Take orphaned packages',
};


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony exports stripHidden, commentSafe */
// Escaping for text that reaches a PR/MR body from remote services (package
// names, unshipped reasons, GitLab project paths, …). Such text must render as
// the literal characters: no Markdown or HTML, no @mentions that notify people,
// no #123 / !123 / ~label references that link (and back-link) other threads,
// no clickable URLs, and no control or bidi characters that hide content.
//
// Backslash escapes do not stop mentions and references: forges link them on
// the rendered text. A zero-width space after the sigil does.
const ZWSP = '\u200b';
// C0/C1 controls except tab and newline, plus bidi overrides and isolates.
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** @user, #123, !123, ~label, %milestone, &epic, $snippet, and GH-123: a zero-width space after the sigil. */
const REFERENCE = /([@#!~%&$])(?=[\p{L}\p{N}_])/gu;
const GH_REF = /\b(GH)-(?=\d)/gi;
/** Bare URLs and www. hosts, which GitHub and GitLab turn into links. */
const AUTOLINK = /\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi;
const WWW = /\b(www)\./gi;
/** Drops characters that hide or reorder content. */
function stripHidden(text) {
    return text.replace(HIDDEN, '');
}
function neutralize(text) {
    return text
        .replace(REFERENCE, `$1${ZWSP}`)
        .replace(GH_REF, `$1${ZWSP}-`)
        .replace(AUTOLINK, `$1${ZWSP}:`)
        .replace(WWW, `$1${ZWSP}.`);
}
/** Text for inside an HTML element (e.g. <summary>): entities only, references neutralized. */
function escapeHtml(text) {
    return neutralize(stripHidden(text).replace(/\s*\n\s*/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
/** One line of untrusted text inside Markdown (a paragraph or a table cell). */
function escapeText(text) {
    return neutralize(stripHidden(text).replace(/\s*\n\s*/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()|!~]/g, '\\$&');
}
/** Inline code; safe in table cells (pipes escaped the way GFM tables require). */
function codeSpan(text) {
    const clean = stripHidden(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A fenced code block whose fence no line of the content can close. */
function fencedBlock(content, info = '') {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = stripHidden(content).replace(/\n$/, '');
    return `${fence}${info}\n${body}\n${fence}`;
}
/** A Markdown link to an http(s) URL; anything else renders as plain escaped text. */
function link(text, url) {
    const safe = safeUrl(url);
    return safe ? `[${escapeText(text)}](${safe})` : escapeText(text);
}
/** The URL normalized and percent-encoded so it cannot break out of a Markdown link target, or null. */
function safeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    if (parsed.username || parsed.password)
        return null;
    return parsed.href.replace(/[()<> "'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** Text for a single-line HTML comment: `--` cannot end it early. */
function commentSafe(text) {
    return text.replace(/--/g, '-\u2010').replace(/[<>]/g, '');
}


/***/ }),

/***/ 8882:
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
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3541);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2139);
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
    /** The bug's web page. */
    bugUrl(id) {
        return `${this.baseUrl}/show_bug.cgi?id=${id}`;
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
