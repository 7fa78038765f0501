// GitLab through @gitbeaker/rest. A proposal's commit is one call to the
// Commits API: `actions` (create/update/delete) on top of `start_sha`, with
// `force: true` so the branch is overwritten by the regenerated commit. No
// checkout or git CLI is needed.

import {
  Branches, Commits, GitbeakerRequestError, MergeRequestNotes, MergeRequests, Projects, Repositories, RepositoryFiles, Users,
  type CommitAction
} from '@gitbeaker/rest'
import { ForgeError, ProposalExistsError, forgeError, type ForgeContext } from './errors.js'
import { FORGE_FACTS, pickProposal } from './facts.js'
import { pacedRequester } from './gitlab-transport.js'
import { Pacer, type PacingOptions } from './pacing.js'
import type {
  CommitRequest, CommitSummary, FileWrite, Forge, ForgeComment, NewProposal, ProposalInfo, ProposalPatch
} from './types.js'

export interface GitLabForgeOptions extends PacingOptions {
  /** Instance URL without /api/v4, e.g. https://gitlab.com (CI_API_V4_URL minus the suffix). */
  host: string
  /** Numeric id or full path (CI_PROJECT_ID). */
  projectId: string | number
  token: string
  context?: ForgeContext
}

const DRAFT_PREFIX = /^(Draft:|\[Draft\]|\(Draft\))\s*/i

export function createGitLabForge(options: GitLabForgeOptions): Forge {
  return new GitLabForge(options)
}

class GitLabForge implements Forge {
  readonly kind = 'gitlab' as const
  readonly words = FORGE_FACTS.gitlab.words
  readonly maxBodyLength = FORGE_FACTS.gitlab.maxBodyLength
  readonly botEmails: string[] = []
  readonly secrets: string[]
  private readonly pacer: Pacer
  private readonly project: string | number
  private readonly context: ForgeContext
  private readonly api
  private defaultBranchName: string | undefined
  private identity: Promise<string[]> | undefined
  /** Draft state per MR, so a title update keeps the "Draft:" prefix. */
  private readonly drafts = new Map<number, boolean>()

  constructor(options: GitLabForgeOptions) {
    this.project = options.projectId
    this.secrets = [options.token]
    this.context = { repository: String(options.projectId), ...options.context }
    this.pacer = new Pacer(options)
    const config = { host: options.host.replace(/\/+$/, '').replace(/\/api\/v4$/, ''), token: options.token, requesterFn: pacedRequester(this.pacer, 'poi-gitops') }
    this.api = {
      projects: new Projects(config),
      branches: new Branches(config),
      repositories: new Repositories(config),
      files: new RepositoryFiles(config),
      commits: new Commits(config),
      mergeRequests: new MergeRequests(config),
      notes: new MergeRequestNotes(config),
      users: new Users(config)
    }
  }

  counts() {
    return this.pacer.counts()
  }

  async identityEmails(): Promise<string[]> {
    this.identity ??= (async () => {
      try {
        const user = await this.api.users.showCurrentUser()
        return [user.email, user.commit_email, user.public_email].filter((e): e is string => typeof e === 'string' && e !== '')
      } catch {
        return []
      }
    })()
    return this.identity
  }

  async defaultBranch(): Promise<string> {
    this.defaultBranchName ??= await this.call('read the project', async () => String((await this.api.projects.show(this.project)).default_branch))
    return this.defaultBranchName
  }

  async branchHead(branch: string): Promise<string | null> {
    return this.call(`read branch ${branch}`, async () => {
      try {
        return (await this.api.branches.show(this.project, branch)).commit.id
      } catch (error) {
        if (statusOf(error) === 404) return null
        throw error
      }
    })
  }

