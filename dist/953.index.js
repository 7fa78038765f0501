export const id = 953;
export const ids = [953];
export const modules = {

/***/ 79953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyNow: () => (/* binding */ applyNow),
  runApply: () => (/* binding */ runApply)
});

// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(72633);
// EXTERNAL MODULE: ./src/core/workspace.ts + 1 modules
var core_workspace = __webpack_require__(5467);
// EXTERNAL MODULE: ./src/core/args.ts
var args = __webpack_require__(71038);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
// EXTERNAL MODULE: ./src/sources/http.ts + 7 modules
var http = __webpack_require__(14066);
// EXTERNAL MODULE: ./src/sources/bugzilla.ts
var bugzilla = __webpack_require__(48882);
// EXTERNAL MODULE: ./src/plans/model.ts
var model = __webpack_require__(86769);
;// CONCATENATED MODULE: ./src/plans/apply.ts
// Performing a merged plan, once (README, "Plans"): for each action in plan
// order, re-read the target just before writing; write only while it still
// shows what was planned against (`expect`); count a target that already
// shows `set` as done; never repeat a write blindly — after a failure whose
// outcome is unknown (timeout, reset, 5xx) re-read and decide; stop at a cap
// of writes and after K failures in a row. The services are reached through
// small writer interfaces, so the rules are tested against fakes.



const DEFAULT_MAX_WRITES = 100;
/** Whether the plan's command ran with --close-stale (the job's approval of ASK-CLOSE closures). */
function closeStaleRequested(plan) {
    return plan.command.split(/\s+/).includes('--close-stale');
}
const DEFAULT_MAX_CONSECUTIVE_FAILURES = 3;
/** True when every key of `want` has the same value in `state` (emails compared without case). */
function fieldsMatch(state, want) {
    return Object.entries(want).every(([k, v]) => sameValue(k, state[k], v));
}
function sameValue(field, a, b) {
    if (field === 'assigned_to' && typeof a === 'string' && typeof b === 'string')
        return a.toLowerCase() === b.toLowerCase();
    return a === b;
}
/** What in `state` differs from `want`, e.g. `status NEW → ASSIGNED`. */
function differences(state, want) {
    return Object.entries(want)
        .filter(([k, v]) => !sameValue(k, state[k], v))
        .map(([k, v]) => `${k} ${show(v)} → ${show(state[k])}`)
        .join(', ');
}
function show(v) {
    return v === undefined ? '(absent)' : v === '' ? '""' : String(v);
}
/** The state a target shows once the action is done. */
function doneState(a) {
    // take-orphan writes the point of contact, which dist-git shows as the owner.
    if (a.kind === 'take-orphan')
        return { owner: a.set['point_of_contact'] ?? null };
    return a.set;
}
/** A failure after which the write may or may not have landed. */
function ambiguous(e) {
    if (!(e instanceof http/* RemoteError */.Hi))
        return true;
    if (e.kind === 'timeout' || e.kind === 'transport' || e.kind === 'body')
        return true;
    return e.status !== undefined && e.status >= 500;
}
function message(e) {
    return e instanceof Error ? e.message : String(e);
}
/**
 * Performs `plan` with `writers`. Every action gets exactly one outcome, in
 * plan order. Nothing is retried within a run: a failed action stays for the
 * next apply, which re-reads it like every other.
 */
async function applyPlan(plan, writers, options = {}) {
    const maxWrites = options.maxWrites ?? DEFAULT_MAX_WRITES;
    const maxFailures = options.maxConsecutiveFailures ?? DEFAULT_MAX_CONSECUTIVE_FAILURES;
    const dryRun = options.dryRun ?? false;
    const log = options.log ?? (() => undefined);
    const report = { job: plan.job, outcomes: [], writes: 0, dryRun };
    let consecutive = 0;
    let tokenUser;
    const record = (a, outcome, detail) => {
        report.outcomes.push({ id: a.id, service: a.service, target: a.target, kind: a.kind, outcome, detail });
        log(`${a.id}: ${outcome}${detail ? ` — ${detail}` : ''}`);
        if (outcome === 'failed') {
            consecutive++;
            if (consecutive >= maxFailures && report.stopped === undefined)
                report.stopped = `${consecutive} failures in a row: stopped so a failing service is not hammered`;
        }
        else if (outcome === 'applied' || outcome === 'confirmed' || outcome === 'already-done' || outcome === 'changed') {
            consecutive = 0;
        }
    };
    for (const a of plan.actions) {
        if (report.stopped !== undefined) {
            record(a, 'not-attempted', report.stopped);
            continue;
        }
        if (a.kind === 'ask-close' && !options.allowAskClose) {
            record(a, 'not-allowed', 'addressed only in some releases: closed only when the job runs with --close-stale (or change this action\'s kind to errata in the plan)');
            continue;
        }
        const assignee = a.set['assigned_to'];
        if (assignee !== undefined && (typeof assignee !== 'string' || !(0,model/* isEmailAddress */.Z6)(assignee))) {
            record(a, 'failed', 'a claim needs a person\'s email address as assigned_to; nothing was written');
            continue;
        }
        const target = targetOf(a, writers);
        if (typeof target === 'string') {
            record(a, 'failed', target);
            continue;
        }
        if (a.kind === 'take-orphan') {
            try {
                tokenUser ??= target.whoami();
                const user = await tokenUser;
                if (user !== a.set['point_of_contact']) {
                    record(a, 'failed', `the dist-git token belongs to ${user}, but the plan adopts the package as ${show(a.set['point_of_contact'])}`);
                    continue;
                }
            }
            catch (e) {
                tokenUser = undefined;
                record(a, 'failed', `could not check the dist-git token: ${message(e)}`);
                continue;
            }
        }
        let state;
        try {
            state = await target.read();
        }
        catch (e) {
            record(a, 'failed', `could not re-read the target before writing: ${message(e)}`);
            // A refused key fails every action alike: stop at once.
            if (e instanceof bugzilla/* BugzillaAuthError */.DV)
                report.stopped ??= message(e);
            continue;
        }
        if (state === undefined) {
            record(a, 'changed', a.service === 'bugzilla' ? 'the bug no longer exists or is not visible' : 'the dist-git project no longer exists');
            continue;
        }
        if (fieldsMatch(state, doneState(a))) {
            record(a, 'already-done', 'the target already shows the planned change');
            continue;
        }
        if (!fieldsMatch(state, a.expect)) {
            record(a, 'changed', `changed since planning: ${differences(state, a.expect)}`);
            continue;
        }
        if (dryRun) {
            record(a, 'would-apply', '');
            continue;
        }
        if (report.writes >= maxWrites) {
            report.stopped = `the cap of ${maxWrites} writes per run was reached; run apply again for the rest`;
            record(a, 'not-attempted', report.stopped);
            continue;
        }
        report.writes++;
        try {
            await target.write();
            record(a, 'applied', '');
        }
        catch (e) {
            if (!ambiguous(e)) {
                record(a, 'failed', `the service refused the write: ${message(e)}`);
                continue;
            }
            // The write may have landed: look before deciding, never send it again.
            let after;
            try {
                after = await target.read();
            }
            catch (readError) {
                record(a, 'failed', `the write's outcome is unknown (${message(e)}) and the re-read failed too (${message(readError)}); not retried — check the target before applying again`);
                continue;
            }
            if (after !== undefined && fieldsMatch(after, doneState(a)))
                record(a, 'confirmed', `the answer was lost (${message(e)}); a re-read shows the change`);
            else
                record(a, 'failed', `the write failed (${message(e)}) and a re-read shows it did not land; not retried`);
        }
    }
    return report;
}
function targetOf(a, w) {
    if (a.service === 'bugzilla') {
        const bz = w.bugzilla;
        if (!bz)
            return 'no Bugzilla API key was given, so nothing can be written to Bugzilla';
        const id = a.target;
        return { read: () => bz.read(id), write: () => bz.write(id, a.set, a.comment) };
    }
    const dg = w.distgit;
    if (!dg)
        return 'no dist-git token was given, so no package can be taken';
    const pkg = a.target;
    return { read: () => dg.read(pkg), write: () => dg.takeOrphan(pkg), whoami: () => dg.whoami() };
}
/** Exit code of an apply run: 0 when nothing failed or was cut short, 3 when a write or read failed, 1 for a stop at the write cap. */
function applyExitCode(report) {
    if (report.outcomes.some((o) => o.outcome === 'failed'))
        return 3;
    if (report.stopped !== undefined)
        return 1;
    return 0;
}

