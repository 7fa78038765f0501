export const id = 137;
export const ids = [137];
export const modules = {

/***/ 9055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openForge: () => (/* binding */ openForge)
});

// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/forge/errors.ts
var errors = __webpack_require__(8024);
// EXTERNAL MODULE: ./src/forge/facts.ts
var facts = __webpack_require__(9708);
;// CONCATENATED MODULE: ./src/forge/pacing.ts
// Polite forge traffic, shared by both clients: writes are spaced (GitHub's
// secondary limits punish bursts of content-creating requests), rate-limit
// answers are retried after the wait the forge asks for (Retry-After, or
// x-ratelimit-reset), and every request is counted so a run can report — and
// a test can assert — how many reads and writes it made.
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
/** GitHub's advice for a secondary limit without Retry-After: wait at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
const TRANSIENT_BASE_WAIT_MS = 1_000;
class Pacer {
    spacing;
    maxRetries;
    maxWait;
    clock;
    lastWrite = -Infinity;
    reads = 0;
    writes = 0;
    constructor(options = {}) {
        this.spacing = options.writeSpacingMs ?? 1000;
        this.maxRetries = options.maxRetries ?? 3;
        this.maxWait = options.maxWaitMs ?? 300_000;
        this.clock = options.clock ?? systemClock;
    }
    counts() {
        return { reads: this.reads, writes: this.writes };
    }
    /** Call right before sending; waits as long as write spacing requires. */
    async beforeSend(method) {
        if (isRead(method)) {
            this.reads++;
            return;
        }
        this.writes++;
        const wait = this.lastWrite + this.spacing - this.clock.now();
        if (wait > 0)
            await this.clock.sleep(wait);
        this.lastWrite = this.clock.now();
    }
    /** Whether (and after how long) to resend a request that got this answer on the given attempt (0-based). */
    decide(attempt, answer) {
        const wait = this.waitFor(attempt, answer);
        if (wait === null)
            return { retry: false, rateLimited: false };
        const rateLimited = answer.status === 429 || answer.status === 403;
        if (attempt >= this.maxRetries || wait > this.maxWait)
            return { retry: false, rateLimited };
        return { retry: true, waitMs: wait };
    }
    waitFor(attempt, { status, headers, message }) {
        const retryAfter = parseRetryAfter(headers['retry-after'], this.clock.now());
        if ((status === 429 || status === 403) && retryAfter !== null)
            return retryAfter;
        if ((status === 429 || status === 403) && headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
            return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - this.clock.now()) + 1000;
        }
        if (status === 429 || (status === 403 && /secondary rate limit|abuse detection/i.test(message))) {
            return SECONDARY_LIMIT_WAIT_MS * 2 ** attempt;
        }
        if (status === 502 || status === 503 || status === 504)
            return TRANSIENT_BASE_WAIT_MS * 2 ** attempt;
        return null;
    }
}
function isRead(method) {
    const m = method.toUpperCase();
    return m === 'GET' || m === 'HEAD';
}
/** Retry-After is either delta-seconds or an HTTP date. */
function parseRetryAfter(value, now) {
    if (value === undefined || value.trim() === '')
        return null;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? null : Math.max(0, at - now);
}

;// CONCATENATED MODULE: ./src/forge/github.ts
// GitHub through Octokit (@actions/github). Commits are made with the Git
// Data API only — a tree on top of the parent's tree, a commit, a forced ref
// update — so no checkout or git CLI is needed, and commits made with an app
// token (GITHUB_TOKEN included) are signed by GitHub.




