export const id = 158;
export const ids = [158];
export const modules = {

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postValidationNote: () => (/* binding */ postValidationNote)
});

// UNUSED EXPORTS: VALIDATION_NOTE_MARKER

// EXTERNAL MODULE: ./src/forge/detect.ts + 4 modules
var detect = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/forge/comments.ts
var comments = __webpack_require__(7921);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/summary.ts
// The Markdown job summary of a validation: a table of every finding (GitHub
// annotates only a few per step; the summary lists them all).



function renderValidationSummary(findings, files) {
    const { errors, warnings } = (0,finding/* countBySeverity */.Ot)(findings);
    let out = `## poi-gitops validate\n\n${files.length} file(s) checked: **${errors} error(s)**, ${warnings} warning(s).\n\n`;
    if (findings.length === 0)
        return out + 'All inventories are valid.\n';
    out += '| Severity | Location | Rule | Message |\n|---|---|---|---|\n';
    for (const f of (0,finding/* sortFindings */.Tc)(findings)) {
        out += `| ${f.severity} | ${(0,markdown/* codeSpan */.SS)(`${f.file}:${f.line}:${f.column}`)} | ${f.rule} | ${(0,markdown/* escapeText */.X1)(f.message)} |\n`;
    }
    return out;
}
/** The job summary of a `run`: one row per job with what happened to its proposal. */
function renderRunSummary(result, elapsedMs) {
    let out = `## poi-gitops run\n\n${result.jobs.length} job(s) in ${(elapsedMs / 1000).toFixed(1)} s.\n\n| Job | Proposal | Files | Notes |\n|---|---|---|---|\n`;
    for (const { outcome, proposal } of result.jobs) {
        const op = proposal ? (proposal.url ? `[${proposal.operation}](${proposal.url})` : proposal.operation) : 'not proposed';
        const files = proposal?.files.length ?? changedFiles(outcome.changeSet?.changes ?? []).length;
        const notes = [outcome.error, proposal?.message, ...outcome.notes].filter((n) => Boolean(n)).map(escapeText).join('<br>');
        out += `| ${codeSpan(outcome.job.name)} | ${op} | ${files} | ${notes} |\n`;
    }
    const requests = new Map();
    for (const { outcome } of result.jobs)
        for (const [host, n] of Object.entries(outcome.changeSet?.provenance.requests ?? {}))
            requests.set(host, (requests.get(host) ?? 0) + n);
    if (requests.size > 0)
        out += `\nRequests: ${[...requests].map(([h, n]) => `${escapeText(h)} ${n}`).join(', ')}\n`;
    const findings = result.jobs.flatMap((j) => j.outcome.findings);
    if (findings.length > 0)
        out += '\n' + renderValidationSummary(findings, []).replace('## poi-gitops validate', '### Findings');
    return out;
}

;// CONCATENATED MODULE: ./src/cli/validation-note.ts
// In a merge-request pipeline, the validation summary is one note on the MR,
// found again by a hidden marker and edited in place on every run (never a
// new note per run). GitHub pull requests get annotations instead.



const VALIDATION_NOTE_MARKER = '<!-- poi-gitops:validation -->';
/** Posts or updates the note when this is a GitLab MR pipeline with a usable token; returns what happened or why not. */
async function postValidationNote(env, findings, files) {
    const iid = Number(env.CI_MERGE_REQUEST_IID);
    if (env.GITLAB_CI !== 'true' || !Number.isInteger(iid) || iid <= 0)
        return 'not a merge request pipeline';
    const detection = (0,detect/* detectForge */.J)({ ...env });
    if (!detection.target)
        return detection.problem ?? 'no GitLab token';
    if (detection.target.context.readOnlyReason)
        return `${detection.target.context.readOnlyReason} cannot post notes`;
    const result = await (0,comments/* upsertComment */.l)((0,detect/* createForge */.u)(detection.target), iid, VALIDATION_NOTE_MARKER, renderValidationSummary(findings, files));
    return `validation note ${result} on !${iid}`;
}


/***/ }),

/***/ 7921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ upsertComment)
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

