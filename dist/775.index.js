export const id = 775;
export const ids = [775];
export const modules = {

/***/ 67377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openForge: () => (/* binding */ openForge)
});

// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(77934);
// EXTERNAL MODULE: ./src/sources/schema.ts
var sources_schema = __webpack_require__(22139);
// EXTERNAL MODULE: ./src/forge/errors.ts
var errors = __webpack_require__(18024);
;// CONCATENATED MODULE: ./src/forge/http-forge.ts
// What GitHub and GitLab share as forges over the HTTP layer: counters, the
// connection pool, schema-checked answers, and one place where any failure of
// an operation becomes a ForgeError with an explanation.


class HttpForge {
    #identity;
    /** Source branches of the repository's open proposals, once listed; kept current by this client's writes. */
    #openBranches;
    /** Source branch of each proposal this client has seen, to follow state changes made by number. */
    #branchOf = new Map();
    counts() {
        return this.http.methodCounts();
    }
    stats() {
        return this.http.stats();
    }
    close() {
        return this.http.close();
    }
    /** E-mail addresses of the token's own account: one read, cached; empty when the forge will not say. */
    identityEmails() {
        this.#identity ??= this.readIdentity().catch(() => []);
        return this.#identity;
    }
    /** Open proposals from `prefix` branches: one listing per client (max-open asks for it once per run). */
    async openProposalBranches(prefix) {
        this.#openBranches ??= new Set(await this.listOpenProposalBranches());
        return [...this.#openBranches].filter((b) => b.startsWith(prefix)).sort();
    }
    /** Notes a proposal of the repository's own that the forge reported, so the open listing stays right. */
    seen(proposal) {
        this.#branchOf.set(proposal.number, proposal.branch);
        this.#noteOpen(proposal.branch, proposal.state === 'open');
        return proposal;
    }
    /** A proposal this client reopened or closed. */
    stateChanged(number, state) {
        const branch = this.#branchOf.get(number);
        if (branch !== undefined)
            this.#noteOpen(branch, state === 'open');
    }
    /** A branch this client deleted, where the forge closes its open proposals with it (GitHub). */
    branchClosed(branch) {
        this.#noteOpen(branch, false);
    }
    #noteOpen(branch, open) {
        if (open)
            this.#openBranches?.add(branch);
        else
            this.#openBranches?.delete(branch);
    }
    read(schema, data, what) {
        return (0,sources_schema/* decode */.D4)(schema, data, `${this.label}'s answer for ${what}`);
    }
    /** Runs one operation; any failure becomes a ForgeError with an explanation. */
    async call(operation, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw (0,errors/* toForgeError */.Zf)(this.kind, operation, error, this.context);
        }
    }
}

;// CONCATENATED MODULE: ./src/forge/github-schemas.ts
// The fields the GitHub forge reads from GitHub's REST answers
// (https://docs.github.com/rest), each checked before use: a missing or
// mistyped field is an error naming it, never the text "undefined".

const Sha = dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^[0-9a-f]{40}$/, 'a 40-digit commit id'));
const Account = dist/* nullish */.cl6(dist/* object */.Ikc({ login: dist/* string */.YjP() }));
const GitPerson = dist/* nullish */.cl6(dist/* object */.Ikc({ name: dist/* optional */.lqM(dist/* string */.YjP()), email: dist/* optional */.lqM(dist/* string */.YjP()) }));
const AuthenticatedUser = dist/* object */.Ikc({ id: dist/* number */.aig(), login: dist/* string */.YjP(), email: dist/* nullish */.cl6(dist/* string */.YjP()) });
/** The merge settings come only with push access, so each may be missing. */
const Repository = dist/* object */.Ikc({
    default_branch: dist/* string */.YjP(),
    allow_auto_merge: dist/* optional */.lqM(dist/* boolean */.zMY()),
    allow_merge_commit: dist/* optional */.lqM(dist/* boolean */.zMY()),
    allow_squash_merge: dist/* optional */.lqM(dist/* boolean */.zMY()),
    allow_rebase_merge: dist/* optional */.lqM(dist/* boolean */.zMY()),
});
const Ref = dist/* object */.Ikc({ object: dist/* object */.Ikc({ sha: Sha }) });
const Comparison = dist/* object */.Ikc({
    total_commits: dist/* number */.aig(),
    commits: dist/* array */.YOg(dist/* object */.Ikc({
        sha: Sha,
        commit: dist/* object */.Ikc({ message: dist/* string */.YjP(), author: GitPerson, committer: GitPerson }),
        author: Account,
        committer: Account,
    })),
});
/** The files a comparison changes (GitHub lists up to 300; more means the list is not whole). */
const ComparisonFiles = dist/* object */.Ikc({
    files: dist/* optional */.lqM(dist/* array */.YOg(dist/* object */.Ikc({ filename: dist/* string */.YjP(), previous_filename: dist/* optional */.lqM(dist/* string */.YjP()) })), [])
});
const GitCommit = dist/* object */.Ikc({ sha: Sha, tree: dist/* object */.Ikc({ sha: Sha }) });
/** Blobs and trees: only the id is read. */
const GitObject = dist/* object */.Ikc({ sha: Sha });
const Pull = dist/* object */.Ikc({
    number: dist/* number */.aig(),
    /** The GraphQL id (auto-merge is a GraphQL mutation). */
    node_id: dist/* optional */.lqM(dist/* string */.YjP()),
    html_url: dist/* string */.YjP(),
    state: dist/* string */.YjP(),
    merged_at: dist/* nullish */.cl6(dist/* string */.YjP()),
    title: dist/* string */.YjP(),
    body: dist/* nullish */.cl6(dist/* string */.YjP()),
    labels: dist/* array */.YOg(dist/* object */.Ikc({ name: dist/* optional */.lqM(dist/* string */.YjP()) })),
    draft: dist/* optional */.lqM(dist/* boolean */.zMY()),
    base: dist/* object */.Ikc({ ref: dist/* string */.YjP() }),
    head: dist/* object */.Ikc({ ref: dist/* string */.YjP(), sha: Sha }),
    /** Set while auto-merge is on. */
    auto_merge: dist/* nullish */.cl6(dist/* object */.Ikc({ merge_method: dist/* optional */.lqM(dist/* string */.YjP()) })),
});
const Pulls = dist/* array */.YOg(Pull);
/** Open pull requests, for max-open: the head repository tells the repository's own from forks' (null: a deleted fork). */
const OpenPulls = dist/* array */.YOg(dist/* object */.Ikc({
    head: dist/* object */.Ikc({ ref: dist/* string */.YjP(), repo: dist/* nullish */.cl6(dist/* object */.Ikc({ full_name: dist/* string */.YjP() })) }),
}));
/** Submitted reviews (PENDING ones are drafts only their author sees); commit_id is the head reviewed. */
const Reviews = dist/* array */.YOg(dist/* object */.Ikc({
    user: Account,
    state: dist/* string */.YjP(),
    commit_id: dist/* nullish */.cl6(dist/* string */.YjP()),
}));
/** The answer of enablePullRequestAutoMerge. */
const EnabledAutoMerge = dist/* object */.Ikc({
    enablePullRequestAutoMerge: dist/* nullish */.cl6(dist/* object */.Ikc({
        pullRequest: dist/* nullish */.cl6(dist/* object */.Ikc({ autoMergeRequest: dist/* nullish */.cl6(dist/* object */.Ikc({ enabledAt: dist/* nullish */.cl6(dist/* string */.YjP()) })) })),
    })),
});
const Comments = dist/* array */.YOg(dist/* object */.Ikc({ id: dist/* number */.aig(), body: dist/* nullish */.cl6(dist/* string */.YjP()) }));
const Issue = dist/* object */.Ikc({ number: dist/* number */.aig(), html_url: dist/* string */.YjP(), title: dist/* string */.YjP(), body: dist/* nullish */.cl6(dist/* string */.YjP()), pull_request: dist/* optional */.lqM(dist/* unknown */.L5J()) });
const Issues = dist/* array */.YOg(Issue);
/** The last edit of an issue's description (GraphQL userContentEdits). */
const LastEdit = dist/* object */.Ikc({
    repository: dist/* nullish */.cl6(dist/* object */.Ikc({
        issue: dist/* nullish */.cl6(dist/* object */.Ikc({ userContentEdits: dist/* nullish */.cl6(dist/* object */.Ikc({ nodes: dist/* nullish */.cl6(dist/* array */.YOg(dist/* nullish */.cl6(dist/* object */.Ikc({ editor: dist/* nullish */.cl6(dist/* object */.Ikc({ login: dist/* string */.YjP() })) })))) })) }))
    }))
});
/** A collaborator's permission on the repository. */
const Permission = dist/* object */.Ikc({ permission: dist/* string */.YjP() });

;// CONCATENATED MODULE: ./src/forge/graphql.ts
// The few GraphQL requests the forges make (auto-merge has no REST form on
// GitHub, and GitLab's REST merge endpoint may merge at once), sent through
// the forge's own HttpClient: same token, timeouts, retries, counters and
// redaction as its REST calls. The answer is schema-checked like any other;
// GraphQL reports refusals as `errors` in a 200 answer, thrown here as
// GraphqlError for the forge to explain.


