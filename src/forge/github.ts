// GitHub through Octokit (@actions/github). Commits are made with the Git
// Data API only — a tree on top of the parent's tree, a commit, a forced ref
// update — so no checkout or git CLI is needed, and commits made with an app
// token (GITHUB_TOKEN included) are signed by GitHub.

import { getOctokit } from '@actions/github'
import { ForgeError, ProposalExistsError, forgeError, type ForgeContext } from './errors.js'
import { FORGE_FACTS, pickProposal } from './facts.js'
import { Pacer, type PacingOptions } from './pacing.js'
import type {
  CommitRequest, CommitSummary, Forge, ForgeComment, NewProposal, ProposalInfo, ProposalPatch
} from './types.js'

export interface GitHubForgeOptions extends PacingOptions {
  /** REST base URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. Always passed explicitly: @actions/github reads GITHUB_API_URL at import time. */
  apiUrl: string
  owner: string
  repo: string
  token: string
  context?: ForgeContext
}

/** github-actions[bot], the identity of GITHUB_TOKEN commits. */
export const GITHUB_ACTIONS_BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com'
/** "GitHub" (web-flow), the committer of commits GitHub signs; never the author of the bot's. A person's web edit has them as author. */
const WEB_FLOW_EMAIL = 'noreply@github.com'
/** Files above this size go up as blobs first instead of inline tree content. */
const INLINE_LIMIT = 512 * 1024

type Octokit = ReturnType<typeof getOctokit>

interface HttpFailure {
  status: number
  response?: { headers: Record<string, string | number | undefined>; data: unknown }
}

export function createGitHubForge(options: GitHubForgeOptions): Forge {
  return new GitHubForge(options)
}

class GitHubForge implements Forge {
  readonly kind = 'github' as const
  readonly words = FORGE_FACTS.github.words
  readonly maxBodyLength = FORGE_FACTS.github.maxBodyLength
  readonly botEmails = [GITHUB_ACTIONS_BOT_EMAIL, WEB_FLOW_EMAIL]
  readonly secrets: string[]
  private readonly octokit: Octokit
  private readonly pacer: Pacer
  private readonly owner: string
  private readonly repo: string
  private readonly context: ForgeContext
  private defaultBranchName: string | undefined
  private identity: Promise<string[]> | undefined
  /** Set by the request hook when a rate limit outlasted the retries. */
  private readonly rateLimited = new WeakSet<object>()

