// GitHub through Octokit (@actions/github). Commits are made with the Git
// Data API only — a tree on top of the parent's tree, a commit, a forced ref
// update — so no checkout or git CLI is needed, and commits made with an app
// token (GITHUB_TOKEN included) are signed by GitHub. Octokit sends through
// the project's HTTP layer (network.ts); every answer is checked against a
// schema of the fields read (github-schemas.ts).

import * as v from 'valibot'
import { HttpForge } from './http-forge.js'
import { GitHubIssues } from './github-issues.js'
import { getOctokit } from '@actions/github'
import type { HttpClient } from '../sources/http.js'
import type { InferOutput } from 'valibot'
import { ForgeError, ProposalExistsError, forgeMessageOf, statusOf, type ForgeContext } from './errors.js'
import { FORGE_FACTS, pickProposal } from './facts.js'
import * as gh from './github-schemas.js'
import { GraphqlError, graphql } from './graphql.js'
import { fetchThrough, gitHubForgeHttp, type ForgeNetworkOptions } from './network.js'
import type {
  CommitRequest, CommitSummary, Forge, ForgeComment, ForgeIssues, NewProposal, ProposalInfo, ProposalPatch, Review
} from './types.js'

export interface GitHubForgeOptions extends ForgeNetworkOptions {
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

/** GitHub's auto-merge (https://docs.github.com/graphql/reference/mutations#enablepullrequestautomerge): refused, never a merge, when nothing is pending. */
const ENABLE_AUTO_MERGE = `mutation PoiGitopsEnableAutoMerge($pullRequestId: ID!, $expectedHeadOid: GitObjectID!, $mergeMethod: PullRequestMergeMethod) {
  enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, expectedHeadOid: $expectedHeadOid, mergeMethod: $mergeMethod}) {
    pullRequest { autoMergeRequest { enabledAt } }
  }
}`

type Octokit = ReturnType<typeof getOctokit>

export function createGitHubForge(options: GitHubForgeOptions): Forge {
  return new GitHubForge(options)
}

class GitHubForge extends HttpForge implements Forge {
  protected readonly label = 'GitHub'
  readonly kind = 'github' as const
  readonly words = FORGE_FACTS.github.words
  readonly maxBodyLength = FORGE_FACTS.github.maxBodyLength
  readonly botEmails = [GITHUB_ACTIONS_BOT_EMAIL, WEB_FLOW_EMAIL]
  readonly secrets: string[]
  protected readonly http: HttpClient
  private readonly octokit: Octokit
  readonly issues: ForgeIssues
  private readonly owner: string
  private readonly repo: string
  protected readonly context: ForgeContext
  private repository: Promise<InferOutput<typeof gh.Repository>> | undefined
  /** GraphQL ids of the pull requests seen, for auto-merge. */
  private readonly nodeIds = new Map<number, string>()
  private readonly graphqlUrl: string

  constructor(options: GitHubForgeOptions) {
    super()
    this.owner = options.owner
    this.repo = options.repo
    this.secrets = [options.token]
    this.context = { repository: `${options.owner}/${options.repo}`, ...options.context }
    const apiUrl = options.apiUrl.replace(/\/+$/, '')
    this.http = gitHubForgeHttp(apiUrl, options.token, options)
    // As Octokit's graphql derives it: …/api/v3 on GitHub Enterprise Server answers GraphQL at …/api/graphql.
    this.graphqlUrl = `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`
    // Octokit's own `request` options replace @actions/github's defaults (its proxy agent and fetch) as a whole.
    this.octokit = getOctokit(options.token, { baseUrl: apiUrl, userAgent: 'poi-gitops', request: { fetch: fetchThrough(this.http) } })
    this.issues = new GitHubIssues(this.octokit, this.repoParams(), { call: (o, f) => this.call(o, f), read: (s, d, w) => this.read(s, d, w) },
      (query, variables) => graphql(this.http, { url: this.graphqlUrl, query, variables, idempotent: true }, v.unknown(), 'a GraphQL query'))
  }

  // GITHUB_TOKEN may not read /user (it is an app token; its identity is botEmails); a PAT may.
  protected async readIdentity(): Promise<string[]> {
    const user = this.read(gh.AuthenticatedUser, (await this.octokit.rest.users.getAuthenticated()).data, 'the authenticated user')
    return [user.email, `${user.id}+${user.login}@users.noreply.github.com`, `${user.login}@users.noreply.github.com`]
      .filter((e): e is string => typeof e === 'string' && e !== '')
  }

  async defaultBranch(): Promise<string> {
    return (await this.readRepository()).default_branch
  }

  /** One read per run, not per job; auto-merge reads its settings from the same answer. */
  private readRepository(): Promise<InferOutput<typeof gh.Repository>> {
    if (this.repository === undefined) {
      const read = this.call('read the repository', async () =>
        this.read(gh.Repository, (await this.octokit.rest.repos.get(this.repoParams())).data, 'the repository'))
      // A failed read is not remembered: the next job asks again.
      read.catch(() => { if (this.repository === read) this.repository = undefined })
      this.repository = read
    }
    return this.repository
  }

