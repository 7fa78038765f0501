export const id = 180;
export const ids = [180];
export const modules = {

/***/ 9180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adHocJob: () => (/* binding */ adHocJob),
  runJobs: () => (/* binding */ runJobs)
});

// UNUSED EXPORTS: proposalRequest

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/changeset.ts
var changeset = __webpack_require__(8835);
// EXTERNAL MODULE: ./src/core/diff.ts
var diff = __webpack_require__(6292);
// EXTERNAL MODULE: ./src/forge/engine.ts + 2 modules
var engine = __webpack_require__(9808);
// EXTERNAL MODULE: ./src/sources/stats.ts
var stats = __webpack_require__(4353);
// EXTERNAL MODULE: ./src/core/workspace.ts
var core_workspace = __webpack_require__(8742);
// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(299);
// EXTERNAL MODULE: ./src/commands/registry.ts
var registry = __webpack_require__(927);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/core/args.ts
var args = __webpack_require__(1038);
;// CONCATENATED MODULE: ./src/jobs/compute-job.ts
// Computes one job of poi-gitops.toml: its command's change set on an overlay
// of the repository, plus the exports regenerated from what it changed. The
// result is what the job proposes; nothing is written here. Whatever goes
// wrong stays in the job: an error becomes the job's outcome, never the run's.







async function computeJob(job, config, workspace, ctx) {
    const base = { job, findings: [], notes: [] };
    try {
        return await compute(job, config, workspace, ctx, base);
    }
    catch (e) {
        const findings = e.findings ?? [];
        const localState = e instanceof types/* CommandError */.Q ? e.localState : undefined;
        return { ...base, exitCode: (0,errors/* exitCodeOf */.FO)(e) ?? 2, error: (0,errors/* describeError */.Uc)(e), findings, ...(localState ? { localState } : {}) };
    }
}
async function compute(job, config, workspace, ctx, base) {
    const { name, rest } = (0,registry/* commandName */.p6)(job.argv);
    const command = await (0,registry/* loadCommand */.yV)(name);
    if (!command)
        return { ...base, exitCode: 2, error: `'${name}' is not available in this version of poi-gitops` };
    const result = await command.run({
        workspace, config, args: (0,args/* parseArgs */.Zy)(command.spec, rest), commandLine: `poi-gitops ${job.run}`,
        log: ctx.log, env: ctx.env, delivery: ctx.delivery, credentials: ctx.credentials
    });
    const outcome = { ...base, exitCode: result.exitCode, stdout: result.stdout, findings: result.findings, result, ...(result.localState ? { localState: result.localState } : {}) };
    const resultSet = result.changeSet ?? (result.plan && ctx.exports ? emptyChangeSet(`poi-gitops ${job.run}`) : undefined);
    if (!resultSet)
        return outcome;
    const cs = { ...resultSet, changes: await throughLinks(workspace, resultSet.changes) };
    outcome.changeSet = cs;
    // A proposal carries the job's plan as plans/<job>.json, with the plan's own tables in its body.
    if (result.plan && ctx.exports) {
        const finalize = await addPlan(cs, result.plan, result.summary, job, config, workspace);
        if (finalize)
            outcome.finalize = finalize;
    }
    const changed = (0,changeset/* changedFiles */.Y)(cs.changes);
    // The export modules load only for a repository that configures exports (README, "Performance").
    if (changed.length === 0 || !ctx.exports || (!config.exports.contentResolver && !config.exports.hsRelmon))
        return outcome;
    const { regenerateExports } = await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(604), __webpack_require__.e(626)]).then(__webpack_require__.bind(__webpack_require__, 9626));
    const overlay = new core_workspace/* OverlayWorkspace */.YX(workspace);
    for (const c of changed)
        overlay.set(c.path, c.after);
    const exports = await regenerateExports(config, overlay, changed.map((c) => c.path));
    const own = new Set(cs.changes.map((c) => c.path));
    cs.changes.push(...exports.changes.filter((c) => !own.has(c.path)));
    cs.records.push(...exports.records);
    outcome.notes.push(...exports.notes);
    return outcome;
}
function emptyChangeSet(command) {
    return { changes: [], records: [], findings: [], complete: true, provenance: { command, inputs: [], services: {}, requests: {} } };
}
/**
 * The plan file of a job. An empty plan changes nothing: the last plan stays in the repository as the
 * record of what was approved, and an open proposal whose plan became empty is closed as any empty change.
 * `computed_at` keeps the previous file's time while the actions are the same, so a rerun writes nothing.
 */
