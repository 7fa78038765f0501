// End to end: `poi-gitops run` and a single command in CI propose through the
// real Octokit/gitbeaker clients to local fake forges backed by git.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { FakeGitLab, GITLAB_TOKEN, PROJECT_ID } from '../fakes/gitlab-server.js'
import { makeRepo } from '../helpers/cli.js'

const EX = join(import.meta.dirname, '..', '..', 'examples')
const files = (): Record<string, string> => ({
  'poi-gitops.toml': readFileSync(join(EX, 'poi-gitops.toml'), 'utf8').replace(/\[\[job\]\][\s\S]*?(?=\[validate\])/, '') +
    '\n[[job]]\nname = "tcpdump"\nrun = "add -i inventories/hyperscale.toml tcpdump --rpm tcpdump --workload hyperscale"\n',
  'inventories/hyperscale.toml': readFileSync(join(EX, 'inventories', 'hyperscale.toml'), 'utf8'),
  'content-resolver/hs-packages.yaml': readFileSync(join(EX, 'content-resolver', 'hs-packages.yaml'), 'utf8'),
  'hs-relmon/manifest.toml': readFileSync(join(EX, 'hs-relmon', 'manifest.toml'), 'utf8')
})

async function cli(cwd: string, env: Record<string, string>, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => { stdout += s }, stderr: (s) => { stderr += s }, cwd, env })
  return { code, stdout, stderr }
}

describe('run on GitHub', () => {
  let repo: GitRepo
  let fake: FakeGitHub
  let checkout: string
  let env: Record<string, string>
  beforeAll(async () => {
    repo = GitRepo.create(files())
    fake = await FakeGitHub.start(repo)
    checkout = makeRepo(files())
    // No write spacing: the fake has no secondary rate limits, and each second waited is a second of the suite.
    env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0' }
  })
  afterAll(async () => { await fake.stop(); repo.remove() })

  test('a job becomes one PR with the inventory edit and the regenerated exports; the next run writes nothing', async () => {
    const first = await cli(checkout, env, 'run')
    expect(first.stderr).toContain('tcpdump: created')
    expect(first.code).toBe(0)
    const pulls = fake.pullsFor('poi-gitops/tcpdump')
    expect(pulls).toHaveLength(1)
    expect(pulls[0].labels).toEqual(['inventory'])
    expect(repo.readFile('poi-gitops/tcpdump', 'inventories/hyperscale.toml')).toContain('name = "tcpdump"')
    expect(repo.readFile('poi-gitops/tcpdump', 'content-resolver/hs-packages.yaml')).toContain('    - tcpdump\n')
    expect(repo.readFile('poi-gitops/tcpdump', 'hs-relmon/manifest.toml')).toContain('name = "tcpdump"')
    expect(repo.readFile('main', 'inventories/hyperscale.toml')).not.toContain('tcpdump')
    expect(pulls[0].body).not.toContain(GITHUB_TOKEN)
    fake.http.resetCounts()
    const again = await cli(checkout, env, 'run')
    expect(again.stderr).toContain('tcpdump: unchanged')
    expect(fake.http.counts().writes).toBe(0)
    // Three for the job's proposal, one for the dashboard (its boxes).
    expect(fake.http.counts().reads).toBeLessThanOrEqual(3 + 1)
  })

  test('a single command in CI proposes as a job named after the command (or --job)', async () => {
    const r = await cli(checkout, env, 'remove', '-i', 'inventories/hyperscale.toml', 'fish', '--job', 'drop-fish')
    expect(r.stderr).toContain('drop-fish: created')
    expect(repo.readFile('poi-gitops/drop-fish', 'inventories/hyperscale.toml')).not.toContain('name = "fish"')
    // Without `prune = true` in [exports.hs-relmon] a stale manifest entry is kept and reported.
    expect(repo.readFile('poi-gitops/drop-fish', 'content-resolver/hs-packages.yaml')).not.toContain('- fish')
    expect(r.stderr).toContain('hs-relmon/manifest.toml: 1 entry is no longer in the inventory (kept; set prune = true to remove): fish')
  })

  test('on a terminal `run` previews without any forge call', async () => {
    fake.http.resetCounts()
    const r = await cli(checkout, {}, 'run')
    expect(r.stdout).toContain('+name = "tcpdump"')
    expect(fake.http.counts().reads + fake.http.counts().writes).toBe(0)
  })
})

describe('run on GitLab', () => {
  test('a job becomes one MR', async () => {
    const repo = GitRepo.create(files())
    const fake = await FakeGitLab.start(repo)
    try {
      const checkout = makeRepo(files())
      const env = { GITLAB_CI: 'true', CI_API_V4_URL: `${fake.url}/api/v4`, CI_PROJECT_ID: String(PROJECT_ID), GITLAB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0' }
      const r = await cli(checkout, env, 'run', '--job', 'tcpdump')
      expect(r.stderr).toContain('tcpdump: created')
      expect(fake.mergeRequestsFor('poi-gitops/tcpdump')).toHaveLength(1)
      expect(repo.readFile('poi-gitops/tcpdump', 'hs-relmon/manifest.toml')).toContain('name = "tcpdump"')
      expect((await cli(checkout, env, 'run', '--job', 'nope')).code).toBe(2)
    } finally {
      await fake.stop()
      repo.remove()
    }
  })
})