// EXTERNAL MODULE: ./src/plans/markdown.ts
var markdown = __webpack_require__(54583);
// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(77934);
// EXTERNAL MODULE: ./src/core/json-locate.ts
var json_locate = __webpack_require__(10800);
// EXTERNAL MODULE: ./src/sources/names.ts
var names = __webpack_require__(71986);
// EXTERNAL MODULE: ./src/inventory/model.ts
var inventory_model = __webpack_require__(97129);
;// CONCATENATED MODULE: ./src/plans/parse.ts
// Reading a plan file back (the merged one `apply` performs, or one a person
// edited in the proposal): the version 1 shape, then what each kind may
// write, so a hand-edited plan can neither write a field the bot never writes
// nor claim a bug for an empty or non-email assignee. Every problem is a
// located finding (file, line, column of the offending member).





/** A plan file that cannot be used (exit 1); carries located findings. */
class PlanError extends Error {
    findings;
    name = 'PlanError';
    exitCode = 1;
    constructor(findings) {
        super(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'));
        this.findings = findings;
    }
}
/** Bigger than any real plan; a guard against feeding the parser a huge file. */
const MAX_PLAN_BYTES = 8 * 1024 * 1024;
const MAX_ACTIONS = 20_000;
/** Bugzilla refuses longer comments. */
const MAX_COMMENT = 65_535;
const fieldValue = dist/* union */.KCZ([dist/* string */.YjP(), dist/* number */.aig(), dist/* boolean */.zMY(), dist/* null */.chJ()]);
const fields = dist/* record */.g1P(dist/* string */.YjP(), fieldValue);
const ActionSchema = dist/* strictObject */.rej({
    id: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* minLength */.BpQ(1)),
    service: dist/* picklist */.KIO(['bugzilla', 'distgit']),
    target: dist/* union */.KCZ([dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf(), dist/* minValue */.Wwf(1), dist/* maxValue */.cGV(Number.MAX_SAFE_INTEGER)), dist/* pipe */.FsL(dist/* string */.YjP(), dist/* minLength */.BpQ(1))]),
    kind: dist/* picklist */.KIO(model/* ACTION_KINDS */.jq),
    expect: fields,
    set: fields,
    comment: dist/* nullable */.mee(dist/* pipe */.FsL(dist/* string */.YjP(), dist/* maxLength */.Ru6(MAX_COMMENT))),
    why: dist/* string */.YjP(),
});
const PlanSchema = dist/* strictObject */.rej({
    version: dist/* literal */.euz(model/* PLAN_VERSION */.Ze),
    job: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* minLength */.BpQ(1)),
    command: dist/* string */.YjP(),
    computed_at: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* isoTimestamp */.yhX()),
    actions: dist/* pipe */.FsL(dist/* array */.YOg(ActionSchema), dist/* maxLength */.Ru6(MAX_ACTIONS)),
    skipped: dist/* array */.YOg(dist/* strictObject */.rej({ target: dist/* union */.KCZ([dist/* number */.aig(), dist/* string */.YjP()]), why: dist/* string */.YjP() })),
});
const isString = (x) => (typeof x === 'string' ? undefined : 'must be a string');
const exactly = (want) => (x) => (x === want ? undefined : `must be ${JSON.stringify(want)}`);
const priority = (x) => (typeof x === 'string' && inventory_model/* PRIORITIES */.BE.includes(x) ? undefined : `must be one of ${inventory_model/* PRIORITIES */.BE.join(', ')}`);
const email = (x) => (typeof x === 'string' && (0,model/* isEmailAddress */.Z6)(x) ? undefined : 'must be a person\'s email address (claims are never made for an empty or made-up assignee)');
const userName = (x) => (typeof x === 'string' && (0,names/* nameProblem */.rH)(x) === undefined ? undefined : 'must be a dist-git user name');
/** What each kind may write: required fields, then optional ones. */
const SET_RULES = {
    priority: { required: { priority }, optional: {} },
    errata: { required: { status: exactly('CLOSED'), resolution: exactly('ERRATA'), cf_fixed_in: isString }, optional: { assigned_to: email } },
    'ask-close': { required: { status: exactly('CLOSED'), resolution: exactly('ERRATA'), cf_fixed_in: isString }, optional: { assigned_to: email } },
    modified: { required: { status: exactly('MODIFIED'), cf_fixed_in: isString }, optional: { priority } },
    cantfix: { required: { status: exactly('CLOSED'), resolution: exactly('CANTFIX') }, optional: { assigned_to: email } },
    claim: { required: { assigned_to: email }, optional: {} },
    'take-orphan': { required: { point_of_contact: userName }, optional: {} },
};
const BUGZILLA_EXPECT = new Set(['status', 'resolution', 'priority', 'cf_fixed_in', 'assigned_to']);
const DISTGIT_EXPECT = new Set(['owner']);
/**
 * Parses and checks a plan file. Throws PlanError with every problem found
 * (up to a limit), each located in `text`.
 */
