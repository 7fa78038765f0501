// No secret of the run appears in any output channel or on any branch, in any
// encoding: a service that echoes a token (raw, base64 of it, of `oauth2:TOKEN`
// or `x-access-token:TOKEN`, percent-encoded) in an error is redacted in the
// log, the annotations, the step summary, the outputs, the report file and the
// proposal's comment; remote data equal to a token fails the job (exit 3)
// instead of being committed. The secrets below have no well-known token shape,
// so only the run's own list of secrets can find them.

import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { FakeGitLab, GITLAB_TOKEN, PROJECT_ID } from '../fakes/gitlab-server.js'
import { startFakeDistgit, type FakeDistgit } from '../fakes/fake-distgit.js'
import { owned, RELEASES, type FakeProject } from '../fakes/distgit-fixtures.js'
import { makeRepo } from '../helpers/cli.js'
import { runAction } from '../helpers/action.js'
import { base64Cores } from '../../src/core/redact.js'
import { cli } from './fixtures.js'

const BUGZILLA_KEY = 'bzKEY0987654321ZyXw'
const DISTGIT_TOKEN = 'dg+Tok/secret=value42'
const SECRETS = [GITHUB_TOKEN, GITLAB_TOKEN, BUGZILLA_KEY, DISTGIT_TOKEN]

const b64 = (s: string): string => Buffer.from(s).toString('base64')

/** Every spelling of a secret a careless service might echo. */
function forms(secret: string): string[] {
  return [secret, b64(secret), b64(`oauth2:${secret}`), b64(`x-access-token:${secret}`), encodeURIComponent(secret), Buffer.from(secret).toString('base64url')]
}

/** A 403 whose body quotes the secrets back, as some proxies and services do. */
function echo(...secrets: string[]): string {
  return JSON.stringify({ error: secrets.map((s) => `token ${s} basic ${b64(`oauth2:${s}`)} xat ${b64(`x-access-token:${s}`)} pct ${encodeURIComponent(s)}`).join(' | ') })
}

function expectNoSecret(channel: string, text: string, secrets: readonly string[] = SECRETS): void {
  for (const secret of secrets) {
    for (const form of forms(secret)) {
      if (text.includes(form)) throw new Error(`${channel} holds ${JSON.stringify(form)}`)
    }
    for (const core of base64Cores(secret)) if (core.length >= 12 && text.includes(core)) throw new Error(`${channel} holds a base64 core of a secret`)
  }
}

const INVENTORY = '[inventory]\nname = "salimma-packages"\ndescription = "d"\nmaintainer = "salimma"\n\n[[package]]\nname = "bash"\n'
const FILES: Record<string, string> = {
  'poi-gitops.toml': '[[job]]\nname = "sync"\nrun = "sync-distgit --user salimma --fast -o inventories/salimma.toml"\n',
  'inventories/salimma.toml': INVENTORY
}

const started: Array<{ close(): Promise<unknown> }> = []
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()))
})

async function distgit(projects: FakeProject[], failing?: string): Promise<FakeDistgit> {
  const fake = await startFakeDistgit({ projects, groups: [], releases: RELEASES },
    failing === undefined ? {} : { faults: [{ match: () => true, action: { status: 403, headers: { 'content-type': 'application/json' }, body: failing } }] })
  started.push(fake)
  return fake
}

