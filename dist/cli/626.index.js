export const id = 626;
export const ids = [626];
export const modules = {

/***/ 2736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ renderValue),
/* harmony export */   B_: () => (/* binding */ mergeInventories),
/* harmony export */   Bk: () => (/* binding */ mergePackage),
/* harmony export */   we: () => (/* binding */ describeConflict)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7129);
// Merging several inventories into one view, as poi-tracker merges them:
// the first file's metadata and workloads win, later packages fold into the
// first entry of the same name field by field, later values win, and a later
// file can never remove a field. `retired_on` and the per-package `workloads`
// list are unions instead (they record set knowledge, not a value).

/** Fields a later file replaces when it has them. */
const REPLACED = [
    'poc', 'reason', 'team', 'task', 'rpms', 'arch_rpms', 'track', 'repology_name', 'distros', 'file_issue',
    'priority', 'unshipped', 'archived_builds'
];
function mergeInventories(files) {
    if (files.length === 0)
        throw new Error('at least one inventory file is required');
    const [first, ...rest] = files;
    const packages = first.inventory.packages.map(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .clonePackage */ .Aw);
    const inventory = { meta: first.inventory.meta, packages };
    const conflicts = [];
    for (const { path, inventory: later } of rest) {
        for (const pkg of later.packages) {
            const existing = packages.find((p) => p.name === pkg.name);
            if (existing)
                conflicts.push(...mergePackage(existing, pkg, path));
            else {
                packages.push((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .clonePackage */ .Aw)(pkg));
                // A stable re-sort after every new name, as poi-tracker does.
                packages.sort((a, b) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNames */ .MP)(a.name, b.name));
            }
        }
    }
    return { inventory, conflicts };
}
/** Folds `later` into `target` in place; returns the conflicts (later value won). */
function mergePackage(target, later, file) {
    const conflicts = [];
    const t = target;
    for (const field of REPLACED) {
        const value = later[field];
        if (value === undefined)
            continue;
        const earlier = t[field];
        if (earlier !== undefined && !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .valuesEqual */ .lu)(earlier, value)) {
            conflicts.push({ file, package: target.name, field, earlier, later: value });
        }
        t[field] = structuredClone(value);
    }
    for (const field of ['retired_on', 'workloads']) {
        const value = later[field];
        if (value !== undefined)
            target[field] = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedUnique */ .Z$)([...(target[field] ?? []), ...value]);
    }
    return conflicts;
}
function renderValue(v) {
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
    return `{${Object.keys(v).sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNames */ .MP).map((k) => `${JSON.stringify(k)}: ${renderValue(v[k])}`).join(', ')}}`;
}
function describeConflict(c) {
    return `${c.file}: package '${c.package}' field '${c.field}': ${renderValue(c.earlier)} overridden by ${renderValue(c.later)} (later file wins)`;
}


/***/ }),

