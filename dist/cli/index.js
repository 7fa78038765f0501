#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   Io: () => (/* binding */ commandGroups),
/* harmony export */   u4: () => (/* binding */ globalFlagsOf),
/* harmony export */   wG: () => (/* binding */ parseInvocation)
/* harmony export */ });
/* unused harmony exports RUN_SPEC, APPLY_SPEC, JOBS_SPEC */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8742);
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1038);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2085);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1122);
/* harmony import */ var _commands_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(927);
// What a user asked for, checked before anything is read or requested: the
// command, its flags and positional arguments, the job it proposes as, and how
// its result is delivered. The CLI, `poi-gitops ci` and the action all build
// their invocation here, so a bad word is refused the same way everywhere
// (exit 2, no request made).







const RUN_SPEC = {
    name: 'run',
    summary: 'Run every [[job]] of poi-gitops.toml in order; each job\'s changes (and the exports they affect) become one pull/merge request.',
    positionals: [],
    flags: [],
    notes: 'On a terminal without --propose, prints each job\'s proposal (title and patch) instead. --job NAME runs one job.'
};
const APPLY_SPEC = {
    name: 'apply',
    summary: 'Perform merged plans (plans/<job>.json): each target is read again just before its write, and written only while it still matches the plan.',
    positionals: ['[PLAN...]'],
    positionalPaths: 'read',
    flags: [],
    notes: 'Without PLAN, every plan of the [plans] folder. --dry-run reads every target and says what would be written.\nIn CI, `command: auto` runs it on a push to the default branch that changes plan files.'
};
const JOBS_SPEC = {
    name: 'jobs',
    summary: 'List the [[job]]s of poi-gitops.toml: one per line, or with --json [{"name", "run", "branch"}] for a CI matrix.',
    positionals: [],
    flags: [{ name: 'json', kind: 'bool', help: 'print JSON for a CI matrix' }]
};
async function parseInvocation(given, where) {
    const argv = commandFirst(given);
    const { name, rest } = (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .commandName */ .p6)(argv);
    const spec = name === 'run' ? RUN_SPEC : name === 'apply' ? APPLY_SPEC : name === 'jobs' ? JOBS_SPEC : (await (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCommand */ .yV)(name))?.spec;
    if (!spec)
        throw unknownCommand(name);
    const globals = globalFlagsOf(name);
    const args = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(spec, rest, globals);
    const help = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(args, 'help');
    if (!help) {
        (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPositionals */ .iJ)(spec, args);
        spec.check?.(args);
    }
    const jobName = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, 'job');
    if (jobName !== undefined) {
        const problem = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_4__/* .jobNameProblem */ ._H)(jobName);
        if (problem)
            throw new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--job: ${problem}`, name);
    }
    const delivery = deliveryOf(name, args, where.ci);
    // -C DIR: run as if started in DIR, which is then the repository root.
    const dir = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, 'directory');
    const cwd = dir === undefined ? where.root ?? where.cwd : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(where.root ?? where.cwd, dir);
    const root = dir === undefined ? where.root ?? repositoryRoot(where.cwd) : cwd;
    // Inputs a user names outside the repository may be read on a terminal by commands that change nothing there.
    const readsOutside = !where.ci && ((0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .commandEntry */ .Wv)(name)?.effect === 'read-only' || name.startsWith('export '));
    const before = JSON.stringify([...args.flags, args.positionals]);
    const externalReads = normalizePaths(spec, globals, args, { cwd, root, readsOutside, command: name });
    // A single command's job runs these words: rewritten only when a path had to be made repository-relative.
    const words = JSON.stringify([...args.flags, args.positionals]) === before ? argv : [...argv.slice(0, argv.length - rest.length), ...unparse(args, spec, globals)];
    return {
        name, argv: words, spec, args, help, delivery, root, externalReads,
        ...(jobName !== undefined ? { jobName } : {}),
        ...((0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, 'config') !== undefined ? { config: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, 'config') } : {})
    };
}
/** The global flags a command takes: common ones, -i/-I where it reads inventories, delivery flags where it delivers. */
function globalFlagsOf(name) {
    const entry = (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .commandEntry */ .Wv)(name);
    const delivers = name === 'run' || (entry !== undefined && entry.effect !== 'read-only');
    const help = _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON_FLAGS */ .gd.filter((f) => f.name === 'help');
    return [
        ...(entry?.inventories ? _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .INVENTORY_FLAGS */ .zq : []),
        ..._core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON_FLAGS */ .gd.filter((f) => f.name !== 'help'),
        ...(delivers ? _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .DELIVERY_FLAGS */ .rN.filter((f) => name !== 'run' || f.name !== 'write') : []),
        ...help
    ];
}
/** Global flags may stand before the command (`poi-gitops -C repo validate`): they are moved after it. */
function commandFirst(argv) {
    const all = [..._core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .INVENTORY_FLAGS */ .zq, ..._core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON_FLAGS */ .gd, ..._core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .DELIVERY_FLAGS */ .rN];
    const leading = [];
    let i = 0;
    while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '--') {
        const arg = argv[i];
        const long = arg.startsWith('--') ? arg.slice(2).split('=')[0] : undefined;
        const flag = all.find((f) => (long !== undefined ? f.name === long : f.short !== undefined && arg.slice(1, 2) === f.short));
        if (!flag)
            break;
        const takesValue = flag.kind !== 'bool' && !arg.includes('=') && !(long === undefined && arg.length > 2);
        leading.push(...argv.slice(i, i + (takesValue ? 2 : 1)));
        i += takesValue ? 2 : 1;
    }
    if (leading.length === 0)
        return [...argv];
    const rest = argv.slice(i);
    const words = rest[0] === 'export' && rest[1] !== undefined && !rest[1].startsWith('-') ? 2 : 1;
    return [...rest.slice(0, words), ...leading, ...rest.slice(words)];
}
/**
 * Path values are relative to where the user stands: they become repository-relative. A path
 * outside the repository is a usage error, except a read input where `readsOutside` allows it
 * (returned, for the workspace to read).
 */
function normalizePaths(spec, globals, args, at) {
    const external = [];
    const fix = (value, kind, shown) => {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(at.cwd, value);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(at.root, abs);
        if (rel === '')
            return '.';
        if ((0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(at.root, abs))
            return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        if (kind === 'read' && at.readsOutside) {
            external.push(abs);
            return abs;
        }
        throw new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${shown} ${JSON.stringify(value)} is outside the repository (${at.root})${kind === 'write' ? '' : '; poi-gitops reads files outside the repository only on a terminal, for commands that change nothing there'}`, at.command);
    };
    for (const flag of [...spec.flags, ...globals]) {
        if (!flag.path || !args.flags.has(flag.name))
            continue;
        const value = args.flags.get(flag.name);
        const shown = `--${flag.name}`;
        if (typeof value === 'string')
            args.flags.set(flag.name, flag.name === 'config' ? fixConfig(value) : fix(value, flag.path, shown));
        else if (Array.isArray(value))
            args.flags.set(flag.name, value.map((v) => fix(v, flag.path, shown)));
    }
    if (spec.positionalPaths)
        args.positionals = args.positionals.map((p) => fix(p, 'read', 'the file'));
    return external;
    // The config is read through the workspace boundary, which refuses what lies outside; it is only made relative here.
    function fixConfig(value) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(at.cwd, value);
        return (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(at.root, abs) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(at.root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : abs;
    }
}
/** The flags as words again (normalized paths included), for a single command's job `run` line and provenance. */
function unparse(args, spec, globals) {
    const out = [];
    for (const flag of [...spec.flags, ...globals]) {
        const value = args.flags.get(flag.name);
        if (value === undefined || flag.name === 'directory' || flag.name === 'help')
            continue;
        if (value === true)
            out.push(`--${flag.name}`);
        else if (typeof value === 'string')
            out.push(`--${flag.name}`, value);
        else if (Array.isArray(value))
            for (const v of value)
                out.push(`--${flag.name}`, v);
    }
    return [...out, ...(args.positionals.length ? ['--', ...args.positionals] : [])];
}
function unknownCommand(name) {
    if (name === '')
        return new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('no command given');
    if (_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .PLANNED */ .TZ.includes(name))
        return new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`'${name}' is not available in this version of poi-gitops yet`);
    const guess = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .a)(name, [..._commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMAND_NAMES */ .nZ, 'run', 'apply', 'jobs', ..._commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .PLANNED */ .TZ]);
    return new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}`);
}
function deliveryOf(name, args, ci) {
    const write = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(args, 'write');
    const dryRun = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(args, 'dry-run');
    const propose = (0,_core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(args, 'propose');
    if (write && propose)
        throw new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--write and --propose exclude each other: write the change to the working tree, or propose it', name);
    if (write && dryRun)
        throw new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--write and --dry-run exclude each other', name);
    const proposing = name === 'run' || (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .proposes */ .mx)(name);
    if (!proposing) {
        if (write || propose)
            throw new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`'${name}' changes no file; --${write ? 'write' : 'propose'} does not apply`, name);
        return dryRun ? 'dry-run' : 'preview';
    }
    if (dryRun)
        return 'dry-run';
    if (write) {
        if (name === 'run')
            throw new _core_args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('run proposes its jobs; --write applies only to a single command', name);
        return 'write';
    }
    if (propose || ci)
        return 'propose';
    // A terminal: a single command shows its diff; `run` shows each job's proposal.
    return name === 'run' ? 'dry-run' : 'preview';
}
/** The nearest directory at or above `cwd` holding `.git`, else `cwd`. */
function repositoryRoot(cwd) {
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    }
}
/** The commands a terminal's `--help` lists, grouped. */
function commandGroups() {
    const titles = { inventory: 'Inventories', export: 'Exports', sync: 'Sync from Fedora and CentOS', bugzilla: 'Bugzilla and dist-git (plans)' };
    return Object.keys(titles).map((group) => ({
        title: titles[group],
        commands: _commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMANDS */ .Lo.filter((e) => e.group === group).map((e) => ({ name: e.name, summary: e.summary, available: e.load !== undefined }))
    }));
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7429);
// The `poi-gitops` command.

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7429:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: ciArgv, usage

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/args.ts
var core_args = __nccwpck_require__(1038);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __nccwpck_require__(1122);
// EXTERNAL MODULE: ./src/core/workspace.ts
var core_workspace = __nccwpck_require__(8742);
;// CONCATENATED MODULE: ./src/config/load.ts
// Reading poi-gitops.toml through the workspace boundary: a config path outside
// the repository (or a link out of it, a FIFO, a huge file) is a located
// configuration error. A missing default config means "no config"; a config
// the user named must exist.


/** `given`: the path the user named (--config, or an action `config` input other than the default). */
async function loadConfig(workspace, given) {
    const named = given ?? config/* CONFIG_FILE */.g2;
    const refuse = (message) => new config/* ConfigError */.xL([{ file: named, line: 1, column: 1, severity: 'error', rule: 'config', message }]);
    let bytes;
    let path;
    try {
        path = workspace.relativePath(named);
        bytes = await workspace.read(path);
    }
    catch (e) {
        if (e instanceof core_workspace/* WorkspaceError */.kP)
            throw refuse(`config file ${e.message}`);
        throw e;
    }
    if (bytes === undefined) {
        if (given !== undefined)
            throw refuse(`config file ${named} does not exist`);
        return (0,config/* defaultConfig */.sb)();
    }
    return (0,config/* parseConfig */.o4)(path, bytes);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
// EXTERNAL MODULE: ./src/core/shell-split.ts
var shell_split = __nccwpck_require__(3132);
// EXTERNAL MODULE: ./src/report/format.ts + 1 modules
var report_format = __nccwpck_require__(5017);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/app/invocation.ts
var invocation = __nccwpck_require__(7657);
;// CONCATENATED MODULE: ./src/app/auto.ts
// `command: auto` (and `poi-gitops ci` without POI_GITOPS_COMMAND) on a push
// to the default branch: when the push changed plan files, the run applies
// exactly those plans — merging a plan's proposal is the approval, and the
// push that merges it performs it. Any other push runs the jobs as before.
const NO_COMMIT = /^0+$/;
/** The push this run is for, when it is a push to the default branch with a known previous head. */
function pushToDefaultBranch(session, payload) {
    const env = session.env;
    if (env.GITHUB_ACTIONS === 'true') {
        if (env.GITHUB_EVENT_NAME !== 'push')
            return undefined;
        const repository = payload.repository;
        const { ref, before, after } = payload;
        if (typeof repository?.default_branch !== 'string' || ref !== `refs/heads/${repository.default_branch}`)
            return undefined;
        if (typeof before !== 'string' || typeof after !== 'string' || NO_COMMIT.test(before))
            return undefined;
        return { before, after };
    }
    if (env.GITLAB_CI === 'true') {
        if (env.CI_PIPELINE_SOURCE !== 'push' || !env.CI_COMMIT_BRANCH || env.CI_COMMIT_BRANCH !== env.CI_DEFAULT_BRANCH)
            return undefined;
        const before = env.CI_COMMIT_BEFORE_SHA ?? '';
        const after = env.CI_COMMIT_SHA ?? '';
        if (before === '' || after === '' || NO_COMMIT.test(before))
            return undefined;
        return { before, after };
    }
    return undefined;
}
/** The plan files a push to the default branch changed (and that still exist), in path order. */
async function pushedPlans(session, config, workspace, push) {
    const { openForge } = await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(582), __nccwpck_require__.e(413), __nccwpck_require__.e(922), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9137));
    const { forge } = openForge(session);
    if (!forge)
        return [];
    try {
        const changed = await forge.changedPaths(push.before, push.after);
        const dir = `${config.plans.dir}/`;
        const plans = changed.filter((p) => p.startsWith(dir) && p.endsWith('.json') && !p.slice(dir.length).includes('/'));
        const present = [];
        for (const p of plans)
            if ((await workspace.read(p)) !== undefined)
                present.push(p);
        return present;
    }
    finally {
        await forge.close?.();
    }
}

// EXTERNAL MODULE: ./src/commands/registry.ts
var registry = __nccwpck_require__(927);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __nccwpck_require__(8619);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __nccwpck_require__(5278);
;// CONCATENATED MODULE: ./src/app/execute.ts
// Runs what an invocation asks for: a read-only command once, or jobs (every
// [[job]] for `run`, or a single command as a job named after it) through the
// one delivery path of src/jobs. Entry points only render what comes back.





async function execute(inv, session, config, workspace, hooks) {
    // A pull request that breaks a job's command line fails its validation, not the next scheduled run.
    if ((inv.name === 'run' || inv.name === 'validate') && config.jobs.length > 0)
        await (await __nccwpck_require__.e(/* import() */ 572).then(__nccwpck_require__.bind(__nccwpck_require__, 3572))).checkJobs(config);
    checkWriteConsent(inv, session);
    if (inv.name === 'apply')
        return { kind: 'apply', run: await apply(inv, session, config, workspace, hooks) };
    if (inv.name !== 'run' && !(0,registry/* proposes */.mx)(inv.name))
        return runCommand(inv, session, config, workspace, hooks);
    // The delivery path (the engine, the forges) is loaded only by commands that deliver files.
    const { adHocJob, runJobs } = await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(291), __nccwpck_require__.e(808), __nccwpck_require__.e(604), __nccwpck_require__.e(274)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2274));
    const jobs = inv.name === 'run' ? selectJobs(inv, config) : [adHocJob(inv.argv, inv.jobName)];
    let delivery = inv.delivery;
    let forge = null;
    let notice;
    if (delivery === 'propose') {
        const { openForge } = await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(582), __nccwpck_require__.e(413), __nccwpck_require__.e(922), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9137));
        const opened = openForge(session, hooks.log);
        if (opened.readOnlyReason) {
            notice = `Nothing will be proposed: ${opened.readOnlyReason} may not write to the repository.`;
            delivery = 'dry-run';
        }
        else
            forge = opened.forge;
    }
    // Scheduled runs honour each job's `schedule`; the dashboard's boxes steer every proposing run.
    const dashboard = forge && inv.name === 'run' && config.dashboard.enabled ? await openDashboard(forge, config, session) : undefined;
    const steering = await steerJobs(dashboard, jobs, session);
    let report;
    try {
        report = await runJobs(steering.run, config, workspace, {
            delivery, forge, writer: workspace, redact: session.egress.redact, credentials: session.credentials, env: session.env,
            log: hooks.log, onJob: hooks.onJob, onJobDone: hooks.onJobDone, base: hooks.base, regenerate: steering.regenerate
        });
        for (const [job, why] of steering.skipped)
            hooks.log(`${job}: skipped: ${why}`);
        if (dashboard) {
            await recordRun(dashboard, report, steering, config, workspace, session);
            await dashboard.publish(config.jobs.map((j) => j.name));
        }
    }
    finally {
        await forge?.close?.();
    }
    // A terminal's --apply (poi-tracker's -y): the plan just computed is applied at once, with the same re-reads.
    const applied = inv.name !== 'run' && !session.ci && inv.args.flags.get('apply') === true ? await applyComputed(report, inv, session, config, hooks) : undefined;
    return { kind: 'jobs', report, delivery, ...(notice ? { notice } : {}), ...(applied ? { applied } : {}) };
}
function selectJobs(inv, config) {
    if (inv.jobName === undefined)
        return config.jobs;
    const jobs = config.jobs.filter((j) => j.name === inv.jobName);
    if (jobs.length === 0)
        throw new core_args/* UsageError */.eb(`no job named '${inv.jobName}' in ${config.path} (jobs: ${config.jobs.map((j) => j.name).join(', ') || 'none'})`, 'run');
    return jobs;
}
async function runCommand(inv, session, config, workspace, hooks) {
    const command = await (0,registry/* loadCommand */.yV)(inv.name);
    if (!command)
        throw new core_args/* UsageError */.eb(`unknown command '${inv.name}'`);
    try {
        const result = await command.run({
            workspace, config, args: inv.args, commandLine: ['poi-gitops', ...inv.argv].join(' '), log: hooks.log,
            env: session.env, delivery: inv.delivery, credentials: session.credentials
        });
        return { kind: 'command', name: inv.name, result, exitCode: result.exitCode, findings: result.findings };
    }
    catch (e) {
        const findings = e.findings ?? [];
        return { kind: 'command', name: inv.name, exitCode: (0,errors/* exitCodeOf */.FO)(e) ?? 2, error: (0,errors/* describeError */.Uc)(e), findings };
    }
}
/** Merged plans, written; in CI the outcomes are also posted on each plan's proposal. */
async function apply(inv, session, config, workspace, hooks) {
    const { runApply } = await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(953)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9953));
    const dryRun = inv.delivery === 'dry-run';
    let forge = null;
    if (session.ci && !dryRun) {
        const { openForge } = await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(582), __nccwpck_require__.e(413), __nccwpck_require__.e(922), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9137));
        try {
            forge = openForge(session, hooks.log).forge;
        }
        catch (e) {
            hooks.log(`warning: the outcomes will not be posted on the proposals: ${(0,errors/* describeError */.Uc)(e)}`);
        }
    }
    try {
        const run = await runApply(session, config, workspace, { paths: inv.args.positionals, dryRun, forge, log: hooks.log });
        if (forge && config.dashboard.enabled) {
            // The dashboard shows each job's last apply next to its state.
            const [dashboard, { renderOutcomesMarkdown }] = await Promise.all([openDashboard(forge, config, session), Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(583)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4583))]);
            for (const p of run.plans)
                if (p.plan && p.report)
                    dashboard.amend(p.plan.job, { applied: { at: new Date().toISOString(), summary: session.egress.redact(renderOutcomesMarkdown(p.report)) } });
            await dashboard.publish(config.jobs.map((j) => j.name));
        }
        return run;
    }
    finally {
        await forge?.close?.();
    }
}
/**
 * Writes to shared trackers happen only with consent a person gave for exactly them: in CI a plan is
 * applied by merging its proposal (never by `--apply`), and `--all-reporters` (which closes bugs people
 * filed) needs a manual run with `--yes`.
 */
function checkWriteConsent(inv, session) {
    if (session.ci && inv.args.flags.get('apply') === true) {
        throw new core_args/* UsageError */.eb(`--apply writes at once; in CI a plan is applied by merging its proposal (drop --apply)`, inv.name);
    }
    if (inv.args.flags.get('all-reporters') === true && session.ci) {
        const manual = session.env.GITHUB_EVENT_NAME === 'workflow_dispatch' || ['web', 'api', 'trigger'].includes(session.env.CI_PIPELINE_SOURCE ?? '');
        if (!manual || inv.args.flags.get('yes') !== true) {
            throw new core_args/* UsageError */.eb('--all-reporters also closes bugs people filed (CVEs, build failures): it runs only on a manual dispatch, confirmed with --yes', inv.name);
        }
    }
}
async function applyComputed(report, inv, session, config, hooks) {
    const [{ applyNow }, { finalizePlan }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(953)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9953)), __nccwpck_require__.e(/* import() */ 750).then(__nccwpck_require__.bind(__nccwpck_require__, 7750))]);
    const out = [];
    for (const { outcome } of report.jobs) {
        const draft = outcome.result?.plan;
        if (!draft || outcome.exitCode !== 0)
            continue;
        const plan = finalizePlan(draft, { job: outcome.job.name, now: new Date() });
        out.push(await applyNow(`(${inv.name})`, plan, session, config, { dryRun: inv.delivery === 'dry-run', forge: null, log: hooks.log }));
    }
    return out;
}
/** The dashboard writes through the guard, like every proposal: whatever it posts passes the run's redactor. */
async function openDashboard(forge, config, session) {
    const [{ Dashboard }, { guardForge }] = await Promise.all([__nccwpck_require__.e(/* import() */ 236).then(__nccwpck_require__.bind(__nccwpck_require__, 9236)), __nccwpck_require__.e(/* import() */ 918).then(__nccwpck_require__.bind(__nccwpck_require__, 1918))]);
    return Dashboard.open(guardForge(forge, session.egress.redact, new Set()), { title: config.dashboard.title });
}
/** Ticked boxes and schedules decide which jobs run now. */
async function steerJobs(dashboard, jobs, session) {
    const { steer } = await __nccwpck_require__.e(/* import() */ 821).then(__nccwpck_require__.bind(__nccwpck_require__, 9821));
    const scheduled = session.env.GITHUB_EVENT_NAME === 'schedule' || session.env.CI_PIPELINE_SOURCE === 'schedule' ? new Date() : undefined;
    const schedules = scheduled && jobs.some((j) => j.schedule) ? await Promise.all(/* import() */[__nccwpck_require__.e(628), __nccwpck_require__.e(324)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8943)) : undefined;
    return steer(dashboard, jobs, scheduled, (job, at) => {
        const parsed = job.schedule && schedules ? schedules.parseSchedule(job.schedule.expression) : undefined;
        return parsed === undefined || typeof parsed === 'string' || parsed.matches(at);
    });
}
/** Each job's state, the pauses the boxes asked for, and the default branch's validation. */
async function recordRun(dashboard, report, steering, config, workspace, session) {
    const { stateOf } = await __nccwpck_require__.e(/* import() */ 821).then(__nccwpck_require__.bind(__nccwpck_require__, 9821));
    const now = new Date();
    for (const job of report.jobs)
        dashboard.record(stateOf(job, steering.paused.has(job.outcome.job.name), now, session.egress.redact));
    // A job left out keeps its last state; only a pause or resume of this run changes it.
    for (const job of steering.skipped.keys())
        if (dashboard.paused.has(job) !== steering.paused.has(job))
            dashboard.amend(job, { paused: steering.paused.has(job) ? true : undefined });
    const validate = await (0,registry/* loadCommand */.yV)('validate');
    if (!validate)
        return;
    try {
        const result = await validate.run({
            workspace, config, args: { positionals: [], flags: new Map(), order: [] }, commandLine: 'poi-gitops validate', log: () => { },
            env: session.env, delivery: 'dry-run', credentials: session.credentials
        });
        const { errors, warnings } = (0,finding/* countBySeverity */.Ot)(result.findings);
        dashboard.record({
            job: 'validate', outcome: `${errors} error(s), ${warnings} warning(s)`, since: now.toISOString(),
            findings: result.findings.slice(0, 200).map((f) => ({ ...f, message: session.egress.redact(f.message) }))
        });
    }
    catch (e) {
        // A repository with no inventory to validate has nothing to show there.
        if (!(e instanceof types/* CommandError */.Q))
            throw e;
    }
}

// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __nccwpck_require__(2633);
// EXTERNAL MODULE: ./src/core/egress.ts
var core_egress = __nccwpck_require__(7516);
;// CONCATENATED MODULE: ./src/app/session.ts
// What one process run knows about where it runs: its environment, its
// credentials and the egress every byte it prints or writes goes through.


function createSession(env, sinks = core_egress/* processSinks */.YS) {
    const egress = new core_egress/* Egress */.Kj((0,credentials/* secretsFrom */.yD)(env), (0,core_egress/* logKindOf */.uB)(env), sinks);
    return { env, credentials: (0,credentials/* credentialsFrom */.Tf)(env), egress, ci: egress.log !== 'terminal' };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI (also what a GitLab CI job runs): parse the invocation, load the
// repository config, execute, then render for a terminal or a CI log. Every
// byte goes out through the session's egress (secrets redacted, CI logs
// defused). Exit codes: README, "Exit codes".















function usage() {
    const groups = (0,invocation/* commandGroups */.Io)();
    const width = Math.max(...groups.flatMap((g) => g.commands.map((c) => c.name.length)), 'run'.length);
    const row = (name, summary) => `  ${name.padEnd(width)}  ${summary}\n`;
    let out = `poi-gitops ${version/* VERSION */.x}: packages-of-interest inventories, the GitOps way\n\nUsage: poi-gitops COMMAND [OPTIONS]\n`;
    for (const g of groups) {
        out += `\n${g.title}:\n`;
        for (const c of g.commands)
            out += row(c.name, c.available ? c.summary : `${c.summary} (not yet available)`);
    }
    out += '\nGitOps:\n' + row('run', 'run every [[job]] of poi-gitops.toml; each becomes one pull/merge request') +
        row('apply', 'perform merged plans (plans/<job>.json), re-reading each target before its write') +
        row('jobs', 'list the jobs (--json for a CI matrix)') +
        row('ci', 'what a CI job runs: POI_GITOPS_COMMAND and POI_GITOPS_ARGS, split like shell words');
    return `${out}\nRun 'poi-gitops COMMAND --help' for a command's options.\n`;
}
const EXPORT_HELP = `poi-gitops export FORMAT [OPTIONS]

Writes what other tools read, from the merged inventories (-i FILE, -I DIR):

  content-resolver  one feedback-pipeline-workload YAML document per workload (or one for the whole
                    inventory when it defines none), named after the workload; --workload K, -o FILE, --out-dir DIR
  hs-relmon         the hs-relmon manifest: new packages added, existing entries and their overrides kept,
                    archived/unshipped markers followed; -o FILE merges into an existing manifest, --prune drops stale entries

Both are regenerated inside every proposal that changes their inventories ([exports.*] in poi-gitops.toml).
Run 'poi-gitops export FORMAT --help' for a format's options.
`;
const CI_SPEC = {
    name: 'ci',
    summary: 'Run what a CI job asks for: POI_GITOPS_COMMAND (default: validate in merge-request pipelines, run otherwise) with POI_GITOPS_ARGS, split like shell words but never run through a shell.',
    positionals: [],
    flags: []
};
async function runCli(argv, io) {
    const session = createSession(io.env, {
        stdout: io.stdout, stderr: io.stderr,
        writeFile: () => { throw new Error('the CLI writes files through its own paths'); },
        appendFile: () => { throw new Error('the CLI writes files through its own paths'); }
    });
    let command = argv[0] ?? '';
    try {
        if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
            session.egress.out(usage());
            return argv.length === 0 ? 2 : 0;
        }
        if (argv[0] === '--version' || argv[0] === '-V') {
            session.egress.out(`poi-gitops ${version/* VERSION */.x}\n`);
            return 0;
        }
        if (argv[0] === 'ci') {
            const args = (0,core_args/* parseArgs */.Zy)(CI_SPEC, argv.slice(1));
            if ((0,core_args/* bool */.lc)(args, 'help')) {
                session.egress.out((0,core_args/* helpText */.BK)(CI_SPEC));
                return 0;
            }
            if (args.positionals.length > 0)
                throw new core_args/* UsageError */.eb(`unexpected argument ${JSON.stringify(args.positionals[0])}: ci reads its command from POI_GITOPS_COMMAND and POI_GITOPS_ARGS`, 'ci');
            argv = ciArgv(io.env);
            command = argv[0] ?? '';
            const push = !io.env.POI_GITOPS_COMMAND?.trim() ? pushToDefaultBranch(session, {}) : undefined;
            if (push) {
                // A push that merged plans applies them; any other push runs the jobs.
                const workspace = new core_workspace/* FsWorkspace */.bY((0,invocation/* repositoryRoot */.Hn)(io.cwd));
                const plans = await pushedPlans(session, await loadConfig(workspace, undefined), workspace, push);
                if (plans.length > 0)
                    argv = ['apply', ...plans];
            }
        }
        if (argv[0] === 'export' && (argv[1] === undefined || argv[1].startsWith('-'))) {
            if (argv.includes('--help') || argv.includes('-h')) {
                session.egress.out(EXPORT_HELP);
                return 0;
            }
            throw new core_args/* UsageError */.eb('export needs a format: content-resolver or hs-relmon', 'export');
        }
        const inv = await (0,invocation/* parseInvocation */.wG)(argv, { cwd: io.cwd, ci: session.ci });
        command = inv.name;
        if (inv.help) {
            session.egress.out((0,core_args/* helpText */.BK)(inv.spec, (0,invocation/* globalFlagsOf */.u4)(inv.name)));
            return 0;
        }
        const workspace = new core_workspace/* FsWorkspace */.bY(inv.root, { externalReads: inv.externalReads });
        const config = await loadConfig(workspace, inv.config);
        if (inv.name === 'jobs') {
            const jobs = config.jobs.map((j) => ({ name: j.name, run: j.run, branch: config.proposal.branchPrefix + j.name }));
            session.egress.out((0,core_args/* bool */.lc)(inv.args, 'json') ? `${JSON.stringify(jobs)}\n` : jobs.map((j) => `${j.name}\t${j.branch}\t${(0,core_text/* printable */.g)(j.run)}\n`).join(''));
            return 0;
        }
        const execution = await execute(inv, session, config, workspace, { log: (line) => session.egress.err(`${line}\n`) });
        return await render(execution, inv, session, workspace);
    }
    catch (e) {
        return reportError(e, command, session);
    }
}
function reportError(e, command, session) {
    const out = session.egress;
    if (e instanceof config/* ConfigError */.xL) {
        out.err(`${(0,report_format/* formatText */.Oi)(e.findings)}error: invalid configuration\n`);
        return 2;
    }
    const findings = e.findings;
    if (findings?.length)
        out.err((0,report_format/* formatText */.Oi)(findings));
    out.err(`error: ${(0,core_text/* printable */.g)((0,errors/* describeError */.Uc)(e))}\n`);
    if (e instanceof core_args/* UsageError */.eb && command !== '')
        out.err(`Run 'poi-gitops ${(0,core_text/* printable */.g)(command)} --help' for usage.\n`);
    return (0,errors/* exitCodeOf */.FO)(e) ?? 2;
}
async function render(execution, inv, session, workspace) {
    const out = session.egress;
    if (execution.kind === 'command') {
        if (execution.result?.stdout)
            out.out(execution.result.stdout);
        if (execution.error !== undefined) {
            if (execution.findings.length)
                out.err((0,report_format/* formatText */.Oi)(execution.findings));
            out.err(`error: ${(0,core_text/* printable */.g)(execution.error)}\n`);
        }
        if (inv.name === 'validate' && execution.result)
            await validationArtifacts(inv, session, workspace, execution.result.findings, execution.result.files ?? []);
        return execution.exitCode;
    }
    if (execution.kind === 'apply') {
        for (const p of execution.run.plans) {
            if (p.error === undefined)
                continue;
            if (p.findings.length)
                out.err((0,report_format/* formatText */.Oi)(p.findings));
            out.err(`error: ${(0,core_text/* printable */.g)(p.error)}\n`);
        }
        return execution.run.exitCode;
    }
    if (execution.notice)
        out.err(`warning: ${execution.notice}\n`);
    const single = inv.name !== 'run';
    for (const job of execution.report.jobs)
        await renderJob(job, execution.delivery, session, single);
    for (const p of execution.applied ?? [])
        if (p.error !== undefined)
            out.err(`error: ${(0,core_text/* printable */.g)(p.error)}\n`);
    if (!single && execution.report.jobs.length === 0)
        out.err('No [[job]] in poi-gitops.toml: nothing to run.\n');
    if (!single && execution.report.jobs.length > 0)
        out.err(jobTable(execution.report.jobs));
    return (0,errors/* worstExitCode */.L1)([execution.report.exitCode, ...(execution.applied ?? []).map((p) => p.exitCode)]);
}
async function renderJob(job, delivery, session, single) {
    const out = session.egress;
    const { outcome } = job;
    if (outcome.stdout)
        out.out(outcome.stdout);
    if (outcome.error !== undefined) {
        out.err((0,report_format/* formatText */.Oi)(outcome.findings.filter((f) => f.severity === 'error')));
        out.err(`error: ${single ? '' : `job ${(0,core_text/* printable */.g)(outcome.job.name)}: `}${(0,core_text/* printable */.g)(outcome.error)}\n`);
    }
    if (!outcome.changeSet)
        return;
    switch (delivery) {
        case 'preview':
            if (job.diff) {
                out.out(job.diff);
                out.err('Showing the change as a diff; pass --write to apply it.\n');
            }
            else
                out.err(upToDate(job));
            return;
        case 'write':
            if (job.written?.length)
                for (const f of job.written)
                    out.err(`Wrote ${f}\n`);
            else if (job.written)
                out.err(upToDate(job));
            return;
        case 'dry-run':
            if (job.proposal?.preview)
                out.out((await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(291), __nccwpck_require__.e(808), __nccwpck_require__.e(292)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5292))).formatPreview(job.proposal.preview));
            return;
        case 'propose':
            return;
    }
}
function upToDate(job) {
    const paths = job.outcome.changeSet?.changes.map((c) => (0,core_text/* printable */.g)(c.path)) ?? [];
    return paths.length === 0 ? 'No changes.\n' : `No changes: ${paths.join(', ')} ${paths.length === 1 ? 'is' : 'are'} up to date.\n`;
}
function jobTable(jobs) {
    const rows = jobs.map((j) => [j.outcome.job.name, j.proposal?.operation ?? (j.outcome.error ? 'failed' : 'not proposed'), j.proposal?.url ?? j.outcome.error ?? j.proposal?.message ?? '']);
    const w0 = Math.max(3, ...rows.map((r) => r[0].length));
    const w1 = Math.max(7, ...rows.map((r) => r[1].length));
    return `\n${'Job'.padEnd(w0)}  ${'Outcome'.padEnd(w1)}  Detail\n` + rows.map(([a, b, c]) => `${(0,core_text/* printable */.g)(a).padEnd(w0)}  ${b.padEnd(w1)}  ${(0,core_text/* printable */.g)(c)}\n`).join('');
}
/** Report files for CI widgets (artifacts, not repository changes) and the GitLab MR note. */
async function validationArtifacts(inv, session, workspace, findings, files) {
    for (const [flag, format] of [['codequality', 'codequality'], ['junit', 'junit']]) {
        const path = (0,core_args/* str */.gx)(inv.args, flag);
        if (path !== undefined)
            await (0,promises_.writeFile)((0,external_node_path_.resolve)(workspace.root, path), session.egress.redact((0,report_format/* formatFindings */.eg)(format, findings, files)));
    }
    if (session.env.GITLAB_CI === 'true' && session.env.CI_MERGE_REQUEST_IID) {
        try {
            const { postValidationNote } = await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(582), __nccwpck_require__.e(413), __nccwpck_require__.e(922), __nccwpck_require__.e(943), __nccwpck_require__.e(608)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9608));
            session.egress.err(`${await postValidationNote(session, findings, files)}\n`);
        }
        catch (e) {
            session.egress.err(`warning: could not post the validation note: ${(0,errors/* describeError */.Uc)(e)}\n`);
        }
    }
}
/**
 * `poi-gitops ci`: what a CI job asks for, like the action's `auto`. POI_GITOPS_COMMAND
 * (default: validate in merge-request pipelines, run otherwise) and POI_GITOPS_ARGS are
 * split like shell words here, so a pipeline variable is never evaluated by a shell.
 */