function parsePlan(file, text) {
    const fail = (path, message) => ({ file, ...(0,json_locate/* jsonPathPosition */.F)(text, path), severity: 'error', rule: 'plan', message });
    if (text.length > MAX_PLAN_BYTES)
        throw new PlanError([{ file, line: 1, column: 1, severity: 'error', rule: 'plan', message: `the plan is larger than ${MAX_PLAN_BYTES} bytes` }]);
    let data;
    try {
        data = JSON.parse(text.replace(/^\ufeff/, ''));
    }
    catch {
        throw new PlanError([{ file, ...(0,json_locate/* jsonErrorPosition */.O)(text), severity: 'error', rule: 'plan', message: 'not valid JSON: the text stops making sense here' }]);
    }
    const parsed = dist/* safeParse */.xLC(PlanSchema, data);
    if (!parsed.success) {
        throw new PlanError(parsed.issues.slice(0, 20).map((issue) => {
            const path = (issue.path ?? []).map((p) => p.key);
            const where = path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') : 'the plan';
            const what = issue.received === 'undefined' ? 'is missing' : issue.expected === 'never' ? 'is not a known field' : `expected ${issue.expected ?? 'a valid value'}, got ${issue.received}`;
            return fail(path, `${where} ${what}`);
        }));
    }
    const plan = parsed.output;
    const findings = [];
    const ids = new Map();
    plan.actions.forEach((a, i) => {
        for (const m of checkAction(a))
            findings.push(fail(['actions', i, ...m.path], `actions[${i}] (${a.id}): ${m.message}`));
        const seen = ids.get(a.id);
        if (seen !== undefined)
            findings.push(fail(['actions', i, 'id'], `actions[${i}]: the id ${a.id} is also the id of actions[${seen}]`));
        else
            ids.set(a.id, i);
    });
    if (findings.length > 0)
        throw new PlanError(findings.slice(0, 50));
    return plan;
}
function checkAction(a) {
    const out = [];
    const bugzilla = a.service === 'bugzilla';
    if ((a.kind === 'take-orphan') === bugzilla)
        out.push({ path: ['kind'], message: `a ${a.kind} action belongs to ${bugzilla ? 'distgit' : 'bugzilla'}, not ${a.service}` });
    if (bugzilla && typeof a.target !== 'number')
        out.push({ path: ['target'], message: 'a bugzilla target is a bug id (a number)' });
    if (!bugzilla && (typeof a.target !== 'string' || (0,names/* nameProblem */.rH)(a.target) !== undefined))
        out.push({ path: ['target'], message: 'a distgit target is a package name' });
    if (!a.id.startsWith(`${a.service}:${a.target}:`))
        out.push({ path: ['id'], message: `the id must start with ${a.service}:${a.target}:` });
    if (!bugzilla && a.comment !== null)
        out.push({ path: ['comment'], message: 'take-orphan posts no comment' });
    const rules = SET_RULES[a.kind];
    for (const [name, rule] of Object.entries(rules.required)) {
        if (!(name in a.set))
            out.push({ path: ['set'], message: `set.${name} is missing` });
        else {
            const problem = rule(a.set[name]);
            if (problem)
                out.push({ path: ['set', name], message: `set.${name} ${problem}` });
        }
    }
    for (const [name, value] of Object.entries(a.set)) {
        if (name in rules.required)
            continue;
        const rule = rules.optional[name];
        if (!rule)
            out.push({ path: ['set', name], message: `a ${a.kind} action may not write ${name}` });
        else {
            const problem = rule(value);
            if (problem)
                out.push({ path: ['set', name], message: `set.${name} ${problem}` });
        }
    }
    const allowed = bugzilla ? BUGZILLA_EXPECT : DISTGIT_EXPECT;
    for (const [name, value] of Object.entries(a.expect)) {
        if (!allowed.has(name))
            out.push({ path: ['expect', name], message: `expect.${name} is not a field apply can read back` });
        else if (typeof value !== 'string')
            out.push({ path: ['expect', name], message: `expect.${name} must be a string` });
    }
    if (Object.keys(a.expect).length === 0)
        out.push({ path: ['expect'], message: 'expect is empty: apply could not tell whether the target changed since planning' });
    return out;
}

;// CONCATENATED MODULE: ./src/plans/writers.ts
// The apply step's writers over the real clients: Bugzilla (key checked once
// with valid_login before anything is read for writing) and dist-git
// (take_orphan with the token).
/** The fields apply compares, as read from a bug. */
function bugFields(b) {
    return { status: b.status, resolution: b.resolution, priority: b.priority, cf_fixed_in: b.cf_fixed_in, assigned_to: b.assigned_to };
}
/**
 * A BugzillaWriter. `login` is the account the key belongs to: the key is
 * checked once (valid_login) before the first read, so a wrong key fails the
 * run before anything is written.
 */
function bugzillaWriter(client, login) {
    return {
        async read(id) {
            await client.checkKey(login);
            const bug = await client.bug(id);
            return bug && bugFields(bug);
        },
        async write(id, set, comment) {
            await client.checkKey(login);
            const body = {};
            for (const [k, v] of Object.entries(set)) {
                if (typeof v !== 'string')
                    throw new Error(`bug ${id}: ${k} must be a string`);
                if (k === 'status' || k === 'resolution' || k === 'priority' || k === 'cf_fixed_in' || k === 'assigned_to')
                    body[k] = v;
                else
                    throw new Error(`bug ${id}: the field ${k} is not written by poi-gitops`);
            }
            if (comment !== null)
                body.comment = { body: comment };
            await client.update(id, body);
        },
    };
}
/** A DistGitWriter over a dist-git client made with the token. */
function distgitWriter(dg) {
    return {
        async read(pkg) {
            const owners = await dg.owners(pkg);
            return owners && { owner: owners[0] ?? '' };
        },
        whoami: () => dg.whoami(),
        async takeOrphan(pkg) {
            await dg.takeOrphan(pkg);
        },
    };
}

// EXTERNAL MODULE: ./src/sources/pagure.ts
var pagure = __webpack_require__(86614);
// EXTERNAL MODULE: ./src/sources/services.ts
var services = __webpack_require__(5248);
;// CONCATENATED MODULE: ./src/app/apply.ts
// `apply [PLAN...]`: performs merged plans, once (README, "Plans"). It is the
// one step of poi-gitops that writes to services other than the forge, and it
// only ever writes what a plan file in the repository says: each target is
// read again just before its write (src/plans/apply.ts). The outcome of every
// action goes to the log, the job summary and one comment on the proposal the
// plan was merged from.













