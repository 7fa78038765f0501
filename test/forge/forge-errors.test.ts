// Scenario 8: forge errors are explained with their fix; rate limits and
// Retry-After are honoured; writes are spaced. Against the fake forges, with
// a fake clock so that waits are measured, not slept.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { propose } from '../../src/forge/engine.js'
import { ForgeError, ProposalExistsError } from '../../src/forge/errors.js'
import { GITHUB_TOKEN } from '../fakes/github-server.js'
import { FakeClock, addFoo, startHarness, type Harness } from './harness.js'

const GH_DOCS = 'https://docs.github.com/rest'

describe('GitHub', () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness('github')
  })
  afterEach(async () => {
    await h.stop()
  })

  test('"Actions may not create pull requests" names the repository setting; the next run picks up the pushed branch', async () => {
    h.fail({ method: 'POST', path: /\/pulls$/ }, {
      status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: GH_DOCS, status: '403' }
    })
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toContain('Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests"')
    expect(h.proposals()).toHaveLength(0)

    // Once the setting is on, the branch the failed run pushed is the bot's own and is reused.
    expect((await propose(h.forge(), addFoo())).operation).toBe('created')
  })

  test('a token without write permission is told which permissions to grant', async () => {
    h.fail({ method: 'POST', path: /\/git\/trees$/ }, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: GH_DOCS, status: '403' } })
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toContain('permissions: contents: write, pull-requests: write')
  })

  test('the read-only token of a fork\'s pull_request run is explained as such', async () => {
    h.fail({ method: 'POST', path: /\/git\/trees$/ }, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: GH_DOCS, status: '403' } })
    const outcome = await propose(h.forge({ context: { readOnlyReason: 'a pull_request run from the fork someone/inventory' } }), addFoo())
    expect(outcome.message).toContain('read-only (a pull_request run from the fork someone/inventory)')
    expect(outcome.message).toContain('workflow_dispatch')
  })

  test('a bad token is reported as such', async () => {
    h.fail({ path: /\/pulls$/ }, { status: 401, body: { message: 'Bad credentials', documentation_url: GH_DOCS, status: '401' } })
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome.message).toMatch(/^GitHub rejected the token \(401 Bad credentials\)/)
  })

  test('a secondary rate limit is waited out for as long as Retry-After says', async () => {
    const clock = new FakeClock()
    h.fail({ method: 'POST', path: /\/pulls$/ }, {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: GH_DOCS, status: '403' },
      headers: { 'retry-after': '7' }
    })
    const outcome = await propose(h.forge({ clock }), addFoo())
    expect(outcome.operation).toBe('created')
    expect(clock.sleeps).toEqual([7000])
  })

  test('an exhausted primary limit waits until x-ratelimit-reset', async () => {
    const clock = new FakeClock()
    h.fail({ method: 'GET', path: /\/pulls$/ }, {
      status: 403,
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: GH_DOCS, status: '403' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(clock.t / 1000) + 30) }
    })
    expect((await propose(h.forge({ clock }), addFoo())).operation).toBe('created')
    expect(clock.sleeps).toHaveLength(1)
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(30_000)
    expect(clock.sleeps[0]).toBeLessThanOrEqual(32_000)
  })

  test('a limit that lasts longer than the run accepts fails with an explanation, without waiting', async () => {
    const clock = new FakeClock()
    h.fail({ method: 'GET', path: /\/pulls$/ }, { status: 429, body: { message: 'Too many requests', documentation_url: GH_DOCS }, headers: { 'retry-after': '3600' } })
    const outcome = await propose(h.forge({ clock }), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toContain('rate limit')
    expect(clock.sleeps).toEqual([])
  })

  test('writes are spaced by the configured interval; reads are not', async () => {
    const clock = new FakeClock()
    await propose(h.forge({ clock, writeSpacingMs: 1000 }), addFoo())
    const { writes } = h.counts()
    expect(writes).toBeGreaterThanOrEqual(5)
    expect(clock.sleeps).toEqual(Array(writes - 1).fill(1000))
  })

  test('labels that cannot be set are a warning, not a failure', async () => {
    h.fail({ method: 'POST', path: /\/issues\/1\/labels$/ }, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: GH_DOCS } })
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome.operation).toBe('created')
    expect(outcome.warnings[0]).toContain('label pull request #1')
  })

  test('a secondary limit that keeps answering fails, after waiting a minute and then two, with the rate-limit explanation', async () => {
    const clock = new FakeClock()
    h.fail({ method: 'GET', path: /\/pulls$/ }, {
      status: 403, body: { message: 'You have exceeded a secondary rate limit.', documentation_url: GH_DOCS, status: '403' }
    }, Infinity)
    const outcome = await propose(h.forge({ clock }), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toMatch(/^GitHub's rate limit stopped the attempt to look up the pull request and did not clear in time/)
    // 60 s + 120 s are within the 5-minute budget; the next 240 s are not.
    expect(clock.sleeps).toEqual([60_000, 120_000])
  })

  test('a reviewer who cannot be requested is a warning, not a failure', async () => {
    const outcome = await propose(h.forge(), { ...addFoo(), reviewers: ['ghost-user'] })
    expect(outcome.operation).toBe('created')
    expect(outcome.warnings).toHaveLength(1)
    expect(outcome.warnings[0]).toContain('not a collaborator')
  })

  test('the forge token never appears in what is posted, even when not passed as a secret', async () => {
    const req = addFoo()
    // Base64 in a Basic auth header: no token-shape pattern matches it, only the registered token does.
    const header = Buffer.from(`x-access-token:${GITHUB_TOKEN}`).toString('base64')
    req.changeSet.records[0].reason = `leaked ${header} here`
    await propose(h.forge(), req)
    const [p] = h.proposals()
    expect(p.body).not.toContain(header.slice(20, 40))
    expect(p.body).toContain('\\[redacted\\]')
  })
})

