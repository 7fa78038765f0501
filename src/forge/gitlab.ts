// GitLab through @gitbeaker/rest on the project's HTTP layer (the adapter in
// sources/gitlab-api.ts, shared with the group listings). A proposal's commit
// is one call to the Commits API: `actions` (create/update/delete) on top of
// `start_sha`, with `force: true` so the branch is overwritten by the
// regenerated commit. No checkout or git CLI is needed. Every answer is
// checked against a schema of the fields read (gitlab-schemas.ts).

import { HttpForge } from './http-forge.js'
import { GitLabIssues } from './gitlab-issues.js'
import {
  Branches, Commits, IssueNotes, Issues, MergeRequestApprovals, ProjectMembers, MergeRequestNotes, MergeRequests, Projects, Repositories, RepositoryFiles, Users,
  type CommitAction
} from '@gitbeaker/rest'
import type { InferOutput } from 'valibot'
import { gitlabInstance, gitlabRequester } from '../sources/gitlab-api.js'
import type { HttpClient } from '../sources/http.js'
import { ForgeError, ProposalExistsError, forgeMessageOf, statusOf, type ForgeContext } from './errors.js'
import { FORGE_FACTS, pickProposal } from './facts.js'
import * as gl from './gitlab-schemas.js'
import { GraphqlError, graphql } from './graphql.js'
import { gitLabForgeHttp, type ForgeNetworkOptions } from './network.js'
import type {
  CommitRequest, CommitSummary, FileWrite, Forge, ForgeComment, ForgeIssues, NewProposal, ProposalInfo, ProposalPatch, Review
} from './types.js'

export interface GitLabForgeOptions extends ForgeNetworkOptions {
  /** Instance URL without /api/v4, e.g. https://gitlab.com (CI_API_V4_URL minus the suffix). */
  host: string
  /** Numeric id or full path (CI_PROJECT_ID). */
  projectId: string | number
  token: string
  context?: ForgeContext
}

const DRAFT_PREFIX = /^(Draft:|\[Draft\]|\(Draft\))\s*/i

// Auto-merge goes through GraphQL's mergeRequestAccept with an explicit strategy: with one it only ever
// sets auto-merge, whereas REST's PUT …/merge (merge_when_pipeline_succeeds or auto_merge) merges at
// once when no strategy applies and no pipeline blocks it (lib/api/merge_requests.rb in gitlab-org/gitlab).
const AUTO_MERGE_STATE = `query PoiGitopsAutoMergeState($path: ID!, $iid: String!) {
  project(fullPath: $path) { mergeRequest(iid: $iid) { autoMergeEnabled availableAutoMergeStrategies diffHeadSha } }
}`
const ACCEPT = `mutation PoiGitopsAutoMerge($path: ID!, $iid: String!, $sha: String!, $strategy: MergeStrategyEnum!) {
  mergeRequestAccept(input: {projectPath: $path, iid: $iid, sha: $sha, strategy: $strategy}) { errors }
}`
/** GitLab's auto-merge strategies, most preferred first: the forge waits for its checks, then merges (a merge train through its own pipeline). */
const STRATEGIES = ['merge_when_checks_pass', 'merge_when_pipeline_succeeds', 'add_to_merge_train_when_checks_pass', 'add_to_merge_train_when_pipeline_succeeds', 'merge_train']

export function createGitLabForge(options: GitLabForgeOptions): Forge {
  return new GitLabForge(options)
}

class GitLabForge extends HttpForge implements Forge {
  protected readonly label = 'GitLab'
  readonly kind = 'gitlab' as const
  readonly words = FORGE_FACTS.gitlab.words
  readonly maxBodyLength = FORGE_FACTS.gitlab.maxBodyLength
  readonly botEmails: string[] = []
  readonly secrets: string[]
  protected readonly http: HttpClient
  private readonly project: string | number
  protected readonly context: ForgeContext
  private readonly api
  private readonly graphqlUrl: string
  private projectInfo: Promise<InferOutput<typeof gl.Project>> | undefined
  /** Draft state per MR, so a title update keeps the "Draft:" prefix. */
  private readonly drafts = new Map<number, boolean>()
  readonly issues: ForgeIssues
  /** Reviewers per MR as last seen: GitLab sets the whole list, so a request adds to it. */
  private readonly reviewers = new Map<number, { id: number; username: string }[]>()
  /** User ids by lower-case username, looked up once per client. */
  private readonly userIds = new Map<string, number | null>()

