export const id = 962;
export const ids = [962];
export const modules = {

/***/ 1910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSyncGitlab: () => (/* binding */ createSyncGitlab),
  syncGitlab: () => (/* binding */ syncGitlab)
});

// EXTERNAL MODULE: ./src/core/args.ts
var core_args = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/sources/http.ts + 5 modules
var sources_http = __webpack_require__(3541);
// EXTERNAL MODULE: ./src/sources/koji.ts
var sources_koji = __webpack_require__(1295);
// EXTERNAL MODULE: ./src/sources/services.ts
var sources_services = __webpack_require__(5248);
// EXTERNAL MODULE: ./src/sources/names.ts
var names = __webpack_require__(1986);
// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 1 modules
var dist = __webpack_require__(7582);
// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var valibot_dist = __webpack_require__(7934);
// EXTERNAL MODULE: ./src/sources/gitlab-api.ts
var gitlab_api = __webpack_require__(3034);
// EXTERNAL MODULE: ./src/sources/schema.ts
var schema = __webpack_require__(2139);
;// CONCATENATED MODULE: ./src/sources/gitlab-groups.ts
// Listing the projects of one GitLab group: the package names of a CentOS
// SIG's `rpms` group, and the archived subset (GitLab's "list a group's
// projects", https://docs.gitlab.com/api/groups/, called as poi-tracker calls
// it: docs/poi-tracker-compatibility.md, "sync-gitlab").
// The calls go through @gitbeaker/rest on the project's HTTP layer
// (sources/gitlab-api.ts, shared with the GitLab forge), so they share its
// timeouts, retries, per-host limits, counters and credential redaction.






// The listings' client: 120 s per request (poi-tracker's limit) and, from the HTTP layer, 4 attempts with 1, 2, 4 s
// back-off on 5xx, and 429 retried as Retry-After asks (a deliberate improvement: CI runners share egress IPs).

class GroupUrlError extends Error {
    name = 'GroupUrlError';
    /** A usage problem: the URL was typed by the user. */
    exitCode = 2;
}
function parseGroupUrl(url) {
    const trimmed = url.replace(/\/+$/, '');
    const scheme = /^https:\/\//.test(trimmed) ? 'https' : /^http:\/\//.test(trimmed) ? 'http' : undefined;
    if (scheme === undefined)
        throw new GroupUrlError(`invalid GitLab URL: ${trimmed}`);
    const rest = trimmed.slice(scheme.length + 3);
    const slash = rest.indexOf('/');
    const path = slash < 0 ? '' : rest.slice(slash + 1);
    if (path === '')
        throw new GroupUrlError(`no project path in URL: ${trimmed}`);
    return { base: `${scheme}://${rest.slice(0, slash)}`, groupPath: path };
}
/** What the listing reads of a project: the package name is `name`, never `path` (CentOS rewrites some paths, e.g. `+` to `plus`). */
const ProjectPage = valibot_dist/* array */.YOg(valibot_dist/* object */.Ikc({ name: valibot_dist/* string */.YjP(), path: valibot_dist/* string */.YjP() }));
/**
 * Every project directly in the group (no subgroups), following
 * `x-next-page` page by page. Any failure or malformed page fails the whole
 * listing with a RemoteError: a shorter list would prune real packages.
 */
async function listGroupProjects(http, groupPath, options = {}) {
    (0,names/* encodeNamespacePath */.n1)(groupPath); // validates the path before it reaches a URL
    // Timeouts are the HttpClient's; gitbeaker's host only shapes URLs this transport does not use.
    const groups = new dist/* Groups */.ZEm({ host: (0,gitlab_api/* gitlabInstance */.tI)(http.baseUrl), requesterFn: (0,gitlab_api/* gitlabRequester */.kh)(http), queryTimeout: null });
    const maxPages = options.maxPages ?? 1000;
    const projects = [];
    const malformed = (detail, page) => {
        const url = http.describe(`/groups/${(0,names/* encodeNamespacePath */.n1)(groupPath)}/projects`, { page });
        return new sources_http/* RemoteError */.Hi({ service: http.service, method: 'GET', url, kind: 'body', attempts: 1, detail });
    };
    for (let page = 1, pages = 1;; pages++) {
        if (pages > maxPages)
            throw malformed(`more than ${maxPages} pages; refusing to follow further`, page);
        // Parameters in poi-tracker's order; `page` set makes gitbeaker return this one page with its pagination info.
        const res = await groups.allProjects(groupPath, {
            perPage: 100,
            page,
            simple: true,
            includeSubgroups: false,
            ...(options.archived ? { archived: true } : {}),
            showExpanded: true,
        });
        try {
            projects.push(...(0,schema/* decode */.D4)(ProjectPage, res.data, `page ${page} of the projects of ${groupPath}`).map(({ name, path }) => ({ name, path })));
        }
        catch (err) {
            if (err instanceof schema/* SchemaError */.Ar)
                throw malformed(err.message, page);
            throw err;
        }
        const info = 'paginationInfo' in res ? res.paginationInfo : undefined;
        const next = info && 'next' in info ? info.next : null;
        if (!next) {
            // A proxy that drops x-next-page would end the listing early; GitLab's count exposes that.
            const total = info && 'total' in info ? info.total : NaN;
            if (Number.isFinite(total) && projects.length < total) {
                throw malformed(`the listing ended after ${projects.length} of ${total} projects (x-total); pagination headers are missing`, page);
            }
            return { projects, pages };
        }
        if (next <= page)
            throw malformed(`x-next-page ${next} does not advance past page ${page}`, page);
        page = next;
    }
}

