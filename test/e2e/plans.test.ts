// The plan lifecycle end to end, on GitHub and GitLab: a scheduled run
// proposes plans/<job>.json and writes nothing to Bugzilla; merging it is the
// approval, and the push that merges it applies each action exactly once; a
// second apply writes nothing; a bug a person changed in between is skipped
// and reported; a write whose answer is lost is not sent again.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { FakeGitLab, GITLAB_TOKEN, PROJECT_ID } from '../fakes/gitlab-server.js'
import { fakeBug, type FakeBugzillaOptions } from '../fakes/fake-bugzilla.js'
import { owned, type FakeUpdate } from '../fakes/distgit-fixtures.js'
import { makeRepo } from '../helpers/cli.js'
import { runAction } from '../helpers/action.js'
import { F45_F43, inventory, kojiTags, startWorld, type Fakes } from '../triage/harness.js'

const FILES: Record<string, string> = {
  'poi-gitops.toml': '[[job]]\nname = "triage"\nrun = "triage-updates -i inventories/a.toml"\n',
  'inventories/a.toml': inventory([{ name: 'foo', priority: 'high' }, { name: 'bar', priority: 'high' }])
}
const stable45: FakeUpdate = { alias: 'FEDORA-2026-a45', release: 'F45', status: 'stable', builds: ['foo-1.2.0-1.fc45'] }
const KEY = { BUGZILLA_API_KEY: 'test-key', BUGZILLA_EMAIL: 'bot@example.org' }

async function world(bugzilla: FakeBugzillaOptions = {}): Promise<Fakes> {
  return startWorld({
    bugs: [fakeBug(1, 'foo', 'foo-1.2.0 is available'), fakeBug(2, 'bar', 'bar-3.0 is available')],
    projects: [owned('foo', 'u', { branches: ['rawhide', 'f43'] }), owned('bar', 'u', { branches: ['rawhide', 'f43'] })],
    releases: F45_F43,
    updates: [stable45],
    koji: kojiTags({ f43: { foo: ['foo-1.2.0-1.fc43'] } })
  }, { bugzilla })
}

/** The bugs as apply should leave them: foo's closed as ERRATA, bar's raised to high. */
function expectApplied(f: Fakes): void {
  expect(f.bz.bugs.get(1)).toMatchObject({ status: 'CLOSED', resolution: 'ERRATA' })
  expect(f.bz.bugs.get(2)).toMatchObject({ status: 'NEW', priority: 'high' })
}

async function cli(cwd: string, env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await runCli(argv, { stdout: (s) => { out += s }, stderr: (s) => { out += s }, cwd, env })
  return { code, out }
}

