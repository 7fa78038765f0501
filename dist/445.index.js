export const id = 445;
export const ids = [445,918,921];
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


/***/ }),

/***/ 18024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   Zf: () => (/* binding */ toForgeError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   jw: () => (/* binding */ ProposalExistsError),
/* harmony export */   q1: () => (/* binding */ forgeMessageOf)
/* harmony export */ });
/* unused harmony exports explain, remoteErrorIn, forgeError */
/* harmony import */ var _sources_remote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31865);
/* harmony import */ var _sources_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22139);
// Forge failures as one typed error, each with a one-sentence explanation
// that names the fix. Most support load for bots like this one is token
// permissions and repository settings, not code, so the explanation is what
// a user reads first.


class ForgeError extends Error {
    forge;
    operation;
    status;
    detail;
    explanation;
    exitCode = 3;
    constructor(forge, 
    /** What the engine was doing, e.g. "create the pull request". */
    operation, 
    /** HTTP status; undefined for transport failures. */
    status, 
    /** The forge's own message. */
    detail, 
    /** One sentence: what went wrong and how to fix it. */
    explanation) {
        super(explanation);
        this.forge = forge;
        this.operation = operation;
        this.status = status;
        this.detail = detail;
        this.explanation = explanation;
        this.name = 'ForgeError';
    }
}
/** The forge already has an open proposal for the branch (GitHub 422 "already exists", GitLab 409). */
class ProposalExistsError extends ForgeError {
    constructor(forge, detail) {
        super(forge, 'create the proposal', forge === 'github' ? 422 : 409, detail, `An open proposal for this branch already exists (${detail}).`);
        this.name = 'ProposalExistsError';
    }
}
const NAMES = { github: 'GitHub', gitlab: 'GitLab' };
function explain(facts) {
    const name = NAMES[facts.forge];
    if (facts.network !== undefined) {
        return `Could not reach ${name} to ${facts.operation}: ${facts.network}. Check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), or try again later.`;
    }
    if (facts.malformed)
        return `${name}'s answer when trying to ${facts.operation} is not what its API documents: ${facts.detail}`;
    return facts.forge === 'github' ? explainGitHub(facts) : explainGitLab(facts);
}
/**
 * Any failure of a forge operation as a ForgeError: an HTTP answer by its status and the forge's own
 * message, a request that got no answer by its network cause, a malformed answer as such.
 */
function toForgeError(forge, operation, error, context) {
    if (error instanceof ForgeError)
        return error;
    const remote = remoteErrorIn(error);
    if (remote !== undefined) {
        if (remote.kind === 'timeout' || remote.kind === 'transport') {
            const tries = remote.attempts > 1 ? `, ${remote.attempts} attempts` : '';
            return forgeError({ forge, operation, status: undefined, detail: remote.detail, context, network: `${remote.detail} (${remote.method} ${remote.url}${tries})` });
        }
        if (remote.kind === 'body')
            return forgeError({ forge, operation, status: remote.status, detail: remote.detail, context, malformed: true });
        const detail = remote.serviceMessage ?? remote.bodyExcerpt ?? remote.detail;
        return forgeError({ forge, operation, status: remote.status, detail, context, rateLimited: remote.rateLimited });
    }
    if (error instanceof _sources_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaError */ .Ar)
        return forgeError({ forge, operation, status: undefined, detail: error.message, context, malformed: true });
    return forgeError({ forge, operation, status: undefined, detail: error instanceof Error ? error.message : String(error), context });
}
/** The HTTP layer's error, also when a client library (Octokit) wrapped it as the cause of its own. */
function remoteErrorIn(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof _sources_remote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .H)
            return e;
    }
    return undefined;
}
/** The HTTP status of a forge failure, undefined when no answer came. */
function statusOf(error) {
    const remote = remoteErrorIn(error);
    return remote?.kind === 'status' ? remote.status : undefined;
}
/** The forge's own message in an error answer (GitHub's `message` and `errors`, GitLab's `message`/`error`). */
function forgeMessageOf(error) {
    const remote = remoteErrorIn(error);
    if (remote !== undefined)
        return remote.serviceMessage ?? remote.bodyExcerpt ?? remote.detail;
    return error instanceof Error ? error.message : String(error);
}
function forgeError(facts) {
    return new ForgeError(facts.forge, facts.operation, facts.status, facts.detail, explain(facts));
}
function explainGitHub({ operation, status, detail, context, rateLimited }) {
    const repo = context.repository ?? 'the repository';
    if (rateLimited) {
        return `GitHub's rate limit stopped the attempt to ${operation} and did not clear in time: run less often, or use a GitHub App installation token, which has a higher limit.`;
    }
    if (status === 403 && /not permitted to create or approve pull requests/i.test(detail)) {
        return 'GitHub refused to create the pull request because GitHub Actions may not create pull requests in this repository: enable Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" (in an organization, allow it in the organization\'s Actions settings first).';
    }
    if (status === 403 && /refusing to allow .* to (create|update) workflow/i.test(detail)) {
        return 'GitHub refused the commit because it changes a file under .github/workflows, which this token may not touch: keep workflow files out of the change or use a token with the "workflows" permission.';
    }
    if (status === 403 && /Resource not accessible by (integration|personal access token)/i.test(detail)) {
        if (context.readOnlyReason) {
            return `The token of this run is read-only (${context.readOnlyReason}), so GitHub refused to ${operation}: propose from a push, schedule or workflow_dispatch run instead, or pass --dry-run here.`;
        }
        return `The token may not ${operation} in ${repo}: give the job "permissions: contents: write, pull-requests: write" (or grant a fine-grained token Contents and Pull requests read/write).`;
    }
    if (status === 401) {
        return 'GitHub rejected the token (401 Bad credentials): pass a valid, unexpired token in the "token" input.';
    }
    if (status === 404) {
        return `GitHub answered 404 when trying to ${operation}: check that ${repo} exists and that the token has access to it.`;
    }
    if ((status === 422 || status === 409) && /protected branch/i.test(detail)) {
        return `GitHub refused to ${operation} because the branch is protected: exclude the proposal branch prefix from the branch protection or ruleset.`;
    }
    return `GitHub answered ${status ?? 'without a response'} when trying to ${operation}: ${detail}`;
}
function explainGitLab({ operation, status, detail, context, rateLimited }) {
    const project = context.repository ?? 'the project';
    if (rateLimited) {
        return `GitLab's rate limit stopped the attempt to ${operation} and did not clear in time: run less often or raise the limits for the token's user.`;
    }
    if (status === 403 && /insufficient_scope/i.test(detail)) {
        return 'GitLab refused the request because the token lacks the "api" scope: create a project access token with the "api" scope and at least the Developer role, and store it as the masked CI/CD variable GITLAB_TOKEN.';
    }
    if (status === 401) {
        return 'GitLab rejected the token (401 Unauthorized): GITLAB_TOKEN is invalid, expired or revoked; create a project access token with the "api" scope.';
    }
    if (status === 403 && /not allowed to push/i.test(detail)) {
        return `GitLab refused to ${operation} because the branch is protected: exclude the proposal branch prefix from the protected branches of ${project}.`;
    }
    if (status === 403) {
        if (context.readOnlyReason)
            return `The token of this run is read-only (${context.readOnlyReason}), so GitLab refused to ${operation}: propose from a scheduled or manual pipeline instead.`;
        return `GitLab refused to ${operation} (403 Forbidden): the token's user needs at least the Developer role in ${project}.`;
    }
    if (status === 404) {
        return `GitLab answered 404 when trying to ${operation}: check CI_PROJECT_ID and that the token's user is a member of ${project}.`;
    }
    return `GitLab answered ${status ?? 'without a response'} when trying to ${operation}: ${detail}`;
}


/***/ }),

/***/ 69708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ FORGE_FACTS),
/* harmony export */   y: () => (/* binding */ pickProposal)
/* harmony export */ });
// What differs between the forges besides their APIs: how long a body may be
// and what a proposal is called. Kept apart so that dry runs and the body
// renderer need no forge client.
const FORGE_FACTS = {
    github: { maxBodyLength: 65_536, words: { proposal: 'pull request', short: 'PR', sigil: '#' } },
    // 1,000,000 since GitLab 13.4 (25,000 before).
    gitlab: { maxBodyLength: 1_000_000, words: { proposal: 'merge request', short: 'MR', sigil: '!' } }
};
/** The open proposal if there is one (the lowest number, should a past race have left two), else the newest. */
function pickProposal(proposals) {
    const open = proposals.filter((p) => p.state === 'open').sort((a, b) => a.number - b.number);
    if (open.length > 0)
        return open[0];
    return [...proposals].sort((a, b) => b.number - a.number)[0] ?? null;
}


/***/ }),

