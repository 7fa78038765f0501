export const id = 236;
export const ids = [236];
export const modules = {

/***/ 30850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zm: () => (/* binding */ withTicks),
/* harmony export */   bn: () => (/* binding */ ticked),
/* harmony export */   kv: () => (/* binding */ checkbox)
/* harmony export */ });
/* unused harmony export CHECKBOX_ACTIONS */
// Checkbox commands: Markdown task lines carrying a hidden marker,
//   - [ ] <!-- poi-gitops:ACTION:JOB --> text
// A person ticks one (`- [x]`); the next run acts on it once, and the body it
// writes back has the box unticked with a note of what was done. They work the same
// on GitHub and GitLab, which cannot start a pipeline on a comment.
const CHECKBOX_ACTIONS = (/* unused pure expression or super */ null && (['regenerate', 'pause', 'resume', 'replan']));
const LINE = /^([ \t]*[-*] \[)([ xX])(\] <!-- poi-gitops:(regenerate|pause|resume|replan):([A-Za-z0-9][A-Za-z0-9._-]*) -->)(.*)$/gm;
/** A task line for `action` on `job`, unticked. */
function checkbox(action, job, text) {
    return `- [ ] <!-- poi-gitops:${action}:${job} --> ${text}`;
}
/** The body with these boxes ticked: a tick a run did not act on is carried into the body it writes. */
function withTicks(body, ticks) {
    if (ticks.length === 0)
        return body;
    const keys = new Set(ticks.map((t) => `${t.action}:${t.job}`));
    return body.replace(LINE, (line, open, _mark, close, action, job, rest) => keys.has(`${action}:${job}`) ? `${open}x${close}${rest}` : line);
}
/** Every ticked box of a body, once per action and job, in body order. */
function ticked(body) {
    const out = [];
    const seen = new Set();
    for (const m of body.matchAll(LINE)) {
        if (m[2] === ' ')
            continue;
        const key = `${m[4]}:${m[5]}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ action: m[4], job: m[5] });
    }
    return out;
}


/***/ }),

/***/ 39236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DASHBOARD_LABEL: () => (/* binding */ DASHBOARD_LABEL),
  Dashboard: () => (/* binding */ Dashboard),
  stateHash: () => (/* binding */ stateHash)
});

// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(90299);
// EXTERNAL MODULE: ./src/core/checkboxes.ts
var checkboxes = __webpack_require__(30850);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/dashboard/render.ts
// The dashboard's body, rendered from the jobs' states alone: the same states
// give the same bytes on every runner, so runs on several runners converge on
// one body instead of flapping between versions. Remote text is escaped; the
// body fits the forge's limit, the longest sections cut first, visibly.



const DASHBOARD_MARKER = '<!-- poi-gitops:dashboard -->';
/** The pseudo-job whose state holds the default branch's validation findings. */
const VALIDATE_JOB = 'validate';
function renderDashboard(input) {
    const sections = buildSections(input);
    const head = `${DASHBOARD_MARKER}\nWhat **poi-gitops** knows of this repository, updated by every run (edits to this text are overwritten; tick the boxes to steer it).`;
    return fit(head, sections, input.maxLength);
}
function buildSections(input) {
    const { states, words } = input;
    const jobs = [...input.jobs, ...[...states.keys()].filter((j) => j !== VALIDATE_JOB && !input.jobs.includes(j)).sort()];
    const of = (job) => states.get(job);
    const proposal = (s) => {
        const url = s?.url ? (0,markdown/* safeUrl */.Pl)(s.url) : null;
        return url && s?.number !== undefined ? `[${words.sigil}${s.number}](${url})` : '';
    };
    const note = (key) => {
        const done = input.done.get(key);
        return done ? ` _(done: ${(0,markdown/* escapeText */.X1)(done)})_` : '';
    };
    const out = [];
    const rows = jobs.map((job) => {
        const s = of(job);
        return `| ${(0,markdown/* codeSpan */.SS)(job)} | ${s ? (0,markdown/* escapeText */.X1)(s.outcome) : '_not run yet_'} | ${s ? s.since.slice(0, 16).replace('T', ' ') : ''} | ${proposal(s)} |`;
    });
    const controls = jobs.flatMap((job) => {
        const s = of(job);
        return [
            s?.paused
                ? (0,checkboxes/* checkbox */.kv)('resume', job, `Resume ${(0,markdown/* codeSpan */.SS)(job)} (paused)${note(`resume:${job}`) || note(`pause:${job}`)}`)
                : (0,checkboxes/* checkbox */.kv)('pause', job, `Pause ${(0,markdown/* codeSpan */.SS)(job)}${note(`pause:${job}`) || note(`resume:${job}`)}`),
            (0,checkboxes/* checkbox */.kv)('replan', job, `Run ${(0,markdown/* codeSpan */.SS)(job)} on the next run even if paused or not scheduled${note(`replan:${job}`)}`)
        ];
    });
    out.push({ title: 'Jobs', lines: ['| Job | Last outcome | Since (UTC) | Proposal |', '|---|---|---|---|', ...rows, '', ...controls] });
    const blocked = jobs.filter((j) => of(j)?.blocked);
    if (blocked.length > 0) {
        out.push({
            title: `Blocked ${words.proposal}s`,
            lines: [`People pushed commits to these branches; they are kept and the ${words.proposal} is not updated. To hand one back:`, '',
                ...blocked.map((j) => (0,checkboxes/* checkbox */.kv)('regenerate', j, `Discard the commits on ${proposal(of(j)) || (0,markdown/* codeSpan */.SS)(j)} and regenerate it from the base${note(`regenerate:${j}`)}`))]
        });
    }
    const failing = jobs.filter((j) => of(j)?.outcome === 'failed');
    if (failing.length > 0)
        out.push({ title: 'Failing jobs', lines: failing.map((j) => `- ${(0,markdown/* codeSpan */.SS)(j)}: ${(0,markdown/* escapeText */.X1)((0,core_text/* printable */.g)(of(j)?.detail ?? 'failed'))}`) });
    const findings = of(VALIDATE_JOB)?.findings ?? [];
    if (findings.length > 0) {
        out.push({
            title: 'Findings on the default branch',
            lines: ['| Severity | Location | Rule | Message |', '|---|---|---|---|',
                ...findings.map((f) => `| ${f.severity} | ${(0,markdown/* codeSpan */.SS)(`${f.file}:${f.line}:${f.column}`)} | ${f.rule} | ${(0,markdown/* escapeText */.X1)((0,core_text/* printable */.g)(f.message))} |`)]
        });
    }
    const invalid = jobs.flatMap((j) => (of(j)?.invalid ?? []).map((p) => `- ${(0,markdown/* codeSpan */.SS)(p)} (job ${(0,markdown/* codeSpan */.SS)(j)})`));
    if (invalid.length > 0)
        out.push({ title: 'Invalid inventory entries', lines: ['dist-git does not know these names (404); correct or remove them:', '', ...invalid] });
    const orphans = jobs.flatMap((j) => (of(j)?.orphans ?? []).map((p) => `- ${(0,markdown/* codeSpan */.SS)(p)} (job ${(0,markdown/* codeSpan */.SS)(j)})`));
    if (orphans.length > 0)
        out.push({ title: 'Orphaned packages', lines: ['Packages of the inventories that nobody maintains (adopt candidates):', '', ...orphans] });
    const planned = jobs.filter((j) => (of(j)?.planned ?? 0) > 0);
    if (planned.length > 0) {
        out.push({ title: 'Plans waiting for review', lines: planned.map((j) => `- ${(0,markdown/* codeSpan */.SS)(j)}: ${of(j).planned} write(s) planned in ${proposal(of(j)) || 'its proposal'}; merging approves them`) });
    }
    const applied = jobs.filter((j) => of(j)?.applied);
    if (applied.length > 0) {
        out.push({ title: 'Last apply', lines: applied.flatMap((j) => [`#### ${(0,markdown/* codeSpan */.SS)(j)} (${of(j).applied.at.slice(0, 16).replace('T', ' ')} UTC)`, '', of(j).applied.summary, '']) });
    }
    for (const j of jobs.filter((x) => of(x)?.report))
        out.push({ title: `Report of ${(0,markdown/* codeSpan */.SS)(j)}`, lines: [of(j).report] });
    const requests = new Map();
    for (const s of states.values())
        for (const [host, n] of Object.entries(s.requests ?? {}))
            requests.set(host, (requests.get(host) ?? 0) + n);
    if (requests.size > 0) {
        out.push({ title: 'Requests of the last runs', lines: [[...requests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([h, n]) => `${(0,markdown/* escapeText */.X1)(h)} ${n}`).join(', ')] });
    }
    return out;
}
/** Head and sections within `maxLength`: the longest section is cut first, again and again, each cut said in place. */
function fit(head, sections, maxLength) {
    const text = () => [head, ...sections.map((s) => `## ${s.title}\n\n${s.lines.join('\n')}`)].join('\n\n') + '\n';
    let body = text();
    for (let guard = 0; body.length > maxLength && guard < 1000; guard++) {
        const longest = sections.reduce((a, b) => (b.lines.join('\n').length > a.lines.join('\n').length ? b : a));
        const excess = body.length - maxLength + 120;
        const kept = [];
        let size = 0;
        const budget = Math.max(0, longest.lines.join('\n').length - excess);
        for (const line of longest.lines) {
            if (size + line.length + 1 > budget)
                break;
            kept.push(line);
            size += line.length + 1;
        }
        const cut = longest.lines.length - kept.length;
        if (cut === 0)
            break;
        longest.lines = [...kept.filter((l) => !l.startsWith('_Cut:')), `_Cut: ${cut} more line(s) did not fit the body limit of this forge._`];
        body = text();
    }
    return body.length > maxLength ? `${body.slice(0, maxLength - 60)}\n\n_Cut to fit the body limit._\n` : body;
}

