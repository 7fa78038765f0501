export const id = 604;
export const ids = [604];
export const modules = {

/***/ 19910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GR: () => (/* binding */ exportContentResolver)
});

// UNUSED EXPORTS: contentResolverData, contentResolverFileName, renderContentResolver, renderContentResolverData

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(97129);
// EXTERNAL MODULE: ./src/exports/errors.ts
var errors = __webpack_require__(3580);
;// CONCATENATED MODULE: ./src/exports/yaml-scalar.ts
// YAML scalars for the content-resolver export. poi-tracker interpolates
// values raw, unquoted; we keep that byte-for-byte for ordinary values
// and quote only what a YAML reader would misread or reject. "Misread" is
// judged for YAML 1.2 (the `yaml` package) and YAML 1.1 (PyYAML, which
// content-resolver uses) alike, so a value is plain only if both read it back
// as the same string.
/** Words and number-like forms that YAML 1.1 or 1.2 resolves to something other than a string. */
const NON_STRING = [
    /^(?:~|null|Null|NULL)$/,
    /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
    // Decimal, octal, sexagesimal (1.1), float and exponent forms, with 1.1's underscores.
    /^[-+]?(?:[0-9][0-9_]*(?::[0-9_]+)*(?:\.[0-9_]*)?|\.[0-9_]*)(?:[eE][-+]?[0-9]+)?$/,
    /^[-+]?0(?:b[01_]+|o[0-7_]+|x[0-9a-fA-F_]+)$/,
    /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/,
    // YAML 1.1 timestamps.
    /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
    // YAML 1.1 merge and value keys.
    /^(?:<<|=)$/
];
/** Characters that may not start a plain scalar (indicators, reserved, quotes). */
const LEADING_INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
/** True for code units that must be written as an escape: controls, YAML line breaks, BOM, non-characters, lone surrogates. */
function needsEscape(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff)
            return true;
        if (c >= 0xd800 && c <= 0xdbff) {
            const next = s.charCodeAt(i + 1);
            if (!(next >= 0xdc00 && next <= 0xdfff))
                return true;
            i++;
        }
        else if (c >= 0xdc00 && c <= 0xdfff)
            return true;
    }
    return false;
}
/** Can `s` be written as a plain scalar (block context) and read back unchanged? */
function isPlainSafe(s) {
    if (s === '' || needsEscape(s))
        return false;
    if (/^\s|\s$/u.test(s))
        return false;
    if (LEADING_INDICATORS.has(s[0]) || s.startsWith('...'))
        return false;
    if (s.includes(': ') || s.includes(' #') || s.endsWith(':'))
        return false;
    return !NON_STRING.some((re) => re.test(s));
}
const SHORT_ESCAPES = {
    0x00: '\\0', 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r',
    0x1b: '\\e', 0x22: '\\"', 0x5c: '\\\\', 0x85: '\\N', 0x2028: '\\L', 0x2029: '\\P'
};
function hex(c, width) {
    return c.toString(16).toUpperCase().padStart(width, '0');
}
/** A double-quoted scalar: every character that is not plainly printable is escaped, so the text is one line. */
function doubleQuoted(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const short = SHORT_ESCAPES[c];
        if (short !== undefined)
            out += short;
        else if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            out += `\\x${hex(c, 2)}`;
        else if (c === 0xfeff || c === 0xfffe || c === 0xffff)
            out += `\\u${hex(c, 4)}`;
        else if (c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
            out += s[i] + s[i + 1];
            i++;
        }
        else if (c >= 0xd800 && c <= 0xdfff)
            out += `\\u${hex(c, 4)}`;
        else
            out += s[i];
    }
    return out + '"';
}
/**
 * A YAML scalar for `s`: plain when that reads back as the same string (so
 * ordinary values match poi-tracker's output exactly), single-quoted when
 * only the plain form is unsafe, double-quoted with escapes otherwise.
 */