/** The forge answered the request with GraphQL errors (a refusal, an unknown field): their messages. */
class GraphqlError extends Error {
    messages;
    name = 'GraphqlError';
    constructor(messages) {
        super(messages.join('; '));
        this.messages = messages;
    }
}
const Envelope = dist/* object */.Ikc({
    data: dist/* nullish */.cl6(dist/* unknown */.L5J()),
    errors: dist/* optional */.lqM(dist/* array */.YOg(dist/* object */.Ikc({ message: dist/* string */.YjP() })), []),
});
/** Sends one GraphQL request and returns its `data`, checked against `schema`; errors in the answer throw GraphqlError. */
async function graphql(http, request, schema, what) {
    const envelope = await http.requestAs({
        method: 'POST',
        path: request.url,
        body: JSON.stringify({ query: request.query, variables: request.variables }),
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        idempotent: request.idempotent,
    }, (res) => (0,sources_schema/* decodeJson */.xO)(Envelope, res, what));
    if (envelope.errors.length > 0)
        throw new GraphqlError(envelope.errors.map((e) => e.message));
    return (0,sources_schema/* decode */.D4)(schema, envelope.data, what);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/forge/github-issues.ts
// GitHub issues for the dashboard, through the forge's Octokit (on the HTTP layer).



const LAST_EDIT = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { issue(number: $number) { userContentEdits(last: 1) { nodes { editor { login } } } } }
}`;
class GitHubIssues {
    octokit;
    repo;
    calls;
    gql;
    constructor(octokit, repo, calls, gql) {
        this.octokit = octokit;
        this.repo = repo;
        this.calls = calls;
        this.gql = gql;
    }
    async find(label, marker) {
        return this.calls.call('find the dashboard issue', async () => {
            const data = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.repo, state: 'open', labels: label, per_page: 100 });
            const found = this.calls.read(Issues, data, 'the open issues').filter((i) => i.pull_request === undefined && (i.body ?? '').includes(marker));
            const oldest = found.sort((a, b) => a.number - b.number)[0];
            return oldest ? toIssue(oldest) : null;
        });
    }
    async create(title, body, labels) {
        return this.calls.call('create the dashboard issue', async () => toIssue(this.calls.read(Issue, (await this.octokit.rest.issues.create({ ...this.repo, title, body, labels })).data, 'the new issue')));
    }
    async update(number, patch) {
        await this.calls.call(`update issue #${number}`, () => this.octokit.rest.issues.update({ ...this.repo, issue_number: number, ...patch }));
    }
    async close(number) {
        await this.calls.call(`close issue #${number}`, () => this.octokit.rest.issues.update({ ...this.repo, issue_number: number, state: 'closed' }));
    }
    async lastEditor(number) {
        try {
            const data = this.calls.read(LastEdit, await this.gql(LAST_EDIT, { owner: this.repo.owner, name: this.repo.repo, number }), 'the last edit of the issue');
            const login = data.repository?.issue?.userContentEdits?.nodes?.at(-1)?.editor?.login;
            if (!login)
                return undefined;
            const permission = this.calls.read(Permission, (await this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: login })).data, 'the editor\'s permission');
            return { login, canWrite: ['admin', 'maintain', 'write'].includes(permission.permission) };
        }
        catch (e) {
            // A token that may not read edits or permissions: the forge's own edit rights stand.
            if ((0,core_errors.exitCodeOf)(e) === 3 || e instanceof GraphqlError)
                return undefined;
            throw e;
        }
    }
    async listComments(number) {
        return this.calls.call(`read the comments of issue #${number}`, async () => {
            const data = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repo, issue_number: number, per_page: 100 });
            return this.calls.read(Comments, data, `the comments of issue #${number}`).map((c) => ({ id: c.id, body: c.body ?? '' }));
        });
    }
    async createComment(number, body) {
        await this.calls.call(`comment on issue #${number}`, () => this.octokit.rest.issues.createComment({ ...this.repo, issue_number: number, body }));
    }
    async updateComment(number, id, body) {
        await this.calls.call(`update a comment on issue #${number}`, () => this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body }));
    }
}
function toIssue(i) {
    return { number: i.number, url: i.html_url, title: i.title, body: i.body ?? '' };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
// EXTERNAL MODULE: ./src/forge/facts.ts
var facts = __webpack_require__(69708);
// EXTERNAL MODULE: ./src/sources/http.ts + 7 modules
var http = __webpack_require__(14066);
// EXTERNAL MODULE: ./src/sources/gitlab-api.ts
var gitlab_api = __webpack_require__(83034);
;// CONCATENATED MODULE: ./src/forge/network.ts
// How the forges reach the network: on the same HTTP layer as every service
// (sources/http.ts), with the forge defaults — a timeout on every request,
// writes spaced a second apart, a longer wait budget for rate limits, and
// GitHub's 403 rate limits — and Octokit's transport replaced by a `fetch`
// that sends through that layer. README: "Network".



const FORGE_TIMEOUT_MS = 30_000;
/** A rate limit may ask for minutes (GitHub's secondary limits: at least one); a request waits at most this long in total. */
const FORGE_WAIT_BUDGET_MS = 300_000;
function common(options) {
    return {
        maxInFlight: 4,
        writeSpacingMs: options.writeSpacingMs ?? 1000,
        timeouts: { requestMs: options.timeoutMs ?? FORGE_TIMEOUT_MS },
        retry: { maxTotalWaitMs: FORGE_WAIT_BUDGET_MS, ...options.retry },
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.proxy ? { proxy: options.proxy } : {}),
        ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    };
}
/** GitHub's REST API at `apiUrl` (https://api.github.com, or …/api/v3 on GitHub Enterprise Server). */
function gitHubForgeHttp(apiUrl, token, options = {}) {
    return new http/* HttpClient */.Qq({
        ...common(options),
        service: 'github',
        baseUrl: apiUrl,
        headers: { authorization: `token ${token}` },
        secondaryRateLimits: true,
        errorMessage: gitHubErrorMessage,
    });
}
/** GitLab's REST API of the instance at `host` (without /api/v4). */
function gitLabForgeHttp(host, token, options = {}) {
    return (0,gitlab_api/* createGitlabHttp */.k2)({ ...common(options), base: host, token });
}
const GitHubErrorBody = dist/* object */.Ikc({
    message: dist/* optional */.lqM(dist/* string */.YjP()),
    errors: dist/* optional */.lqM(dist/* array */.YOg(dist/* union */.KCZ([dist/* string */.YjP(), dist/* object */.Ikc({ message: dist/* optional */.lqM(dist/* string */.YjP()) })]))),
});
/** GitHub's error text: the message plus the messages of its "errors" entries. */
function gitHubErrorMessage(res) {
    if (!(res.headers['content-type'] ?? '').includes('json'))
        return undefined;
    const parsed = dist/* safeParse */.xLC(GitHubErrorBody, JSON.parse(res.text()));
    if (!parsed.success)
        return undefined;
    const { message, errors = [] } = parsed.output;
    const parts = message === undefined ? [] : [message];
    for (const e of errors) {
        const text = typeof e === 'string' ? e : e.message;
        if (text !== undefined)
            parts.push(text);
    }
    return parts.join(': ');
}
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Statuses whose Response has no body (the Fetch standard refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/**
 * A `fetch` for Octokit's `request.fetch` that sends through `http`: Octokit builds the request
 * (URL, headers, JSON body) and reads the answer; retries, timeouts, proxies and counting are the
 * HttpClient's. A failure that outlasts the retries is thrown as the HttpClient's RemoteError, which
 * Octokit passes on as the `cause` of its RequestError.
 */
function fetchThrough(http) {
    return async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const method = (init?.method ?? 'GET').toUpperCase();
        const known = METHODS.find((m) => m === method);
        if (known === undefined)
            throw new TypeError(`github: unsupported method ${method}`);
        const body = init?.body ?? undefined;
        if (body !== undefined && typeof body !== 'string')
            throw new TypeError('github: only text request bodies are supported');
        const res = await http.request({ method: known, path: url, headers: headerRecord(init?.headers), body });
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
            // The body is already decoded, so its original encoding and length no longer apply.
            if (name !== 'content-encoding' && name !== 'content-length')
                headers.set(name, value);
        }
        return new Response(NULL_BODY.has(res.status) ? null : res.body, { status: res.status, headers });
    };
}
function headerRecord(headers) {
    const out = {};
    new Headers(headers).forEach((value, name) => {
        out[name] = value;
    });
    return out;
}

;// CONCATENATED MODULE: ./src/forge/github.ts
// GitHub through Octokit (@actions/github). Commits are made with the Git
// Data API only — a tree on top of the parent's tree, a commit, a forced ref
// update — so no checkout or git CLI is needed, and commits made with an app
// token (GITHUB_TOKEN included) are signed by GitHub. Octokit sends through
// the project's HTTP layer (network.ts); every answer is checked against a
// schema of the fields read (github-schemas.ts).









