// `poi-gitops run` end to end on one network stack: through a local proxy that
// records what passed (every forge and service request, NO_PROXY honoured),
// against a forge that hangs (the job fails within its timeout, exit 3), and
// with the forge's and the services' requests in one set of counters.

import { createRedactor } from '../../src/core/redact.js'
import { credentialsFrom } from '../../src/core/credentials.js'
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { parseConfig } from '../../src/config/config.js'
import { FsWorkspace } from '../../src/core/workspace.js'
import { createGitHubForge } from '../../src/forge/github.js'
import { runJobs } from '../../src/jobs/run-jobs.js'
import { renderRunSummary } from '../../src/report/summary.js'
import { owned, RELEASES } from '../fakes/distgit-fixtures.js'
import { startFakeDistgit, type FakeDistgit } from '../fakes/fake-distgit.js'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { makeRepo } from '../helpers/cli.js'
import { startRecordingProxy, type RecordingProxy } from '../helpers/recording-proxy.js'

const INVENTORY = '[inventory]\nname = "salimma-packages"\ndescription = "d"\nmaintainer = "salimma"\n\n[[package]]\nname = "bash"\n\n[[package]]\nname = "oldpkg"\n'
const FILES: Record<string, string> = {
  'poi-gitops.toml':
    '[[job]]\nname = "sync"\nrun = "sync-distgit --user salimma --fast -o inventories/salimma.toml"\n\n' +
    '[[job]]\nname = "prune"\nrun = "prune-retired -i inventories/salimma.toml"\n\n' +
    '[[job]]\nname = "add"\nrun = "add -i inventories/salimma.toml tcpdump"\n',
  'inventories/salimma.toml': INVENTORY
}

let repo: GitRepo
let forge: FakeGitHub
let distgit: FakeDistgit
let checkout: string
let env: Record<string, string>

beforeAll(async () => {
  repo = GitRepo.create(FILES)
  forge = await FakeGitHub.start(repo)
  distgit = await startFakeDistgit({
    projects: [owned('bash', 'salimma', { branches: ['rawhide', 'f44'] }), owned('rust-bat', 'salimma'), owned('oldpkg', 'salimma', { branches: ['rawhide', 'f44'], dead: ['rawhide', 'f44'] })],
    groups: [], releases: RELEASES
  })
  checkout = makeRepo(FILES)
  env = {
    GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN,
    POI_GITOPS_DISTGIT_URL: distgit.distgitUrl, POI_GITOPS_BODHI_URL: distgit.bodhiUrl, POI_GITOPS_FORGE_WRITE_SPACING: '0'
  }
})
afterAll(async () => {
  await Promise.all([forge.stop(), distgit.close()])
  repo.remove()
})

async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const code = await runCli(['run', ...argv], { stdout: () => {}, stderr: (s) => { stderr += s }, cwd: checkout, env })
  return { code, stderr }
}

describe('through a proxy', () => {
  let proxy: RecordingProxy
  const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY }
  afterEach(async () => {
    // Proxies are read from the process environment, as every HTTP tool reads them.
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await proxy.close()
  })

  test('every forge and service request passes through HTTP_PROXY; a host in NO_PROXY is reached directly', async () => {
    proxy = await startRecordingProxy()
    process.env.HTTP_PROXY = proxy.url
    process.env.NO_PROXY = `example.org, ${distgit.bodhi.host}`
    forge.http.resetCounts()
    distgit.reset()
    const r = await run('--job', 'sync')
    expect(r.stderr).toContain('sync: created')
    const r2 = await run('--job', 'prune')
    expect(r2.stderr).toContain('prune: created')
    expect([r.code, r2.code]).toEqual([0, 0])

    const through = proxy.countsByHost()
    expect(through[forge.http.host]).toBe(forge.http.log.length)
    expect(through[distgit.distgit.host]).toBe(distgit.distgit.requests.length)
    expect(forge.http.log.length).toBeGreaterThan(5)
    expect(distgit.distgit.requests.length).toBeGreaterThan(0)
    // Bodhi was asked, but not through the proxy.
    expect(distgit.bodhi.requests.length).toBeGreaterThan(0)
    expect(through[distgit.bodhi.host]).toBeUndefined()
    expect(Object.keys(through).sort()).toEqual([distgit.distgit.host, forge.http.host].sort())
    // Proxy requests name the target in full, as an HTTP proxy expects them.
    expect(proxy.requests[0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
  })
})

test('a forge that stops answering fails the job within its timeout, naming it (exit 3)', async () => {
  // Creating the tree is a write: after one timeout it is not sent again.
  forge.http.fail({ method: 'POST', path: /\/git\/trees$/ }, 'hang')
  const started = Date.now()
  env.POI_GITOPS_FORGE_TIMEOUT = '2'
  try {
    const r = await run('--job', 'add')
    expect(r.code).toBe(3)
    expect(r.stderr).toContain('add: failed: Could not reach GitHub to create the commit tree: timed out: no complete answer within 2 s (POST http://127.0.0.1:')
    expect(Date.now() - started).toBeLessThan(15_000)
  } finally {
    delete env.POI_GITOPS_FORGE_TIMEOUT
  }
})

test("the forge's and the services' requests of a run are one set of counters in the run summary", async () => {
  distgit.reset()
  forge.http.resetCounts()
  const config = parseConfig('poi-gitops.toml', Buffer.from(FILES['poi-gitops.toml']))
  const github = createGitHubForge({ apiUrl: forge.url, owner: 'acme', repo: 'inventory', token: GITHUB_TOKEN, writeSpacingMs: 0 })
  try {
    const result = await runJobs(config.jobs.filter((j) => j.name === 'sync'), config, new FsWorkspace(makeRepo(FILES)), {
      delivery: 'propose', forge: github, redact: createRedactor([]), credentials: credentialsFrom(env), env, log: () => {}
    })
    expect(result.requests).toEqual({ [forge.http.host]: forge.http.log.length, [distgit.distgit.host]: distgit.distgit.requests.length })
    const summary = renderRunSummary([], 1000, [], result.requests)
    expect(summary).toContain(`Requests: ${distgit.distgit.host} ${distgit.distgit.requests.length}, ${forge.http.host} ${forge.http.log.length}`)
  } finally {
    await github.close?.()
  }
})