describe('GitHub', () => {
  let repo: GitRepo
  let forge: FakeGitHub
  let checkout: string
  beforeAll(async () => {
    repo = GitRepo.create(FILES)
    forge = await FakeGitHub.start(repo)
    checkout = makeRepo(FILES)
  })
  afterAll(async () => { await forge.stop(); repo.remove() })

  const ghEnv = (dg: FakeDistgit): Record<string, string> => ({
    GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_API_URL: forge.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN,
    BUGZILLA_API_KEY: BUGZILLA_KEY, DISTGIT_TOKEN, GITLAB_TOKEN, POI_GITOPS_DISTGIT_URL: dg.distgitUrl, POI_GITOPS_BODHI_URL: dg.bodhiUrl
  })

  test('CLI: a service echoing every secret in every encoding: the log and the refresh comment are clean', async () => {
    const ok = await distgit([owned('bash', 'salimma'), owned('fish', 'salimma')])
    expect((await cli(checkout, ghEnv(ok), 'run')).code).toBe(0)
    const [pull] = forge.pullsFor('poi-gitops/sync')
    const bad = await distgit([], echo(...SECRETS))
    const r = await cli(checkout, ghEnv(bad), 'run')
    expect(r.code).toBe(3)
    expect(r.stderr).toContain('[redacted]')
    expectNoSecret('stdout', r.stdout)
    expectNoSecret('stderr', r.stderr)
    const comments = forge.commentsOn(pull.number)
    expect(comments.some((c) => c.body.includes('could not refresh'))).toBe(true)
    for (const c of comments) expectNoSecret('a PR comment', c.body)
    expectNoSecret('the PR body', forge.pullsFor('poi-gitops/sync')[0].body)
  })

  test('the bundled action: annotations, step summary, outputs and report file are clean', async () => {
    const bad = await distgit([], echo(...SECRETS))
    const env = ghEnv(bad)
    const r = await runAction(checkout, 'schedule', {}, { 'bugzilla-api-key': BUGZILLA_KEY, 'distgit-token': DISTGIT_TOKEN }, env)
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(/^::error::.*\[redacted\]/m)
    // add-mask is the one line that must carry each secret verbatim: the runner consumes it.
    const log = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')
    for (const s of SECRETS) expect(r.stdout).toContain(`::add-mask::${s}`)
    expectNoSecret('the log', log)
    expectNoSecret('the step summary', r.summary)
    expectNoSecret('GITHUB_OUTPUT', r.rawOutput)
    expectNoSecret('the report file', readFileSync(join(r.tmp, 'poi-gitops-report.json'), 'utf8'))
  })

  test('remote data equal to a token is never committed: the job fails with exit 3 and no branch is written', async () => {
    const leaky = await distgit([owned('bash', 'salimma'), owned(GITHUB_TOKEN, 'salimma'), owned(BUGZILLA_KEY, 'salimma')])
    const env = { ...ghEnv(leaky) }
    const r = await cli(checkout, env, 'run', '--job', 'sync')
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(/contains a secret of this run .*nothing was committed/)
    expectNoSecret('stderr', r.stderr)
    for (const branch of ['poi-gitops/sync']) {
      const content = repo.readFile(branch, 'inventories/salimma.toml') ?? ''
      expectNoSecret(`branch ${branch}`, content)
    }
    for (const p of forge.pullsFor('poi-gitops/sync')) expectNoSecret('the PR body', p.body)
  })

  test('a terminal preview of the same data shows the diff with the secret redacted', async () => {
    const leaky = await distgit([owned('bash', 'salimma'), owned(BUGZILLA_KEY, 'salimma')])
    const r = await cli(checkout, { BUGZILLA_API_KEY: BUGZILLA_KEY, POI_GITOPS_DISTGIT_URL: leaky.distgitUrl, POI_GITOPS_BODHI_URL: leaky.bodhiUrl }, 'sync-distgit', '--user', 'salimma', '--fast', '-o', 'inventories/salimma.toml')
    expect(r.stdout).toContain('+name = "[redacted]"')
    expectNoSecret('stdout', r.stdout)
  })
})

describe('GitLab', () => {
  test('the CI job log and the MR note are clean; a token as data is not committed', async () => {
    const repo = GitRepo.create(FILES)
    const forge = await FakeGitLab.start(repo)
    try {
      const checkout = makeRepo(FILES)
      const ok = await distgit([owned('bash', 'salimma'), owned('fish', 'salimma')])
      const env = (dg: FakeDistgit): Record<string, string> => ({
        GITLAB_CI: 'true', CI: 'true', CI_API_V4_URL: `${forge.url}/api/v4`, CI_PROJECT_ID: String(PROJECT_ID), GITLAB_TOKEN,
        BUGZILLA_API_KEY: BUGZILLA_KEY, DISTGIT_TOKEN, POI_GITOPS_DISTGIT_URL: dg.distgitUrl, POI_GITOPS_BODHI_URL: dg.bodhiUrl
      })
      expect((await cli(checkout, env(ok), 'run')).code).toBe(0)
      const [mr] = forge.mergeRequestsFor('poi-gitops/sync')
      // This run knows no GitHub token; every secret it knows is echoed.
      const known = [GITLAB_TOKEN, BUGZILLA_KEY, DISTGIT_TOKEN]
      const bad = await distgit([], echo(...known))
      const r = await cli(checkout, env(bad), 'ci')
      expect(r.code).toBe(3)
      expectNoSecret('the job log', r.stdout + r.stderr, known)
      expect(forge.notesOn(mr.iid).some((n) => n.body.includes('could not refresh'))).toBe(true)
      for (const n of forge.notesOn(mr.iid)) expectNoSecret('an MR note', n.body, known)
      const head = repo.branchHead('poi-gitops/sync')
      const leaky = await distgit([owned('bash', 'salimma'), owned(DISTGIT_TOKEN.replace(/[+/=]/g, '_'), 'salimma')])
      const withToken = { ...env(leaky), DISTGIT_TOKEN: DISTGIT_TOKEN.replace(/[+/=]/g, '_') }
      const leak = await cli(checkout, withToken, 'ci')
      expect(leak.code).toBe(3)
      expect(repo.branchHead('poi-gitops/sync')).toBe(head)
    } finally {
      await forge.stop()
      repo.remove()
    }
  })
})
