export const id = 740;
export const ids = [740];
export const modules = {

/***/ 17740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ originalText),
/* harmony export */   v: () => (/* binding */ renderChange)
/* harmony export */ });
/* harmony import */ var _inventory_edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68017);
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

/***/ 68017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ EditError),
  Sh: () => (/* binding */ InventoryEditor)
});

// UNUSED EXPORTS: EditInvariantError

// EXTERNAL MODULE: ./src/inventory/parse.ts
var parse = __webpack_require__(49287);
// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(97129);
// EXTERNAL MODULE: ./src/toml/scan.ts
var toml_scan = __webpack_require__(43187);
;// CONCATENATED MODULE: ./src/inventory/edit-verify.ts
// Reading an edit back. The edited file is the original (which parsed) with
// splices applied; every splice lies in whole tables, so the edited file is
// checked by parsing again only the stretches of whole tables that contain a
// splice, each on its own, and comparing what they read back as with the
// intended data. Everything between them is byte-identical to text that
// already read back as the original.
//
// A stretch read on its own reads as it does in the whole file because:
// - it starts at a table header (a package's sub-tables are taken together
//   with their [[package]] table), so no key is read into another table;
// - it ends where an untouched header starts (a splice reaching a header
//   takes that table into the stretch), or at the end, and a stretch that
//   does not parse on its own (an unterminated string or array) is refused;
// - the tables an edit adds cannot collide with tables elsewhere: [[package]]
//   tables append, and a workload table is only added for a key the original
//   file does not define in any form;
// - `package = []` must be gone from the root table when packages remain.
// Cost: the parse of the edited stretches, not of the whole file.



