// adopt against the fake dist-git: orphaned packages as take-orphan actions,
// then the merged plan applied with the token, once.
import { describe, expect, test } from '@jest/globals'
import { adoptCommand, describeOrphan } from '../../src/commands/adopt.js'
import { applyPlan } from '../../src/plans/apply.js'
import { distgitWriter } from '../../src/plans/writers.js'
import { finalizePlan, serializePlan } from '../../src/plans/serialize.js'
import { parsePlan } from '../../src/plans/parse.js'
import { PagureDistGit } from '../../src/sources/pagure.js'
import { owned, project } from '../fakes/distgit-fixtures.js'
import { inventory, runCommand, type Fakes } from './harness.js'
import { worldsFor } from './worlds.js'

const world = worldsFor({}, { distgit: { token: 'dg-token', tokenUser: 'jdoe' } })

const projects = [
  owned('ccze', 'orphan', { orphanReason: { reason: 'Lack of time', reason_info: 'Moved on to other projects' } }),
  owned('kept', 'alice'),
  owned('bare', 'orphan'),
  project('ghost', { deleted: true }),
  owned('dead', 'orphan', { dead: ['rawhide'] }),
]
const files = { 'inv.toml': inventory([{ name: 'ccze' }, { name: 'kept' }, { name: 'bare' }, { name: 'ghost' }, { name: 'dead', retired_on: ['rawhide'] }]) }
const adopt = (f: Fakes | undefined, argv: string[], env: Record<string, string> = {}) => runCommand(adoptCommand, files, ['-i', 'inv.toml', ...argv], f, { env })

describe('adopt', () => {
  test('orphaned packages become take-orphan actions for the token\'s user; a 404 is skipped; retired ones are never asked', async () => {
    const f = await world({ projects })
    const r = await adopt(f, [], { DISTGIT_TOKEN: 'dg-token' })
    expect(r.error).toBeUndefined()
    expect(r.result!.plan!.actions).toEqual([
      { id: 'distgit:ccze:take-orphan', service: 'distgit', target: 'ccze', kind: 'take-orphan', expect: { owner: 'orphan' }, set: { point_of_contact: 'jdoe' }, comment: null, why: 'orphaned: Lack of time — Moved on to other projects' },
      { id: 'distgit:bare:take-orphan', service: 'distgit', target: 'bare', kind: 'take-orphan', expect: { owner: 'orphan' }, set: { point_of_contact: 'jdoe' }, comment: null, why: 'orphaned' },
    ])
    expect(r.result!.plan!.skipped).toEqual([{ target: 'ghost', why: 'no such dist-git project (404)' }])
    expect(r.result!.stdout).toBe('orphaned: ccze (orphaned: Lack of time — Moved on to other projects)\norphaned: bare\n\n2 package(s) would be taken by jdoe.\n')
    const urls = f.dg.distgit.requests.map((q) => q.url)
    expect(urls.some((u) => u.includes('/dead'))).toBe(false)
    // The token goes with whoami only; the reads are anonymous.
    expect(f.dg.distgit.requests.filter((q) => q.headers['authorization'] !== undefined).map((q) => q.url)).toEqual(['/api/0/-/whoami'])
    expect(f.dg.counts.take).toBe(0)
  })

  test('--user without a token; --user against another token user or no user at all are usage errors before any write', async () => {
    const f = await world({ projects })
    expect((await adopt(f, ['--user', 'sam'])).result!.plan!.actions.map((a) => a.set)).toEqual([{ point_of_contact: 'sam' }, { point_of_contact: 'sam' }])
    const mismatch = await adopt(f, ['--user', 'sam'], { DISTGIT_TOKEN: 'dg-token' })
    expect(mismatch.error?.exitCode).toBe(2)
    expect(mismatch.error?.message).toMatch(/--user sam is not the user of the dist-git token \(jdoe\)/)
    expect((await adopt(undefined, [])).error?.exitCode).toBe(2)
    expect((await adopt(undefined, ['--user', '../x'])).error?.exitCode).toBe(2)
    expect(f.dg.counts.take).toBe(0)
  })

  test('the reviewed plan is applied with the token: each package taken once, a second apply takes nothing', async () => {
    const f = await world({ projects })
    const r = await adopt(f, [], { DISTGIT_TOKEN: 'dg-token' })
    const plan = parsePlan('plans/adopt.json', serializePlan(finalizePlan(r.result!.plan!, { job: 'adopt', now: new Date('2026-05-01T00:00:00Z') })))
    const dg = new PagureDistGit({ baseUrl: f.dg.distgitUrl, headers: { authorization: 'token dg-token' } })
    try {
      const first = await applyPlan(plan, { distgit: distgitWriter(dg) })
      expect(first.outcomes.map((o) => o.outcome)).toEqual(['applied', 'applied'])
      const second = await applyPlan(plan, { distgit: distgitWriter(dg) })
      expect(second.outcomes.map((o) => o.outcome)).toEqual(['already-done', 'already-done'])
      expect(f.dg.counts.take).toBe(2)
    } finally {
      await dg.close()
    }
  })

  test('orphan descriptions', () => {
    expect(describeOrphan({ pkg: 'a', reason: '', reasonInfo: 'x' })).toBe('a')
    expect(describeOrphan({ pkg: 'a', reason: 'Lack of time', reasonInfo: '' })).toBe('a (orphaned: Lack of time)')
  })

  test('a dist-git token is never sent over plain http to a remote host', async () => {
    const r = await adopt(undefined, [], { DISTGIT_TOKEN: 'dg-token', POI_GITOPS_DISTGIT_URL: 'http://src.example.org' })
    expect(r.error?.exitCode).toBe(2)
    expect(r.error?.message).toBe('refusing to send the dist-git token over plain http to src.example.org: use an https URL')
    expect(r.error?.message).not.toContain('dg-token')
  })
})