;// CONCATENATED MODULE: ./src/dashboard/state.ts
// Each job's last state, as the dashboard shows it. Every job keeps its state
// in its own comment on the dashboard issue, so jobs running on several
// runners at once never overwrite each other; the body is rendered from all
// of them (update.ts). The data rides in a hidden, base64-encoded comment so
// no Markdown or HTML in it can break out.
const STATE = (job) => `<!-- poi-gitops:state:${job} -->`;
const DATA = /<!-- poi-gitops:data ([A-Za-z0-9+/=]+) -->/;
/** The comment that holds a job's state. */
function stateComment(state) {
    const data = Buffer.from(JSON.stringify(state), 'utf8').toString('base64');
    return `${STATE(state.job)}\nThe state of job \`${state.job}\` for the dashboard, kept by poi-gitops (edits are overwritten).\n<!-- poi-gitops:data ${data} -->`;
}
/** The state a comment holds, or undefined for any other comment (or one that does not decode). */
function readStateComment(body) {
    if (!body.startsWith('<!-- poi-gitops:state:'))
        return undefined;
    const m = DATA.exec(body);
    if (!m)
        return undefined;
    try {
        const state = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8'));
        return typeof state.job === 'string' && typeof state.outcome === 'string' && typeof state.since === 'string' ? state : undefined;
    }
    catch {
        return undefined;
    }
}
function isStateCommentOf(body, job) {
    return body.startsWith(STATE(job));
}
/** Whether two states say the same thing (the time aside), whatever the order of their keys. */
function sameState(a, b) {
    return canonical({ ...a, since: '' }) === canonical({ ...b, since: '' });
}
/** JSON with every object's keys sorted: the same data, the same text. */
function canonical(value) {
    return JSON.stringify(value, (_key, v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v);
}

;// CONCATENATED MODULE: ./src/dashboard/update.ts
// Keeping the dashboard issue current without lost updates or needless writes.
//
// - Each job's state lives in its own comment; only the runner of that job
//   writes it, so jobs on several runners never overwrite each other.
// - The body is rendered from all the state comments (render.ts) and embeds a
//   hash of each state it shows: a run whose job states match those hashes,
//   and with no box ticked, reads the issue once and writes nothing.
// - After writing the body the runner reads the comments again and renders
//   once more until what it wrote shows every state (at most a few rounds);
//   rendering is deterministic, so runners converge instead of flapping.
// - A box ticked between our read and our write is never erased: the body is
//   read again just before it is written, and a new tick defers the write.




const DASHBOARD_LABEL = 'poi-gitops:dashboard';
const HASHES = /<!-- poi-gitops:shown ([^>]*) -->/;
const PAUSED = /- \[[ xX]\] <!-- poi-gitops:resume:([A-Za-z0-9][A-Za-z0-9._-]*) -->/g;
class Dashboard {
    forge;
    settings;
    issue;
    /** Boxes ticked since the last run, by someone who may write to the repository. */
    ticks;
    /** Jobs the dashboard shows as paused. */
    paused;
    #dirty = new Map();
    #amend = new Map();
    #done = new Map();
    #shown;
    /** The body still shows notes of the last run's ticks: the next body drops them. */
    #notes;
    constructor(forge, settings, issue) {
        this.forge = forge;
        this.settings = settings;
        this.issue = issue;
        const body = issue?.body ?? '';
        this.ticks = (0,checkboxes/* ticked */.bn)(body);
        this.paused = new Set([...body.matchAll(PAUSED)].map((m) => m[1]));
        this.#notes = body.includes('_(done: ');
        this.#shown = new Map((HASHES.exec(body)?.[1] ?? '').split(',').filter(Boolean).map((pair) => pair.split('=')));
    }
    /** One read: the dashboard issue, if there is one. */
    static async open(forge, settings) {
        const dashboard = new Dashboard(forge, settings, await forge.issues.find(DASHBOARD_LABEL, DASHBOARD_MARKER));
        if (dashboard.ticks.length > 0 && dashboard.issue) {
            // Only people who may write to the repository steer it; the forge says who edited last where it can.
            const editor = await forge.issues.lastEditor(dashboard.issue.number);
            if (editor && !editor.canWrite) {
                for (const t of dashboard.ticks)
                    dashboard.done(t, `ignored: ${editor.login} has no write access`);
                dashboard.ticks.length = 0;
            }
        }
        return dashboard;
    }
    /** What a tick did, shown next to its box in the next body. */
    done(tick, note) {
        this.#done.set(`${tick.action}:${tick.job}`, note);
    }
    /** A job's state after this run; written only if the dashboard does not show it already. */
    record(state) {
        if (this.#shown.get(state.job) !== stateHash(state))
            this.#dirty.set(state.job, state);
    }
    /** A change to a job's last state that keeps the rest of it (a pause, an apply's outcome). */
    amend(job, patch) {
        this.#amend.set(job, { ...this.#amend.get(job), ...patch });
    }
    /**
     * Writes what changed: the state comments of this run's jobs, then the body. Nothing at all when
     * nothing changed and no box was ticked. Returns the number of writes.
     */
    async publish(jobs) {
        if (this.#dirty.size === 0 && this.#amend.size === 0 && this.#done.size === 0 && !this.#notes)
            return 0;
        let writes = 0;
        if (!this.issue) {
            const mine = await this.forge.issues.create(this.settings.title, `${DASHBOARD_MARKER}\n_Being filled in by the first run…_`, [DASHBOARD_LABEL]);
            writes++;
            // Runners that start together may each open one: all keep the oldest, and the others close their own.
            const oldest = await this.forge.issues.find(DASHBOARD_LABEL, DASHBOARD_MARKER);
            this.issue = oldest ?? mine;
            if (oldest && oldest.number !== mine.number) {
                await this.forge.issues.close(mine.number);
                writes++;
            }
        }
        const number = this.issue.number;
        const comments = await this.forge.issues.listComments(number);
        const previousOf = (job) => {
            const comment = comments.find((c) => isStateCommentOf(c.body, job));
            return { ...(comment ? { comment, state: readStateComment(comment.body) } : {}) };
        };
        const now = new Date().toISOString();
        const updates = new Map();
        for (const [job, state] of this.#dirty) {
            // An apply's outcome stays until the next apply replaces it.
            const applied = previousOf(job).state?.applied;
            updates.set(job, { ...(applied ? { applied } : {}), ...state });
        }
        for (const [job, patch] of this.#amend) {
            const base = updates.get(job) ?? previousOf(job).state ?? { job, outcome: 'not run yet', since: now };
            updates.set(job, { ...base, ...patch, job });
        }
        for (const state of updates.values()) {
            const { comment: existing, state: previous } = previousOf(state.job);
            if (previous && sameState(previous, state))
                continue;
            const body = stateComment(state);
            if (existing)
                await this.forge.issues.updateComment(number, existing.id, body);
            else
                await this.forge.issues.createComment(number, body);
            writes++;
        }
        for (let round = 0; round < 4; round++) {
            // Every round renders from the comments as they are now, other runners' included.
            const rendered = this.render(jobs, await this.forge.issues.listComments(number));
            // Read the body again right before writing: a box this run did not act on (a job another runner
            // of a matrix runs, an apply run, a tick made meanwhile) stays ticked for the run that will.
            const current = await this.forge.issues.find(DASHBOARD_LABEL, DASHBOARD_MARKER);
            if (current === null || current.number !== number)
                return writes;
            const body = (0,checkboxes/* withTicks */.Zm)(rendered, (0,checkboxes/* ticked */.bn)(current.body).filter((t) => !this.#done.has(`${t.action}:${t.job}`)));
            if (current.body === body)
                return writes;
            await this.forge.issues.update(number, { body });
            writes++;
        }
        return writes;
    }
    render(jobs, comments) {
        const states = new Map();
        for (const c of comments) {
            const s = readStateComment(c.body);
            if (s)
                states.set(s.job, s);
        }
        const body = renderDashboard({ jobs, states, done: this.#done, maxLength: this.forge.maxBodyLength - 2000, words: this.forge.words });
        const hashes = [...states.values()].sort((a, b) => (a.job < b.job ? -1 : a.job > b.job ? 1 : 0)).map((s) => `${s.job}=${stateHash(s)}`).join(',');
        return `${body}\n<!-- poi-gitops:shown ${hashes} -->\n`;
    }
}
/** A short hash of what a state says (its time aside). */
function stateHash(state) {
    return (0,hash/* sha256 */.s)(canonical({ ...state, since: '' })).slice(0, 12);
}


/***/ })

};