/***/ 7129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ clonePackage),
/* harmony export */   B4: () => (/* binding */ PACKAGE_FIELDS),
/* harmony export */   BE: () => (/* binding */ PRIORITIES),
/* harmony export */   CV: () => (/* binding */ findPackage),
/* harmony export */   Fr: () => (/* binding */ workloadMembers),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   NB: () => (/* binding */ emptyWorkload),
/* harmony export */   T4: () => (/* binding */ isRetiredOn),
/* harmony export */   Tb: () => (/* binding */ isUnshipped),
/* harmony export */   Z$: () => (/* binding */ sortedUnique),
/* harmony export */   eO: () => (/* binding */ priorityFor),
/* harmony export */   im: () => (/* binding */ workloadsOfPackage),
/* harmony export */   kg: () => (/* binding */ packagesForWorkload),
/* harmony export */   lu: () => (/* binding */ valuesEqual),
/* harmony export */   oj: () => (/* binding */ workloadNames),
/* harmony export */   qm: () => (/* binding */ hasArchivedBuilds)
/* harmony export */ });
/* unused harmony exports compareCodePoints, sortedStrings, priorityRank */
// The inventory data model and its lookups, as poi-tracker's
// (docs/poi-tracker-compatibility.md, "Inventory files").
// `undefined` means absent; a present empty list stays `[]` (the two differ).
const PRIORITIES = ['unspecified', 'low', 'medium', 'high', 'urgent'];
/** Package keys in poi-tracker's model (and canonical write) order; arch_rpms is written as its own table. */
const PACKAGE_FIELDS = [
    'name', 'poc', 'reason', 'team', 'task', 'rpms', 'arch_rpms', 'track', 'repology_name', 'distros',
    'file_issue', 'priority', 'retired_on', 'unshipped', 'archived_builds'
];
/** Byte-wise UTF-8 order, which is code-point order (never localeCompare, never UTF-16 units). */
function compareCodePoints(a, b) {
    if (a === b)
        return 0;
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    for (;;) {
        const x = ia.next();
        const y = ib.next();
        if (x.done)
            return y.done ? 0 : -1;
        if (y.done)
            return 1;
        const cx = x.value.codePointAt(0) ?? 0;
        const cy = y.value.codePointAt(0) ?? 0;
        if (cx !== cy)
            return cx < cy ? -1 : 1;
    }
}
/** Fast path for ASCII strings; falls back to the code-point walk only when a surrogate is involved. */
function compareNames(a, b) {
    for (let i = 0; i < a.length && i < b.length; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca !== cb) {
            if (ca >= 0xd800 && ca <= 0xdfff)
                return compareCodePoints(a.slice(i), b.slice(i));
            if (cb >= 0xd800 && cb <= 0xdfff)
                return compareCodePoints(a.slice(i), b.slice(i));
            return ca < cb ? -1 : 1;
        }
    }
    return a.length - b.length;
}
function sortedStrings(values) {
    return [...values].sort(compareNames);
}
function sortedUnique(values) {
    return sortedStrings(new Set(values));
}
function emptyWorkload() {
    return { packages: [] };
}
function findPackage(inv, name) {
    return inv.packages.find((p) => p.name === name);
}
/** Workload keys, sorted; includes workloads only named by per-package `workloads` lists. */
/**
 * The workloads an inventory defines ([inventory.workloads.<key>] tables), sorted. A name that only a
 * package's `workloads` mentions defines nothing: validate warns about it (undefined-workload) and no
 * export writes it, so the two agree on what a workload is.
 */
