import { afterEach, describe, expect, test } from '@jest/globals'
import { applyExitCode, applyPlan, closeStaleRequested, type ApplyOptions, type Writers } from '../../src/plans/apply.js'
import { bugzillaWriter, distgitWriter } from '../../src/plans/writers.js'
import type { Plan, PlanAction } from '../../src/plans/model.js'
import { BugzillaClient } from '../../src/sources/bugzilla.js'
import { PagureDistGit } from '../../src/sources/pagure.js'
import { recordingSleep } from '../helpers/fake-http-server.js'
import { fakeBug, startFakeBugzilla, type FakeBug, type FakeBugzilla, type FakeBugzillaOptions } from '../fakes/fake-bugzilla.js'
import { startFakeDistgit, type FakeDistgit, type FakeDistgitOptions } from '../fakes/fake-distgit.js'
import { owned, project, RELEASES } from '../fakes/distgit-fixtures.js'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

const LOGIN = 'bot@example.org'

async function bugzilla(bugs: FakeBug[], options: FakeBugzillaOptions = {}): Promise<{ fake: FakeBugzilla; writers: Writers }> {
  const fake = await startFakeBugzilla(bugs, { login: LOGIN, ...options })
  const { sleep } = recordingSleep()
  const client = new BugzillaClient({ baseUrl: fake.url, apiKey: 'test-key', sleep, random: () => 0.5, timeouts: { requestMs: 400, headersMs: 400 } })
  open.push(fake, client)
  return { fake, writers: { bugzilla: bugzillaWriter(client, LOGIN) } }
}

const priority = (id: number, to = 'high'): PlanAction => ({
  id: `bugzilla:${id}:priority`, service: 'bugzilla', target: id, kind: 'priority', expect: { status: 'NEW', priority: 'unspecified' }, set: { priority: to }, comment: null, why: 'priority',
})
const close = (id: number, kind: 'errata' | 'ask-close' = 'errata', extra: Record<string, string> = {}): PlanAction => ({
  id: `bugzilla:${id}:${kind}`, service: 'bugzilla', target: id, kind,
  expect: { status: 'NEW', resolution: '', priority: 'unspecified', cf_fixed_in: '' },
  set: { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: `foo-1.2.0-1.fc45`, ...extra },
  comment: `Bodhi has builds addressing bug ${id}.`, why: 'stable everywhere',
})
const plan = (actions: PlanAction[]): Plan => ({ version: 1, job: 'triage', command: 'triage-updates', computed_at: '2026-05-01T00:00:00Z', actions, skipped: [] })
const bugs = (...ids: number[]): FakeBug[] => ids.map((id) => fakeBug(id, 'foo', 'foo-1.2.0 is available'))
const run = (p: Plan, w: Writers, o: ApplyOptions = {}) => applyPlan(p, w, o)

