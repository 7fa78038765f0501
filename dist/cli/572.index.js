export const id = 572;
export const ids = [572];
export const modules = {

/***/ 3572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkJobs: () => (/* binding */ checkJobs)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1122);
/* harmony import */ var _commands_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(927);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7657);
// A [[job]]'s `run` line is checked like a command typed by hand, when the
// config is loaded for `run` or `validate`: a bad flag, a missing or extra
// argument, a name that cannot be a package, or a command that proposes nothing
// is a configuration error naming the file and line, before any job runs.




async function checkJobs(config) {
    const findings = [];
    // The cron parser is loaded only for a config that has schedules.
    const schedules = config.jobs.some((j) => j.schedule) ? await Promise.all(/* import() */[__webpack_require__.e(628), __webpack_require__.e(324)]).then(__webpack_require__.bind(__webpack_require__, 8943)) : undefined;
    for (const job of config.jobs) {
        if (job.schedule && schedules) {
            const parsed = schedules.parseSchedule(job.schedule.expression);
            if (typeof parsed === 'string')
                findings.push({ file: config.path, ...job.schedule.at, severity: 'error', rule: 'config', message: `job "${job.name}": ${parsed}` });
        }
        const { name, rest } = (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .commandName */ .p6)(job.argv);
        const command = await (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .loadCommand */ .yV)(name);
        // Unknown commands and commands that cannot run as jobs were refused when the config was parsed.
        if (!command)
            continue;
        try {
            const args = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArgs */ .Zy)(command.spec, rest, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_3__/* .globalFlagsOf */ .u4)(name).filter((f) => !['write', 'propose', 'job', 'help', 'directory'].includes(f.name)));
            (0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPositionals */ .iJ)(command.spec, args);
            command.spec.check?.(args);
            if (args.flags.get('all-reporters') === true)
                throw new _core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--all-reporters closes bugs people filed and never runs from a schedule; run it by hand (a manual dispatch with --yes)', name);
            if (args.flags.get('apply') === true)
                throw new _core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--apply writes at once; a job\'s plan is applied by merging its proposal', name);
        }
        catch (e) {
            if (!(e instanceof _core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
                throw e;
            const at = job.runAt ?? { line: job.line, column: 1 };
            findings.push({ file: config.path, line: at.line, column: at.column, severity: 'error', rule: 'config', message: `job "${job.name}": ${e.message}` });
        }
    }
    if (findings.length > 0)
        throw new _config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(findings);
}


/***/ })

};