const META_FIELDS = ['name', 'description', 'maintainer', 'labels', 'private_fields'];
const WORKLOAD_FIELDS = ['name', 'description', 'maintainer', 'labels', 'default_priority', 'packages'];
const COMPARED_FIELDS = [...model/* PACKAGE_FIELDS */.B4, 'workloads'];
/** Returns why the edited text does not read back as intended, or undefined when it does. */
function readBackProblem(r) {
    const tables = r.scan.tables;
    const len = r.text.length;
    const windows = [];
    for (const s of r.splices) {
        let lo = tableIndexAt(tables, Math.max(0, s.start - 1));
        let hi = tableIndexAt(tables, Math.min(s.end, Math.max(0, len - 1)));
        // A package's sub-tables are read with it.
        while (lo > 0 && isPackageSubTable(tables[lo]))
            lo--;
        while (hi + 1 < tables.length && isPackageSubTable(tables[hi + 1]))
            hi++;
        windows.push([lo, hi]);
    }
    windows.sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const w of windows) {
        const last = merged[merged.length - 1];
        if (last && w[0] <= last[1] + 1)
            last[1] = Math.max(last[1], w[1]);
        else
            merged.push([w[0], w[1]]);
    }
    const sorted = [...r.splices].sort((x, y) => x.start - y.start);
    let next = 0;
    let delta = 0;
    // Original offset (a table boundary) → offset in the edited text.
    const shift = (offset) => {
        while (next < sorted.length && sorted[next].start < offset) {
            delta += sorted[next].text.length - (sorted[next].end - sorted[next].start);
            next++;
        }
        return offset + delta;
    };
    let rootPackageKey = tables[0].entries.some((kv) => kv.key[0] === 'package');
    for (const [lo, hi] of merged) {
        const a = tables[lo].lineStart;
        const b = tables[hi].end;
        const from = shift(a);
        const to = b === len ? r.output.length : shift(b);
        const window = { tables: tables.slice(lo, hi + 1), a, b, atEnd: b === len, text: r.output.slice(from, to), packages: r.packages.between(a, b, b === len) };
        const read = readWindow(r, window);
        if (typeof read === 'string')
            return `${read} (edited lines from line ${lineOf(r.scan, a)})`;
        if (lo === 0)
            rootPackageKey = read.rootPackageKey;
    }
    if (rootPackageKey && r.packages.tables)
        return 'package = [] is left next to [[package]] tables';
    return undefined;
}
function lineOf(scan, offset) {
    return (0,toml_scan/* lineColumn */.rv)(scan.lineStarts, offset).line;
}
function isPackageSubTable(t) {
    return t.path[0] === 'package' && typeof t.path[1] === 'number' && t.path.length > 2;
}
/** Index of the table whose text holds `offset` (tables are in file order; the root may be empty). */
function tableIndexAt(tables, offset) {
    let lo = 0;
    let hi = tables.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (tables[mid].lineStart <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
const STAND_IN = '\n[inventory]\nname = ""\ndescription = ""\nmaintainer = ""\n';
function readWindow(r, w) {
    const hasInventory = w.tables.some((t) => t.kind === 'table' && t.path.length === 1 && t.path[0] === 'inventory');
    // A stretch without [inventory] gets a stand-in, so the schema reads it like a whole file.
    const back = (0,parse/* parseInventory */.a)(r.path, hasInventory ? w.text : w.text + STAND_IN);
    if (!back.inventory) {
        const fatal = back.findings.filter((f) => f.severity === 'error');
        return fatal.map((f) => f.message).join('; ') || 'it does not parse';
    }
    const got = back.inventory;
    if (hasInventory) {
        for (const f of META_FIELDS)
            if (!(0,model/* valuesEqual */.lu)(got.meta[f], r.model.meta[f]))
                return `inventory.${f}`;
    }
    for (const [key, wl] of got.meta.workloads) {
        const want = r.model.meta.workloads.get(key);
        if (!want || !sameWorkload(wl, want))
            return `workload ${key}`;
    }
    const inWindow = (at) => at >= w.a && (at < w.b || (w.atEnd && at === w.b));
    const expectedKeys = [
        ...w.tables.filter((t) => t.kind === 'table' && t.path.length === 3 && t.path[0] === 'inventory' && t.path[1] === 'workloads').map((t) => String(t.path[2])),
        ...[...r.newWorkloads].filter(([, at]) => inWindow(at)).map(([k]) => k)
    ];
    for (const key of expectedKeys)
        if (!got.meta.workloads.has(key))
            return `workload ${key}`;
    const want = w.packages;
    if (got.packages.length !== want.length)
        return `package count (${got.packages.length} read back, ${want.length} intended)`;
    for (let i = 0; i < want.length; i++)
        if (!samePackage(got.packages[i], want[i]))
            return `package ${want[i].name}`;
    // Whether the root keys still hold `package = …` (checked against [[package]] tables elsewhere).
    return { rootPackageKey: w.tables[0].kind === 'root' && (back.source?.scan.tables[0].entries.some((kv) => kv.key[0] === 'package') ?? false) };
}
function samePackage(a, b) {
    for (const k of COMPARED_FIELDS)
        if (!(0,model/* valuesEqual */.lu)(a[k], b[k]))
            return false;
    return true;
}
function sameWorkload(a, b) {
    return WORKLOAD_FIELDS.every((f) => (0,model/* valuesEqual */.lu)(a[f], b[f]));
}

// EXTERNAL MODULE: ./src/inventory/serialize.ts
var serialize = __webpack_require__(93678);
// EXTERNAL MODULE: ./src/toml/write.ts
var write = __webpack_require__(82855);
;// CONCATENATED MODULE: ./src/toml/style.ts
// Writing new TOML text in an existing file's own style: its string quoting,
// how its key lines are spaced and aligned, and how its arrays are laid out.
// What a file's style is, is read from its text (see inventory/edit-style.ts);
// this module only writes it.

/** A string in the wanted quoting; a literal string cannot hold `'`, line breaks or control characters. */
function quoteString(s, quote) {
    if (quote === 'literal' && !/['\u0000-\u0008\u000a-\u001f\u007f]/.test(s))
        return `'${s}'`;
    return (0,write/* tomlString */.Ge)(s);
}
const PLAIN_KEYS = { indent: '', beforeEq: ' ', afterEq: ' ' };
/** `key = value` in the style; a key too long for the aligned column keeps the plain spacing. */
function keyLine(key, value, style) {
    const used = style.indent.length + key.length;
    const before = style.column !== undefined && style.column > used ? ' '.repeat(style.column - used) : style.beforeEq;
    return `${style.indent}${key}${before}=${style.afterEq}${value}`;
}
/** The `=` column that aligns all of `keys` at `column` if they fit, else at the longest key. */
function alignedColumn(keys, style, column) {
    const longest = Math.max(...keys.map((k) => style.indent.length + k.length));
    return column !== undefined && column > longest ? column : longest + Math.max(1, style.beforeEq.length);
}
const CANONICAL_ARRAYS = {
    multiline: true, singleMultiline: false, pad: '', sep: ', ', indent: '    ', trailingComma: true, quote: 'basic'
};
/** A whole string array in `style`; `lineIndent` is the indent of the key line it is on. */
function renderArray(values, style, eol, lineIndent = '') {
    if (values.length === 0)
        return '[]';
    const items = values.map((v) => quoteString(v, style.quote));
    const multi = values.length === 1 ? style.singleMultiline : style.multiline;
    if (!multi)
        return `[${style.pad}${items.join(style.sep)}${style.pad}]`;
    const last = items.length - 1;
    const lines = items.map((item, i) => `${lineIndent}${style.indent}${item}${i < last || style.trailingComma ? ',' : ''}${eol}`);
    return `[${eol}${lines.join('')}${lineIndent}]`;
}
/** The most frequent value (of two as frequent, the one that got there first), or `fallback` when there is none. */
function mostCommon(values, fallback) {
    const counts = new Map();
    let best = fallback;
    let bestCount = 0;
    for (const v of values) {
        const n = (counts.get(v) ?? 0) + 1;
        counts.set(v, n);
        if (n > bestCount) {
            best = v;
            bestCount = n;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/toml/lines.ts
var lines = __webpack_require__(92815);
;// CONCATENATED MODULE: ./src/inventory/edit-style.ts
// Reads an inventory's own style from its text, so new fields and new tables
// look like their neighbours: string quoting, key indentation, spacing and
// alignment around `=`, array layout and bracket spacing, the number of blank
// lines between tables, and the table headers as written. A bounded sample of
// tables is read, so a large file costs no more than a small one.


/** Tables read per kind; the style of a hand-kept file shows in its first tables. */
const SAMPLE = 200;
/** Larger tables (a workload listing thousands of packages) are not read for style: that would cost a scan of them. */
const MAX_TABLE = 64 * 1024;
/** Items of an array looked at for quoting. */
const MAX_ITEMS = 64;
const isPackage = (t) => t.kind === 'array' && t.path.length === 2 && t.path[0] === 'package';
const isWorkload = (t) => t.kind === 'table' && t.path.length === 3 && t.path[0] === 'inventory' && t.path[1] === 'workloads';
function equalsAt(text, kv) {
    return text.indexOf('=', kv.keyEnd);
}
/**
 * The key style of one table, from its own key lines; undefined without any. Keys padded to one
 * column are aligned; keys of one length with one space before `=` could be either.
 */
function tableKeyStyle(text, entries) {
    const lines = entries.filter((kv) => kv.key.length >= 1);
    if (lines.length === 0)
        return undefined;
    const eq = lines.map((kv) => equalsAt(text, kv));
    const columns = lines.map((kv, i) => eq[i] - kv.lineStart);
    const befores = lines.map((kv, i) => text.slice(kv.keyEnd, eq[i]));
    const indent = mostCommon(lines.map((kv) => text.slice(kv.lineStart, kv.keyStart)), '');
    const afterEq = mostCommon(lines.map((kv, i) => text.slice(eq[i] + 1, kv.value.start)), ' ');
    const oneColumn = columns.every((c) => c === columns[0]);
    const padded = befores.some((b) => b.length > 1);
    const aligned = !oneColumn ? (lines.length >= 2 ? false : undefined)
        : befores.some((b) => b !== befores[0]) || padded ? true : undefined;
    // A key too long for the aligned column gets one space (none in a file written `key=value`).
    const beforeEq = aligned ? (befores.some((b) => b === '') ? '' : ' ') : mostCommon(befores, ' ');
    const tight = aligned === true && befores.some((b) => b.length <= 1);
    return { keys: { indent, beforeEq, afterEq, column: aligned ? columns[0] : undefined }, aligned, tight };
}
/**
 * Blank lines between a table (with the comment block attached to it) and the content above it;
 * undefined when a heading (a comment followed by a blank line) is in between.
 */
function gapAbove(text, lineStart) {
    let start = (0,lines/* attachedCommentStart */.Ai)(text, lineStart);
    let n = 0;
    while (start > 0) {
        const prev = (0,lines/* lineStartAt */.CM)(text, start - 1);
        const line = (0,lines/* lineText */.oZ)(text, prev);
        if ((0,lines/* isCommentLine */.w5)(line))
            return undefined;
        if (!(0,lines/* isBlankLine */.pB)(line))
            break;
        n++;
        start = prev;
    }
    return n;
}
/**
 * The style for new tables of one kind, from a sample of its tables: aligned when most tables that
 * show it are; when none shows it, `fallback` (the file's other tables) decides.
 */
function keysOf(text, tables, fallback) {
    const styles = tables.map((t) => tableKeyStyle(text, t.entries)).filter((s) => s !== undefined);
    const common = (from) => ({
        indent: mostCommon(from.map((s) => s.keys.indent), ''),
        beforeEq: mostCommon(from.map((s) => s.keys.beforeEq), ' '),
        afterEq: mostCommon(from.map((s) => s.keys.afterEq), ' ')
    });
    const alignedOnes = styles.filter((s) => s.aligned === true);
    const plainOnes = styles.filter((s) => s.aligned === false);
    if (alignedOnes.length + plainOnes.length === 0) {
        return fallback ?? { keys: styles.length > 0 ? { ...common(styles), column: undefined } : PLAIN_KEYS, aligned: false };
    }
    const aligned = alignedOnes.length > plainOnes.length;
    // One column for every table (some padded past their longest key), or each table at its own longest key.
    const columns = alignedOnes.map((s) => s.keys.column);
    const shared = aligned && columns.every((c) => c === columns[0]) && alignedOnes.some((s) => !s.tight) ? columns[0] : undefined;
    return { keys: { ...common(aligned ? alignedOnes : plainOnes), column: shared }, aligned };
}
function noteValue(text, kv, v, c) {
    if (v.kind === 'string')
        c.quotes.push(text.charCodeAt(v.start) === 0x27 ? 'literal' : 'basic');
    if (v.kind !== 'array' || !v.items)
        return;
    const items = v.items;
    for (const it of items.slice(0, MAX_ITEMS))
        if (it.kind === 'string')
            c.quotes.push(text.charCodeAt(it.start) === 0x27 ? 'literal' : 'basic');
    if (items.length === 0 || items.some((it) => it.kind !== 'string'))
        return;
    const multiline = text.slice(v.start, v.end).includes('\n');
    if (items.length === 1)
        c.singleMulti.push(multiline);
    else
        c.multi.push(multiline);
    if (!multiline) {
        c.pads.push(text.slice(v.start + 1, items[0].start));
        if (items.length >= 2)
            c.seps.push(text.slice(items[0].end, items[1].start));
        return;
    }
    const first = items[0];
    const lineIndent = text.slice(kv.lineStart, kv.keyStart);
    const itemIndent = text.slice((0,lines/* lineStartAt */.CM)(text, first.start), first.start);
    if (/^[ \t]*$/.test(itemIndent) && itemIndent.startsWith(lineIndent))
        c.indents.push(itemIndent.slice(lineIndent.length));
    const last = items[items.length - 1];
    c.trailing.push(/^[ \t]*,/.test(text.slice(last.end, last.end + 40)));
}
function detectStyle(text, scan, eol) {
    const packages = [];
    const workloads = [];
    const others = [];
    for (const t of scan.tables) {
        if (t.end - t.bodyStart > MAX_TABLE)
            continue;
        const kind = isPackage(t) ? packages : isWorkload(t) ? workloads : others;
        if (kind.length < SAMPLE)
            kind.push(t);
        if (packages.length >= SAMPLE && workloads.length >= SAMPLE && others.length >= SAMPLE)
            break;
    }
    const counts = { quotes: [], multi: [], singleMulti: [], pads: [], seps: [], indents: [], trailing: [] };
    for (const t of [...others, ...workloads, ...packages])
        for (const kv of t.entries)
            noteValue(text, kv, kv.value, counts);
    const quote = mostCommon(counts.quotes, 'basic');
    const arrays = {
        multiline: mostCommon(counts.multi, CANONICAL_ARRAYS.multiline),
        singleMultiline: mostCommon(counts.singleMulti, CANONICAL_ARRAYS.singleMultiline),
        pad: mostCommon(counts.pads, CANONICAL_ARRAYS.pad),
        sep: mostCommon(counts.seps.filter((s) => /^[ \t]*,[ \t]*$/.test(s)), CANONICAL_ARRAYS.sep),
        indent: mostCommon(counts.indents, CANONICAL_ARRAYS.indent),
        trailingComma: mostCommon(counts.trailing, CANONICAL_ARRAYS.trailingComma),
        quote
    };
    const general = keysOf(text, [...others, ...workloads, ...packages]);
    const all = scan.tables.slice(1, 1 + 3 * SAMPLE);
    const gaps = (tables) => tables.slice(1).map((t) => gapAbove(text, t.lineStart)).filter((n) => n !== undefined);
    const tableGap = mostCommon(gaps(all), 1);
    const gapOf = (tables) => mostCommon(gaps(tables), tableGap);
    const arch = scan.tables.find((t) => t.path.length === 3 && t.path[0] === 'package' && t.path[2] === 'arch_rpms' && t.kind === 'table');
    return {
        quote,
        arrays,
        packageKeys: keysOf(text, packages, general),
        workloadKeys: keysOf(text, workloads, general),
        packageGap: eol.repeat(gapOf(packages)),
        workloadGap: eol.repeat(gapOf(workloads)),
        packageHeader: packages[0] ? text.slice(packages[0].headerStart, packages[0].headerEnd) : '[[package]]',
        archHeader: arch ? text.slice(arch.headerStart, arch.headerEnd) : '[package.arch_rpms]'
    };
}

;// CONCATENATED MODULE: ./src/toml/array-edit.ts
// Editing a string array in place (README, "Edits that keep your file"). The
// array is rebuilt from its own pieces, so every untouched line comes out
// byte-identical:
//
// - One item per line ("listed"): each item is a unit made of its line (with
//   its end-of-line comment) and the comment lines directly above it; a unit
//   leaves with its item and moves with it when the list is re-sorted. Blank
//   lines and comments followed by a blank line (headings) stay in place: the
//   n-th kept item gets the n-th gap. New items get lines of their own, after
//   the heading above the next item, and commas follow the array's own
//   convention (a trailing comma or none).
// - Anything else (one line, or several items per line): items are replaced
//   token by token and the separators between untouched neighbours are kept,
//   so a one-line array stays one line with its bracket spacing.
//
// New items take the array's quoting; an array without items is written in
// the file's style for new arrays. Units are kept as offsets and untouched
// runs are copied as one slice, so a long list costs little to edit.


/** The array's new text, to replace `node.start`..`node.end`. */
function editArray(e) {
    const items = e.node.items ?? [];
    if (items.length !== e.before.length)
        throw new Error('the array items do not match its values');
    const plan = matchItems(e.before, e.after);
    const listed = parseListed(e.text, e.node);
    if (listed)
        return renderListed(e, listed, plan);
    if (items.length === 0)
        return renderArray(e.after, e.fresh, e.eol, e.lineIndent);
    return renderInline(e, plan);
}
/** Pairs equal values in order (duplicates included); O(n). A common start and end pair up directly. */
function matchItems(before, after) {
    const origin = new Int32Array(after.length).fill(-1);
    const kept = new Uint8Array(before.length);
    let p = 0;
    while (p < before.length && p < after.length && before[p] === after[p]) {
        origin[p] = p;
        kept[p] = 1;
        p++;
    }
    let s = 0;
    while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) {
        origin[after.length - 1 - s] = before.length - 1 - s;
        kept[before.length - 1 - s] = 1;
        s++;
    }
    const queues = new Map();
    for (let i = p; i < before.length - s; i++) {
        const q = queues.get(before[i]);
        if (q)
            q.push(i);
        else
            queues.set(before[i], [i]);
    }
    for (let j = p; j < after.length - s; j++) {
        const q = queues.get(after[j]);
        const i = q?.shift();
        if (i !== undefined) {
            origin[j] = i;
            kept[i] = 1;
        }
    }
    const places = [];
    kept.forEach((k, i) => { if (k)
        places.push(i); });
    let rank = 0;
    const slot = origin.map((o) => (o < 0 ? -1 : places[rank++]));
    return { origin, slot, kept };
}
function arrayQuote(text, items, fallback) {
    if (items.length === 0)
        return fallback;
    return mostCommon(items.slice(0, 64).map((it) => (text.charCodeAt(it.start) === 0x27 ? 'literal' : 'basic')), fallback);
}
const SPACES = /^[ \t]*$/;
function parseListed(text, node) {
    const items = node.items ?? [];
    const { start, end } = node;
    const openEnd = (0,lines/* lineEndAt */.fT)(text, start);
    if (openEnd >= end)
        return undefined; // a one-line array
    if (!/^[ \t]*(?:#.*)?$/.test(text.slice(start + 1, openEnd).replace(/\r?\n$/, '')))
        return undefined;
    const closeAt = end - 1;
    const closeLineStart = (0,lines/* lineStartAt */.CM)(text, closeAt);
    const closeShares = !SPACES.test(text.slice(closeLineStart, closeAt));
    if (closeShares && items.length === 0)
        return undefined;
    const units = [];
    let pos = openEnd;
    // Blank and comment lines up to `to`: where the comments directly above `to` start, or -1 when another line is there.
    const between = (to) => {
        let attached = -1;
        while (pos < to) {
            const lineEnd = (0,lines/* lineEndAt */.fT)(text, pos);
            const line = text.slice(pos, lineEnd);
            if ((0,lines/* isBlankLine */.pB)(line))
                attached = -1;
            else if ((0,lines/* isCommentLine */.w5)(line)) {
                if (attached < 0)
                    attached = pos;
            }
            else
                return -2;
            pos = lineEnd;
        }
        return attached < 0 ? to : attached;
    };
    let closeStart = closeLineStart;
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const ls = (0,lines/* lineStartAt */.CM)(text, item.start);
        const gapStart = pos;
        if (ls < pos)
            return undefined;
        const attached = between(ls);
        if (attached === -2 || !SPACES.test(text.slice(ls, item.start)))
            return undefined;
        let q = item.end;
        while (text[q] === ' ' || text[q] === '\t')
            q++;
        const commaEnd = text[q] === ',' ? q + 1 : -1;
        let r = commaEnd >= 0 ? commaEnd : item.end;
        while (text[r] === ' ' || text[r] === '\t')
            r++;
        if (closeShares && i === items.length - 1) {
            if (r !== closeAt)
                return undefined;
            const contentEnd = commaEnd >= 0 ? commaEnd : item.end;
            units.push({ start: attached, indentStart: ls, itemEnd: item.end, commaEnd, contentEnd, end: contentEnd, hasComment: false, gapStart });
            closeStart = contentEnd;
            pos = end;
            continue;
        }
        const lineEnd = (0,lines/* lineEndAt */.fT)(text, r);
        if (lineEnd > closeAt)
            return undefined;
        const eolLength = text[lineEnd - 1] === '\n' ? (text[lineEnd - 2] === '\r' ? 2 : 1) : 0;
        const contentEnd = lineEnd - eolLength;
        const rest = text.slice(r, contentEnd);
        if (rest !== '' && !rest.startsWith('#'))
            return undefined;
        // A line without a comment ends where its item (or comma) does; trailing spaces stay with it.
        units.push({ start: attached, indentStart: ls, itemEnd: item.end, commaEnd, contentEnd, end: lineEnd, hasComment: rest !== '', gapStart });
        pos = lineEnd;
    }
    let trailingStart = pos;
    if (!closeShares) {
        if (between(closeLineStart) === -2)
            return undefined;
    }
    else
        trailingStart = closeStart;
    return { openEnd, units, trailingStart, trailingEnd: closeShares ? closeStart : closeLineStart, closeStart, closeShares };
}
/** Joins two runs of blank/comment lines; where a blank run meets another, the second's blank lines go. */
function joinGaps(a, b) {
    if (a === '' || b === '')
        return a + b;
    const lastLine = a.slice(a.lastIndexOf('\n', a.length - 2) + 1);
    return (0,lines/* isBlankLine */.pB)(lastLine) ? a + b.replace(/^(?:[ \t]*\r?\n)+/, '') : a + b;
}
/** Builds text from stretches of the original (adjacent ones joined into one slice) and new strings. */
class Pieces {
    text;
    out = '';
    from = -1;
    to = -1;
    constructor(text) {
        this.text = text;
    }
    range(start, end) {
        if (end <= start)
            return;
        if (start === this.to) {
            this.to = end;
            return;
        }
        this.flush();
        this.from = start;
        this.to = end;
    }
    add(s) {
        if (s === '')
            return;
        this.flush();
        this.out += s;
    }
    /** A gap: a stretch of the original, or new text when gaps were joined. */
    gap(g) {
        if (typeof g === 'string')
            this.add(g);
        else
            this.range(g.start, g.end);
    }
    result() {
        this.flush();
        return this.out;
    }
    flush() {
        if (this.from >= 0)
            this.out += this.text.slice(this.from, this.to);
        this.from = -1;
        this.to = -1;
    }
}
function renderListed(e, l, plan) {
    const { text } = e;
    const { units } = l;
    const m = e.after.length;
    const trailingComma = units.length > 0 ? units[units.length - 1].commaEnd >= 0 : e.fresh.trailingComma;
    const gapAt = new Map();
    let carry = '';
    units.forEach((u, i) => {
        const own = { start: u.gapStart, end: u.start };
        if (plan.kept[i]) {
            gapAt.set(i, carry === '' ? own : joinGaps(carry, text.slice(own.start, own.end)));
            carry = '';
        }
        else
            carry = joinGaps(carry, text.slice(own.start, own.end));
    });
    const trailing = carry === '' ? { start: l.trailingStart, end: l.trailingEnd } : joinGaps(carry, text.slice(l.trailingStart, l.trailingEnd));
    const trailingText = typeof trailing === 'string' ? trailing : text.slice(trailing.start, trailing.end);
    if (m === 0)
        return /#/.test(trailingText) && !l.closeShares ? text.slice(e.node.start, l.openEnd) + trailingText + text.slice(l.closeStart, e.node.end) : '[]';
    const quote = arrayQuote(text, e.node.items ?? [], e.fresh.quote);
    const lastOnCloseLine = (p) => l.closeShares && p === m - 1;
    let close;
    let indentFrom = units[0];
    const out = new Pieces(text);
    const unit = (u, p) => {
        const wantComma = p < m - 1 || trailingComma;
        const onCloseLine = lastOnCloseLine(p);
        // The unit's own text, with its comma added or dropped where the position asks.
        out.range(u.start, u.itemEnd);
        if (wantComma && u.commaEnd < 0)
            out.add(',');
        out.range(wantComma && u.commaEnd >= 0 ? u.itemEnd : u.commaEnd >= 0 ? u.commaEnd : u.itemEnd, u.contentEnd);
        if (onCloseLine) {
            // A comment cannot share a line with `]`: the bracket moves to a line of its own.
            if (u.hasComment)
                close = `${e.eol}${e.lineIndent}]`;
            return;
        }
        if (u.end > u.contentEnd)
            out.range(u.contentEnd, u.end);
        else
            out.add(e.eol);
    };
    const newItem = (p) => {
        const indent = indentFrom ? text.slice(indentFrom.indentStart, lineIndentEnd(text, indentFrom)) : e.lineIndent + e.fresh.indent;
        out.add(`${indent}${quoteString(e.after[p], quote)}${p < m - 1 || trailingComma ? ',' : ''}${lastOnCloseLine(p) ? '' : e.eol}`);
    };
    out.range(e.node.start, l.openEnd);
    let pending = [];
    for (let p = 0; p < m; p++) {
        const o = plan.origin[p];
        if (o < 0) {
            pending.push(p);
            continue;
        }
        // New items go under the gap (and heading) above the next kept item.
        out.gap(gapAt.get(plan.slot[p]) ?? '');
        for (const q of pending)
            newItem(q);
        pending = [];
        unit(units[o], p);
        indentFrom = units[o];
    }
    for (const q of pending)
        newItem(q);
    out.gap(trailing);
    if (close !== undefined)
        out.add(close);
    else
        out.range(l.closeStart, e.node.end);
    return out.result();
}
/** End of the indentation of a unit's item line. */
function lineIndentEnd(text, u) {
    let i = u.indentStart;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    return i;
}
// ---- one line, or several items per line -----------------------------------
function renderInline(e, plan) {
    const { text, node } = e;
    const items = node.items ?? [];
    const n = items.length;
    const m = e.after.length;
    if (m === 0)
        return '[]';
    const tokens = items.map((it) => text.slice(it.start, it.end));
    const seps = items.slice(0, -1).map((it, i) => text.slice(it.end, items[i + 1].start));
    const pre = text.slice(node.start + 1, items[0].start);
    const lastTail = text.slice(items[n - 1].end, node.end - 1);
    const comma = commaOffset(lastTail);
    const trailingComma = comma >= 0;
    const tailRest = trailingComma ? lastTail.slice(comma + 1) : lastTail;
    const plain = seps.filter((s) => !s.includes('#'));
    const sepDefault = mostCommon(plain, e.fresh.sep);
    const quote = arrayQuote(text, items, e.fresh.quote);
    // Between two kept places: their own separator, or (items between them removed) the last one that breaks the line.
    const sepRange = (a, b) => {
        for (let i = b - 1; i > a; i--)
            if (seps[i].includes('\n'))
                return seps[i];
        return seps[a];
    };
    let out = '[' + pre;
    let prevSlot = -1;
    for (let p = 0; p < m; p++) {
        const o = plan.origin[p];
        if (p > 0)
            out += o >= 0 && prevSlot >= 0 ? sepRange(prevSlot, plan.slot[p]) : sepDefault;
        if (o >= 0) {
            out += tokens[o];
            prevSlot = plan.slot[p];
        }
        else
            out += quoteString(e.after[p], quote);
    }
    const lastIsLastPlace = plan.origin[m - 1] >= 0 && plan.slot[m - 1] === n - 1;
    out += lastIsLastPlace ? lastTail : (trailingComma ? ',' : '') + tailRest;
    return out + ']';
}
/** Offset of the comma in the text after an array's last item, or -1 (comments skipped). */
function commaOffset(tail) {
    for (let i = 0; i < tail.length; i++) {
        const c = tail[i];
        if (c === ',')
            return i;
        if (c === '#') {
            const nl = tail.indexOf('\n', i);
            if (nl < 0)
                return -1;
            i = nl;
        }
        else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n')
            return -1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/inventory/edit.ts
// Format-preserving inventory edits (README, "Edits that keep your file"). A
// command changes `editor.model` (a copy of the parsed inventory) however it
// likes; `render()` compares it with the original and turns the differences
// into text splices:
//   - a changed field changes its own line; an array changes item by item, in
//     its own layout (toml/array-edit.ts);
//   - a new field is inserted where poi-tracker's key order puts it, spaced and
//     aligned like its neighbours; a removed field takes the comment lines
//     directly above it;
//   - a removed package takes its table, sub-tables and attached comment block;
//   - a new package becomes a [[package]] table in the file's own style
//     (edit-style.ts), at its sorted place (before the next package's comment
//     block) or at the end of an unsorted file.
// Everything else stays byte-identical, the final-newline convention included.
// What cannot be edited in place is refused with a located EditError. The
// edited stretches are parsed again and must read back as exactly the
// intended data (edit-verify.ts), or nothing is returned.









/** The editor's own check failed: a bug in poi-gitops, never the user's input (no exit code: reported as internal). */
class EditInvariantError extends Error {
    name = 'EditInvariantError';
}
class EditError extends Error {
    file;
    at;
    /** The input cannot be edited in place: the user's to fix (exit 1). */
    exitCode = 1;
    constructor(file, message, at) {
        super(at ? `${file}:${at.line}:${at.column}: ${message}` : `${file}: ${message}`);
        this.file = file;
        this.at = at;
        this.name = 'EditError';
    }
}
const META_ORDER = ['name', 'description', 'maintainer', 'labels', 'private_fields'];
const WORKLOAD_ORDER = ['name', 'description', 'maintainer', 'labels', 'default_priority', 'packages'];
const PACKAGE_ORDER = serialize/* CANONICAL_PACKAGE_KEYS */.Xi;
const EDITABLE_FIELDS = [...serialize/* CANONICAL_PACKAGE_KEYS */.Xi, 'arch_rpms'];
/** Orders insertions at one offset: keys of the table ending there, then new workload tables, then new packages. */
const FIELD_FIRST = -3;
const WORKLOADS_NEXT = -2;
const PACKAGES_LAST = -1;
/** Where each original package's [[package]] table is (an index into the scanned tables; -1 when written inline). */
class PackageTables {
    tables;
    index;
    constructor(tables, count) {
        this.tables = tables;
        this.index = new Int32Array(count).fill(-1);
        tables.forEach((t, k) => {
            const i = t.path[1];
            if (t.kind === 'array' && t.path.length === 2 && t.path[0] === 'package' && typeof i === 'number' && i < count)
                this.index[i] = k;
        });
    }
    has(i) {
        return this.index[i] >= 0;
    }
    /** The line of package i's header, or -1. */
    lineStart(i) {
        return this.index[i] >= 0 ? this.tables[this.index[i]].lineStart : -1;
    }
    layout(i) {
        const k = this.index[i];
        if (k < 0)
            return undefined;
        const tables = [this.tables[k]];
        // Sub-tables follow their [[package]] table.
        for (let j = k + 1; j < this.tables.length && this.tables[j].path[0] === 'package' && this.tables[j].path[1] === i; j++)
            tables.push(this.tables[j]);
        return { table: this.tables[k], tables };
    }
}
function cloneWorkload(w) {
    const c = { ...w, packages: w.packages.slice() };
    if (w.labels)
        c.labels = w.labels.slice();
    return c;
}
function cloneMeta(meta) {
    return {
        ...meta,
        labels: meta.labels.slice(),
        private_fields: meta.private_fields.slice(),
        workloads: new Map([...meta.workloads].map(([k, w]) => [k, cloneWorkload(w)]))
    };
}
class InventoryEditor {
    source;
    original;
    model;
    origin = new Map();
    text;
    eol;
    fileStyle;
    /** Where each new workload table goes (original offsets), for the read-back. */
    newWorkloads = new Map();
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
        this.newWorkloads.clear();
        const packages = this.packageSplices(splices);
        this.metaSplices(splices);
        this.workloadSplices(splices);
        const bom = this.source.decoded.bom ? '\ufeff' : '';
        if (splices.length === 0)
            return bom + this.text;
        // A file that ends without a line break keeps ending without one: lines added at its end
        // get one before them, and the last one loses its own.
        const end = this.text.length;
        const noFinalEol = end > 0 && !this.text.endsWith('\n');
        if (noFinalEol && splices.some((s) => s.start === end && s.text !== ''))
            splices.push({ start: end, end, text: this.eol, order: -100 });
        let text = (0,lines/* applySplices */.Ut)(this.text, splices);
        if (noFinalEol && text.endsWith('\n'))
            text = text.slice(0, text.endsWith('\r\n') ? -2 : -1);
        const problem = readBackProblem({
            path: this.path, text: this.text, scan: this.source.scan, output: text, splices, model: this.model, packages, newWorkloads: this.newWorkloads
        });
        if (problem)
            throw new EditInvariantError(`${this.path}: internal error: the edited file would not read back as intended (${problem}); nothing was written`);
        return bom + text;
    }
    get style() {
        return (this.fileStyle ??= detectStyle(this.text, this.source.scan, this.eol));
    }
    refuse(offset, message) {
        throw new EditError(this.path, message, (0,toml_scan/* lineColumn */.rv)(this.source.scan.lineStarts, offset));
    }
    /** A splice that inserts `text` at `at` (`order` places it among insertions at the same offset). */
    insertion(at, text, order) {
        return { start: at, end: at, text, order };
    }
    // ---- packages ---------------------------------------------------------
    refuseInline() {
        const kv = this.source.scan.tables[0].entries.find((e) => e.key[0] === 'package');
        return this.refuse(kv?.keyStart ?? 0, 'packages are written inline (package = [{ … }]), which cannot be edited in place; write each package as a [[package]] table');
    }
    packageSplices(splices) {
        const originals = this.original.packages;
        const layouts = new PackageTables(this.source.scan.tables, originals.length);
        const current = new Array(originals.length);
        const added = [];
        for (const p of this.model.packages) {
            const i = this.origin.get(p);
            if (i === undefined)
                added.push(p);
            else if (current[i])
                throw new EditError(this.path, `package '${p.name}' appears twice in the edited model`);
            else
                current[i] = p;
        }
        const layoutOf = (i) => layouts.layout(i) ?? this.refuseInline();
        if (added.length > 0 && originals.some((_p, i) => !layouts.has(i)))
            this.refuseInline();
        // Removed packages. Neighbouring removals can claim the same blank lines
        // (the last package reaches back over them at the end of the file): delete the union.
        const removals = [];
        for (let i = 0; i < originals.length; i++)
            if (!current[i])
                removals.push(this.packageRegion(layoutOf(i)));
        for (const r of mergeRanges(removals)) {
            // A removal that reaches the end of the file must not leave a trailing blank line.
            const start = r.end === this.text.length ? (0,lines/* skipBlankLinesBack */.Q$)(this.text, r.start) : r.start;
            splices.push({ start, end: r.end, text: '' });
        }
        // Changed fields of kept packages.
        current.forEach((p, i) => {
            if (!p)
                return;
            const before = originals[i];
            for (const field of EDITABLE_FIELDS) {
                const a = before[field];
                const b = p[field];
                if ((0,model/* valuesEqual */.lu)(a, b))
                    continue;
                const layout = layoutOf(i);
                if (field === 'arch_rpms') {
                    const kv = layout.table.entries.find((e) => e.key[0] === 'arch_rpms');
                    this.refuse(kv?.keyStart ?? layout.tables[1]?.headerStart ?? layout.table.headerStart, `changing arch_rpms of package '${p.name}' in place is not supported`);
                }
                splices.push(...this.fieldSplices(layout.table, field, a, b, PACKAGE_ORDER, 'package'));
            }
        });
        return this.placeNewPackages(added, layouts, current, splices);
    }
    /** Adds insertion splices for new packages; returns the packages of the edited file, to read back. */
    placeNewPackages(added, layouts, current, splices) {
        const news = [];
        const result = () => this.packagesInFile(layouts, current, news);
        if (added.length === 0)
            return result();
        const names = this.original.packages.map((p) => p.name);
        const sorted = names.every((n, i) => i === 0 || (0,model/* compareNames */.MP)(names[i - 1], n) <= 0);
        // In a sorted file each new package goes before the first kept package that sorts after it.
        const byAnchor = new Map();
        const appended = [];
        if (sorted) {
            const sortedNew = [...added].sort((a, b) => (0,model/* compareNames */.MP)(a.name, b.name));
            let k = 0;
            for (let i = 0; i < current.length && k < sortedNew.length; i++) {
                if (!current[i])
                    continue;
                const here = [];
                while (k < sortedNew.length && (0,model/* compareNames */.MP)(names[i], sortedNew[k].name) > 0)
                    here.push(sortedNew[k++]);
                if (here.length > 0)
                    byAnchor.set(i, here);
            }
            appended.push(...sortedNew.slice(k));
        }
        else
            appended.push(...added);
        const { packageGap: gap } = this.style;
        for (const [i, pkgs] of byAnchor) {
            const at = (0,lines/* attachedCommentStart */.Ai)(this.text, layouts.lineStart(i));
            splices.push({ start: at, end: at, text: pkgs.map((p) => this.renderPackage(p) + gap).join('') });
            for (const pkg of pkgs)
                news.push({ at, pkg });
        }
        if (appended.length > 0) {
            let lastKept = -1;
            current.forEach((p, i) => { if (p)
                lastKept = i; });
            const body = appended.map((p) => this.renderPackage(p)).join(gap);
            let at;
            if (lastKept >= 0) {
                at = this.regionEnd(layouts.layout(lastKept), false);
                splices.push(this.insertion(at, gap + body, PACKAGES_LAST));
            }
            else {
                this.dropEmptyPackageArray(splices);
                at = this.text.length;
                splices.push(this.insertion(at, (this.text.length === 0 ? '' : gap) + body, PACKAGES_LAST));
            }
            for (const pkg of appended)
                news.push({ at, pkg });
        }
        return result();
    }
    /**
     * The packages of the edited file by where they are in the original text: a kept package at its
     * header (all inline ones at the `package` key), a new one at its insertion point, before the
     * kept package it is inserted above.
     */
    packagesInFile(layouts, current, news) {
        const inlineAt = this.source.scan.tables[0].entries.find((e) => e.key[0] === 'package')?.keyStart ?? 0;
        const starts = Int32Array.from(current, (_p, i) => (layouts.has(i) ? layouts.lineStart(i) : inlineAt));
        news.sort((x, y) => x.at - y.at);
        return {
            tables: news.length > 0 || current.some((p, i) => p !== undefined && layouts.has(i)),
            between(a, b, atEnd) {
                const inside = (at) => at >= a && (at < b || (atEnd && at === b));
                const out = [];
                let n = 0;
                while (n < news.length && news[n].at < a)
                    n++;
                // Kept packages are in file order, so their starts never decrease: find the first inside.
                let lo = 0;
                let hi = starts.length;
                while (lo < hi) {
                    const mid = (lo + hi) >> 1;
                    if (starts[mid] < a)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (let i = lo; i < starts.length && inside(starts[i]); i++) {
                    while (n < news.length && news[n].at <= starts[i] && inside(news[n].at))
                        out.push(news[n++].pkg);
                    const p = current[i];
                    if (p)
                        out.push(p);
                }
                while (n < news.length && inside(news[n].at))
                    out.push(news[n++].pkg);
                return out;
            }
        };
    }
    /** `package = []` (poi-tracker's layout for an empty inventory) must go before tables are appended. */
    dropEmptyPackageArray(splices) {
        const root = this.source.scan.tables[0];
        const kv = root.entries.find((e) => e.key.length === 1 && e.key[0] === 'package');
        if (!kv)
            return;
        let end = kv.lineEnd;
        while (end < this.text.length && (0,lines/* isBlankLine */.pB)((0,lines/* lineText */.oZ)(this.text, end)))
            end = (0,lines/* lineEndAt */.fT)(this.text, end);
        splices.push({ start: kv.lineStart, end, text: '' });
    }
    /** The text a package occupies: attached comments, header, keys, sub-tables, trailing comments and blank lines. */
    packageRegion(layout) {
        let start = (0,lines/* attachedCommentStart */.Ai)(this.text, layout.table.lineStart);
        const end = this.regionEnd(layout, true);
        if (end === this.text.length)
            start = (0,lines/* skipBlankLinesBack */.Q$)(this.text, start);
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
            const line = (0,lines/* lineText */.oZ)(text, pos);
            if ((0,lines/* isBlankLine */.pB)(line)) {
                if (!blanks)
                    break;
                sawBlank = true;
                pos = (0,lines/* lineEndAt */.fT)(text, pos);
                continue;
            }
            if (!(0,lines/* isCommentLine */.w5)(line) || sawBlank)
                break;
            // A comment block directly after the content: ours, unless it runs into a header.
            let q = pos;
            while (q < text.length && (0,lines/* isCommentLine */.w5)((0,lines/* lineText */.oZ)(text, q)))
                q = (0,lines/* lineEndAt */.fT)(text, q);
            if (q < text.length && /^[ \t]*\[/.test((0,lines/* lineText */.oZ)(text, q)))
                break;
            pos = q;
            end = q;
        }
        return blanks ? pos : end;
    }
    /** A new [[package]] table (and its arch_rpms table) in the file's style. */
    renderPackage(p) {
        const { eol } = this;
        const { packageKeys, packageHeader, archHeader } = this.style;
        const keys = serialize/* CANONICAL_PACKAGE_KEYS */.Xi.filter((k) => p[k] !== undefined);
        const style = newTableKeys(packageKeys, keys.map(write/* tomlKey */.m8));
        let out = packageHeader + eol;
        for (const k of keys)
            out += keyLine((0,write/* tomlKey */.m8)(k), this.renderValue(p[k], style.indent), style) + eol;
        if (p.arch_rpms !== undefined) {
            const arch = p.arch_rpms;
            const archKeys = Object.keys(arch).sort(model/* compareNames */.MP);
            const archStyle = newTableKeys(packageKeys, archKeys.map(write/* tomlKey */.m8));
            out += eol + archHeader + eol;
            for (const k of archKeys)
                out += keyLine((0,write/* tomlKey */.m8)(k), this.renderValue(arch[k], archStyle.indent), archStyle) + eol;
        }
        return out;
    }
    // ---- fields -------------------------------------------------------------
    renderValue(v, lineIndent, quote = this.style.quote) {
        if (typeof v === 'boolean')
            return String(v);
        if (typeof v === 'string')
            return quoteString(v, quote);
        if (Array.isArray(v))
            return renderArray(v, this.style.arrays, this.eol, lineIndent);
        throw new EditError(this.path, 'table values cannot be written in place');
    }
    /** Splices that change `field` of a table from `before` to `after`. */
    fieldSplices(table, field, before, after, order, kind) {
        const kv = table.entries.find((e) => e.key.length === 1 && e.key[0] === field);
        if (!kv) {
            const dotted = table.entries.find((e) => e.key[0] === field);
            if (dotted)
                this.refuse(dotted.keyStart, `\`${field}\` is written with dotted keys, which cannot be edited in place`);
            if (after === undefined)
                return [];
            return [this.insertField(table, field, after, order, kind)];
        }
        if (after === undefined) {
            // The comment lines directly above a key belong to it.
            return [{ start: Math.max(table.bodyStart, (0,lines/* attachedCommentStart */.Ai)(this.text, kv.lineStart)), end: kv.lineEnd, text: '' }];
        }
        const indent = this.text.slice(kv.lineStart, kv.keyStart);
        if (Array.isArray(before) && Array.isArray(after) && kv.value.kind === 'array') {
            let text;
            try {
                text = editArray({ text: this.text, node: kv.value, before, after, eol: this.eol, fresh: this.style.arrays, lineIndent: indent });
            }
            catch {
                return this.refuse(kv.value.start, `the array \`${field}\` cannot be edited in place`);
            }
            return [{ start: kv.value.start, end: kv.value.end, text }];
        }
        // A changed string keeps the quoting of the value it replaces.
        const first = this.text.charCodeAt(kv.value.start);
        const quote = first === 0x27 ? 'literal' : first === 0x22 ? 'basic' : this.style.quote;
        return [{ start: kv.value.start, end: kv.value.end, text: this.renderValue(after, indent, quote) }];
    }
    insertField(table, field, value, order, kind) {
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
        const style = this.fieldKeys(table, (0,write/* tomlKey */.m8)(field), kind);
        const line = keyLine((0,write/* tomlKey */.m8)(field), this.renderValue(value, style.indent), style) + this.eol;
        // A key belongs to its table: at the offset where a new table is also inserted, it goes first.
        if (after)
            return this.insertion(after.lineEnd, line, FIELD_FIRST);
        if (before) {
            const at = Math.max(table.bodyStart, (0,lines/* attachedCommentStart */.Ai)(this.text, before.lineStart));
            return { start: at, end: at, text: line, order: FIELD_FIRST };
        }
        return this.insertion(table.bodyStart, line, FIELD_FIRST);
    }
    /** How a new key line of an existing table is written: like its neighbours, else like the file's tables of that kind. */
    fieldKeys(table, key, kind) {
        const own = tableKeyStyle(this.text, table.entries);
        const file = kind === 'package' ? this.style.packageKeys : kind === 'workload' ? this.style.workloadKeys : undefined;
        if (own?.aligned)
            return own.keys;
        if (own)
            return { ...own.keys, column: undefined };
        return file ? newTableKeys(file, [key]) : PLAIN_KEYS;
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
                this.refuse(0, `[inventory] is not written as a table; \`${field}\` cannot be edited in place`);
            splices.push(...this.fieldSplices(table, field, a[field], b[field], META_ORDER, 'inventory'));
        }
    }
    workloadSplices(splices) {
        const a = this.original.meta.workloads;
        const b = this.model.meta.workloads;
        for (const key of a.keys()) {
            if (!b.has(key))
                this.refuse(this.tableAt(['inventory', 'workloads', key])?.headerStart ?? 0, `removing workload '${key}' is not supported`);
        }
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
                    this.refuse(this.workloadsKeyOffset(), `workload '${key}' is not written as an [inventory.workloads.${key}] table and cannot be edited in place`);
                splices.push(...this.fieldSplices(table, field, x, y, WORKLOAD_ORDER, 'workload'));
            }
        }
        if (added.length > 0)
            this.insertWorkloads(added.sort(model/* compareNames */.MP), splices);
    }
    /** Where workloads are written inside [inventory] (`workloads = …` or `workloads.x = …`), else 0. */
    workloadsKeyOffset() {
        return this.tableAt(['inventory'])?.entries.find((e) => e.key[0] === 'workloads')?.keyStart ?? 0;
    }
    renderWorkload(key, w) {
        const fields = WORKLOAD_ORDER.filter((f) => (f === 'packages' ? w.packages.length > 0 : w[f] !== undefined));
        const style = newTableKeys(this.style.workloadKeys, fields);
        let out = `[inventory.workloads.${(0,write/* tomlKey */.m8)(key)}]${this.eol}`;
        for (const f of fields)
            out += keyLine(f, this.renderValue(w[f], style.indent), style) + this.eol;
        return out;
    }
    insertWorkloads(keys, splices) {
        const inventory = this.tableAt(['inventory']);
        if (!inventory)
            this.refuse(0, 'there is no [inventory] table to add a workload to');
        if (inventory.entries.some((e) => e.key[0] === 'workloads')) {
            this.refuse(this.workloadsKeyOffset(), 'workloads are written inside [inventory]; a new workload cannot be added in place (write each as an [inventory.workloads.<key>] table)');
        }
        const existing = this.source.scan.tables.filter((t) => t.kind === 'table' && t.path[0] === 'inventory' && t.path[1] === 'workloads' && t.path.length === 3);
        const existingKeys = existing.map((t) => String(t.path[2]));
        const sorted = existingKeys.every((k, i) => i === 0 || (0,model/* compareNames */.MP)(existingKeys[i - 1], k) <= 0);
        const gap = this.style.workloadGap;
        const render = (key) => this.renderWorkload(key, this.model.meta.workloads.get(key));
        const tail = [];
        for (const key of keys) {
            const next = sorted ? existing.find((t) => (0,model/* compareNames */.MP)(String(t.path[2]), key) > 0) : undefined;
            if (next) {
                const at = (0,lines/* attachedCommentStart */.Ai)(this.text, next.lineStart);
                splices.push({ start: at, end: at, text: render(key) + gap });
                this.newWorkloads.set(key, at);
            }
            else
                tail.push(key);
        }
        if (tail.length === 0)
            return;
        const group = [inventory, ...this.source.scan.tables.filter((t) => t.kind === 'table' && t.path[0] === 'inventory' && t.path[1] === 'workloads')];
        const last = group.reduce((x, y) => (y.lineStart > x.lineStart ? y : x));
        const at = this.regionEnd({ table: last, tables: [last] }, false);
        splices.push(this.insertion(at, tail.map((k) => gap + render(k)).join(''), WORKLOADS_NEXT));
        for (const k of tail)
            this.newWorkloads.set(k, at);
    }
}
/** Key lines of a new table: aligned (at the file's column when the keys fit) when the file's tables are. */
function newTableKeys(style, keys) {
    if (!style.aligned || keys.length === 0)
        return { ...style.keys, column: undefined };
    return { ...style.keys, column: alignedColumn(keys, style.keys, style.keys.column) };
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


/***/ }),

/***/ 93678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ serializeInventory),
/* harmony export */   Xi: () => (/* binding */ CANONICAL_PACKAGE_KEYS)
/* harmony export */ });
/* unused harmony exports serializeWorkload, serializePackage */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97129);
/* harmony import */ var _toml_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82855);
// The canonical layout poi-tracker writes (docs/poi-tracker-compatibility.md,
// "Canonical layout"). Used
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