describe('GitHub: schedule proposes, the merge push applies once', () => {
  let repo: GitRepo
  let forge: FakeGitHub
  let f: Fakes
  beforeEach(async () => {
    repo = GitRepo.create(FILES)
    forge = await FakeGitHub.start(repo)
  })
  afterEach(async () => {
    await Promise.all([forge.stop(), f.close()])
    repo.remove()
  })

  /** The merged main, as a checkout of it and the push event that merged it. */
  function merge(): { checkout: string; payload: object } {
    const [pull] = forge.pullsFor('poi-gitops/triage')
    const before = repo.branchHead('main')!
    forge.mergePull(pull.number)
    const after = repo.branchHead('main')!
    const checkout = makeRepo({ ...FILES, 'plans/triage.json': repo.readFile('main', 'plans/triage.json')! })
    return { checkout, payload: { ref: 'refs/heads/main', before, after, repository: { default_branch: 'main' } } }
  }

  test('the plan is proposed with nothing written to Bugzilla; the merge applies it once; a second apply writes nothing', async () => {
    f = await world()
    const env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0', ...f.env }
    const scheduled = await cli(makeRepo(FILES), env, 'run')
    expect(scheduled.code).toBe(0)
    const [pull] = forge.pullsFor('poi-gitops/triage')
    expect(pull.title).toBe('poi-gitops: triage: 2 planned')
    expect(pull.body).toContain('show_bug.cgi?id=1')
    const plan = JSON.parse(repo.readFile('poi-gitops/triage', 'plans/triage.json')!) as { actions: Array<{ kind: string; target: number }> }
    expect(plan.actions.map((a) => [a.kind, a.target])).toEqual([['priority', 2], ['errata', 1]])
    expect(f.bz.writes).toEqual([])

    // A later second: the plan keeps the time its actions were first planned, so nothing is written.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    forge.http.resetCounts()
    expect((await cli(makeRepo(FILES), env, 'run')).code).toBe(0)
    expect(forge.http.log.filter((x) => x.method !== 'GET')).toEqual([])

    const { checkout, payload } = merge()
    const pushed = await runAction(checkout, 'push', payload, {}, { GITHUB_API_URL: forge.url, POI_GITOPS_FORGE_WRITE_SPACING: '0', ...f.env, ...KEY })
    expect(pushed.code).toBe(0)
    expect(pushed.summary).toContain('## poi-gitops apply')
    expect(f.bz.writes.map((w) => w.id)).toEqual([2, 1])
    expectApplied(f)
    const comments = forge.commentsOn(pull.number).filter((c) => c.body.includes('poi-gitops:apply:triage'))
    expect(comments).toHaveLength(1)
    // Its links go to the Bugzilla the plan was applied to, not the default one.
    expect(comments[0].body).toContain(`(${f.env.POI_GITOPS_BUGZILLA_URL}/show_bug.cgi?id=2)`)
    expect(comments[0].body).not.toContain('bugzilla.redhat.com')

    const again = await runAction(checkout, 'push', payload, {}, { GITHUB_API_URL: forge.url, POI_GITOPS_FORGE_WRITE_SPACING: '0', ...f.env, ...KEY })
    expect(again.code).toBe(0)
    expect(f.bz.writes).toHaveLength(2)
    expect(forge.commentsOn(pull.number).filter((c) => c.body.includes('poi-gitops:apply:triage'))).toHaveLength(1)
  })

  test('a bug a person changed after planning is skipped and reported; a write whose answer was lost is not sent again', async () => {
    f = await world({ faults: [{ method: 'PUT', match: /\/rest\/bug\/2$/, times: 1, action: 'apply-then-reset' }] })
    const env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0', ...f.env }
    expect((await cli(makeRepo(FILES), env, 'run')).code).toBe(0)
    const { checkout, payload } = merge()
    // A maintainer handles bug 1 by hand before the merge is applied.
    f.bz.bugs.get(1)!.status = 'ASSIGNED'
    // The key and its email as the action's inputs this time (the runner names them INPUT_BUGZILLA-EMAIL, …).
    const inputs = { 'bugzilla-api-key': KEY.BUGZILLA_API_KEY, 'bugzilla-email': KEY.BUGZILLA_EMAIL }
    const pushed = await runAction(checkout, 'push', payload, inputs, { GITHUB_API_URL: forge.url, POI_GITOPS_FORGE_WRITE_SPACING: '0', ...f.env })
    expect(pushed.summary).toMatch(/changed since planning/)
    expect(f.bz.bugs.get(1)).toMatchObject({ status: 'ASSIGNED', resolution: '' })
    expect(f.bz.writes.map((w) => w.id)).toEqual([2])
    expect(f.bz.bugs.get(2)).toMatchObject({ priority: 'high' })
  })

  test('semver-audit by dispatch reads only, and its table is the job summary', async () => {
    f = await world()
    const r = await runAction(makeRepo(FILES), 'workflow_dispatch', {}, { command: 'semver-audit', args: '-i inventories/a.toml' }, { GITHUB_API_URL: forge.url, ...f.env })
    expect(r.code).toBe(0)
    expect(r.summary).toContain('## poi-gitops semver-audit')
    expect(r.summary).toMatch(/\| `?foo`? \|/)
    expect(f.bz.writes).toEqual([])
    expect(forge.http.counts().writes).toBe(0)
  })

  test('a push that changes no plan runs the jobs; --apply in CI is refused', async () => {
    f = await world()
    const env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0', ...f.env }
    const refused = await cli(makeRepo(FILES), env, 'triage-updates', '-i', 'inventories/a.toml', '--apply')
    expect(refused.code).toBe(2)
    expect(refused.out).toContain('in CI a plan is applied by merging its proposal')
    const before = repo.branchHead('main')!
    repo.commitFiles('main', { 'README.md': 'docs\n' })
    const payload = { ref: 'refs/heads/main', before, after: repo.branchHead('main'), repository: { default_branch: 'main' } }
    const pushed = await runAction(makeRepo(FILES), 'push', payload, {}, { GITHUB_API_URL: forge.url, POI_GITOPS_FORGE_WRITE_SPACING: '0', ...f.env, ...KEY })
    expect(pushed.summary).toContain('## poi-gitops run')
    expect(f.bz.writes).toEqual([])
  })
})

