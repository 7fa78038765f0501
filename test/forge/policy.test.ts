// The proposal policy of a job (README: "Proposal policy"), each knob run
// against a fake GitHub and a fake GitLab like the engine's other scenarios:
// update = "when-merged", min-interval, review = "always" and team reviewers,
// max-open across jobs, and auto-merge — which never merges.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { propose, type EngineOptions } from '../../src/forge/engine.js'
import { parseMarker } from '../../src/forge/marker.js'
import type { Forge, ProposalOutcome, ProposalPolicy, ProposalRequest } from '../../src/forge/types.js'
import {
  AFTER_FOO, AFTER_FOO_BAR, BEFORE, BRANCH, FakeClock, INVENTORY, addFoo, added, changeSet, request, startHarness, type Harness
} from './harness.js'

const HOUR = 3_600_000
const PREFIX = 'poi-gitops/'

function withPolicy(req: ProposalRequest, policy: Partial<ProposalPolicy>, extra: Partial<ProposalRequest> = {}): ProposalRequest {
  return { ...req, ...extra, policy: { ...req.policy, ...policy } }
}

/** A job of its own that adds one file. */
function job(name: string, content = `[inventory]\nname = "${name}"\n`): ProposalRequest {
  const path = `inventories/${name}.toml`
  return request(changeSet({ [path]: [null, content] }, [added(name, path)]), { job: name, branch: `${PREFIX}${name}` })
}

async function proposeAll(forge: Forge, requests: ProposalRequest[], options: EngineOptions = {}): Promise<ProposalOutcome[]> {
  const outcomes: ProposalOutcome[] = []
  for (const r of requests) outcomes.push(await propose(forge, r, options))
  return outcomes
}

