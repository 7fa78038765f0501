export const id = 324;
export const ids = [324];
export const modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSchedule: () => (/* binding */ parseSchedule)
/* harmony export */ });
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8628);
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cron_parser__WEBPACK_IMPORTED_MODULE_0__);
// A job's `schedule`: a cron expression (five fields, UTC) saying on which
// scheduled runs the job runs, so one workflow serves daily and weekly jobs.
// Runs start late (GitHub delays scheduled workflows, sometimes by an hour or
// more), so the minute field is not compared: a job runs on a scheduled run
// whose hour, day and month the expression allows. `* * * * 1` is every
// Monday's run; `0 5 * * *` the runs started during 05:00–05:59 UTC.

/** The schedule, or an error message naming what is wrong with the expression. */
function parseSchedule(expression) {
    if (expression.trim().split(/\s+/).length !== 5)
        return `schedule "${expression}" must have five fields: minute hour day-of-month month day-of-week (UTC)`;
    let fields;
    try {
        fields = cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronExpressionParser.parse(expression, { tz: 'UTC' }).fields;
    }
    catch (e) {
        return `schedule "${expression}" is not a cron expression: ${e instanceof Error ? e.message : String(e)}`;
    }
    const hours = new Set(fields.hour.values);
    const months = new Set(fields.month.values);
    const numbers = (values) => values.filter((d) => typeof d === 'number');
    // `L` (last day) and friends are not numbers: such a day field matches no run.
    const days = new Set(numbers(fields.dayOfMonth.values));
    const weekdays = new Set(numbers(fields.dayOfWeek.values).map((d) => (d === 7 ? 0 : d)));
    // cron's rule: when both day fields are restricted, either one matching is enough.
    const domAll = days.size === 31;
    const dowAll = weekdays.size === 7;
    return {
        expression,
        matches(at) {
            if (!hours.has(at.getUTCHours()) || !months.has(at.getUTCMonth() + 1))
                return false;
            const dom = days.has(at.getUTCDate());
            const dow = weekdays.has(at.getUTCDay());
            if (domAll && dowAll)
                return true;
            if (domAll)
                return dow;
            if (dowAll)
                return dom;
            return dom || dow;
        }
    };
}


/***/ })

};