describe('GitHub: a configuration at another path', () => {
  test('the merge push reads the plans folder from the configuration the args input names', async () => {
    const files = { 'ci/poi.toml': `[plans]\ndir = "approved"\n${FILES['poi-gitops.toml']}`, 'inventories/a.toml': FILES['inventories/a.toml'] }
    const repo = GitRepo.create(files)
    const forge = await FakeGitHub.start(repo)
    const f = await world()
    try {
      const env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0', ...f.env }
      expect((await cli(makeRepo(files), env, 'run', '--config', 'ci/poi.toml')).code).toBe(0)
      const [pull] = forge.pullsFor('poi-gitops/triage')
      const before = repo.branchHead('main')!
      forge.mergePull(pull.number)
      const after = repo.branchHead('main')!
      const checkout = makeRepo({ ...files, 'approved/triage.json': repo.readFile('main', 'approved/triage.json')! })
      const payload = { ref: 'refs/heads/main', before, after, repository: { default_branch: 'main' } }
      const pushed = await runAction(checkout, 'push', payload, { args: '--config ci/poi.toml' }, { GITHUB_API_URL: forge.url, ...f.env, ...KEY })
      expect(pushed.code).toBe(0)
      expect(pushed.summary).toContain('## poi-gitops apply')
      expectApplied(f)
    } finally {
      await Promise.all([forge.stop(), f.close()])
      repo.remove()
    }
  })
})

describe('GitLab: the same lifecycle through `poi-gitops ci`', () => {
  /**
   * A scheduled pipeline proposes the plan, the merge request is merged, and the push pipeline runs
   * `poi-gitops ci` on a checkout of the merged main: `check` sees the world after that push.
   */
  async function lifecycle(files: Record<string, string>, plansDir: string, extraEnv: Record<string, string>, check: (x: { f: Fakes; forge: FakeGitLab; mr: number; push: () => Promise<number> }) => Promise<void>): Promise<void> {
    const repo = GitRepo.create(files)
    const forge = await FakeGitLab.start(repo)
    const f = await world()
    try {
      const base = { GITLAB_CI: 'true', CI: 'true', CI_API_V4_URL: `${forge.url}/api/v4`, CI_PROJECT_ID: String(PROJECT_ID), GITLAB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0', CI_DEFAULT_BRANCH: 'main', ...extraEnv, ...f.env }
      expect((await cli(makeRepo(files), { ...base, CI_PIPELINE_SOURCE: 'schedule' }, 'ci')).code).toBe(0)
      const [mr] = forge.mergeRequestsFor('poi-gitops/triage')
      expect(f.bz.writes).toEqual([])
      const before = repo.branchHead('main')!
      forge.mergeMergeRequest(mr.iid)
      const after = repo.branchHead('main')!
      const plan = `${plansDir}/triage.json`
      const checkout = makeRepo({ ...files, [plan]: repo.readFile('main', plan)! })
      const env = { ...base, ...KEY, CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_COMMIT_BEFORE_SHA: before, CI_COMMIT_SHA: after }
      await check({ f, forge, mr: mr.iid, push: async () => (await cli(checkout, env, 'ci')).code })
    } finally {
      await Promise.all([forge.stop(), f.close()])
      repo.remove()
    }
  }

  test('a scheduled pipeline proposes, the merge pipeline applies once, a second one writes nothing', async () => {
    await lifecycle(FILES, 'plans', {}, async ({ f, forge, mr, push }) => {
      expect(await push()).toBe(0)
      expectApplied(f)
      expect(forge.notesOn(mr).filter((n) => n.body.includes('poi-gitops:apply:triage'))).toHaveLength(1)
      expect(await push()).toBe(0)
      expect(f.bz.writes).toHaveLength(2)
    })
  })

  test('the merge pipeline reads the plans folder from the configuration POI_GITOPS_ARGS names', async () => {
    // A repository whose config is not at the default path, with its own plans folder: the push that
    // merges a plan must find it there, or the approval would silently apply nothing.
    const files = { 'ci/poi.toml': `[plans]\ndir = "approved"\n${FILES['poi-gitops.toml']}`, 'inventories/a.toml': FILES['inventories/a.toml'] }
    await lifecycle(files, 'approved', { POI_GITOPS_ARGS: '--config ci/poi.toml' }, async ({ f, forge, mr, push }) => {
      expect(await push()).toBe(0)
      expectApplied(f)
      expect(forge.notesOn(mr).filter((n) => n.body.includes('poi-gitops:apply:triage'))).toHaveLength(1)
    })
  })
})