  async commitsBetween(base: string, head: string): Promise<CommitSummary[]> {
    return this.call('compare the branch with its base', async () => {
      const { commits } = await this.api.repositories.compare(this.project, base, head)
      return (commits ?? []).map((c) => ({
        sha: String(c.id),
        message: String(c.message ?? ''),
        author: { name: String(c.author_name ?? ''), email: String(c.author_email ?? '') },
        committer: { name: String(c.committer_name ?? ''), email: String(c.committer_email ?? '') }
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
        return String((await create(req.files)).id)
      } catch (error) {
        // create/update must match whether the file exists at the parent; if our guess was wrong, look and retry once.
        if (statusOf(error) !== 400 || !/A file with this name (already exists|doesn't exist)|file (does not|doesn't) exist/i.test(detailOf(error))) throw error
        const checked = await Promise.all(req.files.map(async (f) => ({ ...f, existed: await this.fileExists(f.path, req.parentSha) })))
        return String((await create(checked)).id)
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
      const list = await this.api.mergeRequests.all({ projectId: this.project, sourceBranch: branch, perPage: 100, maxPages: 1 })
      // Merge requests from forks can use the same branch name; only the project's own branch is the bot's.
      const own = list.filter((mr) => mr.source_branch === branch && (mr.source_project_id === undefined || mr.source_project_id === mr.target_project_id))
      return pickProposal(own.map((mr) => this.toProposal(mr)))
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
        return this.toProposal(mr)
      } catch (error) {
        if (statusOf(error) === 409) throw new ProposalExistsError('gitlab', detailOf(error))
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
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    await this.call(`label merge request !${number}`, () => this.api.mergeRequests.edit(this.project, number, { addLabels: labels.join(',') }))
  }

  async removeLabel(number: number, label: string): Promise<void> {
    await this.call(`remove a label from merge request !${number}`, () => this.api.mergeRequests.edit(this.project, number, { removeLabels: label }))
  }

  async requestReviewers(number: number, reviewers: string[]): Promise<void> {
    await this.call(`request reviewers on merge request !${number}`, async () => {
      const ids: number[] = []
      const unknown: string[] = []
      for (const username of reviewers) {
        const [user] = await this.api.users.all({ username })
        if (user) ids.push(Number(user.id))
        else unknown.push(username)
      }
      if (ids.length > 0) await this.api.mergeRequests.edit(this.project, number, { reviewerIds: ids })
      if (unknown.length > 0) {
        throw new ForgeError('gitlab', 'request reviewers', undefined, `unknown users: ${unknown.join(', ')}`,
          `GitLab has no user named ${unknown.join(', ')}: fix the reviewers in poi-gitops.toml.`)
      }
    })
  }

  async listComments(number: number): Promise<ForgeComment[]> {
    return this.call(`read the notes of merge request !${number}`, async () => {
      const notes = await this.api.notes.all(this.project, number, { perPage: 100 })
      return notes.filter((n) => !n.system).map((n) => ({ id: Number(n.id), body: String(n.body ?? '') }))
    })
  }

  async createComment(number: number, body: string): Promise<void> {
    await this.call(`comment on merge request !${number}`, () => this.api.notes.create(this.project, number, body))
  }

  async updateComment(number: number, id: number, body: string): Promise<void> {
    await this.call(`update a note on merge request !${number}`, () => this.api.notes.edit(this.project, number, id, { body }))
  }

  private toProposal(mr: MergeRequestLike): ProposalInfo {
    const draft = Boolean(mr.draft ?? mr.work_in_progress)
    this.drafts.set(Number(mr.iid), draft)
    const state = String(mr.state)
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
    }
  }

  private async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      if (error instanceof ForgeError) throw error
      const status = statusOf(error)
      throw forgeError({
        forge: 'gitlab',
        operation,
        status,
        detail: detailOf(error),
        context: this.context,
        rateLimited: error instanceof Error && error.name === 'GitbeakerRetryError'
      })
    }
  }
}

interface MergeRequestLike {
  iid: unknown
  web_url: unknown
  state: unknown
  title: unknown
  description?: unknown
  labels?: unknown[]
  draft?: unknown
  work_in_progress?: unknown
  target_branch: unknown
  source_branch: unknown
  sha?: unknown
}

/** MR labels are names, or objects with a name when `with_labels_details` is set. */
function labelName(label: unknown): string {
  if (typeof label === 'string') return label
  const name = typeof label === 'object' && label !== null ? (label as { name?: unknown }).name : undefined
  return typeof name === 'string' ? name : ''
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

function statusOf(error: unknown): number | undefined {
  return error instanceof GitbeakerRequestError ? error.cause?.response.status : undefined
}

function detailOf(error: unknown): string {
  if (error instanceof GitbeakerRequestError) return error.cause?.description ?? error.message
  return error instanceof Error ? error.message : String(error)
}