  constructor(options: GitHubForgeOptions) {
    this.owner = options.owner
    this.repo = options.repo
    this.secrets = [options.token]
    this.context = { repository: `${options.owner}/${options.repo}`, ...options.context }
    this.pacer = new Pacer(options)
    this.octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, ''), userAgent: 'poi-gitops' })
    this.octokit.hook.wrap('request', async (request, endpoint) => {
      for (let attempt = 0; ; attempt++) {
        await this.pacer.beforeSend(endpoint.method)
        try {
          return await request(endpoint)
        } catch (error) {
          const failure = asHttpFailure(error)
          if (!failure) throw error
          const decision = this.pacer.decide(attempt, {
            status: failure.status,
            headers: stringHeaders(failure.response?.headers),
            message: messageOf(failure.response?.data)
          })
          if (!decision.retry) {
            if (decision.rateLimited && typeof error === 'object' && error !== null) this.rateLimited.add(error)
            throw error
          }
          await this.pacer.clock.sleep(decision.waitMs)
        }
      }
    })
  }

  counts() {
    return this.pacer.counts()
  }

  async identityEmails(): Promise<string[]> {
    // GITHUB_TOKEN may not read /user (it is an app token; its identity is botEmails); a PAT may.
    this.identity ??= (async () => {
      try {
        const { data } = await this.octokit.rest.users.getAuthenticated()
        return [data.email, `${data.id}+${data.login}@users.noreply.github.com`, `${data.login}@users.noreply.github.com`]
          .filter((e): e is string => typeof e === 'string' && e !== '')
      } catch {
        return []
      }
    })()
    return this.identity
  }

  async defaultBranch(): Promise<string> {
    // One read per run, not per job.
    this.defaultBranchName ??= await this.call('read the repository', async () =>
      (await this.octokit.rest.repos.get(this.repoParams())).data.default_branch)
    return this.defaultBranchName
  }

  async branchHead(branch: string): Promise<string | null> {
    return this.call(`read branch ${branch}`, async () => {
      try {
        return (await this.octokit.rest.git.getRef({ ...this.repoParams(), ref: `heads/${branch}` })).data.object.sha
      } catch (error) {
        if (asHttpFailure(error)?.status === 404) return null
        throw error
      }
    })
  }

  async commitsBetween(base: string, head: string): Promise<CommitSummary[]> {
    return this.call('compare the branch with its base', async () => {
      const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.repoParams(), basehead: `${base}...${head}`, per_page: 100 })
      const commits = data.commits.map((c): CommitSummary => ({
        sha: c.sha,
        message: c.commit.message,
        author: { name: c.commit.author?.name ?? '', email: c.commit.author?.email ?? '', login: c.author?.login },
        committer: { name: c.commit.committer?.name ?? '', email: c.commit.committer?.email ?? '', login: c.committer?.login }
      }))
      if (data.total_commits > commits.length) {
        // Too many to inspect: report an unknown author so the engine treats the branch as edited.
        commits.push({ sha: head, message: '', author: { name: 'unknown', email: 'unknown' }, committer: { name: 'unknown', email: 'unknown' } })
      }
      return commits
    })
  }

  async commitFiles(req: CommitRequest): Promise<string> {
    const parent = await this.call('read the base commit', async () =>
      (await this.octokit.rest.git.getCommit({ ...this.repoParams(), commit_sha: req.parentSha })).data)
    const tree = await this.call('create the commit tree', async () => {
      const entries = []
      for (const file of req.files) {
        if (file.content === null) {
          if (file.existed === false) continue
          entries.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: null })
        } else if (file.content.length > INLINE_LIMIT) {
          const blob = await this.octokit.rest.git.createBlob({ ...this.repoParams(), content: Buffer.from(file.content).toString('base64'), encoding: 'base64' })
          entries.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: blob.data.sha })
        } else {
          entries.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, content: file.content })
        }
      }
      return (await this.octokit.rest.git.createTree({ ...this.repoParams(), base_tree: parent.tree.sha, tree: entries })).data.sha
    })
    const commit = await this.call('create the commit', async () => (await this.octokit.rest.git.createCommit({
      ...this.repoParams(),
      message: req.message,
      tree,
      parents: [req.parentSha],
      ...(req.author ? { author: { name: req.author.name, email: req.author.email } } : {})
    })).data.sha)
    await this.call(`update branch ${req.branch}`, () => this.setRef(req.branch, commit, req.branchHead !== null))
    return commit
  }

  private async setRef(branch: string, sha: string, exists: boolean): Promise<void> {
    const update = () => this.octokit.rest.git.updateRef({ ...this.repoParams(), ref: `heads/${branch}`, sha, force: true })
    const create = () => this.octokit.rest.git.createRef({ ...this.repoParams(), ref: `refs/heads/${branch}`, sha })
    try {
      await (exists ? update() : create())
    } catch (error) {
      // The branch appeared or vanished since it was read (another run, a person): try the other way once.
      const detail = messageOf(asHttpFailure(error)?.response?.data)
      if (asHttpFailure(error)?.status === 422 && /Reference (already exists|does not exist)/i.test(detail)) {
        await (exists ? create() : update())
        return
      }
      throw error
    }
  }

  async deleteBranch(branch: string): Promise<void> {
    await this.call(`delete branch ${branch}`, async () => {
      try {
        await this.octokit.rest.git.deleteRef({ ...this.repoParams(), ref: `heads/${branch}` })
      } catch (error) {
        const failure = asHttpFailure(error)
        if (failure?.status === 404 || (failure?.status === 422 && /Reference does not exist/i.test(messageOf(failure.response?.data)))) return
        throw error
      }
    })
  }

  async findProposal(branch: string): Promise<ProposalInfo | null> {
    return this.call('look up the pull request', async () => {
      const { data } = await this.octokit.rest.pulls.list({ ...this.repoParams(), head: `${this.owner}:${branch}`, state: 'all', per_page: 100 })
      const pulls = data.filter((p) => p.head.ref === branch).map(toProposal)
      return pickProposal(pulls)
    })
  }

  async createProposal(p: NewProposal): Promise<ProposalInfo> {
    // Labels cannot be set on creation here; the engine adds the ones the result lacks.
    return this.call('create the pull request', async () => {
      try {
        const { data } = await this.octokit.rest.pulls.create({ ...this.repoParams(), head: p.branch, base: p.base, title: p.title, body: p.body, draft: p.draft })
        return toProposal(data)
      } catch (error) {
        const failure = asHttpFailure(error)
        const detail = messageOf(failure?.response?.data)
        if (failure?.status === 422 && /already exists/i.test(detail)) throw new ProposalExistsError('github', detail)
        throw error
      }
    })
  }

  async updateProposal(number: number, patch: ProposalPatch): Promise<void> {
    const verb = patch.state === 'open' ? 'reopen' : patch.state === 'closed' ? 'close' : 'update'
    await this.call(`${verb} pull request #${number}`, () =>
      this.octokit.rest.pulls.update({ ...this.repoParams(), pull_number: number, title: patch.title, body: patch.body, state: patch.state }))
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    await this.call(`label pull request #${number}`, () =>
      this.octokit.rest.issues.addLabels({ ...this.repoParams(), issue_number: number, labels }))
  }

  async removeLabel(number: number, label: string): Promise<void> {
    await this.call(`remove a label from pull request #${number}`, async () => {
      try {
        await this.octokit.rest.issues.removeLabel({ ...this.repoParams(), issue_number: number, name: label })
      } catch (error) {
        if (asHttpFailure(error)?.status !== 404) throw error
      }
    })
  }

  async requestReviewers(number: number, reviewers: string[]): Promise<void> {
    // "org/team" names a team; anything else a user.
    const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1))
    const users = reviewers.filter((r) => !r.includes('/'))
    await this.call(`request reviewers on pull request #${number}`, () =>
      this.octokit.rest.pulls.requestReviewers({ ...this.repoParams(), pull_number: number, reviewers: users, team_reviewers: teams }))
  }

  async listComments(number: number): Promise<ForgeComment[]> {
    return this.call(`read the comments of pull request #${number}`, async () => {
      const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repoParams(), issue_number: number, per_page: 100 })
      return comments.map((c) => ({ id: c.id, body: c.body ?? '' }))
    })
  }

  async createComment(number: number, body: string): Promise<void> {
    await this.call(`comment on pull request #${number}`, () =>
      this.octokit.rest.issues.createComment({ ...this.repoParams(), issue_number: number, body }))
  }

  async updateComment(number: number, id: number, body: string): Promise<void> {
    await this.call(`update a comment on pull request #${number}`, () =>
      this.octokit.rest.issues.updateComment({ ...this.repoParams(), comment_id: id, body }))
  }

  private repoParams() {
    return { owner: this.owner, repo: this.repo }
  }

  /** Runs one operation; HTTP failures become a ForgeError with an explanation. */
  private async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      if (error instanceof ForgeError) throw error
      const failure = asHttpFailure(error)
      throw forgeError({
        forge: 'github',
        operation,
        status: failure?.status,
        detail: failure ? messageOf(failure.response?.data) : error instanceof Error ? error.message : String(error),
        context: this.context,
        rateLimited: typeof error === 'object' && error !== null && this.rateLimited.has(error)
      })
    }
  }
}

interface PullLike {
  number: number
  html_url: string
  state: string
  merged_at: string | null
  title: string
  body: string | null
  labels: { name?: string }[]
  draft?: boolean
  base: { ref: string }
  head: { ref: string; sha: string }
}

function toProposal(p: PullLike): ProposalInfo {
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
  }
}

function asHttpFailure(error: unknown): HttpFailure | null {
  if (typeof error !== 'object' || error === null) return null
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? (error as HttpFailure) : null
}

function stringHeaders(headers: Record<string, string | number | undefined> | undefined): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v === undefined ? undefined : String(v)
  return out
}

/** GitHub's error text: the message plus the messages of its "errors" entries. */
function messageOf(data: unknown): string {
  if (typeof data === 'string') return data
  if (typeof data !== 'object' || data === null) return ''
  const { message, errors } = data as { message?: unknown; errors?: unknown }
  const parts = typeof message === 'string' ? [message] : []
  if (Array.isArray(errors)) {
    for (const e of errors) {
      if (typeof e === 'string') parts.push(e)
      else if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') parts.push((e as { message: string }).message)
    }
  }
  return parts.join(': ')
}
