// Fault injection against the fake servers: 5xx storms, connection resets,
// timeouts, 429 with Retry-After, a listing that shifts — and the rule that
// matters most: a failure mid-scan never yields a removal.

import { describe, expect, test } from '@jest/globals'
import { syncDistgitCommand } from '../../src/commands/sync-distgit.js'
import { pruneRetiredCommand } from '../../src/commands/prune-retired.js'
import { parseInventory } from '../../src/inventory/parse.js'
import { makeRepo } from '../helpers/cli.js'
import { owned, type FakeData } from '../fakes/distgit-fixtures.js'
import { HEAD, run, fakeServers } from './helpers.js'

const fake = fakeServers()

const names = (text: string | null | undefined): string[] => parseInventory('x.toml', text ?? '').inventory?.packages.map((p) => p.name) ?? []
const remote = (): Partial<FakeData> => ({ projects: ['apple', 'kiwi', 'mango', 'melon', 'zucchini'].map((n) => owned(n, 'u')) })
// Stale packages on both sides of the failing prefix, so any removal would show.
const inventory = `${HEAD()}\n[[package]]\nname = "apple"\n\n[[package]]\nname = "banana"\n\n[[package]]\nname = "mandarin"\n\n[[package]]\nname = "yam"\n`

describe('sync-distgit: a failure mid-scan never yields a removal', () => {
  test('a 503 storm on m* after retries: exit 3, no change set at all (an open proposal stays as it was)', async () => {
    const f = await fake(remote(), { faults: [{ match: /pattern=m%2A/, action: { status: 503 } }] })
    const root = makeRepo({ 'o.toml': inventory })
    const r = await run(syncDistgitCommand, root, ['--user', 'u', '-o', 'o.toml', '--prune'], f, { env: { CI: 'true' } })
    expect(r.result).toBeUndefined()
    expect(r.error?.exitCode).toBe(3)
    expect(r.error?.message).toMatch(/^user:u: the listing for m\* failed: distgit: GET .*503.*; no change was proposed$/)
    expect(f.log.filter((x) => x.url.includes('pattern=m%2A'))).toHaveLength(4)
    expect(r.delays).toEqual([1000, 2000, 4000])
  })
  test('--partial-additions: only additions, complete=false, exit 3; every existing package is still there', async () => {
    const f = await fake(remote(), { faults: [{ match: /pattern=m%2A/, action: 'reset' }] })
    const root = makeRepo({ 'o.toml': inventory })
    const r = await run(syncDistgitCommand, root, ['--user', 'u', '-o', 'o.toml', '--prune', '--mark-unshipped', '--partial-additions'], f, { env: { CI: 'true' } })
    expect(r.result!.exitCode).toBe(3)
    const cs = r.result!.changeSet!
    expect(cs.complete).toBe(false)
    expect(cs.records.filter((x) => x.kind !== 'added')).toEqual([])
    expect(names(r.after('o.toml'))).toEqual(expect.arrayContaining(['apple', 'banana', 'mandarin', 'yam', 'kiwi']))
    expect(names(r.after('o.toml'))).not.toContain('mango')
    expect(cs.findings.map((x) => [x.rule, x.severity])).toEqual([['distgit-incomplete', 'error']])
    expect(f.counts.branches + f.counts.releases).toBe(0)
  })
  test('a listing that keeps shifting between pages: exit 3, nothing removed', async () => {
    let n = 0
    const f = await fake(remote(), { beforePage: (route, page, data) => { if (route === 'projects' && page === 2) data.projects.push(owned(`m-new${n++}`, 'u')) } })
    const r = await run(syncDistgitCommand, makeRepo({ 'o.toml': inventory }), ['--user', 'u', '-o', 'o.toml', '--prune', '--per-page', '1'], f, { env: { CI: 'true' } })
    expect(r.error?.exitCode).toBe(3)
    expect(r.error?.message).toMatch(/changed while it was read/)
    expect(r.result).toBeUndefined()
  })
  test('the same run without faults prunes (the control case)', async () => {
    const f = await fake(remote())
    const r = await run(syncDistgitCommand, makeRepo({ 'o.toml': inventory }), ['--user', 'u', '-o', 'o.toml', '--prune'], f)
    expect(names(r.after('o.toml'))).toEqual(['apple', 'kiwi', 'mango', 'melon', 'zucchini'])
    expect(r.result!.changeSet!.records.filter((x) => x.kind === 'removed').map((x) => x.package)).toEqual(['banana', 'mandarin', 'yam'])
  })
})

