export const id = 452;
export const ids = [452];
export const modules = {

/***/ 7452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remove: () => (/* binding */ remove)
/* harmony export */ });
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7958);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7740);
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1038);
/* harmony import */ var _inventory_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8017);
/* harmony import */ var _inventory_operations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6200);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7129);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8619);
// `remove NAME [--rpm r1,r2]` on the first inventory only, as in poi-tracker.







const remove = {
    spec: {
        name: 'remove',
        summary: 'Remove a package (every entry of that name) from the first inventory, or only some of its RPMs.',
        positionals: ['NAME'],
        flags: [{ name: 'rpm', kind: 'list', metavar: 'RPMS', help: 'remove only these RPMs from the package\'s rpms list' }],
        notes: 'Workload lists keep the name, as in poi-tracker (validate reports it as a dangling member).'
    },
    async run(ctx) {
        const [name] = ctx.args.positionals;
        if (name === undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Q('remove needs a package NAME', 2);
        const [target] = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .requirePaths */ .yK)(ctx);
        const { inventory, source } = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .loadInventory */ .pl)(ctx, target);
        const editor = new _inventory_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .InventoryEditor */ .Sh(source, inventory);
        const rpms = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(ctx.args, 'rpm');
        if (rpms.length === 0) {
            if ((0,_inventory_operations_js__WEBPACK_IMPORTED_MODULE_5__/* .removePackages */ .AH)(editor.model, name) === 0)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Q(`package '${name}' not found in ${target}`);
            // Rendering refuses what cannot be edited in place: nothing is announced before it succeeds.
            const change = (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChange */ .v)(source, editor);
            ctx.log(`Removed ${name} from ${target}`);
            return { exitCode: 0, findings: [], changeSet: (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSet */ .Jn)(ctx, [change], [{ file: target, package: name, kind: 'removed' }], [target]) };
        }
        const pkg = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_6__/* .findPackage */ .CV)(editor.model, name);
        if (!pkg)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Q(`package '${name}' not found in ${target}`);
        if (pkg.rpms === undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Q(`package '${name}' has no rpms list in ${target}`);
        const before = pkg.rpms.join(', ');
        pkg.rpms = pkg.rpms.filter((r) => !rpms.includes(r));
        const change = (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChange */ .v)(source, editor);
        ctx.log(`Removed RPM(s) ${rpms.join(', ')} from ${name} in ${target}`);
        return {
            exitCode: 0, findings: [],
            changeSet: (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSet */ .Jn)(ctx, [change], [{ file: target, package: name, kind: 'changed', field: 'rpms', before, after: pkg.rpms.join(', ') }], [target])
        };
    }
};


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


/***/ })

};