function workloadNames(inv) {
    return sortedStrings(new Set(inv.meta.workloads.keys()));
}
/** Names that are members of workload `key` in either form (workload list or package field). */
function workloadMembers(inv, key) {
    const members = new Set(inv.meta.workloads.get(key)?.packages ?? []);
    for (const p of inv.packages)
        if (p.workloads?.includes(key))
            members.add(p.name);
    return members;
}
/** All packages (no workload) or the members of `key` in list order; an undefined key selects nothing. */
function packagesForWorkload(inv, key) {
    if (key === undefined)
        return inv.packages;
    const members = workloadMembers(inv, key);
    return inv.packages.filter((p) => members.has(p.name));
}
/** Sorted keys of every workload the package belongs to. */
function workloadsOfPackage(inv, name) {
    const keys = new Set();
    for (const [key, w] of inv.meta.workloads)
        if (w.packages.includes(name))
            keys.add(key);
    // A package's own `workloads` counts for workloads that exist (see workloadNames).
    for (const p of inv.packages)
        if (p.name === name)
            for (const w of p.workloads ?? [])
                if (inv.meta.workloads.has(w))
                    keys.add(w);
    return sortedStrings(keys);
}
function priorityRank(p) {
    return PRIORITIES.indexOf(p);
}
/** The package's own priority (even a lower one, or `unspecified`), else the highest default of the workloads listing it. */
function priorityFor(inv, name) {
    const pkg = findPackage(inv, name);
    if (!pkg)
        return undefined;
    if (pkg.priority !== undefined)
        return pkg.priority;
    let best;
    for (const key of workloadsOfPackage(inv, name)) {
        const d = inv.meta.workloads.get(key)?.default_priority;
        if (d !== undefined && (best === undefined || priorityRank(d) > priorityRank(best)))
            best = d;
    }
    return best;
}
function isUnshipped(p) {
    return p.unshipped !== undefined;
}
function hasArchivedBuilds(p) {
    return p.archived_builds !== undefined;
}
function isRetiredOn(p, branch) {
    return p.retired_on?.includes(branch) ?? false;
}
/** Deep equality for package values (lists in order, maps by key). */
function valuesEqual(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
    }
    if (typeof a === 'object' && typeof b === 'object') {
        const ka = Object.keys(a).sort();
        const kb = Object.keys(b).sort();
        return ka.length === kb.length && ka.every((k, i) => k === kb[i] && valuesEqual(a[k], b[k]));
    }
    return false;
}
/** A deep copy (lists and arch_rpms copied), cheap enough to take of every package of a large file. */
function clonePackage(p) {
    const c = { ...p };
    if (p.rpms)
        c.rpms = p.rpms.slice();
    if (p.retired_on)
        c.retired_on = p.retired_on.slice();
    if (p.workloads)
        c.workloads = p.workloads.slice();
    const arch = p.arch_rpms;
    // fromEntries defines own properties, so a key such as "__proto__" stays a key.
    if (arch)
        c.arch_rpms = Object.fromEntries(Object.keys(arch).map((k) => [k, arch[k].slice()]));
    return c;
}


/***/ }),

/***/ 9287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseInventory)
/* harmony export */ });
/* unused harmony export PACKAGE_KEYS */
/* harmony import */ var _toml_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3187);
/* harmony import */ var _toml_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7868);
/* harmony import */ var _core_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(969);
/* harmony import */ var _toml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2403);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8027);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7129);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2085);
// Turns inventory text into the model, with every problem located. What
// poi-tracker rejects (syntax, missing required keys, wrong types, bad
// priorities) is a fatal finding and yields no inventory; unknown keys are
// kept out of the model but reported, with a "did you mean" hint.