describe('GitLab', () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness('gitlab')
  })
  afterEach(async () => {
    await h.stop()
  })

  test('a token without the api scope is told to get one', async () => {
    h.fail({ method: 'POST', path: /\/merge_requests$/ }, {
      status: 403,
      body: { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api' }
    })
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toContain('lacks the "api" scope')
    expect(outcome.message).toContain('GITLAB_TOKEN')
  })

  test('an invalid token is reported as such', async () => {
    h.fail({ path: /\/merge_requests$/ }, { status: 401, body: { message: '401 Unauthorized' } })
    expect((await propose(h.forge(), addFoo())).message).toMatch(/^GitLab rejected the token \(401 Unauthorized\)/)
  })

  test('a role too low to push is told which role is needed', async () => {
    h.fail({ method: 'POST', path: /\/repository\/commits$/ }, { status: 403, body: { message: '403 Forbidden' } })
    expect((await propose(h.forge(), addFoo())).message).toContain('at least the Developer role')
  })

  test('a protected branch is named as the cause', async () => {
    h.fail({ method: 'POST', path: /\/repository\/commits$/ }, { status: 403, body: { message: 'You are not allowed to push into this branch' } })
    expect((await propose(h.forge(), addFoo())).message).toContain('protected')
  })

  test('a rate limit that never clears fails with the rate-limit explanation after the retries', async () => {
    const clock = new FakeClock()
    h.fail({ method: 'GET', path: /\/merge_requests$/ }, { status: 429, body: { message: 'Retry later' }, headers: { 'retry-after': '1' } }, Infinity)
    const outcome = await propose(h.forge({ clock }), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toMatch(/^GitLab's rate limit stopped the attempt to look up the merge request and did not clear in time/)
    expect(clock.sleeps).toEqual([1000, 1000, 1000])
  })

  test('a rate limit that asks for longer than the run accepts fails at once, naming the rate limit', async () => {
    const clock = new FakeClock()
    h.fail({ method: 'GET', path: /\/merge_requests$/ }, {
      status: 429, body: { message: 'Retry later' }, headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': String(Math.floor(clock.t / 1000) + 3600) }
    })
    const outcome = await propose(h.forge({ clock }), addFoo())
    expect(outcome.message).toMatch(/^GitLab's rate limit stopped/)
    expect(clock.sleeps).toEqual([])
  })

  test('409 "already exists" is an existing merge request; 409 for the same source and target branch is an error', async () => {
    const forge = h.forge()
    const proposal = { branch: 'main', base: 'main', title: 't', body: 'b', draft: false, labels: [] }
    const same = await forge.createProposal(proposal).catch((e: unknown) => e)
    expect(same).toBeInstanceOf(ForgeError)
    expect(same).not.toBeInstanceOf(ProposalExistsError)
    expect((same as ForgeError).status).toBe(409)
    expect((same as ForgeError).message).toContain("You can't use same project/branch for source and target")

    h.push('poi-gitops/x', { 'a.txt': 'a\n' })
    await forge.createProposal({ ...proposal, branch: 'poi-gitops/x' })
    const again = await forge.createProposal({ ...proposal, branch: 'poi-gitops/x' }).catch((e: unknown) => e)
    expect(again).toBeInstanceOf(ProposalExistsError)
  })

  test('429 is retried after Retry-After', async () => {
    const clock = new FakeClock()
    h.fail({ method: 'GET', path: /\/merge_requests$/ }, { status: 429, body: { message: 'Retry later' }, headers: { 'retry-after': '5' } })
    const outcome = await propose(h.forge({ clock }), addFoo())
    expect(outcome.operation).toBe('created')
    expect(clock.sleeps).toEqual([5000])
  })

  test('writes are spaced by the configured interval', async () => {
    const clock = new FakeClock()
    await propose(h.forge({ clock, writeSpacingMs: 1000 }), { ...addFoo(), reviewers: ['reviewer-one'] })
    const { writes } = h.counts()
    expect(writes).toBe(3)
    expect(clock.sleeps).toEqual([1000, 1000])
  })

  test('an unknown reviewer is a warning, not a failure', async () => {
    const outcome = await propose(h.forge(), { ...addFoo(), reviewers: ['nobody-here'] })
    expect(outcome.operation).toBe('created')
    expect(outcome.warnings[0]).toContain('no user named nobody-here')
  })

  test('a wrong guess about whether a file exists is corrected by looking', async () => {
    // The change thinks the file is new, but the base already has it (the base moved since).
    h.repo.commitFiles('main', { 'exports/list.yaml': 'old\n' })
    const req = addFoo()
    req.changeSet.changes.push({ path: 'exports/list.yaml', before: null, after: 'new\n' })
    expect((await propose(h.forge(), req)).operation).toBe('created')
    expect(h.repo.readFile('poi-gitops/salimma', 'exports/list.yaml')).toBe('new\n')
  })
})
