// A fake GitLab REST API (v4) on 127.0.0.1 for exactly the endpoints the
// GitLab forge calls, with GitLab's status codes, error bodies and pagination
// headers (Link, x-next-page, x-total). Repository state lives in a real bare
// repository (GitRepo, worked on by the API through its long-lived git
// processes); merge requests and notes in memory.

import { FakeHttpServer, paginate, type FakeRequest, type FakeResponse } from './fake-http.js'
import { GitRepo, type Identity } from './git-repo.js'

export const GITLAB_TOKEN = 'glpat-fakeProjectAccessToken0123456789'
export const PROJECT_PATH = 'acme/inventory'
export const PROJECT_ID = 42
export const TOKEN_USER: Identity & { id: number; username: string } = { id: 7, username: 'project_42_bot', name: 'poi-gitops bot', email: 'project_42_bot@noreply.gitlab.example' }
/** People of the project with their access level (30 Developer may write; 20 Reporter may only edit issues). */
const PEOPLE = [
  { id: 21, username: 'maintainer', name: 'Maintainer', email: 'm@example.org', access: 40 },
  { id: 22, username: 'reporter', name: 'Reporter', email: 'rep@example.org', access: 20 }
]
const USERS = [
  TOKEN_USER,
  { id: 11, username: 'reviewer-one', name: 'Reviewer One', email: 'r1@example.org' },
  { id: 12, username: 'reviewer-two', name: 'Reviewer Two', email: 'r2@example.org' }
]
/** GitLab's auto-merge strategies (MergeStrategyEnum, in GraphQL's upper case). */
const STRATEGY_ENUM = ['MERGE_WHEN_PIPELINE_SUCCEEDS', 'MERGE_TRAIN', 'ADD_TO_MERGE_TRAIN_WHEN_PIPELINE_SUCCEEDS', 'MERGE_WHEN_CHECKS_PASS', 'ADD_TO_MERGE_TRAIN_WHEN_CHECKS_PASS']

export interface FakeMergeRequest {
  iid: number
  title: string
  description: string
  source: string
  target: string
  state: 'opened' | 'closed' | 'merged'
  labels: string[]
  reviewerIds: number[]
  /** Every reviewer added, in order, by username (a reviewer set again is not added again). */
  reviewerAdds: string[]
  /** Usernames whose approval stands. */
  approvedBy: string[]
  /** The auto-merge strategy while auto-merge is set. */
  autoMerge: string | null
  closedSha: string | null
  author: string
  createdAt: number
  /** A fork's project id when the MR comes from a fork. */
  sourceProjectId: number
}

export interface FakeNote {
  id: number
  iid: number
  body: string
  system: boolean
  author: string
}

/** An issue: issues have their own iid sequence on GitLab, and their own notes. */
export interface FakeIssue {
  iid: number
  title: string
  description: string
  state: 'opened' | 'closed'
  labels: string[]
}

export class FakeGitLab {
  readonly mergeRequests: FakeMergeRequest[] = []
  readonly notes: FakeNote[] = []
  readonly issues: FakeIssue[] = []
  readonly issueNotes: FakeNote[] = []
  private nextIssueIid = 1
  private nextIid = 1
  private nextNote = 500
  private tick = 0
  /** Called before a merge request is created: a test can open a competing one here (a race). */
  beforeCreateMergeRequest: ((source: string) => void) | null = null
  /**
   * The auto-merge strategies GitLab offers for an open merge request (availableAutoMergeStrategies):
   * by default as while a pipeline runs for its head; empty when nothing is pending.
   */
  autoMergeStrategies: string[] = ['merge_when_pipeline_succeeds']

  private constructor(readonly repo: GitRepo, readonly http: FakeHttpServer) {}