function yamlScalar(s) {
    if (isPlainSafe(s))
        return s;
    if (needsEscape(s))
        return doubleQuoted(s);
    return `'${s.replace(/'/g, "''")}'`;
}
/** YAML readers accept an implicit (`key:`) mapping key of at most 1024 characters; longer keys need `? key`. */
const MAX_IMPLICIT_KEY = 1024;

;// CONCATENATED MODULE: ./src/exports/content-resolver.ts
// The content-resolver export (docs/poi-tracker-compatibility.md,
// "content-resolver export"): one feedback-pipeline-workload YAML document per
// workload. The text is built line by line like poi-tracker's, so ordinary
// input gives byte-identical files; scalars go through yamlScalar, so unusual
// values stay valid YAML that reads back exactly (poi-tracker writes them raw).




/** Field mapping, workload fallbacks and RPM collection for workload `key` (all packages when undefined). */
function contentResolverData(inv, key) {
    const meta = inv.meta;
    const w = key === undefined ? undefined : meta.workloads.get(key);
    const general = new Set();
    const arch = new Map();
    for (const p of (0,model/* packagesForWorkload */.kg)(inv, key)) {
        // Absent `rpms` means "the SRPM name"; a present `[]` means none.
        for (const r of p.rpms ?? [p.name])
            general.add(r);
        for (const [a, rpms] of Object.entries(p.arch_rpms ?? {})) {
            let set = arch.get(a);
            if (!set)
                arch.set(a, (set = new Set()));
            for (const r of rpms)
                set.add(r);
        }
    }
    for (const set of arch.values())
        for (const r of set)
            general.delete(r);
    return {
        name: w?.name ?? (key === undefined ? meta.name : `${meta.name}-${key}`),
        description: w?.description ?? meta.description,
        maintainer: w?.maintainer ?? meta.maintainer,
        packages: (0,model/* sortedUnique */.Z$)(general),
        archPackages: [...arch.keys()].sort(model/* compareNames */.MP)
            .map((a) => [a, (0,model/* sortedUnique */.Z$)(arch.get(a) ?? [])])
            .filter(([, rpms]) => rpms.length > 0),
        labels: w?.labels ?? meta.labels
    };
}
function mappingKey(key, indent) {
    const k = yamlScalar(key);
    // Readers reject implicit keys longer than 1024 characters; the explicit form has no limit.
    return k.length + 1 > MAX_IMPLICIT_KEY ? `${indent}? ${k}\n${indent}:\n` : `${indent}${k}:\n`;
}
/** Renders one document exactly as poi-tracker lays it out, line by line with two-space indents. */
function renderContentResolverData(d) {
    let out = 'document: feedback-pipeline-workload\nversion: 1\ndata:\n';
    out += `  name: ${yamlScalar(d.name)}\n`;
    out += `  description: ${yamlScalar(d.description)}\n`;
    out += `  maintainer: ${yamlScalar(d.maintainer)}\n`;
    if (d.packages.length > 0) {
        out += '  packages:\n';
        for (const r of d.packages)
            out += `    - ${yamlScalar(r)}\n`;
    }
    if (d.archPackages.length > 0) {
        out += '  arch_packages:\n';
        for (const [a, rpms] of d.archPackages) {
            out += mappingKey(a, '    ');
            for (const r of rpms)
                out += `      - ${yamlScalar(r)}\n`;
        }
    }
    if (d.labels.length > 0) {
        out += '  labels:\n';
        for (const l of d.labels)
            out += `    - ${yamlScalar(l)}\n`;
    }
    return out;
}
/** The single-document renderer: workload `key`, or every package with inventory metadata when undefined. */
function renderContentResolver(inv, key) {
    return renderContentResolverData(contentResolverData(inv, key));
}
/**
 * The file name poi-tracker derives: the document name with spaces turned into
 * `_`, plus `.yaml`. Unlike poi-tracker, a name that would leave the output
 * directory (a path separator or NUL) is an error naming its source.
 */