describe('apply: Bugzilla', () => {
  test('writes in plan order with exactly set + comment; a second apply of the same plan writes nothing', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2, 3))
    const p = plan([priority(3), close(1), close(2, 'errata', { assigned_to: 'me@example.com' })])
    const first = await run(p, writers)
    expect(first.outcomes.map((o) => `${o.target}:${o.outcome}`)).toEqual(['3:applied', '1:applied', '2:applied'])
    expect(fake.writes.map((w) => w.id)).toEqual([3, 1, 2])
    expect(fake.writes[1].body).toEqual({ status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: 'foo-1.2.0-1.fc45', comment: { body: 'Bodhi has builds addressing bug 1.' } })
    expect(fake.bugs.get(2)).toMatchObject({ status: 'CLOSED', assigned_to: 'me@example.com', comments: ['Bodhi has builds addressing bug 2.'] })
    expect(fake.counts.validLogin).toBe(1)
    expect(applyExitCode(first)).toBe(0)

    fake.reset()
    const second = await run(p, writers)
    expect(second.outcomes.map((o) => o.outcome)).toEqual(['already-done', 'already-done', 'already-done'])
    expect(second.writes).toBe(0)
    expect(fake.counts.put).toBe(0)
  })

  test('a bug a person changed since planning is skipped and reported with what changed; one already closed that way counts as done', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2, 3))
    fake.bugs.get(1)!.status = 'ASSIGNED'
    fake.bugs.get(2)!.priority = 'low'
    Object.assign(fake.bugs.get(3)!, { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: 'foo-1.2.0-1.fc45' })
    const report = await run(plan([close(1), priority(2), close(3)]), writers)
    expect(report.outcomes.map((o) => [o.outcome, o.detail])).toEqual([
      ['changed', 'changed since planning: status NEW → ASSIGNED'],
      ['changed', 'changed since planning: priority unspecified → low'],
      ['already-done', 'the target already shows the planned change'],
    ])
    expect(fake.counts.put).toBe(0)
    expect(fake.bugs.get(1)!.comments).toEqual([])
  })

  test('a person editing the bug right before our re-read wins: the re-read happens just before the write', async () => {
    let reads = 0
    const { fake, writers } = await bugzilla(bugs(1), {
      beforeAnswer: (req, all) => {
        if (req.method === 'GET' && req.url.startsWith('/rest/bug/1') && ++reads === 1) all.get(1)!.status = 'POST'
      },
    })
    const report = await run(plan([close(1)]), writers)
    expect(report.outcomes[0].outcome).toBe('changed')
    expect(fake.counts.put).toBe(0)
  })

  test('a write whose answer is lost (reset after applying) is confirmed by a re-read and never sent twice', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2), { faults: [{ method: 'PUT', match: /\/rest\/bug\/1$/, times: 1, action: 'apply-then-reset' }] })
    const report = await run(plan([close(1), close(2)]), writers)
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['confirmed', 'applied'])
    expect(fake.server.requests.filter((r) => r.method === 'PUT' && r.url === '/rest/bug/1')).toHaveLength(1)
    expect(fake.bugs.get(1)!.comments).toHaveLength(1)
    expect(applyExitCode(report)).toBe(0)
  })

  test('a write that times out after landing is confirmed; one that never landed is a failure, not retried', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2), {
      faults: [{ method: 'PUT', match: /\/rest\/bug\/1$/, times: 1, action: 'apply-then-hang' }, { method: 'PUT', match: /\/rest\/bug\/2$/, times: 1, action: 'reset' }],
    })
    const report = await run(plan([close(1), close(2)]), writers)
    expect(report.outcomes[0]).toMatchObject({ outcome: 'confirmed', detail: expect.stringMatching(/timed out/) })
    expect(report.outcomes[1]).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/did not land; not retried/) })
    expect(fake.server.requests.filter((r) => r.method === 'PUT')).toHaveLength(2)
    expect(fake.bugs.get(2)!.status).toBe('NEW')
    expect(applyExitCode(report)).toBe(3)
  })

  test('a refused write (4xx) fails without a re-read; the run goes on', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2), { faults: [{ method: 'PUT', match: /\/rest\/bug\/1$/, action: { status: 400, body: { error: true, code: 115, message: 'You tried to change the Status field from NEW to CLOSED, but only the assignee can do that.' } } }] })
    const report = await run(plan([close(1), close(2)]), writers)
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['failed', 'applied'])
    expect(report.outcomes[0].detail).toMatch(/only the assignee/)
    expect(fake.server.requests.filter((r) => r.method === 'GET' && r.url.startsWith('/rest/bug/1'))).toHaveLength(1)
  })

  test('the cap on writes per run stops the rest; the next run finishes the plan', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2, 3, 4))
    const p = plan([close(1), close(2), close(3), close(4)])
    const first = await run(p, writers, { maxWrites: 2 })
    expect(first.outcomes.map((o) => o.outcome)).toEqual(['applied', 'applied', 'not-attempted', 'not-attempted'])
    expect(first.stopped).toMatch(/cap of 2 writes/)
    expect(applyExitCode(first)).toBe(1)
    const second = await run(p, writers, { maxWrites: 2 })
    expect(second.outcomes.map((o) => o.outcome)).toEqual(['already-done', 'already-done', 'applied', 'applied'])
    expect(fake.writes).toHaveLength(4)
  })

  test('K failures in a row stop the run (circuit breaker); a success in between resets the count', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2, 3, 4, 5, 6), {
      faults: [{ method: 'PUT', match: /\/rest\/bug\/[13456]$/, action: { status: 502 } }],
    })
    const report = await run(plan([close(1), close(2), close(3), close(4), close(5), close(6)]), writers, { maxConsecutiveFailures: 2 })
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['failed', 'applied', 'failed', 'failed', 'not-attempted', 'not-attempted'])
    expect(report.stopped).toMatch(/2 failures in a row/)
    expect(fake.server.requests.filter((r) => r.method === 'PUT')).toHaveLength(4)
  })

  test('ASK-CLOSE is written only when the job allows it (close-stale)', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2))
    const p = plan([close(1, 'ask-close'), close(2)])
    const without = await run(p, writers)
    expect(without.outcomes.map((o) => o.outcome)).toEqual(['not-allowed', 'applied'])
    expect(fake.bugs.get(1)!.status).toBe('NEW')
    const withIt = await run(p, writers, { allowAskClose: true })
    expect(withIt.outcomes.map((o) => o.outcome)).toEqual(['applied', 'already-done'])
  })

  test('a dry run re-reads and writes nothing; a wrong key stops before any write', async () => {
    const { fake, writers } = await bugzilla(bugs(1, 2))
    const dry = await run(plan([close(1), priority(2)]), writers, { dryRun: true })
    expect(dry.outcomes.map((o) => o.outcome)).toEqual(['would-apply', 'would-apply'])
    expect(fake.counts.put).toBe(0)

    const { sleep } = recordingSleep()
    const wrong = new BugzillaClient({ baseUrl: fake.url, apiKey: 'stolen-or-expired', sleep })
    open.push(wrong)
    const refused = await run(plan([close(1), close(2)]), { bugzilla: bugzillaWriter(wrong, LOGIN) })
    expect(refused.outcomes.map((o) => o.outcome)).toEqual(['failed', 'not-attempted'])
    expect(refused.stopped).toMatch(/API key was refused/)
    expect(JSON.stringify(refused)).not.toContain('stolen-or-expired')
    expect(fake.counts.put).toBe(0)
  })

  test('a claim for anything but an email address is never written, even in a plan that skipped parsing', async () => {
    const { fake, writers } = await bugzilla(bugs(1))
    const report = await run(plan([close(1, 'errata', { assigned_to: '' })]), writers)
    expect(report.outcomes[0]).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/a claim needs a person's email address/) })
    expect(fake.server.requests).toHaveLength(0)
  })

  test('closeStaleRequested reads the plan\'s command', () => {
    expect(closeStaleRequested({ command: 'poi-gitops triage-updates -i a.toml --close-stale' })).toBe(true)
    expect(closeStaleRequested({ command: 'poi-gitops triage-updates -i close-stale.toml' })).toBe(false)
  })

  test('no Bugzilla writer: every Bugzilla action fails, none is written', async () => {
    const report = await run(plan([close(1)]), {})
    expect(report.outcomes[0]).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/no Bugzilla API key/) })
  })
})