/** github-actions[bot], the identity of GITHUB_TOKEN commits. */
const GITHUB_ACTIONS_BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** "GitHub" (web-flow), the committer of commits GitHub signs; never the author of the bot's. A person's web edit has them as author. */
const WEB_FLOW_EMAIL = 'noreply@github.com';
/** Files above this size go up as blobs first instead of inline tree content. */
const INLINE_LIMIT = 512 * 1024;
function createGitHubForge(options) {
    return new GitHubForge(options);
}
class GitHubForge {
    kind = 'github';
    words = facts/* FORGE_FACTS */.SC.github.words;
    maxBodyLength = facts/* FORGE_FACTS */.SC.github.maxBodyLength;
    botEmails = [GITHUB_ACTIONS_BOT_EMAIL, WEB_FLOW_EMAIL];
    secrets;
    octokit;
    pacer;
    owner;
    repo;
    context;
    defaultBranchName;
    identity;
    /** Set by the request hook when a rate limit outlasted the retries. */
    rateLimited = new WeakSet();
    constructor(options) {
        this.owner = options.owner;
        this.repo = options.repo;
        this.secrets = [options.token];
        this.context = { repository: `${options.owner}/${options.repo}`, ...options.context };
        this.pacer = new Pacer(options);
        this.octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, ''), userAgent: 'poi-gitops' });
        this.octokit.hook.wrap('request', async (request, endpoint) => {
            for (let attempt = 0;; attempt++) {
                await this.pacer.beforeSend(endpoint.method);
                try {
                    return await request(endpoint);
                }
                catch (error) {
                    const failure = asHttpFailure(error);
                    if (!failure)
                        throw error;
                    const decision = this.pacer.decide(attempt, {
                        status: failure.status,
                        headers: stringHeaders(failure.response?.headers),
                        message: messageOf(failure.response?.data)
                    });
                    if (!decision.retry) {
                        if (decision.rateLimited && typeof error === 'object' && error !== null)
                            this.rateLimited.add(error);
                        throw error;
                    }
                    await this.pacer.clock.sleep(decision.waitMs);
                }
            }
        });
    }
    counts() {
        return this.pacer.counts();
    }
    async identityEmails() {
        // GITHUB_TOKEN may not read /user (it is an app token; its identity is botEmails); a PAT may.
        this.identity ??= (async () => {
            try {
                const { data } = await this.octokit.rest.users.getAuthenticated();
                return [data.email, `${data.id}+${data.login}@users.noreply.github.com`, `${data.login}@users.noreply.github.com`]
                    .filter((e) => typeof e === 'string' && e !== '');
            }
            catch {
                return [];
            }
        })();
        return this.identity;
    }
    async defaultBranch() {
        // One read per run, not per job.
        this.defaultBranchName ??= await this.call('read the repository', async () => (await this.octokit.rest.repos.get(this.repoParams())).data.default_branch);
        return this.defaultBranchName;
    }
    async branchHead(branch) {
        return this.call(`read branch ${branch}`, async () => {
            try {
                return (await this.octokit.rest.git.getRef({ ...this.repoParams(), ref: `heads/${branch}` })).data.object.sha;
            }
            catch (error) {
                if (asHttpFailure(error)?.status === 404)
                    return null;
                throw error;
            }
        });
    }
    async commitsBetween(base, head) {
        return this.call('compare the branch with its base', async () => {
            const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.repoParams(), basehead: `${base}...${head}`, per_page: 100 });
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
        const parent = await this.call('read the base commit', async () => (await this.octokit.rest.git.getCommit({ ...this.repoParams(), commit_sha: req.parentSha })).data);
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
                    entries.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.data.sha });
                }
                else {
                    entries.push({ path: file.path, mode: '100644', type: 'blob', content: file.content });
                }
            }
            return (await this.octokit.rest.git.createTree({ ...this.repoParams(), base_tree: parent.tree.sha, tree: entries })).data.sha;
        });
        const commit = await this.call('create the commit', async () => (await this.octokit.rest.git.createCommit({
            ...this.repoParams(),
            message: req.message,
            tree,
            parents: [req.parentSha],
            ...(req.author ? { author: { name: req.author.name, email: req.author.email } } : {})
        })).data.sha);
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
            const detail = messageOf(asHttpFailure(error)?.response?.data);
            if (asHttpFailure(error)?.status === 422 && /Reference (already exists|does not exist)/i.test(detail)) {
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
            }
            catch (error) {
                const failure = asHttpFailure(error);
                if (failure?.status === 404 || (failure?.status === 422 && /Reference does not exist/i.test(messageOf(failure.response?.data))))
                    return;
                throw error;
            }
        });
    }
    async findProposal(branch) {
        return this.call('look up the pull request', async () => {
            const { data } = await this.octokit.rest.pulls.list({ ...this.repoParams(), head: `${this.owner}:${branch}`, state: 'all', per_page: 100 });
            const pulls = data.filter((p) => p.head.ref === branch).map(toProposal);
            return (0,facts/* pickProposal */.yt)(pulls);
        });
    }
    async createProposal(p) {
        // Labels cannot be set on creation here; the engine adds the ones the result lacks.
        return this.call('create the pull request', async () => {
            try {
                const { data } = await this.octokit.rest.pulls.create({ ...this.repoParams(), head: p.branch, base: p.base, title: p.title, body: p.body, draft: p.draft });
                return toProposal(data);
            }
            catch (error) {
                const failure = asHttpFailure(error);
                const detail = messageOf(failure?.response?.data);
                if (failure?.status === 422 && /already exists/i.test(detail))
                    throw new errors/* ProposalExistsError */.jw('github', detail);
                throw error;
            }
        });
    }
    async updateProposal(number, patch) {
        const verb = patch.state === 'open' ? 'reopen' : patch.state === 'closed' ? 'close' : 'update';
        await this.call(`${verb} pull request #${number}`, () => this.octokit.rest.pulls.update({ ...this.repoParams(), pull_number: number, title: patch.title, body: patch.body, state: patch.state }));
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
                if (asHttpFailure(error)?.status !== 404)
                    throw error;
            }
        });
    }
    async requestReviewers(number, reviewers) {
        // "org/team" names a team; anything else a user.
        const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1));
        const users = reviewers.filter((r) => !r.includes('/'));
        await this.call(`request reviewers on pull request #${number}`, () => this.octokit.rest.pulls.requestReviewers({ ...this.repoParams(), pull_number: number, reviewers: users, team_reviewers: teams }));
    }
    async listComments(number) {
        return this.call(`read the comments of pull request #${number}`, async () => {
            const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repoParams(), issue_number: number, per_page: 100 });
            return comments.map((c) => ({ id: c.id, body: c.body ?? '' }));
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
    /** Runs one operation; HTTP failures become a ForgeError with an explanation. */
    async call(operation, fn) {
        try {
            return await fn();
        }
        catch (error) {
            if (error instanceof errors/* ForgeError */.Q8)
                throw error;
            const failure = asHttpFailure(error);
            throw (0,errors/* forgeError */.CX)({
                forge: 'github',
                operation,
                status: failure?.status,
                detail: failure ? messageOf(failure.response?.data) : error instanceof Error ? error.message : String(error),
                context: this.context,
                rateLimited: typeof error === 'object' && error !== null && this.rateLimited.has(error)
            });
        }
    }
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
        headSha: p.head.sha
    };
}
function asHttpFailure(error) {
    if (typeof error !== 'object' || error === null)
        return null;
    const status = error.status;
    return typeof status === 'number' ? error : null;
}
function stringHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers ?? {}))
        out[k.toLowerCase()] = v === undefined ? undefined : String(v);
    return out;
}
/** GitHub's error text: the message plus the messages of its "errors" entries. */
function messageOf(data) {
    if (typeof data === 'string')
        return data;
    if (typeof data !== 'object' || data === null)
        return '';
    const { message, errors } = data;
    const parts = typeof message === 'string' ? [message] : [];
    if (Array.isArray(errors)) {
        for (const e of errors) {
            if (typeof e === 'string')
                parts.push(e);
            else if (typeof e === 'object' && e !== null && typeof e.message === 'string')
                parts.push(e.message);
        }
    }
    return parts.join(': ');
}

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 2 modules
var dist = __webpack_require__(342);
;// CONCATENATED MODULE: ./src/forge/gitlab-transport.ts
// The HTTP transport handed to @gitbeaker/rest through its `requesterFn`
// option. gitbeaker's own transport retries a 429 ten times within a quarter
// of a second and ignores Retry-After; this one waits as GitLab asks, spaces
// writes, and counts requests. Requests are built as gitbeaker builds them:
// snake_case keys, arrays as `key[]=v`, JSON bodies, the token in PRIVATE-TOKEN.