function contentResolverFileName(inv, key) {
    const w = key === undefined ? undefined : inv.meta.workloads.get(key);
    const base = w?.name ?? (key === undefined ? inv.meta.name : `${inv.meta.name}-${key}`);
    const file = `${base.replace(/ /g, '_')}.yaml`;
    if (/[/\\\0]/.test(file)) {
        const source = key === undefined ? 'the inventory name' : `workload \`${key}\``;
        throw new errors/* ExportInputError */.Dd('unsafe-file-name', `${source} gives the file name ${JSON.stringify(file)}, which would be written outside the output directory; ` +
            `give ${key === undefined ? 'the inventory' : 'the workload'} a \`name\` without "/" or "\\" (or use -o)`);
    }
    return file;
}
/**
 * Which documents `export content-resolver` writes, and where (as poi-tracker):
 * `--workload K` → K; no workloads → one unfiltered document; exactly one
 * workload → that workload (its members only); several → one per workload in
 * key order, where `-o` is a usage error. Workloads count in both forms
 * (workload `packages` lists and per-package `workloads`).
 */
function exportContentResolver(inv, opts = {}) {
    let keys;
    if (opts.workload !== undefined)
        keys = [opts.workload];
    else {
        const names = (0,model/* workloadNames */.oj)(inv);
        if (names.length > 1 && opts.output !== undefined) {
            throw new errors/* ExportUsageError */.GI('output-with-several-workloads', `-o/--output cannot be used with multiple workloads (${names.join(', ')}): pass --workload to pick one, or drop -o`);
        }
        keys = names.length === 0 ? [undefined] : names;
    }
    const files = keys.map((key) => ({
        key,
        path: opts.output ?? (opts.outDir ? external_node_path_.posix.join(opts.outDir, contentResolverFileName(inv, key)) : contentResolverFileName(inv, key))
    }));
    // Two workloads with the same `name` would silently overwrite each other's file.
    const seen = new Map();
    for (const f of files) {
        if (seen.has(f.path)) {
            throw new errors/* ExportInputError */.Dd('duplicate-file-name', `workloads \`${seen.get(f.path)}\` and \`${f.key}\` would both be written to ${f.path}; give one of them a different \`name\``);
        }
        seen.set(f.path, f.key);
    }
    return files.map((f) => ({ path: f.path, content: renderContentResolver(inv, f.key), packages: (0,model/* packagesForWorkload */.kg)(inv, f.key).length }));
}


/***/ }),

/***/ 3580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ ExportInputError),
/* harmony export */   GI: () => (/* binding */ ExportUsageError),
/* harmony export */   ze: () => (/* binding */ ExportError)
/* harmony export */ });
// Typed failures of the exports, so the CLI can map them to exit codes
// (usage → 2, unusable input or unsafe result → 1) without parsing messages.
class ExportError extends Error {
}
/** The flags do not fit the input: `-o` with several workloads, a `--workload` that names no workload. */
class ExportUsageError extends ExportError {
    code;
    exitCode = 2;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'ExportUsageError';
    }
}
/** The input cannot be exported as asked; `line`/`column` (1-based) locate it in the manifest when known. */
class ExportInputError extends ExportError {
    code;
    line;
    column;
    exitCode = 1;
    constructor(code, message, line, column) {
        super(message);
        this.code = code;
        this.line = line;
        this.column = column;
        this.name = 'ExportInputError';
    }
}


/***/ }),

/***/ 86345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n7: () => (/* binding */ DEFAULT_DISTROS),
  k6: () => (/* binding */ DEFAULT_TRACK),
  Re: () => (/* binding */ exportHsRelmon),
  Xu: () => (/* binding */ hsRelmonRecords)
});

// UNUSED EXPORTS: effectiveDefaults, emptyManifest, newEntry

// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(97129);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(32085);
// EXTERNAL MODULE: ./src/toml/source.ts + 10 modules
var source = __webpack_require__(72403);
// EXTERNAL MODULE: ./src/toml/write.ts
var write = __webpack_require__(82855);
// EXTERNAL MODULE: ./src/exports/errors.ts
var errors = __webpack_require__(3580);
// EXTERNAL MODULE: ./src/core/decode.ts
var decode = __webpack_require__(30969);
// EXTERNAL MODULE: ./src/toml/scan.ts
var toml_scan = __webpack_require__(43187);
// EXTERNAL MODULE: ./src/toml/lines.ts
var lines = __webpack_require__(92815);
;// CONCATENATED MODULE: ./src/exports/manifest-edit.ts
// Format-preserving surgery on an hs-relmon manifest. The text is cut into
// contiguous pieces so that putting them back in their original order gives
// the original bytes: a head (everything before the first [[package]] and the
// comments attached to it), one block per [[package]] entry, other tables
// found after the first entry, and a tail. Entries can then be dropped,
// reordered, added and edited without touching anything else.
//
// Which comments go with which entry (README, "Edits that keep your file"):
// - comments directly under an entry's last key (no blank line between) stay
//   with that entry, unless they run straight into the next header;
// - the comment block directly above a header (no blank line between) belongs
//   to that entry: it moves and leaves with it (`lead`);
// - the blank lines and headings (comments followed by a blank line) before
//   that block stay in place (`heading`): the n-th kept entry in the new order
//   gets the n-th kept entry's heading, and new entries go below it;
// - after the last table, lines from the first blank line on are the tail and
//   stay at the end of the file.





function tableContentEnd(t) {
    return t.entries.length > 0 ? t.entries[t.entries.length - 1].lineEnd : t.bodyStart;
}
/** Offset of the first whitespace-only line in [from, to), or undefined. */
function firstBlankLine(text, from, to) {
    let pos = from;
    while (pos < to) {
        const nl = text.indexOf('\n', pos);
        const lineEnd = nl < 0 || nl >= to ? to : nl + 1;
        if (text.slice(pos, lineEnd).trim() === '')
            return pos;
        pos = lineEnd;
    }
    return undefined;
}
function notAnArray(lineStarts, offset, what) {
    const { line, column } = (0,toml_scan/* lineColumn */.rv)(lineStarts, offset);
    return new errors/* ExportInputError */.Dd('package-not-array', `line ${line}, column ${column}: \`package\` is not an array of tables (${what}); write each entry as a [[package]] table`, line, column);
}
function readManifest(input) {
    const decoded = (0,decode/* fromText */.IK)(input);
    let text = decoded.text;
    const finalNewline = text === '' || text.endsWith('\n');
    if (!finalNewline)
        text += decoded.eol;
    const parsed = (0,source/* parseToml */.MT)(text);
    if (!parsed.ok) {
        const { line, column, message } = parsed.finding;
        throw new errors/* ExportInputError */.Dd('manifest-syntax', `the manifest is not valid TOML: line ${line}, column ${column}: ${message}`, line, column);
    }
    const data = parsed.value;
    const scan = (0,toml_scan/* scanToml */.IH)(text);
    const [root, ...tables] = scan.tables;
    const rootPackage = root.entries.find((kv) => kv.key[0] === 'package');
    if (rootPackage)
        throw notAnArray(scan.lineStarts, rootPackage.keyStart, 'it is written as a key, e.g. `package = []`');
    const list = data.package;
    if (list !== undefined && (!Array.isArray(list) || !list.every(source/* isTable */.bI))) {
        const table = tables.find((t) => t.key[0] === 'package');
        throw notAnArray(scan.lineStarts, table?.headerStart ?? 0, 'it is written as a [package] table');
    }
    // Group each [[package]] with its sub-tables; every other table is its own group.
    const groups = [];
    for (const t of tables) {
        const isPackage = t.key[0] === 'package' && typeof t.path[1] === 'number';
        const last = groups[groups.length - 1];
        if (isPackage && t.key.length > 1) {
            if (last?.entry?.index !== t.path[1]) {
                const { line, column } = (0,toml_scan/* lineColumn */.rv)(scan.lineStarts, t.headerStart);
                throw new errors/* ExportInputError */.Dd('package-not-array', `line ${line}, column ${column}: [${t.key.join('.')}] is separated from its [[package]] entry by another table; move it under the entry`, line, column);
            }
            last.tables.push(t);
            last.contentEnd = tableContentEnd(t);
            continue;
        }
        const entry = isPackage && t.kind === 'array' && t.key.length === 1 ? { index: t.path[1], table: t } : undefined;
        groups.push({ entry, tables: [t], lineStart: t.lineStart, contentEnd: tableContentEnd(t), start: t.lineStart, end: t.lineStart });
    }
    // Split each gap between tables (see the header comment).
    for (let i = 0; i < groups.length; i++) {
        const g = groups[i];
        const next = groups[i + 1];
        const gapEnd = next ? next.lineStart : text.length;
        const blank = firstBlankLine(text, g.contentEnd, gapEnd);
        g.end = blank ?? (next ? g.contentEnd : gapEnd);
        if (next)
            next.start = g.end;
    }
    const firstEntry = groups.findIndex((g) => g.entry);
    let head;
    let tail;
    const others = [];
    const entries = [];
    const last = groups[groups.length - 1];
    if (firstEntry >= 0) {
        // The comment block directly above a header is the entry's; what comes before it stays.
        const leadStart = (g) => Math.max(g.start, (0,lines/* attachedCommentStart */.Ai)(text, g.lineStart));
        head = text.slice(0, leadStart(groups[firstEntry]));
        groups[firstEntry].start = head.length;
        for (const g of groups.slice(firstEntry)) {
            if (!g.entry) {
                others.push(text.slice(g.start, g.end));
                continue;
            }
            const name = list[g.entry.index]?.name;
            const lead = leadStart(g);
            entries.push({
                index: g.entry.index, name: typeof name === 'string' ? name : undefined,
                heading: text.slice(g.start, lead), lead: text.slice(lead, g.lineStart), start: g.lineStart, end: g.end, table: g.entry.table
            });
        }
        tail = text.slice(last.end);
    }
    else if (last) {
        head = text.slice(0, last.end);
        tail = text.slice(last.end);
    }
    else if (root.entries.length > 0) {
        // Root keys only: new entries go after the last key and the comments under it.
        const end = root.entries[root.entries.length - 1].lineEnd;
        const split = firstBlankLine(text, end, text.length) ?? text.length;
        head = text.slice(0, split);
        tail = text.slice(split);
    }
    else {
        head = text;
        tail = '';
    }
    return { text, bom: decoded.bom, eol: decoded.eol, finalNewline, data, head, entries, others, tail };
}
/** Keys of the entry's own table that set `archived` (normally at most one, `archived = …`). */
function archivedKeys(entry) {
    return entry.table.entries.filter((kv) => kv.key[0] === 'archived');
}
/**
 * The entry's text (header to end) with `archived` reconciled: 'set' makes it
 * `archived = true` (in place when the key exists, else as the last key),
 * 'clear' removes the key's line, 'keep' leaves the entry alone.
 */