// EXTERNAL MODULE: ./src/inventory/operations.ts
var operations = __webpack_require__(6200);
// EXTERNAL MODULE: ./src/inventory/model.ts
var inventory_model = __webpack_require__(7129);
// EXTERNAL MODULE: ./src/commands/inventories.ts
var inventories = __webpack_require__(7958);
// EXTERNAL MODULE: ./src/sources/xmlrpc.ts
var xmlrpc = __webpack_require__(4664);
;// CONCATENATED MODULE: ./src/commands/cbs-unshipped.ts
// `sync-gitlab --mark-unshipped` (docs/poi-tracker-compatibility.md, "CBS
// release checks"): which SIG a source belongs to, which CBS tags count as
// "released", the shipped set read from the CBS hub, and the decision table
// that sets or clears the `unshipped` and `archived_builds` markers in both
// directions.




const HYPERSCALE = { name: 'Hyperscale', prefix: 'hyperscale', shipsRhel: true };
const PROPOSED_UPDATES = { name: 'Proposed Updates', prefix: 'proposed_updates', shipsRhel: false };
/** The stored marker values, byte for byte: any other wording rewrites every marker on the next run. */
const UNSHIPPED_REASON = 'archived in GitLab, no released CBS build';
const ARCHIVED_BUILDS_REASON = 'archived in GitLab; CBS builds remain (run hs-relmon to prune)';
/** The SIG named by the preset name, else by the group URL as typed, searched case-insensitively. */
function sigForSource(label) {
    const hay = label.toLowerCase();
    if (hay.includes('hyperscale'))
        return HYPERSCALE;
    if (hay.includes('proposed'))
        return PROPOSED_UPDATES;
    return undefined;
}
/** The listTags glob; the hub matches it case-insensitively, isReleaseTag then decides exactly. */
function releaseTagGlob(sig) {
    return `${sig.prefix}*-release`;
}
/** `<prefix><major>[s]-…-release` with the major in `releases`; RHEL-flavoured tags only where the SIG ships for RHEL. */
function isReleaseTag(tag, sig, releases) {
    if (!tag.startsWith(sig.prefix) || !tag.endsWith('-release'))
        return false;
    const token = tag.slice(sig.prefix.length).split('-')[0];
    const stream = token.endsWith('s');
    const digits = stream ? token.slice(0, -1) : token;
    // Rust's u32 parser: optional leading '+', then digits only.
    if (!/^\+?\d+$/.test(digits))
        return false;
    if (!releases.includes(Number(digits)))
        return false;
    return stream || sig.shipsRhel;
}
/** No tag qualified: an empty shipped set would mark every archived project unshipped, so it is not believed. */
class NoReleaseTagsError extends Error {
    name = 'NoReleaseTagsError';
}
/**
 * The shipped set over XML-RPC: a pre-flight getAPIVersion (short timeout), listTags by
 * glob, the release-tag rule here, then every qualifying tag's latest builds
 * without inheritance in multicall batches. Throws on any failure, including a
 * single faulting tag: a partial shipped set must never be classified.
 */
async function scanShipped(koji, sig, releases, options = {}) {
    const apiVersion = await koji.getAPIVersion({ timeoutMs: options.preflightTimeoutMs ?? 10_000 });
    const glob = releaseTagGlob(sig);
    const listed = await koji.listTagsMatching(glob);
    const tags = listed.map((t) => t.name).filter((name) => isReleaseTag(name, sig, releases));
    if (tags.length === 0) {
        throw new NoReleaseTagsError(`${koji.hubUrl}: none of the ${listed.length} tag(s) matching ${glob} is a ${sig.name} release tag for CentOS ${releases.join(', ')}`);
    }
    const byTag = await koji.listTaggedAll(tags, { latest: true, inherit: false });
    const shipped = new Set();
    for (const builds of byTag.values())
        for (const b of builds)
            shipped.add(b.packageName);
    return { apiVersion, tags, shipped };
}
/** Errors that mean "the CBS scan failed": markers stay as they are, the rest of the sync goes on. */
function isScanFailure(err) {
    return err instanceof sources_koji/* KojiScanError */.dB || err instanceof xmlrpc/* XmlRpcFault */.Zx || err instanceof xmlrpc/* XmlRpcParseError */.ux || err instanceof sources_http/* RemoteError */.Hi || err instanceof NoReleaseTagsError;
}
/** The decision table: only archived projects are classified; the rest get neither marker. */
function classify(synced, archived, shipped) {
    const unshipped = new Set();
    const archivedBuilds = new Set();
    for (const name of synced) {
        if (!archived.has(name))
            continue;
        (shipped.has(name) ? archivedBuilds : unshipped).add(name);
    }
    return { unshipped: [...unshipped].sort(inventory_model/* compareNames */.MP), archivedBuilds: [...archivedBuilds].sort(inventory_model/* compareNames */.MP) };
}
/**
 * For each field, each synced name in the inventory gets the reason
 * when classified into that field and loses the field otherwise. Packages
 * not synced are never touched. Returns the field changes (a package moving
 * from one marker to the other counts twice).
 */