/** github-actions[bot], the identity of GITHUB_TOKEN commits. */
const GITHUB_ACTIONS_BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** "GitHub" (web-flow), the committer of commits GitHub signs; never the author of the bot's. A person's web edit has them as author. */
const WEB_FLOW_EMAIL = 'noreply@github.com';
/** Files above this size go up as blobs first instead of inline tree content. */
const INLINE_LIMIT = 512 * 1024;
/** GitHub's auto-merge (https://docs.github.com/graphql/reference/mutations#enablepullrequestautomerge): refused, never a merge, when nothing is pending. */
const ENABLE_AUTO_MERGE = `mutation PoiGitopsEnableAutoMerge($pullRequestId: ID!, $expectedHeadOid: GitObjectID!, $mergeMethod: PullRequestMergeMethod) {
  enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, expectedHeadOid: $expectedHeadOid, mergeMethod: $mergeMethod}) {
    pullRequest { autoMergeRequest { enabledAt } }
  }
}`;
function createGitHubForge(options) {
    return new GitHubForge(options);
}
class GitHubForge extends HttpForge {
    label = 'GitHub';
    kind = 'github';
    words = facts/* FORGE_FACTS */.S.github.words;
    maxBodyLength = facts/* FORGE_FACTS */.S.github.maxBodyLength;
    botEmails = [GITHUB_ACTIONS_BOT_EMAIL, WEB_FLOW_EMAIL];
    secrets;
    http;
    octokit;
    issues;
    owner;
    repo;
    context;
    repository;
    /** GraphQL ids of the pull requests seen, for auto-merge. */
    nodeIds = new Map();
    graphqlUrl;
    constructor(options) {
        super();
        this.owner = options.owner;
        this.repo = options.repo;
        this.secrets = [options.token];
        this.context = { repository: `${options.owner}/${options.repo}`, ...options.context };
        const apiUrl = options.apiUrl.replace(/\/+$/, '');
        this.http = gitHubForgeHttp(apiUrl, options.token, options);
        // As Octokit's graphql derives it: …/api/v3 on GitHub Enterprise Server answers GraphQL at …/api/graphql.
        this.graphqlUrl = `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`;
        // Octokit's own `request` options replace @actions/github's defaults (its proxy agent and fetch) as a whole.
        this.octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl: apiUrl, userAgent: 'poi-gitops', request: { fetch: fetchThrough(this.http) } });
        this.issues = new GitHubIssues(this.octokit, this.repoParams(), { call: (o, f) => this.call(o, f), read: (s, d, w) => this.read(s, d, w) }, (query, variables) => graphql(this.http, { url: this.graphqlUrl, query, variables, idempotent: true }, dist/* unknown */.L5J(), 'a GraphQL query'));
    }
    // GITHUB_TOKEN may not read /user (it is an app token; its identity is botEmails); a PAT may.
    async readIdentity() {
        const user = this.read(AuthenticatedUser, (await this.octokit.rest.users.getAuthenticated()).data, 'the authenticated user');
        return [user.email, `${user.id}+${user.login}@users.noreply.github.com`, `${user.login}@users.noreply.github.com`]
            .filter((e) => typeof e === 'string' && e !== '');
    }
    async defaultBranch() {
        return (await this.readRepository()).default_branch;
    }
    /** One read per run, not per job; auto-merge reads its settings from the same answer. */
    readRepository() {
        if (this.repository === undefined) {
            const read = this.call('read the repository', async () => this.read(Repository, (await this.octokit.rest.repos.get(this.repoParams())).data, 'the repository'));
            // A failed read is not remembered: the next job asks again.
            read.catch(() => { if (this.repository === read)
                this.repository = undefined; });
            this.repository = read;
        }
        return this.repository;
    }
    async branchHead(branch) {
        return this.call(`read branch ${branch}`, async () => {
            try {
                return this.read(Ref, (await this.octokit.rest.git.getRef({ ...this.repoParams(), ref: `heads/${branch}` })).data, `branch ${branch}`).object.sha;
            }
            catch (error) {
                if ((0,errors/* statusOf */.c2)(error) === 404)
                    return null;
                throw error;
            }
        });
    }
    async changedPaths(base, head) {
        return this.call('list the files a push changed', async () => {
            const response = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.repoParams(), basehead: `${base}...${head}`, per_page: 1 });
            const { files } = this.read(ComparisonFiles, response.data, 'the comparison');
            // GitHub lists at most 300 files: a longer list cannot tell what the push did not change.
            if (files.length >= 300)
                throw new Error('the push changed 300 files or more; GitHub does not list them all');
            return [...new Set(files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]))].sort();
        });
    }
    async commitsBetween(base, head) {
        return this.call('compare the branch with its base', async () => {
            const response = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.repoParams(), basehead: `${base}...${head}`, per_page: 100 });
            const data = this.read(Comparison, response.data, 'the comparison');
            const commits = data.commits.map((c) => ({
                sha: c.sha,
                message: c.commit.message,
                author: { name: c.commit.author?.name ?? '', email: c.commit.author?.email ?? '', login: c.author?.login },
                committer: { name: c.commit.committer?.name ?? '', email: c.commit.committer?.email ?? '', login: c.committer?.login }
            }));
            if (data.total_commits > commits.length) {
                // Too many to inspect: report an unknown author so the engine treats the branch as edited.
                commits.push({ sha: head, message: '', author: { name: 'unknown', email: 'unknown' }, committer: { name: 'unknown', email: 'unknown' } });
            }
            return commits;
        });
    }
    async commitFiles(req) {
        const parent = await this.call('read the base commit', async () => this.read(GitCommit, (await this.octokit.rest.git.getCommit({ ...this.repoParams(), commit_sha: req.parentSha })).data, 'the base commit'));
        const tree = await this.call('create the commit tree', async () => {
            const entries = [];
            for (const file of req.files) {
                if (file.content === null) {
                    if (file.existed === false)
                        continue;
                    entries.push({ path: file.path, mode: '100644', type: 'blob', sha: null });
                }
                else if (file.content.length > INLINE_LIMIT) {
                    const blob = await this.octokit.rest.git.createBlob({ ...this.repoParams(), content: Buffer.from(file.content).toString('base64'), encoding: 'base64' });
                    entries.push({ path: file.path, mode: '100644', type: 'blob', sha: this.read(GitObject, blob.data, 'the new blob').sha });
                }
                else {
                    entries.push({ path: file.path, mode: '100644', type: 'blob', content: file.content });
                }
            }
            const created = await this.octokit.rest.git.createTree({ ...this.repoParams(), base_tree: parent.tree.sha, tree: entries });
            return this.read(GitObject, created.data, 'the new tree').sha;
        });
        const commit = await this.call('create the commit', async () => this.read(GitObject, (await this.octokit.rest.git.createCommit({
            ...this.repoParams(),
            message: req.message,
            tree,
            parents: [req.parentSha],
            ...(req.author ? { author: { name: req.author.name, email: req.author.email } } : {})
        })).data, 'the new commit').sha);
        await this.call(`update branch ${req.branch}`, () => this.setRef(req.branch, commit, req.branchHead !== null));
        return commit;
    }
    async setRef(branch, sha, exists) {
        const update = () => this.octokit.rest.git.updateRef({ ...this.repoParams(), ref: `heads/${branch}`, sha, force: true });
        const create = () => this.octokit.rest.git.createRef({ ...this.repoParams(), ref: `refs/heads/${branch}`, sha });
        try {
            await (exists ? update() : create());
        }
        catch (error) {
            // The branch appeared or vanished since it was read (another run, a person): try the other way once.
            if ((0,errors/* statusOf */.c2)(error) === 422 && /Reference (already exists|does not exist)/i.test((0,errors/* forgeMessageOf */.q1)(error))) {
                await (exists ? create() : update());
                return;
            }
            throw error;
        }
    }
    async deleteBranch(branch) {
        await this.call(`delete branch ${branch}`, async () => {
            try {
                await this.octokit.rest.git.deleteRef({ ...this.repoParams(), ref: `heads/${branch}` });
                // GitHub closes the branch's open pull requests with it.
                this.branchClosed(branch);
            }
            catch (error) {
                const status = (0,errors/* statusOf */.c2)(error);
                if (status === 404 || (status === 422 && /Reference does not exist/i.test((0,errors/* forgeMessageOf */.q1)(error))))
                    return;
                throw error;
            }
        });
    }
    async findProposal(branch) {
        return this.call('look up the pull request', async () => {
            const { data } = await this.octokit.rest.pulls.list({ ...this.repoParams(), head: `${this.owner}:${branch}`, state: 'all', per_page: 100 });
            const pulls = this.read(Pulls, data, 'the pull requests').filter((p) => p.head.ref === branch).map((p) => this.toProposal(p));
            const picked = (0,facts/* pickProposal */.y)(pulls);
            return picked ? this.seen(picked) : null;
        });
    }
    async createProposal(p) {
        // Labels cannot be set on creation here; the engine adds the ones the result lacks.
        return this.call('create the pull request', async () => {
            try {
                const { data } = await this.octokit.rest.pulls.create({ ...this.repoParams(), head: p.branch, base: p.base, title: p.title, body: p.body, draft: p.draft });
                return this.seen(this.toProposal(this.read(Pull, data, 'the new pull request')));
            }
            catch (error) {
                const detail = (0,errors/* forgeMessageOf */.q1)(error);
                if ((0,errors/* statusOf */.c2)(error) === 422 && /already exists/i.test(detail))
                    throw new errors/* ProposalExistsError */.jw('github', detail);
                throw error;
            }
        });
    }
    async updateProposal(number, patch) {
        const verb = patch.state === 'open' ? 'reopen' : patch.state === 'closed' ? 'close' : 'update';
        await this.call(`${verb} pull request #${number}`, () => this.octokit.rest.pulls.update({ ...this.repoParams(), pull_number: number, title: patch.title, body: patch.body, state: patch.state }));
        if (patch.state)
            this.stateChanged(number, patch.state);
    }
    async addLabels(number, labels) {
        await this.call(`label pull request #${number}`, () => this.octokit.rest.issues.addLabels({ ...this.repoParams(), issue_number: number, labels }));
    }
    async removeLabel(number, label) {
        await this.call(`remove a label from pull request #${number}`, async () => {
            try {
                await this.octokit.rest.issues.removeLabel({ ...this.repoParams(), issue_number: number, name: label });
            }
            catch (error) {
                if ((0,errors/* statusOf */.c2)(error) !== 404)
                    throw error;
            }
        });
    }
    async requestReviewers(number, reviewers, teamReviewers = []) {
        // "org/team" names a team, in reviewers too; GitHub wants the team's slug alone.
        const slug = (t) => t.slice(t.indexOf('/') + 1);
        const teams = [...new Set([...reviewers.filter((r) => r.includes('/')), ...teamReviewers].map(slug))];
        const users = reviewers.filter((r) => !r.includes('/'));
        await this.call(`request reviewers on pull request #${number}`, () => this.octokit.rest.pulls.requestReviewers({ ...this.repoParams(), pull_number: number, reviewers: users, team_reviewers: teams }));
    }
    async reviewsOf(number) {
        return this.call(`read the reviews of pull request #${number}`, async () => {
            const reviews = await this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...this.repoParams(), pull_number: number, per_page: 100 });
            // A dismissed review no longer counts, a pending one is not submitted, and one without a commit reviewed no head.
            return this.read(Reviews, reviews, `the reviews of pull request #${number}`)
                .filter((r) => r.state !== 'PENDING' && r.state !== 'DISMISSED')
                .flatMap((r) => (r.user && r.commit_id ? [{ login: r.user.login, commit: r.commit_id }] : []));
        });
    }
    async listOpenProposalBranches() {
        return this.call('list the open pull requests', async () => {
            const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, { ...this.repoParams(), state: 'open', per_page: 100 });
            const own = `${this.owner}/${this.repo}`.toLowerCase();
            return this.read(OpenPulls, pulls, 'the open pull requests').filter((p) => p.head.repo?.full_name.toLowerCase() === own).map((p) => p.head.ref);
        });
    }
    async enableAutoMerge(proposal, head) {
        // The bot's own pushes (it has write access) leave auto-merge on, so once on it needs no second request.
        if (proposal.autoMerge)
            return;
        const operation = `turn on auto-merge for pull request #${proposal.number}`;
        const repository = await this.readRepository();
        const refused = (detail, why) => new errors/* ForgeError */.Q8('github', operation, undefined, detail, `GitHub did not turn on auto-merge for pull request #${proposal.number}: ${why}`);
        if (repository.allow_auto_merge === false) {
            throw refused('auto-merge is not allowed', `auto-merge is not allowed in ${this.owner}/${this.repo} (Settings → General → "Allow auto-merge"); it waits for a person to merge it.`);
        }
        const id = this.nodeIds.get(proposal.number) ?? await this.call(`read pull request #${proposal.number}`, async () => this.read(Pull, (await this.octokit.rest.pulls.get({ ...this.repoParams(), pull_number: proposal.number })).data, `pull request #${proposal.number}`).node_id);
        if (id === undefined)
            throw refused('no node_id', 'GitHub did not give the GraphQL id of the pull request.');
        await this.call(operation, async () => {
            try {
                await graphql(this.http, {
                    url: this.graphqlUrl, query: ENABLE_AUTO_MERGE, idempotent: false,
                    variables: { pullRequestId: id, expectedHeadOid: head, mergeMethod: mergeMethod(repository) },
                }, EnabledAutoMerge, 'the answer to enablePullRequestAutoMerge');
            }
            catch (error) {
                if (!(error instanceof GraphqlError))
                    throw error;
                const detail = error.message;
                throw refused(detail, /not allowed for this repository/i.test(detail) ? `auto-merge is not allowed in ${this.owner}/${this.repo} (Settings → General → "Allow auto-merge"); it waits for a person to merge it.`
                    : /clean status/i.test(detail) ? `nothing is pending on it (no required check or review), and GitHub only waits for pending requirements; poi-gitops never merges itself, so a person merges it (or require a status check on ${proposal.base}).`
                        : /draft/i.test(detail) ? 'it is a draft; mark it ready for review first.'
                            : `${detail}.`);
            }
        });
    }
    async listComments(number) {
        return this.call(`read the comments of pull request #${number}`, async () => {
            const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repoParams(), issue_number: number, per_page: 100 });
            return this.read(Comments, comments, `the comments of pull request #${number}`).map((c) => ({ id: c.id, body: c.body ?? '' }));
        });
    }
    async createComment(number, body) {
        await this.call(`comment on pull request #${number}`, () => this.octokit.rest.issues.createComment({ ...this.repoParams(), issue_number: number, body }));
    }
    async updateComment(number, id, body) {
        await this.call(`update a comment on pull request #${number}`, () => this.octokit.rest.issues.updateComment({ ...this.repoParams(), comment_id: id, body }));
    }
    repoParams() {
        return { owner: this.owner, repo: this.repo };
    }
    toProposal(p) {
        if (p.node_id !== undefined)
            this.nodeIds.set(p.number, p.node_id);
        return toProposal(p);
    }
}
/** The method auto-merge uses: GitHub's default (a merge commit) unless the repository forbids it. */
function mergeMethod(repository) {
    if (repository.allow_merge_commit !== false)
        return undefined;
    if (repository.allow_squash_merge !== false)
        return 'SQUASH';
    return repository.allow_rebase_merge !== false ? 'REBASE' : undefined;
}
function toProposal(p) {
    return {
        number: p.number,
        url: p.html_url,
        state: p.state === 'open' ? 'open' : p.merged_at ? 'merged' : 'closed',
        title: p.title,
        body: p.body ?? '',
        labels: p.labels.map((l) => l.name ?? '').filter(Boolean),
        draft: p.draft ?? false,
        base: p.base.ref,
        branch: p.head.ref,
        headSha: p.head.sha,
        autoMerge: p.auto_merge !== null && p.auto_merge !== undefined
    };
}