  constructor(options: GitLabForgeOptions) {
    super()
    this.project = options.projectId
    this.secrets = [options.token]
    this.context = { repository: String(options.projectId), ...options.context }
    const host = gitlabInstance(options.host)
    this.http = gitLabForgeHttp(host, options.token, options)
    this.graphqlUrl = `${host}/api/graphql`
    // The token is the HttpClient's header; timeouts are its own too.
    const config = { host, requesterFn: gitlabRequester(this.http), queryTimeout: null }
    this.api = {
      projects: new Projects(config),
      branches: new Branches(config),
      repositories: new Repositories(config),
      files: new RepositoryFiles(config),
      commits: new Commits(config),
      mergeRequests: new MergeRequests(config),
      notes: new MergeRequestNotes(config),
      approvals: new MergeRequestApprovals(config),
      users: new Users(config)
    }
    this.issues = new GitLabIssues({ issues: new Issues(config), notes: new IssueNotes(config), members: new ProjectMembers(config) }, this.project, { call: (o, f) => this.call(o, f), read: (s, d, w) => this.read(s, d, w) })
  }

  protected async readIdentity(): Promise<string[]> {
    const user = this.read(gl.CurrentUser, await this.api.users.showCurrentUser(), 'the current user')
    return [user.email, user.commit_email, user.public_email].filter((e): e is string => typeof e === 'string' && e !== '')
  }

  async defaultBranch(): Promise<string> {
    return (await this.readProject()).default_branch
  }

  /** One read per run, not per job; GraphQL's project path comes from the same answer. */
  private readProject(): Promise<InferOutput<typeof gl.Project>> {
    if (this.projectInfo === undefined) {
      const read = this.call('read the project', async () => this.read(gl.Project, await this.api.projects.show(this.project), 'the project'))
      // A failed read is not remembered: the next job asks again.
      read.catch(() => { if (this.projectInfo === read) this.projectInfo = undefined })
      this.projectInfo = read
    }
    return this.projectInfo
  }

  private async projectPath(): Promise<string | undefined> {
    if (typeof this.project === 'string' && this.project.includes('/')) return this.project
    return (await this.readProject()).path_with_namespace
  }

  async branchHead(branch: string): Promise<string | null> {
    return this.call(`read branch ${branch}`, async () => {
      try {
        return this.read(gl.Branch, await this.api.branches.show(this.project, branch), `branch ${branch}`).commit.id
      } catch (error) {
        if (statusOf(error) === 404) return null
        throw error
      }
    })
  }

  async changedPaths(base: string, head: string): Promise<string[]> {
    return this.call('list the files a push changed', async () => {
      const { diffs } = this.read(gl.ComparisonDiffs, await this.api.repositories.compare(this.project, base, head, { straight: true }), 'the comparison')
      return [...new Set((diffs ?? []).flatMap((d) => [d.new_path, d.old_path]))].sort()
    })
  }

  async commitsBetween(base: string, head: string): Promise<CommitSummary[]> {
    return this.call('compare the branch with its base', async () => {
      const { commits } = this.read(gl.Comparison, await this.api.repositories.compare(this.project, base, head), 'the comparison')
      return (commits ?? []).map((c) => ({
        sha: c.id,
        message: c.message ?? '',
        author: { name: c.author_name ?? '', email: c.author_email ?? '' },
        committer: { name: c.committer_name ?? '', email: c.committer_email ?? '' }
      }))
    })
  }

  async commitFiles(req: CommitRequest): Promise<string> {
    return this.call(`commit to branch ${req.branch}`, async () => {
      const create = (files: FileWrite[]) => this.api.commits.create(this.project, req.branch, req.message, actionsFor(files), {
        startSha: req.parentSha,
        force: true,
        ...(req.author ? { authorName: req.author.name, authorEmail: req.author.email } : {})
      })
      try {
        return this.read(gl.Commit, await create(req.files), 'the new commit').id
      } catch (error) {
        // create/update must match whether the file exists at the parent; if our guess was wrong, look and retry once.
        if (statusOf(error) !== 400 || !/A file with this name (already exists|doesn't exist)|file (does not|doesn't) exist/i.test(forgeMessageOf(error))) throw error
        const checked = await Promise.all(req.files.map(async (f) => ({ ...f, existed: await this.fileExists(f.path, req.parentSha) })))
        return this.read(gl.Commit, await create(checked), 'the new commit').id
      }
    })
  }

  private async fileExists(path: string, ref: string): Promise<boolean> {
    try {
      await this.api.files.show(this.project, path, ref)
      return true
    } catch (error) {
      if (statusOf(error) === 404) return false
      throw error
    }
  }

