export const id = 456;
export const ids = [456];
export const modules = {

/***/ 4456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postValidationNote: () => (/* binding */ postValidationNote)
/* harmony export */ });
/* unused harmony export VALIDATION_NOTE_MARKER */
/* harmony import */ var _forge_detect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30297);
/* harmony import */ var _forge_comments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37921);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57994);
// In a merge-request pipeline, the validation summary is one note on the MR,
// found again by a hidden marker and edited in place on every run (never a
// new note per run). GitHub pull requests get annotations instead.



const VALIDATION_NOTE_MARKER = '<!-- poi-gitops:validation -->';
/** Posts or updates the note when this is a GitLab MR pipeline with a usable token; returns what happened or why not. */
async function postValidationNote(env, findings, files) {
    const iid = Number(env.CI_MERGE_REQUEST_IID);
    if (env.GITLAB_CI !== 'true' || !Number.isInteger(iid) || iid <= 0)
        return 'not a merge request pipeline';
    const detection = (0,_forge_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .detectForge */ .J)({ ...env });
    if (!detection.target)
        return detection.problem ?? 'no GitLab token';
    if (detection.target.context.readOnlyReason)
        return `${detection.target.context.readOnlyReason} cannot post notes`;
    const result = await (0,_forge_comments_js__WEBPACK_IMPORTED_MODULE_2__/* .upsertComment */ .l)((0,_forge_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .createForge */ .u)(detection.target), iid, VALIDATION_NOTE_MARKER, (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderValidationSummary */ .m)(findings, files));
    return `validation note ${result} on !${iid}`;
}


/***/ })

};
