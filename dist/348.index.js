export const id = 348;
export const ids = [348];
export const modules = {

/***/ 31348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openForge: () => (/* binding */ openForge)
/* harmony export */ });
/* harmony import */ var _commands_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68619);
/* harmony import */ var _forge_detect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83097);
// The forge a proposing run writes to: the one it runs in, with the run's
// credentials. A token that cannot write (a fork's pull request) is reported
// so the run proposes nothing instead of failing on a 403.


function openForge(session, log) {
    const detection = (0,_forge_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .detectForge */ .Jk)({ ...session.env }, { token: session.credentials.github, gitlabToken: session.credentials.gitlab });
    if (detection.problem)
        throw new _commands_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Q(detection.problem, 2);
    if (!detection.target) {
        throw new _commands_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Q('no forge to propose to: run in GitHub Actions or GitLab CI, or set GITHUB_API_URL, GITHUB_REPOSITORY and GITHUB_TOKEN (or CI_API_V4_URL, CI_PROJECT_ID and GITLAB_TOKEN)', 2);
    }
    if (detection.target.context.readOnlyReason)
        return { forge: null, readOnlyReason: detection.target.context.readOnlyReason };
    // Retries are worth a line in the log: a slow forge should be visible, not mysterious.
    const onEvent = log ? (e) => { if (e.type === 'retry')
        log(`${e.service}: ${e.reason}; retrying in ${Math.round(e.delayMs / 100) / 10} s (retry ${e.attempt})`); } : undefined;
    return { forge: (0,_forge_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .createForge */ .u_)(detection.target, onEvent ? { onEvent } : {}) };
}


/***/ })

};