/***/ 61918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BranchSafetyError: () => (/* binding */ BranchSafetyError),
/* harmony export */   SecretInContentError: () => (/* binding */ SecretInContentError),
/* harmony export */   assertSafeBranch: () => (/* binding */ assertSafeBranch),
/* harmony export */   guardForge: () => (/* binding */ guardForge)
/* harmony export */ });
// The proposal engine's two invariants, enforced at the forge's write
// primitives so that no path through the engine can bypass them:
//
// - a proposal never writes a protected branch: the base, the repository's
//   default branch, or a branch another job proposes into;
// - nothing the run knows as a secret is published: titles, bodies, comments
//   and commit messages are redacted, and a file whose content holds a secret
//   is refused before the first write of its proposal.
/** A proposal branch that would write a branch people rely on; a configuration error (exit 2). */
class BranchSafetyError extends Error {
    name = 'BranchSafetyError';
    exitCode = 2;
}
/** File content about to be proposed holds a secret of the run (exit 3: nothing was committed). */
class SecretInContentError extends Error {
    paths;
    name = 'SecretInContentError';
    exitCode = 3;
    constructor(paths) {
        super(`the proposed content of ${paths.join(', ')} contains a secret of this run (a token or API key, possibly encoded); nothing was committed. A remote service returned it as data: check what it answered.`);
        this.paths = paths;
    }
}
/** Throws BranchSafetyError when the proposal branch is one the bot must never write. */
function assertSafeBranch(roles, where) {
    const { branch } = roles;
    const clash = branch === roles.base ? `the base branch of this proposal`
        : branch === roles.defaultBranch ? `the repository's default branch`
            : roles.reserved.includes(branch) ? `the base branch of another job`
                : undefined;
    if (clash) {
        throw new BranchSafetyError(`refusing to propose from branch ${JSON.stringify(branch)}: it is ${clash}, and poi-gitops never writes it. Change ${where} so that the proposal branch differs.`);
    }
}
/**
 * The forge as the engine may use it: every write is checked against the protected branches,
 * and every text it posts goes through the run's redactor.
 */
function guardForge(forge, redact, protectedBranches) {
    const refuse = (branch, what) => {
        if (protectedBranches.has(branch))
            throw new BranchSafetyError(`refusing to ${what} ${JSON.stringify(branch)}: it is a protected branch (a base or the default branch)`);
    };
    return {
        kind: forge.kind,
        words: forge.words,
        maxBodyLength: forge.maxBodyLength,
        secrets: forge.secrets,
        botEmails: forge.botEmails,
        counts: () => forge.counts(),
        identityEmails: () => forge.identityEmails(),
        defaultBranch: () => forge.defaultBranch(),
        branchHead: (branch) => forge.branchHead(branch),
        commitsBetween: (base, head) => forge.commitsBetween(base, head),
        changedPaths: (base, head) => forge.changedPaths(base, head),
        findProposal: (branch) => forge.findProposal(branch),
        addLabels: (number, labels) => forge.addLabels(number, labels),
        removeLabel: (number, label) => forge.removeLabel(number, label),
        requestReviewers: (number, reviewers, teams) => forge.requestReviewers(number, reviewers, teams),
        reviewsOf: (number) => forge.reviewsOf(number),
        openProposalBranches: (prefix) => forge.openProposalBranches(prefix),
        // Auto-merge lands the branch in its base: only ever a proposal branch, never a protected one.
        enableAutoMerge: async (proposal, head) => {
            refuse(proposal.branch, 'enable auto-merge from');
            return forge.enableAutoMerge(proposal, head);
        },
        listComments: (number) => forge.listComments(number),
        commitFiles: async (request) => {
            refuse(request.branch, 'commit to');
            const leaking = request.files.filter((f) => f.content !== null && redact.contains(f.content)).map((f) => f.path);
            if (leaking.length > 0)
                throw new SecretInContentError(leaking);
            return forge.commitFiles({ ...request, message: redact(request.message) });
        },
        deleteBranch: async (branch) => {
            refuse(branch, 'delete');
            return forge.deleteBranch(branch);
        },
        createProposal: async (proposal) => {
            refuse(proposal.branch, 'propose from');
            return forge.createProposal({ ...proposal, title: redact(proposal.title), body: redact(proposal.body) });
        },
        updateProposal: (number, patch) => forge.updateProposal(number, {
            ...patch,
            ...(patch.title !== undefined ? { title: redact(patch.title) } : {}),
            ...(patch.body !== undefined ? { body: redact(patch.body) } : {})
        }),
        createComment: (number, body) => forge.createComment(number, redact(body)),
        updateComment: (number, id, body) => forge.updateComment(number, id, redact(body)),
        issues: {
            find: (label, marker) => forge.issues.find(label, marker),
            close: async (number) => forge.issues.close(number),
            lastEditor: (number) => forge.issues.lastEditor(number),
            listComments: (number) => forge.issues.listComments(number),
            create: async (title, body, labels) => forge.issues.create(redact(title), redact(body), labels),
            update: async (number, patch) => forge.issues.update(number, {
                ...(patch.title !== undefined ? { title: redact(patch.title) } : {}),
                ...(patch.body !== undefined ? { body: redact(patch.body) } : {})
            }),
            createComment: async (number, body) => forge.issues.createComment(number, redact(body)),
            updateComment: async (number, id, body) => forge.issues.updateComment(number, id, redact(body))
        }
    };
}


/***/ }),

/***/ 44445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adHocJob: () => (/* binding */ adHocJob),
  runJobs: () => (/* binding */ runJobs)
});

// UNUSED EXPORTS: proposalRequest

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/changeset.ts
var changeset = __webpack_require__(38835);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
;// CONCATENATED MODULE: ./src/core/diff.ts
// Unified diffs of file changes, as `git diff` shows them (a/ and b/ prefixes,
// /dev/null for created and deleted files, "\ No newline at end of file").
//
// jsdiff holds every line of both sides several times over: on a 20 MB
// inventory one diff costs about a second and 600 MB. A large change is first
// cut into segments: the common start and end are set aside, and the rest is
// split where a block of lines found once on each side matches, so jsdiff only
// sees the stretches around the edits (with their context), and the hunks are
// renumbered into the whole file.

