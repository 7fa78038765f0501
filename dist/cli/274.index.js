export const id = 274;
export const ids = [274,750];
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

/***/ 2274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adHocJob: () => (/* binding */ adHocJob),
  runJobs: () => (/* binding */ runJobs)
});

// UNUSED EXPORTS: proposalRequest

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/changeset.ts
var changeset = __webpack_require__(8835);
// EXTERNAL MODULE: ./src/core/diff.ts
var diff = __webpack_require__(6292);
// EXTERNAL MODULE: ./src/forge/engine.ts + 2 modules
var engine = __webpack_require__(9808);
// EXTERNAL MODULE: ./src/sources/stats.ts
var stats = __webpack_require__(4353);
// EXTERNAL MODULE: ./src/core/workspace.ts
var core_workspace = __webpack_require__(8742);
// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(299);
// EXTERNAL MODULE: ./src/plans/serialize.ts
var serialize = __webpack_require__(7750);
// EXTERNAL MODULE: ./src/commands/registry.ts
var registry = __webpack_require__(927);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/core/args.ts
var args = __webpack_require__(1038);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/inventory/merge.ts
var merge = __webpack_require__(2736);
// EXTERNAL MODULE: ./src/inventory/parse.ts
var parse = __webpack_require__(9287);
// EXTERNAL MODULE: ./src/exports/content-resolver.ts + 1 modules
var content_resolver = __webpack_require__(9910);
// EXTERNAL MODULE: ./src/exports/hs-relmon.ts + 1 modules
var hs_relmon = __webpack_require__(6345);
// EXTERNAL MODULE: ./src/exports/errors.ts
var exports_errors = __webpack_require__(3580);
;// CONCATENATED MODULE: ./src/jobs/regenerate-exports.ts
// After a job changed inventories, the exports of poi-gitops.toml whose inputs
// it touched are regenerated from the changed files, so one proposal carries
// the inventory edit and the manifests that follow from it.