function entryBody(doc, entry, archived) {
    const edits = [];
    const keys = archivedKeys(entry);
    // A removed key takes the comment lines directly above it.
    const removal = (kv) => ({ start: Math.max(entry.table.bodyStart, (0,lines/* attachedCommentStart */.Ai)(doc.text, kv.lineStart)), end: kv.lineEnd, text: '' });
    if (archived === 'clear') {
        for (const kv of keys)
            edits.push(removal(kv));
    }
    else if (archived === 'set') {
        const only = keys.length === 1 && keys[0].key.length === 1 ? keys[0] : undefined;
        if (only) {
            const { start, end } = only.value;
            if (doc.text.slice(start, end) !== 'true')
                edits.push({ start, end, text: 'true' });
        }
        else {
            for (const kv of keys)
                edits.push(removal(kv));
            const kvs = entry.table.entries;
            const at = kvs.length > 0 ? kvs[kvs.length - 1].lineEnd : entry.table.bodyStart;
            edits.push({ start: at, end: at, text: `archived = true${doc.eol}` });
        }
    }
    let body = doc.text.slice(entry.start, entry.end);
    // Right to left, so earlier offsets stay valid; an insertion sits at or after any removal it touches.
    for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
        body = body.slice(0, e.start - entry.start) + e.text + body.slice(e.end - entry.start);
    }
    return { body, changed: edits.length > 0 };
}
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/;
function endsWithBlankLine(s) {
    return /(?:^|\n)[ \t]*\r?\n$/.test(s);
}
/** Joins runs of blank and comment lines; where two blank runs meet, the second one's blank lines go. */
function joinGaps(a, b) {
    if (a === '' || b === '')
        return a + b;
    return endsWithBlankLine(a) ? a + b.replace(LEADING_BLANK_LINES, '') : a + b;
}
function hasComment(s) {
    return s.split('\n').some((l) => !(0,lines/* isBlankLine */.pB)(l));
}
/**
 * Writes the document with `blocks` (already in their final order) as its
 * [[package]] entries. Each block brings its lead (the comment block attached
 * to it); the headings between entries stay in place: the n-th kept entry of
 * the new order gets the heading the n-th kept entry had (headings of removed
 * entries pass to the next kept one), and new entries go below the heading of
 * the kept entry that follows them. New entries, and the original first entry
 * when it moves down, are set off by the file's separator (one blank line, or
 * none in a file whose entries have no blank lines between them).
 */