class LazySource {
    path;
    decoded;
    data;
    scanned;
    located;
    constructor(path, decoded, data) {
        this.path = path;
        this.decoded = decoded;
        this.data = data;
    }
    get scan() {
        return (this.scanned ??= (0,_toml_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanToml */ .IH)(this.decoded.text));
    }
    get locator() {
        return (this.located ??= new _toml_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .TomlLocator */ .v(this.scan));
    }
}
const TOP_KEYS = ['inventory', 'package'];
const META_KEYS = ['name', 'description', 'maintainer', 'labels', 'private_fields', 'workloads'];
const WORKLOAD_KEYS = ['name', 'description', 'maintainer', 'labels', 'default_priority', 'packages'];
const STRING_FIELDS = ['poc', 'reason', 'team', 'task', 'track', 'repology_name', 'distros', 'unshipped', 'archived_builds'];
const LIST_FIELDS = ['rpms', 'retired_on', 'workloads'];
const PACKAGE_KEYS = ['name', ...STRING_FIELDS, ...LIST_FIELDS, 'arch_rpms', 'file_issue', 'priority'];
function parseInventory(path, input) {
    let decoded;
    try {
        decoded = typeof input === 'string' ? (0,_core_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .fromText */ .IK)(input) : (0,_core_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBytes */ .yj)(input);
    }
    catch (e) {
        if (e instanceof _core_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .DecodeError */ .Xc) {
            return { findings: [{ file: path, line: e.line, column: e.column, severity: 'error', rule: 'encoding', message: e.message }] };
        }
        throw e;
    }
    const { text } = decoded;
    const parsed = (0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToml */ .MT)(text);
    if (!parsed.ok) {
        const f = { file: path, ...parsed.finding };
        const first = /^table \[package\] is already defined on (line \d+)$/.exec(f.message);
        if (first && /^\s*package\s*=\s*\[/m.test(text)) {
            f.rule = 'package-array-conflict';
            f.message = `\`package = []\` (as poi-tracker writes an inventory without packages) cannot be combined with [[package]] tables: delete the \`package = []\` line (${first[1]})`;
        }
        return { findings: [f] };
    }
    const source = new LazySource(path, decoded, parsed.value);
    const walker = new SchemaWalker(path, source);
    const inventory = walker.inventory(parsed.value);
    return { inventory: walker.fatal ? undefined : inventory, source, findings: walker.findings };
}
class SchemaWalker {
    file;
    source;
    findings = [];
    fatal = false;
    constructor(file, source) {
        this.file = file;
        this.source = source;
    }
    report(rule, path, message) {
        const info = _rules_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y[rule];
        if ('fatal' in info && info.fatal)
            this.fatal = true;
        this.findings.push({ file: this.file, ...this.source.locator.position(path), severity: info.severity, rule, message });
    }
    inventory(doc) {
        this.unknownKeys(doc, [], TOP_KEYS, 'top level');
        const metaRaw = doc.inventory;
        let meta = { name: '', description: '', maintainer: '', labels: [], private_fields: [], workloads: new Map() };
        if (metaRaw === undefined) {
            this.report('required-key', [], 'missing the [inventory] table (with name, description and maintainer)');
        }
        else if (!(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .isTable */ .bI)(metaRaw)) {
            this.report('type', ['inventory'], `\`inventory\` must be a table, not ${article((0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(metaRaw))}`);
        }
        else {
            meta = this.meta(metaRaw);
        }
        const packages = [];
        const raw = doc.package;
        if (raw !== undefined) {
            if (!Array.isArray(raw)) {
                this.report('type', ['package'], `\`package\` must be an array of tables ([[package]]), not ${article((0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(raw))}`);
            }
            else {
                raw.forEach((entry, i) => {
                    if (!(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .isTable */ .bI)(entry))
                        this.report('type', ['package', i], `each \`package\` entry must be a table, not ${article((0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(entry))}`);
                    else
                        packages.push(this.package(entry, ['package', i]));
                });
            }
        }
        return { meta, packages };
    }
    meta(t) {
        const p = ['inventory'];
        this.unknownKeys(t, p, META_KEYS, '[inventory]');
        const workloads = new Map();
        const wraw = t.workloads;
        if (wraw !== undefined) {
            if (!(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .isTable */ .bI)(wraw))
                this.report('type', [...p, 'workloads'], '`workloads` must be a table of [inventory.workloads.<key>] tables');
            else {
                for (const [key, w] of Object.entries(wraw)) {
                    const wp = [...p, 'workloads', key];
                    if (!(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .isTable */ .bI)(w))
                        this.report('type', wp, `workload \`${key}\` must be a table, not ${article((0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(w))}`);
                    else
                        workloads.set(key, this.workload(w, wp));
                }
            }
        }
        return {
            name: this.requiredString(t, 'name', p, '[inventory]'),
            description: this.requiredString(t, 'description', p, '[inventory]'),
            maintainer: this.requiredString(t, 'maintainer', p, '[inventory]'),
            labels: this.stringList(t, 'labels', p) ?? [],
            private_fields: this.stringList(t, 'private_fields', p) ?? [],
            workloads
        };
    }
    workload(t, p) {
        this.unknownKeys(t, p, WORKLOAD_KEYS, 'a workload');
        const w = { packages: this.stringList(t, 'packages', p) ?? [] };
        for (const k of ['name', 'description', 'maintainer']) {
            const v = this.string(t, k, p);
            if (v !== undefined)
                w[k] = v;
        }
        const labels = this.stringList(t, 'labels', p);
        if (labels !== undefined)
            w.labels = labels;
        const prio = this.priority(t, 'default_priority', p);
        if (prio !== undefined)
            w.default_priority = prio;
        return w;
    }
    package(t, p) {
        this.unknownKeys(t, p, PACKAGE_KEYS, 'a [[package]]');
        const pkg = { name: this.requiredString(t, 'name', p, 'a [[package]] entry') };
        for (const k of STRING_FIELDS) {
            const v = this.string(t, k, p);
            if (v !== undefined)
                pkg[k] = v;
        }
        for (const k of LIST_FIELDS) {
            const v = this.stringList(t, k, p);
            if (v !== undefined)
                pkg[k] = v;
        }
        if (t.arch_rpms !== undefined) {
            const a = t.arch_rpms;
            if (!(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .isTable */ .bI)(a))
                this.report('type', [...p, 'arch_rpms'], `\`arch_rpms\` must be a table of arch = [rpms], not ${article((0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(a))}`);
            else {
                const arch = {};
                for (const key of Object.keys(a)) {
                    const v = this.stringList(a, key, [...p, 'arch_rpms']);
                    if (v !== undefined)
                        arch[key] = v;
                }
                pkg.arch_rpms = arch;
            }
        }
        if (t.file_issue !== undefined) {
            if (typeof t.file_issue !== 'boolean')
                this.typeError([...p, 'file_issue'], 'file_issue', 'a boolean', t.file_issue);
            else
                pkg.file_issue = t.file_issue;
        }
        const prio = this.priority(t, 'priority', p);
        if (prio !== undefined)
            pkg.priority = prio;
        return pkg;
    }
    requiredString(t, key, p, where) {
        if (t[key] === undefined) {
            this.report('required-key', p, `${where} is missing the required key \`${key}\``);
            return '';
        }
        return this.string(t, key, p) ?? '';
    }
    string(t, key, p) {
        const v = t[key];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'string') {
            this.typeError([...p, key], key, 'a string', v);
            return undefined;
        }
        return v;
    }
    stringList(t, key, p) {
        const v = t[key];
        if (v === undefined)
            return undefined;
        if (!Array.isArray(v)) {
            this.typeError([...p, key], key, 'an array of strings', v);
            return undefined;
        }
        const bad = v.findIndex((x) => typeof x !== 'string');
        if (bad >= 0) {
            this.report('type', [...p, key, bad], `\`${key}\` must contain only strings, but item ${bad + 1} is ${article((0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(v[bad]))}`);
            return undefined;
        }
        return v;
    }
    priority(t, key, p) {
        const v = this.string(t, key, p);
        if (v === undefined)
            return undefined;
        if (!_model_js__WEBPACK_IMPORTED_MODULE_5__/* .PRIORITIES */ .BE.includes(v)) {
            const hint = _model_js__WEBPACK_IMPORTED_MODULE_5__/* .PRIORITIES */ .BE.includes(v.toLowerCase()) ? ` (priorities are lowercase: "${v.toLowerCase()}")` : '';
            this.report('priority-value', [...p, key], `\`${key}\` is "${v}", expected one of ${_model_js__WEBPACK_IMPORTED_MODULE_5__/* .PRIORITIES */ .BE.join(', ')}${hint}`);
            return undefined;
        }
        return v;
    }
    typeError(path, key, expected, v) {
        this.report('type', path, `\`${key}\` must be ${expected}, not ${article((0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(v))}`);
    }
    unknownKeys(t, p, known, where) {
        for (const key of Object.keys(t)) {
            if (known.includes(key))
                continue;
            let message = `unknown key \`${key}\` in ${where}: poi-tracker ignores it`;
            if (key === 'domains')
                message = '`domains` is a key of an old inventory format and has no effect; workload membership is declared with `workloads`';
            else {
                const guess = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .a)(key, known);
                if (guess)
                    message += `; did you mean \`${guess}\`?`;
            }
            this.report('unknown-key', [...p, key], message);
        }
    }
}
function article(type) {
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}