/***/ 5643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ forgeError),
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   jw: () => (/* binding */ ProposalExistsError)
/* harmony export */ });
/* unused harmony export explain */
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
function explain(facts) {
    return facts.forge === 'github' ? explainGitHub(facts) : explainGitLab(facts);
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

/***/ 9708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SC: () => (/* binding */ FORGE_FACTS),
/* harmony export */   yt: () => (/* binding */ pickProposal)
/* harmony export */ });
/* unused harmony exports GITHUB_MAX_BODY, GITLAB_MAX_BODY */
// What differs between the forges besides their APIs: how long a body may be
// and what a proposal is called. Kept apart so that dry runs and the body
// renderer need no forge client.
const FORGE_FACTS = {
    github: { maxBodyLength: 65_536, words: { proposal: 'pull request', short: 'PR', sigil: '#' } },
    // 1,000,000 since GitLab 13.4 (25,000 before).
    gitlab: { maxBodyLength: 1_000_000, words: { proposal: 'merge request', short: 'MR', sigil: '!' } }
};
const GITHUB_MAX_BODY = FORGE_FACTS.github.maxBodyLength;
const GITLAB_MAX_BODY = FORGE_FACTS.gitlab.maxBodyLength;
/** The open proposal if there is one (the lowest number, should a past race have left two), else the newest. */
function pickProposal(proposals) {
    const open = proposals.filter((p) => p.state === 'open').sort((a, b) => a.number - b.number);
    if (open.length > 0)
        return open[0];
    return [...proposals].sort((a, b) => b.number - a.number)[0] ?? null;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony exports stripHidden, commentSafe */
// Escaping for text that reaches a PR/MR body from remote services (package
// names, unshipped reasons, GitLab project paths, …). Such text must render as
// the literal characters: no Markdown or HTML, no @mentions that notify people,
// no #123 / !123 / ~label references that link (and back-link) other threads,
// no clickable URLs, and no control or bidi characters that hide content.
//
// Backslash escapes do not stop mentions and references: forges link them on
// the rendered text. A zero-width space after the sigil does.
const ZWSP = '\u200b';
// C0/C1 controls except tab and newline, plus bidi overrides and isolates.
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** @user, #123, !123, ~label, %milestone, &epic, $snippet, and GH-123: a zero-width space after the sigil. */
const REFERENCE = /([@#!~%&$])(?=[\p{L}\p{N}_])/gu;
const GH_REF = /\b(GH)-(?=\d)/gi;
/** Bare URLs and www. hosts, which GitHub and GitLab turn into links. */
const AUTOLINK = /\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi;
const WWW = /\b(www)\./gi;
/** Drops characters that hide or reorder content. */
function stripHidden(text) {
    return text.replace(HIDDEN, '');
}
function neutralize(text) {
    return text
        .replace(REFERENCE, `$1${ZWSP}`)
        .replace(GH_REF, `$1${ZWSP}-`)
        .replace(AUTOLINK, `$1${ZWSP}:`)
        .replace(WWW, `$1${ZWSP}.`);
}
/** Text for inside an HTML element (e.g. <summary>): entities only, references neutralized. */
function escapeHtml(text) {
    return neutralize(stripHidden(text).replace(/\s*\n\s*/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
/** One line of untrusted text inside Markdown (a paragraph or a table cell). */
function escapeText(text) {
    return neutralize(stripHidden(text).replace(/\s*\n\s*/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()|!~]/g, '\\$&');
}
/** Inline code; safe in table cells (pipes escaped the way GFM tables require). */
function codeSpan(text) {
    const clean = stripHidden(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A fenced code block whose fence no line of the content can close. */
function fencedBlock(content, info = '') {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = stripHidden(content).replace(/\n$/, '');
    return `${fence}${info}\n${body}\n${fence}`;
}
/** A Markdown link to an http(s) URL; anything else renders as plain escaped text. */
function link(text, url) {
    const safe = safeUrl(url);
    return safe ? `[${escapeText(text)}](${safe})` : escapeText(text);
}
/** The URL normalized and percent-encoded so it cannot break out of a Markdown link target, or null. */
function safeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    if (parsed.username || parsed.password)
        return null;
    return parsed.href.replace(/[()<> "'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** Text for a single-line HTML comment: `--` cannot end it early. */
function commentSafe(text) {
    return text.replace(/--/g, '-\u2010').replace(/[<>]/g, '');
}


/***/ })

};
