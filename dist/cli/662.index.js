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


/***/ })

};
