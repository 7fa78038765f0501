export const id = 930;
export const ids = [930];
export const modules = {

/***/ 46930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportContentResolverCommand: () => (/* binding */ exportContentResolverCommand),
/* harmony export */   exportHsRelmonCommand: () => (/* binding */ exportHsRelmonCommand)
/* harmony export */ });
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17958);
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71038);
/* harmony import */ var _exports_content_resolver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19910);
/* harmony import */ var _exports_hs_relmon_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86345);
/* harmony import */ var _exports_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3580);
/* harmony import */ var _core_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5467);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68619);
// `export content-resolver` and `export hs-relmon` over the merged inventories
// (README, "Exports"). The exports are pure functions; this turns
// their output into file changes and poi-tracker's notices.







function exportFailure(e, file) {
    if (e instanceof _exports_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExportUsageError */ .GI)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .CommandError */ .Q(e.message, 2);
    if (e instanceof _exports_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExportInputError */ .Dd && file && e.line !== undefined) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .CommandError */ .Q(e.message, 1, [{ file, line: e.line, column: e.column ?? 1, severity: 'error', rule: e.code, message: e.message }]);
    }
    if (e instanceof _exports_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExportError */ .ze)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .CommandError */ .Q(e.message, 1);
    throw e;
}
const exportContentResolverCommand = {
    spec: {
        name: 'export content-resolver',
        summary: 'Write content-resolver (feedback-pipeline-workload) YAML: one file per workload, or one for the whole inventory.',
        positionals: [],
        flags: [
            { name: 'workload', kind: 'string', metavar: 'KEY', help: 'export only this workload' },
            { name: 'output', short: 'o', kind: 'string', metavar: 'FILE', path: 'write', help: 'output file (single document only)' },
            { name: 'out-dir', kind: 'string', metavar: 'DIR', path: 'write', help: 'directory for the derived file names (default: the repository root)' }
        ]
    },
    async run(ctx) {
        const inputs = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .requirePaths */ .yK)(ctx);
        const { inventory } = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .loadMerged */ .Rw)(ctx, inputs);
        const output = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'output');
        let files;
        try {
            files = (0,_exports_content_resolver_js__WEBPACK_IMPORTED_MODULE_2__/* .exportContentResolver */ .GR)(inventory, { workload: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'workload'), output: output && (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .qN)(output), outDir: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'out-dir') && (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .qN)((0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'out-dir')) });
        }
        catch (e) {
            exportFailure(e);
        }
        const changes = [];
        const records = [];
        for (const f of files) {
            const path = (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .qN)(f.path);
            const before = await (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(ctx.workspace, path);
            changes.push({ path, before, after: f.content });
            if (before !== f.content)
                records.push({ file: path, kind: 'regenerated' });
            ctx.log(`${path}: ${f.packages} package(s)${before === f.content ? ', up to date' : before === null ? ', new' : ''}`);
        }
        return { exitCode: 0, findings: [], changeSet: (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSet */ .Jn)(ctx, changes, records, inputs) };
    }
};
const exportHsRelmonCommand = {
    spec: {
        name: 'export hs-relmon',
        summary: 'Write or update an hs-relmon manifest: existing entries and their overrides are kept, archived/unshipped markers reconciled.',
        positionals: [],
        flags: [
            { name: 'workload', kind: 'string', metavar: 'KEY', help: 'only this workload\'s packages' },
            { name: 'output', short: 'o', kind: 'string', metavar: 'FILE', path: 'write', help: 'manifest to create or merge into (default: print a fresh manifest)' },
            { name: 'distros', kind: 'string', metavar: 'D', help: `[defaults] distros of a new manifest (default ${_exports_hs_relmon_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_DISTROS */ .n7})` },
            { name: 'track', kind: 'string', metavar: 'T', help: `[defaults] track of a new manifest (default ${_exports_hs_relmon_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TRACK */ .k6})` },
            { name: 'prune', kind: 'bool', help: 'remove entries whose package is no longer selected' }
        ]
    },
    async run(ctx) {
        const inputs = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .requirePaths */ .yK)(ctx);
        const { inventory } = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .loadMerged */ .Rw)(ctx, inputs);
        const output = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'output');
        const path = output === undefined ? undefined : (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .qN)(output);
        const existing = path === undefined ? null : await (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(ctx.workspace, path);
        let result;
        try {
            result = (0,_exports_hs_relmon_js__WEBPACK_IMPORTED_MODULE_3__/* .exportHsRelmon */ .Re)(inventory, existing ?? undefined, {
                workload: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'workload'), distros: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'distros'), track: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'track'), prune: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(ctx.args, 'prune')
            });
        }
        catch (e) {
            exportFailure(e, path);
        }
        // The exporter's warnings already name stale entries (once).
        for (const w of result.warnings)
            ctx.log(`warning: ${w}`);
        if (result.unshippedRemoved.length > 0)
            ctx.log(`Removed ${result.unshippedRemoved.length} unshipped package(s) from ${path ?? 'the manifest'}: ${result.unshippedRemoved.join(', ')}`);
        if (path === undefined)
            return { exitCode: 0, findings: [], stdout: result.content };
        ctx.log(`${path}: ${result.added.length} new, ${result.pruned.length ? `${result.pruned.length} pruned, ` : ''}${result.total} total`);
        return { exitCode: 0, findings: [], changeSet: (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSet */ .Jn)(ctx, [{ path, before: existing, after: result.content }], (0,_exports_hs_relmon_js__WEBPACK_IMPORTED_MODULE_3__/* .hsRelmonRecords */ .Xu)(path, result), inputs) };
    }
};


/***/ })

};