// EXTERNAL MODULE: ./src/sources/remote-error.ts
var remote_error = __webpack_require__(31865);
;// CONCATENATED MODULE: ./src/forge/gitlab-schemas.ts
// The fields the GitLab forge reads from GitLab's REST answers
// (https://docs.gitlab.com/api/rest/), each checked before use: a missing or
// mistyped field is an error naming it, never the text "undefined".

const gitlab_schemas_Sha = dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^[0-9a-f]{40}$/, 'a 40-digit commit id'));
/** The full path names the project in GraphQL, which knows no numeric ids. */
const Project = dist/* object */.Ikc({ default_branch: dist/* string */.YjP(), path_with_namespace: dist/* optional */.lqM(dist/* string */.YjP()) });
const CurrentUser = dist/* object */.Ikc({
    email: dist/* nullish */.cl6(dist/* string */.YjP()),
    commit_email: dist/* nullish */.cl6(dist/* string */.YjP()),
    public_email: dist/* nullish */.cl6(dist/* string */.YjP()),
});
const Branch = dist/* object */.Ikc({ commit: dist/* object */.Ikc({ id: gitlab_schemas_Sha }) });
const gitlab_schemas_Comparison = dist/* object */.Ikc({
    commits: dist/* nullish */.cl6(dist/* array */.YOg(dist/* object */.Ikc({
        id: gitlab_schemas_Sha,
        message: dist/* nullish */.cl6(dist/* string */.YjP()),
        author_name: dist/* nullish */.cl6(dist/* string */.YjP()),
        author_email: dist/* nullish */.cl6(dist/* string */.YjP()),
        committer_name: dist/* nullish */.cl6(dist/* string */.YjP()),
        committer_email: dist/* nullish */.cl6(dist/* string */.YjP()),
    }))),
});
const ComparisonDiffs = dist/* object */.Ikc({
    diffs: dist/* nullish */.cl6(dist/* array */.YOg(dist/* object */.Ikc({ new_path: dist/* string */.YjP(), old_path: dist/* string */.YjP() })))
});
const Commit = dist/* object */.Ikc({ id: gitlab_schemas_Sha });
/** MR labels are names, or objects with a name when `with_labels_details` is set. */
const Label = dist/* union */.KCZ([dist/* string */.YjP(), dist/* object */.Ikc({ name: dist/* string */.YjP() })]);
const MergeRequest = dist/* object */.Ikc({
    iid: dist/* number */.aig(),
    web_url: dist/* string */.YjP(),
    state: dist/* string */.YjP(),
    title: dist/* string */.YjP(),
    description: dist/* nullish */.cl6(dist/* string */.YjP()),
    labels: dist/* optional */.lqM(dist/* array */.YOg(Label), []),
    draft: dist/* optional */.lqM(dist/* boolean */.zMY()),
    work_in_progress: dist/* optional */.lqM(dist/* boolean */.zMY()),
    target_branch: dist/* string */.YjP(),
    source_branch: dist/* string */.YjP(),
    sha: dist/* nullish */.cl6(gitlab_schemas_Sha),
    source_project_id: dist/* optional */.lqM(dist/* number */.aig()),
    target_project_id: dist/* optional */.lqM(dist/* number */.aig()),
    reviewers: dist/* optional */.lqM(dist/* array */.YOg(dist/* object */.Ikc({ id: dist/* number */.aig(), username: dist/* string */.YjP() })), []),
    /** True while auto-merge is set (the REST name predates GitLab's other auto-merge strategies). */
    merge_when_pipeline_succeeds: dist/* optional */.lqM(dist/* boolean */.zMY()),
});
const MergeRequests = dist/* array */.YOg(MergeRequest);
const Users = dist/* array */.YOg(dist/* object */.Ikc({ id: dist/* number */.aig() }));
const Notes = dist/* array */.YOg(dist/* object */.Ikc({ id: dist/* number */.aig(), body: dist/* nullish */.cl6(dist/* string */.YjP()), system: dist/* optional */.lqM(dist/* boolean */.zMY(), false) }));
const gitlab_schemas_Issue = dist/* object */.Ikc({ iid: dist/* number */.aig(), web_url: dist/* string */.YjP(), title: dist/* string */.YjP(), description: dist/* nullish */.cl6(dist/* string */.YjP()) });
const gitlab_schemas_Issues = dist/* array */.YOg(gitlab_schemas_Issue);
/** A merge request's approvals: who approved and still counts (GitLab does not say which head they approved). */
const Approvals = dist/* object */.Ikc({
    approved_by: dist/* optional */.lqM(dist/* array */.YOg(dist/* object */.Ikc({ user: dist/* object */.Ikc({ username: dist/* string */.YjP() }) })), []),
});
/** What auto-merge needs to know, from GraphQL (null: no such project or merge request for this token). */
const AutoMergeState = dist/* object */.Ikc({
    project: dist/* nullish */.cl6(dist/* object */.Ikc({
        mergeRequest: dist/* nullish */.cl6(dist/* object */.Ikc({
            autoMergeEnabled: dist/* boolean */.zMY(),
            availableAutoMergeStrategies: dist/* nullish */.cl6(dist/* array */.YOg(dist/* string */.YjP())),
            diffHeadSha: dist/* nullish */.cl6(dist/* string */.YjP()),
        })),
    })),
});
/** The answer of mergeRequestAccept: refusals come as `errors` in its payload. */
const Accepted = dist/* object */.Ikc({
    mergeRequestAccept: dist/* nullish */.cl6(dist/* object */.Ikc({ errors: dist/* array */.YOg(dist/* string */.YjP()) })),
});
/** Notes with their authors, system notes included (GitLab records description edits as system notes). */
const AuthoredNotes = dist/* array */.YOg(dist/* object */.Ikc({ id: dist/* number */.aig(), body: dist/* nullish */.cl6(dist/* string */.YjP()), system: dist/* optional */.lqM(dist/* boolean */.zMY(), false), author: dist/* object */.Ikc({ id: dist/* number */.aig(), username: dist/* string */.YjP() }) }));
/** A project member, inherited memberships included. */
const Member = dist/* object */.Ikc({ access_level: dist/* number */.aig() });