/** The comment that carries one apply's outcomes, found again by this marker (one per plan version). */
const applyMarker = (plan) => `<!-- poi-gitops:apply:${plan.job}:${plan.computed_at} -->`;
async function runApply(session, config, workspace, options) {
    const paths = options.paths.length > 0 ? [...options.paths] : await workspace.glob([`${config.plans.dir}/*.json`]);
    const results = [];
    for (const path of paths)
        results.push(await applyOne(path, session, config, workspace, options));
    return { plans: results, exitCode: (0,errors.worstExitCode)(results.map((r) => r.exitCode)) };
}
async function applyOne(path, session, config, workspace, options) {
    let plan;
    try {
        const text = await (0,core_workspace/* readText */.yR)(workspace, path);
        if (text === null)
            throw new types/* CommandError */.Q(`${path}: no such plan file`, 1);
        plan = parsePlan(path, text);
    }
    catch (e) {
        return { path, findings: e.findings ?? [], error: (0,errors.describeError)(e), exitCode: (0,errors.exitCodeOf)(e) ?? 2 };
    }
    return applyNow(path, plan, session, config, options);
}
/** Applies one plan (from a file, or just computed on a terminal with --apply). */
async function applyNow(path, plan, session, config, options) {
    const out = { path, plan, findings: [], exitCode: 0 };
    const closers = [];
    try {
        const urls = serviceUrlsOf(config, session);
        const writers = makeWriters(plan, session, urls, options, closers);
        options.log(`${path}: ${plan.actions.length} action(s) of job ${plan.job}${options.dryRun ? ' (dry run: nothing is written)' : ''}`);
        const report = await applyPlan(plan, writers, {
            allowAskClose: closeStaleRequested(plan),
            maxWrites: config.plans.maxWrites,
            maxConsecutiveFailures: config.plans.maxFailures,
            dryRun: options.dryRun,
            log: options.log
        });
        // Links in every rendering of the outcomes (comment, summary, dashboard) go to the services written to.
        out.report = { ...report, links: (0,markdown.linkBases)(urls) };
        out.exitCode = applyExitCode(report);
        for (const line of (0,markdown.renderOutcomesText)(out.report).split('\n').filter(Boolean))
            options.log(`  ${line}`);
        if (options.forge && !options.dryRun)
            out.proposal = await postOutcomes(options.forge, config, plan, out.report, session, options.log);
    }
    catch (e) {
        out.error = (0,errors.describeError)(e);
        out.findings = e.findings ?? [];
        out.exitCode = (0,errors.exitCodeOf)(e) ?? 2;
    }
    finally {
        for (const close of closers)
            await close();
    }
    return out;
}
/** A writer per service the plan touches, each with its own credential, sent only to its own service. */
function serviceUrlsOf(config, session) {
    try {
        return (0,services/* resolveServices */.bs)(config.services, session.env);
    }
    catch (e) {
        if (e instanceof services/* ServiceConfigError */.my)
            throw new types/* CommandError */.Q(e.message, 2);
        throw e;
    }
}
function makeWriters(plan, session, urls, options, closers) {
    const onEvent = (e) => {
        if (e.type === 'retry')
            options.log(`  ${(0,http/* retryLine */.Rn)(e)}`);
    };
    const writers = {};
    if (plan.actions.some((a) => a.service === 'bugzilla')) {
        const key = session.credentials.bugzilla;
        // The runner names the input INPUT_BUGZILLA-EMAIL (hyphen kept); inputOrEnv spells it so.
        const login = (0,credentials/* inputOrEnv */.hG)(session.env, 'bugzilla-email', 'BUGZILLA_EMAIL') ?? '';
        if (!key && !options.dryRun)
            throw new args/* UsageError */.eb(`${plan.job}: applying Bugzilla actions needs the Bugzilla API key (the bugzilla-api-key input or BUGZILLA_API_KEY)`);
        if (key && login === '' && !options.dryRun)
            throw new args/* UsageError */.eb(`${plan.job}: applying Bugzilla actions needs the email of the key's account (the bugzilla-email input or BUGZILLA_EMAIL), to check the key before any write`);
        const client = new bugzilla/* BugzillaClient */.sn({ baseUrl: urls.bugzilla, onEvent, ...(key && !options.dryRun ? { apiKey: key } : {}) });
        closers.push(() => client.close());
        // A dry run reads anonymously and writes nothing, so it needs no key.
        writers.bugzilla = options.dryRun
            ? { read: async (id) => { const bug = await client.bug(id); return bug && bugFields(bug); }, write: async () => { throw new Error('a dry run writes nothing'); } }
            : bugzillaWriter(client, login);
    }
    if (plan.actions.some((a) => a.service === 'distgit')) {
        const token = session.credentials.distgit;
        if (!token && !options.dryRun)
            throw new args/* UsageError */.eb(`${plan.job}: applying dist-git actions needs the dist-git token (the distgit-token input or DISTGIT_TOKEN)`);
        const dg = new pagure/* PagureDistGit */.$P({ baseUrl: urls.distgit, onEvent, ...(token ? { headers: { authorization: `token ${token}` } } : {}) });
        closers.push(() => dg.close());
        writers.distgit = distgitWriter(dg);
    }
    return writers;
}
/** One comment per applied plan version on the proposal it was merged from, edited in place if applied again. */
async function postOutcomes(forge, config, plan, report, session, log) {
    const { upsertComment } = await __webpack_require__.e(/* import() */ 921).then(__webpack_require__.bind(__webpack_require__, 37921));
    const { guardForge } = await __webpack_require__.e(/* import() */ 918).then(__webpack_require__.bind(__webpack_require__, 61918));
    try {
        const proposal = await forge.findProposal(config.proposal.branchPrefix + plan.job);
        if (!proposal)
            return undefined;
        const marker = applyMarker(plan);
        await upsertComment(guardForge(forge, session.egress.redact, new Set()), proposal.number, marker, `${marker}\n${(0,markdown.renderOutcomesMarkdown)(report)}`);
        return { number: proposal.number, url: proposal.url };
    }
    catch (e) {
        log(`warning: could not post the outcomes on the proposal of job ${plan.job}: ${(0,errors.describeError)(e)}`);
        return undefined;
    }
}


/***/ }),

/***/ 10800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ jsonPathPosition),
/* harmony export */   O: () => (/* binding */ jsonErrorPosition)
/* harmony export */ });
// Positions in a JSON text, for errors with a line and column: where the text
// stops being valid (Node 20's JSON.parse messages often carry no position),
// and where the value a schema error names sits (`actions[3].set.status`, or
// its deepest existing ancestor when the rest is missing). One strict
// recursive-descent scan serves both.
/** Where the scan stopped; thrown to unwind the recursion at once. */
class JsonStop extends Error {
    offset;
    constructor(offset) {
        super(`invalid JSON at offset ${offset}`);
        this.offset = offset;
    }
}
function scan(text, path) {
    let i = 0;
    let best = 0;
    const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i]))
        i++; };
    const fail = () => { throw new JsonStop(i); };
    const literal = (word) => { if (text.startsWith(word, i))
        i += word.length;
    else
        fail(); };
    const string = () => {
        if (text[i] !== '"')
            fail();
        const start = i++;
        let escaped = false;
        while (i < text.length && text[i] !== '"') {
            if (text.charCodeAt(i) < 0x20)
                fail();
            if (text[i] === '\\') {
                escaped = true;
                i += 2;
            }
            else
                i++;
        }
        if (i >= text.length)
            fail();
        i++;
        if (!escaped)
            return text.slice(start + 1, i - 1);
        try {
            return JSON.parse(text.slice(start, i));
        }
        catch {
            return fail();
        }
    };
    /** `onPath`: this value is the one path[0..depth) leads to. */
    const value = (depth, onPath) => {
        if (depth > 10000)
            fail();
        ws();
        const c = text[i];
        const want = onPath && depth < path.length ? path[depth] : undefined;
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                const keyAt = i;
                const hit = string() === want;
                if (hit)
                    best = keyAt;
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value(depth + 1, hit);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (let index = 0;; index++) {
                ws();
                const hit = index === want;
                if (hit)
                    best = i;
                value(depth + 1, hit);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '"')
            string();
        else if (c === 't')
            literal('true');
        else if (c === 'f')
            literal('false');
        else if (c === 'n')
            literal('null');
        else {
            const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
            if (!m || m[0] === '' || m[0] === '-')
                fail();
            i += m[0].length;
        }
    };
    try {
        value(0, true);
        ws();
        if (i < text.length)
            fail();
        return { errorOffset: -1, pathOffset: best };
    }
    catch (e) {
        // Deeply nested input overflows the stack: that position is unknown, so the start is shown.
        return { errorOffset: e instanceof JsonStop ? Math.min(e.offset, text.length) : 0, pathOffset: best };
    }
}
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
/** The line and column where the text stops being valid JSON (the start when it is valid). */
function jsonErrorPosition(text) {
    return positionOf(text, Math.max(0, scan(text, []).errorOffset));
}
/** The line and column of the member or element at `path` (or of its deepest existing ancestor). */
function jsonPathPosition(text, path) {
    return positionOf(text, scan(text, path).pathOffset);
}