  async deleteBranch(branch: string): Promise<void> {
    await this.call(`delete branch ${branch}`, async () => {
      try {
        await this.api.branches.remove(this.project, branch)
      } catch (error) {
        if (statusOf(error) !== 404) throw error
      }
    })
  }

  async findProposal(branch: string): Promise<ProposalInfo | null> {
    return this.call('look up the merge request', async () => {
      const list = this.read(gl.MergeRequests, await this.api.mergeRequests.all({ projectId: this.project, sourceBranch: branch, perPage: 100, maxPages: 1 }), 'the merge requests')
      // Merge requests from forks can use the same branch name; only the project's own branch is the bot's.
      const own = list.filter((mr) => mr.source_branch === branch && isOwn(mr))
      const picked = pickProposal(own.map((mr) => this.toProposal(mr)))
      return picked ? this.seen(picked) : null
    })
  }

  async createProposal(p: NewProposal): Promise<ProposalInfo> {
    return this.call('create the merge request', async () => {
      try {
        const mr = await this.api.mergeRequests.create(this.project, p.branch, p.base, p.draft ? `Draft: ${p.title}` : p.title, {
          description: p.body,
          labels: p.labels.join(','),
          removeSourceBranch: true
        })
        return this.seen(this.toProposal(this.read(gl.MergeRequest, mr, 'the new merge request')))
      } catch (error) {
        // 409 is also "You can't use same project/branch for source and target": only an existing MR is one to reuse.
        const detail = forgeMessageOf(error)
        if (statusOf(error) === 409 && /already exists/i.test(detail)) throw new ProposalExistsError('gitlab', detail)
        throw error
      }
    })
  }

  async updateProposal(number: number, patch: ProposalPatch): Promise<void> {
    const verb = patch.state === 'open' ? 'reopen' : patch.state === 'closed' ? 'close' : 'update'
    await this.call(`${verb} merge request !${number}`, async () => {
      const title = patch.title !== undefined && this.drafts.get(number) ? `Draft: ${patch.title}` : patch.title
      await this.api.mergeRequests.edit(this.project, number, {
        title,
        description: patch.body,
        stateEvent: patch.state === 'open' ? 'reopen' : patch.state === 'closed' ? 'close' : undefined
      })
    })
    if (patch.state) this.stateChanged(number, patch.state)
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    await this.call(`label merge request !${number}`, () => this.api.mergeRequests.edit(this.project, number, { addLabels: labels.join(',') }))
  }

  async removeLabel(number: number, label: string): Promise<void> {
    await this.call(`remove a label from merge request !${number}`, () => this.api.mergeRequests.edit(this.project, number, { removeLabels: label }))
  }

  async requestReviewers(number: number, reviewers: string[], teams: string[] = []): Promise<void> {
    const operation = `request reviewers on merge request !${number}`
    if (teams.length > 0) {
      throw new ForgeError('gitlab', operation, undefined, 'team reviewers', 'GitLab merge requests have no team reviewers: list the people in reviewers in poi-gitops.toml.')
    }
    await this.call(operation, async () => {
      // reviewer_ids replaces the list: keep whoever is a reviewer already (people may have added some).
      const current = this.reviewers.get(number) ?? []
      const ids = new Set(current.map((r) => r.id))
      const before = ids.size
      const unknown: string[] = []
      for (const username of reviewers) {
        if (current.some((r) => r.username.toLowerCase() === username.toLowerCase())) continue
        const id = await this.userId(username)
        if (id !== null) ids.add(id)
        else unknown.push(username)
      }
      if (ids.size > before) {
        const mr = this.read(gl.MergeRequest, await this.api.mergeRequests.edit(this.project, number, { reviewerIds: [...ids] }), `merge request !${number}`)
        this.reviewers.set(number, mr.reviewers)
      }
      if (unknown.length > 0) {
        throw new ForgeError('gitlab', 'request reviewers', undefined, `unknown users: ${unknown.join(', ')}`,
          `GitLab has no user named ${unknown.join(', ')}: fix the reviewers in poi-gitops.toml.`)
      }
    })
  }

  private async userId(username: string): Promise<number | null> {
    const key = username.toLowerCase()
    if (!this.userIds.has(key)) {
      const [user] = this.read(gl.Users, await this.api.users.all({ username }), `the users named ${username}`)
      this.userIds.set(key, user?.id ?? null)
    }
    return this.userIds.get(key) ?? null
  }