function applyMarkers(inventory, synced, c) {
    const names = new Set(synced);
    const changes = [];
    const wanted = [
        ['unshipped', new Set(c.unshipped), UNSHIPPED_REASON],
        ['archived_builds', new Set(c.archivedBuilds), ARCHIVED_BUILDS_REASON],
    ];
    for (const [field, members, reason] of wanted) {
        for (const pkg of inventory.packages) {
            if (!names.has(pkg.name))
                continue;
            const before = pkg[field];
            const after = members.has(pkg.name) ? reason : undefined;
            if (before === after)
                continue;
            if (after === undefined)
                delete pkg[field];
            else
                pkg[field] = after;
            changes.push({ name: pkg.name, field, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
        }
    }
    return changes;
}
/** Change records for the proposal body: why each marker was set or cleared, and which service said so. */
function markerRecords(file, changes, archived, ref) {
    return changes.map((ch) => {
        const common = { file, package: ch.name, field: ch.field, ref: ref(ch.name), ...(ch.before !== undefined ? { before: ch.before } : {}) };
        if (ch.after !== undefined)
            return { ...common, kind: 'marked', after: ch.after, reason: ch.after, source: 'cbs-koji' };
        if (!archived.has(ch.name))
            return { ...common, kind: 'unmarked', reason: 'the GitLab project is not archived', source: 'gitlab' };
        const reason = ch.field === 'unshipped' ? 'a release build is in CBS' : 'no release build remains in CBS';
        return { ...common, kind: 'unmarked', reason, source: 'cbs-koji' };
    });
}

;// CONCATENATED MODULE: ./src/commands/gitlab/options.ts
// The flags of `sync-gitlab` (README, "sync-gitlab"),
// checked before any network call: exactly one of --url/--preset, a known
// preset, non-empty --exclude patterns and integer --centos-release values.

/** Preset → group path on the GitLab service (gitlab.com unless overridden, so test fakes work). */
const PRESETS = {
    hyperscale: 'CentOS/Hyperscale/rpms',
    'proposed-updates': 'CentOS/proposed_updates/rpms',
    'centos-stream': 'redhat/centos-stream/rpms',
};
const DEFAULT_RELEASES = [9, 10];
const SYNC_GITLAB_FLAGS = [
    { name: 'url', kind: 'string', metavar: 'URL', help: 'GitLab group URL, e.g. https://gitlab.com/CentOS/Hyperscale/rpms' },
    { name: 'preset', kind: 'string', metavar: 'NAME', help: `group preset: ${Object.keys(PRESETS).join(', ')}` },
    { name: 'output', short: 'o', kind: 'string', metavar: 'PATH', path: 'write', help: 'inventory to update or create (default: inventory.toml)' },
    { name: 'exclude', kind: 'list', metavar: 'GLOB', help: 'drop projects whose name matches (NAME or PREFIX*, case-insensitive)' },
    { name: 'prune', kind: 'bool', help: 'remove packages no longer in the group (default: only warn)' },
    { name: 'workload', kind: 'list', metavar: 'KEYS', help: 'workloads for newly added packages' },
    { name: 'mark-unshipped', kind: 'bool', help: 'mark archived projects unshipped / archived_builds from CBS release tags' },
    { name: 'centos-release', kind: 'list', metavar: 'N', help: 'CentOS majors whose release tags count as shipping (default: 9,10)' },
    { name: 'name', kind: 'string', metavar: 'NAME', help: 'inventory name (overwrites the stored name)' },
];
const usage = (message) => new core_args/* UsageError */.eb(message, 'sync-gitlab');
function parseSyncGitlabArgs(args) {
    const url = (0,core_args/* str */.gx)(args, 'url');
    const preset = (0,core_args/* str */.gx)(args, 'preset');
    if (url !== undefined && preset !== undefined)
        throw usage('--url and --preset are mutually exclusive');
    if (url === undefined && preset === undefined)
        throw usage('specify --url or --preset');
    if (preset !== undefined && !(preset in PRESETS))
        throw usage(`unknown preset '${preset}'. Valid: ${Object.keys(PRESETS).join(', ')}`);
    // The list parser drops empty items, so `--exclude ''` arrives as a flag without patterns.
    // poi-tracker would exclude every project then; refuse instead (README, "sync-gitlab").
    const exclude = (0,core_args/* list */.p_)(args, 'exclude');
    if (args.order.includes('exclude') && exclude.length === 0)
        throw usage('--exclude needs a non-empty pattern');
    const name = (0,core_args/* str */.gx)(args, 'name');
    return {
        ...(preset !== undefined ? { preset } : {}),
        ...(url !== undefined ? { url } : {}),
        label: preset ?? url,
        output: (0,core_args/* str */.gx)(args, 'output') ?? 'inventory.toml',
        exclude,
        prune: (0,core_args/* bool */.lc)(args, 'prune'),
        workloads: (0,core_args/* list */.p_)(args, 'workload'),
        markUnshipped: (0,core_args/* bool */.lc)(args, 'mark-unshipped'),
        releases: parseReleases(args),
        ...(name !== undefined ? { name } : {}),
    };
}
function parseReleases(args) {
    if (!args.order.includes('centos-release'))
        return [...DEFAULT_RELEASES];
    const values = (0,core_args/* list */.p_)(args, 'centos-release');
    if (values.length === 0)
        throw usage('--centos-release needs at least one release, e.g. 9,10');
    return values.map((v) => {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 0xffff_ffff)
            throw usage(`invalid --centos-release value '${v}': expected an unsigned integer such as 9 or 10`);
        return n;
    });
}
/**
 * `PREFIX*` matches by prefix, anything else by equality; both ASCII
 * case-insensitive; `*` elsewhere is literal. As in poi-tracker, no pattern
 * (or one empty pattern) matches everything, so callers skip the filter
 * when --exclude was not given.
 */
function matchesExclude(name, patterns) {
    if (patterns.length === 0 || (patterns.length === 1 && patterns[0] === ''))
        return true;
    const lower = asciiLower(name);
    return patterns.some((p) => (p.endsWith('*') ? lower.startsWith(asciiLower(p.slice(0, -1))) : lower === asciiLower(p)));
}
function asciiLower(s) {
    return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

// EXTERNAL MODULE: ./src/inventory/edit.ts + 4 modules
var edit = __webpack_require__(8017);
// EXTERNAL MODULE: ./src/inventory/serialize.ts
var serialize = __webpack_require__(3678);
// EXTERNAL MODULE: ./src/commands/edit-helpers.ts
var edit_helpers = __webpack_require__(7740);
;// CONCATENATED MODULE: ./src/commands/gitlab/inventory.ts
// The add-only merge of a GitLab sync into its output inventory, as
// poi-tracker's (docs/poi-tracker-compatibility.md, "sync-gitlab"): load the
// file or start a new one, add missing names, find stale packages. A new file gets poi-tracker's canonical layout;
// an existing one is edited in place so the diff shows only what changed.






/** A missing file starts as an empty inventory named `name` (--name, else the source label), with the --workload tables. */
async function openTarget(ctx, path, label, name, workloads) {
    if ((await ctx.workspace.read(path)) === undefined) {
        const model = {
            meta: {
                name,
                description: `Packages synced from GitLab (${label})`,
                maintainer: label,
                labels: [],
                private_fields: [],
                workloads: new Map(workloads.map((w) => [w, (0,inventory_model/* emptyWorkload */.NB)()])),
            },
            packages: [],
        };
        return { path, model };
    }
    const { source, inventory } = await (0,inventories/* loadInventory */.pl)(ctx, path);
    const editor = new edit/* InventoryEditor */.Sh(source, inventory);
    return { path, model: editor.model, editor, source };
}
function renderTarget(target) {
    if (target.editor && target.source)
        return (0,edit_helpers/* renderChange */.v)(target.source, target.editor);
    const model = target.model;
    model.packages.sort((a, b) => (0,inventory_model/* compareNames */.MP)(a.name, b.name));
    return { path: target.path, before: null, after: (0,serialize/* serializeInventory */.JP)(model) };
}
/** Bare `{ name }` entries for names not present yet (exact match), each joining every --workload. */
function addNewPackages(model, names, workloads) {
    const added = [];
    for (const name of names) {
        if ((0,inventory_model/* findPackage */.CV)(model, name))
            continue;
        (0,operations/* addPackage */.Eb)(model, { name });
        for (const w of workloads)
            (0,operations/* addToWorkload */.aI)(model, w, name);
        added.push(name);
    }
    return added;
}
/** Stale: in the inventory, not an `unshipped` tombstone, and not among the synced names (the whole inventory is in scope). */
function stalePackages(model, synced) {
    return [...new Set(model.packages.filter((p) => p.unshipped === undefined && !synced.has(p.name)).map((p) => p.name))];
}

// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
;// CONCATENATED MODULE: ./src/commands/sync-gitlab.ts
// `sync-gitlab (--preset NAME | --url URL) [-o FILE] [--exclude] [--prune]
// [--workload] [--mark-unshipped [--centos-release 9,10]] [--name]`
// (docs/poi-tracker-compatibility.md, "sync-gitlab" and "CBS release checks";
// README, "sync-gitlab"): one GitLab group's projects become
// the packages of an inventory; with --mark-unshipped, archived projects are
// checked against CBS release tags. Compute only: the result is a ChangeSet.
//
// Remote order: the CBS scan starts alongside the full listing (they do not
// depend on each other); the archived listing is fetched only after the scan
// succeeded, as poi-tracker does. A failed listing aborts (exit 3); a failed
// CBS scan or archived listing changes no marker, and the rest still proposes.













const settle = (p) => p.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
function createSyncGitlab(deps = {}) {
    const spec = {
        name: 'sync-gitlab',
        summary: "Add a GitLab group's projects (a CentOS SIG's rpms group) to an inventory; optionally mark archived ones from CBS release tags.",
        positionals: [],
        flags: SYNC_GITLAB_FLAGS,
        notes: 'The package name is the project name. A GitLab token, when GITLAB_TOKEN is set, is used only for the configured GitLab service.\n' +
            '--mark-unshipped supports the hyperscale and proposed-updates sources; a failed CBS check changes no marker.',
    };
    return { spec, run: (ctx) => run(ctx, deps) };
}
const syncGitlab = createSyncGitlab();
async function run(ctx, deps) {
    if (ctx.args.positionals.length > 0)
        throw new core_args/* UsageError */.eb(`unexpected argument '${ctx.args.positionals[0]}'`, 'sync-gitlab');
    const opts = parseSyncGitlabArgs(ctx.args);
    const output = (0,inventories/* repoPath */.qN)(opts.output);
    const services = sync_gitlab_usage(() => (0,sources_services/* resolveServices */.bs)(ctx.config.services, ctx.env));
    // A preset's group lives on the GitLab service (which may sit under a path); a --url is split as poi-tracker splits it.
    const { base, groupPath } = opts.preset !== undefined ? { base: services.gitlab, groupPath: PRESETS[opts.preset] } : sync_gitlab_usage(() => parseGroupUrl(opts.url));
    sync_gitlab_usage(() => (0,names/* encodeNamespacePath */.n1)(groupPath));
    const sig = opts.markUnshipped ? sigForSource(opts.label) : undefined;
    if (opts.markUnshipped && !sig) {
        throw new types/* CommandError */.Q(`--mark-unshipped supports the hyperscale and proposed-updates sources only (no CBS release lifecycle for ${opts.label})`, 2);
    }
    // Load (or start) the output before any network call: a broken file fails fast.
    const target = await openTarget(ctx, output, opts.label, opts.name ?? opts.label, opts.workloads);
    const onEvent = (e) => {
        if (e.type === 'retry')
            ctx.log(`  ${(0,sources_http/* retryLine */.Rn)(e)}`);
    };
    const token = ctx.credentials.gitlab;
    // The token belongs to the configured GitLab service; a --url elsewhere is listed anonymously.
    const useToken = token !== undefined && token !== '' && new URL(base).origin === new URL(services.gitlab).origin;
    if (useToken)
        ctx.log('using GITLAB_TOKEN for the GitLab listing (projects visible to the token are listed too)');
    const gitlab = (0,gitlab_api/* createGitlabHttp */.k2)({ base, ...(useToken ? { token } : {}), ...clientDeps(deps), onEvent });
    const koji = sig
        ? (0,sources_koji/* createKojiClient */.P7)({
            service: 'cbs-koji',
            hubUrl: services['cbs-koji'],
            ...clientDeps(deps),
            ...(deps.kojiTimeoutMs !== undefined ? { timeouts: { headersMs: deps.kojiTimeoutMs, requestMs: deps.kojiTimeoutMs } } : {}),
            onEvent,
        })
        : undefined;
    try {
        const scan = sig && koji ? settle(scanShipped(koji, sig, opts.releases, deps.kojiPreflightTimeoutMs !== undefined ? { preflightTimeoutMs: deps.kojiPreflightTimeoutMs } : {})) : undefined;
        const listed = await settle(listGroupProjects(gitlab, groupPath));
        if (!listed.ok) {
            await scan;
            throw remoteFailure(listed.error);
        }
        const projects = listed.value.projects;
        ctx.log(`  fetched ${projects.length} project(s) in ${listed.value.pages} page(s)`);
        const kept = opts.exclude.length > 0 ? projects.filter((p) => !matchesExclude(p.name, opts.exclude)) : projects;
        if (kept.length < projects.length)
            ctx.log(`  ${projects.length} fetched, ${projects.length - kept.length} excluded`);
        const pathOf = new Map(kept.map((p) => [p.name, p.path]));
        const ref = (name) => `${base}/${groupPath}/${pathOf.get(name) ?? name}`;
        const synced = [...pathOf.keys()];
        const syncedSet = new Set(synced);
        const records = [];
        const findings = [];
        const warn = (rule, message) => findings.push({ file: output, line: 1, column: 1, severity: 'warning', rule, message });
        const model = target.model;
        if (opts.name !== undefined && target.editor && model.meta.name !== opts.name) {
            records.push({ file: output, kind: 'changed', field: 'name', before: model.meta.name, after: opts.name });
            model.meta.name = opts.name;
        }
        const added = addNewPackages(model, [...synced].sort(inventory_model/* compareNames */.MP), opts.workloads);
        for (const name of added)
            records.push({ file: output, package: name, kind: 'added', source: 'gitlab', ref: ref(name) });
        const stale = stalePackages(model, syncedSet);
        let complete = true;
        if (sig && scan) {
            ctx.log(`checking ${synced.length} package(s) for CBS release status...`);
            const marked = await markUnshipped(ctx, await scan, gitlab, groupPath, synced);
            if (marked.ok) {
                const { classification, archived } = marked.value;
                const changes = applyMarkers(model, synced, classification);
                records.push(...markerRecords(output, changes, archived, ref));
                reportMarkers(ctx, classification, changes.length);
                if (classification.archivedBuilds.length > 0) {
                    warn('hs-relmon-cleanup', `archived in GitLab but CBS release builds remain: ${classification.archivedBuilds.join(', ')} — run hs-relmon prune-archived to untag them`);
                }
            }
            else {
                complete = false;
                ctx.log(`warning: ${marked.error}; re-run --mark-unshipped to mark unshipped packages`);
                warn('cbs-release-check', `${marked.error}; no unshipped or archived_builds marker was changed — re-run --mark-unshipped`);
            }
        }
        // Removals are proposed only from complete data (the proposal engine refuses the rest).
        const pruning = opts.prune && complete;
        if (pruning) {
            for (const name of stale) {
                (0,operations/* removePackages */.AH)(model, name);
                records.push({ file: output, package: name, kind: 'removed', reason: `not a project of ${base}/${groupPath}`, source: 'gitlab', ref: `${base}/${groupPath}` });
            }
        }
        else if (stale.length > 0) {
            const why = opts.prune ? 'not pruned because the CBS check is incomplete; re-run to prune' : 'use --prune to remove';
            ctx.log(`warning: ${stale.length} package(s) not in sync scope (${why}):`);
            for (const name of stale)
                ctx.log(`  ${name}`);
            if (opts.prune)
                warn('prune-deferred', `${stale.length} stale package(s) not pruned because the CBS check failed: ${stale.join(', ')}`);
        }
        const change = renderTarget(target);
        const pruned = pruning && stale.length > 0 ? `, ${stale.length} pruned` : '';
        ctx.log(`Synced ${opts.label}: ${added.length} new${pruned}, ${model.packages.length} total in ${output}`);
        const set = (0,inventories/* changeSet */.Jn)(ctx, [change], records, [output], complete);
        set.findings = findings;
        set.provenance.services = { gitlab: base, ...(koji ? { 'cbs-koji': koji.hubUrl } : {}) };
        set.provenance.requests = (0,sources_http/* requestCounts */.q3)(koji ? [gitlab, koji.rpc.http] : [gitlab]);
        return { exitCode: 0, findings: [], changeSet: set };
    }
    finally {
        await Promise.all([gitlab.close(), koji?.rpc.http.close()]);
    }
}
/** The CBS verdict, then the archived listing (fail-safe): either failing yields an error message and no markers. */
async function markUnshipped(ctx, scan, gitlab, groupPath, synced) {
    if (!scan.ok) {
        if (!isScanFailure(scan.error))
            throw scan.error;
        return { ok: false, error: `CBS release scan failed (${scan.error.message})` };
    }
    const { apiVersion, tags, shipped } = scan.value;
    ctx.log(`  CBS API version ${apiVersion}; ${tags.length} release tag(s): ${tags.join(', ')}; ${shipped.size} package(s) with a release build`);
    let archivedProjects;
    try {
        const listing = await listGroupProjects(gitlab, groupPath, { archived: true });
        archivedProjects = listing.projects;
        ctx.log(`  fetched ${archivedProjects.length} archived project(s) in ${listing.pages} page(s)`);
    }
    catch (err) {
        if (!(err instanceof sources_http/* RemoteError */.Hi))
            throw err;
        return { ok: false, error: `fetching archived projects failed (${err.message})` };
    }
    const archived = new Set(archivedProjects.map((p) => p.name));
    return { ok: true, value: { classification: classify(synced, archived, shipped), archived } };
}
/** The marker summary, as poi-tracker prints it. */
function reportMarkers(ctx, c, changed) {
    ctx.log(`${c.unshipped.length} unshipped, ${c.archivedBuilds.length} archived-with-builds; ${changed} marker(s) updated`);
    if (c.unshipped.length > 0)
        ctx.log(`  unshipped (archived, no CBS build): ${c.unshipped.join(', ')}`);
    if (c.archivedBuilds.length > 0)
        ctx.log(`  archived but still have CBS builds (run hs-relmon to prune): ${c.archivedBuilds.join(', ')}`);
}
function clientDeps(deps) {
    return { ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.random ? { random: deps.random } : {}) };
}
/** Configuration mistakes in URLs are the user's (exit 2). */
function sync_gitlab_usage(f) {
    try {
        return f();
    }
    catch (err) {
        if (err instanceof sources_services/* ServiceConfigError */.my || err instanceof GroupUrlError || err instanceof names/* InvalidNameError */.Tw)
            throw new types/* CommandError */.Q(err.message, 2);
        throw err;
    }
}
/** The full listing failed: nothing can be proposed (exit 3). */
function remoteFailure(err) {
    return err instanceof sources_http/* RemoteError */.Hi ? new types/* CommandError */.Q(`fetching the GitLab group failed: ${err.message}`, 3) : err;
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


/***/ }),