/***/ }),

/***/ 97129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ clonePackage),
/* harmony export */   B4: () => (/* binding */ PACKAGE_FIELDS),
/* harmony export */   BE: () => (/* binding */ PRIORITIES),
/* harmony export */   CV: () => (/* binding */ findPackage),
/* harmony export */   Fr: () => (/* binding */ workloadMembers),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   NB: () => (/* binding */ emptyWorkload),
/* harmony export */   T4: () => (/* binding */ isRetiredOn),
/* harmony export */   Tb: () => (/* binding */ isUnshipped),
/* harmony export */   Z$: () => (/* binding */ sortedUnique),
/* harmony export */   eO: () => (/* binding */ priorityFor),
/* harmony export */   im: () => (/* binding */ workloadsOfPackage),
/* harmony export */   kg: () => (/* binding */ packagesForWorkload),
/* harmony export */   lu: () => (/* binding */ valuesEqual),
/* harmony export */   oj: () => (/* binding */ workloadNames),
/* harmony export */   qm: () => (/* binding */ hasArchivedBuilds)
/* harmony export */ });
/* unused harmony exports compareCodePoints, sortedStrings, priorityRank */
// The inventory data model and its lookups, as poi-tracker's
// (docs/poi-tracker-compatibility.md, "Inventory files").
// `undefined` means absent; a present empty list stays `[]` (the two differ).
const PRIORITIES = ['unspecified', 'low', 'medium', 'high', 'urgent'];
/** Package keys in poi-tracker's model (and canonical write) order; arch_rpms is written as its own table. */
const PACKAGE_FIELDS = [
    'name', 'poc', 'reason', 'team', 'task', 'rpms', 'arch_rpms', 'track', 'repology_name', 'distros',
    'file_issue', 'priority', 'retired_on', 'unshipped', 'archived_builds'
];
/** Byte-wise UTF-8 order, which is code-point order (never localeCompare, never UTF-16 units). */
function compareCodePoints(a, b) {
    if (a === b)
        return 0;
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    for (;;) {
        const x = ia.next();
        const y = ib.next();
        if (x.done)
            return y.done ? 0 : -1;
        if (y.done)
            return 1;
        const cx = x.value.codePointAt(0) ?? 0;
        const cy = y.value.codePointAt(0) ?? 0;
        if (cx !== cy)
            return cx < cy ? -1 : 1;
    }
}
/** Fast path for ASCII strings; falls back to the code-point walk only when a surrogate is involved. */
function compareNames(a, b) {
    for (let i = 0; i < a.length && i < b.length; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca !== cb) {
            if (ca >= 0xd800 && ca <= 0xdfff)
                return compareCodePoints(a.slice(i), b.slice(i));
            if (cb >= 0xd800 && cb <= 0xdfff)
                return compareCodePoints(a.slice(i), b.slice(i));
            return ca < cb ? -1 : 1;
        }
    }
    return a.length - b.length;
}
function sortedStrings(values) {
    return [...values].sort(compareNames);
}
function sortedUnique(values) {
    return sortedStrings(new Set(values));
}
function emptyWorkload() {
    return { packages: [] };
}
function findPackage(inv, name) {
    return inv.packages.find((p) => p.name === name);
}
/** Workload keys, sorted; includes workloads only named by per-package `workloads` lists. */
/**
 * The workloads an inventory defines ([inventory.workloads.<key>] tables), sorted. A name that only a
 * package's `workloads` mentions defines nothing: validate warns about it (undefined-workload) and no
 * export writes it, so the two agree on what a workload is.
 */
function workloadNames(inv) {
    return sortedStrings(new Set(inv.meta.workloads.keys()));
}
/** Names that are members of workload `key` in either form (workload list or package field). */
function workloadMembers(inv, key) {
    const members = new Set(inv.meta.workloads.get(key)?.packages ?? []);
    for (const p of inv.packages)
        if (p.workloads?.includes(key))
            members.add(p.name);
    return members;
}
/** All packages (no workload) or the members of `key` in list order; an undefined key selects nothing. */
function packagesForWorkload(inv, key) {
    if (key === undefined)
        return inv.packages;
    const members = workloadMembers(inv, key);
    return inv.packages.filter((p) => members.has(p.name));
}
/** Sorted keys of every workload the package belongs to. */
function workloadsOfPackage(inv, name) {
    const keys = new Set();
    for (const [key, w] of inv.meta.workloads)
        if (w.packages.includes(name))
            keys.add(key);
    // A package's own `workloads` counts for workloads that exist (see workloadNames).
    for (const p of inv.packages)
        if (p.name === name)
            for (const w of p.workloads ?? [])
                if (inv.meta.workloads.has(w))
                    keys.add(w);
    return sortedStrings(keys);
}
function priorityRank(p) {
    return PRIORITIES.indexOf(p);
}
/** The package's own priority (even a lower one, or `unspecified`), else the highest default of the workloads listing it. */
function priorityFor(inv, name) {
    const pkg = findPackage(inv, name);
    if (!pkg)
        return undefined;
    if (pkg.priority !== undefined)
        return pkg.priority;
    let best;
    for (const key of workloadsOfPackage(inv, name)) {
        const d = inv.meta.workloads.get(key)?.default_priority;
        if (d !== undefined && (best === undefined || priorityRank(d) > priorityRank(best)))
            best = d;
    }
    return best;
}
function isUnshipped(p) {
    return p.unshipped !== undefined;
}
function hasArchivedBuilds(p) {
    return p.archived_builds !== undefined;
}
function isRetiredOn(p, branch) {
    return p.retired_on?.includes(branch) ?? false;
}
/** Deep equality for package values (lists in order, maps by key). */
function valuesEqual(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
    }
    if (typeof a === 'object' && typeof b === 'object') {
        const ka = Object.keys(a).sort();
        const kb = Object.keys(b).sort();
        return ka.length === kb.length && ka.every((k, i) => k === kb[i] && valuesEqual(a[k], b[k]));
    }
    return false;
}
/** A deep copy (lists and arch_rpms copied), cheap enough to take of every package of a large file. */
function clonePackage(p) {
    const c = { ...p };
    if (p.rpms)
        c.rpms = p.rpms.slice();
    if (p.retired_on)
        c.retired_on = p.retired_on.slice();
    if (p.workloads)
        c.workloads = p.workloads.slice();
    const arch = p.arch_rpms;
    // fromEntries defines own properties, so a key such as "__proto__" stays a key.
    if (arch)
        c.arch_rpms = Object.fromEntries(Object.keys(arch).map((k) => [k, arch[k].slice()]));
    return c;
}


/***/ }),