async function mergedInventory(ws, globs) {
    const paths = await ws.glob(globs);
    if (paths.length === 0)
        throw new types/* CommandError */.Q(`no inventory matches ${globs.join(', ')}`, 2);
    const files = [];
    for (const path of paths) {
        const bytes = await ws.read(path);
        const parsed = (0,parse/* parseInventory */.a)(path, bytes ?? new Uint8Array());
        if (!parsed.inventory)
            throw new types/* CommandError */.Q(`cannot regenerate exports: ${path} does not load`, 1, parsed.findings.filter((f) => f.severity === 'error'));
        files.push({ path, inventory: parsed.inventory });
    }
    return (0,merge/* mergeInventories */.B_)(files).inventory;
}
/** Exports whose inventory globs match a changed file, regenerated from `ws` (which already holds the changes). */
async function regenerateExports(config, ws, changed) {
    try {
        return await regenerate(config, ws, changed);
    }
    catch (e) {
        if (e instanceof exports_errors/* ExportError */.ze)
            throw new types/* CommandError */.Q(`cannot regenerate exports: ${e.message}`, 1);
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
    const touches = (globs) => changed.some((f) => globs.some((g) => (0,esm/* minimatch */.xF)(f, g)));
    const cr = config.exports.contentResolver;
    if (cr && touches(cr.inventories)) {
        const inventory = await merged(cr.inventories);
        for (const f of (0,content_resolver/* exportContentResolver */.GR)(inventory, { workload: cr.workload, outDir: cr.outDir === '.' ? undefined : cr.outDir })) {
            const before = await (0,core_workspace/* readText */.yR)(ws, f.path);
            if (before !== f.content) {
                out.changes.push({ path: f.path, before, after: f.content });
                out.records.push({ file: f.path, kind: 'regenerated' });
            }
        }
    }
    const hr = config.exports.hsRelmon;
    if (hr && touches(hr.inventories)) {
        const inventory = await merged(hr.inventories);
        const before = await (0,core_workspace/* readText */.yR)(ws, hr.out);
        const result = (0,hs_relmon/* exportHsRelmon */.Re)(inventory, before ?? undefined, { workload: hr.workload, distros: hr.distros, track: hr.track, prune: hr.prune });
        if (before !== result.content) {
            out.changes.push({ path: hr.out, before, after: result.content });
            out.records.push(...(0,hs_relmon/* hsRelmonRecords */.Xu)(hr.out, result));
        }
        if (result.stale.length && !hr.prune)
            out.notes.push(`${hr.out}: ${result.stale.length} entr${result.stale.length === 1 ? 'y is' : 'ies are'} no longer in the inventory (kept; set prune = true to remove): ${result.stale.join(', ')}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/jobs/compute-job.ts
// Computes one job of poi-gitops.toml: its command's change set on an overlay
// of the repository, plus the exports regenerated from what it changed. The
// result is what the job proposes; nothing is written here. Whatever goes
// wrong stays in the job: an error becomes the job's outcome, never the run's.









async function computeJob(job, config, workspace, ctx) {
    const base = { job, findings: [], notes: [] };
    try {
        return await compute(job, config, workspace, ctx, base);
    }
    catch (e) {
        const findings = e.findings ?? [];
        const localState = e instanceof types/* CommandError */.Q ? e.localState : undefined;
        return { ...base, exitCode: (0,errors/* exitCodeOf */.FO)(e) ?? 2, error: (0,errors/* describeError */.Uc)(e), findings, ...(localState ? { localState } : {}) };
    }
}
async function compute(job, config, workspace, ctx, base) {
    const { name, rest } = (0,registry/* commandName */.p6)(job.argv);
    const command = await (0,registry/* loadCommand */.yV)(name);
    if (!command)
        return { ...base, exitCode: 2, error: `'${name}' is not available in this version of poi-gitops` };
    const result = await command.run({
        workspace, config, args: (0,args/* parseArgs */.Zy)(command.spec, rest), commandLine: `poi-gitops ${job.run}`,
        log: ctx.log, env: ctx.env, delivery: ctx.delivery, credentials: ctx.credentials
    });
    const outcome = { ...base, exitCode: result.exitCode, stdout: result.stdout, findings: result.findings, result, ...(result.localState ? { localState: result.localState } : {}) };
    const resultSet = result.changeSet ?? (result.plan && ctx.exports ? emptyChangeSet(`poi-gitops ${job.run}`) : undefined);
    if (!resultSet)
        return outcome;
    const cs = { ...resultSet, changes: await throughLinks(workspace, resultSet.changes) };
    outcome.changeSet = cs;
    // A proposal carries the job's plan as plans/<job>.json, with the plan's own tables in its body.
    if (result.plan && ctx.exports) {
        const finalize = await addPlan(cs, result.plan, result.summary, job, config, workspace);
        if (finalize)
            outcome.finalize = finalize;
    }
    const changed = (0,changeset/* changedFiles */.Y)(cs.changes);
    if (changed.length === 0 || !ctx.exports)
        return outcome;
    const overlay = new core_workspace/* OverlayWorkspace */.YX(workspace);
    for (const c of changed)
        overlay.set(c.path, c.after);
    const exports = await regenerateExports(config, overlay, changed.map((c) => c.path));
    const own = new Set(cs.changes.map((c) => c.path));
    cs.changes.push(...exports.changes.filter((c) => !own.has(c.path)));
    cs.records.push(...exports.records);
    outcome.notes.push(...exports.notes);
    return outcome;
}
function emptyChangeSet(command) {
    return { changes: [], records: [], findings: [], complete: true, provenance: { command, inputs: [], services: {}, requests: {} } };
}
/**
 * The plan file of a job. An empty plan changes nothing: the last plan stays in the repository as the
 * record of what was approved, and an open proposal whose plan became empty is closed as any empty change.
 * `computed_at` keeps the previous file's time while the actions are the same, so a rerun writes nothing.
 */
async function addPlan(cs, draft, summary, job, config, workspace) {
    if (draft.actions.length === 0)
        return undefined;
    const path = `${config.plans.dir}/${job.name}.json`;
    const before = await (0,core_workspace/* readText */.yR)(workspace, path);
    const plan = (0,serialize.finalizePlan)(draft, { job: job.name, now: new Date(), previous: before });
    cs.changes.push({ path, before, after: (0,serialize.serializePlan)(plan) });
    if (before !== (0,serialize.serializePlan)(plan))
        for (const a of draft.actions)
            cs.records.push({ file: path, package: String(a.target), kind: 'planned', reason: a.why, source: a.service });
    if (summary)
        cs.sections = [...(cs.sections ?? []), summary];
    // The open proposal remembers when these actions were first planned: the same actions keep that time.
    const actions = (0,hash/* sha256 */.s)((0,serialize.serializePlan)({ ...plan, computed_at: '' })).slice(0, 16);
    return (memo) => {
        const [hash, at] = (memo[path] ?? '').split(' ');
        const kept = hash === actions && at ? { ...plan, computed_at: at } : plan;
        return {
            changes: cs.changes.map((c) => (c.path === path ? { ...c, after: (0,serialize.serializePlan)(kept) } : c)),
            memo: { ...memo, [path]: `${actions} ${kept.computed_at}` }
        };
    };
}
/**
 * A change to a symbolic link inside the repository is a change to the file it points to: the
 * proposal commits the target and the link stays a link. Two spellings of one file are refused.
 */
async function throughLinks(workspace, changes) {
    const out = [];
    const seen = new Map();
    for (const change of changes) {
        const real = await workspace.realPath(change.path);
        const other = seen.get(real);
        if (other !== undefined && other !== change.path) {
            throw new types/* CommandError */.Q(`${change.path} and ${other} are the same file (${real}); change it through one path`, 1);
        }
        seen.set(real, change.path);
        out.push(real === change.path ? change : { ...change, path: real });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/jobs/run-jobs.ts
// The one delivery path, shared by the CLI and the action: each job is
// computed, then its change set is delivered the way the run asks — proposed
// (one pull/merge request per job), previewed as a proposal (--dry-run),
// printed as a diff, or written to the working tree. Jobs run in config
// order; a failing job is reported without stopping the others, and the exit
// code is the worst outcome.







function proposalRequest(job, config, outcome, options) {
    if (!outcome.changeSet)
        return undefined;
    const p = config.proposal;
    return {
        job: job.name,
        branch: p.branchPrefix + job.name,
        base: job.proposal.base ?? p.base ?? (options.base || undefined),
        title: job.proposal.title,
        changeSet: outcome.changeSet,
        labels: job.proposal.labels ?? p.labels,
        reviewers: job.proposal.reviewers ?? p.reviewers,
        ...teamReviewers(job, config),
        draft: job.proposal.draft ?? p.draft,
        policy: {
            update: job.proposal.update ?? p.update,
            review: job.proposal.review ?? p.review,
            // [proposal] automerge is no default for a job that plans writes: merging its proposal is a person's approval.
            automerge: job.proposal.automerge ?? (plansWrites(job) ? false : p.automerge),
            ...minInterval(job, config),
            ...(p.maxOpen !== undefined ? { maxOpen: { limit: p.maxOpen, branchPrefix: p.branchPrefix } } : {})
        },
        dryRun: options.delivery !== 'propose',
        ...(options.regenerate?.has(job.name) ? { regenerate: true } : {}),
        ...(outcome.finalize ? { finalize: outcome.finalize } : {}),
        reservedBranches: reservedBranches(config, options.base),
        branchOrigin: job.line > 0 ? `the name of job "${job.name}" (${config.path}, line ${job.line}) or [proposal] branch-prefix` : `--job (or the command name) or [proposal] branch-prefix`
    };
}
/** The job's team reviewers (its own, else [proposal]'s), and where they are written. */
function teamReviewers(job, config) {
    const own = job.proposal.teamReviewers !== undefined;
    const teams = own ? job.proposal.teamReviewers : config.proposal.teamReviewers;
    const at = own ? job.proposal.teamReviewersAt : config.proposal.teamReviewersAt;
    if (!teams || teams.length === 0)
        return {};
    return { teamReviewers: teams, ...(at ? { teamReviewersOrigin: `${config.path}:${at.line}:${at.column}` } : {}) };
}
function minInterval(job, config) {
    const ms = job.proposal.minIntervalMs ?? config.proposal.minIntervalMs;
    return ms === undefined ? {} : { minIntervalMs: ms };
}
function plansWrites(job) {
    return (0,registry/* commandEntry */.Wv)((0,registry/* commandName */.p6)(job.argv).name)?.effect === 'plan';
}
/** Every base any job proposes into: no proposal branch may be one of them. */
function reservedBranches(config, inputBase) {
    const bases = new Set();
    for (const b of [config.proposal.base, inputBase || undefined, ...config.jobs.map((j) => j.proposal.base)])
        if (b)
            bases.add(b);
    return [...bases];
}
async function runJobs(jobs, config, workspace, options) {
    const reports = [];
    for (const job of jobs) {
        options.onJob?.(job);
        const report = await runJob(job, config, workspace, options);
        options.onJobDone?.(report);
        reports.push(report);
    }
    return { jobs: reports, exitCode: (0,errors/* worstExitCode */.L1)(reports.map((r) => r.exitCode)), requests: runRequests(reports, options.forge) };
}
function runRequests(reports, forge) {
    const sources = reports.map((r) => r.outcome.changeSet?.provenance.requests ?? {});
    if (forge?.stats)
        sources.push((0,stats/* requestCounts */.q3)([forge.stats()]));
    const out = {};
    for (const counts of sources)
        for (const [host, n] of Object.entries(counts))
            out[host] = (out[host] ?? 0) + n;
    return out;
}
async function runJob(job, config, workspace, options) {
    const exports = options.delivery === 'propose' || options.delivery === 'dry-run';
    const outcome = await computeJob(job, config, workspace, { env: options.env, credentials: options.credentials, delivery: options.delivery, log: options.log, exports });
    const report = { outcome, exitCode: outcome.exitCode };
    for (const note of outcome.notes)
        options.log(`note: ${note}`);
    try {
        // Local state (a resume point) belongs to the working tree of a terminal, whatever became of the job.
        if (outcome.localState && options.writer && (options.delivery === 'preview' || options.delivery === 'write')) {
            for (const path of await options.writer.keep(outcome.localState))
                options.log(`kept ${path}`);
        }
        await deliver(job, config, report, options);
    }
    catch (e) {
        // Delivery failures (a conflict on --write, a forge that broke mid-way) stay in this job.
        report.exitCode = (0,errors/* worstExitCode */.L1)([report.exitCode, (0,errors/* exitCodeOf */.FO)(e) ?? 2]);
        outcome.error = (0,errors/* describeError */.Uc)(e);
    }
    return report;
}
async function deliver(job, config, report, options) {
    const { outcome } = report;
    const changes = (0,changeset/* changedFiles */.Y)(outcome.changeSet?.changes ?? []);
    switch (options.delivery) {
        case 'preview':
            report.diff = (0,diff/* unifiedDiffs */.dX)(changes);
            return;
        case 'write':
            if (!options.writer)
                throw new Error('--write needs a working tree');
            // A partial result (a failed listing) is never written: it could remove what it did not see.
            if (outcome.changeSet && !outcome.changeSet.complete && outcome.changeSet.records.some((r) => r.kind === 'removed'))
                return;
            report.written = changes.length > 0 ? await options.writer.write(changes) : [];
            return;
        case 'propose':
        case 'dry-run':
            return deliverProposal(job, config, report, options);
    }
}
async function deliverProposal(job, config, report, options) {
    const { outcome } = report;
    const request = proposalRequest(job, config, outcome, options);
    const forge = options.delivery === 'propose' ? options.forge : null;
    // A job that failed before computing anything leaves its proposal untouched;
    // when a remote service failed, the proposal says so in one comment.
    if (!request) {
        if (outcome.exitCode === 3 && forge) {
            try {
                const n = await (0,engine/* noteRefreshFailure */.Oh)(forge, config.proposal.branchPrefix + job.name, outcome.error ?? 'a remote service failed', { redact: options.redact });
                if (n !== null)
                    options.log(`${job.name}: left the open proposal as it was and commented that the refresh failed`);
            }
            catch (e) {
                options.log(`warning: ${job.name}: could not comment on the proposal: ${(0,errors/* describeError */.Uc)(e)}`);
            }
        }
        return;
    }
    options.log(`${job.name}: ${(0,changeset/* changedFiles */.Y)(request.changeSet.changes).length} file(s) changed`);
    const proposal = await (0,engine/* propose */.BM)(forge, request, { redact: options.redact });
    report.proposal = proposal;
    if (proposal.operation === 'failed')
        report.exitCode = (0,errors/* worstExitCode */.L1)([report.exitCode, proposal.exitCode ?? 3]);
    if (proposal.message)
        options.log(`${job.name}: ${proposal.operation}: ${proposal.message}`);
    else
        options.log(`${job.name}: ${proposal.operation}${proposal.url ? ` ${proposal.url}` : ''}`);
}
/** A single command run outside `run` is a job named after the command (or --job), so a repeated dispatch updates the same proposal. */
function adHocJob(argv, jobName) {
    const name = jobName ?? (argv[0] === 'export' && argv[1] ? `export-${argv[1]}` : argv[0] ?? '');
    return { name, run: argv.join(' '), argv: [...argv], line: 0, proposal: {} };
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


/***/ }),

/***/ 7750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finalizePlan: () => (/* binding */ finalizePlan),
/* harmony export */   isoSeconds: () => (/* binding */ isoSeconds),
/* harmony export */   planText: () => (/* binding */ planText),
/* harmony export */   sameActions: () => (/* binding */ sameActions),
/* harmony export */   serializePlan: () => (/* binding */ serializePlan)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6769);
// Plans as files: one canonical JSON text per plan, so a rerun that computes
// the same actions writes the same bytes and a no-op scheduled run changes
// nothing. `computed_at` only moves when the actions change.

/** Field order inside `expect` and `set`: the order the writes are described in; unknown names after, sorted. */
const FIELD_ORDER = ['status', 'resolution', 'priority', 'cf_fixed_in', 'assigned_to', 'owner', 'point_of_contact'];
function orderedFields(f) {
    const keys = Object.keys(f).sort((a, b) => {
        const x = FIELD_ORDER.indexOf(a);
        const y = FIELD_ORDER.indexOf(b);
        if (x !== y)
            return (x < 0 ? Infinity : x) - (y < 0 ? Infinity : y);
        return a < b ? -1 : a > b ? 1 : 0;
    });
    const out = {};
    for (const k of keys)
        out[k] = f[k];
    return out;
}
function orderedAction(a) {
    return { id: a.id, service: a.service, target: a.target, kind: a.kind, expect: orderedFields(a.expect), set: orderedFields(a.set), comment: a.comment, why: a.why };
}
function orderedSkip(s) {
    return { target: s.target, why: s.why };
}
/** The canonical text: fixed key order, two-space indentation, a final newline. */
function serializePlan(plan) {
    const canonical = {
        version: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_VERSION */ .Ze,
        job: plan.job,
        command: plan.command,
        computed_at: plan.computed_at,
        actions: plan.actions.map(orderedAction),
        skipped: plan.skipped.map(orderedSkip),
    };
    return JSON.stringify(canonical, null, 2) + '\n';
}
/** ISO 8601 to the second, UTC. */
function isoSeconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Whether two action lists are the same plan of writes (order included). */
function sameActions(a, b) {
    return JSON.stringify(a.map(orderedAction)) === JSON.stringify(b.map(orderedAction));
}
/**
 * The plan for `plans/<job>.json`: `computed_at` is the previous file's time
 * when its actions are the same as the draft's, otherwise `now`. A previous
 * text that does not parse is ignored.
 */
function finalizePlan(draft, o) {
    let computedAt = isoSeconds(o.now);
    const prev = o.previous ? previousPlan(o.previous) : undefined;
    if (prev && sameActionsSafe(prev.actions, draft.actions))
        computedAt = prev.computed_at;
    return { version: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_VERSION */ .Ze, job: o.job, command: draft.command, computed_at: computedAt, actions: draft.actions, skipped: draft.skipped };
}
/** The plan file text for a draft (finalizePlan + serializePlan). */
function planText(draft, o) {
    return serializePlan(finalizePlan(draft, o));
}
function sameActionsSafe(a, b) {
    try {
        return sameActions(a, b);
    }
    catch {
        // A hand-edited previous plan of another shape: not the same actions.
        return false;
    }
}
function previousPlan(text) {
    try {
        const doc = JSON.parse(text);
        if (!Array.isArray(doc.actions) || typeof doc.computed_at !== 'string' || Number.isNaN(Date.parse(doc.computed_at)))
            return undefined;
        return { actions: doc.actions, computed_at: doc.computed_at };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ emptyStats),
/* harmony export */   q3: () => (/* binding */ requestCounts)
/* harmony export */ });
/* unused harmony exports mergeStats, formatStats */
// Per-host request counters of the HTTP layer, and their roll-up for the job
// summary and Provenance.requests.
function emptyStats() {
    return { requests: 0, retries: 0, failures: 0, bytes: 0, bytesSent: 0, timeMs: 0, waitMs: 0 };
}
/** Sums the counters of several clients (or stats snapshots) by host. */
function mergeStats(sources) {
    const merged = new Map();
    for (const source of sources) {
        const stats = hasStats(source) ? source.stats() : source;
        for (const [host, s] of Object.entries(stats)) {
            const into = merged.get(host) ?? emptyStats();
            into.requests += s.requests;
            into.retries += s.retries;
            into.failures += s.failures;
            into.bytes += s.bytes;
            into.bytesSent += s.bytesSent;
            into.timeMs += s.timeMs;
            into.waitMs += s.waitMs;
            merged.set(host, into);
        }
    }
    const out = {};
    for (const host of [...merged.keys()].sort())
        out[host] = merged.get(host);
    return out;
}
/** Host → request count, the shape of `Provenance.requests`. */
function requestCounts(sources) {
    const out = {};
    for (const [host, s] of Object.entries(mergeStats(sources)))
        out[host] = s.requests;
    return out;
}
/** One line per host for a job summary, e.g. `cbs.centos.org: 3 requests (1 retry, 0 failed), 12.0 KiB, 0.8 s`. */
function formatStats(stats) {
    return Object.entries(stats).map(([host, s]) => {
        const kib = (s.bytes / 1024).toFixed(1);
        const requests = `${s.requests} request${s.requests === 1 ? '' : 's'}`;
        const retries = `${s.retries} ${s.retries === 1 ? 'retry' : 'retries'}`;
        return `${host}: ${requests} (${retries}, ${s.failures} failed), ${kib} KiB, ${(s.timeMs / 1000).toFixed(1)} s`;
    });
}
function hasStats(source) {
    return typeof source.stats === 'function';
}


/***/ })

};
