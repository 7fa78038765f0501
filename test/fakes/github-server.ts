// A fake GitHub REST API on 127.0.0.1 for exactly the endpoints the GitHub
// forge calls, answering with GitHub's status codes and error bodies. Git
// objects and branches live in a real bare repository (GitRepo); pull
// requests, labels and comments in memory. Helpers simulate what people and
// other runs do: close or merge a PR, label it, delete a branch, race a create.
// The API works on the repository through its long-lived git processes
// (GitRepo.batch); the helpers for tests use one git command each.

import { FakeHttpServer, paginate, type FakeRequest, type FakeResponse } from './fake-http.js'
import { GitRepo, type Identity } from './git-repo.js'

export const GITHUB_TOKEN = 'ghs_fakeInstallationToken0123456789abcdef'
export const ACTIONS_BOT: Identity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }
/** GitHub commits API-made, signed commits as "GitHub" (web-flow). */
export const WEB_FLOW: Identity = { name: 'GitHub', email: 'noreply@github.com' }
const DOCS = 'https://docs.github.com/rest'
const MAX_BODY = 65_536

export interface FakePull {
  number: number
  title: string
  body: string
  head: string
  base: string
  state: 'open' | 'closed'
  merged: boolean
  draft: boolean
  labels: string[]
  /** Requested reviewers now: a set, as GitHub keeps it ("team:slug" for teams). */
  reviewers: string[]
  /** Every review request in order, repeats included ("team:slug" for teams). */
  reviewRequests: string[]
  /** Submitted reviews: who, on which head. */
  reviews: FakeReview[]
  /** Set while auto-merge is on: the merge method. */
  autoMerge: string | null
  /** Head sha frozen when the PR was closed. */
  closedSha: string | null
  user: string
  /** Owner of the head repository when the PR comes from a fork. */
  headOwner?: string
}

/** An issue (not a pull request): they share the number space, as on GitHub. */
export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  user: string
  /** Who last edited the body (userContentEdits). */
  editor?: string
}

export interface FakeReview {
  id: number
  user: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commitId: string
}

/** The merge settings of the repository (Settings → General); GitHub returns them to tokens with push access. */
export interface RepoSettings {
  allow_auto_merge: boolean
  allow_merge_commit: boolean
  allow_squash_merge: boolean
  allow_rebase_merge: boolean
}

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: string
}

export class FakeGitHub {
  readonly pulls: FakePull[] = []
  readonly comments: FakeComment[] = []
  readonly issues: FakeIssue[] = []
  /** Repository permissions by login (default read), as the collaborator permission API answers. */
  readonly permissions: Record<string, string> = { maintainer: 'admin', 'github-actions[bot]': 'write' }
  private nextIssue = 1
  private nextComment = 1000
  /** Called before a pull request is created: a test can open a competing one here (a race). */
  beforeCreatePull: ((head: string) => void) | null = null
  readonly settings: RepoSettings = { allow_auto_merge: true, allow_merge_commit: true, allow_squash_merge: true, allow_rebase_merge: true }
  /** Whether a required check or review is pending on every pull request; without, GitHub refuses auto-merge ("clean status"). */
  requirementsPending = true
  private nextReview = 9000

  private constructor(readonly repo: GitRepo, readonly http: FakeHttpServer, readonly owner: string, readonly name: string) {}