;// CONCATENATED MODULE: ./src/forge/gitlab-issues.ts
// GitLab issues for the dashboard, through gitbeaker on the HTTP layer.



class GitLabIssues {
    api;
    project;
    calls;
    constructor(api, project, calls) {
        this.api = api;
        this.project = project;
        this.calls = calls;
    }
    async find(label, marker) {
        return this.calls.call('find the dashboard issue', async () => {
            const data = await this.api.issues.all({ projectId: this.project, state: 'opened', labels: label, perPage: 100 });
            const found = this.calls.read(gitlab_schemas_Issues, data, 'the open issues').filter((i) => (i.description ?? '').includes(marker));
            const oldest = found.sort((a, b) => a.iid - b.iid)[0];
            return oldest ? gitlab_issues_toIssue(oldest) : null;
        });
    }
    async create(title, body, labels) {
        return this.calls.call('create the dashboard issue', async () => gitlab_issues_toIssue(this.calls.read(gitlab_schemas_Issue, await this.api.issues.create(this.project, title, { description: body, labels: labels.join(',') }), 'the new issue')));
    }
    async update(number, patch) {
        await this.calls.call(`update issue #${number}`, () => this.api.issues.edit(this.project, number, { ...(patch.title !== undefined ? { title: patch.title } : {}), ...(patch.body !== undefined ? { description: patch.body } : {}) }));
    }
    async close(number) {
        await this.calls.call(`close issue #${number}`, () => this.api.issues.edit(this.project, number, { stateEvent: 'close' }));
    }
    /** GitLab records a description edit as a system note by the editor; Developer (30) or above may write. */
    async lastEditor(number) {
        try {
            const notes = this.calls.read(AuthoredNotes, await this.api.notes.all(this.project, number, { sort: 'desc', orderBy: 'created_at', perPage: 100 }), `the notes of issue #${number}`);
            const edit = notes.find((n) => n.system && (n.body ?? '').startsWith('changed the description'));
            if (!edit)
                return undefined;
            let level = 0;
            try {
                level = this.calls.read(Member, await this.api.members.show(this.project, edit.author.id, { includeInherited: true }), 'the editor\'s membership').access_level;
            }
            catch (e) {
                // 404: not a member of the project at all.
                if (!(e instanceof remote_error/* RemoteError */.H && e.status === 404))
                    throw e;
            }
            return { login: edit.author.username, canWrite: level >= 30 };
        }
        catch (e) {
            // Not a member at all (404), or a token that may not read members: the forge's own edit rights stand.
            if ((0,core_errors.exitCodeOf)(e) === 3)
                return undefined;
            throw e;
        }
    }
    async listComments(number) {
        return this.calls.call(`read the notes of issue #${number}`, async () => {
            const notes = this.calls.read(Notes, await this.api.notes.all(this.project, number, { perPage: 100 }), `the notes of issue #${number}`);
            return notes.filter((n) => !n.system).map((n) => ({ id: n.id, body: n.body ?? '' }));
        });
    }
    async createComment(number, body) {
        await this.calls.call(`comment on issue #${number}`, () => this.api.notes.create(this.project, number, body));
    }
    async updateComment(number, id, body) {
        await this.calls.call(`update a note on issue #${number}`, () => this.api.notes.edit(this.project, number, id, { body }));
    }
}
function gitlab_issues_toIssue(i) {
    return { number: i.iid, url: i.web_url, title: i.title, body: i.description ?? '' };
}

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 1 modules
var rest_dist = __webpack_require__(37582);
;// CONCATENATED MODULE: ./src/forge/gitlab.ts
// GitLab through @gitbeaker/rest on the project's HTTP layer (the adapter in
// sources/gitlab-api.ts, shared with the group listings). A proposal's commit
// is one call to the Commits API: `actions` (create/update/delete) on top of
// `start_sha`, with `force: true` so the branch is overwritten by the
// regenerated commit. No checkout or git CLI is needed. Every answer is
// checked against a schema of the fields read (gitlab-schemas.ts).