async function addPlan(cs, draft, summary, job, config, workspace) {
    if (draft.actions.length === 0)
        return undefined;
    const { finalizePlan, serializePlan } = await __webpack_require__.e(/* import() */ 750).then(__webpack_require__.bind(__webpack_require__, 7750));
    const path = `${config.plans.dir}/${job.name}.json`;
    const before = await (0,core_workspace/* readText */.yR)(workspace, path);
    const plan = finalizePlan(draft, { job: job.name, now: new Date(), previous: before });
    cs.changes.push({ path, before, after: serializePlan(plan) });
    if (before !== serializePlan(plan))
        for (const a of draft.actions)
            cs.records.push({ file: path, package: String(a.target), kind: 'planned', reason: a.why, source: a.service });
    if (summary)
        cs.sections = [...(cs.sections ?? []), summary];
    // The open proposal remembers when these actions were first planned: the same actions keep that time.
    const actions = (0,hash/* sha256 */.s)(serializePlan({ ...plan, computed_at: '' })).slice(0, 16);
    return (memo) => {
        const [hash, at] = (memo[path] ?? '').split(' ');
        const kept = hash === actions && at ? { ...plan, computed_at: at } : plan;
        return {
            changes: cs.changes.map((c) => (c.path === path ? { ...c, after: serializePlan(kept) } : c)),
            memo: { ...memo, [path]: `${actions} ${kept.computed_at}` }
        };
    };
}
/**
 * A change to a symbolic link inside the repository is a change to the file it points to: the
 * proposal commits the target and the link stays a link. Two spellings of one file are refused.
 */
