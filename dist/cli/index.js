#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ commandGroups),
/* harmony export */   u4: () => (/* binding */ globalFlagsOf),
/* harmony export */   wG: () => (/* binding */ parseInvocation)
/* harmony export */ });
/* unused harmony exports RUN_SPEC, APPLY_SPEC, JOBS_SPEC, repositoryRoot */
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
/**
 * What a push to the default branch runs: `apply` of the plans it merged, else `argv` as given. The
 * plans folder is the one of the configuration the run names (-C and --config in its arguments, or
 * `configPath`, the action's input), and apply is given the same -C and --config.
 */
async function argvForPush(session, argv, where, push, configPath) {
    const run = await (0,invocation/* parseInvocation */.wG)(argv, where);
    const workspace = new core_workspace/* FsWorkspace */.bY(run.root, { externalReads: run.externalReads });
    const plans = await pushedPlans(session, await loadConfig(workspace, configPath ?? run.config), workspace, push);
    if (plans.length === 0)
        return [...argv];
    const dir = (0,core_args/* str */.gx)(run.args, 'directory');
    return ['apply', ...(dir !== undefined ? ['-C', dir] : []), ...(run.config !== undefined ? ['--config', run.config] : []), ...plans];
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
    const { adHocJob, runJobs } = await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(291), __nccwpck_require__.e(808), __nccwpck_require__.e(180)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9180));
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
            // A push that merged plans applies them; any other push runs the jobs.
            if (push)
                argv = await argvForPush(session, argv, { cwd: io.cwd, ci: session.ci }, push);
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
    { name: 'sync-distgit', group: 'sync', job: true, inventories: false, effect: 'files', summary: "fill an inventory from a Fedora dist-git user's or group's packages", load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(740), __nccwpck_require__.e(622), __nccwpck_require__.e(70)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3070))).syncDistgit },
    { name: 'sync-gitlab', group: 'sync', job: true, inventories: false, effect: 'files', summary: "fill an inventory from a CentOS SIG's GitLab group (CBS archival checks)", load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(582), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(740), __nccwpck_require__.e(962)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1910))).syncGitlab },
    { name: 'prune-retired', group: 'sync', job: true, inventories: true, effect: 'files', summary: 'mark (or remove) packages no longer shipped on any active Fedora branch', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(740), __nccwpck_require__.e(622), __nccwpck_require__.e(458)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3458))).pruneRetired },
    { name: 'triage-updates', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan priority raises and stale-bug closures for release-monitoring bugs', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(88), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(622), __nccwpck_require__.e(535), __nccwpck_require__.e(525)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4525))).triageUpdates },
    { name: 'triage-retired', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan closures of bugs on retired branches; --mark refreshes retired_on', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(88), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(740), __nccwpck_require__.e(622), __nccwpck_require__.e(535), __nccwpck_require__.e(940)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1940))).triageRetired },
    { name: 'semver-audit', group: 'bugzilla', job: true, inventories: true, effect: 'read-only', summary: 'classify pending updates as breaking or not (Cargo semver rule)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(88), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(622), __nccwpck_require__.e(535), __nccwpck_require__.e(662)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5662))).semverAudit },
    { name: 'adopt', group: 'bugzilla', job: true, inventories: true, effect: 'plan', summary: 'plan taking orphaned packages of the inventory', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(934), __nccwpck_require__.e(7), __nccwpck_require__.e(958), __nccwpck_require__.e(922), __nccwpck_require__.e(295), __nccwpck_require__.e(622), __nccwpck_require__.e(535), __nccwpck_require__.e(472)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9472))).adopt }
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
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(299);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
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
// mark holds a NUL and a value drawn fresh for every process, on the first
// command (until then no text can hold it).
let meant;
/** A workflow command line the tool means (only report/workflow-commands.ts builds them). */
function meantCommand(line) {
    meant ??= `\u0000${(0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .randomId */ .z)()}\u0000`;
    return `${meant}${line.replace(/[\r\n]/g, '')}`;
}
const processSinks = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    writeFile: (path, text) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text),
    appendFile: (path, text) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, text)
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
        const mark = meant;
        if (mark === undefined || !text.includes(mark))
            return this.#plain(text);
        // A command's data is escaped where it is built; `##[` in it is defused too, should a runner ever read it.
        return text.split('\n').map((line) => (line.startsWith(mark) ? this.redact(line.slice(mark.length)).replace(/##\[/g, `##${ZWSP}[`) : this.#plain(line))).join('\n');
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
/* harmony export */   s: () => (/* binding */ sha256),
/* harmony export */   z: () => (/* binding */ randomId)
/* harmony export */ });
// Content hashes for fingerprints and markers (hex SHA-256), and random ids.
// node:crypto is loaded on first use: loading it costs a few milliseconds of
// every start, and many runs hash nothing before their first request
// (README, "Performance").
const crypto = () => process.getBuiltinModule('node:crypto');
function sha256(text) {
    return crypto().createHash('sha256').update(text).digest('hex');
}
/** A random RFC 4122 version 4 UUID. */
function randomId() {
    return crypto().randomUUID();
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
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(969);
/* harmony import */ var _changeset_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8835);
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
/** minimatch, loaded once with the first glob: most commands name their files (README, "Performance"). */
let minimatchModule;
const globMatcher = () => (minimatchModule ??= __nccwpck_require__.e(/* import() */ 138).then(__nccwpck_require__.bind(__nccwpck_require__, 1138)).then((m) => m.minimatch));
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
        const files = (0,_changeset_js__WEBPACK_IMPORTED_MODULE_4__/* .changedFiles */ .Y)(changes);
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
        const [all, minimatch] = await Promise.all([this.#walk(this.root), globMatcher()]);
        return all.filter((f) => patterns.some((p) => minimatch(f, p, { dot: false }))).sort();
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
        const [found, minimatch] = await Promise.all([this.base.glob(patterns).then((list) => new Set(list)), globMatcher()]);
        for (const [path, content] of this.files) {
            if (content === null)
                found.delete(path);
            else if (patterns.some((p) => minimatch(path, p)))
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
    const d = (0,_decode_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeBytes */ .yj)(bytes);
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