function ciArgv(env) {
    const command = env.POI_GITOPS_COMMAND?.trim() || (env.CI_PIPELINE_SOURCE === 'merge_request_event' || env.GITHUB_EVENT_NAME === 'pull_request' ? 'validate' : 'run');
    return [...(0,shell_split/* shellSplit */.L)(command), ...(0,shell_split/* shellSplit */.L)(env.POI_GITOPS_ARGS ?? '')];
}


/***/ }),

/***/ 927:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   Nr: () => (/* binding */ JOB_COMMANDS),
/* harmony export */   TZ: () => (/* binding */ PLANNED),
/* harmony export */   Wv: () => (/* binding */ commandEntry),
/* harmony export */   mx: () => (/* binding */ proposes),
/* harmony export */   nZ: () => (/* binding */ COMMAND_NAMES),
/* harmony export */   p6: () => (/* binding */ commandName),
/* harmony export */   yV: () => (/* binding */ loadCommand)
/* harmony export */ });
/* unused harmony export hasCommand */
// Every subcommand in one table: its name, where `--help` lists it, what its
// result is (files changed, a plan of writes to other services, or output
// only) and how to load it. The CLI, the action, the job runner and the
// config checks all read this table, so a command is declared once.
const CATALOG = [
    { name: 'validate', group: 'inventory', job: false, inventories: true, effect: 'read-only', summary: 'check inventories: FILE:LINE:COL findings, exit 1 on an error', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(958), __nccwpck_require__.e(60)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2060))).validate },
    { name: 'show', group: 'inventory', job: false, inventories: true, effect: 'read-only', summary: 'list the packages of an inventory or a workload', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(958), __nccwpck_require__.e(765)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5765))).show },
    { name: 'find', group: 'inventory', job: false, inventories: true, effect: 'read-only', summary: 'which inventories and workloads hold a package', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(958), __nccwpck_require__.e(83)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9083))).find },
    { name: 'add', group: 'inventory', job: true, inventories: true, effect: 'files', summary: 'add a package (or RPMs, workloads, fields) to an inventory', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(958), __nccwpck_require__.e(740), __nccwpck_require__.e(357)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5357))).add },
    { name: 'remove', group: 'inventory', job: true, inventories: true, effect: 'files', summary: 'remove a package (or RPMs, workloads) from an inventory', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(958), __nccwpck_require__.e(740), __nccwpck_require__.e(452)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7452))).remove },
    { name: 'import', group: 'inventory', job: true, inventories: false, effect: 'files', summary: 'create an inventory from a legacy JSON package list', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(958), __nccwpck_require__.e(541)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2541))).importCommand },
    { name: 'export content-resolver', group: 'export', job: true, inventories: true, effect: 'files', summary: 'content-resolver workload YAML', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(958), __nccwpck_require__.e(604), __nccwpck_require__.e(930)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6930))).exportContentResolverCommand },
    { name: 'export hs-relmon', group: 'export', job: true, inventories: true, effect: 'files', summary: 'merge into an hs-relmon manifest', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(958), __nccwpck_require__.e(604), __nccwpck_require__.e(930)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6930))).exportHsRelmonCommand },
    { name: 'sync-distgit', group: 'sync', job: true, inventories: false, effect: 'files', summary: "fill an inventory from a Fedora dist-git user's or group's packages", load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(740), __nccwpck_require__.e(486), __nccwpck_require__.e(36), __nccwpck_require__.e(70)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3070))).syncDistgit },
    { name: 'sync-gitlab', group: 'sync', job: true, inventories: false, effect: 'files', summary: "fill an inventory from a CentOS SIG's GitLab group (CBS archival checks)", load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(582), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(740), __nccwpck_require__.e(962)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1910))).syncGitlab },
    { name: 'prune-retired', group: 'sync', job: true, inventories: true, effect: 'files', summary: 'mark (or remove) packages no longer shipped on any active Fedora branch', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(740), __nccwpck_require__.e(486), __nccwpck_require__.e(36), __nccwpck_require__.e(458)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3458))).pruneRetired },
    { name: 'triage-updates', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan priority raises and stale-bug closures for release-monitoring bugs', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(88), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(486), __nccwpck_require__.e(535), __nccwpck_require__.e(988), __nccwpck_require__.e(525)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4525))).triageUpdates },
    { name: 'triage-retired', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan closures of bugs on retired branches; --mark refreshes retired_on', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(88), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(740), __nccwpck_require__.e(486), __nccwpck_require__.e(535), __nccwpck_require__.e(940)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1940))).triageRetired },
    { name: 'semver-audit', group: 'bugzilla', job: true, inventories: true, effect: 'read-only', summary: 'classify pending updates as breaking or not (Cargo semver rule)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(88), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(486), __nccwpck_require__.e(535), __nccwpck_require__.e(988), __nccwpck_require__.e(662)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5662))).semverAudit },
    { name: 'adopt', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan taking orphaned packages of the inventory', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(486), __nccwpck_require__.e(535), __nccwpck_require__.e(472)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9472))).adopt }
];
const BY_NAME = new Map(CATALOG.map((e) => [e.name, e]));
/** Every command of the interface, available or not, in help order. */
const COMMANDS = CATALOG;
/** Names of the commands this version can run. */
const COMMAND_NAMES = CATALOG.filter((e) => e.load).map((e) => e.name);
/** Commands of the interface this version does not implement yet. */
const PLANNED = CATALOG.filter((e) => !e.load).map((e) => e.name);
function commandEntry(name) {
    return BY_NAME.get(name);
}
function hasCommand(name) {
    return BY_NAME.get(name)?.load !== undefined;
}
async function loadCommand(name) {
    return BY_NAME.get(name)?.load?.();
}
/** Whether the command's result is delivered as a proposal (in CI, or with --propose). */
function proposes(name) {
    const effect = BY_NAME.get(name)?.effect;
    return effect === 'files' || effect === 'plan';
}
/** The commands a [[job]] may run. */
const JOB_COMMANDS = CATALOG.filter((e) => e.job).map((e) => e.name);
/** `export` takes a format word: `export hs-relmon` is one command. */
function commandName(argv) {
    if (argv[0] === 'export' && argv[1] !== undefined && !argv[1].startsWith('-'))
        return { name: `export ${argv[1]}`, rest: argv.slice(2) };
    return { name: argv[0] ?? '', rest: argv.slice(1) };
}


/***/ }),

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ CommandError)
/* harmony export */ });
// The contract between entry points (CLI, action, GitLab job) and commands:
// a command reads through the workspace and returns output, findings and a
// change set. It never writes files, prints, or calls a forge itself.
class CommandError extends Error {
    exitCode;
    findings;
    localState;
    constructor(message, exitCode = 1, findings = [], localState) {
        super(message);
        this.exitCode = exitCode;
        this.findings = findings;
        this.localState = localState;
        this.name = 'CommandError';
    }
}


