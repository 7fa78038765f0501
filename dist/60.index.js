export const id = 60;
export const ids = [60];
export const modules = {

/***/ 22060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultInventories: () => (/* binding */ defaultInventories),
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: ./src/commands/inventories.ts
var inventories = __webpack_require__(17958);
// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(97129);
// EXTERNAL MODULE: ./src/inventory/merge.ts
var merge = __webpack_require__(12736);
// EXTERNAL MODULE: ./src/inventory/rules.ts
var rules = __webpack_require__(38027);
;// CONCATENATED MODULE: ./src/inventory/validate.ts
// Semantic checks of one inventory file (poi-tracker's three and the ones
// beyond them: README, "Validation"), plus the cross-file check for
// conflicting duplicates. Each file is checked as poi-tracker checks a file it
// loads first, so its duplicate names are errors; every check beyond
// poi-tracker is a warning by default (rules.ts), and every finding points at
// the offending key.



const PRIVATE_OK = ['poc', 'reason', 'team', 'task'];
const TRACKS = ['upstream', 'fedora-rawhide', 'fedora-stable', 'centos', 'centos-stream'];
const DISTROS = ['upstream', 'fedora', 'fedora-rawhide', 'fedora-stable', 'centos', 'centos-stream', 'hyperscale', 'hs', 'hs9', 'hs10'];
const ARCHES = ['x86_64', 'aarch64', 'ppc64le', 's390x', 'i686', 'noarch'];
const SRPM_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
/** Text poi-tracker's content-resolver export would write unquoted and get wrong. */
function yamlUnsafe(s) {
    return s.includes(': ') || s.includes(' #') || /[\n\r]/.test(s) || /^[-?[{&*!|>'"%@`]/.test(s) || s.endsWith(':');
}
/** Text poi-tracker's fresh hs-relmon export would write into "…" without escaping. */
function tomlUnsafe(s) {
    return /["\\\u0000-\u001f\u007f]/.test(s);
}
function validateInventory(parsed) {
    const { inventory, source } = parsed;
    if (!inventory || !source)
        return [];
    return new Checker(inventory, source).run();
}
class Checker {
    inv;
    src;
    findings = [];
    constructor(inv, src) {
        this.inv = inv;
        this.src = src;
    }
    report(rule, path, message) {
        this.findings.push({ file: this.src.path, ...this.src.locator.position(path), severity: rules/* RULES */.y[rule].severity, rule, message });
    }
    line(path) {
        return this.src.locator.position(path).line;
    }
    run() {
        this.packages();
        this.meta();
        this.workloads();
        return this.findings;
    }
    packages() {
        const { packages } = this.inv;
        const first = new Map();
        packages.forEach((p, i) => {
            const at = ['package', i, 'name'];
            const seen = first.get(p.name);
            if (seen === undefined)
                first.set(p.name, i);
            else
                this.report('duplicate-package', at, `duplicate package '${p.name}' (first listed at line ${this.line(['package', seen, 'name'])})`);
            if (i > 0 && (0,model/* compareNames */.MP)(packages[i - 1].name, p.name) > 0) {
                this.report('unsorted-packages', at, `packages are not sorted: '${packages[i - 1].name}' comes before '${p.name}'`);
            }
            if (p.name.trim() === '')
                this.report('package-name', at, 'the package name is empty');
            else if (!SRPM_NAME.test(p.name))
                this.report('package-name', at, `'${p.name}' is not a plausible source package name`);
            if (tomlUnsafe(p.name) || yamlUnsafe(p.name))
                this.report('export-unsafe', at, `the name '${p.name}' contains characters poi-tracker's exports write unescaped`);
            for (const f of ['track', 'repology_name', 'distros']) {
                const v = p[f];
                if (v !== undefined && tomlUnsafe(v))
                    this.report('export-unsafe', ['package', i, f], `\`${f}\` contains a quote, backslash or control character that poi-tracker's hs-relmon export writes unescaped`);
            }
            if (p.track !== undefined && !TRACKS.includes(p.track)) {
                this.report('track-value', ['package', i, 'track'], `track "${p.track}" is not one hs-relmon accepts (${TRACKS.join(', ')})`);
            }
            if (p.distros !== undefined) {
                const bad = p.distros.split(',').map((t) => t.trim()).filter((t) => !DISTROS.includes(t));
                if (bad.length)
                    this.report('distros-value', ['package', i, 'distros'], `distros has ${bad.map((b) => `"${b}"`).join(', ')}, which hs-relmon rejects (allowed: ${DISTROS.join(', ')})`);
            }
            this.markers(i);
            this.rpms(i);
            p.workloads?.forEach((w, j) => {
                if (!this.inv.meta.workloads.has(w)) {
                    this.report('undefined-workload', ['package', i, 'workloads', j], `package '${p.name}' names workload '${w}', which no [inventory.workloads.${w}] table defines`);
                }
            });
        });
        if (this.inv.meta.workloads.size > 0) {
            const member = new Set();
            for (const key of this.inv.meta.workloads.keys())
                for (const n of (0,model/* workloadMembers */.Fr)(this.inv, key))
                    member.add(n);
            const one = this.inv.meta.workloads.size === 1;
            packages.forEach((p, i) => {
                if (!member.has(p.name)) {
                    this.report('package-in-no-workload', ['package', i, 'name'], `package '${p.name}' is in no workload, so no content-resolver file contains it${one ? ' (with one workload defined, the export leaves it out)' : ''}`);
                }
            });
        }
    }
    markers(i) {
        const p = this.inv.packages[i];
        if (p.unshipped !== undefined && p.archived_builds !== undefined) {
            this.report('marker-conflict', ['package', i, 'archived_builds'], `package '${p.name}' is marked both unshipped and archived_builds`);
        }
        for (const f of ['unshipped', 'archived_builds']) {
            if (p[f] !== undefined && (p[f]).trim() === '')
                this.report('marker-empty', ['package', i, f], `\`${f}\` is empty; it still marks the package (give a reason or remove it)`);
        }
        const r = p.retired_on;
        if (r !== undefined) {
            if (r.length === 0)
                this.report('retired-on', ['package', i, 'retired_on'], '`retired_on` is empty; remove it');
            else if (new Set(r).size !== r.length)
                this.report('retired-on', ['package', i, 'retired_on'], '`retired_on` lists a branch twice');
            else if (r.some((b, j) => j > 0 && (0,model/* compareNames */.MP)(r[j - 1], b) > 0))
                this.report('retired-on', ['package', i, 'retired_on'], '`retired_on` is not sorted');
        }
    }
    rpms(i) {
        const p = this.inv.packages[i];
        if (p.rpms !== undefined) {
            if (p.rpms.length === 0)
                this.report('rpm-list', ['package', i, 'rpms'], `\`rpms = []\` exports no binary RPM for '${p.name}' (not even its own name); remove the key to export '${p.name}'`);
            p.rpms.forEach((r, j) => {
                if (p.rpms?.indexOf(r) !== j)
                    this.report('rpm-list', ['package', i, 'rpms', j], `RPM '${r}' is listed twice`);
                if (yamlUnsafe(r))
                    this.report('export-unsafe', ['package', i, 'rpms', j], `RPM name '${r}' would be written unquoted into content-resolver YAML by poi-tracker`);
            });
        }
        for (const [arch, list] of Object.entries(p.arch_rpms ?? {})) {
            const at = ['package', i, 'arch_rpms', arch];
            if (!ARCHES.includes(arch))
                this.report('arch-key', at, `unexpected arch '${arch}' (expected one of ${ARCHES.join(', ')})`);
            if (list.length === 0)
                this.report('rpm-list', at, `the ${arch} list is empty`);
            list.forEach((r, j) => {
                if (list.indexOf(r) !== j)
                    this.report('rpm-list', [...at, j], `RPM '${r}' is listed twice for ${arch}`);
                if (p.rpms?.includes(r))
                    this.report('rpm-list', [...at, j], `RPM '${r}' is listed in both rpms and arch_rpms.${arch}; the export keeps it only under ${arch}`);
            });
        }
    }
    meta() {
        const m = this.inv.meta;
        m.private_fields.forEach((f, j) => {
            if (!PRIVATE_OK.includes(f))
                this.report('private-field', ['inventory', 'private_fields', j], `unknown private field '${f}' (expected ${PRIVATE_OK.join(', ')})`);
        });
        for (const f of ['name', 'description', 'maintainer']) {
            if (yamlUnsafe(m[f]))
                this.report('export-unsafe', ['inventory', f], `inventory ${f} would be written unquoted into content-resolver YAML by poi-tracker`);
        }
        m.labels.forEach((l, j) => {
            if (yamlUnsafe(l))
                this.report('export-unsafe', ['inventory', 'labels', j], `label '${l}' would be written unquoted into content-resolver YAML by poi-tracker`);
        });
    }
    workloads() {
        const m = this.inv.meta;
        const names = new Set(this.inv.packages.map((p) => p.name));
        const files = new Map();
        for (const [key, w] of m.workloads) {
            const base = ['inventory', 'workloads', key];
            const listed = new Set();
            w.packages.forEach((n, j) => {
                if (!names.has(n))
                    this.report('dangling-workload-member', [...base, 'packages', j], `workload '${key}' lists '${n}', which has no [[package]] entry`);
                if (listed.has(n))
                    this.report('workload-list-duplicate', [...base, 'packages', j], `workload '${key}' lists '${n}' twice`);
                listed.add(n);
            });
            const unsorted = w.packages.findIndex((n, j) => j > 0 && (0,model/* compareNames */.MP)(w.packages[j - 1], n) > 0);
            if (unsorted > 0)
                this.report('workload-list-unsorted', [...base, 'packages', unsorted], `the packages of workload '${key}' are not sorted ('${w.packages[unsorted - 1]}' before '${w.packages[unsorted]}')`);
            if (w.default_priority === 'unspecified')
                this.report('workload-default-unspecified', [...base, 'default_priority'], `default_priority = "unspecified" on workload '${key}' has no effect unless it is the only default`);
            const file = `${(w.name ?? `${m.name}-${key}`).replace(/ /g, '_')}.yaml`;
            if (file.includes('/'))
                this.report('export-filename', base, `the content-resolver file name of workload '${key}' ("${file}") contains '/'`);
            const other = files.get(file);
            if (other !== undefined)
                this.report('export-filename', base, `workloads '${other}' and '${key}' export to the same file ${file}`);
            else
                files.set(file, key);
            for (const f of ['name', 'description', 'maintainer']) {
                const v = w[f];
                if (v !== undefined && yamlUnsafe(v))
                    this.report('export-unsafe', [...base, f], `workload ${f} would be written unquoted into content-resolver YAML by poi-tracker`);
            }
        }
    }
}
/** Packages present in several files with different values (the later file wins in a merge). */
function crossFileFindings(files) {
    const findings = [];
    const seen = new Map();
    for (const { parsed } of files) {
        const { inventory, source } = parsed;
        if (!inventory || !source)
            continue;
        const local = new Set();
        inventory.packages.forEach((p, i) => {
            if (local.has(p.name))
                return;
            local.add(p.name);
            const earlier = seen.get(p.name);
            if (!earlier) {
                seen.set(p.name, { file: source.path, pkg: p });
                return;
            }
            for (const c of (0,merge/* mergePackage */.Bk)(structuredClone(earlier.pkg), p, source.path)) {
                findings.push({
                    file: source.path, ...source.locator.position(['package', i, c.field]), severity: rules/* RULES */.y['conflicting-duplicate'].severity,
                    rule: 'conflicting-duplicate',
                    message: `package '${p.name}' is also in ${earlier.file} with ${c.field} = ${(0,merge/* renderValue */.AI)(c.earlier)}; here it is ${(0,merge/* renderValue */.AI)(c.later)} (when merged, this file wins)`
                });
            }
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
// EXTERNAL MODULE: ./src/core/workspace.ts + 1 modules
var workspace = __webpack_require__(5467);
// EXTERNAL MODULE: ./src/core/args.ts
var args = __webpack_require__(71038);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/validate.ts
// `validate [FILE...]`: every check, per file, with located findings. Without
// files it validates the repository's inventories: [validate] inventories,
// else every inventory the config names (exports and job -i/-o paths), else
// every *.toml with an [inventory] table.







const validate = {
    spec: {
        name: 'validate',
        summary: 'Check inventories: TOML syntax, required keys and types (what poi-tracker rejects), duplicates, order, unknown keys and the careful checks beyond poi-tracker.',
        positionals: ['[FILE...]'],
        positionalPaths: 'read',
        flags: [
            { name: 'format', kind: 'string', metavar: 'FORM', help: `output form: ${report_format/* FORMATS */.hR.join(', ')} (default text)` },
            { name: 'codequality', kind: 'string', metavar: 'FILE', help: 'also write a GitLab Code Quality report to FILE (a CI artifact)' },
            { name: 'junit', kind: 'string', metavar: 'FILE', help: 'also write a JUnit report to FILE (a CI artifact)' }
        ],
        notes: 'Each finding is printed as FILE:LINE:COL: severity: message (rule). Exit 1 when there is an error.\nIn a GitLab merge-request pipeline with GITLAB_TOKEN, the summary is kept as one note on the MR.'
    },
    async run(ctx) {
        const format = ((0,args/* str */.gx)(ctx.args, 'format') ?? 'text');
        if (!report_format/* FORMATS */.hR.includes(format))
            throw new types/* CommandError */.Q(`unknown format '${format}' (expected ${report_format/* FORMATS */.hR.join(', ')})`, 2);
        let files = [...ctx.args.positionals.map(inventories/* repoPath */.qN), ...(await (0,inventories/* inventoryPaths */.rZ)(ctx))];
        if (files.length === 0) {
            const found = await defaultInventories(ctx.workspace, ctx.config);
            for (const f of found.skipped)
                ctx.log(`note: skipping ${f}: it matches an inventory glob of ${ctx.config.path} but has no [inventory] table`);
            files = found.files;
        }
        if (files.length === 0)
            throw new types/* CommandError */.Q('no inventories found: pass FILE arguments, -i/-I, or list them in poi-gitops.toml', 2);
        const parsed = [];
        for (const file of files)
            parsed.push({ file, parsed: await (0,inventories/* readInventory */.zw)(ctx.workspace, file) });
        let findings = parsed.flatMap(({ parsed: p }) => [...p.findings, ...validateInventory(p)]);
        findings.push(...crossFileFindings(parsed));
        findings = (0,report_format/* applySeverities */.mk)(findings, ctx.config.validate.rules);
        const { errors, warnings } = (0,finding/* countBySeverity */.Ot)(findings);
        let stdout = (0,report_format/* formatFindings */.eg)(format, findings, files);
        if (format === 'text') {
            // A package listed in several inventories is one package of the merged view.
            const packages = new Set(parsed.flatMap(({ parsed: p }) => p.inventory?.packages.map((x) => x.name) ?? [])).size;
            if (errors > 0)
                stdout += `\n${errors} error(s), ${warnings} warning(s) in ${files.length} file(s)\n`;
            else
                stdout += `${files.length} inventory file(s) OK: ${packages} package(s) merged${warnings ? `, ${warnings} warning(s)` : ''}\n`;
        }
        return { exitCode: errors > 0 ? 1 : 0, stdout, findings, files };
    }
};
/** The repository's inventories, and the files a config glob matched that are not inventories (skipped). */
async function defaultInventories(ws, config) {
    if (config.validate.inventories)
        return inventoriesOnly(ws, await ws.glob(config.validate.inventories));
    const named = new Set();
    const globs = [...(config.exports.contentResolver?.inventories ?? []), ...(config.exports.hsRelmon?.inventories ?? [])];
    for (const f of await ws.glob(globs))
        named.add(f);
    for (const job of config.jobs) {
        job.argv.forEach((a, i) => {
            if (['-i', '--inventory', '-o', '--output'].includes(a) && job.argv[i + 1]?.endsWith('.toml'))
                named.add(job.argv[i + 1]);
        });
    }
    const existing = [];
    for (const f of [...named].sort())
        if ((await readOrRefused(ws, f)) !== undefined)
            existing.push(f);
    if (existing.length > 0)
        return inventoriesOnly(ws, existing);
    const found = [];
    for (const f of await ws.glob(['**/*.toml'])) {
        const bytes = await readOrRefused(ws, f);
        // A file the workspace refuses (a FIFO, a link out of the repository) is validated, so it gets its located error.
        if (bytes === 'refused' || (bytes && hasInventoryTable(bytes)))
            found.push(f);
    }
    return { files: found, skipped: [] };
}
const hasInventoryTable = (bytes) => /^\s*\[inventory\]/m.test(Buffer.from(bytes).toString('utf8'));
/** Files a glob matched that hold no [inventory] table (poi-gitops.toml itself, say) are skipped, not failed. */
async function inventoriesOnly(ws, paths) {
    const files = [];
    const skipped = [];
    for (const f of paths) {
        const bytes = await readOrRefused(ws, f);
        if (bytes !== undefined && bytes !== 'refused' && !hasInventoryTable(bytes))
            skipped.push(f);
        else
            files.push(f);
    }
    return { files, skipped };
}
async function readOrRefused(ws, path) {
    try {
        return await ws.read(path);
    }
    catch (e) {
        if (e instanceof workspace/* WorkspaceError */.kP)
            return 'refused';
        throw e;
    }
}


/***/ })

};