  static async start(repo: GitRepo, owner = 'acme', name = 'inventory'): Promise<FakeGitHub> {
    const http = new FakeHttpServer(
      (req) => (req.headers.authorization === `token ${GITHUB_TOKEN}` || req.headers.authorization === `Bearer ${GITHUB_TOKEN}`
        ? null
        : { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } })
    )
    const fake = new FakeGitHub(repo, http, owner, name)
    fake.routes()
    await http.start()
    return fake
  }

  get url(): string {
    return this.http.url
  }

  stop(): Promise<void> {
    return this.http.stop()
  }

  // --- what people and other runs do -------------------------------------------------

  closePull(number: number): void {
    const pull = this.pull(number)
    pull.closedSha = this.headSha(pull)
    pull.state = 'closed'
  }

  /** Squash-merges: the head's tree becomes a new commit on the base. */
  mergePull(number: number, deleteBranch = true): void {
    const pull = this.pull(number)
    const head = this.headSha(pull)
    const baseHead = this.repo.branchHead(pull.base)
    if (!head || !baseHead) throw new Error('cannot merge')
    const sha = this.repo.commitTree(this.repo.treeOf(head), [baseHead], `${pull.title} (#${pull.number})`, { name: 'Merger', email: 'merger@example.org' })
    this.repo.updateRef(`refs/heads/${pull.base}`, sha)
    pull.closedSha = head
    pull.state = 'closed'
    pull.merged = true
    if (deleteBranch) this.repo.deleteRef(`refs/heads/${pull.head}`)
  }

  addLabel(number: number, label: string): void {
    this.pull(number).labels.push(label)
  }

  /** A person submits a review of the current head: GitHub takes them off the requested reviewers. */
  submitReview(number: number, user: string, state: FakeReview['state'] = 'APPROVED'): void {
    const pull = this.pull(number)
    const head = this.headSha(pull)
    if (!head) throw new Error('no head to review')
    pull.reviews.push({ id: this.nextReview++, user, state, commitId: head })
    pull.reviewers = pull.reviewers.filter((r) => r !== user)
  }

  /** A person removes every requested reviewer. */
  clearReviewers(number: number): void {
    this.pull(number).reviewers = []
  }

  /** Opens a PR directly, as another run or a person would. */
  insertPull(head: string, base: string, title = 'Opened elsewhere', body = '', headOwner?: string): FakePull {
    const pull: FakePull = {
      number: this.nextIssue++, title, body, head, base, state: 'open', merged: false, draft: false, labels: [], reviewers: [], reviewRequests: [], reviews: [], autoMerge: null,
      closedSha: null, user: 'someone',
      ...(headOwner ? { headOwner, closedSha: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0' } : {})
    }
    this.pulls.push(pull)
    return pull
  }

  addComment(issue: number, body: string, user = 'someone'): void {
    this.comments.push({ id: this.nextComment++, issue, body, user })
  }

  pullsFor(branch: string): FakePull[] {
    return this.pulls.filter((p) => p.head === branch)
  }

  commentsOn(number: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === number)
  }

  // --- the API -----------------------------------------------------------------------

  private routes(): void {
    const r = `^/repos/${this.owner}/${this.name}`
    const h = this.http
    h.route('GET', new RegExp(`${r}$`), () => ({ status: 200, body: this.repoJson() }))
    h.route('GET', /^\/user$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } }))
    h.route('GET', new RegExp(`${r}/git/ref/heads/(.+)$`), (_req, [branch]) => this.getRef(branch))
    h.route('GET', new RegExp(`${r}/git/commits/([0-9a-f]{40})$`), async (_req, [sha]) =>
      (await this.git.hasObject(sha, 'commit')) ? { status: 200, body: await this.commitJson(sha) } : this.notFound())
    h.route('POST', new RegExp(`${r}/git/blobs$`), (req) => this.createBlob(req))
    h.route('POST', new RegExp(`${r}/git/trees$`), (req) => this.createTree(req))
    h.route('POST', new RegExp(`${r}/git/commits$`), (req) => this.createCommit(req))
    h.route('POST', new RegExp(`${r}/git/refs$`), (req) => this.createRef(req))
    h.route('PATCH', new RegExp(`${r}/git/refs/heads/(.+)$`), (req, [branch]) => this.updateRef(req, branch))
    h.route('DELETE', new RegExp(`${r}/git/refs/heads/(.+)$`), (_req, [branch]) => this.deleteRef(branch))
    h.route('GET', new RegExp(`${r}/compare/(.+)\\.\\.\\.(.+)$`), (_req, [base, head]) => this.compare(base, head))
    h.route('GET', new RegExp(`${r}/pulls$`), async (req) => this.listPulls(req))
    h.route('POST', new RegExp(`${r}/pulls$`), (req) => this.createPull(req))
    h.route('PATCH', new RegExp(`${r}/pulls/(\\d+)$`), (req, [n]) => this.updatePull(req, Number(n)))
    h.route('POST', new RegExp(`${r}/pulls/(\\d+)/requested_reviewers$`), (req, [n]) => this.requestReviewers(req, Number(n)))
    h.route('GET', new RegExp(`${r}/pulls/(\\d+)/reviews$`), (req, [n]) => {
      const pull = this.pulls.find((p) => p.number === Number(n))
      if (!pull) return this.notFound()
      return paginate(pull.reviews.map((rv) => this.reviewJson(pull, rv)), req, this.url, { defaultPerPage: 30, maxPerPage: 100 })
    })
    h.route('POST', /^\/graphql$/, (req) => this.graphql(req))
    h.route('GET', new RegExp(`${r}/collaborators/([^/]+)/permission$`), (_req, [login]) =>
      ({ status: 200, body: { permission: this.permissions[login] ?? 'read', role_name: this.permissions[login] ?? 'read', user: { login } } }))
    h.route('POST', new RegExp(`${r}/issues/(\\d+)/labels$`), (req, [n]) => this.addLabels(req, Number(n)))
    h.route('DELETE', new RegExp(`${r}/issues/(\\d+)/labels/(.+)$`), (_req, [n, label]) => this.removeLabel(Number(n), label))
    h.route('GET', new RegExp(`${r}/issues$`), (req) => this.listIssues(req))
    h.route('POST', new RegExp(`${r}/issues$`), (req) => this.createIssue(req))
    h.route('PATCH', new RegExp(`${r}/issues/(\\d+)$`), (req, [n]) => this.updateIssue(req, Number(n)))
    h.route('GET', new RegExp(`${r}/issues/(\\d+)/comments$`), (req, [n]) =>
      paginate(this.commentsOn(Number(n)).map((c) => this.commentJson(c)), req, this.url, { defaultPerPage: 30, maxPerPage: 100 }))
    h.route('POST', new RegExp(`${r}/issues/(\\d+)/comments$`), (req, [n]) => this.createComment(req, Number(n)))
    h.route('PATCH', new RegExp(`${r}/issues/comments/(\\d+)$`), (req, [id]) => this.updateComment(req, Number(id)))
  }

  private get git() {
    return this.repo.batch
  }

  private async getRef(branch: string): Promise<FakeResponse> {
    const sha = await this.git.branchHead(branch)
    return sha ? { status: 200, body: this.refJson(branch, sha) } : this.notFound()
  }

  private async createBlob(req: FakeRequest): Promise<FakeResponse> {
    const { content, encoding } = req.body as { content?: string; encoding?: string }
    if (typeof content !== 'string') return this.invalid('Invalid request.\n\n"content" wasn\'t supplied.')
    const sha = await this.git.writeBlob(encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8'))
    return { status: 201, body: { sha, url: `${this.url}/repos/${this.owner}/${this.name}/git/blobs/${sha}` } }
  }

  private async createTree(req: FakeRequest): Promise<FakeResponse> {
    const { base_tree: baseTree, tree } = req.body as { base_tree?: string; tree?: { path: string; mode: string; type: string; sha?: string | null; content?: string }[] }
    if (!Array.isArray(tree)) return this.invalid('Invalid request.\n\n"tree" wasn\'t supplied.')
    if (baseTree && !(await this.git.hasObject(baseTree, 'tree'))) return this.invalid('Invalid tree info', 422)
    const existing = new Set(baseTree ? (await this.git.files(baseTree)).keys() : [])
    const edits: { path: string; mode: string; sha: string | null }[] = []
    for (const entry of tree) {
      if (entry.sha === null) {
        // GitHub refuses to delete what is not there.
        if (!existing.has(entry.path)) return { status: 422, body: { message: 'GitRPC::BadObjectState', documentation_url: DOCS, status: '422' } }
        edits.push({ path: entry.path, mode: entry.mode, sha: null })
      } else if (typeof entry.content === 'string') {
        edits.push({ path: entry.path, mode: entry.mode, sha: await this.git.writeBlob(entry.content) })
      } else if (entry.sha && (await this.git.hasObject(entry.sha, 'blob'))) {
        edits.push({ path: entry.path, mode: entry.mode, sha: entry.sha })
      } else {
        return this.invalid('tree.sha is not a valid blob', 422)
      }
    }
    const sha = await this.git.writeTree(baseTree ?? null, edits)
    return { status: 201, body: { sha, url: `${this.url}/repos/${this.owner}/${this.name}/git/trees/${sha}`, tree: [], truncated: false } }
  }

  private async createCommit(req: FakeRequest): Promise<FakeResponse> {
    const body = req.body as { message?: string; tree?: string; parents?: string[]; author?: Identity; committer?: Identity }
    if (!body.message || !body.tree || !(await this.git.hasObject(body.tree, 'tree'))) return this.invalid('Tree SHA does not exist', 422)
    for (const parent of body.parents ?? []) if (!(await this.git.hasObject(parent, 'commit'))) return this.invalid('Parent SHA does not exist or is not a commit object', 422)
    // Without an author the token's identity is used and GitHub signs the commit as web-flow.
    const author = body.author ?? ACTIONS_BOT
    const committer = body.committer ?? (body.author ? body.author : WEB_FLOW)
    const sha = await this.git.writeCommit(body.tree, body.parents ?? [], body.message, author, committer, this.repo.nextDate())
    return { status: 201, body: await this.commitJson(sha) }
  }

  private async createRef(req: FakeRequest): Promise<FakeResponse> {
    const { ref, sha } = req.body as { ref?: string; sha?: string }
    if (!ref?.startsWith('refs/') || ref.split('/').length < 3) return this.invalid('Reference name must start with \'refs/\' and have at least two slashes.', 422)
    if (!sha || !(await this.git.hasObject(sha, 'commit'))) return this.invalid('Object does not exist', 422)
    if (await this.git.resolve(ref)) return this.invalid('Reference already exists', 422)
    await this.git.updateRef(ref, sha)
    return { status: 201, body: this.refJson(ref.replace(/^refs\/heads\//, ''), sha) }
  }

  private async updateRef(req: FakeRequest, branch: string): Promise<FakeResponse> {
    const { sha, force } = req.body as { sha?: string; force?: boolean }
    const current = await this.git.branchHead(branch)
    if (!current) return this.invalid('Reference does not exist', 422)
    if (!sha || !(await this.git.hasObject(sha, 'commit'))) return this.invalid('Object does not exist', 422)
    if (!force && !(await this.git.isAncestor(current, sha))) return this.invalid('Update is not a fast forward', 422)
    await this.git.updateRef(`refs/heads/${branch}`, sha)
    return { status: 200, body: this.refJson(branch, sha) }
  }

  private async deleteRef(branch: string): Promise<FakeResponse> {
    if (!(await this.git.branchHead(branch))) return this.invalid('Reference does not exist', 422)
    // Deleting a head branch closes its open pull requests.
    for (const p of this.pulls.filter((p) => p.head === branch && p.state === 'open')) {
      p.closedSha = await this.headShaNow(p)
      p.state = 'closed'
    }
    await this.git.deleteRef(`refs/heads/${branch}`)
    return { status: 204 }
  }

  private async compare(base: string, head: string): Promise<FakeResponse> {
    const b = await this.git.resolve(base)
    const hd = await this.git.resolve(head)
    if (!b || !hd) return this.notFound()
    const mergeBase = (await this.git.mergeBase(b, hd)) ?? b
    const commits = await this.git.commitsBetween(mergeBase, hd)
    const behind = (await this.git.commitsBetween(mergeBase, b)).length
    const status = commits.length === 0 ? (behind === 0 ? 'identical' : 'behind') : behind === 0 ? 'ahead' : 'diverged'
    return {
      status: 200,
      body: {
        status, ahead_by: commits.length, behind_by: behind, total_commits: commits.length, merge_base_commit: await this.commitJson(mergeBase),
        files: (await this.git.changedPaths(mergeBase, hd)).slice(0, 300).map((filename) => ({ filename, status: 'modified' })),
        commits: commits.slice(0, 250).map((c) => ({
          sha: c.sha,
          commit: { author: { ...c.author, date: c.date }, committer: { ...c.committer, date: c.date }, message: c.message },
          author: loginFor(c.author), committer: loginFor(c.committer), parents: c.parents.map((p) => ({ sha: p }))
        }))
      }
    }
  }

  private async listPulls(req: FakeRequest): Promise<FakeResponse> {
    const state = req.query.get('state') ?? 'open'
    const head = req.query.get('head')
    const base = req.query.get('base')
    const pulls = this.pulls
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => !head || `${p.headOwner ?? this.owner}:${p.head}` === head)
      .filter((p) => !base || p.base === base)
      .sort((a, b) => b.number - a.number)
    const items = []
    for (const p of pulls) items.push(await this.pullJson(p))
    return paginate(items, req, this.url, { defaultPerPage: 30, maxPerPage: 100 })
  }

  private async createPull(req: FakeRequest): Promise<FakeResponse> {
    const body = req.body as { title?: string; head?: string; base?: string; body?: string; draft?: boolean }
    if (!body.title || !body.head || !body.base) return this.validation([{ resource: 'PullRequest', code: 'missing_field', field: !body.title ? 'title' : !body.head ? 'head' : 'base' }])
    this.beforeCreatePull?.(body.head)
    const head = await this.git.branchHead(body.head)
    const base = await this.git.branchHead(body.base)
    if (!head) return this.validation([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
    if (!base) return this.validation([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
    if (this.pulls.some((p) => p.state === 'open' && !p.headOwner && p.head === body.head && p.base === body.base)) {
      return this.validation([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${this.owner}:${body.head}.` }])
    }
    if ((await this.git.commitsBetween((await this.git.mergeBase(base, head)) ?? base, head)).length === 0) {
      return this.validation([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${body.head}` }])
    }
    if ((body.body ?? '').length > MAX_BODY) {
      return this.validation([{ resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` }])
    }
    const pull: FakePull = {
      number: this.nextIssue++, title: body.title, body: body.body ?? '', head: body.head, base: body.base, state: 'open', merged: false,
      draft: body.draft ?? false, labels: [], reviewers: [], reviewRequests: [], reviews: [], autoMerge: null, closedSha: null, user: ACTIONS_BOT.name
    }
    this.pulls.push(pull)
    return { status: 201, body: await this.pullJson(pull) }
  }

  private async updatePull(req: FakeRequest, number: number): Promise<FakeResponse> {
    const pull = this.pulls.find((p) => p.number === number)
    if (!pull) return this.notFound()
    const body = req.body as { title?: string; body?: string; state?: 'open' | 'closed' }
    if ((body.body ?? '').length > MAX_BODY) {
      return this.validation([{ resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` }])
    }
    if (body.state === 'open' && pull.state === 'closed') {
      if (pull.merged) return this.validation([{ resource: 'PullRequest', code: 'custom', field: 'state', message: 'state cannot be changed. The pull request has been merged.' }])
      const head = await this.git.branchHead(pull.head)
      if (!head || head !== pull.closedSha) {
        return this.validation([{ resource: 'PullRequest', code: 'custom', field: 'state', message: `state cannot be changed. The ${pull.head} branch was force-pushed or recreated.` }])
      }
      pull.state = 'open'
      pull.closedSha = null
    } else if (body.state === 'closed' && pull.state === 'open') {
      pull.closedSha = await this.headShaNow(pull)
      pull.state = 'closed'
    }
    if (body.title !== undefined) pull.title = body.title
    if (body.body !== undefined) pull.body = body.body
    return { status: 200, body: await this.pullJson(pull) }
  }

  private async requestReviewers(req: FakeRequest, number: number): Promise<FakeResponse> {
    const pull = this.pulls.find((p) => p.number === number)
    if (!pull) return this.notFound()
    const { reviewers = [], team_reviewers: teams = [] } = req.body as { reviewers?: string[]; team_reviewers?: string[] }
    if (reviewers.includes(pull.user)) return this.invalid('Review cannot be requested from pull request author.', 422)
    if (reviewers.some((r) => r.startsWith('ghost'))) {
      return this.invalid(`Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${this.owner}/${this.name} repository.`, 422)
    }
    const requested = [...reviewers, ...teams.map((t) => `team:${t}`)]
    pull.reviewRequests.push(...requested)
    for (const r of requested) if (!pull.reviewers.includes(r)) pull.reviewers.push(r)
    return { status: 201, body: await this.pullJson(pull) }
  }

  /** GraphQL (https://docs.github.com/graphql): only the enablePullRequestAutoMerge mutation is played; anything else fails the test. */
  private async graphql(req: FakeRequest): Promise<FakeResponse> {
    const { query, variables = {} } = req.body as { query?: string; variables?: Record<string, unknown> }
    if (typeof query === 'string' && /^\s*query\b[^{]*\{\s*repository\(owner: \$owner, name: \$name\)\s*\{\s*issue\(number: \$number\)\s*\{\s*userContentEdits\(last: 1\)/.test(query)) {
      const issue = this.issues.find((i) => i.number === variables['number'])
      if (!issue) return { status: 200, body: { data: { repository: { issue: null } }, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to an Issue with the number of ${String(variables['number'])}.` }] } }
      return { status: 200, body: { data: { repository: { issue: { userContentEdits: { nodes: issue.editor ? [{ editor: { login: issue.editor } }] : [] } } } } } }
    }
    if (typeof query !== 'string' || !/^\s*mutation\b[^{]*\{\s*enablePullRequestAutoMerge\(/.test(query)) throw new Error(`unknown GraphQL operation: ${String(query)}`)
    const refuse = (type: string, message: string): FakeResponse =>
      ({ status: 200, body: { data: { enablePullRequestAutoMerge: null }, errors: [{ type, path: ['enablePullRequestAutoMerge'], locations: [{ line: 2, column: 3 }], message }] } })
    const { pullRequestId, expectedHeadOid, mergeMethod = 'MERGE' } = variables as { pullRequestId?: string; expectedHeadOid?: string; mergeMethod?: string | null }
    const pull = this.pulls.find((p) => nodeId(p.number) === pullRequestId)
    if (!pull) return refuse('NOT_FOUND', `Could not resolve to a node with the global id of '${String(pullRequestId)}'.`)
    if (!this.settings.allow_auto_merge) return refuse('UNPROCESSABLE', 'Pull request Auto merge is not allowed for this repository')
    const method = mergeMethod ?? 'MERGE'
    const allowed = { MERGE: this.settings.allow_merge_commit, SQUASH: this.settings.allow_squash_merge, REBASE: this.settings.allow_rebase_merge }[method]
    if (allowed === undefined) throw new Error(`invalid PullRequestMergeMethod ${method}`)
    if (!allowed) return refuse('UNPROCESSABLE', `Pull request Merge method ${method.toLowerCase()} is not allowed on this repository`)
    if (pull.state !== 'open') return refuse('UNPROCESSABLE', 'Pull request is closed')
    if (expectedHeadOid !== undefined && expectedHeadOid !== (await this.headShaNow(pull))) return refuse('UNPROCESSABLE', 'Head sha didn\'t match expected head sha')
    if (!this.requirementsPending) return refuse('UNPROCESSABLE', 'Pull request Pull request is in clean status')
    pull.autoMerge = method
    return { status: 200, body: { data: { enablePullRequestAutoMerge: { pullRequest: { autoMergeRequest: { enabledAt: '2024-01-01T00:00:00Z' } } } } } }
  }

  private addLabels(req: FakeRequest, number: number): FakeResponse {
    const pull = this.pulls.find((p) => p.number === number)
    if (!pull) return this.notFound()
    const { labels = [] } = req.body as { labels?: string[] }
    for (const l of labels) if (!pull.labels.some((x) => x.toLowerCase() === l.toLowerCase())) pull.labels.push(l)
    return { status: 200, body: pull.labels.map(labelJson) }
  }

  private removeLabel(number: number, label: string): FakeResponse {
    const pull = this.pulls.find((p) => p.number === number)
    if (!pull) return this.notFound()
    const i = pull.labels.findIndex((l) => l.toLowerCase() === label.toLowerCase())
    if (i < 0) return { status: 404, body: { message: 'Label does not exist', documentation_url: DOCS, status: '404' } }
    pull.labels.splice(i, 1)
    return { status: 200, body: pull.labels.map(labelJson) }
  }

  /** A person edits an issue's body (ticks a box). */
  editIssue(number: number, body: string, login: string): void {
    const issue = this.issues.find((i) => i.number === number)
    if (!issue) throw new Error(`no issue #${number}`)
    issue.body = body
    issue.editor = login
  }

  // --- issues: the list also holds pull requests, with a `pull_request` key, as GitHub's does ---

  private listIssues(req: FakeRequest): Promise<FakeResponse> | FakeResponse {
    const state = req.query.get('state') ?? 'open'
    const labels = (req.query.get('labels') ?? '').split(',').filter(Boolean)
    const issues = this.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l))).map((i) => this.issueJson(i))
    const pulls = this.pulls.filter((p) => (state === 'all' || p.state === state) && labels.every((l) => p.labels.includes(l)))
      .map((p) => ({ ...this.issueJson({ number: p.number, title: p.title, body: p.body, state: p.state, labels: p.labels, user: p.user }), pull_request: { url: `${this.url}/pulls/${p.number}` } }))
    return paginate([...issues, ...pulls].sort((a, b) => b.number - a.number), req, this.url, { defaultPerPage: 30, maxPerPage: 100 })
  }

  private createIssue(req: FakeRequest): FakeResponse {
    const { title, body, labels } = req.body as { title?: string; body?: string; labels?: string[] }
    if (!title) return this.validation([{ resource: 'Issue', code: 'missing_field', field: 'title' }])
    if ((body ?? '').length > MAX_BODY) return this.validation([{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }])
    const issue: FakeIssue = { number: this.nextIssue++, title, body: body ?? '', state: 'open', labels: [...(labels ?? [])], user: ACTIONS_BOT.name }
    this.issues.push(issue)
    return { status: 201, body: this.issueJson(issue) }
  }

  private updateIssue(req: FakeRequest, number: number): FakeResponse {
    const issue = this.issues.find((i) => i.number === number)
    if (!issue) return this.notFound()
    const { title, body, state } = req.body as { title?: string; body?: string; state?: 'open' | 'closed' }
    if ((body ?? '').length > MAX_BODY) return this.validation([{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }])
    if (title !== undefined) issue.title = title
    if (body !== undefined) issue.body = body
    if (state !== undefined) issue.state = state
    return { status: 200, body: this.issueJson(issue) }
  }

  private issueJson(i: FakeIssue) {
    return { number: i.number, html_url: `https://github.com/${this.owner}/${this.name}/issues/${i.number}`, title: i.title, body: i.body, state: i.state, labels: i.labels.map((name) => ({ name })), user: { login: i.user } }
  }

  private createComment(req: FakeRequest, number: number): FakeResponse {
    if (!this.pulls.some((p) => p.number === number) && !this.issues.some((i) => i.number === number)) return this.notFound()
    const { body } = req.body as { body?: string }
    if (!body) return this.validation([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }])
    const comment: FakeComment = { id: this.nextComment++, issue: number, body, user: ACTIONS_BOT.name }
    this.comments.push(comment)
    return { status: 201, body: this.commentJson(comment) }
  }

  private updateComment(req: FakeRequest, id: number): FakeResponse {
    const comment = this.comments.find((c) => c.id === id)
    if (!comment) return this.notFound()
    comment.body = (req.body as { body?: string }).body ?? comment.body
    return { status: 200, body: this.commentJson(comment) }
  }

  // --- JSON shapes -----------------------------------------------------------------

  private pull(number: number): FakePull {
    const pull = this.pulls.find((p) => p.number === number)
    if (!pull) throw new Error(`no pull request #${number}`)
    return pull
  }

  headSha(pull: FakePull): string | null {
    if (pull.headOwner) return pull.closedSha
    return pull.state === 'closed' ? pull.closedSha : this.repo.branchHead(pull.head) ?? pull.closedSha
  }

  /** headSha through the API's git processes. */
  private async headShaNow(pull: FakePull): Promise<string | null> {
    if (pull.headOwner) return pull.closedSha
    return pull.state === 'closed' ? pull.closedSha : (await this.git.branchHead(pull.head)) ?? pull.closedSha
  }

  private repoJson() {
    return { id: 1, name: this.name, full_name: `${this.owner}/${this.name}`, default_branch: 'main', html_url: `https://github.com/${this.owner}/${this.name}`, private: false, ...this.settings }
  }

  private refJson(branch: string, sha: string) {
    return { ref: `refs/heads/${branch}`, node_id: 'REF', url: `${this.url}/repos/${this.owner}/${this.name}/git/refs/heads/${branch}`, object: { sha, type: 'commit', url: '' } }
  }

  private async commitJson(sha: string) {
    const c = await this.git.commit(sha)
    return {
      sha, node_id: 'C', url: '', html_url: '', message: c.message,
      author: { ...c.author, date: c.date }, committer: { ...c.committer, date: c.date },
      tree: { sha: c.tree, url: '' }, parents: c.parents.map((p) => ({ sha: p, url: '', html_url: '' })),
      verification: { verified: c.committer.email === WEB_FLOW.email, reason: c.committer.email === WEB_FLOW.email ? 'valid' : 'unsigned', signature: null, payload: null }
    }
  }

  private async pullJson(p: FakePull) {
    const repo = { full_name: `${this.owner}/${this.name}`, name: this.name, owner: { login: this.owner } }
    const headSha = await this.headShaNow(p)
    const baseSha = await this.git.branchHead(p.base)
    return {
      id: p.number * 100, node_id: nodeId(p.number), number: p.number, state: p.state, title: p.title, body: p.body, draft: p.draft,
      auto_merge: p.autoMerge ? { enabled_by: { login: ACTIONS_BOT.name }, merge_method: p.autoMerge.toLowerCase(), commit_title: p.title, commit_message: '' } : null,
      html_url: `https://github.com/${this.owner}/${this.name}/pull/${p.number}`, url: `${this.url}/repos/${this.owner}/${this.name}/pulls/${p.number}`,
      merged_at: p.merged ? '2024-01-01T00:00:00Z' : null, user: { login: p.user },
      labels: p.labels.map(labelJson), requested_reviewers: p.reviewers.filter((r) => !r.startsWith('team:')).map((login) => ({ login })),
      head: { ref: p.head, sha: headSha ?? '', label: `${p.headOwner ?? this.owner}:${p.head}`, repo: p.headOwner ? { ...repo, full_name: `${p.headOwner}/${this.name}`, owner: { login: p.headOwner } } : repo },
      base: { ref: p.base, sha: baseSha ?? '', label: `${this.owner}:${p.base}`, repo }
    }
  }

  private reviewJson(p: FakePull, r: FakeReview) {
    return {
      id: r.id, node_id: `PRR_${r.id}`, user: { login: r.user }, body: '', state: r.state, commit_id: r.commitId,
      submitted_at: '2024-01-01T00:00:00Z', html_url: `https://github.com/${this.owner}/${this.name}/pull/${p.number}#pullrequestreview-${r.id}`
    }
  }

  private commentJson(c: FakeComment) {
    return { id: c.id, body: c.body, user: { login: c.user }, html_url: `https://github.com/${this.owner}/${this.name}/pull/${c.issue}#issuecomment-${c.id}` }
  }

  private notFound(): FakeResponse {
    return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } }
  }

  private invalid(message: string, status = 400): FakeResponse {
    return { status, body: { message, documentation_url: DOCS, status: String(status) } }
  }

  private validation(errors: unknown[], message = 'Validation Failed'): FakeResponse {
    return { status: 422, body: { message, errors, documentation_url: DOCS, status: '422' } }
  }
}

/** GraphQL ids of pull requests: opaque strings, one per pull request. */
function nodeId(number: number): string {
  return `PR_kwDOfake${number}`
}

function labelJson(name: string) {
  return { id: name.length, name, color: 'ededed', default: false }
}

function loginFor(who: Identity): { login: string } | null {
  if (who.email === ACTIONS_BOT.email) return { login: 'github-actions[bot]' }
  if (who.email === WEB_FLOW.email) return { login: 'web-flow' }
  return null
}
