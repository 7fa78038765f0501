export const id = 583;
export const ids = [583];
export const modules = {

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony export stripHidden */
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
/** Action groups in the order plans list (and apply) them: the order ACTION_KINDS declares them in. */
const KIND_ORDER = ACTION_KINDS;
const KIND_TITLES = {
    priority: 'Priority raises',
    errata: 'Close as ERRATA (stable everywhere)',
    modified: 'Move to MODIFIED (still in testing)',
    'ask-close': 'Addressed only in some releases — needs a decision (ASK-CLOSE)',
    cantfix: 'Close as CANTFIX (retired branch)',
    claim: 'Claims',
    'take-orphan': 'Take orphaned packages',
};


/***/ })

};
