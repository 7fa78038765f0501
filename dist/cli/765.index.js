export const id = 765;
export const ids = [765];
export const modules = {

/***/ 5765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageJson: () => (/* binding */ packageJson),
/* harmony export */   show: () => (/* binding */ show)
/* harmony export */ });
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7958);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1038);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7129);
// `show [--workload K] [--json]` over the merged view, in poi-tracker's layout.




const JSON_ORDER = ['name', 'poc', 'reason', 'team', 'task', 'rpms', 'arch_rpms', 'track', 'repology_name', 'distros', 'file_issue', 'priority', 'retired_on', 'unshipped', 'archived_builds'];
function packageJson(p) {
    const out = {};
    for (const k of JSON_ORDER) {
        const v = p[k];
        if (v === undefined)
            continue;
        if (k === 'arch_rpms') {
            const arch = v;
            out[k] = Object.fromEntries(Object.keys(arch).sort(_inventory_model_js__WEBPACK_IMPORTED_MODULE_3__/* .compareNames */ .MP).map((a) => [a, arch[a]]));
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
        const selected = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_3__/* .packagesForWorkload */ .kg)(inventory, (0,_core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(ctx.args, 'workload'));
        if ((0,_core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(ctx.args, 'json'))
            return { exitCode: 0, findings: [], stdout: JSON.stringify(selected.map(packageJson), null, 2) + '\n' };
        // Names and values come from the file: shown with their control characters escaped, one item per line.
        const t = _core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g;
        let out = `Inventory: ${t(inventory.meta.name)} (${selected.length} package(s))\n\n`;
        for (const p of selected) {
            const w = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_3__/* .workloadsOfPackage */ .im)(inventory, p.name);
            out += `  ${t(p.name)}${w.length ? ` [${t(w.join(', '))}]` : ''}\n`;
            if (p.poc !== undefined)
                out += `    poc: ${t(p.poc)}\n`;
            if (p.reason !== undefined)
                out += `    reason: ${t(p.reason)}\n`;
            if (p.rpms !== undefined)
                out += `    rpms: ${t(p.rpms.join(', '))}\n`;
            if (p.track !== undefined)
                out += `    track: ${t(p.track)}\n`;
        }
        return { exitCode: 0, findings: [], stdout: out };
    }
};


/***/ })

};
