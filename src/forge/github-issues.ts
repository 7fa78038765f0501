// GitHub issues for the dashboard, through the forge's Octokit (on the HTTP layer).

import type { getOctokit } from '@actions/github'
import * as gh from './github-schemas.js'
import { GraphqlError } from './graphql.js'
import { exitCodeOf } from '../core/errors.js'
import type { ForgeComment, ForgeIssue, ForgeIssues } from './types.js'
import type { Schema } from '../sources/schema.js'
import type { InferOutput } from 'valibot'

type Octokit = ReturnType<typeof getOctokit>

/** The forge's own error mapping and schema reading, lent to its issue client. */
export interface ForgeCalls {
  call<T>(operation: string, fn: () => Promise<T>): Promise<T>
  read<S extends Schema>(schema: S, data: unknown, what: string): InferOutput<S>
}

const LAST_EDIT = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { issue(number: $number) { userContentEdits(last: 1) { nodes { editor { login } } } } }
}`

export class GitHubIssues implements ForgeIssues {
  constructor(
    private readonly octokit: Octokit, private readonly repo: { owner: string; repo: string }, private readonly calls: ForgeCalls,
    private readonly gql: (query: string, variables: Record<string, unknown>) => Promise<unknown>
  ) {}

  async find(label: string, marker: string): Promise<ForgeIssue | null> {
    return this.calls.call('find the dashboard issue', async () => {
      const data = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.repo, state: 'open', labels: label, per_page: 100 })
      const found = this.calls.read(gh.Issues, data, 'the open issues').filter((i) => i.pull_request === undefined && (i.body ?? '').includes(marker))
      const oldest = found.sort((a, b) => a.number - b.number)[0]
      return oldest ? toIssue(oldest) : null
    })
  }

  async create(title: string, body: string, labels: string[]): Promise<ForgeIssue> {
    return this.calls.call('create the dashboard issue', async () =>
      toIssue(this.calls.read(gh.Issue, (await this.octokit.rest.issues.create({ ...this.repo, title, body, labels })).data, 'the new issue')))
  }

  async update(number: number, patch: { title?: string; body?: string }): Promise<void> {
    await this.calls.call(`update issue #${number}`, () => this.octokit.rest.issues.update({ ...this.repo, issue_number: number, ...patch }))
  }

  async close(number: number): Promise<void> {
    await this.calls.call(`close issue #${number}`, () => this.octokit.rest.issues.update({ ...this.repo, issue_number: number, state: 'closed' }))
  }

  async lastEditor(number: number): Promise<{ login: string; canWrite: boolean } | undefined> {
    try {
      const data = this.calls.read(gh.LastEdit, await this.gql(LAST_EDIT, { owner: this.repo.owner, name: this.repo.repo, number }), 'the last edit of the issue')
      const login = data.repository?.issue?.userContentEdits?.nodes?.at(-1)?.editor?.login
      if (!login) return undefined
      const permission = this.calls.read(gh.Permission, (await this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: login })).data, 'the editor\'s permission')
      return { login, canWrite: ['admin', 'maintain', 'write'].includes(permission.permission) }
    } catch (e) {
      // A token that may not read edits or permissions: the forge's own edit rights stand.
      if (exitCodeOf(e) === 3 || e instanceof GraphqlError) return undefined
      throw e
    }
  }

  async listComments(number: number): Promise<ForgeComment[]> {
    return this.calls.call(`read the comments of issue #${number}`, async () => {
      const data = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repo, issue_number: number, per_page: 100 })
      return this.calls.read(gh.Comments, data, `the comments of issue #${number}`).map((c) => ({ id: c.id, body: c.body ?? '' }))
    })
  }

  async createComment(number: number, body: string): Promise<void> {
    await this.calls.call(`comment on issue #${number}`, () => this.octokit.rest.issues.createComment({ ...this.repo, issue_number: number, body }))
  }

  async updateComment(number: number, id: number, body: string): Promise<void> {
    await this.calls.call(`update a comment on issue #${number}`, () => this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body }))
  }
}

function toIssue(i: InferOutput<typeof gh.Issue>): ForgeIssue {
  return { number: i.number, url: i.html_url, title: i.title, body: i.body ?? '' }
}