/***/ 48882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ BugzillaAuthError),
/* harmony export */   Gp: () => (/* binding */ releaseMonitoringParams),
/* harmony export */   dc: () => (/* binding */ RELEASE_MONITORING),
/* harmony export */   eu: () => (/* binding */ groupByComponent),
/* harmony export */   oN: () => (/* binding */ MAX_LIST_CHARS),
/* harmony export */   sn: () => (/* binding */ BugzillaClient),
/* harmony export */   vD: () => (/* binding */ batchParams),
/* harmony export */   wZ: () => (/* binding */ chunksWithin)
/* harmony export */ });
/* unused harmony exports PRODUCTS, BUG_FIELDS, BugSchema */
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14066);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22139);
// Bugzilla REST (Red Hat Bugzilla) on the project's HTTP layer: searches
// with pinned fields, offset pagination that stops on an empty page, many
// components or ids per request, the API key check, and the two writes the
// apply step makes (a bug update carrying its comment). The key travels only
// as an Authorization header to the configured Bugzilla: HttpClient refuses
// it over plain http to a non-loopback host and strips it on redirects to
// another origin.



/** The account Anitya / the-new-hotness files "X is available" bugs under. */
const RELEASE_MONITORING = 'upstream-release-monitoring@fedoraproject.org';
/** Release-monitoring bugs live in both products. */
const PRODUCTS = ['Fedora', 'Fedora EPEL'];
/**
 * Fields asked for on every read. Named one by one (no `_default`) so that a
 * Bugzilla that leaves one out fails the schema instead of, say, every run
 * re-posting a MODIFIED comment because `cf_fixed_in` looked empty
 * (README, "Plans", open question 5).
 */
const BUG_FIELDS = ['id', 'summary', 'status', 'resolution', 'product', 'component', 'version', 'priority', 'assigned_to', 'cf_fixed_in'];
// Red Hat Bugzilla answers `component` and `version` as lists, upstream
// Bugzilla as strings: both are accepted and read as lists.
const stringList = valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]), valibot__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((x) => (typeof x === 'string' ? [x] : x)));
const BugSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .minValue */ .Wwf(1)),
    summary: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    status: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    resolution: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    product: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    component: stringList,
    version: stringList,
    priority: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    assigned_to: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    cf_fixed_in: valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
});
const SearchSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    bugs: valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(BugSchema),
    total_matches: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_2__/* .minValue */ .Wwf(0))),
});
const ValidLoginSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ result: valibot__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() });
const UpdateSchema = valibot__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    error: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()),
    message: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    bugs: valibot__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id: valibot__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }))),
});
/** The key was refused, or belongs to another login (exit 3: nothing is written). */
class BugzillaAuthError extends Error {
    name = 'BugzillaAuthError';
    exitCode = 3;
}
/** A pagination guard: far more pages than any real search has. */
const MAX_PAGES = 200;
class BugzillaClient {
    http;
    pageSize;
    componentsPerSearch;
    idsPerRead;
    authenticated;
    #checked;
    constructor(options) {
        const { apiKey, pageSize = 1000, componentsPerSearch = 40, idsPerRead = 100, ...http } = options;
        const key = apiKey?.trim();
        this.authenticated = key !== undefined && key !== '';
        for (const [name, n] of [['pageSize', pageSize], ['componentsPerSearch', componentsPerSearch], ['idsPerRead', idsPerRead]]) {
            if (!Number.isInteger(n) || n < 1)
                throw new RangeError(`bugzilla: ${name} must be a positive integer, got ${n}`);
        }
        this.pageSize = pageSize;
        this.componentsPerSearch = componentsPerSearch;
        this.idsPerRead = idsPerRead;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
            ...http,
            service: 'bugzilla',
            baseUrl: options.baseUrl,
            headers: this.authenticated ? { authorization: `Bearer ${key}` } : {},
        });
    }
    get baseUrl() {
        return this.http.baseUrl;
    }
    /**
     * Checks the key once per client: `valid_login` must say that it belongs to
     * `login`. A refused key (Bugzilla answers 400/401) or another login is a
     * BugzillaAuthError; later calls return the first answer.
     */
    checkKey(login) {
        this.#checked ??= this.#checkKey(login);
        return this.#checked;
    }
    async #checkKey(login) {
        if (!this.authenticated)
            throw new BugzillaAuthError('bugzilla: no API key was given (set the bugzilla-api-key input or BUGZILLA_API_KEY)');
        let ok;
        try {
            ok = (await this.http.getJson('/rest/valid_login', ValidLoginSchema, { login })).result;
        }
        catch (e) {
            if (e instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi && (e.status === 400 || e.status === 401 || e.status === 403)) {
                throw new BugzillaAuthError(`bugzilla: the API key was refused by ${this.baseUrl} (HTTP ${e.status}); create a new one at ${this.baseUrl}/userprefs.cgi?tab=apikey`);
            }
            throw e;
        }
        if (!ok)
            throw new BugzillaAuthError(`bugzilla: the API key does not belong to ${login} on ${this.baseUrl}`);
    }
    /**
     * Every bug matching `params`, all pages. The loop ends when the count
     * reaches `total_matches`, on a short page when there is no total, and on
     * an empty page whatever the total claims. Bugs seen twice (offsets shift
     * while a search is read) are kept once.
     */
    async search(params) {
        const out = new Map();
        for (let page = 0, offset = 0;; page++) {
            if (page >= MAX_PAGES)
                throw new Error(`bugzilla: a search claimed more than ${MAX_PAGES} pages of ${this.pageSize} bugs`);
            const query = { ...params, limit: this.pageSize, offset, include_fields: BUG_FIELDS.join(',') };
            const answer = await this.http.requestAs({ path: '/rest/bug', query, headers: { accept: 'application/json' } }, (res) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(SearchSchema, res, 'the bug search answer'));
            for (const bug of answer.bugs)
                out.set(bug.id, bug);
            offset += answer.bugs.length;
            if (answer.bugs.length === 0)
                break;
            if (answer.total_matches !== undefined ? offset >= answer.total_matches : answer.bugs.length < this.pageSize)
                break;
        }
        return [...out.values()].sort((a, b) => a.id - b.id);
    }
    /**
     * One search per group of `componentsPerSearch` components (Bugzilla reads
     * repeated `component` values as "any of"), run concurrently within the
     * client's limit. Bugs are grouped by their first component, ids ascending;
     * every requested component has an entry.
     */
    async searchComponents(components, params) {
        const unique = [...new Set(components)];
        // `&component=<name>` per name; a long URL is refused by proxies long before Bugzilla sees it.
        const groups = chunksWithin(unique, this.componentsPerSearch, MAX_LIST_CHARS, (c) => encodeURIComponent(c).length + 11);
        const answers = await Promise.all(groups.map((group) => this.search({ ...params, component: group })));
        const out = new Map(unique.map((c) => [c, []]));
        for (const bug of answers.flat()) {
            const list = out.get(bug.component[0] ?? '');
            if (list && !list.some((b) => b.id === bug.id))
                list.push(bug);
        }
        for (const list of out.values())
            list.sort((a, b) => a.id - b.id);
        return out;
    }
    /** One bug, freshly read; undefined when Bugzilla does not know it (or hides it). */
    async bug(id) {
        const res = await this.http.requestAs({ path: `/rest/bug/${bugId(id)}`, query: { include_fields: BUG_FIELDS.join(',') }, headers: { accept: 'application/json' }, okStatuses: [404] }, (r) => (r.status === 404 ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(SearchSchema, r, `bug ${id}`)));
        return res?.bugs.find((b) => b.id === id);
    }
    /** Many bugs by id, `idsPerRead` per request (`id=1,2,3`). Unknown ids are simply absent. */
    async bugs(ids) {
        const unique = [...new Set(ids.map(bugId))];
        const answers = await Promise.all(chunks(unique, this.idsPerRead).map((group) => this.http.getJson('/rest/bug', SearchSchema, { id: group.join(','), include_fields: BUG_FIELDS.join(',') })));
        const out = new Map();
        for (const bug of answers.flatMap((a) => a.bugs))
            out.set(bug.id, bug);
        return out;
    }
    /**
     * PUT /rest/bug/{id}: one update, never repeated by the HTTP layer (a
     * repeated update would post its comment twice). A 2xx that reports an
     * error is an error.
     */
    async update(id, body) {
        if (!this.authenticated)
            throw new BugzillaAuthError('bugzilla: updating a bug needs an API key');
        const answer = await this.http.requestAs({
            method: 'PUT',
            path: `/rest/bug/${bugId(id)}`,
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            idempotent: false,
        }, (res) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJson */ .xO)(UpdateSchema, res, `the answer to the update of bug ${id}`));
        if (answer.error === true)
            throw new Error(`bugzilla: the update of bug ${id} was refused: ${answer.message ?? 'no message'}`);
    }
    stats() {
        return this.http.stats();
    }
    close() {
        return this.http.close();
    }
}
/** The release-monitoring search for some components, as poi-tracker builds it: both products, open bugs. */
function releaseMonitoringParams() {
    return { reporter: RELEASE_MONITORING, bug_status: '__open__', product: [...PRODUCTS] };
}
/**
 * The batch search: every open bug where `email` is the assignee or on CC,
 * release-monitoring bugs only unless `anyReporter`. Red Hat Bugzilla honours
 * the email1/emailtype1 form parameters in REST searches.
 */
