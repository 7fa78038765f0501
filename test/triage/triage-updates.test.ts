// triage-updates against fakes of Bugzilla, Bodhi, dist-git and koji:
// poi-tracker's pinned end-to-end cases, each as the plan the command computes.
import { describe, expect, test } from '@jest/globals'
import { triageUpdatesCommand } from '../../src/commands/triage-updates.js'
import { applyPlan } from '../../src/plans/apply.js'
import { bugzillaWriter } from '../../src/plans/writers.js'
import { finalizePlan } from '../../src/plans/serialize.js'
import { parsePlan } from '../../src/plans/parse.js'
import { serializePlan } from '../../src/plans/serialize.js'
import { BugzillaClient } from '../../src/sources/bugzilla.js'
import { fakeBug, type FakeBug } from '../fakes/fake-bugzilla.js'
import { owned } from '../fakes/distgit-fixtures.js'
import type { FakeUpdate } from '../fakes/distgit-fixtures.js'
import { inventory, kojiTags, runCommand, type Fakes } from './harness.js'
import { worldsFor } from './worlds.js'

const world = worldsFor({ projects: [owned('foo', 'u', { branches: ['rawhide', 'f43'] })] })

const bug1 = (extra: Partial<FakeBug> = {}): FakeBug => fakeBug(1, 'foo', 'foo-1.2.0 is available', extra)
const stable45: FakeUpdate = { alias: 'FEDORA-2026-a45', release: 'F45', status: 'stable', builds: ['foo-1.2.0-1.fc45'] }
const stable43: FakeUpdate = { alias: 'FEDORA-2026-b43', release: 'F43', status: 'stable', builds: ['foo-1.2.0-1.fc43'] }
const testing43: FakeUpdate = { ...stable43, status: 'testing' }
const testing45: FakeUpdate = { ...stable45, status: 'testing' }
const inv = (extra: Record<string, string | string[]> = {}): Record<string, string> => ({ 'inv.toml': inventory([{ name: 'foo', ...extra }]) })
const triage = (f: Fakes | undefined, argv: string[] = [], files = inv(), env: Record<string, string> = {}) => runCommand(triageUpdatesCommand, files, ['-i', 'inv.toml', ...argv], f, { env })
const summarize = (r: Awaited<ReturnType<typeof triage>>) => r.result!.plan!.actions.map((a) => ({ target: a.target, kind: a.kind, set: a.set }))