const DRAFT_PREFIX = /^(Draft:|\[Draft\]|\(Draft\))\s*/i;
// Auto-merge goes through GraphQL's mergeRequestAccept with an explicit strategy: with one it only ever
// sets auto-merge, whereas REST's PUT …/merge (merge_when_pipeline_succeeds or auto_merge) merges at
// once when no strategy applies and no pipeline blocks it (lib/api/merge_requests.rb in gitlab-org/gitlab).
const AUTO_MERGE_STATE = `query PoiGitopsAutoMergeState($path: ID!, $iid: String!) {
  project(fullPath: $path) { mergeRequest(iid: $iid) { autoMergeEnabled availableAutoMergeStrategies diffHeadSha } }
}`;
const ACCEPT = `mutation PoiGitopsAutoMerge($path: ID!, $iid: String!, $sha: String!, $strategy: MergeStrategyEnum!) {
  mergeRequestAccept(input: {projectPath: $path, iid: $iid, sha: $sha, strategy: $strategy}) { errors }
}`;
/** GitLab's auto-merge strategies, most preferred first: the forge waits for its checks, then merges (a merge train through its own pipeline). */
const STRATEGIES = ['merge_when_checks_pass', 'merge_when_pipeline_succeeds', 'add_to_merge_train_when_checks_pass', 'add_to_merge_train_when_pipeline_succeeds', 'merge_train'];
function createGitLabForge(options) {
    return new GitLabForge(options);
}
class GitLabForge extends HttpForge {
    label = 'GitLab';
    kind = 'gitlab';
    words = facts/* FORGE_FACTS */.S.gitlab.words;
    maxBodyLength = facts/* FORGE_FACTS */.S.gitlab.maxBodyLength;
    botEmails = [];
    secrets;
    http;
    project;
    context;
    api;
    graphqlUrl;
    projectInfo;
    /** Draft state per MR, so a title update keeps the "Draft:" prefix. */
    drafts = new Map();
    issues;
    /** Reviewers per MR as last seen: GitLab sets the whole list, so a request adds to it. */
    reviewers = new Map();
    /** User ids by lower-case username, looked up once per client. */
    userIds = new Map();
    constructor(options) {
        super();
        this.project = options.projectId;
        this.secrets = [options.token];
        this.context = { repository: String(options.projectId), ...options.context };
        const host = (0,gitlab_api/* gitlabInstance */.tI)(options.host);
        this.http = gitLabForgeHttp(host, options.token, options);
        this.graphqlUrl = `${host}/api/graphql`;
        // The token is the HttpClient's header; timeouts are its own too.
        const config = { host, requesterFn: (0,gitlab_api/* gitlabRequester */.kh)(this.http), queryTimeout: null };
        this.api = {
            projects: new rest_dist/* Projects */.JtL(config),
            branches: new rest_dist/* Branches */.PRz(config),
            repositories: new rest_dist/* Repositories */.PBp(config),
            files: new rest_dist/* RepositoryFiles */.Yn4(config),
            commits: new rest_dist/* Commits */.f7P(config),
            mergeRequests: new rest_dist/* MergeRequests */.nPt(config),
            notes: new rest_dist/* MergeRequestNotes */.vxy(config),
            approvals: new rest_dist/* MergeRequestApprovals */.SQN(config),
            users: new rest_dist/* Users */.zWC(config)
        };
        this.issues = new GitLabIssues({ issues: new rest_dist/* Issues */.tm1(config), notes: new rest_dist/* IssueNotes */.nFR(config), members: new rest_dist/* ProjectMembers */.rRD(config) }, this.project, { call: (o, f) => this.call(o, f), read: (s, d, w) => this.read(s, d, w) });
    }
    async readIdentity() {
        const user = this.read(CurrentUser, await this.api.users.showCurrentUser(), 'the current user');
        return [user.email, user.commit_email, user.public_email].filter((e) => typeof e === 'string' && e !== '');
    }
    async defaultBranch() {
        return (await this.readProject()).default_branch;
    }
    /** One read per run, not per job; GraphQL's project path comes from the same answer. */
    readProject() {
        if (this.projectInfo === undefined) {
            const read = this.call('read the project', async () => this.read(Project, await this.api.projects.show(this.project), 'the project'));
            // A failed read is not remembered: the next job asks again.
            read.catch(() => { if (this.projectInfo === read)
                this.projectInfo = undefined; });
            this.projectInfo = read;
        }
        return this.projectInfo;
    }
    async projectPath() {
        if (typeof this.project === 'string' && this.project.includes('/'))
            return this.project;
        return (await this.readProject()).path_with_namespace;
    }
    async branchHead(branch) {
        return this.call(`read branch ${branch}`, async () => {
            try {
                return this.read(Branch, await this.api.branches.show(this.project, branch), `branch ${branch}`).commit.id;
            }
            catch (error) {
                if ((0,errors/* statusOf */.c2)(error) === 404)
                    return null;
                throw error;
            }
        });
    }
    async changedPaths(base, head) {
        return this.call('list the files a push changed', async () => {
            const { diffs } = this.read(ComparisonDiffs, await this.api.repositories.compare(this.project, base, head, { straight: true }), 'the comparison');
            return [...new Set((diffs ?? []).flatMap((d) => [d.new_path, d.old_path]))].sort();
        });
    }
    async commitsBetween(base, head) {
        return this.call('compare the branch with its base', async () => {
            const { commits } = this.read(gitlab_schemas_Comparison, await this.api.repositories.compare(this.project, base, head), 'the comparison');
            return (commits ?? []).map((c) => ({
                sha: c.id,
                message: c.message ?? '',
                author: { name: c.author_name ?? '', email: c.author_email ?? '' },
                committer: { name: c.committer_name ?? '', email: c.committer_email ?? '' }
            }));
        });
    }
    async commitFiles(req) {
        return this.call(`commit to branch ${req.branch}`, async () => {
            const create = (files) => this.api.commits.create(this.project, req.branch, req.message, actionsFor(files), {
                startSha: req.parentSha,
                force: true,
                ...(req.author ? { authorName: req.author.name, authorEmail: req.author.email } : {})
            });
            try {
                return this.read(Commit, await create(req.files), 'the new commit').id;
            }
            catch (error) {
                // create/update must match whether the file exists at the parent; if our guess was wrong, look and retry once.
                if ((0,errors/* statusOf */.c2)(error) !== 400 || !/A file with this name (already exists|doesn't exist)|file (does not|doesn't) exist/i.test((0,errors/* forgeMessageOf */.q1)(error)))
                    throw error;
                const checked = await Promise.all(req.files.map(async (f) => ({ ...f, existed: await this.fileExists(f.path, req.parentSha) })));
                return this.read(Commit, await create(checked), 'the new commit').id;
            }
        });
    }
    async fileExists(path, ref) {
        try {
            await this.api.files.show(this.project, path, ref);
            return true;
        }
        catch (error) {
            if ((0,errors/* statusOf */.c2)(error) === 404)
                return false;
            throw error;
        }
    }
    async deleteBranch(branch) {
        await this.call(`delete branch ${branch}`, async () => {
            try {
                await this.api.branches.remove(this.project, branch);
            }
            catch (error) {
                if ((0,errors/* statusOf */.c2)(error) !== 404)
                    throw error;
            }
        });
    }
    async findProposal(branch) {
        return this.call('look up the merge request', async () => {
            const list = this.read(MergeRequests, await this.api.mergeRequests.all({ projectId: this.project, sourceBranch: branch, perPage: 100, maxPages: 1 }), 'the merge requests');
            // Merge requests from forks can use the same branch name; only the project's own branch is the bot's.
            const own = list.filter((mr) => mr.source_branch === branch && isOwn(mr));
            const picked = (0,facts/* pickProposal */.y)(own.map((mr) => this.toProposal(mr)));
            return picked ? this.seen(picked) : null;
        });
    }
    async createProposal(p) {
        return this.call('create the merge request', async () => {
            try {
                const mr = await this.api.mergeRequests.create(this.project, p.branch, p.base, p.draft ? `Draft: ${p.title}` : p.title, {
                    description: p.body,
                    labels: p.labels.join(','),
                    removeSourceBranch: true
                });
                return this.seen(this.toProposal(this.read(MergeRequest, mr, 'the new merge request')));
            }
            catch (error) {
                // 409 is also "You can't use same project/branch for source and target": only an existing MR is one to reuse.
                const detail = (0,errors/* forgeMessageOf */.q1)(error);
                if ((0,errors/* statusOf */.c2)(error) === 409 && /already exists/i.test(detail))
                    throw new errors/* ProposalExistsError */.jw('gitlab', detail);
                throw error;
            }
        });
    }
    async updateProposal(number, patch) {
        const verb = patch.state === 'open' ? 'reopen' : patch.state === 'closed' ? 'close' : 'update';
        await this.call(`${verb} merge request !${number}`, async () => {
            const title = patch.title !== undefined && this.drafts.get(number) ? `Draft: ${patch.title}` : patch.title;
            await this.api.mergeRequests.edit(this.project, number, {
                title,
                description: patch.body,
                stateEvent: patch.state === 'open' ? 'reopen' : patch.state === 'closed' ? 'close' : undefined
            });
        });
        if (patch.state)
            this.stateChanged(number, patch.state);
    }
    async addLabels(number, labels) {
        await this.call(`label merge request !${number}`, () => this.api.mergeRequests.edit(this.project, number, { addLabels: labels.join(',') }));
    }
    async removeLabel(number, label) {
        await this.call(`remove a label from merge request !${number}`, () => this.api.mergeRequests.edit(this.project, number, { removeLabels: label }));
    }
    async requestReviewers(number, reviewers, teams = []) {
        const operation = `request reviewers on merge request !${number}`;
        if (teams.length > 0) {
            throw new errors/* ForgeError */.Q8('gitlab', operation, undefined, 'team reviewers', 'GitLab merge requests have no team reviewers: list the people in reviewers in poi-gitops.toml.');
        }
        await this.call(operation, async () => {
            // reviewer_ids replaces the list: keep whoever is a reviewer already (people may have added some).
            const current = this.reviewers.get(number) ?? [];
            const ids = new Set(current.map((r) => r.id));
            const before = ids.size;
            const unknown = [];
            for (const username of reviewers) {
                if (current.some((r) => r.username.toLowerCase() === username.toLowerCase()))
                    continue;
                const id = await this.userId(username);
                if (id !== null)
                    ids.add(id);
                else
                    unknown.push(username);
            }
            if (ids.size > before) {
                const mr = this.read(MergeRequest, await this.api.mergeRequests.edit(this.project, number, { reviewerIds: [...ids] }), `merge request !${number}`);
                this.reviewers.set(number, mr.reviewers);
            }
            if (unknown.length > 0) {
                throw new errors/* ForgeError */.Q8('gitlab', 'request reviewers', undefined, `unknown users: ${unknown.join(', ')}`, `GitLab has no user named ${unknown.join(', ')}: fix the reviewers in poi-gitops.toml.`);
            }
        });
    }
    async userId(username) {
        const key = username.toLowerCase();
        if (!this.userIds.has(key)) {
            const [user] = this.read(Users, await this.api.users.all({ username }), `the users named ${username}`);
            this.userIds.set(key, user?.id ?? null);
        }
        return this.userIds.get(key) ?? null;
    }
    async reviewsOf(number) {
        return this.call(`read the approvals of merge request !${number}`, async () => {
            const approvals = this.read(Approvals, await this.api.approvals.showConfiguration(this.project, { mergerequestIId: number }), `the approvals of merge request !${number}`);
            // GitLab does not say which head an approval was given on; one that still stands counts (a project may reset approvals on push).
            return approvals.approved_by.map((a) => ({ login: a.user.username, commit: null }));
        });
    }
    async listOpenProposalBranches() {
        return this.call('list the open merge requests', async () => {
            const list = this.read(MergeRequests, await this.api.mergeRequests.all({ projectId: this.project, state: 'opened', perPage: 100 }), 'the open merge requests');
            return list.filter(isOwn).map((mr) => mr.source_branch);
        });
    }
    async enableAutoMerge(proposal, head) {
        const number = proposal.number;
        const operation = `turn on auto-merge for merge request !${number}`;
        const refused = (detail, why) => new errors/* ForgeError */.Q8('gitlab', operation, undefined, detail, `GitLab did not turn on auto-merge for merge request !${number}: ${why}`);
        const path = await this.projectPath();
        if (path === undefined)
            throw refused('no project path', 'GitLab did not give the project\'s full path, which its GraphQL API needs.');
        const variables = { path, iid: String(number) };
        await this.call(operation, async () => {
            try {
                const { project } = await graphql(this.http, { url: this.graphqlUrl, query: AUTO_MERGE_STATE, variables, idempotent: true }, AutoMergeState, 'the merge request\'s auto-merge state');
                const mr = project?.mergeRequest;
                if (!mr)
                    throw refused('not found', 'GitLab\'s GraphQL API does not show it to this token.');
                if (mr.autoMergeEnabled)
                    return;
                if (mr.diffHeadSha && mr.diffHeadSha !== head)
                    throw refused('head moved', 'its branch moved on since the bot wrote it.');
                const strategy = STRATEGIES.find((s) => mr.availableAutoMergeStrategies?.includes(s));
                if (strategy === undefined) {
                    throw refused('no auto-merge strategy available', 'GitLab offers auto-merge only while something is pending (a pipeline running for its head, or another merge check), and nothing is; poi-gitops never merges itself, so a person merges it.');
                }
                const accepted = await graphql(this.http, {
                    url: this.graphqlUrl, query: ACCEPT, idempotent: false, variables: { ...variables, sha: head, strategy: strategy.toUpperCase() }
                }, Accepted, 'the answer to mergeRequestAccept');
                const errors = accepted.mergeRequestAccept?.errors ?? ['GitLab gave no answer'];
                if (errors.length > 0)
                    throw refused(errors.join('; '), `${errors.join('; ')}.`);
            }
            catch (error) {
                if (error instanceof GraphqlError)
                    throw refused(error.message, `${error.message}.`);
                throw error;
            }
        });
    }
    async listComments(number) {
        return this.call(`read the notes of merge request !${number}`, async () => {
            const notes = this.read(Notes, await this.api.notes.all(this.project, number, { perPage: 100 }), `the notes of merge request !${number}`);
            return notes.filter((n) => !n.system).map((n) => ({ id: n.id, body: n.body ?? '' }));
        });
    }
    async createComment(number, body) {
        await this.call(`comment on merge request !${number}`, () => this.api.notes.create(this.project, number, body));
    }
    async updateComment(number, id, body) {
        await this.call(`update a note on merge request !${number}`, () => this.api.notes.edit(this.project, number, id, { body }));
    }
    toProposal(mr) {
        const draft = mr.draft ?? mr.work_in_progress ?? false;
        this.drafts.set(mr.iid, draft);
        this.reviewers.set(mr.iid, mr.reviewers);
        return {
            number: mr.iid,
            url: mr.web_url,
            state: mr.state === 'merged' ? 'merged' : mr.state === 'closed' ? 'closed' : 'open',
            title: mr.title.replace(DRAFT_PREFIX, ''),
            body: mr.description ?? '',
            labels: mr.labels.map((l) => (typeof l === 'string' ? l : l.name)).filter(Boolean),
            draft,
            base: mr.target_branch,
            branch: mr.source_branch,
            headSha: mr.sha ?? null,
            autoMerge: mr.merge_when_pipeline_succeeds ?? false
        };
    }
}
/** Merge requests from forks can use the same branch names; only the project's own branches are the bot's. */
function isOwn(mr) {
    return mr.source_project_id === undefined || mr.source_project_id === mr.target_project_id;
}
function actionsFor(files) {
    const actions = [];
    for (const f of files) {
        if (f.content === null) {
            if (f.existed !== false)
                actions.push({ action: 'delete', filePath: f.path });
        }
        else {
            actions.push({ action: f.existed === false ? 'create' : 'update', filePath: f.path, content: f.content, encoding: 'text' });
        }
    }
    return actions;
}

