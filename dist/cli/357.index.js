export const id = 357;
export const ids = [357];
export const modules = {

/***/ 5357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   add: () => (/* binding */ add),
/* harmony export */   checkPackageName: () => (/* binding */ checkPackageName)
/* harmony export */ });
/* harmony import */ var _inventories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7958);
/* harmony import */ var _edit_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7740);
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1038);
/* harmony import */ var _inventory_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8017);
/* harmony import */ var _inventory_operations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6200);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7129);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8619);
/* harmony import */ var _sources_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1986);
// `add NAME [--poc] [--reason] [--team] [--task] [--rpm r1,r2] [--workload w1,w2] [--track]`
// as poi-tracker's (docs/poi-tracker-compatibility.md): update mode never
// overwrites a value; add mode places the new [[package]] where the sorted
// order puts it.









/** A name added to an inventory is a source package name: refused at once when it cannot be one. */
function checkPackageName(name) {
    if (name === undefined)
        return;
    const problem = (0,_sources_names_js__WEBPACK_IMPORTED_MODULE_5__/* .nameProblem */ .rH)(name);
    if (problem)
        throw new _core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${JSON.stringify(name)} is not a valid package name: ${problem}`, 'add');
}
const TEXT_FIELDS = ['poc', 'reason', 'team', 'task', 'track'];
const add = {
    spec: {
        name: 'add',
        summary: 'Add a package to an inventory, or fill in fields of an existing one (never overwriting a value).',
        positionals: ['NAME'],
        flags: [
            { name: 'poc', kind: 'string', help: 'point of contact' },
            { name: 'reason', kind: 'string', help: 'why the package is tracked' },
            { name: 'team', kind: 'string', help: 'responsible team' },
            { name: 'task', kind: 'string', help: 'internal ticket reference' },
            { name: 'rpm', kind: 'list', metavar: 'RPMS', help: 'binary RPMs to track' },
            { name: 'workload', kind: 'list', metavar: 'KEYS', help: 'workloads to add the package to' },
            { name: 'track', kind: 'string', help: 'hs-relmon reference distro' }
        ],
        notes: 'The target is the first inventory that already lists NAME, else the first one given.',
        check: (args) => checkPackageName(args.positionals[0])
    },
    async run(ctx) {
        const [name] = ctx.args.positionals;
        if (name === undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Q('add needs a package NAME', 2);
        checkPackageName(name);
        const paths = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .requirePaths */ .yK)(ctx);
        let target = paths[0];
        let found;
        let first;
        for (const p of paths) {
            const parsed = await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .readInventory */ .zw)(ctx.workspace, p);
            first ??= parsed;
            if (parsed.inventory && (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_6__/* .findPackage */ .CV)(parsed.inventory, name)) {
                target = p;
                found = parsed;
                break;
            }
        }
        // The file is parsed once: the one that lists NAME, else the first one (any error in it is fatal here).
        const use = found ?? first;
        const { inventory, source } = use?.inventory && use.source ? { inventory: use.inventory, source: use.source } : await (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .loadInventory */ .pl)(ctx, target);
        const editor = new _inventory_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .InventoryEditor */ .Sh(source, inventory);
        const records = [];
        const rpms = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(ctx.args, 'rpm');
        const existing = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_6__/* .findPackage */ .CV)(editor.model, name);
        let notice;
        if (existing) {
            if (rpms.length > 0) {
                const next = [...(existing.rpms ?? [])];
                for (const r of rpms)
                    if (!next.includes(r))
                        next.push(r);
                next.sort(_inventory_model_js__WEBPACK_IMPORTED_MODULE_6__/* .compareNames */ .MP);
                if (!existing.rpms || next.join('\n') !== existing.rpms.join('\n'))
                    records.push({ file: target, package: name, kind: 'changed', field: 'rpms', before: existing.rpms?.join(', '), after: next.join(', ') });
                existing.rpms = next;
            }
            for (const f of TEXT_FIELDS) {
                const v = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(ctx.args, f);
                if (v !== undefined && existing[f] === undefined) {
                    existing[f] = v;
                    records.push({ file: target, package: name, kind: 'changed', field: f, after: v });
                }
            }
            notice = `Updated ${name} in ${target}`;
        }
        else {
            const pkg = { name };
            for (const f of ['poc', 'reason', 'team', 'task']) {
                const v = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(ctx.args, f);
                if (v !== undefined)
                    pkg[f] = v;
            }
            if (rpms.length > 0)
                pkg.rpms = rpms;
            const track = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(ctx.args, 'track');
            if (track !== undefined)
                pkg.track = track;
            (0,_inventory_operations_js__WEBPACK_IMPORTED_MODULE_7__/* .addPackage */ .Eb)(editor.model, pkg);
            records.push({ file: target, package: name, kind: 'added' });
            notice = `Added ${name} to ${target}`;
        }
        for (const w of (0,_core_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(ctx.args, 'workload')) {
            if ((0,_inventory_operations_js__WEBPACK_IMPORTED_MODULE_7__/* .addToWorkload */ .aI)(editor.model, w, name))
                records.push({ file: target, package: name, kind: 'changed', field: `workload ${w}`, after: 'member' });
        }
        // Rendering refuses what cannot be edited in place: nothing is announced before it succeeds.
        const change = (0,_edit_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChange */ .v)(source, editor);
        ctx.log(notice);
        return { exitCode: 0, findings: [], changeSet: (0,_inventories_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSet */ .Jn)(ctx, [change], records, [target]) };
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


/***/ }),

/***/ 1986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tw: () => (/* binding */ InvalidNameError),
/* harmony export */   XM: () => (/* binding */ pathOf),
/* harmony export */   gG: () => (/* binding */ encodeQueryValue),
/* harmony export */   n1: () => (/* binding */ encodeNamespacePath),
/* harmony export */   rH: () => (/* binding */ nameProblem),
/* harmony export */   yS: () => (/* binding */ validateName)
/* harmony export */ });
/* unused harmony exports MAX_NAME_LENGTH, validatePackageName, validateBranchName, encodeSegment */
// Names read from inventories and flags end up in request URLs. They are
// checked here first so a typo or a hostile value ("../", "a b", "x?y") is a
// clear local error instead of a request for some other resource.
const MAX_NAME_LENGTH = 200;
// Fedora/CentOS source package names, dist-git branches, FAS users and groups
// all live in this alphabet (the Rust tool enforces the same set).
const NAME_CHARS = /^[A-Za-z0-9._+-]+$/;
const FIRST_CHAR = /^[A-Za-z0-9_]/;
class InvalidNameError extends Error {
    kind;
    value;
    reason;
    name = 'InvalidNameError';
    /** A usage problem, not a remote one. */
    exitCode = 2;
    constructor(kind, value, reason) {
        super(`invalid ${kind} name ${show(value)}: ${reason}`);
        this.kind = kind;
        this.value = value;
        this.reason = reason;
    }
}
/** Why `value` is not a valid name, or undefined when it is fine. */
function nameProblem(value) {
    if (value.length === 0)
        return 'it is empty';
    if (value.length > MAX_NAME_LENGTH)
        return `it is longer than ${MAX_NAME_LENGTH} characters`;
    if (/[\u0000-\u001f\u007f]/.test(value))
        return 'it contains a control character';
    if (/\s/.test(value))
        return 'it contains whitespace';
    if (value.includes('/'))
        return 'it contains "/"';
    if (value.includes('..'))
        return 'it contains ".."';
    if (!NAME_CHARS.test(value))
        return 'only ASCII letters, digits and "._+-" are allowed';
    if (!FIRST_CHAR.test(value))
        return 'it must start with a letter, a digit or "_"';
    return undefined;
}
/** Returns `value` unchanged when it is a valid name, otherwise throws InvalidNameError. */
function validateName(kind, value) {
    const problem = nameProblem(value);
    if (problem !== undefined)
        throw new InvalidNameError(kind, value, problem);
    return value;
}
const validatePackageName = (value) => validateName('package', value);
const validateBranchName = (value) => validateName('branch', value);
/**
 * Percent-encodes one URL path segment. Only RFC 3986 unreserved characters
 * and "+" stay as they are ("+" is literal in a path, and package names such
 * as libstdc++ read better in logs that way).
 */
function encodeSegment(value) {
    return encodeURIComponent(value)
        .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
        .replace(/%2B/g, '+');
}
/**
 * Percent-encodes a query value byte-wise; only `A–Z a–z 0–9 - _ . ~` stay
 * (so "+" becomes %2B and cannot arrive as a space, "@" becomes %40).
 */
function encodeQueryValue(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/**
 * Builds an absolute path from segments, encoding each one. Segments must not
 * be empty, "." or ".." (defence in depth for values that skipped validation).
 */
function pathOf(...segments) {
    for (const s of segments) {
        if (s === '' || s === '.' || s === '..')
            throw new InvalidNameError('path segment', s, 'empty, "." and ".." are not allowed');
    }
    return '/' + segments.map(encodeSegment).join('/');
}
// GitLab namespace/project path components: letters, digits, "_", "-", ".".
const NAMESPACE_PART = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
/**
 * The id GitLab's API accepts for a group or project path: every "/" becomes
 * %2F (`CentOS/Hyperscale/rpms` → `CentOS%2FHyperscale%2Frpms`).
 */
function encodeNamespacePath(path) {
    const parts = path.split('/');
    for (const p of parts) {
        if (!NAMESPACE_PART.test(p) || p.includes('..') || p.length > MAX_NAME_LENGTH) {
            throw new InvalidNameError('GitLab path', path, `component ${show(p)} is not a valid GitLab path component`);
        }
    }
    return parts.join('%2F');
}
function show(value) {
    const cut = value.length > 80 ? value.slice(0, 80) + '…' : value;
    return JSON.stringify(cut);
}


/***/ })

};