function batchParams(email, anyReporter = false) {
    return {
        ...(anyReporter ? {} : { reporter: RELEASE_MONITORING }),
        bug_status: '__open__',
        email1: email,
        emailassigned_to1: '1',
        emailcc1: '1',
        emailtype1: 'equals',
        product: [...PRODUCTS],
    };
}
/** Bugs grouped by their first component; bugs without one are dropped. */
function groupByComponent(bugs) {
    const out = new Map();
    for (const bug of bugs) {
        const c = bug.component[0];
        if (c === undefined)
            continue;
        const list = out.get(c);
        if (list)
            list.push(bug);
        else
            out.set(c, [bug]);
    }
    return out;
}
function bugId(id) {
    if (!Number.isSafeInteger(id) || id < 1)
        throw new RangeError(`invalid bug id ${String(id)}`);
    return id;
}
/** Characters of list parameters one request may carry (request lines beyond ~8 KB are commonly refused). */
const MAX_LIST_CHARS = 4000;
/** Groups of at most `maxCount` items whose summed `cost` stays within `maxChars` (an item over it goes alone). */
function chunksWithin(items, maxCount, maxChars, cost) {
    const out = [];
    let group = [];
    let used = 0;
    for (const item of items) {
        const c = cost(item);
        if (group.length > 0 && (group.length >= maxCount || used + c > maxChars)) {
            out.push(group);
            group = [];
            used = 0;
        }
        group.push(item);
        used += c;
    }
    if (group.length > 0)
        out.push(group);
    return out;
}
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ }),

/***/ 24866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ ORPHAN_USER),
/* harmony export */   HY: () => (/* binding */ emptyGroupAccess),
/* harmony export */   Tq: () => (/* binding */ emptyUserAccess),
/* harmony export */   U9: () => (/* binding */ hasDirectAccess),
/* harmony export */   Zj: () => (/* binding */ ListingIncompleteError),
/* harmony export */   xF: () => (/* binding */ aclGroups)
/* harmony export */ });
// What the commands need from a dist-git forge, independent of the software
// behind it. Fedora runs Pagure today and is moving dist-git to Forgejo; the
// commands depend only on this interface so a second implementation can slot
// in without touching their decision logic (the calls Pagure answers today:
// docs/poi-tracker-compatibility.md, "Fedora dist-git and Bodhi").
/** A listing that could not be read consistently (exit 3): never a basis for removals. */
class ListingIncompleteError extends Error {
    name = 'ListingIncompleteError';
    exitCode = 3;
}
function emptyUserAccess() {
    return { owner: [], admin: [], commit: [], collaborator: [], ticket: [] };
}
function emptyGroupAccess() {
    return { admin: [], commit: [], collaborator: [], ticket: [] };
}
/** True when `user` is on any user level of the ACL (access that does not come through a group). */
function hasDirectAccess(p, user) {
    const u = p.users;
    return [u.owner, u.admin, u.commit, u.collaborator, u.ticket].some((l) => l.includes(user));
}
/** Every group on any level of the ACL. */
function aclGroups(p) {
    const g = p.groups;
    return new Set([...g.admin, ...g.commit, ...g.collaborator, ...g.ticket]);
}
/** The user owning orphaned packages on Fedora dist-git. */
const ORPHAN_USER = 'orphan';


/***/ }),

/***/ 86614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ PagureDistGit),
/* harmony export */   nh: () => (/* binding */ PATTERN_SYNTAX)
/* harmony export */ });
/* unused harmony export serverPattern */
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14066);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71986);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22139);
/* harmony import */ var _distgit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24866);
// The dist-git interface over Pagure (src.fedoraproject.org; its API is
// documented at https://src.fedoraproject.org/api/0/, the calls poi-tracker
// makes in docs/poi-tracker-compatibility.md, "Fedora dist-git and Bodhi").
// Every listing is read completely and checked against the server's own total
// before anyone may act on what is missing from it.





const AclSchema = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    access_users: valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ owner: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), []) }),
    access_groups: valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
});
const OrphanSchema = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ orphan: valibot__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), reason: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), ''), reason_info: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), '') });
const WhoamiSchema = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ username: valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .minLength */ .BpQ(1)) });
const TakeOrphanSchema = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ point_of_contact: valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .minLength */ .BpQ(1)) });
/** A page count beyond this is a broken answer, not a listing to walk. */
const MAX_PAGES = 2000;
/** Client-side patterns the Pagure query can express as a superset: name characters and one trailing `*`. */
const PATTERN_SYNTAX = /^[A-Za-z0-9._+-]*\*?$/;
/**
 * The `pattern=` value sent for a client-side pattern. Pagure compares an
 * unstarred pattern case-sensitively and exactly, and a starred one with
 * ILIKE (where `_` is a wildcard), while the client-side matcher is a
 * case-insensitive literal. Sending the starred form always yields a superset
 * of the client-side match, so additions and the prune scope agree after the
 * caller filters (README, "Fixed gaps", item 5).
 */