describe.each(['github', 'gitlab'] as const)('%s', (kind) => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness(kind)
  })
  afterEach(async () => {
    await h.stop()
  })
  const head = () => h.repo.batch.branchHead(BRANCH)

  test('a no-op run stays at 0 writes and at most 3 reads with every knob set', async () => {
    const policy: Partial<ProposalPolicy> = {
      update: 'when-merged', minIntervalMs: HOUR, review: 'always', automerge: true, maxOpen: { limit: 1, branchPrefix: PREFIX }
    }
    await propose(h.forge(), withPolicy({ ...addFoo(), reviewers: [h.people[0]] }, policy))
    h.resetCounts()
    const outcome = await propose(h.forge(), withPolicy({ ...addFoo(), reviewers: [h.people[0]] }, policy))
    expect(outcome.operation).toBe('unchanged')
    expect(outcome.held).toBeUndefined()
    expect(h.counts().writes).toBe(0)
    expect(h.counts().reads).toBeLessThanOrEqual(3)
  })

  describe('update = "when-merged"', () => {
    test('an open proposal is kept as it is, whatever the new content, with no write', async () => {
      await propose(h.forge(), withPolicy(addFoo(), { update: 'when-merged' }))
      const before = { head: await head(), body: h.proposals()[0].body }
      h.resetCounts()
      const outcome = await propose(h.forge(), withPolicy(addFoo(true), { update: 'when-merged' }))
      expect(outcome).toMatchObject({ operation: 'unchanged', held: 'when-merged', number: 1 })
      expect(outcome.message).toContain('until it is merged or closed')
      expect(h.counts().writes).toBe(0)
      expect(await head()).toBe(before.head)
      expect(h.proposals()[0].body).toBe(before.body)
      // The base moving on does not count as a reason either.
      h.repo.commitFiles('main', { 'README.md': 'moved\n' }, undefined, 'Move main')
      expect((await propose(h.forge(), withPolicy(addFoo(true), { update: 'when-merged' }))).held).toBe('when-merged')
      expect(await head()).toBe(before.head)
    })

    test('after a merge the newer change is proposed as a new proposal', async () => {
      await propose(h.forge(), withPolicy(addFoo(), { update: 'when-merged' }))
      expect((await propose(h.forge(), withPolicy(addFoo(true), { update: 'when-merged' }))).held).toBe('when-merged')
      h.merge(1)
      const next = withPolicy(request(changeSet({ [INVENTORY]: [AFTER_FOO, AFTER_FOO_BAR] }, [added('bar')])), { update: 'when-merged' })
      expect(await propose(h.forge(), next)).toMatchObject({ operation: 'created', number: 2 })
      expect(await h.repo.batch.readFile(BRANCH, INVENTORY)).toBe(AFTER_FOO_BAR)
    })

    test('after a person closed it a different change is proposed again', async () => {
      await propose(h.forge(), withPolicy(addFoo(), { update: 'when-merged' }))
      h.close(1)
      const outcome = await propose(h.forge(), withPolicy(addFoo(true), { update: 'when-merged' }))
      expect(outcome.operation).toBe('updated')
      expect(outcome.held).toBeUndefined()
      expect(h.proposals().filter((p) => p.state === 'open')).toHaveLength(1)
      expect(await h.repo.batch.readFile(BRANCH, INVENTORY)).toBe(AFTER_FOO_BAR)
    })

    test('a person handing the branch back gets the update now', async () => {
      await propose(h.forge(), withPolicy(addFoo(), { update: 'when-merged' }))
      h.label(1, 'poi-gitops:regenerate')
      const outcome = await propose(h.forge(), withPolicy(addFoo(true), { update: 'when-merged' }))
      expect(outcome.operation).toBe('updated')
      expect(await h.repo.batch.readFile(BRANCH, INVENTORY)).toBe(AFTER_FOO_BAR)
    })

    test('an emptied change still closes the proposal', async () => {
      await propose(h.forge(), withPolicy(addFoo(), { update: 'when-merged' }))
      const outcome = await propose(h.forge(), withPolicy(request(changeSet({ [INVENTORY]: [BEFORE, BEFORE] })), { update: 'when-merged' }))
      expect(outcome.operation).toBe('closed')
    })
  })

  describe('min-interval', () => {
    test('an open proposal is updated at most once per interval, counted from the bot\'s last update', async () => {
      const clock = new FakeClock()
      const t0 = clock.t
      const policy = { minIntervalMs: 6 * HOUR }
      await propose(h.forge(), withPolicy(addFoo(), policy), { clock })
      expect(parseMarker(h.proposals()[0].body)?.updated).toBe(new Date(t0).toISOString())
      const first = await head()

      clock.t = t0 + HOUR
      h.resetCounts()
      const held = await propose(h.forge(), withPolicy(addFoo(true), policy), { clock })
      expect(held).toMatchObject({ operation: 'unchanged', held: 'min-interval', heldUntil: new Date(t0 + 6 * HOUR).toISOString() })
      expect(held.message).toContain('min-interval = "6h"')
      expect(h.counts().writes).toBe(0)
      expect(await head()).toBe(first)

      clock.t = t0 + 6 * HOUR
      expect((await propose(h.forge(), withPolicy(addFoo(true), policy), { clock })).operation).toBe('updated')
      expect(await h.repo.batch.readFile(BRANCH, INVENTORY)).toBe(AFTER_FOO_BAR)
      expect(parseMarker(h.proposals()[0].body)?.updated).toBe(new Date(t0 + 6 * HOUR).toISOString())

      // The next change waits for the interval from this update, not from the first.
      clock.t = t0 + 7 * HOUR
      const again = await propose(h.forge(), withPolicy(addFoo(), policy), { clock })
      expect(again).toMatchObject({ held: 'min-interval', heldUntil: new Date(t0 + 12 * HOUR).toISOString() })
    })

    test('an update time in the future (an edited body) does not hold the proposal back', async () => {
      const clock = new FakeClock()
      await propose(h.forge(), addFoo(), { clock })
      const body = h.proposals()[0].body
      h.setBody(1, body.replace(/"updated":"[^"]*"/, `"updated":"${new Date(clock.t + 365 * 24 * HOUR).toISOString()}"`))
      clock.t += HOUR
      expect((await propose(h.forge(), withPolicy(addFoo(true), { minIntervalMs: 6 * HOUR }), { clock })).operation).toBe('updated')
    })

    test('a proposal whose marker has no update time (made before min-interval) is updated', async () => {
      await propose(h.forge(), addFoo())
      const body = h.proposals()[0].body
      const marker = parseMarker(body)
      expect(marker?.updated).toBeDefined()
      h.setBody(1, body.replace(/,"updated":"[^"]*"/, ''))
      expect(parseMarker(h.proposals()[0].body)?.updated).toBeUndefined()
      expect((await propose(h.forge(), withPolicy(addFoo(true), { minIntervalMs: 6 * HOUR }))).operation).toBe('updated')
    })
  })

  describe('reviews', () => {
    test('review = "create" (default): an update asks nobody again', async () => {
      const [a, b] = h.people
      await propose(h.forge(), { ...addFoo(), reviewers: [a, b] })
      expect(h.reviewRequests(1)).toEqual([a, b])
      h.clearReviewers(1)
      expect((await propose(h.forge(), { ...addFoo(true), reviewers: [a, b] })).operation).toBe('updated')
      expect(h.reviewRequests(1)).toEqual([a, b])
    })

    test('review = "always": every update asks again, except whoever reviewed the current head', async () => {
      const [a, b] = h.people
      const req = (withBar: boolean, title?: string) => withPolicy({ ...addFoo(withBar), reviewers: [a, b] }, { review: 'always' }, title ? { title } : {})
      await propose(h.forge(), req(false))
      expect(h.reviewRequests(1)).toEqual([a, b])

      // A person takes the reviewers off; `a` reviews the head as it is.
      h.clearReviewers(1)
      h.review(1, a)
      // A new title is an update of the same head: `a` has reviewed it, `b` is asked again.
      expect((await propose(h.forge(), req(false, 'Add foo'))).operation).toBe('updated')
      expect(h.reviewRequests(1)).toEqual([a, b, b])

      // A new commit: on GitHub `a` reviewed an older head and is asked again (and `b` once more, as
      // GitHub re-requests); GitLab does not say which head an approval is for, so `a`'s standing
      // approval counts and `b`, a reviewer already, is not added twice.
      expect((await propose(h.forge(), req(true, 'Add foo'))).operation).toBe('updated')
      expect(h.reviewRequests(1)).toEqual(kind === 'github' ? [a, b, b, a, b] : [a, b, b])
    })
  })

  test('team-reviewers: GitHub teams are asked; on GitLab the job is refused as a configuration error before any request', async () => {
    const req = { ...addFoo(), reviewers: [h.people[0]], teamReviewers: ['acme/maintainers', 'infra'], teamReviewersOrigin: 'poi-gitops.toml:5:1' }
    const outcome = await propose(h.forge(), req)
    if (kind === 'github') {
      expect(outcome.operation).toBe('created')
      expect(h.proposals()[0].reviewers).toEqual(['pat', 'team:maintainers', 'team:infra'])
    } else {
      expect(outcome).toMatchObject({ operation: 'failed', exitCode: 2 })
      expect(outcome.message).toContain('poi-gitops.toml:5:1: team-reviewers')
      expect(outcome.message).toContain('GitLab merge requests have no team reviewers')
      expect(h.counts()).toMatchObject({ reads: 0, writes: 0 })
      expect(h.proposals()).toEqual([])
    }
  })

  describe('max-open', () => {
    const limit = (n: number): Partial<ProposalPolicy> => ({ maxOpen: { limit: n, branchPrefix: PREFIX } })
    /** Listings of open proposals (not the per-branch lookups). */
    const listings = () => h.requests().filter((r) => r.method === 'GET' && /\/(pulls|merge_requests)$/.test(r.path) && /state=open/.test(r.query) && !/(head|source_branch)=/.test(r.query))

    test('a job that would open one more waits, with no write; one listing per run; open ones are still updated', async () => {
      const forge = h.forge()
      const outcomes = await proposeAll(forge, ['a', 'b', 'c'].map((n) => withPolicy(job(n), limit(2))))
      expect(outcomes.map((o) => [o.operation, o.held])).toEqual([['created', undefined], ['created', undefined], ['none', 'max-open']])
      expect(outcomes[2].message).toContain('max-open = 2')
      expect(h.proposals(`${PREFIX}c`)).toEqual([])
      expect(await h.repo.batch.branchHead(`${PREFIX}c`)).toBeNull()
      expect(listings()).toHaveLength(1)

      // The next run: b's change changed, so b is updated (max-open does not hold it); c still waits, and writes nothing.
      const next = h.forge()
      h.resetCounts()
      expect((await propose(next, withPolicy(job('b', 'changed = true\n'), limit(2)))).operation).toBe('updated')
      expect(listings()).toHaveLength(0)
      h.resetCounts()
      expect(await propose(next, withPolicy(job('c'), limit(2)))).toMatchObject({ operation: 'none', held: 'max-open' })
      expect(h.counts().writes).toBe(0)
      expect(listings()).toHaveLength(1)

      // Once one is merged, c is opened.
      h.merge(h.proposals(`${PREFIX}a`)[0].number)
      expect((await propose(h.forge(), withPolicy(job('c'), limit(2)))).operation).toBe('created')
    })

    test('a proposal the bot closes in the run makes room for a later job of the same run; forks do not count', async () => {
      h.forkProposal(`${PREFIX}from-a-fork`)
      await propose(h.forge(), withPolicy(job('a'), limit(1)))
      expect(h.proposals(`${PREFIX}a`)).toHaveLength(1)
      h.resetCounts()
      const emptied = withPolicy(request(changeSet({ 'inventories/a.toml': [null, null] }), { job: 'a', branch: `${PREFIX}a` }), limit(1))
      const outcomes = await proposeAll(h.forge(), [withPolicy(job('b'), limit(1)), emptied, withPolicy(job('c'), limit(1))])
      expect(outcomes.map((o) => o.operation)).toEqual(['none', 'closed', 'created'])
      expect(listings()).toHaveLength(1)
    })
  })

  describe('automerge', () => {
    test('turns on the forge\'s own auto-merge after creating and updating, never merging; a no-op run does nothing', async () => {
      const created = await propose(h.forge(), withPolicy(addFoo(), { automerge: true }))
      expect(created).toMatchObject({ operation: 'created', autoMerge: 'enabled', warnings: [] })
      expect(h.autoMerge(1)).toBe(kind === 'github' ? 'MERGE' : 'merge_when_pipeline_succeeds')
      expect(h.proposals()[0].state).toBe('open')
      expect(await h.repo.batch.readFile('main', INVENTORY)).toBe(BEFORE)

      h.resetCounts()
      expect((await propose(h.forge(), withPolicy(addFoo(), { automerge: true }))).operation).toBe('unchanged')
      expect(h.counts().writes).toBe(0)

      // GitLab cancels auto-merge when commits are pushed: the update sets it again. GitHub keeps it on
      // for the bot's push, so no second request is made.
      h.resetCounts()
      const updated = await propose(h.forge(), withPolicy(addFoo(true), { automerge: true }))
      expect(updated).toMatchObject({ operation: 'updated', autoMerge: 'enabled', warnings: [] })
      expect(h.autoMerge(1)).not.toBeNull()
      const graphql = h.requests().filter((r) => r.path.endsWith('/graphql'))
      expect(graphql).toHaveLength(kind === 'github' ? 0 : 2)
      expect(h.proposals()[0].state).toBe('open')
    })

    test('a forge that offers no auto-merge (nothing pending) is a warning, not a failure, and nothing is merged', async () => {
      h.nothingPending()
      const outcome = await propose(h.forge(), withPolicy(addFoo(), { automerge: true }))
      expect(outcome.operation).toBe('created')
      expect(outcome.exitCode).toBeUndefined()
      expect(outcome.autoMerge).toBeUndefined()
      expect(outcome.warnings).toHaveLength(1)
      expect(outcome.warnings[0]).toMatch(/did not turn on auto-merge .*never merges itself/)
      expect(h.autoMerge(1)).toBeNull()
      expect(h.proposals()[0].state).toBe('open')
    })

    test('a forge failing the request (after the retries a query gets) is a warning too', async () => {
      h.fail({ method: 'POST', path: /graphql$/ }, { status: 502, body: { message: 'Bad Gateway' } }, Infinity)
      const outcome = await propose(h.forge({ clock: new FakeClock() }), withPolicy(addFoo(), { automerge: true }))
      expect(outcome.operation).toBe('created')
      expect(outcome.warnings.join('\n')).toContain('502')
    })

    test('never on a proposal blocked by a person\'s commits', async () => {
      await propose(h.forge(), addFoo())
      h.push(BRANCH, { 'NOTES.md': 'mine\n' })
      h.resetCounts()
      const outcome = await propose(h.forge(), withPolicy(addFoo(true), { automerge: true }))
      expect(outcome.operation).toBe('blocked')
      expect(h.autoMerge(1)).toBeNull()
      expect(h.requests().filter((r) => r.path.endsWith('/graphql'))).toEqual([])
    })

    test('the request is pinned to the bot\'s head: a push in between is refused by the forge (a warning)', async () => {
      h.beforeCreate(() => h.push(BRANCH, { 'NOTES.md': 'pushed in between\n' }))
      const outcome = await propose(h.forge(), withPolicy(addFoo(), { automerge: true }))
      expect(outcome.operation).toBe('created')
      expect(outcome.autoMerge).toBeUndefined()
      expect(outcome.warnings[0]).toMatch(kind === 'github' ? /Head sha didn't match/ : /its branch moved on/)
      expect(h.autoMerge(1)).toBeNull()
    })

    test('a dry run turns nothing on', async () => {
      const outcome = await propose(h.forge(), withPolicy({ ...addFoo(), dryRun: true }, { automerge: true }))
      expect(outcome.operation).toBe('dry-run')
      expect(h.counts().writes + h.counts().reads).toBe(0)
    })
  })
})

describe('GitHub auto-merge and the repository settings', () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness('github')
  })
  afterEach(async () => {
    await h.stop()
  })

  test('auto-merge not allowed in the repository: a warning that says where to allow it, without a GraphQL request', async () => {
    if (!h.github) throw new Error('no fake GitHub')
    h.github.settings.allow_auto_merge = false
    const outcome = await propose(h.forge(), withPolicy(addFoo(), { automerge: true }))
    expect(outcome.operation).toBe('created')
    expect(outcome.warnings[0]).toContain('"Allow auto-merge"')
    expect(h.requests().filter((r) => r.path === '/graphql')).toEqual([])
  })

  test('a repository without merge commits gets auto-merge by squash', async () => {
    if (!h.github) throw new Error('no fake GitHub')
    h.github.settings.allow_merge_commit = false
    expect((await propose(h.forge(), withPolicy(addFoo(), { automerge: true }))).autoMerge).toBe('enabled')
    expect(h.autoMerge(1)).toBe('SQUASH')
  })
})