/***/ 3034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k2: () => (/* binding */ createGitlabHttp),
/* harmony export */   kh: () => (/* binding */ gitlabRequester),
/* harmony export */   tI: () => (/* binding */ gitlabInstance)
/* harmony export */ });
/* unused harmony export gitlabErrorMessage */
/* harmony import */ var _gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3888);
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3541);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2139);
// GitLab's REST API (v4) through @gitbeaker/rest on the project's HTTP layer:
// the one adapter both the group listings (sources/gitlab-groups.ts) and the
// GitLab forge (forge/gitlab.ts) use. gitbeaker shapes the requests (its own
// snake_case keys, `key[]=v` arrays, JSON bodies); HttpClient sends them with
// its timeouts, retries (429 and Retry-After, 5xx back-off for idempotent
// requests, connection resets), proxy settings, counters and redaction.
// gitbeaker's own transport (global fetch, ten 429 retries within a quarter
// of a second) is never used.




/** What gitbeaker's option handler hands the request handler (requester-utils' defaultOptionsHandler). */
const PreparedRequest = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    method: valibot__WEBPACK_IMPORTED_MODULE_3__/* .picklist */ .KIO(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    headers: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), {}),
    body: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    searchParams: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    asStream: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()),
    /** The resource's URL (`<host>/api/v4/` plus e.g. `projects` for resources nested under projects). */
    prefixUrl: valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
});
/** GitLab's error bodies: `{"message": …}` (a string, a list or a map of field errors) or OAuth's `{"error": …, "error_description": …}`. */
const ErrorBody = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    message: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
    error: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    error_description: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
});
/** A GitLab instance's URL as every caller keeps it: no trailing slash, no /api/v4 (CI_API_V4_URL carries it). */
function gitlabInstance(url) {
    return url.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
}
/** The HttpClient for GitLab's API at `<base>/api/v4`. */
function createGitlabHttp(options) {
    const { base, token, ...http } = options;
    return new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq({
        maxInFlight: 2,
        errorMessage: gitlabErrorMessage,
        ...http,
        service: 'gitlab',
        baseUrl: `${gitlabInstance(base)}/api/v4`,
        timeouts: { requestMs: 120_000, ...http.timeouts },
        ...(token ? { headers: { 'private-token': token } } : {}),
    });
}
/**
 * gitbeaker's `requesterFn` over `http` (whose base URL is `<host>/api/v4`).
 * Authentication is the HttpClient's header: create the gitbeaker resources without a token.
 */