async function throughLinks(workspace, changes) {
    const out = [];
    const seen = new Map();
    for (const change of changes) {
        const real = await workspace.realPath(change.path);
        const other = seen.get(real);
        if (other !== undefined && other !== change.path) {
            throw new types/* CommandError */.Q(`${change.path} and ${other} are the same file (${real}); change it through one path`, 1);
        }
        seen.set(real, change.path);
        out.push(real === change.path ? change : { ...change, path: real });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/jobs/run-jobs.ts
// The one delivery path, shared by the CLI and the action: each job is
// computed, then its change set is delivered the way the run asks — proposed
// (one pull/merge request per job), previewed as a proposal (--dry-run),
// printed as a diff, or written to the working tree. Jobs run in config
// order; a failing job is reported without stopping the others, and the exit
// code is the worst outcome.







function proposalRequest(job, config, outcome, options) {
    if (!outcome.changeSet)
        return undefined;
    const p = config.proposal;
    return {
        job: job.name,
        branch: p.branchPrefix + job.name,
        base: job.proposal.base ?? p.base ?? (options.base || undefined),
        title: job.proposal.title,
        changeSet: outcome.changeSet,
        labels: job.proposal.labels ?? p.labels,
        reviewers: job.proposal.reviewers ?? p.reviewers,
        ...teamReviewers(job, config),
        draft: job.proposal.draft ?? p.draft,
        policy: {
            update: job.proposal.update ?? p.update,
            review: job.proposal.review ?? p.review,
            // [proposal] automerge is no default for a job that plans writes: merging its proposal is a person's approval.
            automerge: job.proposal.automerge ?? (plansWrites(job) ? false : p.automerge),
            ...minInterval(job, config),
            ...(p.maxOpen !== undefined ? { maxOpen: { limit: p.maxOpen, branchPrefix: p.branchPrefix } } : {})
        },
        dryRun: options.delivery !== 'propose',
        ...(options.regenerate?.has(job.name) ? { regenerate: true } : {}),
        ...(outcome.finalize ? { finalize: outcome.finalize } : {}),
        reservedBranches: reservedBranches(config, options.base),
        branchOrigin: job.line > 0 ? `the name of job "${job.name}" (${config.path}, line ${job.line}) or [proposal] branch-prefix` : `--job (or the command name) or [proposal] branch-prefix`
    };
}
/** The job's team reviewers (its own, else [proposal]'s), and where they are written. */
function teamReviewers(job, config) {
    const own = job.proposal.teamReviewers !== undefined;
    const teams = own ? job.proposal.teamReviewers : config.proposal.teamReviewers;
    const at = own ? job.proposal.teamReviewersAt : config.proposal.teamReviewersAt;
    if (!teams || teams.length === 0)
        return {};
    return { teamReviewers: teams, ...(at ? { teamReviewersOrigin: `${config.path}:${at.line}:${at.column}` } : {}) };
}
function minInterval(job, config) {
    const ms = job.proposal.minIntervalMs ?? config.proposal.minIntervalMs;
    return ms === undefined ? {} : { minIntervalMs: ms };
}
function plansWrites(job) {
    return (0,registry/* commandEntry */.Wv)((0,registry/* commandName */.p6)(job.argv).name)?.effect === 'plan';
}
/** Every base any job proposes into: no proposal branch may be one of them. */
function reservedBranches(config, inputBase) {
    const bases = new Set();
    for (const b of [config.proposal.base, inputBase || undefined, ...config.jobs.map((j) => j.proposal.base)])
        if (b)
            bases.add(b);
    return [...bases];
}
async function runJobs(jobs, config, workspace, options) {
    const reports = [];
    for (const job of jobs) {
        options.onJob?.(job);
        const report = await runJob(job, config, workspace, options);
        options.onJobDone?.(report);
        reports.push(report);
    }
    return { jobs: reports, exitCode: (0,errors/* worstExitCode */.L1)(reports.map((r) => r.exitCode)), requests: runRequests(reports, options.forge) };
}
function runRequests(reports, forge) {
    const sources = reports.map((r) => r.outcome.changeSet?.provenance.requests ?? {});
    if (forge?.stats)
        sources.push((0,stats/* requestCounts */.q3)([forge.stats()]));
    const out = {};
    for (const counts of sources)
        for (const [host, n] of Object.entries(counts))
            out[host] = (out[host] ?? 0) + n;
    return out;
}
async function runJob(job, config, workspace, options) {
    const exports = options.delivery === 'propose' || options.delivery === 'dry-run';
    const outcome = await computeJob(job, config, workspace, { env: options.env, credentials: options.credentials, delivery: options.delivery, log: options.log, exports });
    const report = { outcome, exitCode: outcome.exitCode };
    for (const note of outcome.notes)
        options.log(`note: ${note}`);
    try {
        // Local state (a resume point) belongs to the working tree of a terminal, whatever became of the job.
        if (outcome.localState && options.writer && (options.delivery === 'preview' || options.delivery === 'write')) {
            for (const path of await options.writer.keep(outcome.localState))
                options.log(`kept ${path}`);
        }
        await deliver(job, config, report, options);
    }
    catch (e) {
        // Delivery failures (a conflict on --write, a forge that broke mid-way) stay in this job.
        report.exitCode = (0,errors/* worstExitCode */.L1)([report.exitCode, (0,errors/* exitCodeOf */.FO)(e) ?? 2]);
        outcome.error = (0,errors/* describeError */.Uc)(e);
    }
    return report;
}
async function deliver(job, config, report, options) {
    const { outcome } = report;
    const changes = (0,changeset/* changedFiles */.Y)(outcome.changeSet?.changes ?? []);
    switch (options.delivery) {
        case 'preview':
            report.diff = (0,diff/* unifiedDiffs */.dX)(changes);
            return;
        case 'write':
            if (!options.writer)
                throw new Error('--write needs a working tree');
            // A partial result (a failed listing) is never written: it could remove what it did not see.
            if (outcome.changeSet && !outcome.changeSet.complete && outcome.changeSet.records.some((r) => r.kind === 'removed'))
                return;
            report.written = changes.length > 0 ? await options.writer.write(changes) : [];
            return;
        case 'propose':
        case 'dry-run':
            return deliverProposal(job, config, report, options);
    }
}
async function deliverProposal(job, config, report, options) {
    const { outcome } = report;
    const request = proposalRequest(job, config, outcome, options);
    const forge = options.delivery === 'propose' ? options.forge : null;
    // A job that failed before computing anything leaves its proposal untouched;
    // when a remote service failed, the proposal says so in one comment.
    if (!request) {
        if (outcome.exitCode === 3 && forge) {
            try {
                const n = await (0,engine/* noteRefreshFailure */.Oh)(forge, config.proposal.branchPrefix + job.name, outcome.error ?? 'a remote service failed', { redact: options.redact });
                if (n !== null)
                    options.log(`${job.name}: left the open proposal as it was and commented that the refresh failed`);
            }
            catch (e) {
                options.log(`warning: ${job.name}: could not comment on the proposal: ${(0,errors/* describeError */.Uc)(e)}`);
            }
        }
        return;
    }
    options.log(`${job.name}: ${(0,changeset/* changedFiles */.Y)(request.changeSet.changes).length} file(s) changed`);
    const proposal = await (0,engine/* propose */.BM)(forge, request, { redact: options.redact });
    report.proposal = proposal;
    if (proposal.operation === 'failed')
        report.exitCode = (0,errors/* worstExitCode */.L1)([report.exitCode, proposal.exitCode ?? 3]);
    if (proposal.message)
        options.log(`${job.name}: ${proposal.operation}: ${proposal.message}`);
    else
        options.log(`${job.name}: ${proposal.operation}${proposal.url ? ` ${proposal.url}` : ''}`);
}
/** A single command run outside `run` is a job named after the command (or --job), so a repeated dispatch updates the same proposal. */
function adHocJob(argv, jobName) {
    const name = jobName ?? (argv[0] === 'export' && argv[1] ? `export-${argv[1]}` : argv[0] ?? '');
    return { name, run: argv.join(' '), argv: [...argv], line: 0, proposal: {} };
}


/***/ }),