/** Both sides together above this size are cut into segments first. */
const SEGMENT_ABOVE = 512 * 1024;
function unifiedDiff(change, context = 3, segmentAbove = SEGMENT_ABOVE) {
    if (change.before === change.after)
        return '';
    const from = change.before === null ? '/dev/null' : `a/${change.path}`;
    const to = change.after === null ? '/dev/null' : `b/${change.path}`;
    const before = change.before ?? '';
    const after = change.after ?? '';
    // A whole file added or removed is one hunk of every line: no diff to run.
    if ((before === '') !== (after === ''))
        return `diff --git a/${change.path} b/${change.path}\n--- ${from}\n+++ ${to}\n${wholeFileHunk(before, after)}`;
    const patch = before.length + after.length > segmentAbove
        ? segmentedPatch(from, to, before, after, context, segmentAbove)
        : (0,create/* createTwoFilesPatch */.ss)(from, to, before, after, undefined, undefined, { context });
    // jsdiff writes an "Index:" banner and a separator line first; git does not.
    const lines = patch.split('\n');
    const start = lines.findIndex((l) => l.startsWith('--- '));
    return `diff --git a/${change.path} b/${change.path}\n${lines.slice(start).join('\n').replace(/\t$/gm, '')}`;
}
/** The hunk jsdiff writes when one side is empty (the other is not). */
function wholeFileHunk(before, after) {
    const text = before === '' ? after : before;
    const sign = before === '' ? '+' : '-';
    const lines = text.split('\n');
    const complete = lines[lines.length - 1] === '';
    if (complete)
        lines.pop();
    const range = `1,${lines.length}`;
    const header = before === '' ? `@@ -0,0 +${range} @@` : `@@ -${range} +0,0 @@`;
    return `${header}\n${sign}${lines.join(`\n${sign}`)}\n${complete ? '' : '\\ No newline at end of file\n'}`;
}
function unifiedDiffs(changes) {
    return changes.map((c) => unifiedDiff(c)).filter(Boolean).join('');
}
const CHUNK = 4096;
/** The same patch as createTwoFilesPatch, with jsdiff run on each segment that differs. */
function segmentedPatch(from, to, a, b, context, segmentAbove) {
    // Segments are separated by an identical block longer than two contexts, so their hunks never touch.
    const anchorLines = 2 * context + 2;
    const segments = [];
    const stack = [[0, a.length, 0, b.length]];
    while (stack.length > 0) {
        const range = stack.pop();
        const segment = trimCommon(a, b, range);
        if (!segment)
            continue;
        const [aS, aE, bS, bE] = segment;
        const anchor = aE - aS + (bE - bS) > segmentAbove / 4 ? findAnchor(a, b, segment, anchorLines) : undefined;
        if (!anchor) {
            segments.push(segment);
            continue;
        }
        stack.push([anchor[0], aE, anchor[1], bE], [aS, anchor[0], bS, anchor[1]]);
    }
    const hunks = [];
    const aLines = lineCounter(a);
    const bLines = lineCounter(b);
    for (const [aS, aE, bS, bE] of segments) {
        // `context` lines on each side, identical in both (common text or an anchor block).
        let mS = aS;
        for (let k = 0; k < context && mS > 0; k++)
            mS = a.lastIndexOf('\n', mS - 2) + 1;
        let mE = aE;
        for (let k = 0; k < context && mE < a.length; k++) {
            const nl = a.indexOf('\n', mE);
            mE = nl < 0 ? a.length : nl + 1;
        }
        const bmS = bS - (aS - mS);
        const bmE = bE + (mE - aE);
        const aBefore = aLines(mS);
        const bBefore = bLines(bmS);
        const part = (0,create/* structuredPatch */.YB)('', '', a.slice(mS, mE), b.slice(bmS, bmE), undefined, undefined, { context });
        for (const h of part.hunks)
            hunks.push({ ...h, oldStart: h.oldStart + aBefore, newStart: h.newStart + bBefore });
    }
    return (0,create/* formatPatch */.Gu)({ oldFileName: from, newFileName: to, oldHeader: undefined, newHeader: undefined, hunks });
}
/** The range without its common first and last lines; undefined when both sides are equal. */
function trimCommon(a, b, [aS, aE, bS, bE]) {
    const max = Math.min(aE - aS, bE - bS);
    let p = 0;
    // Whole chunks first (compared natively), then character by character.
    while (p + CHUNK <= max && a.slice(aS + p, aS + p + CHUNK) === b.slice(bS + p, bS + p + CHUNK))
        p += CHUNK;
    while (p < max && a.charCodeAt(aS + p) === b.charCodeAt(bS + p))
        p++;
    if (p === aE - aS && p === bE - bS)
        return undefined;
    // Back to the start of the line where they differ.
    p = Math.max(0, a.lastIndexOf('\n', aS + p - 1) + 1 - aS);
    aS += p;
    bS += p;
    const maxS = Math.min(aE - aS, bE - bS);
    let s = 0;
    while (s + CHUNK <= maxS && a.slice(aE - s - CHUNK, aE - s) === b.slice(bE - s - CHUNK, bE - s))
        s += CHUNK;
    while (s < maxS && a.charCodeAt(aE - 1 - s) === b.charCodeAt(bE - 1 - s))
        s++;
    // The common end starts at a line start on both sides (or where the range starts).
    const midLine = (t, start, at) => at > start && t.charCodeAt(at - 1) !== 0x0a;
    while (s > 0 && (midLine(a, aS, aE - s) || midLine(b, bS, bE - s)))
        s--;
    return [aS, aE - s, bS, bE - s];
}
/** Line starts of a block of `lines` lines found exactly once on each side of the range. */
function findAnchor(a, b, [aS, aE, bS, bE], lines) {
    for (const at of [0.5, 0.25, 0.75, 0.125, 0.875]) {
        const x = Math.max(aS, a.lastIndexOf('\n', aS + Math.floor((aE - aS) * at)) + 1);
        let e = x;
        for (let k = 0; k < lines && e >= 0; k++) {
            const nl = a.indexOf('\n', e);
            e = nl < 0 || nl >= aE ? -1 : nl + 1;
        }
        if (e < 0)
            continue;
        const block = a.slice(x, e);
        if (a.indexOf(block, aS) !== x || isIn(a.indexOf(block, x + 1), block, aE))
            continue;
        const y = b.indexOf(block, bS);
        if (y < 0 || y + block.length > bE || (y > 0 && b.charCodeAt(y - 1) !== 0x0a) || isIn(b.indexOf(block, y + 1), block, bE))
            continue;
        return [x, y];
    }
    return undefined;
}
function isIn(found, block, end) {
    return found >= 0 && found + block.length <= end;
}
/** Number of lines before an offset, for offsets asked in increasing order. */
function lineCounter(text) {
    let pos = 0;
    let count = 0;
    return (offset) => {
        for (let nl = text.indexOf('\n', pos); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
            count++;
            pos = nl + 1;
        }
        return count;
    };
}

// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(90299);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
// EXTERNAL MODULE: ./src/core/checkboxes.ts
var checkboxes = __webpack_require__(30850);
;// CONCATENATED MODULE: ./src/forge/body.ts
// The proposal's title, commit message and body. The body is, in order: a
// summary table per changed file (what happened to which package, with links
// to where the fact comes from), findings, each file's diff in a collapsed
// section, how the change was computed, and the hand-back checkbox. It must
// fit the forge's limit: diffs are cut first, visibly; the summary is only
// shortened when it alone cannot fit.





