// GitLab issues for the dashboard, through gitbeaker on the HTTP layer.

import type { IssueNotes, Issues, ProjectMembers } from '@gitbeaker/rest'
import { exitCodeOf } from '../core/errors.js'
import { RemoteError } from '../sources/remote-error.js'
import type { InferOutput } from 'valibot'
import type { ForgeCalls } from './github-issues.js'
import * as gl from './gitlab-schemas.js'
import type { ForgeComment, ForgeIssue, ForgeIssues } from './types.js'

export class GitLabIssues implements ForgeIssues {
  constructor(private readonly api: { issues: Issues; notes: IssueNotes; members: ProjectMembers }, private readonly project: string | number, private readonly calls: ForgeCalls) {}

  async find(label: string, marker: string): Promise<ForgeIssue | null> {
    return this.calls.call('find the dashboard issue', async () => {
      const data = await this.api.issues.all({ projectId: this.project, state: 'opened', labels: label, perPage: 100 })
      const found = this.calls.read(gl.Issues, data, 'the open issues').filter((i) => (i.description ?? '').includes(marker))
      const oldest = found.sort((a, b) => a.iid - b.iid)[0]
      return oldest ? toIssue(oldest) : null
    })
  }

  async create(title: string, body: string, labels: string[]): Promise<ForgeIssue> {
    return this.calls.call('create the dashboard issue', async () =>
      toIssue(this.calls.read(gl.Issue, await this.api.issues.create(this.project, title, { description: body, labels: labels.join(',') }), 'the new issue')))
  }

  async update(number: number, patch: { title?: string; body?: string }): Promise<void> {
    await this.calls.call(`update issue #${number}`, () =>
      this.api.issues.edit(this.project, number, { ...(patch.title !== undefined ? { title: patch.title } : {}), ...(patch.body !== undefined ? { description: patch.body } : {}) }))
  }

  async close(number: number): Promise<void> {
    await this.calls.call(`close issue #${number}`, () => this.api.issues.edit(this.project, number, { stateEvent: 'close' }))
  }

  /** GitLab records a description edit as a system note by the editor; Developer (30) or above may write. */
  async lastEditor(number: number): Promise<{ login: string; canWrite: boolean } | undefined> {
    try {
      const notes = this.calls.read(gl.AuthoredNotes, await this.api.notes.all(this.project, number, { sort: 'desc', orderBy: 'created_at', perPage: 100 }), `the notes of issue #${number}`)
      const edit = notes.find((n) => n.system && (n.body ?? '').startsWith('changed the description'))
      if (!edit) return undefined
      let level = 0
      try {
        level = this.calls.read(gl.Member, await this.api.members.show(this.project, edit.author.id, { includeInherited: true }), 'the editor\'s membership').access_level
      } catch (e) {
        // 404: not a member of the project at all.
        if (!(e instanceof RemoteError && e.status === 404)) throw e
      }
      return { login: edit.author.username, canWrite: level >= 30 }
    } catch (e) {
      // Not a member at all (404), or a token that may not read members: the forge's own edit rights stand.
      if (exitCodeOf(e) === 3) return undefined
      throw e
    }
  }

  async listComments(number: number): Promise<ForgeComment[]> {
    return this.calls.call(`read the notes of issue #${number}`, async () => {
      const notes = this.calls.read(gl.Notes, await this.api.notes.all(this.project, number, { perPage: 100 }), `the notes of issue #${number}`)
      return notes.filter((n) => !n.system).map((n) => ({ id: n.id, body: n.body ?? '' }))
    })
  }

  async createComment(number: number, body: string): Promise<void> {
    await this.calls.call(`comment on issue #${number}`, () => this.api.notes.create(this.project, number, body))
  }

  async updateComment(number: number, id: number, body: string): Promise<void> {
    await this.calls.call(`update a note on issue #${number}`, () => this.api.notes.edit(this.project, number, id, { body }))
  }
}

function toIssue(i: InferOutput<typeof gl.Issue>): ForgeIssue {
  return { number: i.iid, url: i.web_url, title: i.title, body: i.description ?? '' }
}
