// Keeping the dashboard issue: a tick that lands between the run's read and
// its write is never erased, and a state the body already shows writes nothing.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { createGitHubForge } from '../../src/forge/github.js'
import { Dashboard } from '../../src/dashboard/update.js'
import type { Forge } from '../../src/forge/types.js'

const at = '2026-12-03T10:00:00.000Z'

describe('the dashboard issue on GitHub', () => {
  let repo: GitRepo
  let fake: FakeGitHub
  let forge: Forge
  beforeEach(async () => {
    repo = GitRepo.create({ 'README.md': 'x\n' })
    fake = await FakeGitHub.start(repo)
    forge = createGitHubForge({ apiUrl: fake.url, owner: 'acme', repo: 'inventory', token: GITHUB_TOKEN, writeSpacingMs: 0 })
  })
  afterEach(async () => {
    await forge.close?.()
    await fake.stop()
    repo.remove()
  })

  test('a box ticked while a run is between its read and its write is kept for the next run', async () => {
    const first = await Dashboard.open(forge, { title: 'poi-gitops dashboard' })
    first.record({ job: 'a', outcome: 'proposal open', since: at })
    await first.publish(['a'])
    const [issue] = fake.issues
    const run = await Dashboard.open(forge, { title: 'poi-gitops dashboard' })
    run.record({ job: 'a', outcome: 'failed', since: at, detail: 'boom' })
    // Meanwhile a maintainer ticks "pause".
    fake.editIssue(issue.number, issue.body.replace('- [ ] <!-- poi-gitops:pause:a -->', '- [x] <!-- poi-gitops:pause:a -->'), 'maintainer')
    await run.publish(['a'])
    expect(issue.body).toContain('- [x] <!-- poi-gitops:pause:a -->')
    const next = await Dashboard.open(forge, { title: 'poi-gitops dashboard' })
    expect(next.ticks).toEqual([{ action: 'pause', job: 'a' }])
  })

  test('recording the state the body shows writes nothing and reads nothing more', async () => {
    const first = await Dashboard.open(forge, { title: 'poi-gitops dashboard' })
    first.record({ job: 'a', outcome: 'proposal open', since: at })
    await first.publish(['a'])
    fake.http.resetCounts()
    const again = await Dashboard.open(forge, { title: 'poi-gitops dashboard' })
    again.record({ job: 'a', outcome: 'proposal open', since: '2027-01-01T00:00:00.000Z' })
    expect(await again.publish(['a'])).toBe(0)
    expect(fake.http.counts()).toMatchObject({ writes: 0, reads: 1 })
  })
})