/***/ }),

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _H: () => (/* binding */ jobNameProblem),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   sb: () => (/* binding */ defaultConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _toml_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3187);
/* harmony import */ var _toml_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7868);
/* harmony import */ var _core_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(969);
/* harmony import */ var _toml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2403);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(2085);
/* harmony import */ var _inventory_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8027);
/* harmony import */ var _core_shell_split_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(3132);
/* harmony import */ var _commands_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(927);
/* harmony import */ var _sources_services_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5248);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8571);
/* harmony import */ var _core_workspace_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(8742);
// poi-gitops.toml: proposal defaults, exports regenerated with every change,
// the jobs `run` executes, service URLs and validation rule severities.
// Every problem is a located configuration error (exit 2): unknown keys (with
// a hint), wrong types, jobs without name/run, duplicate job names, paths that
// leave the repository, unknown commands and rules.











const CONFIG_FILE = 'poi-gitops.toml';
class ConfigError extends Error {
    findings;
    exitCode = 2;
    constructor(findings) {
        super(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'));
        this.findings = findings;
        this.name = 'ConfigError';
    }
}
/** The policy keys a [[job]] may set as [proposal] does (max-open counts across jobs, so only [proposal] has it). */
const POLICY_KEYS = ['update', 'min-interval', 'review', 'automerge', 'team-reviewers'];
/** A GitHub team: its slug, or `org/slug`. */
const TEAM = /^([A-Za-z0-9][A-Za-z0-9_.-]*\/)?[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Flags whose values are repository paths. */
const PATH_FLAGS = new Set(['-i', '--inventory', '-I', '--inventory-dir', '-o', '--output']);
function defaultConfig(path = CONFIG_FILE) {
    return {
        path,
        proposal: { branchPrefix: 'poi-gitops/', labels: [], reviewers: [], teamReviewers: [], draft: false, update: 'always', review: 'create', automerge: false },
        exports: {},
        jobs: [],
        services: {},
        validate: { rules: new Map() },
        plans: { dir: 'plans', maxWrites: 100, maxFailures: 3 },
        dashboard: { enabled: true, title: 'poi-gitops dashboard' }
    };
}
function parseConfig(path, bytes) {
    let text;
    try {
        text = (0,_core_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBytes */ .yj)(bytes).text;
    }
    catch (e) {
        if (e instanceof _core_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .DecodeError */ .Xc)
            throw new ConfigError([{ file: path, line: e.line, column: e.column, severity: 'error', rule: 'config', message: e.message }]);
        throw e;
    }
    const parsed = (0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToml */ .MT)(text);
    if (!parsed.ok)
        throw new ConfigError([{ file: path, ...parsed.finding, rule: 'config' }]);
    const reader = new ConfigReader(path, new _toml_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .TomlLocator */ .v((0,_toml_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanToml */ .IH)(text)));
    const config = reader.read(parsed.value);
    if (reader.findings.length > 0)
        throw new ConfigError(reader.findings);
    return config;
}
/** Job names become branch names and log lines: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
function jobNameProblem(name) {
    if (name.length > 100)
        return `job name is ${name.length} characters long; the most is 100`;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..') || name.endsWith('.lock') || name.endsWith('.')) {
        return `job name ${JSON.stringify(name)} must be usable as a branch name: letters, digits, ".", "_" and "-", starting with a letter or digit`;
    }
    return undefined;
}
class ConfigReader {
    file;
    locator;
    findings = [];
    constructor(file, locator) {
        this.file = file;
        this.locator = locator;
    }
    error(path, message) {
        this.findings.push({ file: this.file, ...this.locator.position(path), severity: 'error', rule: 'config', message });
    }
    read(doc) {
        const config = defaultConfig(this.file);
        this.keys(doc, [], ['proposal', 'exports', 'job', 'services', 'validate', 'plans', 'dashboard']);
        const dashboard = this.table(doc, ['dashboard']);
        if (dashboard) {
            this.keys(dashboard, ['dashboard'], ['enabled', 'title']);
            config.dashboard.enabled = this.bool(dashboard, ['dashboard', 'enabled']) ?? true;
            const title = this.string(dashboard, ['dashboard', 'title']);
            if (title !== undefined && title.trim() === '')
                this.error(['dashboard', 'title'], 'the dashboard title may not be empty');
            else if (title !== undefined)
                config.dashboard.title = title;
        }
        const plans = this.table(doc, ['plans']);
        if (plans) {
            this.keys(plans, ['plans'], ['dir', 'max-writes', 'max-failures']);
            config.plans.dir = this.path(plans, ['plans', 'dir']) ?? config.plans.dir;
            config.plans.maxWrites = this.count(plans, ['plans', 'max-writes']) ?? config.plans.maxWrites;
            config.plans.maxFailures = this.count(plans, ['plans', 'max-failures']) ?? config.plans.maxFailures;
        }
        const proposal = this.table(doc, ['proposal']);
        if (proposal) {
            this.keys(proposal, ['proposal'], ['base', 'branch-prefix', 'labels', 'reviewers', 'draft', 'max-open', ...POLICY_KEYS]);
            const p = config.proposal;
            p.base = this.string(proposal, ['proposal', 'base']);
            p.branchPrefix = this.string(proposal, ['proposal', 'branch-prefix']) ?? p.branchPrefix;
            if (p.branchPrefix === '')
                this.error(['proposal', 'branch-prefix'], 'branch-prefix may not be empty: proposal branches would be named after the jobs alone, and a job named like a base branch would write it');
            else if (!/^[A-Za-z0-9._/-]*$/.test(p.branchPrefix) || p.branchPrefix.includes('..') || p.branchPrefix.startsWith('/') || p.branchPrefix.startsWith('-'))
                this.error(['proposal', 'branch-prefix'], `branch-prefix "${p.branchPrefix}" is not a safe branch name prefix (letters, digits, . _ / -)`);
            p.labels = this.strings(proposal, ['proposal', 'labels']) ?? [];
            p.reviewers = this.strings(proposal, ['proposal', 'reviewers']) ?? [];
            p.draft = this.bool(proposal, ['proposal', 'draft']) ?? false;
            p.maxOpen = this.count(proposal, ['proposal', 'max-open']);
            const policy = this.policy(proposal, ['proposal']);
            config.proposal = {
                ...p,
                update: policy.update ?? p.update,
                review: policy.review ?? p.review,
                automerge: policy.automerge ?? p.automerge,
                teamReviewers: policy.teamReviewers ?? p.teamReviewers,
                ...(policy.minIntervalMs !== undefined ? { minIntervalMs: policy.minIntervalMs } : {}),
                ...(policy.teamReviewersAt ? { teamReviewersAt: policy.teamReviewersAt } : {})
            };
        }
        const exports = this.table(doc, ['exports']);
        if (exports) {
            this.keys(exports, ['exports'], ['content-resolver', 'hs-relmon']);
            const cr = this.table(exports, ['exports', 'content-resolver']);
            if (cr) {
                const at = ['exports', 'content-resolver'];
                this.keys(cr, at, ['inventories', 'out-dir', 'workload']);
                config.exports.contentResolver = {
                    inventories: this.paths(cr, [...at, 'inventories']) ?? [],
                    outDir: this.path(cr, [...at, 'out-dir']) ?? '.',
                    workload: this.string(cr, [...at, 'workload'])
                };
            }
            const hr = this.table(exports, ['exports', 'hs-relmon']);
            if (hr) {
                const at = ['exports', 'hs-relmon'];
                this.keys(hr, at, ['inventories', 'out', 'workload', 'distros', 'track', 'prune']);
                const out = this.path(hr, [...at, 'out']);
                if (out === undefined && hr.out === undefined)
                    this.error(at, '[exports.hs-relmon] needs `out`, the manifest path');
                config.exports.hsRelmon = {
                    inventories: this.paths(hr, [...at, 'inventories']) ?? [],
                    out: out ?? '',
                    workload: this.string(hr, [...at, 'workload']),
                    distros: this.string(hr, [...at, 'distros']),
                    track: this.string(hr, [...at, 'track']),
                    prune: this.bool(hr, [...at, 'prune']) ?? false
                };
            }
        }
        this.jobs(doc, config);
        const services = this.table(doc, ['services']);
        if (services) {
            this.keys(services, ['services'], _sources_services_js__WEBPACK_IMPORTED_MODULE_6__/* .SERVICE_NAMES */ .Z1);
            for (const key of _sources_services_js__WEBPACK_IMPORTED_MODULE_6__/* .SERVICE_NAMES */ .Z1) {
                const url = this.string(services, ['services', key]);
                if (url === undefined)
                    continue;
                if (!/^https?:\/\/[^\s/]+/.test(url))
                    this.error(['services', key], `services.${key} must be an http(s) URL`);
                else
                    config.services[key] = url;
            }
        }
        const validate = this.table(doc, ['validate']);
        if (validate) {
            this.keys(validate, ['validate'], ['inventories', 'rules']);
            config.validate.inventories = this.paths(validate, ['validate', 'inventories']);
            const rules = this.table(validate, ['validate', 'rules']);
            for (const [rule, value] of Object.entries(rules ?? {})) {
                const at = ['validate', 'rules', rule];
                if (!(0,_inventory_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .isRuleId */ .K)(rule)) {
                    const guess = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .a)(rule, Object.keys(_inventory_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y));
                    this.error(at, `unknown rule \`${rule}\`${guess ? `; did you mean \`${guess}\`?` : ''}`);
                }
                else if (value !== 'error' && value !== 'warning' && value !== 'off') {
                    this.error(at, `rule severity must be "error", "warning" or "off"`);
                }
                else if ('fatal' in _inventory_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y[rule] && value !== 'error') {
                    this.error(at, `\`${rule}\` makes the file unreadable for poi-tracker; its severity cannot be lowered`);
                }
                else
                    config.validate.rules.set(rule, value);
            }
        }
        return config;
    }
    jobs(doc, config) {
        const raw = doc.job;
        if (raw === undefined)
            return;
        if (!Array.isArray(raw)) {
            this.error(['job'], 'jobs are written as [[job]] tables');
            return;
        }
        const names = new Map();
        raw.forEach((j, i) => {
            const at = ['job', i];
            if (!(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .isTable */ .bI)(j))
                return this.error(at, 'each job must be a [[job]] table');
            this.keys(j, at, ['name', 'run', 'title', 'labels', 'reviewers', 'draft', 'base', 'schedule', 'max-open', ...POLICY_KEYS]);
            if (j['max-open'] !== undefined)
                this.error([...at, 'max-open'], '`max-open` counts the open proposals of all jobs: set it in [proposal]');
            const name = this.string(j, [...at, 'name']);
            const run = this.string(j, [...at, 'run']);
            if (name === undefined && j.name === undefined)
                this.error(at, 'a [[job]] needs a `name`');
            if (run === undefined && j.run === undefined)
                this.error(at, 'a [[job]] needs `run`, the command it runs');
            if (name !== undefined) {
                const problem = jobNameProblem(name);
                if (problem)
                    this.error([...at, 'name'], problem);
                const prev = names.get(name);
                if (prev !== undefined)
                    this.error([...at, 'name'], `duplicate job name "${name}" (also at line ${this.locator.position(['job', prev, 'name']).line})`);
                else
                    names.set(name, i);
            }
            let argv = [];
            let effect;
            if (run !== undefined) {
                try {
                    argv = (0,_core_shell_split_js__WEBPACK_IMPORTED_MODULE_10__/* .shellSplit */ .L)(run);
                }
                catch (e) {
                    if (!(e instanceof _core_shell_split_js__WEBPACK_IMPORTED_MODULE_10__/* .SplitError */ .z))
                        throw e;
                    this.error([...at, 'run'], e.message);
                }
                if (argv.length === 0)
                    this.error([...at, 'run'], '`run` is empty');
                else {
                    const command = (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .commandName */ .p6)(argv).name;
                    effect = (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .commandEntry */ .Wv)(command)?.effect;
                    if ((0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .commandEntry */ .Wv)(command) === undefined) {
                        const guess = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .a)(command, _commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .JOB_COMMANDS */ .Nr);
                        this.error([...at, 'run'], `unknown command \`${command}\`${guess ? `; did you mean \`${guess}\`?` : ''}`);
                    }
                    else if (!_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .JOB_COMMANDS */ .Nr.includes(command)) {
                        this.error([...at, 'run'], `\`${command}\` proposes nothing, so it cannot run as a job (jobs run: ${_commands_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .JOB_COMMANDS */ .Nr.join(', ')})`);
                    }
                }
                argv.forEach((a, k) => {
                    const flag = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
                    if (!PATH_FLAGS.has(flag))
                        return;
                    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[k + 1];
                    if (value !== undefined && (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_8__/* .safeRepoPath */ .jO)(value) === undefined)
                        this.error([...at, 'run'], `path "${value}" is outside the repository`);
                });
            }
            const policy = this.policy(j, at);
            // Merging a plan's proposal is the approval of its writes to other services: a person gives it.
            if (policy.automerge === true && effect === 'plan') {
                this.error([...at, 'automerge'], 'a plan is approved by a person merging its proposal, so a job that plans writes to other services cannot merge automatically: remove `automerge` from this job');
            }
            const proposal = {
                title: this.string(j, [...at, 'title']),
                labels: this.strings(j, [...at, 'labels']),
                reviewers: this.strings(j, [...at, 'reviewers']),
                draft: this.bool(j, [...at, 'draft']),
                base: this.string(j, [...at, 'base']),
                ...policy
            };
            const runAt = run !== undefined ? this.locator.position([...at, 'run']) : undefined;
            // Checked with the job's command line (app/check-jobs.ts), which loads the cron parser only when needed.
            const schedule = this.string(j, [...at, 'schedule']);
            const scheduleAt = schedule !== undefined ? this.locator.position([...at, 'schedule']) : undefined;
            config.jobs.push({ name: name ?? '', run: run ?? '', argv, line: this.locator.position(at).line, ...(runAt ? { runAt } : {}), ...(schedule !== undefined && scheduleAt ? { schedule: { expression: schedule, at: scheduleAt } } : {}), proposal });
        });
        // A proposal branch must never be a branch people merge into: refuse it before anything runs.
        const bases = new Map();
        if (config.proposal.base)
            bases.set(config.proposal.base, '[proposal] base');
        config.jobs.forEach((j) => { if (j.proposal.base)
            bases.set(j.proposal.base, `the base of job "${j.name}"`); });
        config.jobs.forEach((j, i) => {
            const branch = config.proposal.branchPrefix + j.name;
            const clash = bases.get(branch);
            if (j.name && clash)
                this.error(['job', i, 'name'], `job "${j.name}" would propose from branch "${branch}", which is ${clash}; poi-gitops never writes a base branch`);
        });
    }
    /** The policy keys of [proposal] or a [[job]]; only the keys written are in the result. */
    policy(t, at) {
        const out = {};
        const update = this.oneOf(t, [...at, 'update'], ['always', 'when-merged']);
        if (update)
            out.update = update;
        const review = this.oneOf(t, [...at, 'review'], ['create', 'always']);
        if (review)
            out.review = review;
        const automerge = this.bool(t, [...at, 'automerge']);
        if (automerge !== undefined)
            out.automerge = automerge;
        const interval = this.string(t, [...at, 'min-interval']);
        if (interval !== undefined) {
            const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDuration */ .E)(interval);
            if (ms === undefined)
                this.error([...at, 'min-interval'], `\`min-interval\` must be a duration such as "30m", "6h" or "2d" (a whole number of minutes, hours or days), not ${JSON.stringify(interval)}`);
            else
                out.minIntervalMs = ms;
        }
        const teams = this.strings(t, [...at, 'team-reviewers']);
        if (teams !== undefined) {
            teams.forEach((team, i) => {
                if (!TEAM.test(team))
                    this.error([...at, 'team-reviewers', i], `team ${JSON.stringify(team)} is not a GitHub team slug (e.g. "maintainers" or "my-org/maintainers")`);
            });
            out.teamReviewers = teams;
            out.teamReviewersAt = this.locator.position([...at, 'team-reviewers']);
        }
        return out;
    }
    oneOf(t, at, values) {
        const v = this.string(t, at);
        if (v === undefined)
            return undefined;
        const found = values.find((x) => x === v);
        if (found === undefined)
            this.error(at, `\`${String(at[at.length - 1])}\` must be ${values.map((x) => `"${x}"`).join(' or ')}, not ${JSON.stringify(v)}`);
        return found;
    }
    keys(t, at, known) {
        for (const key of Object.keys(t)) {
            if (known.includes(key))
                continue;
            const guess = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .a)(key, known);
            const where = at.length ? `[${at.filter((p) => typeof p === 'string').join('.')}]` : 'the top level';
            this.error([...at, key], `unknown key \`${key}\` in ${where}${guess ? `; did you mean \`${guess}\`?` : ''}`);
        }
    }
    table(t, at) {
        const v = t[at[at.length - 1]];
        if (v === undefined)
            return undefined;
        if (!(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .isTable */ .bI)(v)) {
            this.error(at, `\`${at.join('.')}\` must be a table, not ${(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(v)}`);
            return undefined;
        }
        return v;
    }
    string(t, at) {
        const v = t[String(at[at.length - 1])];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'string') {
            this.error(at, `\`${String(at[at.length - 1])}\` must be a string, not ${(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(v)}`);
            return undefined;
        }
        return v;
    }
    strings(t, at) {
        const v = t[String(at[at.length - 1])];
        if (v === undefined)
            return undefined;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
            this.error(at, `\`${String(at[at.length - 1])}\` must be an array of strings`);
            return undefined;
        }
        return v;
    }
    bool(t, at) {
        const v = t[String(at[at.length - 1])];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'boolean') {
            this.error(at, `\`${String(at[at.length - 1])}\` must be true or false, not ${(0,_toml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tomlTypeName */ .g_)(v)}`);
            return undefined;
        }
        return v;
    }
    /** A positive whole number. */
    count(t, at) {
        const v = t[String(at[at.length - 1])];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'bigint' && (typeof v !== 'number' || !Number.isInteger(v)) || Number(v) < 1) {
            this.error(at, `\`${String(at[at.length - 1])}\` must be a whole number of at least 1`);
            return undefined;
        }
        return Number(v);
    }
    path(t, at) {
        const v = this.string(t, at);
        if (v === undefined)
            return undefined;
        const safe = (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_8__/* .safeRepoPath */ .jO)(v);
        if (safe === undefined)
            this.error(at, `path "${v}" is outside the repository`);
        return safe;
    }
    paths(t, at) {
        const list = this.strings(t, at);
        if (!list)
            return undefined;
        const out = [];
        list.forEach((p, i) => {
            const safe = (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_8__/* .safeRepoPath */ .jO)(p);
            if (safe === undefined)
                this.error([...at, i], `path "${p}" is outside the repository`);
            else
                out.push(safe);
        });
        return out;
    }
}


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gd: () => (/* binding */ COMMON_FLAGS),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   iJ: () => (/* binding */ checkPositionals),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rN: () => (/* binding */ DELIVERY_FLAGS),
/* harmony export */   zq: () => (/* binding */ INVENTORY_FLAGS)
/* harmony export */ });
/* unused harmony exports GLOBAL_FLAGS, positionalArity */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2085);
// Declarative flags per command, in poi-tracker's syntax: `--flag value`,
// `--flag=value`, `-x value`, comma-separated lists that may also repeat, and
// `--` to end flags. The same spec renders `--help`.