describe('apply: dist-git take-orphan', () => {
  const take = (pkg: string, user = 'jdoe'): PlanAction => ({
    id: `distgit:${pkg}:take-orphan`, service: 'distgit', target: pkg, kind: 'take-orphan', expect: { owner: 'orphan' }, set: { point_of_contact: user }, comment: null, why: 'orphaned',
  })
  async function distgit(options: FakeDistgitOptions = {}): Promise<{ fake: FakeDistgit; writers: Writers }> {
    const fake = await startFakeDistgit({ projects: [owned('ccze', 'orphan'), owned('taken', 'someone'), project('gone', { deleted: true }), owned('other', 'orphan')], groups: [], releases: RELEASES }, { token: 'dg-token', tokenUser: 'jdoe', ...options })
    const { sleep } = recordingSleep()
    const dg = new PagureDistGit({ baseUrl: fake.distgitUrl, headers: { authorization: 'token dg-token' }, sleep, random: () => 0.5 })
    open.push(fake, dg)
    return { fake, writers: { distgit: distgitWriter(dg) } }
  }

  test('takes an orphan once; someone else took one meanwhile; a gone project; the second apply writes nothing', async () => {
    const { fake, writers } = await distgit()
    const p = plan([take('ccze'), take('taken'), take('gone')])
    const first = await run(p, writers)
    expect(first.outcomes.map((o) => [o.outcome, o.detail])).toEqual([
      ['applied', ''],
      ['changed', 'changed since planning: owner orphan → someone'],
      ['changed', 'the dist-git project no longer exists'],
    ])
    expect(fake.counts.take).toBe(1)
    expect(fake.distgit.requests.find((r) => r.url === '/_dg/take_orphan/rpms/ccze')!.headers['authorization']).toBe('token dg-token')
    expect(fake.counts.whoami).toBe(1)
    const second = await run(p, writers)
    expect(second.outcomes[0].outcome).toBe('already-done')
    expect(fake.counts.take).toBe(1)
  })

  test('a plan adopting as another user than the token\'s is refused; a lost answer is confirmed, not repeated', async () => {
    const { fake, writers } = await distgit({ faults: [{ match: /take_orphan\/rpms\/other/, times: 1, action: 'apply-then-reset' }] })
    const report = await run(plan([take('ccze', 'mallory'), take('other')]), writers)
    expect(report.outcomes[0]).toMatchObject({ outcome: 'failed', detail: 'the dist-git token belongs to jdoe, but the plan adopts the package as mallory' })
    expect(report.outcomes[1].outcome).toBe('confirmed')
    expect(fake.distgit.requests.filter((r) => r.url.startsWith('/_dg/take_orphan/'))).toHaveLength(1)
    expect(fake.data.projects.find((x) => x.name === 'ccze')!.users!.owner).toEqual(['orphan'])
  })
})
