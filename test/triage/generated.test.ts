// Generated worlds (seeded): the commands' plans against the oracle's
// (test/triage/oracle.ts), for several seeds and flag sets.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { triageUpdatesCommand } from '../../src/commands/triage-updates.js'
import { triageRetiredCommand } from '../../src/commands/triage-retired.js'
import { parseInventory } from '../../src/inventory/parse.js'
import { generateWorld, oracleTriageRetired, oracleTriageUpdates, worldInventory, type GenWorld } from './oracle.js'
import { runCommand, startWorld, type Fakes } from './harness.js'

const SEEDS = [1, 2, 3, 4, 5]
const worlds = new Map<number, { w: GenWorld; f: Fakes }>()

beforeAll(async () => {
  for (const seed of SEEDS) {
    const w = generateWorld({ packages: 60, seed })
    worlds.set(seed, { w, f: await startWorld({ bugs: w.bugs, projects: w.projects, releases: w.releases, updates: w.updates, koji: w.koji }) })
  }
})
afterAll(async () => {
  await Promise.all([...worlds.values()].map(({ f }) => f.close()))
})

const shape = (actions: ReadonlyArray<{ id: string; kind: string; expect: object; set: object; comment: string | null }>) =>
  actions.map((a) => ({ id: a.id, kind: a.kind, expect: a.expect, set: a.set, comment: a.comment }))

describe('triage-updates on generated worlds agrees with the oracle', () => {
  const cases: Array<[string, string[], Parameters<typeof oracleTriageUpdates>[1]]> = [
    ['defaults', [], {}],
    ['--close-stale --claim', ['--close-stale', '--claim', '--email', 'me@example.com'], { closeStale: true, claim: 'me@example.com' }],
    ['--skip-stale', ['--skip-stale'], { skipStale: true }],
    ['--batch', ['--batch', 'me@example.com'], { batch: 'me@example.com' }],
  ]
  for (const seed of SEEDS) {
    for (const [label, argv, options] of cases) {
      test(`seed ${seed}, ${label}`, async () => {
        const { w, f } = worlds.get(seed)!
        const r = await runCommand(triageUpdatesCommand, { 'inv.toml': worldInventory(w) }, ['-i', 'inv.toml', ...argv], f)
        expect(r.error).toBeUndefined()
        const want = oracleTriageUpdates(w, options)
        expect(shape(r.result!.plan!.actions)).toEqual(want)
        if (label === 'defaults') {
          // The worlds are not trivial: every kind of action shows up across the seeds.
          kinds.push(...want.map((a) => a.kind))
        }
      })
    }
  }
  const kinds: string[] = []
  test('the generated worlds cover every decision', () => {
    expect(new Set(kinds)).toEqual(new Set(['priority', 'errata', 'modified', 'ask-close']))
  })
})

describe('triage-retired on generated worlds agrees with the oracle', () => {
  const branches = ['rawhide', 'f43', 'epel9', 'epel10.2', 'c10s']
  for (const seed of SEEDS) {
    test(`seed ${seed}: closures, then --mark writes the checks both ways`, async () => {
      const { w, f } = worlds.get(seed)!
      const text = worldInventory(w)
      const r = await runCommand(triageRetiredCommand, { 'inv.toml': text }, ['-i', 'inv.toml', '--branch', branches.join(','), '--mark'], f)
      expect(r.error).toBeUndefined()
      const want = oracleTriageRetired(w, { branches })
      expect(shape(r.result!.plan!.actions)).toEqual(want.actions)
      const after = parseInventory('inv.toml', r.result!.changeSet!.changes[0].after!).inventory!
      for (const p of w.packages) {
        const mine = want.checks.filter((c) => c.pkg === p.name)
        const expected = [...new Set([...(p.retired_on ?? []), ...mine.filter((c) => c.retired).map((c) => c.branch)])].filter((b) => !mine.some((c) => c.branch === b && !c.retired)).sort()
        expect([p.name, after.packages.find((x) => x.name === p.name)!.retired_on ?? []]).toEqual([p.name, expected])
      }
    })
    test(`seed ${seed}: --all-reporters --batch --claim`, async () => {
      const { w, f } = worlds.get(seed)!
      const r = await runCommand(triageRetiredCommand, { 'inv.toml': worldInventory(w) }, ['-i', 'inv.toml', '--branch', branches.join(','), '--all-reporters', '--batch', 'me@example.com', '--claim', '--email', 'me@example.com'], f)
      expect(shape(r.result!.plan!.actions)).toEqual(oracleTriageRetired(w, { branches, allReporters: true, batch: 'me@example.com', claim: 'me@example.com' }).actions)
    })
  }
})
