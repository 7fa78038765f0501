export const id = 292;
export const ids = [292];
export const modules = {

/***/ 75292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyToWorkingTree: () => (/* binding */ applyToWorkingTree),
/* harmony export */   iB: () => (/* binding */ formatPreview)
/* harmony export */ });
/* unused harmony exports previewProposal, ApplyConflictError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_changeset_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38835);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4670);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1965);
/* harmony import */ var _facts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69708);
// Proposals without a forge: the dry-run preview (the same title, body and
// patch the engine would propose, no forge call) and `--write`, which applies
// a change set to a working tree the way poi-tracker does — but only when
// every file still reads as the change expects, and never outside the tree.







function previewProposal(request, options = {}) {
    const { words, maxBodyLength } = FORGE_FACTS[options.forge ?? 'github'];
    return previewOf(makePlan(request, words, maxBodyLength, createRedactor(options.secrets ?? []), REGENERATE_LABEL), maxBodyLength);
}
/** What a terminal shows for a dry run: the title, optionally the body, and the patch. */
function formatPreview(preview, options = {}) {
    const parts = [`Title: ${preview.title}`];
    if (options.body)
        parts.push('', preview.body);
    parts.push('', preview.patch || '(no changes)');
    return `${parts.join('\n').replace(/\n+$/, '')}\n`;
}
class ApplyConflictError extends Error {
    conflicts;
    constructor(conflicts) {
        super(`not applied: ${conflicts.join('; ')}`);
        this.conflicts = conflicts;
        this.name = 'ApplyConflictError';
    }
}
/**
 * Writes the changed files into the working tree at `root`. All files are checked first:
 * each must still hold its `before` content (absent for a created file), so an edit made
 * since the change was computed is never overwritten. Returns the paths written or deleted.
 */
async function applyToWorkingTree(root, changes) {
    const files = (0,_core_changeset_js__WEBPACK_IMPORTED_MODULE_5__/* .changedFiles */ .Y)(changes);
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    const conflicts = [];
    const targets = [];
    for (const change of files) {
        const target = await safeTarget(rootReal, change.path);
        if (target === null) {
            conflicts.push(`${change.path}: path is outside the working tree`);
            continue;
        }
        const current = await readOrNull(target);
        if (current !== change.before) {
            conflicts.push(`${change.path}: ${current === null ? 'missing' : change.before === null ? 'already exists' : 'changed since the change was computed'}`);
            continue;
        }
        targets.push({ change, target });
    }
    if (conflicts.length > 0)
        throw new ApplyConflictError(conflicts);
    for (const { change, target } of targets) {
        if (change.after === null) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(target);
        }
        else {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
            // Write then rename, so an interrupted run never leaves half a file.
            const temp = `${target}.poi-gitops-${process.pid}.tmp`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, change.after);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, target);
        }
    }
    return targets.map((t) => t.change.path);
}
/** The absolute path for a repository-relative path, or null when it would leave the tree (.., absolute, symlinked directories). */
async function safeTarget(rootReal, path) {
    if (path === '' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || path.includes('\\') || path.includes('\0') || path.split('/').some((s) => s === '..' || s === ''))
        return null;
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rootReal, path);
    if (!inside(rootReal, target))
        return null;
    // The nearest existing ancestor must resolve inside the tree too.
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target);
    for (;;) {
        try {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir);
            return inside(rootReal, real) || real === rootReal ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, target)) : null;
        }
        catch {
            if (dir === rootReal)
                return null;
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        }
    }
}
function inside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel !== '' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
}
async function readOrNull(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}


/***/ })

};
