// The dashboard end to end on GitHub and GitLab: one issue found by its hidden
// marker, created on the first run, edited in place only when its content
// changes (a no-op run writes nothing), right under a matrix of runners, and
// steered by checkboxes that act once.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { FakeGitLab, GITLAB_TOKEN, PROJECT_ID } from '../fakes/gitlab-server.js'
import { makeRepo } from '../helpers/cli.js'
import { cli, exampleFiles } from '../security/fixtures.js'
import { runAction } from '../helpers/action.js'

const CONFIG = '[proposal]\nbranch-prefix = "poi-gitops/"\n\n[[job]]\nname = "tcpdump"\nrun = "add -i inventories/hyperscale.toml tcpdump"\n\n' +
  '[[job]]\nname = "jq"\nrun = "add -i inventories/hyperscale.toml jq"\n\n[[job]]\nname = "weekly"\nrun = "add -i inventories/hyperscale.toml socat"\nschedule = "0 0 29 2 *"\n'
const files = (): Record<string, string> => ({ ...exampleFiles(), 'poi-gitops.toml': CONFIG })

/** A person ticks a box in the dashboard's body. */
function tick(body: string, action: string, job: string): string {
  const marker = `- [ ] <!-- poi-gitops:${action}:${job} -->`
  expect(body).toContain(marker)
  return body.replace(marker, `- [x] <!-- poi-gitops:${action}:${job} -->`)
}

describe('GitHub', () => {
  let repo: GitRepo
  let forge: FakeGitHub
  let env: Record<string, string>
  beforeEach(async () => {
    repo = GitRepo.create(files())
    forge = await FakeGitHub.start(repo)
    env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0', GITHUB_EVENT_NAME: 'schedule' }
  })
  afterEach(async () => {
    await forge.stop()
    repo.remove()
  })
  const dashboards = () => forge.issues.filter((i) => i.body.includes('<!-- poi-gitops:dashboard -->'))
  const edit = (body: string, login = 'maintainer') => forge.editIssue(dashboards()[0].number, body, login)

  test('what the dashboard posts passes the run\'s redactor: a secret pasted into its title is not published', async () => {
    const leaky = { ...files(), 'poi-gitops.toml': `${CONFIG}\n[dashboard]\ntitle = "dashboard ${GITHUB_TOKEN}"\n` }
    expect((await cli(makeRepo(leaky), env, 'run')).code).toBe(0)
    const [board] = dashboards()
    expect(board.title).toBe('dashboard [redacted]')
    expect(board.body).not.toContain(GITHUB_TOKEN)
  })

  test('created on the first run; a run that changes nothing writes nothing; schedules skip a job on scheduled runs only', async () => {
    const first = await cli(makeRepo(files()), env, 'run')
    expect(first.code).toBe(0)
    expect(first.stderr).toContain('weekly: skipped: not scheduled now (0 0 29 2 *)')
    expect(dashboards()).toHaveLength(1)
    const [board] = dashboards()
    expect(board.title).toBe('poi-gitops dashboard')
    expect(board.labels).toEqual(['poi-gitops:dashboard'])
    expect(board.body).toMatch(/\| `tcpdump` \| proposal open \| [0-9-]+ [0-9:]+ \| \[#\d+\]\(https:\/\/github.com\/acme\/inventory\/pull\/\d+\) \|/)
    expect(board.body).toContain('| `weekly` | _not run yet_ |')
    expect(forge.pullsFor('poi-gitops/weekly')).toHaveLength(0)

    forge.http.resetCounts()
    const again = await cli(makeRepo(files()), env, 'run')
    expect(again.code).toBe(0)
    expect(forge.http.counts().writes).toBe(0)
    // Three reads per proposing job, one for the dashboard.
    expect(forge.http.counts().reads).toBeLessThanOrEqual(2 * 3 + 1)

    const dispatched = await cli(makeRepo(files()), { ...env, GITHUB_EVENT_NAME: 'workflow_dispatch' }, 'run', '--job', 'weekly')
    expect(dispatched.code).toBe(0)
    expect(forge.pullsFor('poi-gitops/weekly')).toHaveLength(1)
  })

  test('pause, replan and resume act once each, and the box comes back unticked with a note', async () => {
    await cli(makeRepo(files()), env, 'run')
    edit(tick(dashboards()[0].body, 'pause', 'jq'))
    const paused = await cli(makeRepo(files()), env, 'run')
    expect(paused.stderr).toContain('jq: skipped: paused')
    let body = dashboards()[0].body
    expect(body).toContain('- [ ] <!-- poi-gitops:resume:jq --> Resume `jq` (paused) _(done: paused)_')
    expect(body).not.toContain('- [x]')

    // Still paused on the next run, and the note is gone.
    const head = repo.branchHead('poi-gitops/jq')
    repo.commitFiles('main', { 'README.md': 'moved on\n' })
    await cli(makeRepo(files()), env, 'run')
    expect(repo.branchHead('poi-gitops/jq')).toBe(head)
    body = dashboards()[0].body
    expect(body).toContain('- [ ] <!-- poi-gitops:resume:jq --> Resume `jq` (paused)\n')

    edit(tick(body, 'replan', 'jq'))
    await cli(makeRepo(files()), env, 'run')
    expect(repo.branchHead('poi-gitops/jq')).not.toBe(head)
    body = dashboards()[0].body
    expect(body).toContain('<!-- poi-gitops:resume:jq -->')
    expect(body).toContain('_(done: run on request)_')

    edit(tick(body, 'resume', 'jq'))
    const resumed = await cli(makeRepo(files()), env, 'run')
    expect(resumed.stderr).not.toContain('jq: skipped')
    expect(dashboards()[0].body).toContain('- [ ] <!-- poi-gitops:pause:jq --> Pause `jq` _(done: resumed)_')
  })

  test('a box ticked by someone without write access is ignored, and says so', async () => {
    await cli(makeRepo(files()), env, 'run')
    edit(tick(dashboards()[0].body, 'pause', 'jq'), 'drive-by')
    const r = await cli(makeRepo(files()), env, 'run')
    expect(r.stderr).not.toContain('jq: skipped')
    const body = dashboards()[0].body
    expect(body).toContain('- [ ] <!-- poi-gitops:pause:jq --> Pause `jq` _(done: ignored: drive-by has no write access)_')
  })

  test('a blocked proposal is listed with a box that hands it back', async () => {
    await cli(makeRepo(files()), env, 'run')
    repo.commitFiles('poi-gitops/jq', { 'notes.txt': 'mine\n' }, { name: 'Pat', email: 'pat@example.org' })
    await cli(makeRepo(files()), env, 'run')
    const body = dashboards()[0].body
    expect(body).toContain('## Blocked pull requests')
    edit(tick(body, 'regenerate', 'jq'))
    await cli(makeRepo(files()), env, 'run')
    expect(repo.readFile('poi-gitops/jq', 'notes.txt')).toBeNull()
    expect(dashboards()[0].body).not.toContain('## Blocked pull requests')
  })

  test('a matrix of runners at once: one dashboard, every job on it, then no flapping', async () => {
    const runs = await Promise.all(['tcpdump', 'jq', 'weekly'].map((job) => cli(makeRepo(files()), { ...env, GITHUB_EVENT_NAME: 'workflow_dispatch' }, 'run', '--job', job)))
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0])
    const open = dashboards().filter((i) => i.state === 'open')
    expect(open).toHaveLength(1)
    for (const job of ['tcpdump', 'jq', 'weekly']) expect(open[0].body).toMatch(new RegExp(`\\| \`${job}\` \\| proposal open \\|`))
    forge.http.resetCounts()
    await Promise.all(['tcpdump', 'jq', 'weekly'].map((job) => cli(makeRepo(files()), { ...env, GITHUB_EVENT_NAME: 'workflow_dispatch' }, 'run', '--job', job)))
    expect(forge.http.counts().writes).toBe(0)
  })

  test('jobs --json (and the action\'s jobs output) lists the jobs for a CI matrix', async () => {
    const action = await runAction(makeRepo(files()), 'schedule', {}, { command: 'jobs' }, { GITHUB_API_URL: forge.url })
    expect(action.code).toBe(0)
    expect(JSON.parse(action.outputs.jobs).map((j: { name: string }) => j.name)).toEqual(['tcpdump', 'jq', 'weekly'])
    expect(forge.http.counts().reads + forge.http.counts().writes).toBe(0)
    const r = await cli(makeRepo(files()), {}, 'jobs', '--json')
    expect(JSON.parse(r.stdout)).toEqual([
      { name: 'tcpdump', run: 'add -i inventories/hyperscale.toml tcpdump', branch: 'poi-gitops/tcpdump' },
      { name: 'jq', run: 'add -i inventories/hyperscale.toml jq', branch: 'poi-gitops/jq' },
      { name: 'weekly', run: 'add -i inventories/hyperscale.toml socat', branch: 'poi-gitops/weekly' }
    ])
  })
})