  static async start(repo: GitRepo): Promise<FakeGitLab> {
    const http = new FakeHttpServer(
      (req) => (req.headers['private-token'] === GITLAB_TOKEN ? null : { status: 401, body: { message: '401 Unauthorized' } })
    )
    const fake = new FakeGitLab(repo, http)
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

  closeMergeRequest(iid: number): void {
    const mr = this.mr(iid)
    mr.closedSha = this.headSha(mr)
    mr.state = 'closed'
    this.systemNote(iid, 'closed')
  }

  mergeMergeRequest(iid: number, deleteBranch = true): void {
    const mr = this.mr(iid)
    const head = this.headSha(mr)
    const baseHead = this.repo.branchHead(mr.target)
    if (!head || !baseHead) throw new Error('cannot merge')
    const sha = this.repo.commitTree(this.repo.treeOf(head), [baseHead], mr.title, { name: 'Merger', email: 'merger@example.org' })
    this.repo.updateRef(`refs/heads/${mr.target}`, sha)
    mr.closedSha = head
    mr.state = 'merged'
    if (deleteBranch) this.repo.deleteRef(`refs/heads/${mr.source}`)
  }

  addLabel(iid: number, label: string): void {
    this.mr(iid).labels.push(label)
  }

  approve(iid: number, username: string): void {
    this.mr(iid).approvedBy.push(username)
  }

  /** A person removes every reviewer. */
  clearReviewers(iid: number): void {
    this.mr(iid).reviewerIds = []
  }

  insertMergeRequest(source: string, target: string, title = 'Opened elsewhere', description = '', sourceProjectId = PROJECT_ID): FakeMergeRequest {
    const mr: FakeMergeRequest = {
      iid: this.nextIid++, title, description, source, target, state: 'opened', labels: [], reviewerIds: [], reviewerAdds: [], approvedBy: [], autoMerge: null,
      closedSha: null, author: 'someone',
      createdAt: this.tick++, sourceProjectId
    }
    this.mergeRequests.push(mr)
    return mr
  }

  addNote(iid: number, body: string, author = 'someone'): void {
    this.notes.push({ id: this.nextNote++, iid, body, system: false, author })
  }

  mergeRequestsFor(branch: string): FakeMergeRequest[] {
    return this.mergeRequests.filter((m) => m.source === branch)
  }

  notesOn(iid: number): FakeNote[] {
    return this.notes.filter((n) => n.iid === iid && !n.system)
  }

  headSha(mr: FakeMergeRequest): string | null {
    if (mr.sourceProjectId !== PROJECT_ID) return 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0'
    return mr.state === 'opened' ? this.repo.branchHead(mr.source) ?? mr.closedSha : mr.closedSha
  }

  /** headSha through the API's git processes. */
  private async headShaNow(mr: FakeMergeRequest): Promise<string | null> {
    if (mr.sourceProjectId !== PROJECT_ID) return 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0'
    return mr.state === 'opened' ? (await this.git.branchHead(mr.source)) ?? mr.closedSha : mr.closedSha
  }

  // --- the API -----------------------------------------------------------------------

  private routes(): void {
    const p = `^/api/v4/projects/(?:${PROJECT_ID}|${PROJECT_PATH.replace('/', '\\/')})`
    const h = this.http
    h.route('GET', new RegExp(`${p}$`), () => ({ status: 200, body: this.projectJson() }))
    h.route('GET', /^\/api\/v4\/user$/, () => ({ status: 200, body: { ...userJson(TOKEN_USER), email: TOKEN_USER.email, commit_email: TOKEN_USER.email } }))
    h.route('GET', /^\/api\/v4\/users$/, (req) => ({ status: 200, body: USERS.filter((u) => u.username === req.query.get('username')).map(userJson) }))
    h.route('GET', new RegExp(`${p}/repository/branches/(.+)$`), (_req, [branch]) => this.getBranch(branch))
    h.route('DELETE', new RegExp(`${p}/repository/branches/(.+)$`), (_req, [branch]) => this.deleteBranch(branch))
    h.route('POST', new RegExp(`${p}/repository/commits$`), (req) => this.createCommit(req))
    h.route('GET', new RegExp(`${p}/repository/compare$`), (req) => this.compare(req))
    h.route('GET', new RegExp(`${p}/repository/files/(.+)$`), (req, [path]) => this.getFile(req, path))
    h.route('GET', new RegExp(`${p}/merge_requests$`), (req) => this.listMergeRequests(req))
    h.route('POST', new RegExp(`${p}/merge_requests$`), (req) => this.createMergeRequest(req))
    h.route('PUT', new RegExp(`${p}/merge_requests/(\\d+)$`), (req, [iid]) => this.updateMergeRequest(req, Number(iid)))
    h.route('GET', new RegExp(`${p}/issues$`), (req) => {
      const state = req.query.get('state') ?? 'all'
      const labels = (req.query.get('labels') ?? '').split(',').filter(Boolean)
      const found = this.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l))).map((i) => this.issueJson(i))
      return paginate(found.reverse(), req, this.url, { defaultPerPage: 20, maxPerPage: 100, gitlabHeaders: true })
    })
    h.route('POST', new RegExp(`${p}/issues$`), (req) => {
      const { title, description, labels } = req.body as { title?: string; description?: string; labels?: string }
      if (!title) return badRequest('title is missing')
      if ((description ?? '').length > 1_048_576) return badRequest('description is too long (maximum is 1048576 characters)')
      const issue: FakeIssue = { iid: this.nextIssueIid++, title, description: description ?? '', state: 'opened', labels: (labels ?? '').split(',').filter(Boolean) }
      this.issues.push(issue)
      return { status: 201, body: this.issueJson(issue) }
    })
    h.route('PUT', new RegExp(`${p}/issues/(\\d+)$`), (req, [iid]) => {
      const issue = this.issues.find((i) => i.iid === Number(iid))
      if (!issue) return notFound('404 Issue Not Found')
      const { title, description, state_event: event } = req.body as { title?: string; description?: string; state_event?: 'close' | 'reopen' }
      if (title !== undefined) issue.title = title
      if (description !== undefined) issue.description = description
      if (event !== undefined) issue.state = event === 'close' ? 'closed' : 'opened'
      return { status: 200, body: this.issueJson(issue) }
    })
    h.route('GET', new RegExp(`${p}/members/all/(\\d+)$`), (_req, [id]) => {
      const person = PEOPLE.find((u) => u.id === Number(id))
      return person ? { status: 200, body: { ...userJson(person), access_level: person.access } } : notFound('404 Not found')
    })
    h.route('GET', new RegExp(`${p}/issues/(\\d+)/notes$`), (req, [iid]) => {
      if (!this.issues.some((i) => i.iid === Number(iid))) return notFound('404 Issue Not Found')
      const notes = this.issueNotes.filter((n) => n.iid === Number(iid)).sort((a, b) => b.id - a.id).map((n) => this.noteJson(n))
      return paginate(notes, req, this.url, { defaultPerPage: 20, maxPerPage: 100, gitlabHeaders: true })
    })
    h.route('POST', new RegExp(`${p}/issues/(\\d+)/notes$`), (req, [iid]) => {
      if (!this.issues.some((i) => i.iid === Number(iid))) return notFound('404 Issue Not Found')
      const { body } = req.body as { body?: string }
      if (!body) return badRequest('body is missing')
      const note: FakeNote = { id: this.nextNote++, iid: Number(iid), body, system: false, author: TOKEN_USER.username }
      this.issueNotes.push(note)
      return { status: 201, body: this.noteJson(note) }
    })
    h.route('PUT', new RegExp(`${p}/issues/(\\d+)/notes/(\\d+)$`), (req, [iid, id]) => {
      const note = this.issueNotes.find((n) => n.id === Number(id) && n.iid === Number(iid))
      if (!note) return notFound('404 Note Not Found')
      note.body = (req.body as { body?: string }).body ?? note.body
      return { status: 200, body: this.noteJson(note) }
    })
    h.route('GET', new RegExp(`${p}/merge_requests/(\\d+)/notes$`), (req, [iid]) => {
      if (!this.mergeRequests.some((m) => m.iid === Number(iid))) return notFound('Not found')
      const notes = this.notes.filter((n) => n.iid === Number(iid)).sort((a, b) => b.id - a.id).map((n) => this.noteJson(n))
      return paginate(notes, req, this.url, { defaultPerPage: 20, maxPerPage: 100, gitlabHeaders: true })
    })
    h.route('POST', new RegExp(`${p}/merge_requests/(\\d+)/notes$`), (req, [iid]) => this.createNote(req, Number(iid)))
    h.route('PUT', new RegExp(`${p}/merge_requests/(\\d+)/notes/(\\d+)$`), (req, [iid, id]) => this.updateNote(req, Number(iid), Number(id)))
    h.route('GET', new RegExp(`${p}/merge_requests/(\\d+)/approvals$`), (_req, [iid]) => {
      const mr = this.mergeRequests.find((m) => m.iid === Number(iid))
      if (!mr) return notFound('Not found')
      return {
        status: 200,
        body: {
          id: 1000 + mr.iid, iid: mr.iid, project_id: PROJECT_ID, title: mr.title, state: mr.state, approved: mr.approvedBy.length > 0,
          approvals_required: 0, approvals_left: 0, approved_by: mr.approvedBy.map((u) => ({ user: userJson(this.user(u)) }))
        }
      }
    })
    h.route('POST', /^\/api\/graphql$/, (req) => this.graphql(req))
  }

  private get git() {
    return this.repo.batch
  }

  private async getBranch(branch: string): Promise<FakeResponse> {
    const sha = await this.git.branchHead(branch)
    if (!sha) return notFound('Branch Not Found')
    return { status: 200, body: { name: branch, merged: false, protected: branch === 'main', default: branch === 'main', commit: await this.commitJson(sha), web_url: `${this.webUrl()}/-/tree/${branch}` } }
  }

  private async deleteBranch(branch: string): Promise<FakeResponse> {
    if (!(await this.git.branchHead(branch))) return notFound('Branch Not Found')
    if (branch === 'main') return { status: 400, body: { message: 'Cannot remove the default branch' } }
    await this.git.deleteRef(`refs/heads/${branch}`)
    return { status: 204 }
  }

  private async createCommit(req: FakeRequest): Promise<FakeResponse> {
    const body = req.body as {
      branch?: string; commit_message?: string; start_branch?: string; start_sha?: string; force?: boolean
      author_name?: string; author_email?: string
      actions?: { action: string; file_path: string; content?: string; encoding?: string }[]
    }
    if (!body.branch) return badRequest('branch is missing')
    if (!body.commit_message) return badRequest('commit_message is missing')
    if (!Array.isArray(body.actions) || body.actions.length === 0) return badRequest('actions is missing')
    const existing = await this.git.branchHead(body.branch)
    let parent: string | null
    if (body.start_sha) {
      if (!(await this.git.hasObject(body.start_sha, 'commit'))) return badRequest(`Invalid start_sha: ${body.start_sha}`)
      parent = body.start_sha
    } else if (body.start_branch) {
      parent = await this.git.branchHead(body.start_branch)
      if (!parent) return badRequest(`You can only create or edit files when you are on a branch`)
    } else {
      parent = existing
      if (!parent) return badRequest('You can only create or edit files when you are on a branch')
    }
    if (existing && (body.start_sha || body.start_branch) && !body.force) {
      return badRequest(`A branch called '${body.branch}' already exists. Switch to that branch in order to make changes`)
    }
    const files = new Set((await this.git.files(parent)).keys())
    const edits: { path: string; sha: string | null }[] = []
    for (const a of body.actions) {
      const content = a.encoding === 'base64' ? Buffer.from(a.content ?? '', 'base64') : Buffer.from(a.content ?? '', 'utf8')
      if (a.action === 'create') {
        if (files.has(a.file_path)) return badRequest('A file with this name already exists')
        edits.push({ path: a.file_path, sha: await this.git.writeBlob(content) })
      } else if (a.action === 'update') {
        if (!files.has(a.file_path)) return badRequest("A file with this name doesn't exist")
        edits.push({ path: a.file_path, sha: await this.git.writeBlob(content) })
      } else if (a.action === 'delete') {
        if (!files.has(a.file_path)) return badRequest("A file with this name doesn't exist")
        edits.push({ path: a.file_path, sha: null })
      } else {
        return badRequest('actions[0][action] does not have a valid value')
      }
    }
    const tree = await this.git.writeTree(await this.git.treeOf(parent), edits)
    const author = body.author_name && body.author_email ? { name: body.author_name, email: body.author_email } : TOKEN_USER
    const sha = await this.git.writeCommit(tree, [parent], body.commit_message, author, TOKEN_USER, this.repo.nextDate())
    await this.git.updateRef(`refs/heads/${body.branch}`, sha)
    // New commits cancel auto-merge, so that they are reviewed before they merge.
    for (const mr of this.mergeRequests) if (mr.source === body.branch && mr.state === 'opened') mr.autoMerge = null
    return { status: 201, body: await this.commitJson(sha) }
  }

  private async compare(req: FakeRequest): Promise<FakeResponse> {
    const from = await this.git.resolve(req.query.get('from') ?? '')
    const to = await this.git.resolve(req.query.get('to') ?? '')
    if (!from || !to) return notFound('Not Found')
    const straight = req.query.get('straight') === 'true'
    const base = straight ? from : (await this.git.mergeBase(from, to)) ?? from
    const commits = await this.git.commitsBetween(base, to)
    const json = []
    for (const c of commits) json.push(await this.commitJson(c.sha))
    return {
      status: 200,
      body: {
        commit: commits.length > 0 ? await this.commitJson(to) : null, commits: json, compare_timeout: false, compare_same_ref: from === to,
        diffs: (await this.git.changedPaths(base, to)).map((path) => ({ old_path: path, new_path: path, diff: '', new_file: false, renamed_file: false, deleted_file: false }))
      }
    }
  }

  private async getFile(req: FakeRequest, path: string): Promise<FakeResponse> {
    const ref = req.query.get('ref')
    if (!ref) return badRequest('ref is missing')
    const blob = await this.git.blob(ref, path)
    if (!blob) return notFound('File Not Found')
    return { status: 200, body: { file_name: path.split('/').pop(), file_path: path, size: blob.length, encoding: 'base64', content: blob.toString('base64'), ref } }
  }

  private async listMergeRequests(req: FakeRequest): Promise<FakeResponse> {
    const state = req.query.get('state') ?? 'all'
    const source = req.query.get('source_branch')
    const target = req.query.get('target_branch')
    const found = this.mergeRequests
      .filter((m) => state === 'all' || m.state === state)
      .filter((m) => !source || m.source === source)
      .filter((m) => !target || m.target === target)
      .sort((a, b) => b.createdAt - a.createdAt)
    const items = []
    for (const m of found) items.push(await this.mrJson(m))
    return paginate(items, req, this.url, { defaultPerPage: 20, maxPerPage: 100, gitlabHeaders: true })
  }

  private async createMergeRequest(req: FakeRequest): Promise<FakeResponse> {
    const body = req.body as { source_branch?: string; target_branch?: string; title?: string; description?: string; labels?: string; reviewer_ids?: number[] }
    if (!body.source_branch || !body.target_branch || !body.title) return badRequest('source_branch, target_branch, title are missing')
    if (body.source_branch === body.target_branch) return { status: 409, body: { message: ["You can't use same project/branch for source and target"] } }
    this.beforeCreateMergeRequest?.(body.source_branch)
    if (!(await this.git.branchHead(body.source_branch))) return { status: 422, body: { message: ['Source branch does not exist'] } }
    const open = this.mergeRequests.find((m) => m.state === 'opened' && m.source === body.source_branch && m.target === body.target_branch && m.sourceProjectId === PROJECT_ID)
    if (open) return { status: 409, body: { message: [`Another open merge request already exists for this source branch: !${open.iid}`] } }
    if ((body.description ?? '').length > 1_000_000) return badRequest({ description: ['is too long (maximum is 1000000 characters)'] })
    const mr: FakeMergeRequest = {
      iid: this.nextIid++, title: body.title, description: body.description ?? '', source: body.source_branch, target: body.target_branch,
      state: 'opened', labels: splitLabels(body.labels), reviewerIds: [], reviewerAdds: [], approvedBy: [], autoMerge: null, closedSha: null, author: TOKEN_USER.username,
      createdAt: this.tick++, sourceProjectId: PROJECT_ID
    }
    this.setReviewers(mr, body.reviewer_ids ?? [])
    this.mergeRequests.push(mr)
    return { status: 201, body: await this.mrJson(mr) }
  }

  private async updateMergeRequest(req: FakeRequest, iid: number): Promise<FakeResponse> {
    const mr = this.mergeRequests.find((m) => m.iid === iid)
    if (!mr) return notFound('Not found')
    const body = req.body as { title?: string; description?: string; state_event?: string; add_labels?: string; remove_labels?: string; reviewer_ids?: number[] }
    if ((body.description ?? '').length > 1_000_000) return badRequest({ description: ['is too long (maximum is 1000000 characters)'] })
    if (body.state_event === 'reopen' && mr.state === 'closed') {
      const other = this.mergeRequests.find((m) => m !== mr && m.state === 'opened' && m.source === mr.source && m.target === mr.target)
      if (other) return { status: 409, body: { message: [`Another open merge request already exists for this source branch: !${other.iid}`] } }
      mr.state = 'opened'
      mr.closedSha = null
      this.systemNote(iid, 'reopened')
    } else if (body.state_event === 'close' && mr.state === 'opened') {
      mr.closedSha = await this.headShaNow(mr)
      mr.state = 'closed'
      this.systemNote(iid, 'closed')
    }
    if (body.title !== undefined) mr.title = body.title
    if (body.description !== undefined) mr.description = body.description
    for (const l of splitLabels(body.add_labels)) if (!mr.labels.includes(l)) mr.labels.push(l)
    const removed = splitLabels(body.remove_labels)
    mr.labels = mr.labels.filter((l) => !removed.includes(l))
    if (body.reviewer_ids) this.setReviewers(mr, body.reviewer_ids)
    return { status: 200, body: await this.mrJson(mr) }
  }

  private issueJson(i: FakeIssue) {
    return { id: 9000 + i.iid, iid: i.iid, project_id: PROJECT_ID, title: i.title, description: i.description, state: i.state, labels: i.labels, web_url: `https://gitlab.example/${PROJECT_PATH}/-/issues/${i.iid}` }
  }

  private setReviewers(mr: FakeMergeRequest, ids: number[]): void {
    for (const id of ids) if (!mr.reviewerIds.includes(id)) mr.reviewerAdds.push(this.user(id).username)
    mr.reviewerIds = [...ids]
  }

  /**
   * GraphQL (https://docs.gitlab.com/api/graphql/reference/): the merge request's auto-merge state and the
   * mergeRequestAccept mutation with a strategy, as GitLab's Mutations::MergeRequests::Accept resolves it;
   * anything else fails the test.
   */
  private async graphql(req: FakeRequest): Promise<FakeResponse> {
    const { query, variables = {} } = req.body as { query?: string; variables?: Record<string, unknown> }
    const { path, iid, sha, strategy } = variables as { path?: string; iid?: string; sha?: string; strategy?: string }
    const mr = path === PROJECT_PATH ? this.mergeRequests.find((m) => String(m.iid) === iid && m.sourceProjectId === PROJECT_ID) : undefined
    if (typeof query === 'string' && /^\s*query\b[^{]*\{\s*project\(fullPath: \$path\)\s*\{\s*mergeRequest\(iid: \$iid\)/.test(query)) {
      if (path !== PROJECT_PATH) return { status: 200, body: { data: { project: null } } }
      if (!mr) return { status: 200, body: { data: { project: { mergeRequest: null } } } }
      const head = await this.headShaNow(mr)
      const available = mr.state === 'opened' && !mr.autoMerge ? this.autoMergeStrategies : []
      return { status: 200, body: { data: { project: { mergeRequest: { autoMergeEnabled: mr.autoMerge !== null, availableAutoMergeStrategies: available, diffHeadSha: head } } } } }
    }
    if (typeof query === 'string' && /^\s*mutation\b[^{]*\{\s*mergeRequestAccept\(/.test(query)) {
      if (typeof strategy !== 'string' || !STRATEGY_ENUM.includes(strategy)) {
        return { status: 200, body: { errors: [{ message: `Variable $strategy of type MergeStrategyEnum! was provided invalid value`, locations: [{ line: 1, column: 60 }] }] } }
      }
      if (!mr) {
        return { status: 200, body: { data: { mergeRequestAccept: null }, errors: [{ message: "The resource that you are attempting to access does not exist or you don't have permission to perform this action", path: ['mergeRequestAccept'] }] } }
      }
      const payload = (errors: string[]) => ({ status: 200, body: { data: { mergeRequestAccept: { errors, mergeRequest: { state: mr.state } } } } })
      if (mr.autoMerge) return payload(['The merge request is already scheduled to be merged'])
      if (mr.state !== 'opened') return payload(['This branch cannot be merged'])
      if (sha !== (await this.headShaNow(mr))) return payload(['The merge-head is not at the anticipated SHA'])
      // AutoMergeService#execute with a strategy that is not available answers :failed.
      if (!this.autoMergeStrategies.includes(strategy.toLowerCase())) return payload(['The merge failed'])
      mr.autoMerge = strategy.toLowerCase()
      return payload([])
    }
    throw new Error(`unknown GraphQL operation: ${String(query)}`)
  }

  private createNote(req: FakeRequest, iid: number): FakeResponse {
    if (!this.mergeRequests.some((m) => m.iid === iid)) return notFound('Not found')
    const { body } = req.body as { body?: string }
    if (!body) return badRequest('body is missing')
    const note: FakeNote = { id: this.nextNote++, iid, body, system: false, author: TOKEN_USER.username }
    this.notes.push(note)
    return { status: 201, body: this.noteJson(note) }
  }

  private updateNote(req: FakeRequest, iid: number, id: number): FakeResponse {
    const note = this.notes.find((n) => n.id === id && n.iid === iid)
    if (!note) return notFound('Note Not Found')
    note.body = (req.body as { body?: string }).body ?? note.body
    return { status: 200, body: this.noteJson(note) }
  }

  // --- JSON shapes -----------------------------------------------------------------

  private mr(iid: number): FakeMergeRequest {
    const mr = this.mergeRequests.find((m) => m.iid === iid)
    if (!mr) throw new Error(`no merge request !${iid}`)
    return mr
  }

  private user(idOrName: number | string): (typeof USERS)[number] {
    const user = USERS.find((u) => u.id === idOrName || u.username === idOrName)
    if (!user) throw new Error(`no user ${idOrName}`)
    return user
  }

  private systemNote(iid: number, body: string): void {
    this.notes.push({ id: this.nextNote++, iid, body, system: true, author: 'someone' })
  }

  private webUrl(): string {
    return `https://gitlab.example/${PROJECT_PATH}`
  }

  private projectJson() {
    return { id: PROJECT_ID, path_with_namespace: PROJECT_PATH, default_branch: 'main', web_url: this.webUrl() }
  }

  private async commitJson(sha: string) {
    const c = await this.git.commit(sha)
    return {
      id: sha, short_id: sha.slice(0, 8), title: c.message.split('\n')[0], message: c.message, parent_ids: c.parents,
      author_name: c.author.name, author_email: c.author.email, committer_name: c.committer.name, committer_email: c.committer.email,
      authored_date: c.date, committed_date: c.date, web_url: `${this.webUrl()}/-/commit/${sha}`
    }
  }

  private async mrJson(m: FakeMergeRequest) {
    const draft = /^(draft:|\[draft\]|\(draft\))/i.test(m.title)
    const sha = await this.headShaNow(m)
    return {
      id: 1000 + m.iid, iid: m.iid, project_id: PROJECT_ID, source_project_id: m.sourceProjectId, target_project_id: PROJECT_ID, title: m.title, description: m.description, state: m.state,
      source_branch: m.source, target_branch: m.target, sha, labels: m.labels, draft, work_in_progress: draft,
      web_url: `${this.webUrl()}/-/merge_requests/${m.iid}`, author: { username: m.author }, merge_when_pipeline_succeeds: m.autoMerge !== null,
      reviewers: USERS.filter((u) => m.reviewerIds.includes(u.id)).map(userJson)
    }
  }

  private noteJson(n: FakeNote) {
    const user = [...USERS, ...PEOPLE].find((u) => u.username === n.author)
    return { id: n.id, body: n.body, system: n.system, author: { id: user?.id ?? 0, username: n.author }, noteable_iid: n.iid, noteable_type: 'MergeRequest' }
  }

  /** A person edits an issue's description (ticks a box): GitLab records it as a system note by them. */
  editIssue(iid: number, description: string, username: string): void {
    const issue = this.issues.find((i) => i.iid === iid)
    if (!issue) throw new Error(`no issue #${iid}`)
    issue.description = description
    this.issueNotes.push({ id: this.nextNote++, iid, body: 'changed the description', system: true, author: username })
  }
}

function userJson(u: { id: number; username: string; name: string }) {
  return { id: u.id, username: u.username, name: u.name, state: 'active' }
}

function splitLabels(labels: string | undefined): string[] {
  return (labels ?? '').split(',').map((l) => l.trim()).filter(Boolean)
}

function notFound(what: string): FakeResponse {
  return { status: 404, body: { message: `404 ${what}` } }
}

function badRequest(message: unknown): FakeResponse {
  return { status: 400, body: { message } }
}