  async reviewsOf(number: number): Promise<Review[]> {
    return this.call(`read the approvals of merge request !${number}`, async () => {
      const approvals = this.read(gl.Approvals, await this.api.approvals.showConfiguration(this.project, { mergerequestIId: number }), `the approvals of merge request !${number}`)
      // GitLab does not say which head an approval was given on; one that still stands counts (a project may reset approvals on push).
      return approvals.approved_by.map((a) => ({ login: a.user.username, commit: null }))
    })
  }

  protected async listOpenProposalBranches(): Promise<string[]> {
    return this.call('list the open merge requests', async () => {
      const list = this.read(gl.MergeRequests, await this.api.mergeRequests.all({ projectId: this.project, state: 'opened', perPage: 100 }), 'the open merge requests')
      return list.filter(isOwn).map((mr) => mr.source_branch)
    })
  }

  async enableAutoMerge(proposal: ProposalInfo, head: string): Promise<void> {
    const number = proposal.number
    const operation = `turn on auto-merge for merge request !${number}`
    const refused = (detail: string, why: string) =>
      new ForgeError('gitlab', operation, undefined, detail, `GitLab did not turn on auto-merge for merge request !${number}: ${why}`)
    const path = await this.projectPath()
    if (path === undefined) throw refused('no project path', 'GitLab did not give the project\'s full path, which its GraphQL API needs.')
    const variables = { path, iid: String(number) }
    await this.call(operation, async () => {
      try {
        const { project } = await graphql(this.http, { url: this.graphqlUrl, query: AUTO_MERGE_STATE, variables, idempotent: true }, gl.AutoMergeState, 'the merge request\'s auto-merge state')
        const mr = project?.mergeRequest
        if (!mr) throw refused('not found', 'GitLab\'s GraphQL API does not show it to this token.')
        if (mr.autoMergeEnabled) return
        if (mr.diffHeadSha && mr.diffHeadSha !== head) throw refused('head moved', 'its branch moved on since the bot wrote it.')
        const strategy = STRATEGIES.find((s) => mr.availableAutoMergeStrategies?.includes(s))
        if (strategy === undefined) {
          throw refused('no auto-merge strategy available', 'GitLab offers auto-merge only while something is pending (a pipeline running for its head, or another merge check), and nothing is; poi-gitops never merges itself, so a person merges it.')
        }
        const accepted = await graphql(this.http, {
          url: this.graphqlUrl, query: ACCEPT, idempotent: false, variables: { ...variables, sha: head, strategy: strategy.toUpperCase() }
        }, gl.Accepted, 'the answer to mergeRequestAccept')
        const errors = accepted.mergeRequestAccept?.errors ?? ['GitLab gave no answer']
        if (errors.length > 0) throw refused(errors.join('; '), `${errors.join('; ')}.`)
      } catch (error) {
        if (error instanceof GraphqlError) throw refused(error.message, `${error.message}.`)
        throw error
      }
    })
  }

  async listComments(number: number): Promise<ForgeComment[]> {
    return this.call(`read the notes of merge request !${number}`, async () => {
      const notes = this.read(gl.Notes, await this.api.notes.all(this.project, number, { perPage: 100 }), `the notes of merge request !${number}`)
      return notes.filter((n) => !n.system).map((n) => ({ id: n.id, body: n.body ?? '' }))
    })
  }

  async createComment(number: number, body: string): Promise<void> {
    await this.call(`comment on merge request !${number}`, () => this.api.notes.create(this.project, number, body))
  }

  async updateComment(number: number, id: number, body: string): Promise<void> {
    await this.call(`update a note on merge request !${number}`, () => this.api.notes.edit(this.project, number, id, { body }))
  }

  private toProposal(mr: InferOutput<typeof gl.MergeRequest>): ProposalInfo {
    const draft = mr.draft ?? mr.work_in_progress ?? false
    this.drafts.set(mr.iid, draft)
    this.reviewers.set(mr.iid, mr.reviewers)
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
    }
  }
}

/** Merge requests from forks can use the same branch names; only the project's own branches are the bot's. */
function isOwn(mr: InferOutput<typeof gl.MergeRequest>): boolean {
  return mr.source_project_id === undefined || mr.source_project_id === mr.target_project_id
}

function actionsFor(files: FileWrite[]): CommitAction[] {
  const actions: CommitAction[] = []
  for (const f of files) {
    if (f.content === null) {
      if (f.existed !== false) actions.push({ action: 'delete', filePath: f.path })
    } else {
      actions.push({ action: f.existed === false ? 'create' : 'update', filePath: f.path, content: f.content, encoding: 'text' })
    }
  }
  return actions
}
