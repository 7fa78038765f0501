export const id = 740;
export const ids = [740];
export const modules = {

/***/ 17740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ originalText),
/* harmony export */   v: () => (/* binding */ renderChange)
/* harmony export */ });
/* harmony import */ var _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16275);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68619);
// Turning an editor's result into a FileChange, and records for the summary.


function originalText(source) {
    return (source.decoded.bom ? '\ufeff' : '') + source.decoded.text;
}
function renderChange(source, editor) {
    try {
        return { path: source.path, before: originalText(source), after: editor.render() };
    }
    catch (e) {
        if (e instanceof _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__/* .EditError */ .F)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Q(e.message, 1);
        throw e;
    }
}


/***/ }),

/***/ 16275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ EditError),
  S: () => (/* binding */ InventoryEditor)
});

// EXTERNAL MODULE: ./src/inventory/parse.ts
var parse = __webpack_require__(49287);
// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(97129);
// EXTERNAL MODULE: ./src/inventory/serialize.ts
var serialize = __webpack_require__(93678);
// EXTERNAL MODULE: ./src/toml/write.ts
var write = __webpack_require__(82855);
;// CONCATENATED MODULE: ./src/toml/lines.ts
// Line-level helpers over TOML text for splicing edits: where lines start and
// end, which lines are blank or comments, and which comment block is attached
// to a table header (comment lines directly above it, no blank line between).
function lineStartAt(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Offset just past the line break of the line containing `offset` (or the text length). */
function lineEndAt(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
function lineText(text, start) {
    const end = lineEndAt(text, start);
    return text.slice(start, end).replace(/\r?\n$/, '');
}
function isBlankLine(s) {
    return /^[ \t]*\r?$/.test(s);
}
function isCommentLine(s) {
    return /^[ \t]*#/.test(s);
}
/** Start of the comment block directly above the line starting at `lineStart`. */
function attachedCommentStart(text, lineStart) {
    let start = lineStart;
    while (start > 0) {
        const prev = lineStartAt(text, start - 1);
        if (!isCommentLine(lineText(text, prev)))
            break;
        start = prev;
    }
    return start;
}
/** Moves back over blank lines ending at `offset` (an offset at a line start). */
function skipBlankLinesBack(text, offset) {
    let start = offset;
    while (start > 0) {
        const prev = lineStartAt(text, start - 1);
        if (!isBlankLine(lineText(text, prev)))
            break;
        start = prev;
    }
    return start;
}
/** Applies non-overlapping splices given against the same original text. */
function applySplices(text, splices) {
    const sorted = splices
        .map((s, i) => ({ ...s, seq: i }))
        .sort((a, b) => a.start - b.start || a.end - b.end || (a.order ?? 0) - (b.order ?? 0) || a.seq - b.seq);
    let out = '';
    let pos = 0;
    for (const s of sorted) {
        if (s.start < pos)
            throw new Error(`overlapping edits at offset ${s.start}`);
        out += text.slice(pos, s.start) + s.text;
        pos = s.end;
    }
    return out + text.slice(pos);
}

;// CONCATENATED MODULE: ./src/inventory/edit.ts
// Format-preserving inventory edits. A command changes `editor.model` (a
// clone of the parsed inventory) however it likes; `render()` compares it with
// the original and turns the differences into text splices:
//   - a changed field changes its own line (arrays item by item);
//   - a new field is inserted where poi-tracker's key order puts it;
//   - a removed package takes its table, sub-tables and attached comment block;
//   - a new package becomes a [[package]] table in the file's own style, at its
//     sorted place (before the next package's comment block) or at the end of
//     an unsorted file.
// Everything else stays byte-identical. The result is parsed again and must
// read back as exactly the intended data, or nothing is returned.





class EditError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = 'EditError';
    }
}
const META_ORDER = ['name', 'description', 'maintainer', 'labels', 'private_fields'];
const WORKLOAD_ORDER = ['name', 'description', 'maintainer', 'labels', 'default_priority', 'packages'];
const PACKAGE_ORDER = serialize/* CANONICAL_PACKAGE_KEYS */.Xi;
const EDITABLE_FIELDS = [...serialize/* CANONICAL_PACKAGE_KEYS */.Xi, 'arch_rpms'];
function cloneMeta(meta) {
    return { ...structuredClone({ ...meta, workloads: undefined }), workloads: new Map([...meta.workloads].map(([k, w]) => [k, structuredClone(w)])) };
}
class InventoryEditor {
    source;
    original;
    model;
    origin = new Map();
    text;
    eol;
    constructor(source, original) {
        this.source = source;
        this.original = original;
        this.text = source.decoded.text;
        this.eol = source.decoded.eol;
        this.model = {
            meta: cloneMeta(original.meta),
            packages: original.packages.map((p, i) => {
                const c = (0,model/* clonePackage */.Aw)(p);
                this.origin.set(c, i);
                return c;
            })
        };
    }
    get path() {
        return this.source.path;
    }
    /** True when `p` is an entry of the original file (not added by this edit). */
    isOriginal(p) {
        return this.origin.has(p);
    }
    /** The full new file text (with the original byte-order mark), verified to read back as `model`. */
    render() {
        const splices = [];
        const order = this.packageSplices(splices);
        this.metaSplices(splices);
        this.workloadSplices(splices);
        const text = applySplices(this.text, splices);
        this.verify(text, order);
        return (this.source.decoded.bom ? '\ufeff' : '') + text;
    }
    // ---- packages ---------------------------------------------------------
    layouts() {
        const out = [];
        for (const t of this.source.scan.tables) {
            if (t.path[0] !== 'package' || typeof t.path[1] !== 'number')
                continue;
            const i = t.path[1];
            if (t.path.length === 2 && t.kind === 'array')
                out[i] = { table: t, tables: [t] };
            else
                out[i]?.tables.push(t);
        }
        return out;
    }
    packageSplices(splices) {
        const layouts = this.layouts();
        const kept = new Set();
        const added = [];
        for (const p of this.model.packages) {
            const i = this.origin.get(p);
            if (i === undefined)
                added.push(p);
            else if (kept.has(i))
                throw new EditError(this.path, `package '${p.name}' appears twice in the edited model`);
            else
                kept.add(i);
        }
        const needsLayout = (i) => {
            const l = layouts[i];
            if (!l)
                throw new EditError(this.path, `package '${this.original.packages[i].name}' is written inline (package = [{ … }]), which cannot be edited in place; write it as a [[package]] table`);
            return l;
        };
        // Removed packages.
        const removals = [];
        for (let i = 0; i < this.original.packages.length; i++) {
            if (!kept.has(i))
                removals.push(this.packageRegion(needsLayout(i)));
        }
        // Neighbouring removals can claim the same blank lines (the last package reaches back
        // over them at the end of the file): delete the union of the regions.
        for (const r of mergeRanges(removals)) {
            // A removal that reaches the end of the file must not leave a trailing blank line.
            const start = r.end === this.text.length ? skipBlankLinesBack(this.text, r.start) : r.start;
            splices.push({ start, end: r.end, text: '' });
        }
        // Changed fields of kept packages.
        for (const p of this.model.packages) {
            const i = this.origin.get(p);
            if (i === undefined)
                continue;
            const before = this.original.packages[i];
            for (const field of EDITABLE_FIELDS) {
                const a = before[field];
                const b = p[field];
                if ((0,model/* valuesEqual */.lu)(a, b))
                    continue;
                const layout = needsLayout(i);
                if (field === 'arch_rpms') {
                    throw new EditError(this.path, `changing arch_rpms of package '${p.name}' in place is not supported`);
                }
                splices.push(...this.fieldSplices(layout.table, field, a, b, PACKAGE_ORDER));
            }
        }
        return this.placeNewPackages(added, layouts, kept, splices);
    }
    /** Adds insertion splices for new packages and returns the package order the file will have. */
    placeNewPackages(added, layouts, kept, splices) {
        const positioned = [];
        this.model.packages.forEach((p) => {
            const i = this.origin.get(p);
            if (i !== undefined)
                positioned.push({ at: layouts[i]?.table.lineStart ?? i, rank: 1, seq: i, pkg: p });
        });
        if (added.length === 0)
            return sortPositioned(positioned);
        const names = this.original.packages.map((p) => p.name);
        const sorted = names.every((n, i) => i === 0 || (0,model/* compareNames */.MP)(names[i - 1], n) <= 0);
        const keptInFile = [...kept].sort((a, b) => a - b);
        const style = this.packageStyle(layouts);
        const byAnchor = new Map();
        const appended = [];
        for (const p of sorted ? [...added].sort((a, b) => (0,model/* compareNames */.MP)(a.name, b.name)) : added) {
            const anchor = sorted ? keptInFile.find((i) => (0,model/* compareNames */.MP)(names[i], p.name) > 0) : undefined;
            if (anchor === undefined || !layouts[anchor])
                appended.push(p);
            else
                byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), p]);
        }
        let seq = 0;
        for (const [anchor, pkgs] of byAnchor) {
            const at = attachedCommentStart(this.text, layouts[anchor].table.lineStart);
            splices.push({ start: at, end: at, text: pkgs.map((p) => this.renderPackage(p, style) + style.separator).join('') });
            for (const p of pkgs)
                positioned.push({ at, rank: 0, seq: seq++, pkg: p });
        }
        if (appended.length > 0) {
            const lastKept = [...keptInFile].reverse().find((i) => layouts[i]);
            let at;
            let prefix;
            if (lastKept !== undefined) {
                at = this.regionEnd(layouts[lastKept], false);
                prefix = style.separator;
            }
            else {
                at = this.text.length;
                prefix = this.text.length === 0 ? '' : this.eol;
                this.dropEmptyPackageArray(splices);
            }
            if (at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n'))
                prefix = this.eol + prefix;
            splices.push({ start: at, end: at, text: prefix + appended.map((p) => this.renderPackage(p, style)).join(style.separator), order: -1 });
            for (const p of appended)
                positioned.push({ at, rank: 0, seq: seq++, pkg: p });
        }
        return sortPositioned(positioned);
    }
    /** `package = []` (poi-tracker's layout for an empty inventory) must go before tables are appended. */
    dropEmptyPackageArray(splices) {
        const root = this.source.scan.tables[0];
        const kv = root.entries.find((e) => e.key.length === 1 && e.key[0] === 'package');
        if (!kv)
            return;
        let end = kv.lineEnd;
        while (end < this.text.length && isBlankLine(lineText(this.text, end)))
            end = lineEndAt(this.text, end);
        splices.push({ start: kv.lineStart, end, text: '' });
    }
    /** The text a package occupies: attached comments, header, keys, sub-tables, trailing comments and blank lines. */
    packageRegion(layout) {
        let start = attachedCommentStart(this.text, layout.table.lineStart);
        const end = this.regionEnd(layout, true);
        if (end === this.text.length)
            start = skipBlankLinesBack(this.text, start);
        return { start, end };
    }
    /**
     * End of a package's own text: its last key line plus comment lines that follow it directly,
     * unless those comments run straight into the next header (then they are that header's).
     * With `blanks`, also the blank lines after it.
     */
    regionEnd(layout, blanks) {
        const { text } = this;
        let end = layout.table.bodyStart;
        for (const t of layout.tables) {
            end = Math.max(end, t.bodyStart);
            for (const kv of t.entries)
                end = Math.max(end, kv.lineEnd);
        }
        let pos = end;
        let sawBlank = false;
        while (pos < text.length) {
            const line = lineText(text, pos);
            if (isBlankLine(line)) {
                if (!blanks)
                    break;
                sawBlank = true;
                pos = lineEndAt(text, pos);
                continue;
            }
            if (!isCommentLine(line) || sawBlank)
                break;
            // A comment block directly after the content: ours, unless it runs into a header.
            let q = pos;
            while (q < text.length && isCommentLine(lineText(text, q)))
                q = lineEndAt(text, q);
            if (q < text.length && /^[ \t]*\[/.test(lineText(text, q)))
                break;
            pos = q;
            end = q;
        }
        return blanks ? pos : end;
    }
    packageStyle(layouts) {
        let aligned = 0;
        let plain = 0;
        for (const l of layouts) {
            if (!l || l.table.entries.length < 2)
                continue;
            if (isAligned(this.text, l.table.entries))
                aligned++;
            else
                plain++;
        }
        const present = layouts.filter((l) => l !== undefined);
        let separator = this.eol;
        if (present.length >= 2) {
            const between = this.text.slice(this.regionEnd(present[0], false), attachedCommentStart(this.text, present[1].table.lineStart));
            if (!between.includes('\n'))
                separator = '';
        }
        return { aligned: aligned > plain, inlineArrays: this.arraysAreInline(), separator };
    }
    arraysAreInline() {
        let inline = 0;
        let multi = 0;
        const visit = (entries) => {
            for (const kv of entries) {
                const v = kv.value;
                if (v.kind === 'array' && (v.items?.length ?? 0) >= 2) {
                    if (this.text.slice(v.start, v.end).includes('\n'))
                        multi++;
                    else
                        inline++;
                }
            }
        };
        for (const t of this.source.scan.tables)
            visit(t.entries);
        return inline > 0 && multi === 0;
    }
    renderPackage(p, style) {
        const blocks = (0,serialize/* serializePackage */.Zp)(p, this.eol);
        let main = blocks[0];
        if (style.inlineArrays) {
            main = `[[package]]${this.eol}` + serialize/* CANONICAL_PACKAGE_KEYS */.Xi.filter((k) => p[k] !== undefined)
                .map((k) => `${k} = ${this.renderValue(p[k], true)}${this.eol}`).join('');
        }
        if (style.aligned) {
            const lines = main.split(this.eol);
            const width = Math.max(...lines.filter((l) => /^[A-Za-z_]+ = /.test(l)).map((l) => l.indexOf(' = ')));
            main = lines.map((l) => (/^[A-Za-z_]+ = /.test(l) ? l.replace(/^([A-Za-z_]+) = /, (_m, k) => `${k.padEnd(width)} = `) : l)).join(this.eol);
        }
        return [main, ...blocks.slice(1)].join(this.eol);
    }
    // ---- fields -------------------------------------------------------------
    renderValue(v, inlineArrays = this.arraysAreInline()) {
        if (typeof v === 'boolean')
            return String(v);
        if (typeof v === 'string')
            return (0,write/* tomlString */.Ge)(v);
        if (Array.isArray(v))
            return inlineArrays ? (0,write/* tomlInlineArray */.nv)(v) : (0,write/* tomlStringArray */.xm)(v, this.eol);
        throw new EditError(this.path, 'table values cannot be written in place');
    }
    /** Splices that change `field` of a table from `before` to `after`. */
    fieldSplices(table, field, before, after, order) {
        const kv = table.entries.find((e) => e.key.length === 1 && e.key[0] === field);
        if (!kv) {
            if (table.entries.some((e) => e.key[0] === field))
                throw new EditError(this.path, `\`${field}\` is written with dotted keys, which cannot be edited in place`);
            if (after === undefined)
                return [];
            return [this.insertField(table, field, after, order)];
        }
        if (after === undefined)
            return [{ start: kv.lineStart, end: kv.lineEnd, text: '' }];
        if (Array.isArray(before) && Array.isArray(after) && kv.value.kind === 'array')
            return this.arraySplices(kv.value, before, after);
        return [{ start: kv.value.start, end: kv.value.end, text: this.renderValue(after) }];
    }
    insertField(table, field, value, order) {
        const rank = order.indexOf(field);
        let after;
        let before;
        for (const e of table.entries) {
            const r = order.indexOf(e.key[0]);
            if (r < 0)
                continue;
            if (r < rank)
                after = e;
            else if (!before)
                before = e;
        }
        const width = isAligned(this.text, table.entries) ? equalsColumn(this.text, table.entries[0]) : -1;
        const key = (0,write/* tomlKey */.m8)(field);
        const line = `${width > key.length ? key.padEnd(width) : key} = ${this.renderValue(value)}${this.eol}`;
        if (after) {
            const needsEol = after.lineEnd === this.text.length && !this.text.endsWith('\n');
            return { start: after.lineEnd, end: after.lineEnd, text: (needsEol ? this.eol : '') + line };
        }
        if (before)
            return { start: before.lineStart, end: before.lineStart, text: line };
        const at = table.bodyStart;
        const needsEol = at === this.text.length && !this.text.endsWith('\n') && at > 0;
        return { start: at, end: at, text: (needsEol ? this.eol : '') + line };
    }
    /** Item-by-item splices for a multi-line array, so untouched items (and comments) keep their lines. */
    arraySplices(node, before, after) {
        const { text } = this;
        const src = text.slice(node.start, node.end);
        const items = node.items ?? [];
        const whole = () => [{ start: node.start, end: node.end, text: this.renderArrayLike(node, after) }];
        if (!src.includes('\n') || items.length === 0 || after.length === 0)
            return whole();
        const ownLine = items.every((it) => /^[ \t]*$/.test(text.slice(lineStartAt(text, it.start), it.start)) &&
            /^[ \t]*,?[ \t]*(#.*)?\r?\n?$/.test(text.slice(it.end, lineEndAt(text, it.end))));
        const last = items[items.length - 1];
        const trailingComma = /^[ \t]*,/.test(text.slice(last.end, lineEndAt(text, last.end)));
        if (!ownLine || !trailingComma)
            return whole();
        const indent = text.slice(lineStartAt(text, items[0].start), items[0].start);
        const itemLine = (v) => `${indent}${(0,write/* tomlString */.Ge)(v)},${this.eol}`;
        const remaining = new Map();
        for (const v of after)
            remaining.set(v, (remaining.get(v) ?? 0) + 1);
        const splices = [];
        const endOfItems = lineEndAt(text, last.end);
        let i = 0;
        let j = 0;
        while (i < before.length || j < after.length) {
            if (i < before.length && j < after.length && before[i] === after[j]) {
                remaining.set(after[j], (remaining.get(after[j]) ?? 1) - 1);
                i++;
                j++;
            }
            else if (i < before.length && !(remaining.get(before[i]) ?? 0)) {
                const s = lineStartAt(text, items[i].start);
                splices.push({ start: s, end: lineEndAt(text, items[i].end), text: '' });
                i++;
            }
            else {
                const at = i < before.length ? lineStartAt(text, items[i].start) : endOfItems;
                splices.push({ start: at, end: at, text: itemLine(after[j]), order: -1 });
                remaining.set(after[j], (remaining.get(after[j]) ?? 1) - 1);
                j++;
            }
        }
        return splices;
    }
    /** A whole array in the style of the one it replaces (single line, or one item per line). */
    renderArrayLike(node, values) {
        const src = this.text.slice(node.start, node.end);
        if (values.length === 0)
            return '[]';
        if (!src.includes('\n')) {
            return this.arraysAreInline() || values.length < 2 ? (0,write/* tomlInlineArray */.nv)(values) : (0,write/* tomlStringArray */.xm)(values, this.eol);
        }
        const first = node.items?.[0];
        const indent = first ? this.text.slice(lineStartAt(this.text, first.start), first.start) : '    ';
        const closeIndent = this.text.slice(lineStartAt(this.text, node.end - 1), node.end - 1);
        return `[${this.eol}${values.map((v) => `${indent}${(0,write/* tomlString */.Ge)(v)},${this.eol}`).join('')}${/^[ \t]*$/.test(closeIndent) ? closeIndent : ''}]`;
    }
    // ---- inventory table and workloads -----------------------------------
    tableAt(path) {
        return this.source.scan.tables.find((t) => t.kind === 'table' && t.path.length === path.length && t.path.every((p, i) => p === path[i]));
    }
    metaSplices(splices) {
        const a = this.original.meta;
        const b = this.model.meta;
        for (const field of META_ORDER) {
            if ((0,model/* valuesEqual */.lu)(a[field], b[field]))
                continue;
            const table = this.tableAt(['inventory']);
            if (!table)
                throw new EditError(this.path, `[inventory] is not written as a table; \`${field}\` cannot be edited in place`);
            splices.push(...this.fieldSplices(table, field, a[field], b[field], META_ORDER));
        }
    }
    workloadSplices(splices) {
        const a = this.original.meta.workloads;
        const b = this.model.meta.workloads;
        for (const key of a.keys())
            if (!b.has(key))
                throw new EditError(this.path, `removing workload '${key}' is not supported`);
        const added = [];
        for (const [key, w] of b) {
            const old = a.get(key);
            if (!old) {
                added.push(key);
                continue;
            }
            for (const field of WORKLOAD_ORDER) {
                const x = field === 'packages' && old.packages.length === 0 ? undefined : old[field];
                const y = field === 'packages' && w.packages.length === 0 ? undefined : w[field];
                if ((0,model/* valuesEqual */.lu)(x, y))
                    continue;
                const table = this.tableAt(['inventory', 'workloads', key]);
                if (!table)
                    throw new EditError(this.path, `workload '${key}' is not written as an [inventory.workloads.${key}] table and cannot be edited in place`);
                splices.push(...this.fieldSplices(table, field, x, y, WORKLOAD_ORDER));
            }
        }
        if (added.length > 0)
            this.insertWorkloads(added.sort(model/* compareNames */.MP), splices);
    }
    insertWorkloads(keys, splices) {
        const inventory = this.tableAt(['inventory']);
        if (!inventory || inventory.entries.some((e) => e.key[0] === 'workloads')) {
            throw new EditError(this.path, 'workloads are not written as [inventory.workloads.<key>] tables; a new workload cannot be added in place');
        }
        const existing = this.source.scan.tables.filter((t) => t.kind === 'table' && t.path[0] === 'inventory' && t.path[1] === 'workloads' && t.path.length === 3);
        const existingKeys = existing.map((t) => String(t.path[2]));
        const sorted = existingKeys.every((k, i) => i === 0 || (0,model/* compareNames */.MP)(existingKeys[i - 1], k) <= 0);
        const render = (key) => (0,serialize/* serializeWorkload */.AH)(key, this.model.meta.workloads.get(key)).replace(/\n/g, this.eol);
        const tail = [];
        for (const key of keys) {
            const next = sorted ? existing.find((t) => (0,model/* compareNames */.MP)(String(t.path[2]), key) > 0) : undefined;
            if (next) {
                const at = attachedCommentStart(this.text, next.lineStart);
                splices.push({ start: at, end: at, text: render(key) + this.eol });
            }
            else
                tail.push(key);
        }
        if (tail.length === 0)
            return;
        const group = [inventory, ...this.source.scan.tables.filter((t) => t.kind === 'table' && t.path[0] === 'inventory' && t.path[1] === 'workloads')];
        const last = group.reduce((x, y) => (y.lineStart > x.lineStart ? y : x));
        const at = this.regionEnd({ table: last, tables: [last] }, false);
        const needsEol = at === this.text.length && !this.text.endsWith('\n');
        splices.push({ start: at, end: at, text: (needsEol ? this.eol : '') + tail.map((k) => this.eol + render(k)).join(''), order: -2 });
    }
    // ---- verification -----------------------------------------------------
    verify(text, order) {
        const back = (0,parse/* parseInventory */.a)(this.path, text);
        const fail = (why) => {
            throw new EditError(this.path, `internal error: the edited file would not read back as intended (${why}); nothing was written`);
        };
        if (!back.inventory)
            return fail(back.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; '));
        const got = back.inventory;
        const want = this.model;
        for (const f of META_ORDER)
            if (!(0,model/* valuesEqual */.lu)(got.meta[f], want.meta[f]))
                fail(`inventory.${f}`);
        if (got.meta.workloads.size !== want.meta.workloads.size)
            fail('workloads');
        for (const [k, w] of want.meta.workloads) {
            const g = got.meta.workloads.get(k);
            if (!g || !sameWorkload(g, w))
                fail(`workload ${k}`);
        }
        if (got.packages.length !== order.length)
            fail('package count');
        order.forEach((p, i) => {
            if (!samePackage(got.packages[i], p))
                fail(`package ${p.name}`);
        });
    }
}
function mergeRanges(ranges) {
    const out = [];
    for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
        const last = out[out.length - 1];
        if (last && r.start <= last.end)
            last.end = Math.max(last.end, r.end);
        else
            out.push({ ...r });
    }
    return out;
}
function sortPositioned(list) {
    return list.sort((a, b) => a.at - b.at || a.rank - b.rank || a.seq - b.seq).map((x) => x.pkg);
}
function equalsColumn(text, kv) {
    return text.indexOf('=', kv.keyEnd) - kv.lineStart;
}
/** All `=` of a table in one column, with at least one key padded to reach it. */
function isAligned(text, entries) {
    if (entries.length < 2)
        return false;
    const col = equalsColumn(text, entries[0]);
    return entries.every((e) => equalsColumn(text, e) === col) && entries.some((e) => e.keyEnd - e.lineStart + 1 < col);
}
function samePackage(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
        if (!(0,model/* valuesEqual */.lu)(a[k], b[k]))
            return false;
    return true;
}
function sameWorkload(a, b) {
    return WORKLOAD_ORDER.every((f) => (0,model/* valuesEqual */.lu)(a[f], b[f]));
}


/***/ }),