// EXTERNAL MODULE: ./src/forge/fork.ts
var fork = __webpack_require__(61875);
;// CONCATENATED MODULE: ./src/forge/detect.ts
// Which forge receives the proposals: the one the run is in. GitHub Actions
// (or GITHUB_API_URL + GITHUB_REPOSITORY + a token on a terminal), else GitLab
// CI (or CI_API_V4_URL + CI_PROJECT_ID + GITLAB_TOKEN). Also says when the
// token cannot write — a pull_request run from a fork gets a read-only token —
// so the caller can skip proposing instead of failing on a 403.





/** Seconds one forge request may take (a slow GitHub Enterprise may need more than the default). */
const FORGE_TIMEOUT_ENV = 'POI_GITOPS_FORGE_TIMEOUT';
/** Seconds between two forge writes (0 on an instance without secondary rate limits). */
const FORGE_WRITE_SPACING_ENV = 'POI_GITOPS_FORGE_WRITE_SPACING';
function detectForge(env, inputs = {}, readEvent = readJson) {
    const inGitHub = env.GITHUB_ACTIONS === 'true';
    const inGitLab = env.GITLAB_CI === 'true';
    const detection = inGitHub || (!inGitLab && env.GITHUB_API_URL && env.GITHUB_REPOSITORY)
        ? detectGitHub(env, inputs, readEvent)
        : inGitLab || (env.CI_API_V4_URL && env.CI_PROJECT_ID) ? detectGitLab(env, inputs) : { target: null };
    if (!detection.target)
        return detection;
    const timeout = seconds(env, FORGE_TIMEOUT_ENV, 0.001, 3600);
    const spacing = seconds(env, FORGE_WRITE_SPACING_ENV, 0, 60);
    for (const setting of [timeout, spacing])
        if (typeof setting === 'string')
            return { target: null, problem: setting };
    const target = { ...detection.target };
    if (typeof timeout === 'number')
        target.timeoutMs = Math.max(1, Math.round(timeout * 1000));
    if (typeof spacing === 'number')
        target.writeSpacingMs = Math.round(spacing * 1000);
    return { target };
}
/** A number of seconds from the variable `name` (undefined when unset), or the problem with it. */
function seconds(env, name, min, max) {
    const value = nonEmpty(env[name]);
    if (value === undefined)
        return undefined;
    const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    return n >= min && n <= max ? n : `${name} must be a number of seconds from ${min} to ${max}, got ${JSON.stringify(value)}.`;
}
function createForge(target, network = {}) {
    const options = {
        ...(target.timeoutMs !== undefined ? { timeoutMs: target.timeoutMs } : {}),
        ...(target.writeSpacingMs !== undefined ? { writeSpacingMs: target.writeSpacingMs } : {}),
        ...network,
        token: target.token,
        context: target.context
    };
    return target.kind === 'github'
        ? createGitHubForge({ ...options, apiUrl: target.apiUrl, owner: target.owner, repo: target.repo })
        : createGitLabForge({ ...options, host: target.host, projectId: target.projectId });
}
function detectGitHub(env, inputs, readEvent) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        return { target: null, problem: 'GITHUB_REPOSITORY is not set to owner/repo, so there is no repository to propose to.' };
    const token = nonEmpty(inputs.token) ?? nonEmpty(env.GITHUB_TOKEN);
    if (!token) {
        return { target: null, problem: 'No GitHub token: pass one in the "token" input (the default is ${{ github.token }}) or set GITHUB_TOKEN.' };
    }
    const context = { repository };
    const readOnly = gitHubReadOnlyReason(env, readEvent);
    if (readOnly)
        context.readOnlyReason = readOnly;
    return { target: { kind: 'github', apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''), owner, repo, token, context } };
}
/** A pull request from a fork may not propose: the event payload is read only for pull request events. */
function gitHubReadOnlyReason(env, readEvent) {
    if (!fork/* PULL_REQUEST_EVENTS */.m.has(env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const payload = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
    return (0,fork/* untrustedReason */.l)(env, typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload : {});
}
function detectGitLab(env, inputs) {
    const api = env.CI_API_V4_URL ?? env.CI_SERVER_URL;
    const projectId = nonEmpty(env.CI_PROJECT_ID);
    if (!api || !projectId)
        return { target: null, problem: 'CI_API_V4_URL and CI_PROJECT_ID must both be set to propose merge requests.' };
    const token = nonEmpty(inputs.gitlabToken) ?? nonEmpty(env.GITLAB_TOKEN);
    if (!token) {
        return {
            target: null,
            problem: 'No GitLab token: the CI job token cannot open merge requests, so create a project access token with the "api" scope and the Developer role and store it as the masked CI/CD variable GITLAB_TOKEN.'
        };
    }
    const context = { repository: env.CI_PROJECT_PATH ?? projectId };
    const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
    if (source && source !== projectId)
        context.readOnlyReason = `a merge request pipeline from the fork ${env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH ?? source}`;
    return { target: { kind: 'gitlab', host: (0,gitlab_api/* gitlabInstance */.tI)(api), projectId, token, context } };
}
function nonEmpty(value) {
    return value && value.trim() !== '' ? value.trim() : undefined;
}
function readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/app/forge.ts
// The forge a proposing run writes to: the one it runs in, with the run's
// credentials. A token that cannot write (a fork's pull request) is reported
// so the run proposes nothing instead of failing on a 403.



function openForge(session, log) {
    const detection = detectForge({ ...session.env }, { token: session.credentials.github, gitlabToken: session.credentials.gitlab });
    if (detection.problem)
        throw new types/* CommandError */.Q(detection.problem, 2);
    if (!detection.target) {
        throw new types/* CommandError */.Q('no forge to propose to: run in GitHub Actions or GitLab CI, or set GITHUB_API_URL, GITHUB_REPOSITORY and GITHUB_TOKEN (or CI_API_V4_URL, CI_PROJECT_ID and GITLAB_TOKEN)', 2);
    }
    if (detection.target.context.readOnlyReason)
        return { forge: null, readOnlyReason: detection.target.context.readOnlyReason };
    // Retries are worth a line in the log: a slow forge should be visible, not mysterious.
    const onEvent = log ? (e) => { if (e.type === 'retry')
        log((0,http/* retryLine */.Rn)(e)); } : undefined;
    return { forge: createForge(detection.target, onEvent ? { onEvent } : {}) };
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

/***/ 83034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k2: () => (/* binding */ createGitlabHttp),
/* harmony export */   kh: () => (/* binding */ gitlabRequester),
/* harmony export */   tI: () => (/* binding */ gitlabInstance)
/* harmony export */ });
/* unused harmony export gitlabErrorMessage */
/* harmony import */ var _gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33888);
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77934);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14066);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22139);
// GitLab's REST API (v4) through @gitbeaker/rest on the project's HTTP layer:
// the one adapter both the group listings (sources/gitlab-groups.ts) and the
// GitLab forge (forge/gitlab.ts) use. gitbeaker shapes the requests (its own
// snake_case keys, `key[]=v` arrays, JSON bodies); HttpClient sends them with
// its timeouts, retries (429 and Retry-After, 5xx back-off for idempotent
// requests, connection resets), proxy settings, counters and redaction.
// gitbeaker's own transport (global fetch, ten 429 retries within a quarter
// of a second) is never used.




