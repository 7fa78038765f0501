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
/* harmony import */ var _sources_distgit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4866);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1986);
/* harmony import */ var _sources_pagure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6614);
/* harmony import */ var _plans_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6769);
/* harmony import */ var _plans_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4583);
/* harmony import */ var _plans_serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7750);
/* harmony import */ var _distgit_pool_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3271);
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7958);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8619);
/* harmony import */ var _triage_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4116);
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