class UsageError extends Error {
    command;
    exitCode = 2;
    constructor(message, command) {
        super(message);
        this.command = command;
        this.name = 'UsageError';
    }
}
/** Commands that read inventories take these. */
const INVENTORY_FLAGS = [
    { name: 'inventory', short: 'i', kind: 'repeat', metavar: 'FILE', path: 'read', help: 'inventory file (repeatable; used in order)' },
    { name: 'inventory-dir', short: 'I', kind: 'repeat', metavar: 'DIR', path: 'read', help: 'every *.toml in DIR, sorted (repeatable; after -i files)' }
];
/** Every command takes these; they may also stand before the command. */
const COMMON_FLAGS = [
    { name: 'directory', short: 'C', kind: 'string', metavar: 'DIR', help: 'the repository root (default: the git top-level of the current directory)' },
    { name: 'config', kind: 'string', metavar: 'FILE', path: 'read', help: 'repository config (default: poi-gitops.toml)' },
    { name: 'dry-run', kind: 'bool', help: 'compute and report only; write nothing, propose nothing' },
    { name: 'help', short: 'h', kind: 'bool', help: 'show this help' }
];
/** Commands whose result is delivered (files changed, a plan) take these. */
const DELIVERY_FLAGS = [
    { name: 'write', kind: 'bool', help: 'apply the change to the working tree instead of printing the diff' },
    { name: 'propose', kind: 'bool', help: 'open or update the pull/merge request from a terminal' },
    { name: 'job', kind: 'string', metavar: 'NAME', help: 'the job (and so the branch) a single command proposes as' }
];
/** All of them: what a spec accepts when its caller does not say which apply. */
const GLOBAL_FLAGS = [...INVENTORY_FLAGS, ...COMMON_FLAGS.filter((f) => f.name !== 'help'), ...DELIVERY_FLAGS, COMMON_FLAGS.find((f) => f.name === 'help')];
function parseArgs(spec, argv, globals = GLOBAL_FLAGS) {
    const flags = [...spec.flags, ...globals];
    const byLong = new Map(flags.map((f) => [f.name, f]));
    const byShort = new Map(flags.filter((f) => f.short).map((f) => [f.short, f]));
    const out = { positionals: [], flags: new Map(), order: [] };
    let i = 0;
    const take = (flag, inline, shown) => {
        if (inline !== undefined)
            return inline;
        const v = argv[++i];
        if (v === undefined)
            throw new UsageError(`${shown} needs a value (${flag.metavar ?? 'VALUE'})`, spec.name);
        return v;
    };
    for (; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.positionals.push(...argv.slice(i + 1));
            break;
        }
        let flag;
        let inline;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
            inline = eq < 0 ? undefined : arg.slice(eq + 1);
            flag = byLong.get(name);
            if (!flag)
                throw new UsageError(`unknown flag --${name} for '${spec.name}'${suggest(name, flags)}`, spec.name);
        }
        else if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
            flag = byShort.get(arg[1]);
            if (!flag)
                throw new UsageError(`unknown flag ${arg} for '${spec.name}'`, spec.name);
            if (arg.length > 2)
                inline = arg.slice(2).replace(/^=/, '');
        }
        else {
            out.positionals.push(arg);
            continue;
        }
        const shown = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
        out.order.push(flag.name);
        switch (flag.kind) {
            case 'bool':
                if (inline !== undefined)
                    throw new UsageError(`${shown} takes no value`, spec.name);
                out.flags.set(flag.name, true);
                break;
            case 'string':
                out.flags.set(flag.name, take(flag, inline, shown));
                break;
            case 'list': {
                const prev = out.flags.get(flag.name) ?? [];
                out.flags.set(flag.name, [...prev, ...take(flag, inline, shown).split(',').map((s) => s.trim()).filter(Boolean)]);
                break;
            }
            case 'repeat': {
                const prev = out.flags.get(flag.name) ?? [];
                out.flags.set(flag.name, [...prev, take(flag, inline, shown)]);
                break;
            }
        }
    }
    return out;
}
/** How many positional arguments a spec takes: `NAME` one, `[NAME]` at most one, `FILE...` one or more, `[FILE...]` any. */
function positionalArity(spec) {
    let min = 0;
    let max = 0;
    for (const p of spec.positionals) {
        const optional = p.startsWith('[');
        const many = p.includes('...');
        if (!optional)
            min++;
        max = many || max === Infinity ? Infinity : max + 1;
    }
    return { min, max };
}
/** Refuses a missing or extra positional argument (an extra word must never be silently dropped). */
function checkPositionals(spec, args) {
    const { min, max } = positionalArity(spec);
    const n = args.positionals.length;
    const usage = `usage: poi-gitops ${spec.name}${spec.positionals.length ? ' ' + spec.positionals.join(' ') : ''} [OPTIONS]`;
    if (n > max) {
        const extra = args.positionals.slice(max).map((p) => JSON.stringify(p)).join(' ');
        throw new UsageError(`unexpected argument${n - max === 1 ? '' : 's'} ${extra} (${usage})`, spec.name);
    }
    if (n < min)
        throw new UsageError(`missing ${spec.positionals.filter((p) => !p.startsWith('['))[n]} (${usage})`, spec.name);
}
function suggest(name, flags) {
    const close = flags.find((f) => f.name.startsWith(name) || name.startsWith(f.name))?.name ?? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(name, flags.map((f) => f.name));
    return close ? ` (did you mean --${close}?)` : '';
}
const str = (a, name) => a.flags.get(name);
const bool = (a, name) => a.flags.get(name) === true;
const list = (a, name) => a.flags.get(name) ?? [];
function helpText(spec, globals = GLOBAL_FLAGS) {
    const flags = [...spec.flags, ...globals];
    const rows = flags.map((f) => {
        const names = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.kind === 'bool' ? '' : ` ${f.metavar ?? 'VALUE'}`}`;
        return [names, f.help + (f.kind === 'list' ? ' (comma-separated or repeated)' : '')];
    });
    const width = Math.max(...rows.map(([n]) => n.length));
    return `poi-gitops ${spec.name}${spec.positionals.length ? ' ' + spec.positionals.join(' ') : ''} [OPTIONS]\n\n${spec.summary}\n\n` +
        (spec.notes ? spec.notes.trim() + '\n\n' : '') +
        'Options:\n' + rows.map(([n, h]) => `  ${n.padEnd(width)}  ${h}\n`).join('');
}


/***/ }),

/***/ 8835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ changedFiles)
/* harmony export */ });
// What a command hands over: the files that should now read differently and
// a structured account of what changed and why. Commands never write files or
// call forges; the CLI prints or applies a ChangeSet and the proposal engine
// turns it into one pull/merge request per job.
function changedFiles(changes) {
    return changes.filter((c) => c.before !== c.after);
}


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tf: () => (/* binding */ credentialsFrom),
/* harmony export */   hG: () => (/* binding */ inputOrEnv),
/* harmony export */   yD: () => (/* binding */ secretsFrom)
/* harmony export */ });
/* unused harmony export inputVariable */
// The run's credentials, read once from the action's inputs (INPUT_* variables,
// which win) and the environment. The same list feeds the egress redactor and
// the runner's masking, so no output channel can know fewer secrets than the
// clients that send them.
const SOURCES = [
    { key: 'github', input: 'token', env: 'GITHUB_TOKEN' },
    { key: 'gitlab', input: 'gitlab-token', env: 'GITLAB_TOKEN' },
    { key: 'bugzilla', input: 'bugzilla-api-key', env: 'BUGZILLA_API_KEY' },
    { key: 'distgit', input: 'distgit-token', env: 'DISTGIT_TOKEN' }
];
/** Other tokens a CI job may hold: never used by poi-gitops, never printed by it either. */
const AMBIENT = ['GH_TOKEN', 'CI_JOB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPLOY_PASSWORD'];
/** The action's input variable name, as @actions/core spells it. */
const inputVariable = (input) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
function credentialsFrom(env) {
    const out = {};
    for (const { key, input, env: name } of SOURCES) {
        const value = inputOrEnv(env, input, name);
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}
/** Every secret value the run knows: credentials, their other spellings, and ambient CI tokens. */
function secretsFrom(env) {
    const values = new Set();
    for (const { input, env: name } of SOURCES) {
        for (const v of [env[inputVariable(input)], env[name]])
            if (nonEmpty(v))
                values.add(v.trim());
    }
    for (const name of AMBIENT)
        if (nonEmpty(env[name]))
            values.add(env[name].trim());
    return [...values];
}
/** A setting given as the action's input or, failing that, as an environment variable (blank counts as unset). */
function inputOrEnv(env, input, name) {
    return nonEmpty(env[inputVariable(input)]) ?? nonEmpty(env[name]);
}
function nonEmpty(value) {
    return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}


/***/ }),

/***/ 969:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ fromText),
/* harmony export */   Xc: () => (/* binding */ DecodeError),
/* harmony export */   yj: () => (/* binding */ decodeBytes)
/* harmony export */ });
// Text files as the repository holds them: strict UTF-8 (an invalid byte is a
// located error, not U+FFFD), with the byte-order mark and the line-ending
// style remembered so an edit writes the file back the way it was.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
class DecodeError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
        this.name = 'DecodeError';
    }
}
function decodeBytes(bytes) {
    let text;
    try {
        text = strictUtf8.decode(bytes);
    }
    catch {
        const { offset, line, column } = firstInvalidUtf8(bytes);
        throw new DecodeError(`not valid UTF-8 text (byte 0x${bytes[offset].toString(16).padStart(2, '0')} at offset ${offset})`, line, column);
    }
    return fromText(text);
}
function fromText(text) {
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom)
        text = text.slice(1);
    const lf = text.indexOf('\n');
    const eol = lf > 0 && text.charCodeAt(lf - 1) === 0x0d ? '\r\n' : '\n';
    return { text, bom, eol };
}
/** Where a strict decoder gave up: the first byte that starts no valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let line = 1;
    let lineStart = 0;
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let len = 0;
        if (b < 0x80)
            len = 1;
        else if (b >= 0xc2 && b <= 0xdf)
            len = 2;
        else if (b >= 0xe0 && b <= 0xef)
            len = 3;
        else if (b >= 0xf0 && b <= 0xf4)
            len = 4;
        let ok = len > 0 && i + len <= bytes.length;
        for (let k = 1; ok && k < len; k++)
            ok = (bytes[i + k] & 0xc0) === 0x80;
        if (ok && len === 3) {
            const cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
            ok = cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff);
        }
        if (ok && len === 4) {
            const cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
            ok = cp >= 0x10000 && cp <= 0x10ffff;
        }
        if (!ok)
            return { offset: i, line, column: i - lineStart + 1 };
        if (b === 0x0a) {
            line++;
            lineStart = i + 1;
        }
        i += len;
    }
    return { offset: Math.max(0, bytes.length - 1), line, column: 1 };
}


/***/ }),

/***/ 8571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as poi-gitops.toml writes them: a whole number and a unit,
// `30m`, `6h`, `2d` (minutes, hours, days). Kept this small on purpose: one
// unit per value reads unambiguously in a config file and in a message.
const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^([1-9][0-9]{0,5})([mhd])$/;
/** Milliseconds of `30m` / `6h` / `2d`, or undefined when the text is not such a duration. */
function parseDuration(text) {
    const m = DURATION.exec(text);
    if (!m)
        return undefined;
    return Number(m[1]) * UNITS[m[2]];
}
/** The shortest exact form of a duration in the same units (90 minutes → `90m`, 48 hours → `2d`). */
function formatDuration(ms) {
    for (const unit of ['d', 'h', 'm']) {
        if (ms >= UNITS[unit] && ms % UNITS[unit] === 0)
            return `${ms / UNITS[unit]}${unit}`;
    }
    return `${Math.ceil(ms / 1000)}s`;
}


/***/ }),

/***/ 7516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ Egress),
/* harmony export */   YS: () => (/* binding */ processSinks),
/* harmony export */   t8: () => (/* binding */ meantCommand),
/* harmony export */   uB: () => (/* binding */ logKindOf)
/* harmony export */ });
/* unused harmony export defuse */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2258);
// The one way out of the process. Every byte poi-gitops prints or writes for
// people — stdout, stderr, workflow commands, the step summary, report files —
// passes through here: the run's secrets are redacted (with their encoded
// forms), and in CI logs data cannot pose as a log command.
//
// GitHub's runner reads a line as a workflow command when it starts with `::`
// after leading white space, and the legacy `##[command]` form anywhere in a
// line (actions/runner, src/Runner.Common/ActionCommand.cs: TryParseV2 and
// TryParse). GitLab reads section markers and colours from ESC sequences.
// Text that is not a command the tool means is defused: a zero-width space
// between the two colons or after `##`, and control characters shown escaped.



// Marks a line as a workflow command the tool means. Data cannot forge it: the
// mark holds a NUL and a value drawn fresh for every process.
const MEANT = `\u0000${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}\u0000`;
/** A workflow command line the tool means (only report/workflow-commands.ts builds them). */
function meantCommand(line) {
    return `${MEANT}${line.replace(/[\r\n]/g, '')}`;
}
const processSinks = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    writeFile: (path, text) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, text),
    appendFile: (path, text) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, text)
};
const ZWSP = '\u200b';
// Controls that rewrite a log line (CR), start terminal/GitLab sequences (ESC) or are invisible; \n and \t stay.
const LOG_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
class Egress {
    log;
    sinks;
    redact;
    #secrets;
    constructor(secrets, log, sinks = processSinks) {
        this.log = log;
        this.sinks = sinks;
        this.#secrets = secrets.filter((s) => typeof s === 'string' && s !== '');
        this.redact = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)(this.#secrets);
    }
    /** The secrets this egress redacts (for clients that must not send them anywhere else, and for the runner's masking). */
    get secrets() {
        return this.#secrets;
    }
    /** Text for stdout: redacted, and defused in CI logs. */
    out(text) {
        this.sinks.stdout(this.safe(text));
    }
    /** Text for stderr: redacted, and defused in CI logs. */
    err(text) {
        this.sinks.stderr(this.safe(text));
    }
    /**
     * Registers a secret with the GitHub runner's own masking. The one line that must carry a
     * secret verbatim: the runner consumes it and never shows it.
     */
    mask(secret) {
        if (this.log === 'github' && secret !== '' && !/[\r\n]/.test(secret))
            this.sinks.stdout(`::add-mask::${secret}\n`);
    }
    writeFile(path, text) {
        this.sinks.writeFile(path, this.redact(text));
    }
    appendFile(path, text) {
        this.sinks.appendFile(path, this.redact(text));
    }
    /**
     * What `out`/`err` print for this text: redacted; in CI logs defused, except the lines marked
     * as commands the tool means (their data was escaped where they were built).
     */
    safe(text) {
        if (!text.includes(MEANT))
            return this.#plain(text);
        // A command's data is escaped where it is built; `##[` in it is defused too, should a runner ever read it.
        return text.split('\n').map((line) => (line.startsWith(MEANT) ? this.redact(line.slice(MEANT.length)).replace(/##\[/g, `##${ZWSP}[`) : this.#plain(line))).join('\n');
    }
    #plain(text) {
        const redacted = this.redact(text);
        return this.log === 'terminal' ? redacted : defuse(redacted, this.log);
    }
}
/** CI log text that cannot be read as a log command. */
function defuse(text, log) {
    let out = text.replace(LOG_CONTROLS, (c) => (c === '\r' ? '\\r' : c === '\u001b' ? '\\e' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
    if (log === 'github') {
        // Leading white space as .NET's TrimStart sees it (JavaScript's \s plus U+0085, already escaped above).
        out = out.replace(/^([^\S\n]*):(?=:)/gm, `$1:${ZWSP}`).replace(/##\[/g, `##${ZWSP}[`);
    }
    return out;
}
/** The kind of log this process writes to, from the CI's own variables. */
function logKindOf(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github';
    if (env.GITLAB_CI === 'true')
        return 'gitlab';
    return 'terminal';
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   L1: () => (/* binding */ worstExitCode),
/* harmony export */   Uc: () => (/* binding */ describeError)
/* harmony export */ });
// Exit codes (README, "Exit codes"): 0 done, 1 findings or errors in the
// inputs, 2 usage or configuration error, 3 a remote service failed. Every
// expected error carries its code as `exitCode`; this is the one place that
// reads it.
/** The exit code an error stands for, or undefined for an unexpected error (a bug). */
function exitCodeOf(error) {
    const code = typeof error === 'object' && error !== null ? error.exitCode : undefined;
    return code === 0 || code === 1 || code === 2 || code === 3 ? code : undefined;
}
/** The worst of several outcomes: a configuration error outranks a remote failure, which outranks findings. */
function worstExitCode(codes) {
    const rank = { 0: 0, 1: 1, 3: 2, 2: 3 };
    return codes.reduce((w, c) => (rank[c] > rank[w] ? c : w), 0);
}
/** A message for any error: its own for an expected one, marked as a bug otherwise. */
function describeError(error) {
    if (!(error instanceof Error))
        return `internal error (a bug in poi-gitops): ${String(error)}`;
    return exitCodeOf(error) !== undefined ? error.message : `internal error (a bug in poi-gitops): ${error.stack ?? error.message}`;
}


/***/ }),

/***/ 5278:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings)
/* harmony export */ });
/* unused harmony export FindingsError */
// A finding is one located problem in an input file: what validation, config
// checks and commands report, and what every output form (text, json, github
// annotations, GitLab Code Quality, JUnit) renders.
function countBySeverity(findings) {
    let errors = 0;
    for (const f of findings)
        if (f.severity === 'error')
            errors++;
    return { errors, warnings: findings.length - errors };
}
/** Stable order: file, line, column, rule. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
/** Thrown when an input cannot be used at all; carries its findings. */
class FindingsError extends Error {
    findings;
    exitCode = 1;
    constructor(findings) {
        super(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'));
        this.findings = findings;
        this.name = 'FindingsError';
    }
}


/***/ }),

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Content hashes for fingerprints and markers (hex SHA-256).