function gitlabRequester(http) {
    return (0,_gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__/* .createRequesterFn */ .PD)((_resource, prepared) => Promise.resolve(prepared), (endpoint, options) => send(http, endpoint, options ?? {}));
}
async function send(http, endpoint, options) {
    const prepared = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decode */ .D4)(PreparedRequest, pick(options), `the gitbeaker request for ${endpoint}`);
    if (prepared.asStream)
        throw new Error(`gitlab: streamed responses are not supported (${endpoint})`);
    const method = prepared.method;
    const base = http.baseUrl + '/';
    const prefix = prepared.prefixUrl.endsWith('/') ? prepared.prefixUrl : `${prepared.prefixUrl}/`;
    if (!prefix.startsWith(base))
        throw new Error(`gitlab: the resource URL ${prepared.prefixUrl} is not under ${http.baseUrl}`);
    const query = {};
    for (const [key, value] of new URLSearchParams(prepared.searchParams ?? ''))
        (query[key] ??= []).push(value);
    const headers = { accept: 'application/json', ...prepared.headers };
    return http.requestAs({ method, path: `/${prefix.slice(base.length)}${endpoint}`, query, headers, body: prepared.body }, (res) => ({
        status: res.status,
        headers: { ...res.headers },
        body: responseBody(res),
    }));
}
/** Only the fields the handler reads: gitbeaker also passes its rate limiters and abort signal, which HttpClient replaces. */
function pick(options) {
    const { method, headers, body, searchParams, asStream, prefixUrl } = options;
    return { method, headers, body: body instanceof FormData ? { upload: 'form data' } : body, searchParams, asStream, prefixUrl };
}
/** The body as gitbeaker's own transport returns it: JSON parsed, anything else as text, nothing for 204. */
function responseBody(res) {
    if (res.status === 204)
        return null;
    const type = (res.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const text = res.text();
    if (type !== 'application/json')
        return text;
    if (text.trim() === '')
        return {};
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        // A 2xx page that is not JSON is a proxy speaking: retry it like a 5xx.
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryableResponseError */ .q6(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`);
    }
    return (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decode */ .D4)(JsonBody, data);
}
/** The JSON shapes gitbeaker passes on (each caller checks its own fields with a schema). */
const JsonBody = valibot__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J())), valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()), valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_3__/* ["null"] */ .chJ()]);
/** GitLab's error text from an error response. */
function gitlabErrorMessage(res) {
    if (!(res.headers['content-type'] ?? '').includes('json'))
        return undefined;
    const parsed = valibot__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .xLC(ErrorBody, JSON.parse(res.text()));
    if (!parsed.success)
        return undefined;
    const { message, error, error_description: description } = parsed.output;
    if (error !== undefined)
        return description !== undefined ? `${error}: ${description}` : error;
    if (typeof message === 'string')
        return message;
    if (Array.isArray(message) && message.every((m) => typeof m === 'string'))
        return message.join('; ');
    return message === undefined ? undefined : JSON.stringify(message);
}


/***/ }),

/***/ 5407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		5860
	],
	"./BurstyRateLimiter.js": [
		5860
	],
	"./ExpressBruteFlexible": [
		3966,
		966
	],
	"./ExpressBruteFlexible.js": [
		3966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		7383
	],
	"./RLWrapperBlackAndWhite.js": [
		7383
	],
	"./RLWrapperTimeouts": [
		4016
	],
	"./RLWrapperTimeouts.js": [
		4016
	],
	"./RateLimiterAbstract": [
		8569
	],
	"./RateLimiterAbstract.js": [
		8569
	],
	"./RateLimiterCluster": [
		565
	],
	"./RateLimiterCluster.js": [
		565
	],
	"./RateLimiterDrizzle": [
		673
	],
	"./RateLimiterDrizzle.js": [
		673
	],
	"./RateLimiterDrizzleNonAtomic": [
		5347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		5347
	],
	"./RateLimiterDynamo": [
		2309
	],
	"./RateLimiterDynamo.js": [
		2309
	],
	"./RateLimiterEtcd": [
		6481
	],
	"./RateLimiterEtcd.js": [
		6481
	],
	"./RateLimiterEtcdNonAtomic": [
		5299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		5299
	],
	"./RateLimiterInsuredAbstract": [
		3847
	],
	"./RateLimiterInsuredAbstract.js": [
		3847
	],
	"./RateLimiterMemcache": [
		3250
	],
	"./RateLimiterMemcache.js": [
		3250
	],
	"./RateLimiterMemory": [
		4544
	],
	"./RateLimiterMemory.js": [
		4544
	],
	"./RateLimiterMongo": [
		8439
	],
	"./RateLimiterMongo.js": [
		8439
	],
	"./RateLimiterMySQL": [
		7793
	],
	"./RateLimiterMySQL.js": [
		7793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		6323
	],
	"./RateLimiterPrisma.js": [
		6323
	],
	"./RateLimiterQueue": [
		2860
	],
	"./RateLimiterQueue.js": [
		2860
	],
	"./RateLimiterRedis": [
		4336
	],
	"./RateLimiterRedis.js": [
		4336
	],
	"./RateLimiterRes": [
		449
	],
	"./RateLimiterRes.js": [
		449
	],
	"./RateLimiterSQLite": [
		3283
	],
	"./RateLimiterSQLite.js": [
		3283
	],
	"./RateLimiterStoreAbstract": [
		5140
	],
	"./RateLimiterStoreAbstract.js": [
		5140
	],
	"./RateLimiterUnion": [
		244
	],
	"./RateLimiterUnion.js": [
		244
	],
	"./RateLimiterValkey": [
		2193
	],
	"./RateLimiterValkey.js": [
		2193
	],
	"./RateLimiterValkeyGlide": [
		3756
	],
	"./RateLimiterValkeyGlide.js": [
		3756
	],
	"./component/BlockedKeys": [
		8830
	],
	"./component/BlockedKeys/": [
		8830
	],
	"./component/BlockedKeys/BlockedKeys": [
		5202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		5202
	],
	"./component/BlockedKeys/index": [
		8830
	],
	"./component/BlockedKeys/index.js": [
		8830
	],
	"./component/MemoryStorage": [
		8178,
		178
	],
	"./component/MemoryStorage/": [
		8178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		1534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		1534
	],
	"./component/MemoryStorage/Record": [
		749
	],
	"./component/MemoryStorage/Record.js": [
		749
	],
	"./component/MemoryStorage/index": [
		8178,
		178
	],
	"./component/MemoryStorage/index.js": [
		8178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		3184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		3184
	],
	"./component/RateLimiterQueueError": [
		7948
	],
	"./component/RateLimiterQueueError.js": [
		7948
	],
	"./component/RateLimiterSetupError": [
		2922
	],
	"./component/RateLimiterSetupError.js": [
		2922
	],
	"./constants": [
		3880,
		880
	],
	"./constants.js": [
		3880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 5407;
module.exports = webpackAsyncContext;

/***/ })

};