function serverPattern(pattern) {
    if (pattern === '')
        return undefined;
    return pattern.endsWith('*') ? pattern : `${pattern}*`;
}
// Pagure's answers (https://src.fedoraproject.org/api/0/), the fields read.
const Names = valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP());
const AccessLevels = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    owner: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []), admin: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []), commit: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []), collaborator: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []), ticket: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Names, []),
});
const Project = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    fullname: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    access_users: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(AccessLevels, {}),
    access_groups: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(AccessLevels, {}),
});
const Count = valibot__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .integer */ .ndf(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .minValue */ .Wwf(0));
const ListingPage = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    projects: valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(Project),
    pagination: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ pages: Count })),
    total_projects: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(Count),
});
const Group = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ members: Names });
const OwnerAlias = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ rpms: valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), Names) });
const Branches = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ branches: Names });
class PagureDistGit {
    kind = 'pagure';
    http;
    perPage;
    constructor(options) {
        const { perPage = 100, ...http } = options;
        if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
            throw new RangeError(`per-page must be 1..100 (Pagure answers 400 otherwise), got ${perPage}`);
        this.perPage = perPage;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({ ...http, service: 'distgit' });
    }
    get baseUrl() {
        return this.http.baseUrl;
    }
    async listUserProjects(user, pattern) {
        (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('user', user);
        if (pattern !== undefined && !PATTERN_SYNTAX.test(pattern))
            throw new RangeError(`pattern ${JSON.stringify(pattern)} may only hold package-name characters and one trailing "*"`);
        const server = pattern === undefined ? undefined : serverPattern(pattern);
        // Parameters in the order poi-tracker sends them; `short` is never sent because the ACLs are needed.
        const query = (page) => ({ namespace: 'rpms', fork: 'false', username: user, per_page: this.perPage, page, pattern: server });
        return this.#listing('/api/0/projects', query, `projects of user ${user}${server ? ` matching ${server}` : ''}`);
    }
    async listGroupProjects(group) {
        // Pagure's group endpoint reads neither pattern, namespace nor fork: one listing of the whole group, filtered here.
        const query = (page) => ({ projects: 'true', per_page: this.perPage, page });
        return this.#listing((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'group', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('group', group)), query, `projects of group ${group}`);
    }
    async groupMembers(group) {
        return (await this.http.getJson((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'group', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('group', group)), Group)).members;
    }
    async maintainerIndex() {
        const dump = await this.http.getJson('/extras/pagure_owner_alias.json', OwnerAlias);
        return new Map(Object.entries(dump.rpms));
    }
    async branches(pkg) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg), 'git', 'branches');
        return this.http.requestAs({ path, headers: { accept: 'application/json' }, okStatuses: [404] }, (res) => res.status === 404 ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(Branches, res, `the branches of ${pkg}`).branches);
    }
    async isRetired(pkg, branch) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg), 'raw', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('branch', branch), 'f', 'dead.package');
        const res = await this.http.request({ path, okStatuses: [404] });
        return res.status !== 404;
    }
    /** A file of a branch (`/rpms/<pkg>/raw/<branch>/f/<file>`); undefined on 404. */
    async rawFile(pkg, branch, file) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg), 'raw', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('branch', branch), 'f', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', file));
        const res = await this.http.request({ path, okStatuses: [404] });
        return res.status === 404 ? undefined : res.text();
    }
    /** The package's spec file on a branch (`<pkg>.spec`); undefined on 404. */
    specFile(pkg, branch = 'rawhide') {
        return this.rawFile(pkg, branch, `${pkg}.spec`);
    }
    async owners(pkg) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('api', '0', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg));
        const res = await this.http.requestAs({ path, headers: { accept: 'application/json' }, okStatuses: [404] }, (r) => r.status === 404 ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(AclSchema, r, `the ACLs of ${pkg}`));
        return res?.access_users.owner;
    }
    async orphanInfo(pkg) {
        const doc = await this.http.getJson((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('_dg', 'orphan', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg)), OrphanSchema);
        return { orphan: doc.orphan, reason: doc.reason ?? '', reasonInfo: doc.reason_info ?? '' };
    }
    async whoami() {
        const res = await this.http.requestAs({ method: 'POST', path: '/api/0/-/whoami', headers: { accept: 'application/json' }, idempotent: true }, (r) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(WhoamiSchema, r, 'the whoami answer'));
        return res.username;
    }
    async takeOrphan(pkg) {
        const path = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOf */ .XM)('_dg', 'take_orphan', 'rpms', (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)('package', pkg));
        const res = await this.http.requestAs({ method: 'POST', path, headers: { accept: 'application/json' }, idempotent: false }, (r) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(TakeOrphanSchema, r, `the answer to taking ${pkg}`));
        return res.point_of_contact;
    }
    stats() {
        return this.http.stats();
    }
    close() {
        return this.http.close();
    }
    /**
     * Reads every page of a listing (page 1 first, the rest concurrently; the
     * client bounds requests in flight). Offset pagination shifts when a
     * project appears or disappears between pages, so the listing must report
     * one total throughout and hold exactly that many distinct projects; one
     * full re-read is tried before giving up (README, "Completeness").
     */
    async #listing(path, query, what) {
        let requests = 0;
        for (let read = 1;; read++) {
            const first = await this.#page(path, query(1));
            const pages = Math.min(first.pages, MAX_PAGES);
            if (first.pages > MAX_PAGES)
                throw new _distgit_js__WEBPACK_IMPORTED_MODULE_4__/* .ListingIncompleteError */ .Zj(`dist-git: ${what}: the listing claims ${first.pages} pages`);
            const rest = await Promise.all(range(2, pages).map((p) => this.#page(path, query(p))));
            requests += pages;
            const all = [first, ...rest];
            const totals = new Set(all.map((p) => p.total));
            const projects = all.flatMap((p) => p.projects);
            const distinct = new Set(projects.map((p) => p.fullname ?? p.name)).size;
            if (totals.size === 1 && first.total === undefined) {
                return { ...rpmsOnly(projects), requests, verified: false };
            }
            const total = first.total;
            if (totals.size === 1 && total === distinct)
                return { ...rpmsOnly(projects), requests, total, verified: true };
            if (read >= 2) {
                const seen = [...totals].map((t) => (t === undefined ? 'none' : String(t))).join(' then ');
                throw new _distgit_js__WEBPACK_IMPORTED_MODULE_4__/* .ListingIncompleteError */ .Zj(`dist-git: ${what}: read ${distinct} distinct projects over ${pages} page(s) but the server reported a total of ${seen}, twice in a row; ` +
                    'the listing changed while it was read (offset pagination), so it cannot be trusted for removals');
            }
        }
    }
    async #page(path, query) {
        const doc = await this.http.getJson(path, ListingPage, query);
        return { projects: doc.projects.map(project), pages: Math.max(1, doc.pagination?.pages ?? 1), total: doc.total_projects };
    }
}
function rpmsOnly(projects) {
    // Group listings span every namespace and forks, all under the bare name; a project without fullname is kept (as poi-tracker).
    const kept = projects.filter((p) => p.fullname === undefined || p.fullname.startsWith('rpms/'));
    return { projects: kept, dropped: projects.length - kept.length };
}
function project(raw) {
    const { owner, admin, commit, collaborator, ticket } = raw.access_users;
    const g = raw.access_groups;
    const out = { name: raw.name, users: { owner, admin, commit, collaborator, ticket }, groups: { admin: g.admin, commit: g.commit, collaborator: g.collaborator, ticket: g.ticket } };
    if (raw.fullname !== undefined)
        out.fullname = raw.fullname;
    return out;
}
function range(from, to) {
    const out = [];
    for (let i = from; i <= to; i++)
        out.push(i);
    return out;
}


/***/ })

};