const REGENERATE_LABEL = 'poi-gitops:regenerate';
/** Room kept for the hidden marker and a safety margin. */
const MARKER_RESERVE = 1000;
const DEFAULT_SERVICE_URLS = {
    distgit: 'https://src.fedoraproject.org',
    bodhi: 'https://bodhi.fedoraproject.org',
    gitlab: 'https://gitlab.com',
    'cbs-koji': 'https://cbs.centos.org/kojihub',
    'fedora-koji': 'https://koji.fedoraproject.org/kojihub',
    bugzilla: 'https://bugzilla.redhat.com'
};
const GENERIC_WORDS = { proposal: 'proposal', short: 'proposal', sigil: '#' };
function renderBody(input) {
    const text = render(input, true);
    const stable = render(input, false);
    return { text, stableHash: (0,hash/* sha256 */.s)(stable) };
}
function defaultTitle(job, changeSet) {
    const counts = countKinds(changeSet.records);
    const parts = ['added', 'removed', 'marked', 'unmarked', 'changed', 'regenerated', 'planned']
        .filter((k) => counts[k] > 0)
        .map((k) => `${counts[k]} ${k}`);
    const files = (0,changeset/* changedFiles */.Y)(changeSet.changes).length;
    return `poi-gitops: ${job}: ${parts.length > 0 ? parts.join(', ') : `update ${files} file${files === 1 ? '' : 's'}`}`;
}
function commitMessage(title, job, changeSet) {
    const files = (0,changeset/* changedFiles */.Y)(changeSet.changes).map((c) => `- ${c.path}`);
    return `${title}\n\n${files.join('\n')}\n\nGenerated by poi-gitops for job ${job}: ${changeSet.provenance.command}\n`;
}
/** The patch a dry run prints: every changed file's unified diff. */
function patchOf(changeSet) {
    return (0,changeset/* changedFiles */.Y)(changeSet.changes).map((c) => unifiedDiff(c)).join('');
}
function render(input, withCounts) {
    const { changeSet, redact } = input;
    const words = input.words ?? GENERIC_WORDS;
    const services = serviceUrls(changeSet.provenance.services);
    const files = (0,changeset/* changedFiles */.Y)(changeSet.changes);
    const head = [intro(input.job, changeSet, redact), summary(changeSet, files, services, redact), sections(changeSet, redact), findings(changeSet, redact)]
        .filter(Boolean).join('\n\n');
    const tail = [provenance(changeSet, redact, withCounts), controls(input.job, words, input.regenerateLabel ?? REGENERATE_LABEL)].join('\n\n');
    const budget = input.maxLength - MARKER_RESERVE;
    const fixed = head.length + tail.length + 40;
    if (fixed > budget) {
        // The summary alone is too long: shorten its tables and leave the diffs to the commit.
        const room = Math.max(0, budget - tail.length - 400);
        const short = [intro(input.job, changeSet, redact), summary(changeSet, files, services, redact, Math.floor(room / 2)), sections(changeSet, redact, Math.floor(room / 2))]
            .filter(Boolean).join('\n\n');
        return [short, '### Diffs', '_The diffs are not shown: the summary alone fills the body limit of this forge. See the commit._', tail].join('\n\n');
    }
    return [head, diffs(files, redact, budget - fixed), tail].filter(Boolean).join('\n\n');
}
/** The job's own Markdown (a plan's tables), cut visibly when the body has no room for all of it. */
function sections(changeSet, redact, maxChars = Infinity) {
    const text = redact((changeSet.sections ?? []).join('\n\n'));
    if (text.length <= maxChars)
        return text;
    const cut = text.slice(0, Math.max(0, maxChars - 200));
    return `${cut.slice(0, cut.lastIndexOf('\n') + 1)}\n_Cut to fit the body limit of this forge: the changed files hold everything._`;
}
function intro(job, changeSet, redact) {
    const files = (0,changeset/* changedFiles */.Y)(changeSet.changes);
    const counts = countKinds(changeSet.records);
    const phrases = [
        ['added', 'added'], ['removed', 'removed'], ['marked', 'marked'], ['unmarked', 'unmarked'], ['changed', 'changed'], ['regenerated', 'regenerated'],
        ['planned', 'planned for review (merging approves them)']
    ].filter(([k]) => counts[k] > 0).map(([k, word]) => `${counts[k]} ${word}`);
    const what = phrases.length > 0 ? `: ${phrases.join(', ')}` : '';
    return `**poi-gitops** job ${(0,markdown/* codeSpan */.SS)(redact(job))} changes ${files.length} file${files.length === 1 ? '' : 's'}${what}.`;
}
function summary(changeSet, files, services, redact, maxChars = Infinity) {
    const byFile = new Map();
    for (const f of files)
        byFile.set(f.path, []);
    // Planned writes are described by the plan's own section, not row by row here.
    for (const r of changeSet.records.filter((x) => x.kind !== 'planned')) {
        const list = byFile.get(r.file) ?? [];
        list.push(r);
        byFile.set(r.file, list);
    }
    const sections = [];
    let used = 0;
    let omitted = 0;
    for (const [file, records] of byFile) {
        const change = files.find((f) => f.path === file);
        const status = change?.before === null ? ' (new file)' : change?.after === null ? ' (deleted)' : '';
        const lines = [`### ${(0,markdown/* codeSpan */.SS)(redact(file))}${status}`];
        const packages = records.filter((r) => r.package !== undefined);
        const whole = records.filter((r) => r.package === undefined);
        if (records.length === 0 && changeSet.records.some((r) => r.file === file && r.kind === 'planned'))
            lines.push('_The plan is shown below._');
        for (const r of whole)
            lines.push(`- ${describe(r, redact)}${r.reason ? ` — ${(0,markdown/* escapeText */.X1)(redact(r.reason))}` : ''}`);
        if (packages.length > 0) {
            lines.push('', '| Package | Change | Details | Links |', '|---|---|---|---|');
            for (const r of packages) {
                const row = `| ${(0,markdown/* codeSpan */.SS)(redact(r.package ?? ''))} | ${describe(r, redact)} | ${r.reason ? (0,markdown/* escapeText */.X1)(redact(r.reason)) : ''} | ${links(r, services, redact)} |`;
                if (used + row.length > maxChars) {
                    omitted++;
                    continue;
                }
                used += row.length;
                lines.push(row);
            }
        }
        if (records.length === 0 && lines.length === 1)
            lines.push('_No structured record for this file; see its diff._');
        sections.push(lines.join('\n'));
    }
    if (omitted > 0)
        sections.push(`_…and ${omitted} more change${omitted === 1 ? '' : 's'} not listed: the body limit of this forge was reached. See the commit._`);
    return sections.join('\n\n');
}
function describe(r, redact) {
    const field = r.field ? ` ${(0,markdown/* codeSpan */.SS)(redact(r.field))}` : '';
    const value = (v) => (v === undefined || v === '' ? '_none_' : (0,markdown/* codeSpan */.SS)(redact(v)));
    switch (r.kind) {
        case 'added':
            return 'added';
        case 'removed':
            return '**removed**';
        case 'marked':
            return `marked${field}${r.after !== undefined ? `: ${value(r.after)}` : ''}`;
        case 'unmarked':
            return `unmarked${field}`;
        case 'changed':
            return `changed${field}: ${value(r.before)} → ${value(r.after)}`;
        case 'regenerated':
            return 'regenerated';
        case 'planned':
            return 'planned';
    }
}
function links(r, services, redact) {
    const name = r.package ?? '';
    const pkg = encodeURIComponent(name);
    const out = [];
    if (name && r.source !== 'gitlab' && r.source !== 'cbs-koji')
        out.push((0,markdown/* link */.nf)('dist-git', `${services.distgit}/rpms/${pkg}`));
    if (name && r.source === 'bodhi')
        out.push((0,markdown/* link */.nf)('Bodhi', `${services.bodhi}/updates/?packages=${pkg}`));
    if (name && r.source === 'fedora-koji')
        out.push((0,markdown/* link */.nf)('Koji', `${kojiWeb(services['fedora-koji'])}/search?terms=${pkg}&type=package&match=exact`));
    if (name && r.source === 'cbs-koji')
        out.push((0,markdown/* link */.nf)('CBS Koji', `${kojiWeb(services['cbs-koji'])}/search?terms=${pkg}&type=package&match=exact`));
    if (r.source === 'gitlab' && r.ref) {
        const url = refUrl(redact(r.ref), services.gitlab, services);
        out.push(url ? (0,markdown/* link */.nf)('GitLab', url) : (0,markdown/* codeSpan */.SS)(redact(r.ref)));
    }
    if (r.source === 'bugzilla' && r.ref) {
        out.push(/^\d+$/.test(r.ref) ? (0,markdown/* link */.nf)(`rhbz#${r.ref}`, `${services.bugzilla}/show_bug.cgi?id=${r.ref}`) : (0,markdown/* codeSpan */.SS)(redact(r.ref)));
    }
    return out.join(' · ');
}
/** A GitLab project path becomes a URL on the GitLab service; a URL is kept only when it points at a known service host. */
function refUrl(ref, gitlab, services) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
        const url = (0,markdown/* safeUrl */.Pl)(ref);
        if (!url)
            return null;
        const hosts = new Set(Object.values(services).map((s) => new URL(s).host));
        return hosts.has(new URL(url).host) ? url : null;
    }
    if (!/^[\w.-]+(\/[\w.-]+)+$/.test(ref))
        return null;
    return `${gitlab}/${ref.split('/').map(encodeURIComponent).join('/')}`;
}
function kojiWeb(hub) {
    return hub.replace(/\/kojihub\/?$/, '/koji');
}
function findings(changeSet, redact) {
    if (changeSet.findings.length === 0)
        return '';
    const lines = changeSet.findings.map((f) => `- **${f.severity}** ${(0,markdown/* codeSpan */.SS)(redact(`${f.file}:${f.line}:${f.column}`))} ${(0,markdown/* escapeText */.X1)(redact(f.message))} (${(0,markdown/* codeSpan */.SS)(f.rule)})`);
    return ['### Findings', ...lines].join('\n');
}
function diffs(files, redact, budget) {
    const blocks = ['### Diffs'];
    const notShown = [];
    let left = budget - blocks[0].length;
    let cut = false;
    for (const file of files) {
        const diff = redact(unifiedDiff(file));
        const stat = diffStat(diff);
        const label = `${file.path} (${stat})`;
        const whole = details(label, (0,markdown/* fencedBlock */.zW)(diff, 'diff'));
        if (!cut && whole.length + 2 <= left) {
            blocks.push(whole);
            left -= whole.length + 2;
            continue;
        }
        if (!cut) {
            // The first diff that does not fit is shown in part; the ones after it are only listed.
            cut = true;
            const part = truncateDiff(diff, left - details(label, (0,markdown/* fencedBlock */.zW)('', 'diff')).length - 300);
            if (part) {
                const note = `**Truncated:** ${part.omitted} more line${part.omitted === 1 ? '' : 's'} not shown, to fit the body limit of this forge. The commit has the full change.`;
                const block = details(`${label}, truncated`, `${(0,markdown/* fencedBlock */.zW)(part.text, 'diff')}\n\n${note}`);
                blocks.push(block);
                left -= block.length + 2;
                continue;
            }
        }
        notShown.push(`- ${(0,markdown/* codeSpan */.SS)(redact(file.path))} (${stat})`);
    }
    if (notShown.length > 0)
        blocks.push(`**Not shown** to fit the body limit of this forge (see the commit):\n${notShown.join('\n')}`);
    return blocks.join('\n\n');
}
function details(summaryText, inner) {
    return `<details><summary>${(0,markdown/* escapeHtml */.ZD)(summaryText)}</summary>\n\n${inner}\n\n</details>`;
}
function truncateDiff(diff, room) {
    if (room < 200)
        return null;
    const lines = diff.split('\n');
    let size = 0;
    let kept = 0;
    while (kept < lines.length && size + lines[kept].length + 1 <= room)
        size += lines[kept++].length + 1;
    return { text: lines.slice(0, kept).join('\n'), omitted: lines.length - kept };
}
function diffStat(diff) {
    let plus = 0;
    let minus = 0;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+') && !line.startsWith('+++'))
            plus++;
        else if (line.startsWith('-') && !line.startsWith('---'))
            minus++;
    }
    return `+${plus} −${minus}`;
}
function provenance(changeSet, redact, withCounts) {
    const p = changeSet.provenance;
    const lines = ['### How this was computed', `- Command: ${(0,markdown/* codeSpan */.SS)(redact(p.command))}`];
    if (p.inputs.length > 0)
        lines.push(`- Inputs: ${p.inputs.map((i) => (0,markdown/* codeSpan */.SS)(redact(i))).join(', ')}`);
    const services = Object.entries(p.services);
    if (services.length > 0)
        lines.push(`- Services: ${services.map(([name, url]) => `${(0,markdown/* escapeText */.X1)(name)} ${(0,markdown/* codeSpan */.SS)(redact(url))}`).join(', ')}`);
    const requests = Object.entries(p.requests);
    if (withCounts && requests.length > 0) {
        lines.push(`- Requests: ${requests.map(([host, n]) => `${(0,markdown/* codeSpan */.SS)(redact(host))} ${n}`).join(', ')}`);
    }
    if (!changeSet.complete)
        lines.push('- **The data behind this change is incomplete** (a service failed); no package is removed on its strength.');
    return lines.join('\n');
}
function controls(job, words, label) {
    return [
        '---',
        (0,checkboxes/* checkbox */.kv)('regenerate', job, `Discard commits pushed to this branch by people and regenerate it on the next run (or add the label ${(0,markdown/* codeSpan */.SS)(label)}).`),
        '',
        `<sub>Made by poi-gitops. The branch is regenerated from the base on every run while this ${words.proposal} is open; ` +
            'commits pushed by people stop that until they are handed back with the box or label above.</sub>'
    ].join('\n');
}
function serviceUrls(fromProvenance) {
    const aliases = {
        distgit: 'distgit', 'dist-git': 'distgit', pagure: 'distgit', bodhi: 'bodhi', gitlab: 'gitlab',
        'cbs-koji': 'cbs-koji', cbs: 'cbs-koji', 'fedora-koji': 'fedora-koji', koji: 'fedora-koji', bugzilla: 'bugzilla'
    };
    const out = { ...DEFAULT_SERVICE_URLS };
    for (const [name, url] of Object.entries(fromProvenance)) {
        const key = aliases[name.toLowerCase()];
        if (key && (0,markdown/* safeUrl */.Pl)(url))
            out[key] = url.replace(/\/+$/, '');
    }
    return out;
}
function countKinds(records) {
    const counts = { added: 0, removed: 0, marked: 0, unmarked: 0, changed: 0, regenerated: 0, planned: 0 };
    for (const r of records)
        counts[r.kind]++;
    return counts;
}