  async branchHead(branch: string): Promise<string | null> {
    return this.call(`read branch ${branch}`, async () => {
      try {
        return this.read(gh.Ref, (await this.octokit.rest.git.getRef({ ...this.repoParams(), ref: `heads/${branch}` })).data, `branch ${branch}`).object.sha
      } catch (error) {
        if (statusOf(error) === 404) return null
        throw error
      }
    })
  }

  async changedPaths(base: string, head: string): Promise<string[]> {
    return this.call('list the files a push changed', async () => {
      const response = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.repoParams(), basehead: `${base}...${head}`, per_page: 1 })
      const { files } = this.read(gh.ComparisonFiles, response.data, 'the comparison')
      // GitHub lists at most 300 files: a longer list cannot tell what the push did not change.
      if (files.length >= 300) throw new Error('the push changed 300 files or more; GitHub does not list them all')
      return [...new Set(files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]))].sort()
    })
  }

  async commitsBetween(base: string, head: string): Promise<CommitSummary[]> {
    return this.call('compare the branch with its base', async () => {
      const response = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.repoParams(), basehead: `${base}...${head}`, per_page: 100 })
      const data = this.read(gh.Comparison, response.data, 'the comparison')
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
      this.read(gh.GitCommit, (await this.octokit.rest.git.getCommit({ ...this.repoParams(), commit_sha: req.parentSha })).data, 'the base commit'))
    const tree = await this.call('create the commit tree', async () => {
      const entries = []
      for (const file of req.files) {
        if (file.content === null) {
          if (file.existed === false) continue
          entries.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: null })
        } else if (file.content.length > INLINE_LIMIT) {
          const blob = await this.octokit.rest.git.createBlob({ ...this.repoParams(), content: Buffer.from(file.content).toString('base64'), encoding: 'base64' })
          entries.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: this.read(gh.GitObject, blob.data, 'the new blob').sha })
        } else {
          entries.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, content: file.content })
        }
      }
      const created = await this.octokit.rest.git.createTree({ ...this.repoParams(), base_tree: parent.tree.sha, tree: entries })
      return this.read(gh.GitObject, created.data, 'the new tree').sha
    })
    const commit = await this.call('create the commit', async () => this.read(gh.GitObject, (await this.octokit.rest.git.createCommit({
      ...this.repoParams(),
      message: req.message,
      tree,
      parents: [req.parentSha],
      ...(req.author ? { author: { name: req.author.name, email: req.author.email } } : {})
    })).data, 'the new commit').sha)
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
      if (statusOf(error) === 422 && /Reference (already exists|does not exist)/i.test(forgeMessageOf(error))) {
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
        // GitHub closes the branch's open pull requests with it.
        this.branchClosed(branch)
      } catch (error) {
        const status = statusOf(error)
        if (status === 404 || (status === 422 && /Reference does not exist/i.test(forgeMessageOf(error)))) return
        throw error
      }
    })
  }

  async findProposal(branch: string): Promise<ProposalInfo | null> {
    return this.call('look up the pull request', async () => {
      const { data } = await this.octokit.rest.pulls.list({ ...this.repoParams(), head: `${this.owner}:${branch}`, state: 'all', per_page: 100 })
      const pulls = this.read(gh.Pulls, data, 'the pull requests').filter((p) => p.head.ref === branch).map((p) => this.toProposal(p))
      const picked = pickProposal(pulls)
      return picked ? this.seen(picked) : null
    })
  }

  async createProposal(p: NewProposal): Promise<ProposalInfo> {
    // Labels cannot be set on creation here; the engine adds the ones the result lacks.
    return this.call('create the pull request', async () => {
      try {
        const { data } = await this.octokit.rest.pulls.create({ ...this.repoParams(), head: p.branch, base: p.base, title: p.title, body: p.body, draft: p.draft })
        return this.seen(this.toProposal(this.read(gh.Pull, data, 'the new pull request')))
      } catch (error) {
        const detail = forgeMessageOf(error)
        if (statusOf(error) === 422 && /already exists/i.test(detail)) throw new ProposalExistsError('github', detail)
        throw error
      }
    })
  }

  async updateProposal(number: number, patch: ProposalPatch): Promise<void> {
    const verb = patch.state === 'open' ? 'reopen' : patch.state === 'closed' ? 'close' : 'update'
    await this.call(`${verb} pull request #${number}`, () =>
      this.octokit.rest.pulls.update({ ...this.repoParams(), pull_number: number, title: patch.title, body: patch.body, state: patch.state }))
    if (patch.state) this.stateChanged(number, patch.state)
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
        if (statusOf(error) !== 404) throw error
      }
    })
  }

  async requestReviewers(number: number, reviewers: string[], teamReviewers: string[] = []): Promise<void> {
    // "org/team" names a team, in reviewers too; GitHub wants the team's slug alone.
    const slug = (t: string) => t.slice(t.indexOf('/') + 1)
    const teams = [...new Set([...reviewers.filter((r) => r.includes('/')), ...teamReviewers].map(slug))]
    const users = reviewers.filter((r) => !r.includes('/'))
    await this.call(`request reviewers on pull request #${number}`, () =>
      this.octokit.rest.pulls.requestReviewers({ ...this.repoParams(), pull_number: number, reviewers: users, team_reviewers: teams }))
  }

  async reviewsOf(number: number): Promise<Review[]> {
    return this.call(`read the reviews of pull request #${number}`, async () => {
      const reviews = await this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...this.repoParams(), pull_number: number, per_page: 100 })
      // A dismissed review no longer counts, a pending one is not submitted, and one without a commit reviewed no head.
      return this.read(gh.Reviews, reviews, `the reviews of pull request #${number}`)
        .filter((r) => r.state !== 'PENDING' && r.state !== 'DISMISSED')
        .flatMap((r) => (r.user && r.commit_id ? [{ login: r.user.login, commit: r.commit_id }] : []))
    })
  }

  protected async listOpenProposalBranches(): Promise<string[]> {
    return this.call('list the open pull requests', async () => {
      const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, { ...this.repoParams(), state: 'open', per_page: 100 })
      const own = `${this.owner}/${this.repo}`.toLowerCase()
      return this.read(gh.OpenPulls, pulls, 'the open pull requests').filter((p) => p.head.repo?.full_name.toLowerCase() === own).map((p) => p.head.ref)
    })
  }

  async enableAutoMerge(proposal: ProposalInfo, head: string): Promise<void> {
    // The bot's own pushes (it has write access) leave auto-merge on, so once on it needs no second request.
    if (proposal.autoMerge) return
    const operation = `turn on auto-merge for pull request #${proposal.number}`
    const repository = await this.readRepository()
    const refused = (detail: string, why: string) =>
      new ForgeError('github', operation, undefined, detail, `GitHub did not turn on auto-merge for pull request #${proposal.number}: ${why}`)
    if (repository.allow_auto_merge === false) {
      throw refused('auto-merge is not allowed', `auto-merge is not allowed in ${this.owner}/${this.repo} (Settings → General → "Allow auto-merge"); it waits for a person to merge it.`)
    }
    const id = this.nodeIds.get(proposal.number) ?? await this.call(`read pull request #${proposal.number}`, async () =>
      this.read(gh.Pull, (await this.octokit.rest.pulls.get({ ...this.repoParams(), pull_number: proposal.number })).data, `pull request #${proposal.number}`).node_id)
    if (id === undefined) throw refused('no node_id', 'GitHub did not give the GraphQL id of the pull request.')
    await this.call(operation, async () => {
      try {
        await graphql(this.http, {
          url: this.graphqlUrl, query: ENABLE_AUTO_MERGE, idempotent: false,
          variables: { pullRequestId: id, expectedHeadOid: head, mergeMethod: mergeMethod(repository) },
        }, gh.EnabledAutoMerge, 'the answer to enablePullRequestAutoMerge')
      } catch (error) {
        if (!(error instanceof GraphqlError)) throw error
        const detail = error.message
        throw refused(detail,
          /not allowed for this repository/i.test(detail) ? `auto-merge is not allowed in ${this.owner}/${this.repo} (Settings → General → "Allow auto-merge"); it waits for a person to merge it.`
            : /clean status/i.test(detail) ? `nothing is pending on it (no required check or review), and GitHub only waits for pending requirements; poi-gitops never merges itself, so a person merges it (or require a status check on ${proposal.base}).`
              : /draft/i.test(detail) ? 'it is a draft; mark it ready for review first.'
                : `${detail}.`)
      }
    })
  }

  async listComments(number: number): Promise<ForgeComment[]> {
    return this.call(`read the comments of pull request #${number}`, async () => {
      const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repoParams(), issue_number: number, per_page: 100 })
      return this.read(gh.Comments, comments, `the comments of pull request #${number}`).map((c) => ({ id: c.id, body: c.body ?? '' }))
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

  private toProposal(p: InferOutput<typeof gh.Pull>): ProposalInfo {
    if (p.node_id !== undefined) this.nodeIds.set(p.number, p.node_id)
    return toProposal(p)
  }
}

/** The method auto-merge uses: GitHub's default (a merge commit) unless the repository forbids it. */
function mergeMethod(repository: InferOutput<typeof gh.Repository>): 'SQUASH' | 'REBASE' | undefined {
  if (repository.allow_merge_commit !== false) return undefined
  if (repository.allow_squash_merge !== false) return 'SQUASH'
  return repository.allow_rebase_merge !== false ? 'REBASE' : undefined
}

function toProposal(p: InferOutput<typeof gh.Pull>): ProposalInfo {
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
  }
}