function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports REDACTED, base64Cores */
// Secret redaction for everything the bot posts (titles, bodies, comments,
// commit messages). @actions/core's setSecret masks logs only, and it misses
// encoded forms; a token that slipped into remote data or an error message
// must not land in a public PR. Registered secrets are removed verbatim,
// percent-encoded, and base64-encoded at any alignment (so the token inside
// a base64 "Authorization: Basic user:token" header is found too); well-known
// token shapes and URL credentials are removed even when not registered.
const REDACTED = '[redacted]';
/** Shorter values are not redacted: they would match ordinary words. */
const MIN_SECRET_LENGTH = 6;
/** Shorter base64 cores are skipped for the same reason. */
const MIN_ENCODED_LENGTH = 8;
const TOKEN_SHAPES = [
    /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, // GitHub classic, OAuth, user-to-server, server-to-server, refresh
    /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, // GitHub fine-grained
    /\bgl(?:pat|dt|ptt|rt|cbt|oas|soat|ffct|agent|imt|ft|sst)-[A-Za-z0-9_.-]{20,}/g, // GitLab token prefixes
    /\bGR1348941[A-Za-z0-9_-]{20,}/g, // GitLab runner registration
    /\bAKIA[0-9A-Z]{16}\b/g // AWS access key id
];
/** user:password@ in URLs. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi;
function createRedactor(secrets) {
    const needles = new Set();
    for (const secret of secrets) {
        if (!secret || secret.length < MIN_SECRET_LENGTH)
            continue;
        needles.add(secret);
        needles.add(encodeURIComponent(secret));
        for (const core of base64Cores(secret))
            if (core.length >= MIN_ENCODED_LENGTH)
                needles.add(core);
    }
    // Longest first, so a secret that contains another is removed whole.
    const ordered = [...needles].sort((a, b) => b.length - a.length);
    const redact = (text) => {
        let out = text;
        for (const needle of ordered)
            if (out.includes(needle))
                out = out.split(needle).join(REDACTED);
        for (const shape of TOKEN_SHAPES)
            out = out.replace(shape, REDACTED);
        return out.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
    };
    return Object.assign(redact, { contains: (text) => ordered.some((needle) => text.includes(needle)) });
}
/**
 * The base64 (standard and URL-safe) characters that depend only on the secret's
 * bytes, for each of the three byte offsets the secret can have inside a longer
 * encoded string. Characters that straddle a neighbouring byte are dropped.
 */
