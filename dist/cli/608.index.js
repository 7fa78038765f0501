export const id = 608;
export const ids = [608,918,921];
export const modules = {

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postValidationNote: () => (/* binding */ postValidationNote)
});

// UNUSED EXPORTS: VALIDATION_NOTE_MARKER

// EXTERNAL MODULE: ./src/forge/comments.ts
var comments = __webpack_require__(7921);
// EXTERNAL MODULE: ./src/forge/guard.ts
var guard = __webpack_require__(1918);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/report/summary.ts
// The Markdown job summaries: a validation's findings (GitHub annotates only a
// few per step; the summary lists them all) and a run's jobs with what
// happened to each proposal. Callers hand over redacted data: escaping for
// Markdown must never split a secret the redactor would have found.


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
/** The job summary of a `run`: one row per job, the requests per host (services and forge alike), then every finding. */
function renderRunSummary(jobs, elapsedMs, findings, requests) {
    let out = `## poi-gitops run\n\n${jobs.length} job(s) in ${(elapsedMs / 1000).toFixed(1)} s.\n\n| Job | Proposal | Files | Notes |\n|---|---|---|---|\n`;
    for (const j of jobs) {
        const op = j.url ? `[${j.operation}](${j.url})` : j.operation;
        out += `| ${codeSpan(j.job)} | ${op} | ${j.files} | ${j.notes.map(escapeText).join('<br>')} |\n`;
    }
    const hosts = Object.entries(requests);
    if (hosts.length > 0)
        out += `\nRequests: ${hosts.map(([h, n]) => `${escapeText(h)} ${n}`).join(', ')}\n`;
    if (findings.length > 0)
        out += '\n' + renderValidationSummary(findings, []).replace('## poi-gitops validate', '### Findings');
    return out;
}
/** The finding with its file name and message passed through a redactor (before any escaping). */
function redactFinding(f, redact) {
    return { ...f, file: redact(f.file), message: redact(f.message) };
}

// EXTERNAL MODULE: ./src/app/forge.ts + 11 modules
var app_forge = __webpack_require__(9137);
;// CONCATENATED MODULE: ./src/cli/validation-note.ts
// In a merge-request pipeline, the validation summary is one note on the MR,
// found again by a hidden marker and edited in place on every run (never a
// new note per run). GitHub pull requests get annotations instead.




const VALIDATION_NOTE_MARKER = '<!-- poi-gitops:validation -->';
/** Posts or updates the note when this is a GitLab MR pipeline with a usable token; returns what happened or why not. */
async function postValidationNote(session, findings, files) {
    const iid = Number(session.env.CI_MERGE_REQUEST_IID);
    if (session.env.GITLAB_CI !== 'true' || !Number.isInteger(iid) || iid <= 0)
        return 'not a merge request pipeline';
    const { forge, readOnlyReason } = (0,app_forge.openForge)(session);
    if (!forge)
        return `${readOnlyReason} cannot post notes`;
    // A note writes no branch: nothing to protect, but everything it says is redacted.
    const result = await (0,comments.upsertComment)((0,guard.guardForge)(forge, session.egress.redact, new Set()), iid, VALIDATION_NOTE_MARKER, renderValidationSummary(findings, files));
    return `validation note ${result} on !${iid}`;
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony export stripHidden */
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


/***/ }),

/***/ 7921:
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

/***/ 1918:
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


/***/ })

};