// EXTERNAL MODULE: ./src/forge/errors.ts
var forge_errors = __webpack_require__(18024);
// EXTERNAL MODULE: ./src/forge/facts.ts
var facts = __webpack_require__(69708);
;// CONCATENATED MODULE: ./src/forge/marker.ts
// The hidden, machine-readable state a proposal carries in its own body, so
// the engine needs no database: which change it proposes (a fingerprint of
// the proposed files), which body it rendered, which commit it made on which
// base, and whether it has already reported a person's commits. Comments the
// bot posts carry their own markers so that each is posted at most once.


const MARKER = /<!-- poi-gitops (\{[^\n]*?\}) -->/g;
const COMMENT_MARKERS = {
    blocked: '<!-- poi-gitops:blocked -->',
    incomplete: '<!-- poi-gitops:incomplete -->',
    closed: '<!-- poi-gitops:closed -->',
    refreshFailed: '<!-- poi-gitops:refresh-failed -->'
};
/** The box of proposals made by earlier versions, before boxes named their job. */
const LEGACY_REGENERATE_BOX = '<!-- poi-gitops:regenerate -->';
/** Paths and new contents of the changed files, independent of order; unchanged files do not count. */
function fingerprintFiles(changes) {
    const entries = changes
        .filter((c) => c.before !== c.after)
        .map((c) => [c.path, c.after])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return (0,hash/* sha256 */.s)(JSON.stringify(entries));
}
function renderMarker(marker) {
    // \u003c/\u003e keep "-->" (and any HTML) out of the comment; JSON.parse reads them back.
    const json = JSON.stringify(marker).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d');
    return `<!-- poi-gitops ${json} -->`;
}
/** The last marker in the body (a quoted one further up does not count). */
function parseMarker(body) {
    const last = [...body.matchAll(MARKER)].at(-1);
    if (!last)
        return null;
    try {
        const value = JSON.parse(last[1]);
        return isMarker(value) ? value : null;
    }
    catch {
        return null;
    }
}
/** The body with its last marker replaced (or one appended when it had none). */
function replaceMarker(body, marker) {
    const last = [...body.matchAll(MARKER)].at(-1);
    const rendered = renderMarker(marker);
    if (last?.index === undefined)
        return `${body}\n\n${rendered}`;
    return body.slice(0, last.index) + rendered + body.slice(last.index + last[0].length);
}
/** A person ticked the "regenerate" checkbox in the body. */
function regenerateRequested(body, job) {
    return (0,checkboxes/* ticked */.bn)(body).some((t) => t.action === 'regenerate' && t.job === job) || new RegExp(`^\\s*[-*] \\[[xX]\\] ${LEGACY_REGENERATE_BOX}`, 'm').test(body);
}
function isMarker(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const m = value;
    return m.v === 1 && typeof m.job === 'string' && typeof m.fingerprint === 'string' && typeof m.body === 'string' &&
        (m.commit === null || typeof m.commit === 'string') && (m.base === null || typeof m.base === 'string') &&
        (m.updated === undefined || typeof m.updated === 'string');
}
/** The time of the bot's last update recorded in the marker, in ms; undefined when absent or unreadable. */
function lastUpdate(marker) {
    if (marker?.updated === undefined)
        return undefined;
    const t = Date.parse(marker.updated);
    return Number.isNaN(t) ? undefined : t;
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/redact.ts
var core_redact = __webpack_require__(12258);
// EXTERNAL MODULE: ./src/forge/guard.ts
var guard = __webpack_require__(61918);
// EXTERNAL MODULE: ./src/forge/comments.ts
var comments = __webpack_require__(37921);
;// CONCATENATED MODULE: ./src/forge/types.ts
// The forge contract: the primitive operations the proposal engine needs from
// GitHub and GitLab alike, and the request/outcome shapes the CLI and the
// action exchange with the engine. Implementations live in github.ts and
// gitlab.ts; nothing outside src/forge talks to a forge.
const DEFAULT_POLICY = { update: 'always', review: 'create', automerge: false };

;// CONCATENATED MODULE: ./src/forge/engine.ts
// The proposal engine: one PR/MR per job, kept right run after run, over the
// forge-neutral Forge interface. Its state lives in the proposal itself (the
// hidden marker in the body), so every run decides from three reads:
// the proposal found by its branch, the base head, and (once per run) the
// default branch name.
//
//   no changes            → close the open proposal (comment, delete branch) | none
//   open, untouched       → unchanged when files, base and body are the same; else regenerate (updated)
//   open, person's commits→ blocked: one note, no overwrite, until handed back (label or checkbox)
//   closed by a person    → unchanged for the same change; reopened (or a new one) for a different change
//   none / merged         → branch + commit + proposal (created); an existing one found on create is reused
//   partial data          → never removes packages, never closes: the proposal is left as is (failed)
//
// The job's policy (README: "Proposal policy") can hold an update back
// (update = "when-merged", min-interval) or a new proposal (max-open), ask for
// reviews on every update, and turn on the forge's own auto-merge.












/** A policy the forge cannot carry out, such as team reviewers on GitLab: a configuration error (exit 2). */
class PolicyError extends Error {
    name = 'PolicyError';
    exitCode = 2;
}
/** Makes the forge show what this request proposes. A dry run (or no forge) computes the proposal and calls nothing. */
async function propose(forge, request, options = {}) {
    const redact = options.redact ?? (0,core_redact/* createRedactor */.lY)([...(options.secrets ?? []), ...(forge?.secrets ?? [])]);
    // Without a forge (a terminal dry run) the proposal is rendered as for GitHub, like previewProposal does.
    const { words, maxBodyLength } = forge ?? facts/* FORGE_FACTS */.S.github;
    const regenerateLabel = options.regenerateLabel ?? REGENERATE_LABEL;
    if (request.dryRun || forge === null) {
        const plan = makePlan(finalized(request, undefined), words, maxBodyLength, redact, regenerateLabel);
        return { ...outcome(plan, 'dry-run'), preview: previewOf(plan, maxBodyLength) };
    }
    let plan = makePlan(request, words, maxBodyLength, redact, regenerateLabel);
    try {
        if (forge.kind === 'gitlab' && (request.teamReviewers ?? []).length > 0) {
            const where = request.teamReviewersOrigin ? `${request.teamReviewersOrigin}: ` : '';
            throw new PolicyError(`${where}team-reviewers names GitHub teams, and GitLab merge requests have no team reviewers: list the people in reviewers instead, or require a group's approval with the project's approval rules.`);
        }
        // Branch safety comes first: nothing is read beyond the default branch, and nothing is written, for a branch the bot must not touch.
        const defaultBranch = await forge.defaultBranch();
        const base = request.base ?? defaultBranch;
        const reserved = request.reservedBranches ?? [];
        (0,guard.assertSafeBranch)({ branch: request.branch, base, defaultBranch, reserved }, request.branchOrigin ?? 'the job name or [proposal] branch-prefix in poi-gitops.toml');
        const guarded = (0,guard.guardForge)(forge, redact, new Set([base, defaultBranch, ...reserved]));
        const found = await guarded.findProposal(request.branch);
        if (request.finalize)
            plan = makePlan(finalized(request, found ? parseMarker(found.body) : null), words, maxBodyLength, redact, regenerateLabel);
        const leaking = plan.files.filter((f) => f.after !== null && redact.contains(f.after)).map((f) => f.path);
        if (leaking.length > 0)
            throw new guard.SecretInContentError(leaking);
        const policy = { ...DEFAULT_POLICY, ...request.policy };
        const clock = options.clock ?? { now: () => Date.now() };
        return await decide({ forge: guarded, plan, redact, options, words, regenerateLabel, policy, now: () => clock.now() }, base, found);
    }
    catch (error) {
        if (error instanceof forge_errors/* ForgeError */.Q8)
            return { ...outcome(plan, 'failed'), message: redact(error.explanation), exitCode: 3 };
        if (error instanceof guard.BranchSafetyError || error instanceof guard.SecretInContentError || error instanceof PolicyError)
            return { ...outcome(plan, 'failed'), message: redact(error.message), exitCode: error.exitCode };
        throw error;
    }
}
/** Title, body, commit message and patch exactly as they would be proposed. */
function makePlan(request, words, maxBodyLength, redact, regenerateLabel = REGENERATE_LABEL) {
    const files = (0,changeset/* changedFiles */.Y)(request.changeSet.changes);
    const title = redact(request.title ?? defaultTitle(request.job, request.changeSet));
    // The body is rendered on first use (a terminal dry run never shows it), and the
    // patch too (only previews show it): for a sync of thousands of packages they are
    // the costliest parts of the plan.
    let rendered;
    let patch;
    const render = () => {
        if (!rendered) {
            const r = renderBody({ job: request.job, changeSet: request.changeSet, maxLength: maxBodyLength, redact, words, regenerateLabel });
            rendered = { body: redact(r.text), bodyHash: (0,hash/* sha256 */.s)(`${title}\n${r.stableHash}`) };
        }
        return rendered;
    };
    return {
        request,
        files,
        paths: files.map((f) => f.path),
        fingerprint: fingerprintFiles(files),
        title,
        get body() {
            return render().body;
        },
        get bodyHash() {
            return render().bodyHash;
        },
        message: redact(commitMessage(title, request.job, request.changeSet)),
        get patch() {
            return (patch ??= patchOf(request.changeSet));
        },
        removed: removedPackages(request.changeSet)
    };
}
/** What a dry run shows: the proposal as it would be made, with a marker that names no commit yet. */
function previewOf(plan, maxBodyLength) {
    let body;
    return {
        title: plan.title,
        get body() {
            return (body ??= withMarker(plan.body, markerFor(plan, null, null), maxBodyLength));
        },
        patch: plan.patch,
        commitMessage: plan.message
    };
}
async function decide(ctx, base, found) {
    const { forge, plan } = ctx;
    const { request } = plan;
    const open = found?.state === 'open' ? found : null;
    const marker = found ? parseMarker(found.body) : null;
    if (!request.changeSet.complete && (plan.removed.length > 0 || plan.files.length === 0))
        return refuseIncomplete(ctx, open);
    if (plan.files.length === 0)
        return open ? closeEmpty(ctx, open, marker) : outcome(plan, 'none');
    const baseHead = await forge.branchHead(base);
    if (baseHead === null) {
        throw new forge_errors/* ForgeError */.Q8(forge.kind, 'read the base branch', 404, `branch ${base} not found`, `The base branch ${base} does not exist: fix "base" in the [proposal] table of poi-gitops.toml.`);
    }
    const parent = request.computedFrom ?? baseHead;
    if (open)
        return refreshOpen(ctx, open, marker, base, baseHead, parent);
    const closedByPerson = found?.state === 'closed' && marker?.closed !== 'empty' ? found : null;
    if (closedByPerson && marker?.fingerprint === plan.fingerprint) {
        return {
            ...outcome(plan, 'unchanged', closedByPerson),
            message: `${ctx.words.short} ${ctx.words.sigil}${closedByPerson.number} was closed without merging; the same change is not proposed again.`
        };
    }
    // Reopening counts as opening: both wait while max-open proposals are open.
    const waiting = await waitForRoom(ctx);
    if (waiting)
        return waiting;
    if (closedByPerson) {
        const reopened = await reopen(ctx, closedByPerson, marker, baseHead, parent);
        if (reopened)
            return reopened;
    }
    return engine_create(ctx, base, baseHead, parent, found && found.state !== 'merged' ? found : null, marker);
}
async function refreshOpen(ctx, open, marker, base, baseHead, parent) {
    const { forge, plan } = ctx;
    const head = open.headSha ?? (await forge.branchHead(plan.request.branch));
    const labelled = hasLabel(open.labels, ctx.regenerateLabel);
    const handedBack = labelled || (regenerateRequested(open.body, plan.request.job) || plan.request.regenerate === true);
    const edited = marker === null || head !== marker.commit;
    if (edited && !handedBack && head !== null) {
        if (marker?.blocked === head)
            return blockedOutcome(ctx, open, null);
        const foreign = await foreignCommits(ctx, baseHead, head, marker);
        if (foreign.length > 0)
            return block(ctx, open, marker, head, foreign);
    }
    const sameTree = !edited && !handedBack && marker !== null && marker.base === parent && marker.fingerprint === plan.fingerprint;
    const sameContent = sameTree && marker.body === plan.bodyHash;
    const missingLabels = plan.request.labels.filter((l) => !hasLabel(open.labels, l));
    if (sameContent && missingLabels.length === 0)
        return outcome(plan, 'unchanged', open);
    // A person handing the branch back asks for this update now, whatever the policy.
    if (!sameContent && !handedBack) {
        const held = holdUpdate(ctx, open, marker);
        if (held)
            return held;
    }
    let commit = marker?.commit ?? null;
    let commitBase = marker?.base ?? null;
    if (!sameTree) {
        commit = await forge.commitFiles({
            branch: plan.request.branch, parentSha: parent, branchHead: head, message: plan.message, files: writesFor(plan.files), author: ctx.options.author
        });
        commitBase = parent;
    }
    if (!sameContent) {
        await forge.updateProposal(open.number, { title: plan.title, body: withMarker(plan.body, markerFor(plan, commit, commitBase, ctx.now()), forge.maxBodyLength) });
    }
    const warnings = await addLabels(ctx, open.number, missingLabels);
    if (labelled) {
        // Left in place, the label would regenerate the branch on every run; say so if it cannot be removed.
        try {
            await forge.removeLabel(open.number, ctx.regenerateLabel);
        }
        catch (error) {
            if (!(error instanceof forge_errors/* ForgeError */.Q8))
                throw error;
            warnings.push(ctx.redact(`${error.explanation} Remove the label ${ctx.regenerateLabel} by hand.`));
        }
    }
    if (base !== open.base)
        warnings.push(`The ${ctx.words.proposal} targets ${open.base}, not ${base}; change its base by hand.`);
    const why = handedBack ? 'regenerated as asked, discarding the commits pushed to the branch' : undefined;
    const after = sameContent ? { warnings: [] } : await afterUpdate(ctx, open, sameTree ? head : commit);
    return { ...outcome(plan, 'updated', open), ...(why ? { message: why } : {}), ...after, warnings: [...warnings, ...after.warnings] };
}
/** How far ahead of this run's clock a recorded update time may be and still count. */
const CLOCK_SKEW_MS = 10 * 60_000;
/** The policy's reason to leave an open proposal as it is although its change differs, if any. */
function holdUpdate(ctx, open, marker) {
    const { plan, policy, words } = ctx;
    const ref = `${words.short} ${words.sigil}${open.number}`;
    if (policy.update === 'when-merged') {
        return {
            ...outcome(plan, 'unchanged', open), held: 'when-merged',
            message: `update = "when-merged": ${ref} is left as it is until it is merged or closed; the newer change is proposed then`
        };
    }
    const interval = policy.minIntervalMs;
    const last = lastUpdate(marker);
    const now = ctx.now();
    // A time ahead of this run's clock (beyond runner clock skew) was not written by the bot: an edited
    // body must not hold the proposal back indefinitely.
    if (interval === undefined || last === undefined || last > now + CLOCK_SKEW_MS || now >= last + interval)
        return null;
    const until = new Date(last + interval).toISOString();
    return {
        ...outcome(plan, 'unchanged', open), held: 'min-interval', heldUntil: until,
        message: `min-interval = "${(0,duration/* formatDuration */.a)(interval)}": ${ref} was last updated at ${new Date(last).toISOString()}; the newer change is proposed from ${until} on`
    };
}
/** With max-open set: a held outcome when that many of the bot's proposals are open already, else null (one listing per run). */
async function waitForRoom(ctx) {
    const limit = ctx.policy.maxOpen;
    if (!limit)
        return null;
    const open = (await ctx.forge.openProposalBranches(limit.branchPrefix)).filter((b) => b !== ctx.plan.request.branch);
    if (open.length < limit.limit)
        return null;
    return {
        ...outcome(ctx.plan, 'none'), held: 'max-open',
        message: `max-open = ${limit.limit}: ${open.length} ${ctx.words.proposal}s from ${(0,markdown/* codeSpan */.SS)(limit.branchPrefix)} branches are open; this one is opened when one of them is merged or closed`
    };
}
/** After the bot updated a proposal's content (now at `head`): reviews again when `review = "always"`, and auto-merge. */
async function afterUpdate(ctx, proposal, head) {
    const warnings = ctx.policy.review === 'always' ? await requestReviews(ctx, proposal.number, head) : [];
    return mergeAutomatically(ctx, proposal, head, warnings);
}
/**
 * Asks the configured reviewers and teams, leaving out anyone whose review of `reviewedHead` counts already
 * (GitLab's standing approvals count whatever the head); null: a new proposal, which nobody has reviewed.
 * A refusal is a warning.
 */
async function requestReviews(ctx, number, reviewedHead) {
    const { forge, plan } = ctx;
    const teams = plan.request.teamReviewers ?? [];
    let people = plan.request.reviewers;
    if (people.length + teams.length === 0)
        return [];
    if (reviewedHead !== null && people.length > 0) {
        const reviews = await forge.reviewsOf(number);
        const done = new Set(reviews.filter((r) => r.commit === null || r.commit === reviewedHead).map((r) => lower(r.login)));
        people = people.filter((p) => !done.has(lower(p)));
    }
    if (people.length + teams.length === 0)
        return [];
    try {
        await forge.requestReviewers(number, people, teams);
        return [];
    }
    catch (error) {
        if (!(error instanceof forge_errors/* ForgeError */.Q8))
            throw error;
        return [ctx.redact(error.explanation)];
    }
}
/** With `automerge = true`: the forge's own auto-merge for the bot's content at `head`; a refusal is a warning, never a failure. */
async function mergeAutomatically(ctx, proposal, head, warnings) {
    if (!ctx.policy.automerge || head === null)
        return { warnings };
    try {
        await ctx.forge.enableAutoMerge(proposal, head);
        return { warnings, autoMerge: 'enabled' };
    }
    catch (error) {
        if (!(error instanceof forge_errors/* ForgeError */.Q8))
            throw error;
        return { warnings: [...warnings, ctx.redact(error.explanation)] };
    }
}
async function block(ctx, open, marker, head, foreign) {
    const { forge, words, redact } = ctx;
    const list = foreign.slice(0, 10).map((c) => `- ${(0,markdown/* codeSpan */.SS)(c.sha.slice(0, 12))} by ${(0,markdown/* escapeText */.X1)(redact(c.author.name || c.author.email))}` +
        (c.committer.email !== c.author.email ? ` (committed by ${(0,markdown/* escapeText */.X1)(redact(c.committer.name || c.committer.email))})` : ''));
    const note = [
        COMMENT_MARKERS.blocked,
        `**poi-gitops** did not regenerate this ${words.proposal}: its branch has commits that were not made by the bot.`,
        '',
        ...list,
        '',
        `They are kept, and this ${words.proposal} is not updated while they are there. To hand the branch back, tick the box in the description or add the label ${(0,markdown/* codeSpan */.SS)(ctx.regenerateLabel)}: the next run discards these commits and regenerates the branch from the base.`
    ].join('\n');
    await (0,comments.upsertComment)(forge, open.number, COMMENT_MARKERS.blocked, redact(note));
    // Remember that this head was reported, so later runs neither post again nor need to inspect the commits.
    const remembered = { ...(marker ?? markerFor(ctx.plan, null, null)), blocked: head };
    await forge.updateProposal(open.number, { body: replaceMarker(open.body, remembered) });
    return blockedOutcome(ctx, open, foreign);
}
function blockedOutcome(ctx, open, foreign) {
    const who = foreign ? ` by ${[...new Set(foreign.map((c) => c.author.name || c.author.email))].join(', ')}` : '';
    return {
        ...outcome(ctx.plan, 'blocked', open),
        message: ctx.redact(`${ctx.words.short} ${ctx.words.sigil}${open.number} has commits${who} that are not the bot's; it is left as is until handed back (the label ${ctx.regenerateLabel} or the box in its description).`)
    };
}
async function closeEmpty(ctx, open, marker) {
    const { forge, plan, words } = ctx;
    const head = open.headSha;
    const handedBack = hasLabel(open.labels, ctx.regenerateLabel) || (regenerateRequested(open.body, plan.request.job) || plan.request.regenerate === true);
    if (head !== null && !handedBack && (marker === null || head !== marker.commit)) {
        // A person's commits are never thrown away, not even to close.
        if (marker?.blocked === head)
            return blockedOutcome(ctx, open, null);
        const baseHead = await forge.branchHead(open.base);
        if (baseHead !== null) {
            const foreign = await foreignCommits(ctx, baseHead, head, marker);
            if (foreign.length > 0)
                return block(ctx, open, marker, head, foreign);
        }
    }
    // Upserted, so a close that fails half-way and is retried next run does not comment twice.
    await (0,comments.upsertComment)(forge, open.number, COMMENT_MARKERS.closed, ctx.redact([
        COMMENT_MARKERS.closed,
        `**poi-gitops** closed this ${words.proposal}: the change it proposed is no longer needed (the base branch has it already, or the data no longer calls for it), and deleted the branch ${(0,markdown/* codeSpan */.SS)(plan.request.branch)}.`
    ].join('\n')));
    const closedMarker = { ...(marker ?? markerFor(plan, null, null)), closed: 'empty' };
    await forge.updateProposal(open.number, { state: 'closed', body: replaceMarker(open.body, closedMarker) });
    await forge.deleteBranch(plan.request.branch);
    return { ...outcome(plan, 'closed', open), message: `the change became empty; ${words.short} ${words.sigil}${open.number} closed` };
}
/** A closed proposal with a different change: reopen it when its branch is as it was at closing (GitHub refuses otherwise). */
async function reopen(ctx, closed, marker, baseHead, parent) {
    const { forge, plan } = ctx;
    const head = await forge.branchHead(plan.request.branch);
    if (head === null || head !== closed.headSha)
        return null;
    const foreign = await foreignCommits(ctx, baseHead, head, marker);
    if (foreign.length > 0)
        return null;
    try {
        await forge.updateProposal(closed.number, { state: 'open' });
    }
    catch (error) {
        // The forge would not reopen it (GitHub: "the branch was force-pushed or recreated"): open a new one instead.
        if (error instanceof forge_errors/* ForgeError */.Q8)
            return null;
        throw error;
    }
    const commit = await forge.commitFiles({
        branch: plan.request.branch, parentSha: parent, branchHead: head, message: plan.message, files: writesFor(plan.files), author: ctx.options.author
    });
    await forge.updateProposal(closed.number, { title: plan.title, body: withMarker(plan.body, markerFor(plan, commit, parent, ctx.now()), forge.maxBodyLength) });
    const labelWarnings = await addLabels(ctx, closed.number, plan.request.labels.filter((l) => !hasLabel(closed.labels, l)));
    const reopened = { ...closed, state: 'open' };
    const after = await afterUpdate(ctx, reopened, commit);
    return {
        ...outcome(plan, 'updated', reopened), ...after, warnings: [...labelWarnings, ...after.warnings],
        message: `reopened ${ctx.words.short} ${ctx.words.sigil}${closed.number}: the proposed change differs from the one that was closed`
    };
}
async function engine_create(ctx, base, baseHead, parent, previous, marker) {
    const { forge, plan } = ctx;
    const { request } = plan;
    const head = await forge.branchHead(request.branch);
    if (head !== null) {
        // A branch without an open proposal (a crash before the proposal, a merged one not deleted): only the bot's commits may be replaced.
        const foreign = await foreignCommits(ctx, baseHead, head, marker);
        if (foreign.length > 0) {
            return {
                ...outcome(plan, 'blocked'),
                message: ctx.redact(`Branch ${request.branch} has no open ${ctx.words.proposal} but holds commits that are not the bot's; delete or rename it to let poi-gitops propose again.`)
            };
        }
    }
    const commit = await forge.commitFiles({
        branch: request.branch, parentSha: parent, branchHead: head, message: plan.message, files: writesFor(plan.files), author: ctx.options.author
    });
    const body = withMarker(plan.body, markerFor(plan, commit, parent, ctx.now()), forge.maxBodyLength);
    let created;
    try {
        created = await forge.createProposal({ branch: request.branch, base, title: plan.title, body, draft: request.draft, labels: request.labels });
    }
    catch (error) {
        if (!(error instanceof forge_errors/* ProposalExistsError */.jw))
            throw error;
        // Another run (or a person) opened one since we looked: make it ours rather than open a second one.
        const existing = await forge.findProposal(request.branch);
        if (existing?.state !== 'open')
            throw error;
        await forge.updateProposal(existing.number, { title: plan.title, body });
        const labelWarnings = await addLabels(ctx, existing.number, request.labels.filter((l) => !hasLabel(existing.labels, l)));
        // Whoever opened it has not asked for reviews of the bot's commit yet: as on creation.
        const after = await mergeAutomatically(ctx, existing, commit, [...labelWarnings, ...(await requestReviews(ctx, existing.number, null))]);
        return { ...outcome(plan, 'updated', existing), ...after, message: `reused ${ctx.words.short} ${ctx.words.sigil}${existing.number}, opened for this branch in the meantime` };
    }
    const labelWarnings = await addLabels(ctx, created.number, request.labels.filter((l) => !hasLabel(created.labels, l)));
    const after = await mergeAutomatically(ctx, created, commit, [...labelWarnings, ...(await requestReviews(ctx, created.number, null))]);
    const superseded = previous && previous.state === 'closed' ? `; ${ctx.words.sigil}${previous.number} stays closed` : '';
    return { ...outcome(plan, 'created', created), ...after, ...(superseded ? { message: `opened a new ${ctx.words.proposal}${superseded}` } : {}) };
}
async function refuseIncomplete(ctx, open) {
    const { forge, plan, words } = ctx;
    if (plan.removed.length === 0) {
        // Partial data and no change: nothing proves the proposal obsolete, so it stays.
        return { ...outcome(plan, open ? 'unchanged' : 'none', open ?? undefined), message: 'the data was incomplete; nothing was changed' };
    }
    const names = plan.removed.slice(0, 20).map((n) => (0,markdown/* codeSpan */.SS)(n)).join(', ') + (plan.removed.length > 20 ? `, and ${plan.removed.length - 20} more` : '');
    if (open) {
        await (0,comments.upsertComment)(forge, open.number, COMMENT_MARKERS.incomplete, ctx.redact([
            COMMENT_MARKERS.incomplete,
            `**poi-gitops** could not refresh this ${words.proposal}: a remote service answered incompletely, and the result would remove packages (${names}). ` +
                `Packages are never removed on partial data, so this ${words.proposal} was left as it was; the next complete run refreshes it.`
        ].join('\n')));
    }
    return {
        ...outcome(plan, 'failed', open ?? undefined),
        message: `a remote service answered incompletely and the result would remove ${plan.removed.length} package${plan.removed.length === 1 ? '' : 's'}; nothing was proposed`
    };
}
/** Commits between base and head made by anyone but the bot (author or committer). */
async function foreignCommits(ctx, baseHead, head, marker) {
    const commits = await ctx.forge.commitsBetween(baseHead, head);
    const bot = new Set([...ctx.forge.botEmails, ctx.options.author?.email ?? ''].filter(Boolean).map(lower));
    // The bot's own recorded commit tells who the bot is on this forge (GitHub may sign as "GitHub" for an app token).
    const own = commits.find((c) => c.sha === marker?.commit);
    if (own)
        for (const p of [own.author, own.committer])
            bot.add(lower(p.email));
    const isBot = (c) => bot.has(lower(c.author.email)) && bot.has(lower(c.committer.email));
    let foreign = commits.filter((c) => c.sha !== marker?.commit && !isBot(c));
    if (foreign.length > 0 && !own) {
        // No recorded commit to learn from (a lost race, a missing marker): ask the forge who the token is.
        for (const email of await ctx.forge.identityEmails())
            bot.add(lower(email));
        foreign = foreign.filter((c) => !isBot(c));
    }
    return foreign;
}
/** Labels are a convenience: failing to set them is a warning, not a failed proposal. */
async function addLabels(ctx, number, labels) {
    if (labels.length === 0)
        return [];
    try {
        await ctx.forge.addLabels(number, labels);
        return [];
    }
    catch (error) {
        if (!(error instanceof forge_errors/* ForgeError */.Q8))
            throw error;
        return [ctx.redact(error.explanation)];
    }
}
/** The marker of a proposal the bot writes; `updatedAt` (ms) records the write for min-interval. */
function markerFor(plan, commit, base, updatedAt) {
    return {
        v: 1, job: plan.request.job, fingerprint: plan.fingerprint, body: plan.bodyHash, commit, base,
        ...(updatedAt !== undefined ? { updated: new Date(updatedAt).toISOString() } : {}),
        ...(plan.request.memo ? { memo: plan.request.memo } : {})
    };
}
/** The request with its last touches applied against what the open proposal recorded. */
function finalized(request, marker) {
    if (!request.finalize)
        return request;
    const { changes, memo } = request.finalize(marker?.memo ?? {});
    return { ...request, changeSet: { ...request.changeSet, changes }, memo };
}
/** Body plus marker, never longer than the forge accepts (the renderer already keeps room; this is the last guard). */
function withMarker(body, marker, maxLength) {
    const tail = `\n\n${renderMarker(marker)}`;
    const room = maxLength - tail.length;
    const text = body.length <= room ? body : `${body.slice(0, room - 80)}\n\n**Truncated** to fit the body limit of this forge.`;
    return `${text}${tail}`;
}
function writesFor(files) {
    return files.map((f) => ({ path: f.path, content: f.after, existed: f.before !== null }));
}
function removedPackages(changeSet) {
    return [...new Set(changeSet.records.filter((r) => r.kind === 'removed').map((r) => r.package ?? r.file))];
}
function outcome(plan, operation, proposal) {
    return {
        job: plan.request.job,
        branch: plan.request.branch,
        operation,
        ...(proposal ? { url: proposal.url, number: proposal.number } : {}),
        files: plan.paths,
        warnings: []
    };
}
function hasLabel(labels, label) {
    return labels.some((l) => lower(l) === lower(label));
}
function lower(s) {
    return s.toLowerCase();
}
/**
 * A job whose remote data could not be fetched proposes nothing; its open proposal, if any,
 * is left as it is with one comment saying the refresh failed (edited in place on later failures).
 */
async function noteRefreshFailure(forge, branch, reason, options = {}) {
    const open = await forge.findProposal(branch);
    if (!open || open.state !== 'open')
        return null;
    const redact = options.redact ?? (0,core_redact/* createRedactor */.lY)([...(options.secrets ?? []), ...forge.secrets]);
    // Only a comment is written: no branch is touched, so no branch needs protecting.
    await (0,comments.upsertComment)((0,guard.guardForge)(forge, redact, new Set()), open.number, COMMENT_MARKERS.refreshFailed, (`**poi-gitops** could not refresh this ${forge.words.proposal}: ${(0,markdown/* escapeText */.X1)(redact(reason))}\n\nNothing was changed; the next successful run refreshes it.`));
    return open.number;
}

// EXTERNAL MODULE: ./src/sources/stats.ts
var stats = __webpack_require__(24353);
// EXTERNAL MODULE: ./src/core/workspace.ts + 1 modules
var core_workspace = __webpack_require__(5467);
// EXTERNAL MODULE: ./src/commands/registry.ts
var registry = __webpack_require__(30927);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
// EXTERNAL MODULE: ./src/core/args.ts
var args = __webpack_require__(71038);
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
        return { ...base, exitCode: (0,errors.exitCodeOf)(e) ?? 2, error: (0,errors.describeError)(e), findings, ...(localState ? { localState } : {}) };
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
    const { regenerateExports } = await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(604), __webpack_require__.e(626)]).then(__webpack_require__.bind(__webpack_require__, 89626));
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
    const { finalizePlan, serializePlan } = await __webpack_require__.e(/* import() */ 750).then(__webpack_require__.bind(__webpack_require__, 87750));
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
    return { jobs: reports, exitCode: (0,errors.worstExitCode)(reports.map((r) => r.exitCode)), requests: runRequests(reports, options.forge) };
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
        report.exitCode = (0,errors.worstExitCode)([report.exitCode, (0,errors.exitCodeOf)(e) ?? 2]);
        outcome.error = (0,errors.describeError)(e);
    }
    return report;
}
async function deliver(job, config, report, options) {
    const { outcome } = report;
    const changes = (0,changeset/* changedFiles */.Y)(outcome.changeSet?.changes ?? []);
    switch (options.delivery) {
        case 'preview':
            report.diff = unifiedDiffs(changes);
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
                const n = await noteRefreshFailure(forge, config.proposal.branchPrefix + job.name, outcome.error ?? 'a remote service failed', { redact: options.redact });
                if (n !== null)
                    options.log(`${job.name}: left the open proposal as it was and commented that the refresh failed`);
            }
            catch (e) {
                options.log(`warning: ${job.name}: could not comment on the proposal: ${(0,errors.describeError)(e)}`);
            }
        }
        return;
    }
    options.log(`${job.name}: ${(0,changeset/* changedFiles */.Y)(request.changeSet.changes).length} file(s) changed`);
    const proposal = await propose(forge, request, { redact: options.redact });
    report.proposal = proposal;
    if (proposal.operation === 'failed')
        report.exitCode = (0,errors.worstExitCode)([report.exitCode, proposal.exitCode ?? 3]);
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


/***/ })

};
