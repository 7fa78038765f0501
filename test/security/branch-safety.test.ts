// Nothing is ever pushed to a base branch, in any configuration, on GitHub and
// GitLab: the engine refuses a proposal branch equal to its base, to the
// repository's default branch or to another job's base before any write
// (exit 2), and its guard refuses writes to them whatever path the engine takes.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { propose } from '../../src/forge/engine.js'
import { guardForge } from '../../src/forge/guard.js'
import { createRedactor } from '../../src/core/redact.js'
import { BEFORE, INVENTORY, addFoo, changeSet, removed, request, startHarness, type Harness } from '../forge/harness.js'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { makeRepo } from '../helpers/cli.js'
import { runAction } from '../helpers/action.js'
import { cli, exampleFiles } from './fixtures.js'

describe.each(['github', 'gitlab'] as const)('the engine on %s', (kind) => {
  let h: Harness
  beforeEach(async () => { h = await startHarness(kind) })
  afterEach(async () => { await h.stop() })

  test.each([
    ['the default branch', { branch: 'main' }],
    ['its own base', { branch: 'release', base: 'release' }],
    ['another job\'s base', { branch: 'poi-gitops/stable', reservedBranches: ['poi-gitops/stable'] }]
  ])('a proposal branch equal to %s is refused before any write, with exit 2', async (_what, overrides) => {
    const main = h.repo.branchHead('main')
    h.resetCounts()
    const outcome = await propose(h.forge(), request(addFoo().changeSet, overrides))
    expect(outcome.operation).toBe('failed')
    expect(outcome.exitCode).toBe(2)
    expect(outcome.message).toMatch(/refusing to propose from branch/)
    expect(h.counts().writes).toBe(0)
    expect(h.repo.branchHead('main')).toBe(main)
  })

  test('an empty change for a branch named like the default branch never deletes it', async () => {
    const main = h.repo.branchHead('main')
    const empty = request(changeSet({ [INVENTORY]: [BEFORE, BEFORE] }), { branch: 'main' })
    const outcome = await propose(h.forge(), empty)
    expect(outcome.exitCode).toBe(2)
    expect(h.repo.branchHead('main')).toBe(main)
    expect(h.counts().writes).toBe(0)
  })

  test('the guard itself refuses commits to, deletion of and proposals from a protected branch', async () => {
    const guarded = guardForge(h.forge(), createRedactor([]), new Set(['main']))
    const head = h.repo.branchHead('main')!
    await expect(guarded.commitFiles({ branch: 'main', parentSha: head, branchHead: head, message: 'x', files: [{ path: 'x', content: 'x' }] })).rejects.toThrow(/refusing to commit to "main"/)
    await expect(guarded.deleteBranch('main')).rejects.toThrow(/refusing to delete "main"/)
    await expect(guarded.createProposal({ branch: 'main', base: 'main', title: 't', body: 'b', draft: false, labels: [] })).rejects.toThrow(/refusing to propose from "main"/)
    expect(h.counts().writes).toBe(0)
    expect(h.repo.branchHead('main')).toBe(head)
  })

  test('a partial result that removes packages from a branch named like the base is still refused as a branch first', async () => {
    const partial = request(changeSet({ [INVENTORY]: [BEFORE, '[inventory]\nname = "salimma"\n'] }, [removed('bash')], { complete: false }), { branch: 'main' })
    expect((await propose(h.forge(), partial)).exitCode).toBe(2)
  })
})

describe('configuration that would write a base branch is refused at load (exit 2, key and line named)', () => {
  const configs: Array<[string, string, RegExp]> = [
    ['an empty branch-prefix', '[proposal]\nbranch-prefix = ""\n\n[[job]]\nname = "main"\nrun = "add -i inventories/hyperscale.toml tcpdump"\n', /poi-gitops\.toml:2:1: error: branch-prefix may not be empty/],
    ['a job branch equal to [proposal] base', '[proposal]\nbase = "poi-gitops/stable"\n\n[[job]]\nname = "stable"\nrun = "add -i inventories/hyperscale.toml tcpdump"\n', /poi-gitops\.toml:5:1: error: job "stable" would propose from branch "poi-gitops\/stable", which is \[proposal\] base/],
    ['a job branch equal to another job\'s base', '[[job]]\nname = "a"\nrun = "add -i inventories/hyperscale.toml tcpdump"\nbase = "poi-gitops/b"\n\n[[job]]\nname = "b"\nrun = "add -i inventories/hyperscale.toml jq"\n', /poi-gitops\.toml:7:1: error: job "b" would propose from branch "poi-gitops\/b", which is the base of job "a"/],
    ['a job whose base is its own branch', '[[job]]\nname = "a"\nrun = "add -i inventories/hyperscale.toml tcpdump"\nbase = "poi-gitops/a"\n', /job "a" would propose from branch "poi-gitops\/a", which is the base of job "a"/]
  ]
  test.each(configs)('%s', async (_what, config, message) => {
    const repo = GitRepo.create(exampleFiles())
    const fake = await FakeGitHub.start(repo)
    try {
      const checkout = makeRepo({ ...exampleFiles(), 'poi-gitops.toml': config })
      const r = await cli(checkout, { GITHUB_ACTIONS: 'true', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN }, 'run')
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(message)
      expect(fake.http.counts().reads + fake.http.counts().writes).toBe(0)
    } finally {
      await fake.stop()
      repo.remove()
    }
  })

  test('the bundled action with a base input equal to the job\'s branch: refused by the engine, nothing written', async () => {
    const repo = GitRepo.create(exampleFiles())
    const fake = await FakeGitHub.start(repo)
    try {
      const main = repo.branchHead('main')
      const r = await runAction(makeRepo(exampleFiles()), 'schedule', {}, { base: 'poi-gitops/tcpdump' }, { GITHUB_API_URL: fake.url })
      expect(r.code).toBe(2)
      expect(r.stdout).toMatch(/::error::.*refusing to propose from branch "poi-gitops\/tcpdump": it is the base branch of this proposal/)
      // The dashboard may record the failure; nothing touches a branch or a pull request.
      expect(fake.http.log.filter((x) => x.method !== 'GET' && !/\/issues(\/\d+\/comments|\/comments\/\d+)?$|\/issues\/\d+$/.test(x.path) || /\/git\/|\/pulls/.test(x.path) && x.method !== 'GET')).toEqual([])
      expect(repo.branchHead('main')).toBe(main)
      expect(repo.branchHead('poi-gitops/tcpdump')).toBe(null)
    } finally {
      await fake.stop()
      repo.remove()
    }
  })
})