/***/ 93678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ serializeWorkload),
/* harmony export */   JP: () => (/* binding */ serializeInventory),
/* harmony export */   Xi: () => (/* binding */ CANONICAL_PACKAGE_KEYS),
/* harmony export */   Zp: () => (/* binding */ serializePackage)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97129);
/* harmony import */ var _toml_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82855);
// The canonical layout poi-tracker writes (reference inventory.md §1.5). Used
// for files created from nothing, so they match what poi-tracker would write;
// existing files are edited in place instead (edit.ts).


const line = (key, value) => `${key} = ${value}\n`;
function serializeInventory(inv) {
    const blocks = [];
    if (inv.packages.length === 0)
        blocks.push('package = []\n');
    const m = inv.meta;
    blocks.push('[inventory]\n' +
        line('name', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlString */ .Ge)(m.name)) +
        line('description', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlString */ .Ge)(m.description)) +
        line('maintainer', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlString */ .Ge)(m.maintainer)) +
        line('labels', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlStringArray */ .xm)(m.labels)) +
        line('private_fields', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlStringArray */ .xm)(m.private_fields)));
    const keys = [...m.workloads.keys()].sort(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .compareNames */ .MP);
    if (keys.length === 0)
        blocks.push('[inventory.workloads]\n');
    for (const key of keys)
        blocks.push(serializeWorkload(key, m.workloads.get(key)));
    for (const p of inv.packages)
        blocks.push(...serializePackage(p));
    return blocks.join('\n');
}
function serializeWorkload(key, w) {
    let out = `[inventory.workloads.${(0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlKey */ .m8)(key)}]\n`;
    if (w.name !== undefined)
        out += line('name', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlString */ .Ge)(w.name));
    if (w.description !== undefined)
        out += line('description', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlString */ .Ge)(w.description));
    if (w.maintainer !== undefined)
        out += line('maintainer', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlString */ .Ge)(w.maintainer));
    if (w.labels !== undefined)
        out += line('labels', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlStringArray */ .xm)(w.labels));
    if (w.default_priority !== undefined)
        out += line('default_priority', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlString */ .Ge)(w.default_priority));
    if (w.packages.length > 0)
        out += line('packages', (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlStringArray */ .xm)(w.packages));
    return out;
}
/** Order of the keys inside a canonical [[package]] table (arch_rpms gets its own table). */
const CANONICAL_PACKAGE_KEYS = [
    'name', 'poc', 'reason', 'team', 'task', 'rpms', 'track', 'repology_name', 'distros', 'file_issue',
    'priority', 'retired_on', 'unshipped', 'archived_builds', 'workloads'
];
/** One or two blocks: the [[package]] table and, when present, its [package.arch_rpms] table. */
function serializePackage(p, eol = '\n') {
    let out = `[[package]]${eol}`;
    for (const key of CANONICAL_PACKAGE_KEYS) {
        const v = p[key];
        if (v === undefined)
            continue;
        out += `${key} = ${typeof v === 'boolean' ? String(v) : Array.isArray(v) ? (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlStringArray */ .xm)(v, eol) : (0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlString */ .Ge)(v)}${eol}`;
    }
    const blocks = [out];
    if (p.arch_rpms !== undefined) {
        let arch = `[package.arch_rpms]${eol}`;
        for (const k of Object.keys(p.arch_rpms).sort(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .compareNames */ .MP))
            arch += `${(0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlKey */ .m8)(k)} = ${(0,_toml_write_js__WEBPACK_IMPORTED_MODULE_0__/* .tomlStringArray */ .xm)(p.arch_rpms[k], eol)}${eol}`;
        blocks.push(arch);
    }
    return blocks;
}


