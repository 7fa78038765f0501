export const id = 921;
export const ids = [921];
export const modules = {

/***/ 37921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
// One comment per purpose on a proposal: found again by its hidden marker and
// edited in place, never posted twice.
async function upsertComment(forge, number, marker, body) {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    const existing = (await forge.listComments(number)).find((c) => c.body.includes(marker));
    if (!existing) {
        await forge.createComment(number, text);
        return 'created';
    }
    if (existing.body.trim() === text.trim())
        return 'unchanged';
    await forge.updateComment(number, existing.id, text);
    return 'updated';
}


/***/ })

};
