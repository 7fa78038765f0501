export const id = 83;
export const ids = [83];
export const modules = {

/***/ 79083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   find: () => (/* binding */ find)
/* harmony export */ });
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17958);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97129);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68619);
// `find NAME`: each inventory on its own, no merge (reference inventory.md §8.2).



const find = {
    spec: { name: 'find', summary: 'Find which inventories list a package.', positionals: ['NAME'], flags: [] },
    async run(ctx) {
        const [name] = ctx.args.positionals;
        if (name === undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Q('find needs a package NAME', 2);
        let out = '';
        for (const path of await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .requirePaths */ .yK)(ctx)) {
            const parsed = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .readInventory */ .zw)(ctx.workspace, path);
            if (!parsed.inventory) {
                const f = parsed.findings.find((x) => x.severity === 'error');
                ctx.log(`warning: skipping ${path}: ${f ? `${f.line}:${f.column}: ${f.message}` : 'unreadable'}`);
                continue;
            }
            const p = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_2__/* .findPackage */ .CV)(parsed.inventory, name);
            if (!p)
                continue;
            out += `${path}: ${name}\n`;
            if (p.poc !== undefined)
                out += `  poc: ${p.poc}\n`;
            if (p.reason !== undefined)
                out += `  reason: ${p.reason}\n`;
            if (p.rpms !== undefined)
                out += `  rpms: ${p.rpms.join(', ')}\n`;
            const ws = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_2__/* .workloadsOfPackage */ .im)(parsed.inventory, name);
            if (ws.length)
                out += `  workloads: ${ws.join(', ')}\n`;
            if (p.track !== undefined)
                out += `  track: ${p.track}\n`;
        }
        if (out === '')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Q(`package '${name}' not found in any inventory`, 1);
        return { exitCode: 0, findings: [], stdout: out };
    }
};


/***/ }),

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


/***/ })

};
