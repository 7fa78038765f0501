export const id = 765;
export const ids = [765];
export const modules = {

/***/ 17958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ changeSet),
/* harmony export */   Rw: () => (/* binding */ loadMerged),
/* harmony export */   pl: () => (/* binding */ loadInventory),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   rZ: () => (/* binding */ inventoryPaths),
/* harmony export */   yK: () => (/* binding */ requirePaths),
/* harmony export */   zw: () => (/* binding */ readInventory)
/* harmony export */ });
/* harmony import */ var _inventory_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49287);
/* harmony import */ var _inventory_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12736);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81122);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68619);
// Finding, loading and merging the inventories a command works on
// (reference inventory.md §3.1–§3.3), with every failure naming its file.





/** `-i` files in order, then every `*.toml` of each `-I` directory sorted by path. */
async function inventoryPaths(ctx) {
    const paths = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(ctx.args, 'inventory').map((p) => repoPath(p));
    for (const dir of (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(ctx.args, 'inventory-dir')) {
        const d = repoPath(dir).replace(/\/$/, '');
        const found = await ctx.workspace.glob([d === '.' ? '*.toml' : `${d}/*.toml`]);
        if (found.length === 0)
            ctx.log(`warning: no *.toml files in ${dir}`);
        paths.push(...found);
    }
    return paths;
}
function repoPath(p) {
    const safe = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .safeRepoPath */ .jO)(p);
    if (safe === undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Q(`path "${p}" is outside the repository`, 2);
    return safe;
}
async function readInventory(ws, path) {
    let bytes;
    try {
        bytes = await ws.read(path);
    }
    catch (e) {
        return { findings: [readFailure(path, e.message)] };
    }
    if (bytes === undefined)
        return { findings: [readFailure(path, 'no such file')] };
    return (0,_inventory_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInventory */ .a)(path, bytes);
}
function readFailure(path, why) {
    return { file: path, line: 1, column: 1, severity: 'error', rule: 'read', message: `failed to read ${path}: ${why}` };
}
/** Loads one file for a command that needs it whole: any fatal finding stops the command (exit 1). */
async function loadInventory(ctx, path) {
    const parsed = await readInventory(ctx.workspace, path);
    if (!parsed.inventory || !parsed.source) {
        const fatal = parsed.findings.filter((f) => f.severity === 'error');
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Q(`failed to load inventory ${path}`, 1, fatal);
    }
    return parsed;
}
async function requirePaths(ctx) {
    const paths = await inventoryPaths(ctx);
    if (paths.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Q('no inventory given: pass -i FILE or -I DIR', 2);
    return paths;
}
/** The merged view of every -i/-I inventory; merge conflicts are logged as warnings. */
async function loadMerged(ctx, paths) {
    const files = [];
    for (const path of paths ?? (await requirePaths(ctx)))
        files.push({ path, inventory: (await loadInventory(ctx, path)).inventory });
    const merged = (0,_inventory_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeInventories */ .B_)(files);
    for (const c of merged.conflicts)
        ctx.log(`warning: ${(0,_inventory_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .describeConflict */ .we)(c)}`);
    return merged;
}
function changeSet(ctx, changes, records, inputs, complete = true) {
    return {
        changes,
        records,
        findings: [],
        complete,
        provenance: { command: ctx.commandLine, inputs, services: {}, requests: {} }
    };
}


/***/ }),

/***/ 45765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageJson: () => (/* binding */ packageJson),
/* harmony export */   show: () => (/* binding */ show)
/* harmony export */ });
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17958);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97129);
// `show [--workload K] [--json]` over the merged view (reference inventory.md §8.1).



const JSON_ORDER = ['name', 'poc', 'reason', 'team', 'task', 'rpms', 'arch_rpms', 'track', 'repology_name', 'distros', 'file_issue', 'priority', 'retired_on', 'unshipped', 'archived_builds'];
function packageJson(p) {
    const out = {};
    for (const k of JSON_ORDER) {
        const v = p[k];
        if (v === undefined)
            continue;
        if (k === 'arch_rpms') {
            const arch = v;
            out[k] = Object.fromEntries(Object.keys(arch).sort(_inventory_model_js__WEBPACK_IMPORTED_MODULE_2__/* .compareNames */ .MP).map((a) => [a, arch[a]]));
        }
        else
            out[k] = v;
    }
    return out;
}
const show = {
    spec: {
        name: 'show',
        summary: 'Show the packages of the merged inventories (optionally one workload).',
        positionals: [],
        flags: [
            { name: 'workload', kind: 'string', metavar: 'KEY', help: 'only the members of this workload' },
            { name: 'json', kind: 'bool', help: 'print a JSON array of package objects' }
        ]
    },
    async run(ctx) {
        const { inventory } = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .loadMerged */ .Rw)(ctx);
        const selected = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_2__/* .packagesForWorkload */ .kg)(inventory, (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(ctx.args, 'workload'));
        if ((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(ctx.args, 'json'))
            return { exitCode: 0, findings: [], stdout: JSON.stringify(selected.map(packageJson), null, 2) + '\n' };
        let out = `Inventory: ${inventory.meta.name} (${selected.length} package(s))\n\n`;
        for (const p of selected) {
            const w = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_2__/* .workloadsOfPackage */ .im)(inventory, p.name);
            out += `  ${p.name}${w.length ? ` [${w.join(', ')}]` : ''}\n`;
            if (p.poc !== undefined)
                out += `    poc: ${p.poc}\n`;
            if (p.reason !== undefined)
                out += `    reason: ${p.reason}\n`;
            if (p.rpms !== undefined)
                out += `    rpms: ${p.rpms.join(', ')}\n`;
            if (p.track !== undefined)
                out += `    track: ${p.track}\n`;
        }
        return { exitCode: 0, findings: [], stdout: out };
    }
};


/***/ })

};
