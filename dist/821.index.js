export const id = 821;
export const ids = [821];
export const modules = {

/***/ 19821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stateOf: () => (/* binding */ stateOf),
/* harmony export */   steer: () => (/* binding */ steer)
/* harmony export */ });
// What a run takes from the dashboard before it runs (ticked boxes, paused
// jobs, schedules) and what it gives back after (each job's state).
/**
 * Acts on the ticked boxes (each once) and decides which jobs run. `scheduled` is the time of a
 * scheduled run, undefined for any other run (a dispatch or a push runs every job it names).
 */
function steer(dashboard, jobs, scheduled, matches) {
    const paused = new Set(dashboard?.paused ?? []);
    const forced = new Set();
    const regenerate = new Set();
    const known = new Set(jobs.map((j) => j.name));
    for (const tick of dashboard?.ticks ?? []) {
        if (!known.has(tick.job))
            continue;
        switch (tick.action) {
            case 'pause':
                paused.add(tick.job);
                dashboard.done(tick, 'paused');
                break;
            case 'resume':
                paused.delete(tick.job);
                dashboard.done(tick, 'resumed');
                break;
            case 'replan':
                forced.add(tick.job);
                dashboard.done(tick, 'run on request');
                break;
            case 'regenerate':
                regenerate.add(tick.job);
                dashboard.done(tick, 'regenerated from the base');
                break;
        }
    }
    const skipped = new Map();
    const run = [];
    for (const job of jobs) {
        if (forced.has(job.name))
            run.push(job);
        else if (paused.has(job.name))
            skipped.set(job.name, 'paused');
        else if (scheduled && job.schedule && !matches(job, scheduled))
            skipped.set(job.name, `not scheduled now (${job.schedule.expression})`);
        else
            run.push(job);
    }
    return { run, regenerate, skipped, paused };
}
/**
 * What the dashboard says of a proposal. Created, updated and unchanged are all "open": the state
 * (and so the dashboard) changes only when the situation does, and a run that changes nothing writes nothing.
 */
const SHOWN = {
    created: 'proposal open', updated: 'proposal open', unchanged: 'proposal open', closed: 'closed: the change became empty',
    none: 'no change', 'dry-run': 'dry run', blocked: 'blocked by commits of people', failed: 'failed'
};
/** A job's state after this run, as the dashboard shows it; remote text redacted. */
function stateOf(report, paused, now, redact) {
    const { outcome, proposal } = report;
    const failed = outcome.error !== undefined || proposal?.operation === 'failed';
    const state = {
        job: outcome.job.name,
        outcome: failed ? 'failed' : proposal?.held === 'max-open' ? 'waiting: max-open proposals are open' : proposal ? SHOWN[proposal.operation] : outcome.changeSet ? 'no change' : 'done',
        since: now.toISOString()
    };
    if (proposal?.url !== undefined)
        state.url = proposal.url;
    if (proposal?.number !== undefined)
        state.number = proposal.number;
    const detail = outcome.error ?? (failed ? proposal?.message : undefined);
    if (detail)
        state.detail = redact(detail);
    if (proposal?.operation === 'blocked')
        state.blocked = true;
    if (paused)
        state.paused = true;
    const requests = outcome.changeSet?.provenance.requests;
    if (requests && Object.keys(requests).length > 0)
        state.requests = requests;
    const invalid = outcome.findings.filter((f) => f.rule === 'distgit-invalid').map((f) => redact(`${f.file}:${f.line}: ${f.message}`));
    if (invalid.length > 0)
        state.invalid = invalid;
    const plan = outcome.result?.plan;
    const orphans = plan?.actions.filter((a) => a.kind === 'take-orphan').map((a) => String(a.target)) ?? [];
    if (orphans.length > 0)
        state.orphans = orphans;
    const open = proposal && ['created', 'updated', 'unchanged'].includes(proposal.operation);
    if (plan && plan.actions.length > 0 && open)
        state.planned = plan.actions.length;
    // A job that proposes nothing (semver-audit) reports here; a proposal carries its own report.
    if (outcome.result?.summary && !outcome.changeSet)
        state.report = redact(outcome.result.summary);
    return state;
}


/***/ })

};