/***/ }),

/***/ 9626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   regenerateExports: () => (/* binding */ regenerateExports)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
/* harmony import */ var _core_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8742);
/* harmony import */ var _inventory_merge_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2736);
/* harmony import */ var _inventory_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9287);
/* harmony import */ var _exports_content_resolver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9910);
/* harmony import */ var _exports_hs_relmon_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6345);
/* harmony import */ var _commands_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8619);
/* harmony import */ var _exports_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3580);
// After a job changed inventories, the exports of poi-gitops.toml whose inputs
// it touched are regenerated from the changed files, so one proposal carries
// the inventory edit and the manifests that follow from it.








async function mergedInventory(ws, globs) {
    const paths = await ws.glob(globs);
    if (paths.length === 0)
        throw new _commands_types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q(`no inventory matches ${globs.join(', ')}`, 2);
    const files = [];
    for (const path of paths) {
        const bytes = await ws.read(path);
        const parsed = (0,_inventory_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInventory */ .a)(path, bytes ?? new Uint8Array());
        if (!parsed.inventory)
            throw new _commands_types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q(`cannot regenerate exports: ${path} does not load`, 1, parsed.findings.filter((f) => f.severity === 'error'));
        files.push({ path, inventory: parsed.inventory });
    }
    return (0,_inventory_merge_js__WEBPACK_IMPORTED_MODULE_7__/* .mergeInventories */ .B_)(files).inventory;
}
/** Exports whose inventory globs match a changed file, regenerated from `ws` (which already holds the changes). */
async function regenerateExports(config, ws, changed) {
    try {
        return await regenerate(config, ws, changed);
    }
    catch (e) {
        if (e instanceof _exports_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ExportError */ .ze)
            throw new _commands_types_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Q(`cannot regenerate exports: ${e.message}`, 1);
        throw e;
    }
}
async function regenerate(config, ws, changed) {
    const out = { changes: [], records: [], notes: [] };
    // Both exports usually read the same inventories: each set is read and merged once.
    const views = new Map();
    const merged = (globs) => {
        const key = globs.join('\n');
        let view = views.get(key);
        if (!view)
            views.set(key, (view = mergedInventory(ws, globs)));
        return view;
    };
    const touches = (globs) => changed.some((f) => globs.some((g) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__.minimatch)(f, g)));
    const cr = config.exports.contentResolver;
    if (cr && touches(cr.inventories)) {
        const inventory = await merged(cr.inventories);
        for (const f of (0,_exports_content_resolver_js__WEBPACK_IMPORTED_MODULE_3__/* .exportContentResolver */ .GR)(inventory, { workload: cr.workload, outDir: cr.outDir === '.' ? undefined : cr.outDir })) {
            const before = await (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(ws, f.path);
            if (before !== f.content) {
                out.changes.push({ path: f.path, before, after: f.content });
                out.records.push({ file: f.path, kind: 'regenerated' });
            }
        }
    }
    const hr = config.exports.hsRelmon;
    if (hr && touches(hr.inventories)) {
        const inventory = await merged(hr.inventories);
        const before = await (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(ws, hr.out);
        const result = (0,_exports_hs_relmon_js__WEBPACK_IMPORTED_MODULE_4__/* .exportHsRelmon */ .Re)(inventory, before ?? undefined, { workload: hr.workload, distros: hr.distros, track: hr.track, prune: hr.prune });
        if (before !== result.content) {
            out.changes.push({ path: hr.out, before, after: result.content });
            out.records.push(...(0,_exports_hs_relmon_js__WEBPACK_IMPORTED_MODULE_4__/* .hsRelmonRecords */ .Xu)(hr.out, result));
        }
        if (result.stale.length && !hr.prune)
            out.notes.push(`${hr.out}: ${result.stale.length} entr${result.stale.length === 1 ? 'y is' : 'ies are'} no longer in the inventory (kept; set prune = true to remove): ${result.stale.join(', ')}`);
    }
    return out;
}


/***/ })

};
