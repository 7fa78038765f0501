// The proposal engine's scenarios, each run against a fake GitHub and a fake
// GitLab (real Octokit / gitbeaker clients, state in a real git repository),
// checking the resulting branches with git.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { propose } from '../../src/forge/engine.js'
import type { Forge, ProposalOutcome, ProposalRequest } from '../../src/forge/types.js'

/** Jobs one after another, as the job runner proposes them. */
async function proposeAll(forge: Forge, requests: ProposalRequest[]): Promise<ProposalOutcome[]> {
  const outcomes: ProposalOutcome[] = []
  for (const r of requests) outcomes.push(await propose(forge, r))
  return outcomes
}
import { parseMarker } from '../../src/forge/marker.js'
import { PERSON } from '../fakes/git-repo.js'
import {
  AFTER_FOO, AFTER_FOO_BAR, BEFORE, BRANCH, INVENTORY, addFoo, added, changeSet, removed, request, startHarness, type Harness
} from './harness.js'

describe.each(['github', 'gitlab'] as const)('%s', (kind) => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness(kind)
  })
  afterEach(async () => {
    await h.stop()
  })

  /** Branch tip and the commits it has beyond main. */
  /** Read through the fake's long-lived git processes: cheaper than a git command per read. */
  const store = () => h.repo.batch
  async function branchState() {
    const head = await store().branchHead(BRANCH)
    const main = await store().branchHead('main')
    return { head, main, commits: head && main ? await store().commitsBetween(main, head) : [], file: head ? await store().readFile(head, INVENTORY) : null }
  }

  test('1. first run with changes: branch, one commit on the base, proposal with title, body, labels, reviewers', async () => {
    const reviewer = kind === 'github' ? 'pat' : 'reviewer-one'
    const outcome = await propose(h.forge(), { ...addFoo(), reviewers: [reviewer] })
    expect(outcome).toMatchObject({ operation: 'created', number: 1, files: [INVENTORY], warnings: [] })
    expect(outcome.url).toMatch(kind === 'github' ? /\/pull\/1$/ : /\/merge_requests\/1$/)

    const git = await branchState()
    expect(git.commits).toHaveLength(1)
    expect(git.commits[0].parents).toEqual([git.main])
    expect(git.file).toBe(AFTER_FOO)
    expect(h.repo.changedPaths(git.main ?? '', git.head ?? '')).toEqual([INVENTORY])

    const [p] = h.proposals()
    expect(p).toMatchObject({ state: 'open', title: 'poi-gitops: salimma: 1 added', labels: ['inventory'], draft: false })
    expect(p.reviewers).toEqual([kind === 'github' ? 'pat' : '11'])
    expect(p.body).toContain('| `foo` | added |')
    expect(p.body).toContain('https://src.fedoraproject.org/rpms/foo')
    expect(parseMarker(p.body)).toMatchObject({ job: 'salimma', commit: git.head, base: git.main })
    // Authored as the bot: the token's own identity.
    expect(git.commits[0].author.email).toBe(kind === 'github' ? '41898282+github-actions[bot]@users.noreply.github.com' : 'project_42_bot@noreply.gitlab.example')
  })

  test('1. a configured author is used for the commit and still counts as the bot', async () => {
    const author = { name: 'poi-gitops', email: 'poi-gitops@example.org' }
    await propose(h.forge(), addFoo(), { author })
    expect((await branchState()).commits[0].author).toEqual(author)
    h.resetCounts()
    expect((await propose(h.forge(), addFoo(true), { author })).operation).toBe('updated')
  })

  test('1. the draft flag from the config', async () => {
    await propose(h.forge(), { ...addFoo(), draft: true })
    expect(h.proposals()[0].draft).toBe(true)
  })

  test('2. the same run again writes nothing: at most 3 reads', async () => {
    await propose(h.forge(), addFoo())
    const before = await branchState()
    h.resetCounts()
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome.operation).toBe('unchanged')
    const counts = h.counts()
    expect(counts.writes).toBe(0)
    expect(counts.reads).toBeLessThanOrEqual(3)
    expect((await branchState()).head).toBe(before.head)
  })

  test('2. a no-op run of several jobs: no writes, at most 3 reads per job', async () => {
    const other = request(changeSet({ 'inventories/other.toml': [null, 'x = 1\n'] }, [added('baz', 'inventories/other.toml')]), { job: 'other', branch: 'poi-gitops/other' })
    await proposeAll(h.forge(), [addFoo(), other])
    h.resetCounts()
    const outcomes = await proposeAll(h.forge(), [addFoo(), other])
    expect(outcomes.map((o) => o.operation)).toEqual(['unchanged', 'unchanged'])
    expect(h.counts().writes).toBe(0)
    expect(h.counts().reads).toBeLessThanOrEqual(2 * 3)
  })

  test('2. new request counts alone do not rewrite the body', async () => {
    await propose(h.forge(), addFoo())
    const req = addFoo()
    req.changeSet.provenance.requests = { 'src.fedoraproject.org': 99 }
    h.resetCounts()
    expect((await propose(h.forge(), req)).operation).toBe('unchanged')
    expect(h.counts().writes).toBe(0)
  })

  test('3. changed facts regenerate the branch from the base and refresh title and body', async () => {
    await propose(h.forge(), addFoo())
    const first = await branchState()
    const outcome = await propose(h.forge(), addFoo(true))
    expect(outcome).toMatchObject({ operation: 'updated', number: 1 })
    const git = await branchState()
    expect(git.head).not.toBe(first.head)
    expect(git.commits).toHaveLength(1)
    expect(git.commits[0].parents).toEqual([git.main])
    expect(git.file).toBe(AFTER_FOO_BAR)
    const [p] = h.proposals()
    expect(p.title).toBe('poi-gitops: salimma: 2 added')
    expect(p.body).toContain('| `bar` | added |')
    expect(parseMarker(p.body)?.commit).toBe(git.head)
    expect(h.proposals()).toHaveLength(1)
  })

  test('3. the base moving on regenerates the branch on the new base', async () => {
    await propose(h.forge(), addFoo())
    const newMain = h.repo.commitFiles('main', { 'README.md': 'inventory, updated\n' }, PERSON, 'Update README')
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome.operation).toBe('updated')
    const git = await branchState()
    expect(git.commits).toHaveLength(1)
    expect(git.commits[0].parents).toEqual([newMain])
    expect(await store().readFile(git.head ?? '', 'README.md')).toBe('inventory, updated\n')
    expect(git.file).toBe(AFTER_FOO)
  })

  test('3. a change computed before the base moved is built on the commit it was computed from', async () => {
    const computedFrom = (await store().branchHead('main')) ?? ''
    h.repo.commitFiles('main', { [INVENTORY]: `${BEFORE}# edited on main\n` }, PERSON, 'Concurrent edit')
    const outcome = await propose(h.forge(), { ...addFoo(), computedFrom })
    expect(outcome.operation).toBe('created')
    const git = await branchState()
    // Not silently reverting the newer edit on main: the forge sees the conflict instead.
    expect(git.commits).toHaveLength(1)
    expect((await store().commit(git.head ?? '')).parents).toEqual([computedFrom])
    h.resetCounts()
    expect((await propose(h.forge(), { ...addFoo(), computedFrom })).operation).toBe('unchanged')
    expect(h.counts().writes).toBe(0)
  })

  test('4. an emptied change closes the proposal with a comment and deletes the branch; then none', async () => {
    await propose(h.forge(), addFoo())
    // Someone merged an equivalent edit: the command now finds nothing to change.
    h.repo.commitFiles('main', { [INVENTORY]: AFTER_FOO }, PERSON, 'Add foo by hand')
    const empty = request(changeSet({ [INVENTORY]: [AFTER_FOO, AFTER_FOO] }))
    const outcome = await propose(h.forge(), empty)
    expect(outcome).toMatchObject({ operation: 'closed', number: 1 })
    expect(h.proposals()[0].state).toBe('closed')
    expect(h.comments(1)).toHaveLength(1)
    expect(h.comments(1)[0]).toContain('no longer needed')
    expect(await store().branchHead(BRANCH)).toBeNull()

    h.resetCounts()
    expect((await propose(h.forge(), empty)).operation).toBe('none')
    expect(h.counts().writes).toBe(0)
  })

  test('4. no changes and no proposal: none, and nothing is written', async () => {
    const outcome = await propose(h.forge(), request(changeSet({ [INVENTORY]: [BEFORE, BEFORE] })))
    expect(outcome.operation).toBe('none')
    expect(h.counts().writes).toBe(0)
    expect(await store().branchHead(BRANCH)).toBeNull()
  })

  test('4. after the bot closed an emptied proposal, a new change opens a new one', async () => {
    await propose(h.forge(), addFoo())
    await propose(h.forge(), request(changeSet({ [INVENTORY]: [BEFORE, BEFORE] })))
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome).toMatchObject({ operation: 'created', number: 2 })
    expect((await branchState()).file).toBe(AFTER_FOO)
  })

  test('5. a person\'s commit on the branch blocks regeneration with one comment, until handed back by label', async () => {
    await propose(h.forge(), addFoo())
    const human = h.push(BRANCH, { [INVENTORY]: `${AFTER_FOO}# reviewed\n` })

    const blocked = await propose(h.forge(), addFoo(true))
    expect(blocked.operation).toBe('blocked')
    expect(blocked.message).toContain(PERSON.name)
    expect(await store().branchHead(BRANCH)).toBe(human)
    expect(h.comments(1)).toHaveLength(1)
    expect(h.comments(1)[0]).toContain('poi-gitops:regenerate')

    h.resetCounts()
    expect((await propose(h.forge(), addFoo(true))).operation).toBe('blocked')
    expect(h.counts().writes).toBe(0)
    expect(h.comments(1)).toHaveLength(1)

    h.label(1, 'poi-gitops:regenerate')
    const regenerated = await propose(h.forge(), addFoo(true))
    expect(regenerated.operation).toBe('updated')
    const git = await branchState()
    expect(git.commits).toHaveLength(1)
    expect(git.commits[0].author).not.toEqual(PERSON)
    expect(git.file).toBe(AFTER_FOO_BAR)
    expect(h.proposals()[0].labels).not.toContain('poi-gitops:regenerate')
    expect(h.comments(1)).toHaveLength(1)
  })

  test('5. the checkbox in the body hands the branch back too', async () => {
    await propose(h.forge(), addFoo())
    h.push(BRANCH, { 'NOTES.md': 'mine\n' })
    expect((await propose(h.forge(), addFoo())).operation).toBe('blocked')
    const body = h.proposals()[0].body
    expect(body).toContain('- [ ] <!-- poi-gitops:regenerate:salimma -->')
    h.setBody(1, body.replace('- [ ] <!-- poi-gitops:regenerate:salimma -->', '- [x] <!-- poi-gitops:regenerate:salimma -->'))
    expect((await propose(h.forge(), addFoo())).operation).toBe('updated')
    expect((await branchState()).commits).toHaveLength(1)
    expect(await store().readFile(BRANCH, 'NOTES.md')).toBeNull()
    expect(h.proposals()[0].body).toContain('- [ ] <!-- poi-gitops:regenerate:salimma -->')
  })

  test('5. a blocked job does not stop the others', async () => {
    await propose(h.forge(), addFoo())
    h.push(BRANCH, { 'NOTES.md': 'mine\n' })
    const other = request(changeSet({ 'inventories/other.toml': [null, '[inventory]\nname = "other"\n'] }, [added('baz', 'inventories/other.toml')]),
      { job: 'other', branch: 'poi-gitops/other' })
    const outcomes = await proposeAll(h.forge(), [addFoo(true), other])
    expect(outcomes.map((o) => o.operation)).toEqual(['blocked', 'created'])
    expect(await store().readFile('poi-gitops/other', 'inventories/other.toml')).toBe('[inventory]\nname = "other"\n')
  })

  test('6. a proposal opened between lookup and create is reused, never duplicated', async () => {
    h.race()
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome).toMatchObject({ operation: 'updated', number: 1 })
    const open = h.proposals().filter((p) => p.state === 'open')
    expect(open).toHaveLength(1)
    expect(open[0].title).toBe('poi-gitops: salimma: 1 added')
    expect(parseMarker(open[0].body)?.commit).toBe(await store().branchHead(BRANCH))
    expect(open[0].labels).toContain('inventory')
    // The next run recognises it as its own.
    h.resetCounts()
    expect((await propose(h.forge(), addFoo())).operation).toBe('unchanged')
    expect(h.counts().writes).toBe(0)
  })

  test('7. a proposal closed by a person stays closed for the same change and is reopened for a different one', async () => {
    await propose(h.forge(), addFoo())
    h.close(1)
    h.resetCounts()
    const same = await propose(h.forge(), addFoo())
    expect(same).toMatchObject({ operation: 'unchanged', number: 1 })
    expect(same.message).toContain('closed without merging')
    expect(h.counts().writes).toBe(0)
    expect(h.proposals()[0].state).toBe('closed')

    const different = await propose(h.forge(), addFoo(true))
    expect(different).toMatchObject({ operation: 'updated', number: 1 })
    expect(h.proposals()).toHaveLength(1)
    expect(h.proposals()[0].state).toBe('open')
    expect((await branchState()).file).toBe(AFTER_FOO_BAR)
  })

  test('7. when the closed proposal\'s branch is gone, a different change opens a new one', async () => {
    await propose(h.forge(), addFoo())
    h.close(1)
    h.repo.deleteRef(`refs/heads/${BRANCH}`)
    const outcome = await propose(h.forge(), addFoo(true))
    expect(outcome).toMatchObject({ operation: 'created', number: 2 })
    expect(h.proposals().map((p) => p.state).sort()).toEqual(['closed', 'open'])
  })

  test('7. when the forge will not reopen the closed proposal, a new one is opened', async () => {
    await propose(h.forge(), addFoo())
    h.close(1)
    h.fail({ path: /\/(pulls|merge_requests)\/1$/ }, { status: 422, body: { message: 'Validation Failed', errors: [{ message: 'state cannot be changed.' }] } })
    const outcome = await propose(h.forge(), addFoo(true))
    expect(outcome).toMatchObject({ operation: 'created', number: 2 })
    expect(outcome.message).toContain('stays closed')
    expect((await branchState()).file).toBe(AFTER_FOO_BAR)
  })

  test('a proposal from a fork with the same branch name is not taken for the bot\'s', async () => {
    h.forkProposal(BRANCH)
    const outcome = await propose(h.forge(), addFoo())
    expect(outcome).toMatchObject({ operation: 'created', number: 2 })
    expect(h.proposals().find((p) => p.number === 1)?.title).toBe('From a fork')
  })

  test('after a merge, the next change opens a new proposal', async () => {
    await propose(h.forge(), addFoo())
    h.merge(1)
    expect(await store().readFile('main', INVENTORY)).toBe(AFTER_FOO)
    const next = request(changeSet({ [INVENTORY]: [AFTER_FOO, AFTER_FOO_BAR] }, [added('bar')]))
    const outcome = await propose(h.forge(), next)
    expect(outcome).toMatchObject({ operation: 'created', number: 2 })
    expect((await branchState()).commits).toHaveLength(1)
  })

  test('partial data that would remove packages: the proposal is left untouched and a comment says why, once', async () => {
    await propose(h.forge(), addFoo())
    const before = { head: await store().branchHead(BRANCH), body: h.proposals()[0].body }
    const partial = request(changeSet({ [INVENTORY]: [BEFORE, '[inventory]\nname = "salimma"\n'] }, [removed('bash')], { complete: false }))
    const outcome = await propose(h.forge(), partial)
    expect(outcome.operation).toBe('failed')
    expect(outcome.message).toContain('incomplete')
    expect(await store().branchHead(BRANCH)).toBe(before.head)
    expect(h.proposals()[0].body).toBe(before.body)
    expect(h.comments(1)).toHaveLength(1)
    expect(h.comments(1)[0]).toContain('`bash`')

    h.resetCounts()
    await propose(h.forge(), partial)
    expect(h.counts().writes).toBe(0)
    expect(h.comments(1)).toHaveLength(1)
  })

  test('the bot finds its own comment among many pages of others', async () => {
    await propose(h.forge(), addFoo())
    const partial = request(changeSet({ [INVENTORY]: [BEFORE, '[inventory]\nname = "salimma"\n'] }, [removed('bash')], { complete: false }))
    for (let i = 0; i < 150; i++) h.comment(1, `looks good ${i}`)
    await propose(h.forge(), partial)
    for (let i = 0; i < 150; i++) h.comment(1, `still good ${i}`)
    h.resetCounts()
    await propose(h.forge(), partial)
    expect(h.counts().writes).toBe(0)
    expect(h.counts().reads).toBeGreaterThanOrEqual(4) // the comments came in more than one page
    expect(h.comments(1).filter((c) => c.includes('poi-gitops:incomplete'))).toHaveLength(1)
  })

  test('partial data with nothing to change does not close the proposal', async () => {
    await propose(h.forge(), addFoo())
    const outcome = await propose(h.forge(), request(changeSet({ [INVENTORY]: [BEFORE, BEFORE] }, [], { complete: false })))
    expect(outcome.operation).toBe('unchanged')
    expect(h.proposals()[0].state).toBe('open')
  })

  test('a dry run makes no forge call and previews the same title and body', async () => {
    const dry = await propose(h.forge(), { ...addFoo(), dryRun: true })
    expect(dry.operation).toBe('dry-run')
    expect(h.counts()).toEqual({ reads: 0, writes: 0, byMethod: {} })
    expect(dry.preview?.patch).toContain('+name = "foo"')
    await propose(h.forge(), addFoo())
    const [p] = h.proposals()
    expect(dry.preview?.title).toBe(p.title)
    const strip = (body: string) => body.replace(/<!-- poi-gitops \{.*\} -->/, '')
    expect(strip(dry.preview?.body ?? '')).toBe(strip(p.body))
  })

  test('a file deletion and a new file land in the one commit', async () => {
    const req = request(changeSet({ 'README.md': ['inventory\n', null], 'exports/new.yaml': [null, 'x: 1\n'] }, [{ file: 'exports/new.yaml', kind: 'regenerated' }]))
    expect((await propose(h.forge(), req)).operation).toBe('created')
    const head = (await store().branchHead(BRANCH)) ?? ''
    expect(await store().readFile(head, 'README.md')).toBeNull()
    expect(await store().readFile(head, 'exports/new.yaml')).toBe('x: 1\n')
    expect(await store().readFile(head, INVENTORY)).toBe(BEFORE)
  })
})
