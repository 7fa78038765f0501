// End to end (issue 6): `run` jobs with sync-distgit and prune-retired against a
// fake dist-git + Bodhi propose PRs on a fake GitHub with the exports regenerated;
// a later run whose listing fails proposes nothing and says so on the open PR.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { startFakeDistgit, type FakeDistgit } from '../fakes/fake-distgit.js'
import { owned, RELEASES } from '../fakes/distgit-fixtures.js'
import { makeRepo } from '../helpers/cli.js'

const INVENTORY = '# salimma\'s packages\n[inventory]\nname = "salimma-packages"\ndescription = "d"\nmaintainer = "salimma"\n\n[[package]]\nname = "bash"\n\n[[package]]\nname = "oldpkg"\nreason = "kept by hand"\n'
const FILES: Record<string, string> = {
  'poi-gitops.toml': '[exports.content-resolver]\ninventories = ["inventories/salimma.toml"]\nout-dir = "cr"\n\n[[job]]\nname = "sync"\nrun = "sync-distgit --user salimma --fast -o inventories/salimma.toml"\n\n[[job]]\nname = "prune"\nrun = "prune-retired -i inventories/salimma.toml"\n',
  'inventories/salimma.toml': INVENTORY,
  'cr/salimma-packages.yaml': 'document: feedback-pipeline-workload\nversion: 1\ndata:\n  name: salimma-packages\n  description: d\n  maintainer: salimma\n  packages:\n    - bash\n    - oldpkg\n'
}

describe('run: sync-distgit and prune-retired → PRs', () => {
  let repo: GitRepo
  let forge: FakeGitHub
  let distgit: FakeDistgit
  let env: Record<string, string>
  let checkout: string
  beforeAll(async () => {
    repo = GitRepo.create(FILES)
    forge = await FakeGitHub.start(repo)
    distgit = await startFakeDistgit({
      projects: [owned('bash', 'salimma', { branches: ['rawhide', 'f44', 'f43'] }), owned('rust-bat', 'salimma'), owned('oldpkg', 'salimma', { branches: ['rawhide', 'f44'], dead: ['rawhide', 'f44'] })],
      groups: [], releases: RELEASES
    })
    checkout = makeRepo(FILES)
    env = { GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN, POI_GITOPS_DISTGIT_URL: distgit.distgitUrl, POI_GITOPS_BODHI_URL: distgit.bodhiUrl, POI_GITOPS_FORGE_WRITE_SPACING: '0' }
  })
  afterAll(async () => { await Promise.all([forge.stop(), distgit.close()]); repo.remove() })

  async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = ''
    const code = await runCli(['run', ...argv], { stdout: () => {}, stderr: (s) => { stderr += s }, cwd: checkout, env })
    return { code, stderr }
  }

  test('each job opens its PR, with the content-resolver export regenerated alongside', async () => {
    const r = await run()
    expect(r.stderr).toContain('sync: created')
    expect(r.stderr).toContain('prune: created')
    expect(r.code).toBe(0)
    const synced = repo.readFile('poi-gitops/sync', 'inventories/salimma.toml') ?? ''
    expect(synced).toContain('[[package]]\nname = "rust-bat"\n')
    expect(synced).toContain('reason = "kept by hand"')
    expect(repo.readFile('poi-gitops/sync', 'cr/salimma-packages.yaml')).toContain('    - rust-bat\n')
    const pruned = repo.readFile('poi-gitops/prune', 'inventories/salimma.toml') ?? ''
    expect(pruned).toMatch(/name = "oldpkg"\nreason = "kept by hand"\nunshipped = "[^"]+"\n/)
    expect(pruned.replace(/unshipped = "[^"]+"\n/, '')).toBe(INVENTORY)
    expect(forge.pullsFor('poi-gitops/prune')[0].body).toContain('oldpkg')
  })

  test('a failing listing proposes nothing: exit 3, the open PR untouched with one comment', async () => {
    const head = repo.branchHead('poi-gitops/sync')
    distgit.reset()
    const failing = await startFakeDistgit(distgit.data, { faults: [{ match: () => true, action: { status: 403, body: '{"error":"forbidden"}' } }] })
    try {
      env.POI_GITOPS_DISTGIT_URL = failing.distgitUrl
      const r = await run('--job', 'sync')
      expect(r.code).toBe(3)
      expect(r.stderr).toContain('commented that the refresh failed')
      const [pull] = forge.pullsFor('poi-gitops/sync')
      expect(pull.state).toBe('open')
      expect(forge.commentsOn(pull.number).filter((c) => c.body.includes('could not refresh'))).toHaveLength(1)
      await run('--job', 'sync')
      expect(forge.commentsOn(pull.number).filter((c) => c.body.includes('could not refresh'))).toHaveLength(1)
      expect(repo.branchHead('poi-gitops/sync')).toBe(head)
      expect(repo.readFile('poi-gitops/sync', 'inventories/salimma.toml')).toContain('rust-bat')
    } finally {
      env.POI_GITOPS_DISTGIT_URL = distgit.distgitUrl
      await failing.close()
    }
  })
})
