// Keeping the dashboard issue: a tick that lands between the run's read and
// its write is never erased, and a state the body already shows writes nothing.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { createGitHubForge } from '../../src/forge/github.js'
import { Dashboard } from '../../src/dashboard/update.js'
import { steer } from '../../src/dashboard/steer.js'
import type { JobConfig } from '../../src/config/config.js'
import type { Forge } from '../../src/forge/types.js'

const at = '2026-12-03T10:00:00.000Z'
const job = (name: string): JobConfig => ({ name, run: ['add', name] }) as unknown as JobConfig

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

  test('a box for a job this run does not act on stays ticked (a matrix runner runs one job)', async () => {
    const first = await Dashboard.open(forge, { title: 'poi-gitops dashboard' })
    first.record({ job: 'a', outcome: 'proposal open', since: at })
    first.record({ job: 'b', outcome: 'proposal open', since: at })
    await first.publish(['a', 'b'])
    const [issue] = fake.issues
    fake.editIssue(issue.number, issue.body.replace('- [ ] <!-- poi-gitops:pause:b -->', '- [x] <!-- poi-gitops:pause:b -->'), 'maintainer')
    // The runner of job a: steered with a alone, it records a's new state and writes the body.
    const runnerA = await Dashboard.open(forge, { title: 'poi-gitops dashboard' })
    const steering = steer(runnerA, [job('a')], undefined, () => true)
    expect(steering.paused.has('b')).toBe(false)
    runnerA.record({ job: 'a', outcome: 'failed', since: at, detail: 'boom' })
    expect(await runnerA.publish(['a', 'b'])).toBeGreaterThan(0)
    expect(issue.body).toContain('boom')
    expect(issue.body).toContain('- [x] <!-- poi-gitops:pause:b -->')
    // The runner of job b acts on it, once.
    const runnerB = await Dashboard.open(forge, { title: 'poi-gitops dashboard' })
    expect(steer(runnerB, [job('b')], undefined, () => true).paused.has('b')).toBe(true)
    await runnerB.publish(['a', 'b'])
    expect(issue.body).not.toContain('- [x] <!-- poi-gitops:pause:b -->')
    expect(issue.body).toMatch(/- \[ \] <!-- poi-gitops:pause:b -->.*done: paused/)
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