function base64Cores(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const cores = [];
    for (let offset = 0; offset < 3; offset++) {
        const padded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(2)]);
        const encoded = padded.toString('base64');
        const first = Math.ceil((offset * 8) / 6);
        const end = Math.floor(((offset + bytes.length) * 8) / 6);
        const core = encoded.slice(first, end);
        cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return [...new Set(cores)];
}


/***/ }),

/***/ 3132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ shellSplit),
/* harmony export */   z: () => (/* binding */ SplitError)
/* harmony export */ });
// Splits a command line the way a POSIX shell would split words (quotes and
// backslashes), without ever running a shell: `args` inputs and `run = "…"`
// job lines are data, so $(…), ;, | and globs are just characters.
class SplitError extends Error {
    exitCode = 2;
}
function shellSplit(line) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new SplitError(`unterminated single quote in: ${line}`);
            word += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            for (;;) {
                if (i >= line.length)
                    throw new SplitError(`unterminated double quote in: ${line}`);
                const d = line[i];
                if (d === '"')
                    break;
                if (d === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1])) {
                    if (line[i + 1] !== '\n')
                        word += line[i + 1];
                    i += 2;
                }
                else {
                    word += d;
                    i++;
                }
            }
            inWord = true;
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length)
                throw new SplitError(`trailing backslash in: ${line}`);
            if (line[i + 1] !== '\n') {
                word += line[i + 1];
                inWord = true;
            }
            i += 2;
        }
        else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else {
            word += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}


/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export editDistance */
// "Did you mean" for misspelt keys, flags and commands: the closest known word within a small edit distance.
/** Edits between two words, a swap of two neighbouring letters counting as one (the commonest typo). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
function didYouMean(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/-/g, '_');
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = norm(word) === norm(c) ? 0 : editDistance(norm(word), norm(c));
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
    return bestDistance <= limit ? best : undefined;
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
// Data that is not the tool's own (package names, file names, remote messages)
// is printed on one line with its control characters visible, so one finding
// is always one line and nothing in a name can move the cursor, start a new
// log line or hide text behind a carriage return.
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };
// C0 and C1 controls, DEL, line/paragraph separators and the bidirectional
// overrides that can make text read differently from what it is.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The text with every control character shown as an escape (`\n`, `\e`, `\u{202e}`). */
function printable(text) {
    return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0).toString(16)}}`);
}


/***/ }),

/***/ 8742:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   YX: () => (/* binding */ OverlayWorkspace),
/* harmony export */   bY: () => (/* binding */ FsWorkspace),
/* harmony export */   jO: () => (/* binding */ safeRepoPath),
/* harmony export */   kP: () => (/* binding */ WorkspaceError),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, ApplyConflictError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1138);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(969);
/* harmony import */ var _changeset_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8835);
// The repository as commands see it, and the one boundary every repository
// file passes: reads (and, in local.ts, writes) resolve symbolic links and
// refuse anything outside the repository root, anything that is not a
// regular file (a FIFO would block, a device never ends) and anything larger
// than MAX_FILE_BYTES. Commands never write; an overlay lets `run` show later
// steps the files earlier steps changed.






/** Inventories are kilobytes to a few megabytes; anything past this is a mistake or an attack. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A path the workspace refuses; the message names the path and the cause. */
class WorkspaceError extends Error {
    path;
    reason;
    name = 'WorkspaceError';
    exitCode = 1;
    constructor(path, reason) {
        super(`${path}: ${reason}`);
        this.path = path;
        this.reason = reason;
    }
}
const SKIP_DIRS = new Set(['.git', 'node_modules']);
class FsWorkspace {
    root;
    #realRoot;
    #external;
    constructor(root, options = {}) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root);
        this.#external = new Set((options.externalReads ?? []).map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p)));
    }
    async read(path) {
        const external = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) && this.#external.has((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
        const real = external ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path).catch(() => undefined) : await this.#resolve(path);
        if (real === undefined)
            return undefined;
        let handle;
        try {
            // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the path is already resolved.
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
        }
        catch (e) {
            if (code(e) === 'ENOENT')
                return undefined;
            throw new WorkspaceError(path, `cannot be opened (${code(e) ?? e.message})`);
        }
        try {
            const info = await handle.stat();
            if (info.isDirectory())
                throw new WorkspaceError(path, 'is a directory, not a file');
            if (!info.isFile())
                throw new WorkspaceError(path, `is ${kindOf(info)}, not a regular file`);
            if (info.size > MAX_FILE_BYTES)
                throw new WorkspaceError(path, `is ${mib(info.size)}, larger than the ${mib(MAX_FILE_BYTES)} poi-gitops reads`);
            // Read at most one byte past the cap, so a file that grows while it is read is refused too.
            let buffer = Buffer.alloc(Math.min(info.size, MAX_FILE_BYTES) + 1);
            let length = 0;
            for (;;) {
                const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
                if (bytesRead === 0)
                    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
                length += bytesRead;
                if (length > MAX_FILE_BYTES)
                    throw new WorkspaceError(path, `is larger than the ${mib(MAX_FILE_BYTES)} poi-gitops reads`);
                if (length === buffer.length)
                    buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, MAX_FILE_BYTES + 1 - buffer.length))]);
            }
        }
        finally {
            await handle.close();
        }
    }
    /**
     * Writes changed files (`--write`). Every file is checked first: it must still hold its
     * `before` content (absent for a created file), so an edit made since the change was computed
     * is never overwritten. A symbolic link inside the repository is written through (the link
     * stays a link); permission bits are kept. Returns the paths written or deleted.
     */
    async write(changes) {
        const files = (0,_changeset_js__WEBPACK_IMPORTED_MODULE_5__/* .changedFiles */ .Y)(changes);
        const conflicts = [];
        const targets = [];
        for (const change of files) {
            let target;
            try {
                target = (await this.#resolve(change.path, true));
            }
            catch (e) {
                if (!(e instanceof WorkspaceError))
                    throw e;
                conflicts.push(e.message);
                continue;
            }
            const current = await this.read(change.path).catch((e) => {
                if (e instanceof WorkspaceError)
                    conflicts.push(e.message);
                else
                    throw e;
                return null;
            });
            if (current === null)
                continue;
            const text = current === undefined ? null : Buffer.from(current).toString('utf8');
            if (text !== change.before) {
                conflicts.push(`${change.path}: ${text === null ? 'missing' : change.before === null ? 'already exists' : 'changed since the change was computed'}`);
                continue;
            }
            targets.push({ change, target, mode: current === undefined ? undefined : (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target)).mode & 0o7777 });
        }
        if (conflicts.length > 0)
            throw new ApplyConflictError(conflicts);
        for (const { change, target, mode } of targets) {
            if (change.after === null) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(target);
                continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            // Write then rename, so an interrupted run never leaves half a file.
            const temp = `${target}.poi-gitops-${process.pid}.tmp`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, change.after, { flag: 'wx' });
            if (mode !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(temp, mode);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
        }
        return targets.map((t) => t.change.path);
    }
    /**
     * Keeps local state a command asked for on a terminal (a resume point): files written or removed
     * through the same boundary, without the `before` check of `write` (they are not part of any change).
     */
    async keep(state) {
        const done = [];
        for (const { path, content } of state.write) {
            const target = (await this.#resolve(path, true));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(target, content);
            done.push(path);
        }
        for (const path of state.remove) {
            const target = await this.#resolve(path).catch(() => undefined);
            if (target !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(target).catch(() => undefined);
        }
        return done;
    }
    async realPath(path) {
        const real = await this.#resolve(path, true);
        return toRepoPath(await this.#root(), real);
    }
    async glob(patterns) {
        const all = await this.#walk(this.root);
        return all.filter((f) => patterns.some((p) => (0,minimatch__WEBPACK_IMPORTED_MODULE_3__/* .minimatch */ .xF)(f, p, { dot: false }))).sort();
    }
    /** A repository-relative path for a relative or absolute spelling of a path inside the repository. */
    relativePath(path) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.root, path);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.root, abs);
        if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel))
            throw new WorkspaceError(path, 'is outside the repository');
        return rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    }
    #root() {
        this.#realRoot ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(this.root);
        return this.#realRoot;
    }
    /**
     * The real absolute path for a repository path, symbolic links followed; undefined when nothing
     * is there. Refuses paths that are, or lead, outside the repository. With `forWrite`, a missing
     * file resolves through its nearest existing ancestor (where a write would create it).
     */
    async #resolve(path, forWrite = false) {
        const rel = this.#clean(path);
        const root = await this.#root();
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel);
        let real;
        try {
            real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
        }
        catch (e) {
            if (code(e) !== 'ENOENT' && code(e) !== 'ENOTDIR')
                throw new WorkspaceError(path, `cannot be resolved (${code(e) ?? e.message})`);
            const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch(() => undefined);
            if (link?.isSymbolicLink())
                throw new WorkspaceError(path, 'is a symbolic link to a file that does not exist');
            if (!forWrite)
                return undefined;
            real = await this.#nearest(root, abs, path);
        }
        if (!isInside(root, real))
            throw new WorkspaceError(path, 'is a symbolic link (or lies under one) that leads outside the repository');
        return real;
    }
    /** Where a new file would be created: its nearest existing ancestor resolved, the rest appended. */
    async #nearest(root, abs, path) {
        let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs);
        for (;;) {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir).catch(() => undefined);
            if (real !== undefined) {
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(real, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, abs));
                if (!isInside(root, target))
                    throw new WorkspaceError(path, 'lies under a symbolic link that leads outside the repository');
                return target;
            }
            if (dir === root || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
                throw new WorkspaceError(path, 'is outside the repository');
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
        }
    }
    #clean(path) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? this.relativePath(path) : path;
        if (rel === '' || rel.includes('\0') || rel.includes('\\') || rel.split('/').some((s) => s === '..')) {
            throw new WorkspaceError(path, 'is not a clean path inside the repository');
        }
        return rel;
    }
    async #walk(dir) {
        const out = [];
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name))
                    out.push(...(await this.#walk(full)));
                continue;
            }
            // A link to a directory is not descended (git does not follow it either, and it may loop).
            if (entry.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(full).catch(() => undefined))?.isDirectory())
                continue;
            // Links, FIFOs and devices are listed: reading them gives a located refusal instead of silence.
            out.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.root, full).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
        }
        return out;
    }
}
/** `--write` found files that do not hold what the change was computed from. */
class ApplyConflictError extends Error {
    conflicts;
    name = 'ApplyConflictError';
    exitCode = 1;
    constructor(conflicts) {
        super(`not applied: ${conflicts.join('; ')}`);
        this.conflicts = conflicts;
    }
}
/** A workspace with some files replaced (or deleted, when null) in memory. */
class OverlayWorkspace {
    base;
    files = new Map();
    constructor(base) {
        this.base = base;
    }
    get root() {
        return this.base.root;
    }
    set(path, content) {
        this.files.set(path, content);
    }
    async read(path) {
        if (this.files.has(path)) {
            const c = this.files.get(path);
            return c === null || c === undefined ? undefined : new TextEncoder().encode(c);
        }
        return this.base.read(path);
    }
    async glob(patterns) {
        const found = new Set(await this.base.glob(patterns));
        for (const [path, content] of this.files) {
            if (content === null)
                found.delete(path);
            else if (patterns.some((p) => (0,minimatch__WEBPACK_IMPORTED_MODULE_3__/* .minimatch */ .xF)(path, p)))
                found.add(path);
        }
        return [...found].sort();
    }
    realPath(path) {
        return this.base.realPath(path);
    }
}
/** A file as text (its byte-order mark kept, so a FileChange's `before` is the file exactly), or null when absent. */
async function readText(ws, path) {
    const bytes = await ws.read(path);
    if (bytes === undefined)
        return null;
    const d = (0,_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeBytes */ .yj)(bytes);
    return (d.bom ? '\ufeff' : '') + d.text;
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
}
function toRepoPath(root, real) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
function kindOf(info) {
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
function code(e) {
    const c = e?.code;
    return typeof c === 'string' ? c : undefined;
}
/** A repository-relative path that stays inside the repository, or undefined. */
function safeRepoPath(p) {
    if (p === '' || p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.includes('\\') || p.includes('\u0000'))
        return undefined;
    const norm = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(p);
    if (norm === '..' || norm.startsWith('../'))
        return undefined;
    return norm.replace(/^\.\//, '');
}


/***/ }),

/***/ 8027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ isRuleId),
/* harmony export */   y: () => (/* binding */ RULES)
/* harmony export */ });
// Every validation rule, with its default severity. Rules marked `fatal` are
// what poi-tracker itself rejects (the file cannot be loaded at all); their
// severity cannot be lowered. The others go beyond poi-tracker and default
// to warnings on files poi-tracker accepts, so existing repositories keep passing.
const RULES = {
    read: { severity: 'error', fatal: true, summary: 'the file cannot be read' },
    encoding: { severity: 'error', fatal: true, summary: 'the file is not valid UTF-8 text' },
    syntax: { severity: 'error', fatal: true, summary: 'TOML syntax error' },
    'package-array-conflict': { severity: 'error', fatal: true, summary: '`package = []` combined with [[package]] tables' },
    'required-key': { severity: 'error', fatal: true, summary: 'a required key is missing' },
    type: { severity: 'error', fatal: true, summary: 'a value has the wrong type' },
    'priority-value': { severity: 'error', fatal: true, summary: 'a priority is not one of unspecified, low, medium, high, urgent' },
    'duplicate-package': { severity: 'error', summary: 'a package name appears more than once in a file (poi-tracker V1)' },
    'unsorted-packages': { severity: 'warning', summary: 'packages are not sorted by name (poi-tracker V2)' },
    'private-field': { severity: 'warning', summary: 'private_fields names something other than poc, reason, team, task (poi-tracker V3)' },
    'unknown-key': { severity: 'warning', summary: 'a key poi-tracker does not know (it would be ignored)' },
    'undefined-workload': { severity: 'warning', summary: 'a package names a workload that no [inventory.workloads] table defines' },
    'dangling-workload-member': { severity: 'warning', summary: 'a workload lists a package that has no [[package]] entry' },
    'workload-list-duplicate': { severity: 'warning', summary: 'a workload lists the same package twice' },
    'workload-list-unsorted': { severity: 'warning', summary: "a workload's packages list is not sorted" },
    'package-in-no-workload': { severity: 'warning', summary: 'workloads are defined but a package belongs to none' },
    'workload-default-unspecified': { severity: 'warning', summary: 'default_priority = "unspecified" has no effect' },
    'track-value': { severity: 'warning', summary: 'track is not a value hs-relmon accepts' },
    'distros-value': { severity: 'warning', summary: 'distros has a token hs-relmon rejects' },
    'export-unsafe': { severity: 'warning', summary: "a value poi-tracker's exports would write unquoted and break" },
    'export-filename': { severity: 'warning', summary: 'content-resolver file names collide or contain a path separator' },
    'marker-conflict': { severity: 'warning', summary: 'unshipped and archived_builds are both set' },
    'marker-empty': { severity: 'warning', summary: 'an empty marker string (it still counts as set)' },
    'retired-on': { severity: 'warning', summary: 'retired_on is unsorted, has duplicates, or is empty' },
    'rpm-list': { severity: 'warning', summary: 'duplicate RPMs, RPMs listed both plain and per-arch, empty arch lists, or rpms = []' },
    'arch-key': { severity: 'warning', summary: 'an arch_rpms key outside x86_64, aarch64, ppc64le, s390x, i686, noarch' },
    'package-name': { severity: 'warning', summary: 'an empty or implausible source package name' },
    'conflicting-duplicate': { severity: 'warning', summary: 'the same package in several inventories with different values' }
};
function isRuleId(id) {
    return Object.prototype.hasOwnProperty.call(RULES, id);
}


/***/ }),

/***/ 5017:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hR: () => (/* binding */ FORMATS),
  mk: () => (/* binding */ applySeverities),
  eg: () => (/* binding */ formatFindings),
  Oi: () => (/* binding */ formatText)
});

// UNUSED EXPORTS: GITHUB_ANNOTATIONS_PER_KIND, formatCodeQuality, formatFinding, formatGithub, formatJson, formatJunit

// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __nccwpck_require__(299);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __nccwpck_require__(5278);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
// EXTERNAL MODULE: ./src/core/egress.ts
var egress = __nccwpck_require__(7516);
;// CONCATENATED MODULE: ./src/report/workflow-commands.ts
// GitHub Actions workflow commands, escaped as @actions/core escapes them
// (toolkit packages/core/src/command.ts): data `%`, CR, LF; properties also
// `:` and `,`. Every command poi-gitops prints is built here and marked as
// meant, so the egress passes it while defusing everything else.


const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** One annotation line; the message is made printable first, so one annotation is one line of text. */
function annotation(kind, message, props = {}) {
    const parts = [];
    if (props.file !== undefined)
        parts.push(`file=${escapeProperty((0,core_text/* printable */.g)(props.file))}`);
    if (props.line !== undefined)
        parts.push(`line=${props.line}`);
    if (props.col !== undefined)
        parts.push(`col=${props.col}`);
    if (props.title !== undefined)
        parts.push(`title=${escapeProperty((0,core_text/* printable */.g)(props.title))}`);
    return (0,egress/* meantCommand */.t8)(`::${kind}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData((0,core_text/* printable */.g)(message))}`);
}
const groupStart = (title) => meantCommand(`::group::${escapeData(printable(title))}`);
const groupEnd = () => meantCommand('::endgroup::');

;// CONCATENATED MODULE: ./src/report/format.ts
// Renders findings in the forms `validate --format` offers (README,
// "Validation"): text for people, json for machines, github workflow-command
// annotations, GitLab Code Quality JSON and JUnit XML for merge-request
// widgets.




const FORMATS = ['text', 'json', 'github', 'codequality', 'junit'];
/** GitHub shows at most 10 annotations of each kind per step; the rest are printed as plain lines. */
const GITHUB_ANNOTATIONS_PER_KIND = 10;
/** One line per finding, whatever its file name or message holds. */
function formatFinding(f) {
    return `${(0,core_text/* printable */.g)(f.file)}:${f.line}:${f.column}: ${f.severity}: ${(0,core_text/* printable */.g)(f.message)} (${f.rule})`;
}
function formatText(findings) {
    return (0,finding/* sortFindings */.Tc)(findings).map((f) => `${formatFinding(f)}\n`).join('');
}
function formatJson(findings) {
    return JSON.stringify((0,finding/* sortFindings */.Tc)(findings).map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message })), null, 2) + '\n';
}
function formatGithub(findings) {
    const sorted = (0,finding/* sortFindings */.Tc)(findings).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const used = { error: 0, warning: 0 };
    let out = '';
    let plain = 0;
    for (const f of sorted) {
        if (used[f.severity] < GITHUB_ANNOTATIONS_PER_KIND) {
            used[f.severity]++;
            out += `${annotation(f.severity, f.message, { file: f.file, line: f.line, col: f.column, title: `poi-gitops ${f.rule}` })}\n`;
        }
        else {
            plain++;
            out += `${formatFinding(f)}\n`;
        }
    }
    if (plain > 0)
        out += `${plain} more finding(s) than GitHub annotates per step are listed above and in the job summary.\n`;
    return out;
}
/** GitLab Code Quality: fingerprints stay stable when lines move (file, rule, message and occurrence). */
function formatCodeQuality(findings) {
    const seen = new Map();
    const issues = (0,finding/* sortFindings */.Tc)(findings).map((f) => {
        const base = `${f.file}\u0000${f.rule}\u0000${f.message}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return {
            description: f.message,
            check_name: f.rule,
            fingerprint: (0,hash/* sha256 */.s)(`${base}\u0000${n}`).slice(0, 32),
            severity: f.severity === 'error' ? 'major' : 'minor',
            location: { path: f.file, lines: { begin: f.line } }
        };
    });
    return JSON.stringify(issues, null, 2) + '\n';
}
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd');
/** One test suite per file; every error is a failed test case, every warning a passed one with output. */
function formatJunit(findings, files) {
    const byFile = new Map();
    for (const f of [...files].sort())
        byFile.set(f, []);
    for (const f of (0,finding/* sortFindings */.Tc)(findings))
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    const total = (0,finding/* countBySeverity */.Ot)(findings);
    let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="poi-gitops validate" tests="${[...byFile.values()].reduce((n, l) => n + Math.max(1, l.length), 0)}" failures="${total.errors}">\n`;
    for (const [file, list] of byFile) {
        const errors = list.filter((f) => f.severity === 'error').length;
        out += `  <testsuite name="${xml(file)}" tests="${Math.max(1, list.length)}" failures="${errors}">\n`;
        if (list.length === 0)
            out += `    <testcase classname="${xml(file)}" name="valid"/>\n`;
        for (const f of list) {
            const name = xml(`${f.rule} at ${f.line}:${f.column}`);
            out += `    <testcase classname="${xml(file)}" name="${name}">\n`;
            if (f.severity === 'error')
                out += `      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(`${f.file}:${f.line}:${f.column}: ${f.message}`)}</failure>\n`;
            else
                out += `      <system-out>${xml(`warning: ${f.message}`)}</system-out>\n`;
            out += '    </testcase>\n';
        }
        out += '  </testsuite>\n';
    }
    return out + '</testsuites>\n';
}
function formatFindings(format, findings, files) {
    switch (format) {
        case 'text': return formatText(findings);
        case 'json': return formatJson(findings);
        case 'github': return formatGithub(findings);
        case 'codequality': return formatCodeQuality(findings);
        case 'junit': return formatJunit(findings, files);
    }
}
/** Applies `[validate.rules]` from poi-gitops.toml: raise, lower or silence a rule. */
function applySeverities(findings, overrides) {
    const out = [];
    for (const f of findings) {
        const o = overrides.get(f.rule);
        if (o === 'off')
            continue;
        out.push(o ? { ...f, severity: o } : f);
    }
    return out;
}


/***/ }),

/***/ 5248:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ normalizeServiceUrl),
/* harmony export */   Z1: () => (/* binding */ SERVICE_NAMES),
/* harmony export */   bs: () => (/* binding */ resolveServices),
/* harmony export */   my: () => (/* binding */ ServiceConfigError),
/* harmony export */   pV: () => (/* binding */ SERVICE_DEFAULTS)
/* harmony export */ });
/* unused harmony exports SERVICE_ENV, isServiceName, resolveServiceDetails */
// The remote services the bot talks to and where they live. A default for
// each, overridable by the repository config's [services] table and by a
// POI_GITOPS_*_URL variable (the variable wins), so staging instances and
// local fakes work without code changes.
const SERVICE_NAMES = ['distgit', 'bodhi', 'bugzilla', 'gitlab', 'cbs-koji', 'fedora-koji'];
const SERVICE_DEFAULTS = {
    distgit: 'https://src.fedoraproject.org',
    bodhi: 'https://bodhi.fedoraproject.org',
    bugzilla: 'https://bugzilla.redhat.com',
    gitlab: 'https://gitlab.com',
    'cbs-koji': 'https://cbs.centos.org/kojihub',
    'fedora-koji': 'https://koji.fedoraproject.org/kojihub',
};
const SERVICE_ENV = {
    distgit: 'POI_GITOPS_DISTGIT_URL',
    bodhi: 'POI_GITOPS_BODHI_URL',
    bugzilla: 'POI_GITOPS_BUGZILLA_URL',
    gitlab: 'POI_GITOPS_GITLAB_URL',
    'cbs-koji': 'POI_GITOPS_CBS_KOJI_URL',
    'fedora-koji': 'POI_GITOPS_FEDORA_KOJI_URL',
};
/** A bad service URL or an unknown [services] key: a configuration error (exit 2). */
class ServiceConfigError extends Error {
    origin;
    name = 'ServiceConfigError';
    exitCode = 2;
    constructor(origin, message) {
        super(`${origin}: ${message}`);
        this.origin = origin;
    }
}
function isServiceName(key) {
    return SERVICE_NAMES.includes(key);
}
/**
 * Checks that `raw` is an absolute http(s) URL without credentials, query or
 * fragment, and returns it without trailing slashes. `origin` names the
 * setting in the error message.
 */
function normalizeServiceUrl(raw, origin) {
    const trimmed = raw.trim();
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new ServiceConfigError(origin, `${JSON.stringify(raw)} is not an absolute URL (expected e.g. https://host/path)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new ServiceConfigError(origin, `${JSON.stringify(raw)} must use http or https, not ${url.protocol.replace(/:$/, '')}`);
    }
    // Credentials in a URL end up in logs and PR bodies; tokens have their own inputs.
    if (url.username !== '' || url.password !== '') {
        throw new ServiceConfigError(origin, 'the URL must not contain a user name or password; use the token inputs instead');
    }
    if (url.search !== '' || url.hash !== '') {
        throw new ServiceConfigError(origin, `${JSON.stringify(raw)} must not have a query or fragment`);
    }
    return url.href.replace(/\/+$/, '');
}
/**
 * Resolves every service URL. `config` is the parsed [services] table (or
 * undefined); unknown keys and non-string values are configuration errors.
 * An empty variable counts as unset (CI often expands missing inputs to "").
 */