function pacedRequester(pacer, userAgent) {
    return (service) => {
        const send = (method) => (endpoint, options) => request(pacer, service, method, endpoint, options ?? {}, userAgent);
        // gitbeaker types each method generically over the body type; the body is whatever GitLab sent.
        const requester = {
            get: send('GET'),
            post: send('POST'),
            put: send('PUT'),
            patch: send('PATCH'),
            delete: send('DELETE')
        };
        return requester;
    };
}
async function request(pacer, service, method, endpoint, options, userAgent) {
    const base = service.url.endsWith('/') ? service.url : `${service.url}/`;
    const url = new URL(endpoint, base);
    const query = encodeQuery(options.searchParams ?? {});
    if (query)
        url.search = query;
    const headers = { ...service.headers };
    if (userAgent)
        headers['user-agent'] = userAgent;
    for (const [name, value] of Object.entries(service.authHeaders))
        headers[name] = await value();
    if (options.sudo !== undefined)
        headers.sudo = String(options.sudo);
    let body;
    if (options.body instanceof FormData)
        body = options.body;
    else if (options.body) {
        body = JSON.stringify(decamelizeKeys(options.body));
        headers['content-type'] = 'application/json';
    }
    for (let attempt = 0;; attempt++) {
        await pacer.beforeSend(method);
        const response = await fetch(url, { method, headers, body, signal: options.signal });
        if (response.ok) {
            const responseHeaders = Object.fromEntries(response.headers.entries());
            return { status: response.status, headers: responseHeaders, body: response.status === 204 ? null : await parseBody(response) };
        }
        const description = describe(await response.text(), response.headers.get('content-type'));
        const decision = pacer.decide(attempt, { status: response.status, headers: Object.fromEntries(response.headers.entries()), message: description });
        if (decision.retry) {
            await pacer.clock.sleep(decision.waitMs);
            continue;
        }
        throw new dist/* GitbeakerRequestError */.UNz(description, { cause: { description, request: new Request(url, { method }), response } });
    }
}
async function parseBody(response) {
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    if (type === 'application/json') {
        const text = await response.text();
        return text ? JSON.parse(text) : {};
    }
    if (type.startsWith('text/'))
        return response.text();
    return response.blob();
}
/** GitLab errors come as {"message": …} or {"error": …, "error_description": …}; the message may be a list or an object. */
function describe(text, contentType) {
    if (!contentType?.includes('application/json'))
        return text;
    try {
        const data = JSON.parse(text);
        if (typeof data.error === 'string')
            return typeof data.error_description === 'string' ? `${data.error}: ${data.error_description}` : data.error;
        if (typeof data.message === 'string')
            return data.message;
        if (data.message !== undefined)
            return JSON.stringify(data.message);
        return text;
    }
    catch {
        return text;
    }
}
/** camelCase → snake_case keys, recursively, as gitbeaker sends them. */
function decamelizeKeys(value) {
    if (Array.isArray(value))
        return value.map(decamelizeKeys);
    if (typeof value !== 'object' || value === null || value instanceof Date)
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [decamelize(k), decamelizeKeys(v)]));
}
function decamelize(key) {
    return key.replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z\d]+)/g, '$1_$2').toLowerCase();
}
/** The query string gitbeaker would send: snake_case keys, `key[]=v` for arrays, `key[sub]=v` for objects. */
function encodeQuery(params) {
    const parts = [];
    const add = (key, value) => {
        if (value === undefined)
            return;
        if (Array.isArray(value))
            for (const v of value)
                add(`${key}[]`, v);
        else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
            for (const [k, v] of Object.entries(value))
                add(`${key}[${decamelize(k)}]`, v);
        }
        else
            parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value === null ? '' : value instanceof Date ? value.toISOString() : String(value))}`);
    };
    for (const [k, v] of Object.entries(params))
        add(decamelize(k), v);
    return parts.join('&');
}

;// CONCATENATED MODULE: ./src/forge/gitlab.ts
// GitLab through @gitbeaker/rest. A proposal's commit is one call to the
// Commits API: `actions` (create/update/delete) on top of `start_sha`, with
// `force: true` so the branch is overwritten by the regenerated commit. No
// checkout or git CLI is needed.





const DRAFT_PREFIX = /^(Draft:|\[Draft\]|\(Draft\))\s*/i;
function createGitLabForge(options) {
    return new GitLabForge(options);
}
class GitLabForge {
    kind = 'gitlab';
    words = facts/* FORGE_FACTS */.SC.gitlab.words;
    maxBodyLength = facts/* FORGE_FACTS */.SC.gitlab.maxBodyLength;
    botEmails = [];
    secrets;
    pacer;
    project;
    context;
    api;
    defaultBranchName;
    identity;
    /** Draft state per MR, so a title update keeps the "Draft:" prefix. */
    drafts = new Map();
    constructor(options) {
        this.project = options.projectId;
        this.secrets = [options.token];
        this.context = { repository: String(options.projectId), ...options.context };
        this.pacer = new Pacer(options);
        const config = { host: options.host.replace(/\/+$/, '').replace(/\/api\/v4$/, ''), token: options.token, requesterFn: pacedRequester(this.pacer, 'poi-gitops') };
        this.api = {
            projects: new dist/* Projects */.JtL(config),
            branches: new dist/* Branches */.PRz(config),
            repositories: new dist/* Repositories */.PBp(config),
            files: new dist/* RepositoryFiles */.Yn4(config),
            commits: new dist/* Commits */.f7P(config),
            mergeRequests: new dist/* MergeRequests */.nPt(config),
            notes: new dist/* MergeRequestNotes */.vxy(config),
            users: new dist/* Users */.zWC(config)
        };
    }
    counts() {
        return this.pacer.counts();
    }
    async identityEmails() {
        this.identity ??= (async () => {
            try {
                const user = await this.api.users.showCurrentUser();
                return [user.email, user.commit_email, user.public_email].filter((e) => typeof e === 'string' && e !== '');
            }
            catch {
                return [];
            }
        })();
        return this.identity;
    }
    async defaultBranch() {
        this.defaultBranchName ??= await this.call('read the project', async () => String((await this.api.projects.show(this.project)).default_branch));
        return this.defaultBranchName;
    }
    async branchHead(branch) {
        return this.call(`read branch ${branch}`, async () => {
            try {
                return (await this.api.branches.show(this.project, branch)).commit.id;
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return null;
                throw error;
            }
        });
    }
    async commitsBetween(base, head) {
        return this.call('compare the branch with its base', async () => {
            const { commits } = await this.api.repositories.compare(this.project, base, head);
            return (commits ?? []).map((c) => ({
                sha: String(c.id),
                message: String(c.message ?? ''),
                author: { name: String(c.author_name ?? ''), email: String(c.author_email ?? '') },
                committer: { name: String(c.committer_name ?? ''), email: String(c.committer_email ?? '') }
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
                return String((await create(req.files)).id);
            }
            catch (error) {
                // create/update must match whether the file exists at the parent; if our guess was wrong, look and retry once.
                if (statusOf(error) !== 400 || !/A file with this name (already exists|doesn't exist)|file (does not|doesn't) exist/i.test(detailOf(error)))
                    throw error;
                const checked = await Promise.all(req.files.map(async (f) => ({ ...f, existed: await this.fileExists(f.path, req.parentSha) })));
                return String((await create(checked)).id);
            }
        });
    }
    async fileExists(path, ref) {
        try {
            await this.api.files.show(this.project, path, ref);
            return true;
        }
        catch (error) {
            if (statusOf(error) === 404)
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
                if (statusOf(error) !== 404)
                    throw error;
            }
        });
    }
    async findProposal(branch) {
        return this.call('look up the merge request', async () => {
            const list = await this.api.mergeRequests.all({ projectId: this.project, sourceBranch: branch, perPage: 100, maxPages: 1 });
            // Merge requests from forks can use the same branch name; only the project's own branch is the bot's.
            const own = list.filter((mr) => mr.source_branch === branch && (mr.source_project_id === undefined || mr.source_project_id === mr.target_project_id));
            return (0,facts/* pickProposal */.yt)(own.map((mr) => this.toProposal(mr)));
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
                return this.toProposal(mr);
            }
            catch (error) {
                if (statusOf(error) === 409)
                    throw new errors/* ProposalExistsError */.jw('gitlab', detailOf(error));
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
    }
    async addLabels(number, labels) {
        await this.call(`label merge request !${number}`, () => this.api.mergeRequests.edit(this.project, number, { addLabels: labels.join(',') }));
    }
    async removeLabel(number, label) {
        await this.call(`remove a label from merge request !${number}`, () => this.api.mergeRequests.edit(this.project, number, { removeLabels: label }));
    }
    async requestReviewers(number, reviewers) {
        await this.call(`request reviewers on merge request !${number}`, async () => {
            const ids = [];
            const unknown = [];
            for (const username of reviewers) {
                const [user] = await this.api.users.all({ username });
                if (user)
                    ids.push(Number(user.id));
                else
                    unknown.push(username);
            }
            if (ids.length > 0)
                await this.api.mergeRequests.edit(this.project, number, { reviewerIds: ids });
            if (unknown.length > 0) {
                throw new errors/* ForgeError */.Q8('gitlab', 'request reviewers', undefined, `unknown users: ${unknown.join(', ')}`, `GitLab has no user named ${unknown.join(', ')}: fix the reviewers in poi-gitops.toml.`);
            }
        });
    }
    async listComments(number) {
        return this.call(`read the notes of merge request !${number}`, async () => {
            const notes = await this.api.notes.all(this.project, number, { perPage: 100 });
            return notes.filter((n) => !n.system).map((n) => ({ id: Number(n.id), body: String(n.body ?? '') }));
        });
    }
    async createComment(number, body) {
        await this.call(`comment on merge request !${number}`, () => this.api.notes.create(this.project, number, body));
    }
    async updateComment(number, id, body) {
        await this.call(`update a note on merge request !${number}`, () => this.api.notes.edit(this.project, number, id, { body }));
    }
    toProposal(mr) {
        const draft = Boolean(mr.draft ?? mr.work_in_progress);
        this.drafts.set(Number(mr.iid), draft);
        const state = String(mr.state);
        return {
            number: Number(mr.iid),
            url: String(mr.web_url),
            state: state === 'merged' ? 'merged' : state === 'closed' ? 'closed' : 'open',
            title: String(mr.title).replace(DRAFT_PREFIX, ''),
            body: String(mr.description ?? ''),
            labels: (mr.labels ?? []).map(labelName).filter(Boolean),
            draft,
            base: String(mr.target_branch),
            branch: String(mr.source_branch),
            headSha: mr.sha ? String(mr.sha) : null
        };
    }
    async call(operation, fn) {
        try {
            return await fn();
        }
        catch (error) {
            if (error instanceof errors/* ForgeError */.Q8)
                throw error;
            const status = statusOf(error);
            throw (0,errors/* forgeError */.CX)({
                forge: 'gitlab',
                operation,
                status,
                detail: detailOf(error),
                context: this.context,
                rateLimited: error instanceof Error && error.name === 'GitbeakerRetryError'
            });
        }
    }
}
/** MR labels are names, or objects with a name when `with_labels_details` is set. */
function labelName(label) {
    if (typeof label === 'string')
        return label;
    const name = typeof label === 'object' && label !== null ? label.name : undefined;
    return typeof name === 'string' ? name : '';
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
function statusOf(error) {
    return error instanceof dist/* GitbeakerRequestError */.UNz ? error.cause?.response.status : undefined;
}
function detailOf(error) {
    if (error instanceof dist/* GitbeakerRequestError */.UNz)
        return error.cause?.description ?? error.message;
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/forge/detect.ts
// Which forge receives the proposals: the one the run is in. GitHub Actions
// (or GITHUB_API_URL + GITHUB_REPOSITORY + a token on a terminal), else GitLab
// CI (or CI_API_V4_URL + CI_PROJECT_ID + GITLAB_TOKEN). Also says when the
// token cannot write — a pull_request run from a fork gets a read-only token —
// so the caller can skip proposing instead of failing on a 403.



function detectForge(env, inputs = {}, readEvent = readJson) {
    const inGitHub = env.GITHUB_ACTIONS === 'true';
    const inGitLab = env.GITLAB_CI === 'true';
    if (inGitHub || (!inGitLab && env.GITHUB_API_URL && env.GITHUB_REPOSITORY))
        return detectGitHub(env, inputs, readEvent);
    if (inGitLab || (env.CI_API_V4_URL && env.CI_PROJECT_ID))
        return detectGitLab(env, inputs);
    return { target: null };
}
function createForge(target, pacing = {}) {
    return target.kind === 'github'
        ? createGitHubForge({ ...pacing, apiUrl: target.apiUrl, owner: target.owner, repo: target.repo, token: target.token, context: target.context })
        : createGitLabForge({ ...pacing, host: target.host, projectId: target.projectId, token: target.token, context: target.context });
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
    const readOnly = gitHubReadOnlyReason(env, repository, readEvent);
    if (readOnly)
        context.readOnlyReason = readOnly;
    return { target: { kind: 'github', apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''), owner, repo, token, context } };
}
/** GitHub gives pull_request runs from forks (and Dependabot's) a read-only token. */
function gitHubReadOnlyReason(env, repository, readEvent) {
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_review' && event !== 'pull_request_review_comment')
        return undefined;
    if (env.GITHUB_ACTOR === 'dependabot[bot]')
        return 'a pull_request run started by Dependabot';
    const payload = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
    const head = headRepository(payload);
    if (head && head.toLowerCase() !== repository.toLowerCase())
        return `a pull_request run from the fork ${head}`;
    return undefined;
}
function headRepository(payload) {
    if (typeof payload !== 'object' || payload === null)
        return undefined;
    const pr = payload.pull_request;
    const name = pr?.head?.repo?.full_name;
    return typeof name === 'string' ? name : undefined;
}
function detectGitLab(env, inputs) {
    const api = env.CI_API_V4_URL ?? (env.CI_SERVER_URL ? `${env.CI_SERVER_URL.replace(/\/+$/, '')}/api/v4` : undefined);
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
    return { target: { kind: 'gitlab', host: api.replace(/\/+$/, '').replace(/\/api\/v4$/, ''), projectId, token, context } };
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


function openForge(session) {
    const detection = detectForge({ ...session.env }, { token: session.credentials.github, gitlabToken: session.credentials.gitlab });
    if (detection.problem)
        throw new types/* CommandError */.Q(detection.problem, 2);
    if (!detection.target) {
        throw new types/* CommandError */.Q('no forge to propose to: run in GitHub Actions or GitLab CI, or set GITHUB_API_URL, GITHUB_REPOSITORY and GITHUB_TOKEN (or CI_API_V4_URL, CI_PROJECT_ID and GITLAB_TOKEN)', 2);
    }
    if (detection.target.context.readOnlyReason)
        return { forge: null, readOnlyReason: detection.target.context.readOnlyReason };
    return { forge: createForge(detection.target) };
}


/***/ }),

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ CommandError)
/* harmony export */ });
// The contract between entry points (CLI, action, GitLab job) and commands:
// a command reads through the workspace and returns output, findings and a
// change set. It never writes files, prints, or calls a forge itself.
/** A failure that is the user's to fix (exit 1), e.g. "package 'x' not found". */
class CommandError extends Error {
    exitCode;
    findings;
    constructor(message, exitCode = 1, findings = []) {
        super(message);
        this.exitCode = exitCode;
        this.findings = findings;
        this.name = 'CommandError';
    }
}


/***/ }),

/***/ 8024:
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

/***/ 5407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		5860
	],
	"./BurstyRateLimiter.js": [
		5860
	],
	"./ExpressBruteFlexible": [
		3966,
		966
	],
	"./ExpressBruteFlexible.js": [
		3966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		7383
	],
	"./RLWrapperBlackAndWhite.js": [
		7383
	],
	"./RLWrapperTimeouts": [
		4016
	],
	"./RLWrapperTimeouts.js": [
		4016
	],
	"./RateLimiterAbstract": [
		8569
	],
	"./RateLimiterAbstract.js": [
		8569
	],
	"./RateLimiterCluster": [
		565
	],
	"./RateLimiterCluster.js": [
		565
	],
	"./RateLimiterDrizzle": [
		673
	],
	"./RateLimiterDrizzle.js": [
		673
	],
	"./RateLimiterDrizzleNonAtomic": [
		5347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		5347
	],
	"./RateLimiterDynamo": [
		2309
	],
	"./RateLimiterDynamo.js": [
		2309
	],
	"./RateLimiterEtcd": [
		6481
	],
	"./RateLimiterEtcd.js": [
		6481
	],
	"./RateLimiterEtcdNonAtomic": [
		5299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		5299
	],
	"./RateLimiterInsuredAbstract": [
		3847
	],
	"./RateLimiterInsuredAbstract.js": [
		3847
	],
	"./RateLimiterMemcache": [
		3250
	],
	"./RateLimiterMemcache.js": [
		3250
	],
	"./RateLimiterMemory": [
		4544
	],
	"./RateLimiterMemory.js": [
		4544
	],
	"./RateLimiterMongo": [
		8439
	],
	"./RateLimiterMongo.js": [
		8439
	],
	"./RateLimiterMySQL": [
		7793
	],
	"./RateLimiterMySQL.js": [
		7793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		6323
	],
	"./RateLimiterPrisma.js": [
		6323
	],
	"./RateLimiterQueue": [
		2860
	],
	"./RateLimiterQueue.js": [
		2860
	],
	"./RateLimiterRedis": [
		4336
	],
	"./RateLimiterRedis.js": [
		4336
	],
	"./RateLimiterRes": [
		449
	],
	"./RateLimiterRes.js": [
		449
	],
	"./RateLimiterSQLite": [
		3283
	],
	"./RateLimiterSQLite.js": [
		3283
	],
	"./RateLimiterStoreAbstract": [
		5140
	],
	"./RateLimiterStoreAbstract.js": [
		5140
	],
	"./RateLimiterUnion": [
		244
	],
	"./RateLimiterUnion.js": [
		244
	],
	"./RateLimiterValkey": [
		2193
	],
	"./RateLimiterValkey.js": [
		2193
	],
	"./RateLimiterValkeyGlide": [
		3756
	],
	"./RateLimiterValkeyGlide.js": [
		3756
	],
	"./component/BlockedKeys": [
		8830
	],
	"./component/BlockedKeys/": [
		8830
	],
	"./component/BlockedKeys/BlockedKeys": [
		5202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		5202
	],
	"./component/BlockedKeys/index": [
		8830
	],
	"./component/BlockedKeys/index.js": [
		8830
	],
	"./component/MemoryStorage": [
		8178,
		178
	],
	"./component/MemoryStorage/": [
		8178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		1534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		1534
	],
	"./component/MemoryStorage/Record": [
		749
	],
	"./component/MemoryStorage/Record.js": [
		749
	],
	"./component/MemoryStorage/index": [
		8178,
		178
	],
	"./component/MemoryStorage/index.js": [
		8178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		3184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		3184
	],
	"./component/RateLimiterQueueError": [
		7948
	],
	"./component/RateLimiterQueueError.js": [
		7948
	],
	"./component/RateLimiterSetupError": [
		2922
	],
	"./component/RateLimiterSetupError.js": [
		2922
	],
	"./constants": [
		3880,
		880
	],
	"./constants.js": [
		3880,
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
webpackAsyncContext.id = 5407;
module.exports = webpackAsyncContext;

/***/ })

};