function renderManifest(doc, blocks) {
    const { eol } = doc;
    const rest = doc.entries.slice(1);
    const compact = rest.length > 0 && rest.every((e) => !LEADING_BLANK_LINES.test(e.heading));
    const sep = compact ? '' : eol;
    const keptIndices = new Set(blocks.flatMap((b) => (b.entry === undefined ? [] : [b.entry])));
    // The heading of each kept place, in file order.
    const headings = [];
    let carry = '';
    doc.entries.forEach((e, i) => {
        if (keptIndices.has(i)) {
            headings.push(joinGaps(carry, e.heading));
            carry = '';
        }
        else
            carry = joinGaps(carry, e.heading);
    });
    let out = doc.head;
    let position = 0;
    let kept = 0;
    let pending = [];
    // Above the block at `position`: the head already separates the first block from what precedes it.
    // (With no entry in the file, the head ends wherever its last table ended.)
    const opening = doc.entries.length === 0 && doc.head.trim() !== '' && !endsWithBlankLine(doc.head) ? eol : '';
    const gapAt = (gap) => (position === 0 ? gap.replace(LEADING_BLANK_LINES, '') : gap);
    const flush = () => {
        for (const b of pending) {
            out += (position === 0 ? opening : sep) + b.lead + b.body;
            position++;
        }
        pending = [];
    };
    for (const b of blocks) {
        if (b.entry === undefined) {
            pending.push(b);
            continue;
        }
        const place = kept++;
        // The first place's heading is in the head; moved down, it needs a separator.
        const heading = place === 0 && headings[0] === '' ? sep : headings[place];
        if (pending.length > 0 && hasComment(heading)) {
            // New entries go below the heading of the kept entry that follows them.
            out += gapAt(heading);
            const first = pending.shift();
            out += first.lead + first.body;
            position++;
            flush();
            out += sep + b.lead + b.body;
        }
        else {
            flush();
            out += gapAt(heading) + b.lead + b.body;
        }
        position++;
    }
    flush();
    // Headings of removed entries after the last kept one stay, before the tail.
    const after = doc.others.join('') + doc.tail;
    // (At the very end, without its blank lines below.)
    if (hasComment(carry))
        out += joinGaps(after === '' ? carry.replace(/(?:\r?\n[ \t]*)+$/, eol) : carry, after);
    else
        out += after;
    if (!doc.finalNewline && out.endsWith(eol))
        out = out.slice(0, -eol.length);
    return (doc.bom ? '\ufeff' : '') + out;
}

;// CONCATENATED MODULE: ./src/exports/hs-relmon.ts
// The hs-relmon manifest export as one code path (README, "Exports"): a fresh
// export is a merge into an empty manifest (the SPDX header and a [defaults]
// table built from the flags), so both reconcile the markers the same way.
//
// Per run the export decides only: which entries are added (with their
// non-default fields), `archived` on entries of selected packages, removal of
// unshipped packages (and of stale entries with --prune), and the order of the
// entries. Everything else in an existing entry is kept verbatim.