describe('GitLab', () => {
  test('created on the first run, unchanged runs write nothing, a pause acts once', async () => {
    const repo = GitRepo.create(files())
    const forge = await FakeGitLab.start(repo)
    try {
      const env = { GITLAB_CI: 'true', CI: 'true', CI_API_V4_URL: `${forge.url}/api/v4`, CI_PROJECT_ID: String(PROJECT_ID), GITLAB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0', CI_PIPELINE_SOURCE: 'schedule' }
      expect((await cli(makeRepo(files()), env, 'ci')).code).toBe(0)
      const board = forge.issues.find((i) => i.description.includes('<!-- poi-gitops:dashboard -->'))!
      expect(board.labels).toEqual(['poi-gitops:dashboard'])
      expect(board.description).toMatch(/\| `jq` \| proposal open \|.*\[!\d+\]/)
      forge.http.resetCounts()
      await cli(makeRepo(files()), env, 'ci')
      expect(forge.http.counts().writes).toBe(0)
      forge.editIssue(board.iid, tick(board.description, 'pause', 'jq'), 'reporter')
      const ignored = await cli(makeRepo(files()), env, 'ci')
      expect(ignored.stderr).not.toContain('jq: skipped')
      expect(board.description).toContain('_(done: ignored: reporter has no write access)_')
      forge.editIssue(board.iid, tick(board.description, 'pause', 'tcpdump'), 'maintainer')
      const paused = await cli(makeRepo(files()), env, 'ci')
      expect(paused.stderr).toContain('tcpdump: skipped: paused')
      expect(board.description).toContain('- [ ] <!-- poi-gitops:resume:tcpdump -->')
    } finally {
      await forge.stop()
      repo.remove()
    }
  })
})
