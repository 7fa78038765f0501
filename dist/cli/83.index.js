export const id = 83;
export const ids = [83];
export const modules = {

/***/ 9083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   find: () => (/* binding */ find)
/* harmony export */ });
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7958);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7129);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8619);
// `find NAME`: each inventory on its own, no merge, as in poi-tracker; an unreadable file is a warning.




const find = {
    spec: { name: 'find', summary: 'Find which inventories list a package.', positionals: ['NAME'], flags: [] },
    async run(ctx) {
        const [name] = ctx.args.positionals;
        if (name === undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandError */ .Q('find needs a package NAME', 2);
        let out = '';
        for (const path of await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .requirePaths */ .yK)(ctx)) {
            const parsed = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .readInventory */ .zw)(ctx.workspace, path);
            if (!parsed.inventory) {
                const f = parsed.findings.find((x) => x.severity === 'error');
                ctx.log(`warning: skipping ${path}: ${f ? `${f.line}:${f.column}: ${f.message}` : 'unreadable'}`);
                continue;
            }
            const p = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_3__/* .findPackage */ .CV)(parsed.inventory, name);
            if (!p)
                continue;
            const t = _core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g;
            // FILE:LINE:COL, as validate prints findings, so an editor can jump to the entry.
            const at = parsed.source ? parsed.source.locator.position(['package', parsed.inventory.packages.indexOf(p), 'name']) : { line: 1, column: 1 };
            out += `${t(path)}:${at.line}:${at.column}: ${t(name)}\n`;
            if (p.poc !== undefined)
                out += `  poc: ${t(p.poc)}\n`;
            if (p.reason !== undefined)
                out += `  reason: ${t(p.reason)}\n`;
            if (p.rpms !== undefined)
                out += `  rpms: ${t(p.rpms.join(', '))}\n`;
            const ws = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_3__/* .workloadsOfPackage */ .im)(parsed.inventory, name);
            if (ws.length)
                out += `  workloads: ${t(ws.join(', '))}\n`;
            if (p.track !== undefined)
                out += `  track: ${t(p.track)}\n`;
        }
        if (out === '')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandError */ .Q(`package '${name}' not found in any inventory`, 1);
        return { exitCode: 0, findings: [], stdout: out };
    }
};


/***/ })

};