describe('triage-updates: poi-tracker\'s end-to-end cases', () => {
  test('koji fallback closes; the priority raise for the closed bug is dropped', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable45], koji: kojiTags({ f43: { foo: ['foo-1.2.0-1.fc43'] } }) })
    const r = await triage(f, [], inv({ priority: 'high' }))
    expect(r.error).toBeUndefined()
    expect(summarize(r)).toEqual([{ target: 1, kind: 'errata', set: { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: 'foo-1.2.0-1.fc45 foo-1.2.0-1.fc43' } }])
    // The build sits in f43 and was found through f43-updates' inheritance.
    expect(f.koji.lookups).toEqual(['f43-updates/foo'])
    const a = r.result!.plan!.actions[0]
    expect(a.comment).toContain('F43: foo-1.2.0-1.fc43 (tagged into the release; no Bodhi update in this release')
    expect(a.expect).toEqual({ status: 'NEW', resolution: '', cf_fixed_in: '' })
    expect(r.result!.plan!.evidence![a.id]).toMatchObject({ component: 'foo', bodhi: ['FEDORA-2026-a45'], koji: ['foo-1.2.0-1.fc43'] })
  })

  test('side tag only: rawhide lacks the version, so F43 is never asked, neither Bodhi nor koji', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable43], koji: kojiTags({ f45: { foo: ['foo-1.1.0-1.fc45'] }, 'f43-updates': { foo: ['foo-1.2.0-1.fc43'] } }) })
    const r = await triage(f)
    expect(r.result!.plan!.actions).toEqual([])
    expect(f.koji.lookups).toEqual(['f45/foo'])
    const bodhiReleases = f.dg.bodhi.requests.filter((q) => q.url.startsWith('/updates/')).map((q) => new URL(q.url, 'http://x').searchParams.get('releases'))
    expect(bodhiReleases).toEqual(['F45'])
  })

  test('nothing in Bodhi nor koji for rawhide: nothing planned (fail-safe)', async () => {
    const f = await world({ bugs: [bug1()], updates: [] })
    expect((await triage(f)).result!.plan!.actions).toEqual([])
  })

  test('a testing update: one MODIFIED action, never claimed', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable45, testing43] })
    const r = await triage(f, ['--claim', '--email', 'me@example.com'])
    expect(summarize(r)).toEqual([{ target: 1, kind: 'modified', set: { status: 'MODIFIED', cf_fixed_in: 'foo-1.2.0-1.fc45 foo-1.2.0-1.fc43' } }])
    expect(r.result!.plan!.actions[0].comment).toContain('Some updates are still in testing')
  })

  test('claim on close: both stable with --claim → CLOSED/ERRATA with assigned_to, the assignee in expect', async () => {
    const f = await world({ bugs: [bug1({ assigned_to: 'maint@example.org' })], updates: [stable45, stable43] })
    const r = await triage(f, ['--claim', '--email', 'me@example.com'])
    expect(summarize(r)).toEqual([{ target: 1, kind: 'errata', set: { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: 'foo-1.2.0-1.fc45 foo-1.2.0-1.fc43', assigned_to: 'me@example.com' } }])
    expect(r.result!.plan!.actions[0].expect['assigned_to']).toBe('maint@example.org')
  })

  test('claim never on MODIFIED: both testing → MODIFIED without assigned_to', async () => {
    const f = await world({ bugs: [bug1()], updates: [testing45, testing43] })
    const r = await triage(f, ['--claim'], inv(), { BUGZILLA_EMAIL: 'me@example.com' })
    expect(summarize(r)).toEqual([{ target: 1, kind: 'modified', set: { status: 'MODIFIED', cf_fixed_in: 'foo-1.2.0-1.fc45 foo-1.2.0-1.fc43' } }])
  })

  test('ASK-CLOSE is planned as needing a decision and applying it without --close-stale writes nothing', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable45], koji: kojiTags({ 'f43-updates': { foo: ['foo-1.1.0-1.fc43'] } }) })
    const r = await triage(f)
    expect(summarize(r)).toEqual([{ target: 1, kind: 'ask-close', set: { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: 'foo-1.2.0-1.fc45' } }])
    const plan = finalizePlan(r.result!.plan!, { job: 'triage', now: new Date() })
    const client = new BugzillaClient({ baseUrl: f.bz.url, apiKey: 'test-key' })
    try {
      const report = await applyPlan(parsePlan('plans/triage.json', serializePlan(plan)), { bugzilla: bugzillaWriter(client, 'bot@example.org') })
      expect(report.outcomes.map((o) => o.outcome)).toEqual(['not-allowed'])
      expect(f.bz.counts.put).toBe(0)
    } finally {
      await client.close()
    }
  })

  test('ASK-CLOSE and priorities: without --close-stale the raise stays (the bug is not closed); with it the raise goes', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable45] })
    expect(summarize(await triage(f, [], inv({ priority: 'urgent' }))).map((a) => a.kind)).toEqual(['priority', 'ask-close'])
    expect(summarize(await triage(f, ['--close-stale'], inv({ priority: 'urgent' }))).map((a) => a.kind)).toEqual(['ask-close'])
  })

  test('a bug moving to MODIFIED takes its priority raise in the same write', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable45, testing43] })
    const r = await triage(f, [], inv({ priority: 'medium' }))
    expect(summarize(r)).toEqual([{ target: 1, kind: 'modified', set: { status: 'MODIFIED', cf_fixed_in: 'foo-1.2.0-1.fc45 foo-1.2.0-1.fc43', priority: 'medium' } }])
    expect(r.result!.plan!.actions[0].expect).toEqual({ status: 'NEW', resolution: '', priority: 'unspecified', cf_fixed_in: '' })
  })

  test('marked retired on rawhide (or unshipped): no request at all, nothing planned, listed as skipped', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable45, stable43] })
    const r = await triage(f, [], inv({ priority: 'high', retired_on: ['rawhide'] }))
    expect(r.result!.plan).toMatchObject({ actions: [], skipped: [{ target: 'foo', why: expect.stringMatching(/retired on rawhide/) }] })
    expect(f.bz.server.requests.length + f.dg.distgit.requests.length + f.dg.bodhi.requests.length + f.koji.requests.length).toBe(0)
  })

  test('batch mode: one search with the email; a bug of a package outside the inventory is ignored', async () => {
    const f = await world({
      bugs: [bug1({ assigned_to: 'me@example.com' }), fakeBug(2, 'other-pkg', 'other-pkg-3.0 is available', { cc: ['me@example.com'] })],
      updates: [stable45, stable43, { alias: 'FEDORA-X', release: 'F45', status: 'stable', builds: ['other-pkg-3.0-1.fc45'] }],
    })
    const r = await triage(f, ['--batch', 'me@example.com'])
    expect(summarize(r).map((a) => a.target)).toEqual([1])
    expect(f.bz.counts.search).toBe(1)
    const q = new URL(f.bz.server.requests[0].url, 'http://x')
    expect(q.search).toContain('reporter=upstream-release-monitoring%40fedoraproject.org')
    expect(q.search).toContain('bug_status=__open__')
    expect(q.search).toContain('email1=me%40example.com&emailassigned_to1=1&emailcc1=1&emailtype1=equals&product=Fedora&product=Fedora%20EPEL')
    expect(q.searchParams.has('component')).toBe(false)
    expect(r.result!.stdout).toContain('Batch mode: only open bugs assigned to or CC\'ing me@example.com were searched.')
  })

  test('per-package search: component, open, both products, the release-monitoring reporter', async () => {
    const f = await world({ bugs: [] })
    await triage(f, [], { 'inv.toml': inventory([{ name: 'python-django', priority: 'high' }]) })
    const q = new URL(f.bz.server.requests[0].url, 'http://x')
    expect(q.search).toContain('component=python-django')
    expect(q.search).toContain('product=Fedora&product=Fedora%20EPEL')
    expect(q.searchParams.get('reporter')).toBe('upstream-release-monitoring@fedoraproject.org')
    expect(q.searchParams.get('bug_status')).toBe('__open__')
  })
})