describe('retries recover transient faults', () => {
  test('connection resets and a hung request (timeout) are retried; the result is complete', async () => {
    const f = await fake(remote(), { faults: [{ match: /pattern=a%2A/, times: 2, action: 'reset' }, { match: /pattern=k%2A/, times: 1, action: 'hang' }] })
    const r = await run(syncDistgitCommand, makeRepo({}), ['--user', 'u', '-o', 'o.toml'], f, { http: { timeouts: { requestMs: 300, headersMs: 300 } } })
    expect(r.error).toBeUndefined()
    expect(names(r.after('o.toml'))).toEqual(['apple', 'kiwi', 'mango', 'melon', 'zucchini'])
    expect(r.result!.changeSet!.complete).toBe(true)
    expect(r.result!.changeSet!.provenance.requests[f.distgit.host]).toBe(36 + 3)
    expect(r.logs.filter((l) => l.includes('retrying'))).toHaveLength(3)
  })
  test('429 with Retry-After is honoured', async () => {
    const f = await fake(remote(), { faults: [{ match: /pattern=z%2A/, times: 1, action: { status: 429, headers: { 'retry-after': '7' } } }] })
    const r = await run(syncDistgitCommand, makeRepo({}), ['--user', 'u', '-o', 'o.toml'], f)
    expect(r.delays).toEqual([7000])
    expect(names(r.after('o.toml'))).toContain('zucchini')
  })
  test('a Retry-After beyond the wait budget fails at once instead of sleeping', async () => {
    const f = await fake(remote(), { faults: [{ match: /pattern=z%2A/, action: { status: 429, headers: { 'retry-after': '3600' } } }] })
    const r = await run(syncDistgitCommand, makeRepo({}), ['--user', 'u', '-o', 'o.toml'], f, { env: { CI: '1' } })
    expect(r.error?.exitCode).toBe(3)
    expect(r.delays).toEqual([])
    expect(r.error?.message).toMatch(/Retry-After/)
  })
})

describe('prune-retired: the scan is all or nothing', () => {
  const projects = Array.from({ length: 20 }, (_, i) => owned(`p${String(i).padStart(2, '0')}`, 'u', { branches: ['f20'] }))
  const text = HEAD() + projects.map((p) => `\n[[package]]\nname = "${p.name}"\n`).join('')
  test('a 500 storm on one package: exit 3, nothing marked; retried with back-off', async () => {
    const f = await fake({ projects }, { faults: [{ match: /\/rpms\/p13\//, action: { status: 500 } }] })
    const r = await run(pruneRetiredCommand, makeRepo({ 'i.toml': text }), ['-i', 'i.toml', '--branch', 'rawhide'], f)
    expect(r.result).toBeUndefined()
    expect(r.error).toMatchObject({ exitCode: 3 })
    expect(r.error?.message).toMatch(/^prune-retired: the retirement check failed, nothing was marked or removed: distgit: GET .*p13.*500/)
  })
  test('--remove with a reset storm: exit 3, no removal', async () => {
    const f = await fake({ projects }, { faults: [{ match: /\/rpms\/p05\//, action: 'reset' }] })
    const r = await run(pruneRetiredCommand, makeRepo({ 'i.toml': text }), ['-i', 'i.toml', '--branch', 'rawhide', '--remove'], f)
    expect(r.result).toBeUndefined()
    expect(r.error?.exitCode).toBe(3)
  })
  test('sync --mark-unshipped: koji faults, then the dist-git probes of the fallback fail: additions kept, markers skipped', async () => {
    const f = await fake({ projects: [owned('a', 'u')] }, {
      faults: [{ match: /dead\.package/, action: { status: 502 } }],
      koji: { answer: () => ({ fault: [1000, 'database is locked'] }) }
    })
    const r = await run(syncDistgitCommand, makeRepo({}), ['--user', 'u', '--pattern', 'a', '-o', 'o.toml', '--mark-unshipped'], f)
    expect(names(r.after('o.toml'))).toEqual(['a'])
    expect(r.result!.changeSet!.records.map((x) => x.kind)).toEqual(['added'])
    expect(r.result!.findings[0].rule).toBe('distgit-markers-skipped')
    expect(r.logs.join('\n')).toContain('koji could not answer')
    expect(f.counts.dead).toBeGreaterThan(0)
  })
})
