export const id = 292;
export const ids = [292];
export const modules = {

/***/ 5292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPreview: () => (/* binding */ formatPreview),
/* harmony export */   previewProposal: () => (/* binding */ previewProposal)
/* harmony export */ });
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7371);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9808);
/* harmony import */ var _facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9708);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2258);
// Proposals without a forge: the dry-run preview, the same title, body and
// patch the engine would propose, with no forge call. (`--write` goes through
// the workspace boundary: core/workspace.ts.)




function previewProposal(request, options = {}) {
    const { words, maxBodyLength } = _facts_js__WEBPACK_IMPORTED_MODULE_2__/* .FORGE_FACTS */ .S[options.forge ?? 'github'];
    return (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .previewOf */ .oW)((0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .makePlan */ .Cs)(request, words, maxBodyLength, (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .createRedactor */ .lY)(options.secrets ?? []), _body_js__WEBPACK_IMPORTED_MODULE_0__/* .REGENERATE_LABEL */ .il), maxBodyLength);
}
/** What a terminal shows for a dry run: the title, optionally the body, and the patch. */
function formatPreview(preview, options = {}) {
    const parts = [`Title: ${preview.title}`];
    if (options.body)
        parts.push('', preview.body);
    parts.push('', preview.patch || '(no changes)');
    return `${parts.join('\n').replace(/\n+$/, '')}\n`;
}


/***/ })

};