describe('triage-updates: priorities and the plan text', () => {
  test('only unspecified bugs are raised; bugs already triaged are left alone; groups sort by component', async () => {
    const f = await world({
      bugs: [
        fakeBug(1, 'python-django', 'python-django-5.1 is available'), fakeBug(2, 'python-django', 'python-django-5.2 is available', { priority: 'low' }),
        fakeBug(3, 'python-django', 'python-django-5.3 is available'), fakeBug(4, 'python-django', 'python-django-5.4 is available', { priority: 'urgent' }),
        fakeBug(5, 'ansible', 'ansible-9 is available'),
      ],
      projects: [owned('python-django', 'u'), owned('ansible', 'u')],
    })
    const files = { 'inv.toml': inventory([{ name: 'python-django' }, { name: 'ansible' }], '\n[inventory.workloads.web]\ndefault_priority = "high"\npackages = ["python-django", "ansible"]\n') }
    const r = await triage(f, ['--skip-stale'], files)
    expect(summarize(r)).toEqual([
      { target: 1, kind: 'priority', set: { priority: 'high' } }, { target: 3, kind: 'priority', set: { priority: 'high' } }, { target: 5, kind: 'priority', set: { priority: 'high' } },
    ])
    expect(r.result!.stdout).toBe('Planned priority updates:\n  ansible (1 bug(s) → high):\n    bug 5 [unspecified]: ansible-9 is available\n' +
      '  python-django (2 bug(s) → high):\n    bug 1 [unspecified]: python-django-5.1 is available\n    bug 3 [unspecified]: python-django-5.3 is available\n\nTotal: 3 update(s).\n')
    // --skip-stale: no Bodhi, dist-git or koji traffic.
    expect(f.dg.bodhi.requests.length + f.dg.distgit.requests.length + f.koji.requests.length).toBe(0)
  })

  test('priority "unspecified" opts out of a workload default; --skip-stale then skips the package without a search', async () => {
    const f = await world({ bugs: [bug1()] })
    const files = { 'inv.toml': inventory([{ name: 'foo', priority: 'unspecified' }], '\n[inventory.workloads.w]\ndefault_priority = "urgent"\npackages = ["foo"]\n') }
    const r = await triage(f, ['--skip-stale'], files)
    expect(r.result!.plan!.actions).toEqual([])
    expect(f.bz.server.requests).toHaveLength(0)
  })

  test('usage errors before any request: --claim without an email, --close-stale with --skip-stale, --batch swallowing a flag', async () => {
    for (const argv of [['--claim'], ['--close-stale', '--skip-stale'], ['--batch', '--skip-stale']]) {
      const r = await triage(undefined, argv)
      expect(r.error?.exitCode).toBe(2)
    }
  })

  test('hostile package names are skipped before any query; the others are triaged', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable45, stable43] })
    const names = ['a b', 'x,y', '../etc', 'foo']
    const r = await triage(f, [], { 'inv.toml': inventory(names.map((name) => ({ name }))) })
    expect(r.error).toBeUndefined()
    expect(r.result!.plan!.skipped.map((s) => s.target)).toEqual(['a b', 'x,y', '../etc'])
    expect(r.result!.plan!.actions.map((a) => a.id)).toEqual(['bugzilla:1:errata'])
    const sent = [...f.bz.server.requests, ...f.dg.distgit.requests, ...f.dg.bodhi.requests].map((q) => decodeURIComponent(q.url))
    expect(sent.filter((u) => /a b|x,y|\.\.\/etc/.test(u))).toEqual([])
  })

  test('a koji timeout latches the hub: later lookups are not sent and count as not shipped, each noted', async () => {
    const f = await world({
      bugs: [bug1(), fakeBug(2, 'bar', 'bar-2.0 is available')],
      projects: [owned('foo', 'u', { branches: ['rawhide', 'f43'] }), owned('bar', 'u', { branches: ['rawhide', 'f43'] })],
      updates: [{ alias: 'FEDORA-2026-bar', release: 'F45', status: 'stable', builds: ['bar-2.0-1.fc45'] }],
      koji: kojiTags({ 'f43-updates': { bar: ['bar-2.0-1.fc43'] } }),
    }, { koji: { hangOn: ['f45'] } })
    const r = await runCommand(triageUpdatesCommand, { 'inv.toml': inventory([{ name: 'bar' }, { name: 'foo' }]) }, ['-i', 'inv.toml'], f, { http: { timeouts: { requestMs: 300, headersMs: 300 } } })
    expect(r.error).toBeUndefined()
    // bar's F43 build is only in koji, which is latched by then: ASK-CLOSE, not ERRATA.
    expect(summarize(r)).toEqual([{ target: 2, kind: 'ask-close', set: { status: 'CLOSED', resolution: 'ERRATA', cf_fixed_in: 'bar-2.0-1.fc45' } }])
    expect(f.koji.requests).toHaveLength(1)
    expect(r.result!.plan!.skipped).toEqual([{ target: 1, why: expect.stringMatching(/^koji lookup failed \(f45: .*timed out.*\): counted as not shipped$/) }])
    expect(r.logs).toContain('warning: the koji hub timed out; later lookups were skipped and counted as not shipped')
  })

  test('--json prints the plan file a job would propose (canonical, version 1); the summary renders the same plan', async () => {
    const f = await world({ bugs: [bug1()], updates: [stable45, stable43] })
    const r = await triage(f, ['--json', '--job', 'nightly'])
    const plan = parsePlan('plans/nightly.json', r.result!.stdout!)
    expect(plan).toMatchObject({ version: 1, job: 'nightly', command: 'poi-gitops triage-updates -i inv.toml --json --job nightly', actions: [{ id: 'bugzilla:1:errata' }] })
    expect(serializePlan(plan)).toBe(r.result!.stdout)
    expect(r.result!.summary).toContain('#### Close as ERRATA (stable everywhere) (1)')
  })

  test('a Bugzilla outage fails the run with exit 3 and plans nothing', async () => {
    const f = await world({ bugs: [bug1()] }, { bugzilla: { faults: [{ match: /^\/rest\/bug\?/, action: { status: 503 } }] } })
    const r = await triage(f, [], inv({ priority: 'high' }))
    expect(r.error?.exitCode).toBe(3)
    expect(r.error?.message).toMatch(/^triage-updates: nothing was planned: bugzilla: GET/)
  })
})