/***/ 4353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ emptyStats),
/* harmony export */   q3: () => (/* binding */ requestCounts)
/* harmony export */ });
/* unused harmony exports mergeStats, formatStats */
// Per-host request counters of the HTTP layer, and their roll-up for the job
// summary and Provenance.requests.
function emptyStats() {
    return { requests: 0, retries: 0, failures: 0, bytes: 0, bytesSent: 0, timeMs: 0, waitMs: 0 };
}
/** Sums the counters of several clients (or stats snapshots) by host. */
function mergeStats(sources) {
    const merged = new Map();
    for (const source of sources) {
        const stats = hasStats(source) ? source.stats() : source;
        for (const [host, s] of Object.entries(stats)) {
            const into = merged.get(host) ?? emptyStats();
            into.requests += s.requests;
            into.retries += s.retries;
            into.failures += s.failures;
            into.bytes += s.bytes;
            into.bytesSent += s.bytesSent;
            into.timeMs += s.timeMs;
            into.waitMs += s.waitMs;
            merged.set(host, into);
        }
    }
    const out = {};
    for (const host of [...merged.keys()].sort())
        out[host] = merged.get(host);
    return out;
}
/** Host → request count, the shape of `Provenance.requests`. */
function requestCounts(sources) {
    const out = {};
    for (const [host, s] of Object.entries(mergeStats(sources)))
        out[host] = s.requests;
    return out;
}
/** One line per host for a job summary, e.g. `cbs.centos.org: 3 requests (1 retry, 0 failed), 12.0 KiB, 0.8 s`. */
function formatStats(stats) {
    return Object.entries(stats).map(([host, s]) => {
        const kib = (s.bytes / 1024).toFixed(1);
        const requests = `${s.requests} request${s.requests === 1 ? '' : 's'}`;
        const retries = `${s.retries} ${s.retries === 1 ? 'retry' : 'retries'}`;
        return `${host}: ${requests} (${retries}, ${s.failures} failed), ${kib} KiB, ${(s.timeMs / 1000).toFixed(1)} s`;
    });
}
function hasStats(source) {
    return typeof source.stats === 'function';
}


/***/ })

};
