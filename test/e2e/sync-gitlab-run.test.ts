// End to end (issue 7): a `run` job `sync-gitlab --preset hyperscale --mark-unshipped`
// against a fake GitLab group listing and a fake CBS koji hub proposes one PR with the
// inventory change and the hs-relmon manifest reconciled (archived = true).

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { startFakeGitlabGroups, type FakeGitlabGroups } from '../fakes/fake-gitlab-groups.js'
import { startFakeCbsKoji, type FakeCbsKoji } from '../fakes/fake-cbs-koji.js'
import { cbsHub } from '../fakes/cbs-koji-scenario.js'
import { makeRepo } from '../helpers/cli.js'

const FILES: Record<string, string> = {
  'poi-gitops.toml': '[exports.hs-relmon]\ninventories = ["inventories/hyperscale.toml"]\nout = "hs-relmon/manifest.toml"\n\n[[job]]\nname = "hyperscale"\nrun = "sync-gitlab --preset hyperscale --mark-unshipped -o inventories/hyperscale.toml"\n',
  'inventories/hyperscale.toml': '# Hyperscale SIG\n[inventory]\nname = "hyperscale-packages"\ndescription = "CentOS Hyperscale SIG packages"\nmaintainer = "centos-hyperscale"\n\n[[package]]\nname = "socat"\n\n[[package]]\nname = "systemd"\ntrack = "upstream"   # hand-written, kept\n',
  'hs-relmon/manifest.toml': '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "socat"\n\n[[package]]\nname = "systemd"\n'
}

describe('run: sync-gitlab --mark-unshipped → one PR', () => {
  let repo: GitRepo
  let forge: FakeGitHub
  let gitlab: FakeGitlabGroups
  let koji: FakeCbsKoji
  beforeAll(async () => {
    repo = GitRepo.create(FILES)
    forge = await FakeGitHub.start(repo)
    gitlab = await startFakeGitlabGroups({
      groups: { 'CentOS/Hyperscale/rpms': [{ name: 'systemd' }, { name: 'socat', archived: true }, { name: 'old-tool', archived: true }] }
    })
    koji = await startFakeCbsKoji({ answer: cbsHub({ 'hyperscale9s-packages-main-release': ['socat', 'systemd'], 'hyperscale10-packages-main-release': ['systemd'] }) })
  })
  afterAll(async () => {
    await Promise.all([forge.stop(), gitlab.close(), koji.close()])
    repo.remove()
  })

  test('inventory markers and the regenerated manifest arrive in one proposal', async () => {
    let stderr = ''
    const code = await runCli(['run'], {
      stdout: () => {}, stderr: (s) => { stderr += s }, cwd: makeRepo(FILES),
      env: {
        GITHUB_ACTIONS: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN,
        POI_GITOPS_GITLAB_URL: gitlab.url, POI_GITOPS_CBS_KOJI_URL: koji.hubUrl, POI_GITOPS_FORGE_WRITE_SPACING: '0'
      }
    })
    expect(stderr).toContain('hyperscale: created')
    expect(code).toBe(0)
    const inventory = repo.readFile('poi-gitops/hyperscale', 'inventories/hyperscale.toml') ?? ''
    expect(inventory).toMatch(/name = "socat"\narchived_builds = "[^"]+"/)
    expect(inventory).toMatch(/name = "old-tool"\nunshipped = "[^"]+"/)
    expect(inventory).toContain('track = "upstream"   # hand-written, kept')
    const manifest = repo.readFile('poi-gitops/hyperscale', 'hs-relmon/manifest.toml') ?? ''
    expect(manifest).toContain('[[package]]\nname = "socat"\narchived = true\n')
    expect(manifest).not.toContain('old-tool')
    const [pull] = forge.pullsFor('poi-gitops/hyperscale')
    expect(pull.body).toContain('socat')
    expect(pull.body).toContain('hs-relmon prune-archived')
    expect(gitlab.queries().some((q) => q.get('archived') === 'true')).toBe(true)
    expect(koji.calls.filter((c) => c.method === 'listTagged').length).toBeGreaterThan(0)
  })
})