/** What gitbeaker's option handler hands the request handler (requester-utils' defaultOptionsHandler). */
const PreparedRequest = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    method: valibot__WEBPACK_IMPORTED_MODULE_3__/* .picklist */ .KIO(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    headers: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), {}),
    body: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    searchParams: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    asStream: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()),
    /** The resource's URL (`<host>/api/v4/` plus e.g. `projects` for resources nested under projects). */
    prefixUrl: valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
});
/** GitLab's error bodies: `{"message": …}` (a string, a list or a map of field errors) or OAuth's `{"error": …, "error_description": …}`. */
const ErrorBody = valibot__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    message: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
    error: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    error_description: valibot__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
});
/** A GitLab instance's URL as every caller keeps it: no trailing slash, no /api/v4 (CI_API_V4_URL carries it). */
function gitlabInstance(url) {
    return url.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
}
/** The HttpClient for GitLab's API at `<base>/api/v4`. */
function createGitlabHttp(options) {
    const { base, token, ...http } = options;
    return new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq({
        maxInFlight: 2,
        errorMessage: gitlabErrorMessage,
        ...http,
        service: 'gitlab',
        baseUrl: `${gitlabInstance(base)}/api/v4`,
        timeouts: { requestMs: 120_000, ...http.timeouts },
        ...(token ? { headers: { 'private-token': token } } : {}),
    });
}
/**
 * gitbeaker's `requesterFn` over `http` (whose base URL is `<host>/api/v4`).
 * Authentication is the HttpClient's header: create the gitbeaker resources without a token.
 */
function gitlabRequester(http) {
    return (0,_gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__/* .createRequesterFn */ .PD)((_resource, prepared) => Promise.resolve(prepared), (endpoint, options) => send(http, endpoint, options ?? {}));
}
async function send(http, endpoint, options) {
    const prepared = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decode */ .D4)(PreparedRequest, pick(options), `the gitbeaker request for ${endpoint}`);
    if (prepared.asStream)
        throw new Error(`gitlab: streamed responses are not supported (${endpoint})`);
    const method = prepared.method;
    const base = http.baseUrl + '/';
    const prefix = prepared.prefixUrl.endsWith('/') ? prepared.prefixUrl : `${prepared.prefixUrl}/`;
    if (!prefix.startsWith(base))
        throw new Error(`gitlab: the resource URL ${prepared.prefixUrl} is not under ${http.baseUrl}`);
    const query = {};
    for (const [key, value] of new URLSearchParams(prepared.searchParams ?? ''))
        (query[key] ??= []).push(value);
    const headers = { accept: 'application/json', ...prepared.headers };
    return http.requestAs({ method, path: `/${prefix.slice(base.length)}${endpoint}`, query, headers, body: prepared.body }, (res) => ({
        status: res.status,
        headers: { ...res.headers },
        body: responseBody(res),
    }));
}
/** Only the fields the handler reads: gitbeaker also passes its rate limiters and abort signal, which HttpClient replaces. */
function pick(options) {
    const { method, headers, body, searchParams, asStream, prefixUrl } = options;
    return { method, headers, body: body instanceof FormData ? { upload: 'form data' } : body, searchParams, asStream, prefixUrl };
}
/** The body as gitbeaker's own transport returns it: JSON parsed, anything else as text, nothing for 204. */
function responseBody(res) {
    if (res.status === 204)
        return null;
    const type = (res.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const text = res.text();
    if (type !== 'application/json')
        return text;
    if (text.trim() === '')
        return {};
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        // A 2xx page that is not JSON is a proxy speaking: retry it like a 5xx.
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryableResponseError */ .q6(`the response is not JSON (content-type ${res.headers['content-type'] ?? 'missing'})`);
    }
    return (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .decode */ .D4)(JsonBody, data);
}
/** The JSON shapes gitbeaker passes on (each caller checks its own fields with a schema). */
const JsonBody = valibot__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J())), valibot__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()), valibot__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), valibot__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), valibot__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_3__/* ["null"] */ .chJ()]);
/** GitLab's error text from an error response. */
function gitlabErrorMessage(res) {
    if (!(res.headers['content-type'] ?? '').includes('json'))
        return undefined;
    const parsed = valibot__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .xLC(ErrorBody, JSON.parse(res.text()));
    if (!parsed.success)
        return undefined;
    const { message, error, error_description: description } = parsed.output;
    if (error !== undefined)
        return description !== undefined ? `${error}: ${description}` : error;
    if (typeof message === 'string')
        return message;
    if (Array.isArray(message) && message.every((m) => typeof m === 'string'))
        return message.join('; ');
    return message === undefined ? undefined : JSON.stringify(message);
}


/***/ }),

/***/ 87788:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		85860
	],
	"./BurstyRateLimiter.js": [
		85860
	],
	"./ExpressBruteFlexible": [
		83966,
		966
	],
	"./ExpressBruteFlexible.js": [
		83966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		87383
	],
	"./RLWrapperBlackAndWhite.js": [
		87383
	],
	"./RLWrapperTimeouts": [
		24016
	],
	"./RLWrapperTimeouts.js": [
		24016
	],
	"./RateLimiterAbstract": [
		88569
	],
	"./RateLimiterAbstract.js": [
		88569
	],
	"./RateLimiterCluster": [
		10565
	],
	"./RateLimiterCluster.js": [
		10565
	],
	"./RateLimiterDrizzle": [
		50673
	],
	"./RateLimiterDrizzle.js": [
		50673
	],
	"./RateLimiterDrizzleNonAtomic": [
		75347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		75347
	],
	"./RateLimiterDynamo": [
		82309
	],
	"./RateLimiterDynamo.js": [
		82309
	],
	"./RateLimiterEtcd": [
		36481
	],
	"./RateLimiterEtcd.js": [
		36481
	],
	"./RateLimiterEtcdNonAtomic": [
		15299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		15299
	],
	"./RateLimiterInsuredAbstract": [
		33847
	],
	"./RateLimiterInsuredAbstract.js": [
		33847
	],
	"./RateLimiterMemcache": [
		73250
	],
	"./RateLimiterMemcache.js": [
		73250
	],
	"./RateLimiterMemory": [
		24544
	],
	"./RateLimiterMemory.js": [
		24544
	],
	"./RateLimiterMongo": [
		28439
	],
	"./RateLimiterMongo.js": [
		28439
	],
	"./RateLimiterMySQL": [
		67793
	],
	"./RateLimiterMySQL.js": [
		67793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		16323
	],
	"./RateLimiterPrisma.js": [
		16323
	],
	"./RateLimiterQueue": [
		52860
	],
	"./RateLimiterQueue.js": [
		52860
	],
	"./RateLimiterRedis": [
		54336
	],
	"./RateLimiterRedis.js": [
		54336
	],
	"./RateLimiterRes": [
		80449
	],
	"./RateLimiterRes.js": [
		80449
	],
	"./RateLimiterSQLite": [
		73283
	],
	"./RateLimiterSQLite.js": [
		73283
	],
	"./RateLimiterStoreAbstract": [
		65140
	],
	"./RateLimiterStoreAbstract.js": [
		65140
	],
	"./RateLimiterUnion": [
		10244
	],
	"./RateLimiterUnion.js": [
		10244
	],
	"./RateLimiterValkey": [
		32193
	],
	"./RateLimiterValkey.js": [
		32193
	],
	"./RateLimiterValkeyGlide": [
		53756
	],
	"./RateLimiterValkeyGlide.js": [
		53756
	],
	"./component/BlockedKeys": [
		38830
	],
	"./component/BlockedKeys/": [
		38830
	],
	"./component/BlockedKeys/BlockedKeys": [
		85202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		85202
	],
	"./component/BlockedKeys/index": [
		38830
	],
	"./component/BlockedKeys/index.js": [
		38830
	],
	"./component/MemoryStorage": [
		28178,
		178
	],
	"./component/MemoryStorage/": [
		28178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		81534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		81534
	],
	"./component/MemoryStorage/Record": [
		60749
	],
	"./component/MemoryStorage/Record.js": [
		60749
	],
	"./component/MemoryStorage/index": [
		28178,
		178
	],
	"./component/MemoryStorage/index.js": [
		28178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		43184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		43184
	],
	"./component/RateLimiterQueueError": [
		27948
	],
	"./component/RateLimiterQueueError.js": [
		27948
	],
	"./component/RateLimiterSetupError": [
		72922
	],
	"./component/RateLimiterSetupError.js": [
		72922
	],
	"./constants": [
		13880,
		880
	],
	"./constants.js": [
		13880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 87788;
module.exports = webpackAsyncContext;

/***/ })

};