const DEFAULT_DISTROS = 'upstream,fedora,centos,hyperscale';
const DEFAULT_TRACK = 'upstream';
/** The manifest a fresh export starts from: poi-tracker's SPDX header and [defaults] lines, values escaped. */
function emptyManifest(distros = DEFAULT_DISTROS, track = DEFAULT_TRACK) {
    return '# SPDX-License-Identifier: Apache-2.0 OR MIT\n\n[defaults]\n' +
        `distros = ${(0,write/* tomlString */.Ge)(distros)}\ntrack = ${(0,write/* tomlString */.Ge)(track)}\nfile_issue = true\n`;
}
function effectiveDefaults(doc) {
    const d = (0,source/* isTable */.bI)(doc.data.defaults) ? doc.data.defaults : {};
    return {
        track: typeof d.track === 'string' ? d.track : DEFAULT_TRACK,
        distros: typeof d.distros === 'string' ? d.distros : undefined,
        fileIssue: typeof d.file_issue === 'boolean' ? d.file_issue : false
    };
}
/** A new entry: `name`, then the fields that differ from what hs-relmon would apply anyway, in poi-tracker's order (track, repology_name, distros, file_issue). */
function newEntry(p, defaults, eol) {
    let out = `[[package]]${eol}name = ${(0,write/* tomlString */.Ge)(p.name)}${eol}`;
    if (p.track !== undefined && p.track !== defaults.track)
        out += `track = ${(0,write/* tomlString */.Ge)(p.track)}${eol}`;
    if (p.repology_name !== undefined)
        out += `repology_name = ${(0,write/* tomlString */.Ge)(p.repology_name)}${eol}`;
    if (p.distros !== undefined && p.distros !== defaults.distros)
        out += `distros = ${(0,write/* tomlString */.Ge)(p.distros)}${eol}`;
    if (p.file_issue !== undefined && p.file_issue !== defaults.fileIssue)
        out += `file_issue = ${p.file_issue}${eol}`;
    if ((0,model/* hasArchivedBuilds */.qm)(p))
        out += `archived = true${eol}`;
    return out;
}
function selection(inv, workload) {
    if (workload !== undefined) {
        const known = (0,model/* workloadNames */.oj)(inv);
        if (!known.includes(workload)) {
            const guess = (0,suggest/* didYouMean */.a)(workload, known);
            throw new errors/* ExportUsageError */.GI('unknown-workload', `--workload ${workload} names no workload` + (guess ? ` (did you mean ${guess}?)` : '') +
                (known.length > 0 ? `; defined: ${known.join(', ')}` : '; the inventory defines none'));
        }
    }
    const selected = (0,model/* packagesForWorkload */.kg)(inv, workload);
    if (selected.length === 0) {
        throw new errors/* ExportInputError */.Dd('empty-selection', workload === undefined ? 'the inventory has no packages to export' : `workload ${workload} has no packages to export`);
    }
    return selected;
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/**
 * `export hs-relmon`: merges the selected packages into `existing` (a fresh
 * export when undefined) and returns the new text with what changed.
 * Throws ExportUsageError for an unknown --workload, ExportInputError for an
 * unreadable manifest, an empty selection, or a result with no entry (which
 * hs-relmon cannot load).
 */
function exportHsRelmon(inv, existing, opts = {}) {
    const selected = selection(inv, opts.workload);
    const doc = readManifest(existing ?? emptyManifest(opts.distros, opts.track));
    const defaults = effectiveDefaults(doc);
    const warnings = [];
    if (existing !== undefined) {
        // The flags only fill a fresh manifest's [defaults]; an existing one keeps its own.
        if (opts.track !== undefined && opts.track !== defaults.track) {
            warnings.push(`--track ${opts.track} is not applied to an existing manifest: new entries are judged against its default track "${defaults.track}"`);
        }
        if (opts.distros !== undefined && opts.distros !== defaults.distros) {
            warnings.push(`--distros ${opts.distros} is not applied to an existing manifest: new entries are judged against its default distros ` +
                (defaults.distros === undefined ? '(none: all distros)' : `"${defaults.distros}"`));
        }
    }
    const selectedNames = new Set(selected.map((p) => p.name));
    const unshipped = new Set(selected.filter(model/* isUnshipped */.Tb).map((p) => p.name));
    const archived = new Set(selected.filter(model/* hasArchivedBuilds */.qm).map((p) => p.name));
    const existingNames = new Set(doc.entries.flatMap((e) => (e.name === undefined ? [] : [e.name])));
    const stale = (0,model/* sortedUnique */.Z$)([...existingNames].filter((n) => !selectedNames.has(n)));
    const staleSet = new Set(stale);
    const blocks = [];
    const pruned = new Set();
    const unshippedRemoved = new Set();
    const archivedSet = new Set();
    const archivedCleared = new Set();
    doc.entries.forEach((entry, i) => {
        const { name } = entry;
        if (name !== undefined && opts.prune && staleSet.has(name)) {
            pruned.add(name);
            return;
        }
        if (name !== undefined && unshipped.has(name)) {
            unshippedRemoved.add(name);
            return;
        }
        const action = name === undefined || !selectedNames.has(name) ? 'keep' : archived.has(name) ? 'set' : 'clear';
        const { body, changed } = entryBody(doc, entry, action);
        if (changed && name !== undefined)
            (action === 'set' ? archivedSet : archivedCleared).add(name);
        if (name === undefined)
            warnings.push(`[[package]] entry ${entry.index + 1} has no string \`name\`; kept as it is`);
        blocks.push({ name: name ?? '', lead: entry.lead, body, entry: i });
    });
    const added = [];
    const seen = new Set(existingNames);
    for (const p of selected) {
        if (seen.has(p.name) || unshipped.has(p.name))
            continue;
        seen.add(p.name);
        added.push(p.name);
        if ((0,model/* hasArchivedBuilds */.qm)(p))
            archivedSet.add(p.name);
        blocks.push({ name: p.name, lead: '', body: newEntry(p, defaults, doc.eol) });
    }
    blocks.sort((a, b) => (0,model/* compareNames */.MP)(a.name, b.name)); // stable: equal names keep file order
    if (blocks.length === 0) {
        throw new errors/* ExportInputError */.Dd('empty-manifest', `the manifest would have no [[package]] entry left (${plural(unshippedRemoved.size, 'unshipped', 'unshipped')}, ` +
            `${plural(pruned.size, 'pruned', 'pruned')}), and hs-relmon cannot load a manifest without packages; nothing written`);
    }
    if (stale.length > 0 && !opts.prune) {
        warnings.unshift(`${plural(stale.length, 'manifest entry is', 'manifest entries are')} not in the selected inventory packages ` +
            `(kept; use --prune to remove them): ${stale.join(', ')}`);
    }
    return {
        content: renderManifest(doc, blocks),
        added: (0,model/* sortedUnique */.Z$)(added),
        pruned: (0,model/* sortedUnique */.Z$)(pruned),
        stale,
        unshippedRemoved: (0,model/* sortedUnique */.Z$)(unshippedRemoved),
        archivedSet: (0,model/* sortedUnique */.Z$)(archivedSet),
        archivedCleared: (0,model/* sortedUnique */.Z$)(archivedCleared),
        total: blocks.length,
        warnings
    };
}
/** What a merge did to the manifest at `path`, as change records (for the proposal's summary). */
function hsRelmonRecords(path, result) {
    return [
        ...result.added.map((p) => ({ file: path, package: p, kind: 'added' })),
        ...[...result.pruned, ...result.unshippedRemoved].map((p) => ({ file: path, package: p, kind: 'removed' })),
        ...result.archivedSet.map((p) => ({ file: path, package: p, kind: 'marked', field: 'archived', after: 'true' })),
        ...result.archivedCleared.map((p) => ({ file: path, package: p, kind: 'unmarked', field: 'archived' }))
    ];
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