/***/ }),

/***/ 82855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ tomlString),
/* harmony export */   m8: () => (/* binding */ tomlKey),
/* harmony export */   nv: () => (/* binding */ tomlInlineArray),
/* harmony export */   xm: () => (/* binding */ tomlStringArray)
/* harmony export */ });
/* unused harmony export tomlValue */
// Serialises TOML strings, keys and string arrays exactly as poi-tracker's
// `toml` crate does (reference inventory.md §1.5), so files we create match
// what poi-tracker writes and values we splice into files read back the same.
/** Control characters other than TAB and LF (CR counts), and DEL. */
function hasCtrl(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f)
            return true;
    }
    return false;
}
function tomlString(s) {
    const ctrl = hasCtrl(s);
    const lf = s.includes('\n');
    if (!ctrl && !s.includes('\\') && !s.includes('"') && !lf)
        return `"${s.replace(/\t/g, '\\t')}"`;
    if (!ctrl && !s.includes("'") && !lf)
        return `'${s}'`;
    const lead = lf ? '\n' : '';
    if (!ctrl && !s.includes('\\') && !s.includes('"""'))
        return `"""${lead}${s.replace(/\t/g, '\\t')}"""`;
    if (!ctrl && !s.includes("'''"))
        return `'''${lead}${s}'''`;
    return lf ? `"""\n${escapeBasic(s, true)}"""` : `"${escapeBasic(s, false)}"`;
}
function escapeBasic(s, multiline) {
    let out = '';
    for (const ch of s) {
        const c = ch.codePointAt(0) ?? 0;
        switch (ch) {
            case '\b':
                out += '\\b';
                break;
            case '\t':
                out += '\\t';
                break;
            case '\f':
                out += '\\f';
                break;
            case '\r':
                out += '\\r';
                break;
            case '"':
                out += '\\"';
                break;
            case '\\':
                out += '\\\\';
                break;
            case '\n':
                out += multiline ? '\n' : '\\n';
                break;
            default:
                out += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).toUpperCase().padStart(4, '0')}` : ch;
        }
    }
    return out;
}
function tomlKey(key) {
    if (/^[A-Za-z0-9_-]+$/.test(key))
        return key;
    const ctrl = hasCtrl(key) || key.includes('\n');
    if (!ctrl && !key.includes('"') && !key.includes('\\'))
        return `"${key}"`;
    if (!ctrl && !key.includes("'"))
        return `'${key}'`;
    return `"${escapeBasic(key, false)}"`;
}
/** poi-tracker's array layout: `[]`, `["x"]`, or one element per line with trailing commas. */
function tomlStringArray(items, eol = '\n') {
    if (items.length === 0)
        return '[]';
    if (items.length === 1)
        return `[${tomlString(items[0])}]`;
    return `[${eol}${items.map((i) => `    ${tomlString(i)},${eol}`).join('')}]`;
}
/** A single-line array, for files whose own arrays are written inline. */
function tomlInlineArray(items) {
    return `[${items.map(tomlString).join(', ')}]`;
}
function tomlValue(value, eol = '\n') {
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'string')
        return tomlString(value);
    return tomlStringArray(value, eol);
}


/***/ })

};