/***/ 92815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ attachedCommentStart),
/* harmony export */   CM: () => (/* binding */ lineStartAt),
/* harmony export */   Q$: () => (/* binding */ skipBlankLinesBack),
/* harmony export */   Ut: () => (/* binding */ applySplices),
/* harmony export */   fT: () => (/* binding */ lineEndAt),
/* harmony export */   oZ: () => (/* binding */ lineText),
/* harmony export */   pB: () => (/* binding */ isBlankLine),
/* harmony export */   w5: () => (/* binding */ isCommentLine)
/* harmony export */ });
// Line-level helpers over TOML text for splicing edits: where lines start and
// end, which lines are blank or comments, and which comment block is attached
// to a line (comment lines directly above it, no blank line between; a block
// that opens the file is the file's header and is attached to nothing).
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
/** A line with nothing but spaces (its line break may be included). */
function isBlankLine(s) {
    return /^[ \t]*\r?\n?$/.test(s);
}
function isCommentLine(s) {
    return /^[ \t]*#/.test(s);
}
/** Start of the comment block directly above the line starting at `lineStart` (`lineStart` when there is none). */
function attachedCommentStart(text, lineStart) {
    let start = lineStart;
    while (start > 0) {
        const prev = lineStartAt(text, start - 1);
        if (!isCommentLine(lineText(text, prev)))
            break;
        start = prev;
    }
    return start === 0 ? lineStart : start;
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


/***/ }),

/***/ 82855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ tomlString),
/* harmony export */   m8: () => (/* binding */ tomlKey),
/* harmony export */   xm: () => (/* binding */ tomlStringArray)
/* harmony export */ });
/* unused harmony exports tomlInlineArray, tomlValue */
// Serialises TOML strings, keys and string arrays exactly as the Rust `toml`
// crate poi-tracker saves with does (docs/poi-tracker-compatibility.md,
// "Canonical layout"), so files we create match what poi-tracker writes and
// values we splice into files read back the same.
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
