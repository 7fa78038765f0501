export const id = 918;
export const ids = [918];
export const modules = {

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