function resolveServiceDetails(config, env = process.env) {
    if (config) {
        for (const key of Object.keys(config)) {
            if (!isServiceName(key)) {
                throw new ServiceConfigError(`[services].${key}`, `unknown service; known services are ${SERVICE_NAMES.join(', ')}`);
            }
        }
    }
    const out = {};
    for (const name of SERVICE_NAMES) {
        const variable = SERVICE_ENV[name];
        const fromEnv = env[variable];
        const fromConfig = config?.[name];
        if (fromEnv !== undefined && fromEnv.trim() !== '') {
            out[name] = { name, url: normalizeServiceUrl(fromEnv, variable), source: 'env', origin: variable };
        }
        else if (fromConfig !== undefined) {
            const origin = `[services].${name}`;
            if (typeof fromConfig !== 'string')
                throw new ServiceConfigError(origin, 'must be a string URL');
            out[name] = { name, url: normalizeServiceUrl(fromConfig, origin), source: 'config', origin };
        }
        else {
            out[name] = { name, url: SERVICE_DEFAULTS[name], source: 'default', origin: 'default' };
        }
    }
    return out;
}
/** Service name → base URL, the shape of `Provenance.services`. */
function resolveServices(config, env = process.env) {
    const details = resolveServiceDetails(config, env);
    const out = {};
    for (const name of SERVICE_NAMES)
        out[name] = details[name].url;
    return out;
}


/***/ }),

/***/ 7868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ TomlLocator)
/* harmony export */ });
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3187);
// Maps logical TOML paths (['package', 3, 'rpms', 1]) to source offsets, from
// the scanner's spans, so every finding can name a line and column.

const SEP = '\u0000';
const keyOf = (path) => path.join(SEP);
class TomlLocator {
    scan;
    offsets = new Map();
    constructor(scan) {
        this.scan = scan;
        for (const table of scan.tables) {
            const base = keyOf(table.path);
            if (table.kind !== 'root')
                this.note(base, table.headerStart);
            for (const kv of table.entries)
                this.noteEntry(base, kv);
        }
    }
    // Keys are built incrementally (prefix + SEP + part): a key with thousands of
    // dotted parts must not cost a join per part.
    note(key, offset) {
        if (!this.offsets.has(key))
            this.offsets.set(key, offset);
    }
    noteEntry(base, kv) {
        let key = base;
        for (const part of kv.key) {
            key = key === '' ? part : key + SEP + part;
            this.note(key, kv.keyStart);
        }
        this.noteValue(key, kv.value);
    }
    noteValue(key, value) {
        if (value.items) {
            value.items.forEach((item, i) => {
                const k = key === '' ? String(i) : key + SEP + i;
                this.note(k, item.start);
                this.noteValue(k, item);
            });
        }
        if (value.entries)
            for (const kv of value.entries)
                this.noteEntry(key, kv);
    }
    /** Offset of the most specific known prefix of `path`. */
    offset(path) {
        for (let n = path.length; n > 0; n--) {
            const o = this.offsets.get(keyOf(path.slice(0, n)));
            if (o !== undefined)
                return o;
        }
        return 0;
    }
    position(path) {
        return (0,_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .lineColumn */ .rv)(this.scan.lineStarts, this.offset(path));
    }
}


/***/ }),

