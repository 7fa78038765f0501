// The forges on the project's HTTP layer, against the fake forges: network
// hiccups on reads are retried, writes are never repeated blindly, every
// request has a timeout, an error names the network cause (not an HTTP status
// that never came), malformed answers are refused, and the forge's requests
// are counted like the services'.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { propose } from '../../src/forge/engine.js'
import { startRecordingProxy } from '../helpers/recording-proxy.js'
import { FakeClock, addFoo, startHarness, type Harness } from './harness.js'

describe.each(['github', 'gitlab'] as const)('%s', (kind) => {
  const name = kind === 'github' ? 'GitHub' : 'GitLab'
  const list = kind === 'github' ? /\/pulls$/ : /\/merge_requests$/
  const create = kind === 'github' ? 'create the pull request' : 'create the merge request'
  let h: Harness
  beforeEach(async () => {
    h = await startHarness(kind)
  })
  afterEach(async () => {
    await h.stop()
  })

  test('a connection reset on a read is retried and the run succeeds', async () => {
    const clock = new FakeClock()
    h.fail({ method: 'GET', path: list }, 'reset')
    const forge = h.forge({ clock })
    expect((await propose(forge, addFoo())).operation).toBe('created')
    expect(clock.sleeps).toHaveLength(1)
    expect(forge.stats?.()[h.host]).toMatchObject({ retries: 1 })
  })

  test('a connection reset on a write is not repeated: the job fails naming the network cause', async () => {
    h.fail({ method: 'POST', path: list }, 'reset')
    const outcome = await propose(h.forge({ clock: new FakeClock() }), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toMatch(new RegExp(`^Could not reach ${name} to ${create}: connection failed: .*\\((ECONNRESET|UND_ERR_SOCKET)\\) \\(POST http://127\\.0\\.0\\.1`))
    expect(outcome.message).not.toMatch(/answered 500/)
    expect(h.proposals()).toHaveLength(0) // a second POST would have opened one
  })

  test('a read that never answers times out, is retried, then fails naming the timeout', async () => {
    // The proposal lookup is the job's first request, so no slower answer can run into the short timeout.
    h.fail({ method: 'GET', path: list }, 'hang', Infinity)
    const started = Date.now()
    const outcome = await propose(h.forge({ clock: new FakeClock(), timeoutMs: 150 }), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toContain(`Could not reach ${name} to look up the`)
    expect(outcome.message).toContain('timed out: no complete answer within 150 ms')
    expect(outcome.message).toContain('4 attempts')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  test('a write that never answers fails after one timeout, without a second attempt', async () => {
    h.fail({ method: 'POST', path: list }, 'hang')
    // Long enough for the fake's own git work on the requests before it.
    const outcome = await propose(h.forge({ clock: new FakeClock(), timeoutMs: 1500 }), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toContain(`Could not reach ${name} to ${create}: timed out: no complete answer within 1.5 s (POST `)
    expect(outcome.message).not.toContain('attempts')
    expect(h.proposals()).toHaveLength(0)
  })

  test('an answer without a documented field is refused, naming the field', async () => {
    const broken = kind === 'github'
      ? [{ number: '1', html_url: 'x', state: 'open', title: 't', labels: [], base: { ref: 'main' }, head: { ref: 'poi-gitops/salimma', sha: 'f'.repeat(40) } }]
      : [{ web_url: 'x', state: 'opened', title: 't', target_branch: 'main', source_branch: 'poi-gitops/salimma' }]
    h.fail({ method: 'GET', path: list }, { status: 200, body: broken })
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toContain(`${name}'s answer when trying to look up the`)
    expect(outcome.message).toContain(kind === 'github' ? '[0].number: expected number, got "1"' : '[0].iid: missing')
  })

  test('an unreachable proxy fails the job with the network cause, not a made-up status', async () => {
    const proxy = await startRecordingProxy()
    await proxy.close() // nothing listens there any more
    const clock = new FakeClock()
    const outcome = await propose(h.forge({ clock, proxy: { httpProxy: proxy.url } }), addFoo())
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toMatch(new RegExp(`^Could not reach ${name} to (look up the .*|read the (repository|project)): connection failed: .*ECONNREFUSED.*4 attempts\\)\\. Check the runner's network and proxy settings \\(HTTPS_PROXY, NO_PROXY\\)`))
    expect(clock.sleeps).toHaveLength(3)
  })

  test("the forge's requests are counted per host like the services'", async () => {
    const forge = h.forge()
    h.resetCounts()
    await propose(forge, addFoo())
    const { reads, writes } = h.counts()
    expect(forge.stats?.()).toEqual({ [h.host]: expect.objectContaining({ requests: reads + writes, retries: 0 }) })
    expect(forge.counts()).toEqual({ reads, writes })
  })
})