/***/ 3187:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ scanToml),
/* harmony export */   p4: () => (/* binding */ computeLineStarts),
/* harmony export */   p5: () => (/* binding */ decodeBasic),
/* harmony export */   rv: () => (/* binding */ lineColumn)
/* harmony export */ });
// A structural scanner for TOML text that smol-toml has already accepted.
//
// smol-toml gives the values; this gives their positions: every table header,
// key and value with its byte span, so findings can point at a line and column
// and edits can splice text without touching anything around it. It does not
// validate: it only has to be right for valid TOML (1.0 and 1.1).
//
// One pass finds the table headers and allocates nothing for keys and values;
// a table's entries are scanned when first asked for, and line starts are
// computed only when a position is reported. An edit of a large file pays only
// for the tables it touches.
// A whole `key = value` line whose value is a one-line string, a bare scalar, or an array of
// strings (over several lines, with comments): most lines of an inventory. Skipped by the regex
// engine; anything else (multi-line strings, inline tables, nested arrays, dates with a space)
// does not match and goes through the scanner.
const STR = String.raw `"(?:[^"\\\n]|\\.)*"|'[^'\n]*'`;
const KEY = String.raw `(?:[A-Za-z0-9_-]+|${STR})`;
const VALUE = String.raw `(?:${STR}|\[(?:[ \t\r\n,]|#[^\n]*|${STR})*\]|[^ \t\r\n#,\[\]{}"']+)`;
const SIMPLE_LINE = new RegExp(String.raw `${KEY}(?:[ \t]*\.[ \t]*${KEY})*[ \t]*=[ \t]*${VALUE}[ \t]*(?:#[^\n]*)?(?:\r?\n|$)`, 'y');
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
/** `fastLines` false scans every line by hand (what the regex shortcut is tested against). */
function scanToml(text, fastLines = true) {
    return new Scanner(text).scan(fastLines);
}
/** 1-based line and column (in UTF-16 code units + 1) of an offset. */
function lineColumn(lineStarts, offset) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}
function computeLineStarts(text) {
    const starts = [0];
    let nl = text.indexOf('\n');
    while (nl >= 0) {
        starts.push(nl + 1);
        nl = text.indexOf('\n', nl + 1);
    }
    return starts;
}
class Scanned {
    text;
    tables;
    starts;
    constructor(text, tables) {
        this.text = text;
        this.tables = tables;
    }
    get lineStarts() {
        return (this.starts ??= computeLineStarts(this.text));
    }
}
class LazyTable {
    text;
    kind;
    key;
    path;
    lineStart;
    headerStart;
    headerEnd;
    bodyStart;
    scanned;
    end;
    constructor(text, kind, key, path, lineStart, headerStart, headerEnd, bodyStart) {
        this.text = text;
        this.kind = kind;
        this.key = key;
        this.path = path;
        this.lineStart = lineStart;
        this.headerStart = headerStart;
        this.headerEnd = headerEnd;
        this.bodyStart = bodyStart;
        this.end = text.length;
    }
    get entries() {
        return (this.scanned ??= new Scanner(this.text, this.bodyStart, this.end).entries());
    }
}
class Scanner {
    text;
    limit;
    pos;
    arrayCounts = new Map();
    /** Header key parts seen before: 110,000 headers hold one 'package' string, not 110,000. */
    names = new Map();
    constructor(text, start = 0, limit = text.length) {
        this.text = text;
        this.limit = limit;
        this.pos = start;
    }
    scan(fastLines) {
        const { text } = this;
        const root = new LazyTable(text, 'root', [], [], 0, 0, 0, 0);
        const tables = [root];
        let current = root;
        for (;;) {
            this.skipBlankAndComments();
            if (this.pos >= text.length)
                break;
            const before = this.pos;
            if (text.charCodeAt(this.pos) === 0x5b /* [ */) {
                const lineStart = this.lineStartOf(this.pos);
                current.end = lineStart;
                current = this.header(lineStart);
                tables.push(current);
            }
            else {
                SIMPLE_LINE.lastIndex = this.pos;
                if (fastLines && SIMPLE_LINE.test(text))
                    this.pos = SIMPLE_LINE.lastIndex;
                else
                    this.keyValue(true, false);
            }
            if (this.pos <= before)
                this.pos = before + 1; // never loop on unexpected input
        }
        current.end = text.length;
        return new Scanned(text, tables);
    }
    /** The key/values from the start offset up to the limit (one table's body). */
    entries() {
        const out = [];
        for (;;) {
            this.skipBlankAndComments();
            if (this.pos >= this.limit)
                break;
            const before = this.pos;
            out.push(this.keyValue(true, true));
            if (this.pos <= before)
                this.pos = before + 1;
        }
        return out;
    }
    header(lineStart) {
        const { text } = this;
        const headerStart = this.pos;
        const isArray = text.charCodeAt(this.pos + 1) === 0x5b;
        this.pos += isArray ? 2 : 1;
        const key = this.key(true).map((k) => {
            const seen = this.names.get(k);
            if (seen !== undefined)
                return seen;
            this.names.set(k, k);
            return k;
        });
        this.skipSpaces();
        this.pos += isArray ? 2 : 1; // ] or ]]
        const headerEnd = this.pos;
        this.skipToLineEnd();
        return new LazyTable(text, isArray ? 'array' : 'table', key, this.logicalPath(key, isArray), lineStart, headerStart, headerEnd, this.pos);
    }
    /** Resolves array-of-tables indices: `[package.arch_rpms]` after the 4th `[[package]]` → package/3/arch_rpms. */
    logicalPath(key, isArray) {
        // The common headers, without building ids: [[package]] and [package.arch_rpms].
        const counted = this.arrayCounts.get(key[0]);
        if (key.length === 1 && isArray && this.arrayCounts.size <= 1 && (counted !== undefined || this.arrayCounts.size === 0)) {
            this.arrayCounts.set(key[0], (counted ?? 0) + 1);
            return [key[0], counted ?? 0];
        }
        if (key.length === 2 && !isArray && counted !== undefined && this.arrayCounts.size === 1)
            return [key[0], counted - 1, key[1]];
        const path = [];
        let id = '';
        for (let i = 0; i < key.length; i++) {
            path.push(key[i]);
            id = i === 0 ? key[0] : id + '\u0000' + key[i];
            const last = i === key.length - 1;
            if (last && isArray) {
                const n = this.arrayCounts.get(id) ?? 0;
                this.arrayCounts.set(id, n + 1);
                // A new element resets the counters of arrays nested below the old one.
                for (const k of this.arrayCounts.keys())
                    if (k.startsWith(id + '\u0000'))
                        this.arrayCounts.delete(k);
                path.push(n);
                id += '\u0000' + n;
            }
            else if (this.arrayCounts.has(id)) {
                const n = (this.arrayCounts.get(id) ?? 1) - 1;
                path.push(n);
                id += '\u0000' + n;
            }
        }
        return path;
    }
    /** A key/value; with `build` false it is only skipped (nothing allocated) and undefined is returned. */
    keyValue(topLevel, build) {
        const lineStart = build ? this.lineStartOf(this.pos) : 0;
        const keyStart = this.pos;
        const key = this.key(build);
        const keyEnd = this.pos;
        this.skipSpaces();
        if (this.text.charCodeAt(this.pos) === 0x3d /* = */)
            this.pos++;
        this.skipSpaces();
        const value = this.value(build);
        let lineEnd = this.pos;
        if (topLevel) {
            this.skipToLineEnd();
            lineEnd = this.pos;
        }
        if (!build || !value)
            return undefined;
        return { key, keyStart, keyEnd: trimEnd(this.text, keyStart, keyEnd), value, lineStart, lineEnd };
    }
    key(build) {
        const { text } = this;
        const parts = [];
        for (;;) {
            this.skipSpaces();
            const c = text.charCodeAt(this.pos);
            if (c === 0x22 /* " */) {
                const start = this.pos;
                this.pos = endOfBasicString(text, this.pos);
                if (build)
                    parts.push(decodeBasic(text.slice(start + 1, this.pos - 1)));
            }
            else if (c === 0x27 /* ' */) {
                const close = text.indexOf("'", this.pos + 1);
                const end = close < 0 ? text.length : close;
                if (build)
                    parts.push(text.slice(this.pos + 1, end));
                this.pos = end + 1;
            }
            else {
                const start = this.pos;
                while (this.pos < text.length && isBareKeyChar(text.charCodeAt(this.pos)))
                    this.pos++;
                if (build)
                    parts.push(text.slice(start, this.pos));
                if (this.pos === start)
                    break;
            }
            this.skipSpaces();
            if (text.charCodeAt(this.pos) !== 0x2e /* . */)
                break;
            this.pos++;
        }
        return parts;
    }
    value(build) {
        const { text } = this;
        const start = this.pos;
        const c = text.charCodeAt(start);
        if (c === 0x22 /* " */) {
            this.pos = text.startsWith('"""', start) ? endOfMultiline(text, start, '"') : endOfBasicString(text, start);
            return build ? { start, end: this.pos, kind: 'string' } : undefined;
        }
        if (c === 0x27 /* ' */) {
            if (text.startsWith("'''", start))
                this.pos = endOfMultiline(text, start, "'");
            else {
                const close = text.indexOf("'", start + 1);
                this.pos = close < 0 ? text.length : close + 1;
            }
            return build ? { start, end: this.pos, kind: 'string' } : undefined;
        }
        if (c === 0x5b /* [ */) {
            this.pos++;
            const items = [];
            for (;;) {
                this.skipBlankAndComments();
                if (this.pos >= text.length)
                    break;
                if (text.charCodeAt(this.pos) === 0x5d /* ] */) {
                    this.pos++;
                    break;
                }
                const before = this.pos;
                const item = this.value(build);
                if (item)
                    items.push(item);
                this.skipBlankAndComments();
                if (text.charCodeAt(this.pos) === 0x2c /* , */)
                    this.pos++;
                if (this.pos === before)
                    this.pos++;
            }
            return build ? { start, end: this.pos, kind: 'array', items } : undefined;
        }
        if (c === 0x7b /* { */) {
            this.pos++;
            const entries = [];
            for (;;) {
                this.skipBlankAndComments();
                if (this.pos >= text.length)
                    break;
                if (text.charCodeAt(this.pos) === 0x7d /* } */) {
                    this.pos++;
                    break;
                }
                const before = this.pos;
                const kv = this.keyValue(false, build);
                if (kv)
                    entries.push(kv);
                this.skipBlankAndComments();
                if (text.charCodeAt(this.pos) === 0x2c /* , */)
                    this.pos++;
                if (this.pos === before)
                    this.pos++;
            }
            return build ? { start, end: this.pos, kind: 'table', entries } : undefined;
        }
        // Numbers, booleans, dates. A date and a time may be separated by one space.
        while (this.pos < text.length && !isScalarEnd(text.charCodeAt(this.pos)))
            this.pos++;
        if (this.pos - start === 10 && /^\d{4}-\d{2}-\d{2}$/.test(text.slice(start, this.pos)) && /^ \d{2}:/.test(text.slice(this.pos, this.pos + 4))) {
            this.pos++;
            while (this.pos < text.length && !isScalarEnd(text.charCodeAt(this.pos)))
                this.pos++;
        }
        return build ? { start, end: this.pos, kind: 'scalar' } : undefined;
    }
    skipSpaces() {
        const { text } = this;
        while (this.pos < text.length) {
            const c = text.charCodeAt(this.pos);
            if (c !== SPACE && c !== TAB)
                break;
            this.pos++;
        }
    }
    skipBlankAndComments() {
        const { text } = this;
        while (this.pos < text.length) {
            const c = text.charCodeAt(this.pos);
            if (c === SPACE || c === TAB || c === LF || c === CR)
                this.pos++;
            else if (c === HASH) {
                const nl = text.indexOf('\n', this.pos);
                this.pos = nl < 0 ? text.length : nl + 1;
            }
            else
                break;
        }
    }
    /** Skips trailing spaces, a comment and the line break. */
    skipToLineEnd() {
        this.skipSpaces();
        const nl = this.text.indexOf('\n', this.pos);
        if (this.text.charCodeAt(this.pos) === HASH || this.text.charCodeAt(this.pos) === CR || this.text.charCodeAt(this.pos) === LF) {
            this.pos = nl < 0 ? this.text.length : nl + 1;
        }
    }
    lineStartOf(offset) {
        return this.text.lastIndexOf('\n', offset - 1) + 1;
    }
}
function trimEnd(text, start, end) {
    while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB))
        end--;
    return end;
}
function isBareKeyChar(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}
function isScalarEnd(c) {
    return c === SPACE || c === TAB || c === LF || c === CR || c === 0x2c || c === 0x5d || c === 0x7d || c === HASH;
}
/** Offset just past the closing quote of a basic string starting at `start`. */
function endOfBasicString(text, start) {
    let i = start + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */)
            i += 2;
        else if (c === 0x22)
            return i + 1;
        else if (c === LF)
            return i;
        else
            i++;
    }
    return text.length;
}
/** Offset past the closing delimiter of a multi-line string; up to two quotes may end the content. */
function endOfMultiline(text, start, quote) {
    let i = start + 3;
    const delim = quote.repeat(3);
    while (i < text.length) {
        if (quote === '"' && text.charCodeAt(i) === 0x5c) {
            i += 2;
            continue;
        }
        if (text.startsWith(delim, i)) {
            let run = 3;
            while (run < 5 && text[i + run] === quote)
                run++;
            return i + run;
        }
        i++;
    }
    return text.length;
}
const ESCAPES = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
/** Decodes the body of a TOML basic string (escapes of TOML 1.1). */
function decodeBasic(body) {
    if (!body.includes('\\'))
        return body;
    return body.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_m, e) => {
        if (e.length > 1)
            return String.fromCodePoint(parseInt(e.slice(1), 16));
        return ESCAPES[e] ?? e;
    });
}


/***/ }),

/***/ 2403:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bI: () => (/* binding */ isTable),
  MT: () => (/* binding */ parseToml),
  g_: () => (/* binding */ tomlTypeName)
});

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

// EXTERNAL MODULE: ./src/toml/scan.ts
var scan = __nccwpck_require__(3187);
;// CONCATENATED MODULE: ./src/toml/redefinition.ts
// Explaining a duplicate key. smol-toml reports only "trying to redefine an
// already defined table or value" at the second definition; a maintainer
// needs to know which key and where it was first set. The text before the
// failing line parsed, so the scanner can read it and find that first line.

/**
 * Explains the redefinition smol-toml reported at `line` (1-based), or
 * returns undefined when that line is not a header or key we can read.
 */
function explainRedefinition(text, line) {
    const starts = (0,scan/* computeLineStarts */.p4)(text);
    if (line < 1 || line > starts.length)
        return undefined;
    const lineStart = starts[line - 1];
    const lineText = text.slice(lineStart, line < starts.length ? starts[line] : text.length);
    const statement = readStatement(lineText);
    if (!statement)
        return undefined;
    let scanned;
    try {
        scanned = (0,scan/* scanToml */.IH)(text.slice(0, lineStart));
    }
    catch {
        return undefined;
    }
    const last = scanned.tables[scanned.tables.length - 1];
    // A key line lives in the last table (with its array-of-tables index); a
    // header names a path from the root.
    const target = statement.header ? statement.key : [...last.path, ...statement.key];
    const pathOf = (table) => (statement.header ? table.key : table.path);
    let first;
    const consider = (offset) => {
        if (first === undefined || offset < first)
            first = offset;
    };
    for (const table of scanned.tables) {
        if (table.kind !== 'root' && equal(pathOf(table), target))
            consider(table.headerStart);
        for (const entry of table.entries) {
            const full = [...pathOf(table), ...entry.key];
            // Same key; a value the new line would extend; or a table that dotted keys created.
            if (isPrefix(full, target) || isPrefix(target, full))
                consider(entry.keyStart);
        }
    }
    const firstLine = first === undefined ? undefined : (0,scan/* lineColumn */.rv)(scanned.lineStarts, first).line;
    const what = statement.header
        ? `table [${redefinition_formatKey(statement.key)}]`
        : last.kind === 'root'
            ? `key ${quote(redefinition_formatKey(statement.key))}`
            : `key ${quote(redefinition_formatKey(statement.key))} in [${redefinition_formatKey(last.key)}]`;
    // Not found before this line: the repeat is inside this line's own value (an inline table).
    const where = firstLine !== undefined
        ? `is already defined on line ${firstLine}`
        : statement.header ? 'is defined twice' : 'has a value that defines the same key twice';
    return { message: `${what} ${where}`, firstLine };
}
/** The key of a `[header]`, `[[header]]` or `key = value` line. */
function readStatement(lineText) {
    let i = 0;
    const skip = () => {
        while (lineText[i] === ' ' || lineText[i] === '\t')
            i++;
    };
    skip();
    let header = false;
    if (lineText[i] === '[') {
        header = true;
        i += lineText[i + 1] === '[' ? 2 : 1;
        skip();
    }
    const key = [];
    for (;;) {
        const segment = readSegment(lineText, i);
        if (!segment)
            return undefined;
        key.push(segment.value);
        i = segment.end;
        skip();
        if (lineText[i] !== '.')
            break;
        i++;
        skip();
    }
    const closer = header ? ']' : '=';
    return lineText[i] === closer ? { header, key } : undefined;
}
function readSegment(s, i) {
    if (s[i] === '"') {
        let j = i + 1;
        while (j < s.length && s[j] !== '"' && s[j] !== '\n')
            j += s[j] === '\\' ? 2 : 1;
        return s[j] === '"' ? { value: (0,scan/* decodeBasic */.p5)(s.slice(i + 1, j)), end: j + 1 } : undefined;
    }
    if (s[i] === "'") {
        const j = s.indexOf("'", i + 1);
        return j > 0 && !s.slice(i + 1, j).includes('\n') ? { value: s.slice(i + 1, j), end: j + 1 } : undefined;
    }
    const bare = /[A-Za-z0-9_-]+/y;
    bare.lastIndex = i;
    const m = bare.exec(s);
    return m ? { value: m[0], end: i + m[0].length } : undefined;
}
function equal(a, b) {
    return a.length === b.length && a.every((s, i) => s === b[i]);
}
function isPrefix(prefix, of) {
    return prefix.length <= of.length && prefix.every((s, i) => s === of[i]);
}
const BARE = /^[A-Za-z0-9_-]+$/;
function redefinition_formatKey(key) {
    return key.map((s) => (BARE.test(s) ? s : JSON.stringify(s))).join('.');
}
/** Bare keys read best in quotes; a key with quoted segments is shown as TOML writes it. */
function quote(key) {
    return key.includes('"') ? key : `"${key}"`;
}

;// CONCATENATED MODULE: ./src/toml/source.ts
// Parsing TOML text (decoded strictly by core/decode.ts) with parse errors as
// located findings.



function parseToml(text) {
    // The decoder already removed the one byte-order mark a file may start with;
    // smol-toml would silently drop a second one.
    if (text.charCodeAt(0) === 0xfeff) {
        return { ok: false, finding: { line: 1, column: 1, severity: 'error', rule: 'syntax', message: 'a byte-order mark is only allowed once, at the very start of the file' } };
    }
    try {
        return { ok: true, value: parse(text) };
    }
    catch (e) {
        if (e instanceof TomlError) {
            const message = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            const redefined = message.startsWith('trying to redefine') ? explainRedefinition(text, e.line) : undefined;
            if (redefined) {
                const column = firstNonBlankColumn(text, e.line);
                return { ok: false, finding: { line: e.line, column, severity: 'error', rule: 'duplicate-key', message: redefined.message } };
            }
            return { ok: false, finding: { line: e.line, column: e.column, severity: 'error', rule: 'syntax', message } };
        }
        // smol-toml can overflow the stack on absurd nesting: still a located error.
        const message = e instanceof RangeError ? 'nesting is too deep to parse' : String(e instanceof Error ? e.message : e);
        const pos = (0,scan/* lineColumn */.rv)((0,scan/* computeLineStarts */.p4)(text), 0);
        return { ok: false, finding: { ...pos, severity: 'error', rule: 'syntax', message } };
    }
}
function firstNonBlankColumn(text, line) {
    const starts = (0,scan/* computeLineStarts */.p4)(text);
    const start = starts[line - 1] ?? 0;
    let i = start;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    return i - start + 1;
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function tomlTypeName(v) {
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'boolean')
        return 'boolean';
    if (typeof v === 'bigint')
        return 'integer';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'float';
    if (v instanceof Date)
        return 'datetime';
    if (Array.isArray(v))
        return 'array';
    return 'table';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The one place the version lives (User-Agent, --version, proposal markers).
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 9907:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("cluster");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xF: () => (/* binding */ minimatch)
});

// UNUSED EXPORTS: GLOBSTAR, Minimatch, braceExpand, defaults, escape, filter, match, sep, unescape

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
