// The fail-safe (docs/poi-tracker-compatibility.md, "CBS release checks"):
// any CBS failure, or a failed archived listing, changes no marker in either
// field, while the rest of the sync is still proposed — marked incomplete, so
// it removes nothing.

import { afterEach, describe, expect, test } from '@jest/globals'
import { ARCHIVED_BUILDS_REASON as AB, UNSHIPPED_REASON as UN } from '../../src/commands/cbs-unshipped.js'
import { closeFakes, markers, runSync, type SyncSetup } from './harness.js'
import { cbsHub, type CbsTags } from '../fakes/cbs-koji-scenario.js'
import type { FakeCbsKojiOptions } from '../fakes/fake-cbs-koji.js'

afterEach(closeFakes)

const HS = 'CentOS/Hyperscale/rpms'
const TAGS: CbsTags = {
  'hyperscale9s-packages-main-release': ['shipped-archived'],
  'hyperscale10s-packages-main-release': ['other'],
}
const INVENTORY = `[inventory]
name = "hs"
description = "d"
maintainer = "m"

[[package]]
name = "gone-from-gitlab"

[[package]]
name = "revived"
unshipped = "${UN}"

[[package]]
name = "shipped-archived"
unshipped = "${UN}"
`
const PROJECTS = [{ name: 'revived' }, { name: 'shipped-archived', archived: true }, { name: 'new-archived', archived: true }]
const UNCHANGED = { 'gone-from-gitlab': {}, revived: { unshipped: UN }, 'shipped-archived': { unshipped: UN }, 'new-archived': {} }

function sync(koji: SyncSetup['koji'], extra: Partial<SyncSetup> = {}, argv: string[] = []) {
  return runSync(['--preset', 'hyperscale', '--mark-unshipped', '-o', 'inv.toml', ...argv], {
    files: { 'inv.toml': INVENTORY },
    gitlab: { groups: { [HS]: PROJECTS } },
    koji,
    ...extra,
  })
}

/** The common outcome of a failed check: additions proposed, no marker touched, incomplete, a warning. */
function expectFailSafe(run: Awaited<ReturnType<typeof sync>>, logged: RegExp): void {
  expect(run.error).toBeUndefined()
  expect(run.result!.exitCode).toBe(0)
  const set = run.result!.changeSet!
  expect(markers(run.inventory)).toEqual(UNCHANGED)
  expect(set.complete).toBe(false)
  expect(set.records.map((r) => `${r.kind} ${r.package}`)).toEqual(['added new-archived'])
  expect(run.log.some((l) => logged.test(l) && l.startsWith('warning: ') && l.endsWith('re-run --mark-unshipped to mark unshipped packages'))).toBe(true)
  expect(set.findings[0].rule).toBe('cbs-release-check')
  expect(set.findings[0].message).toMatch(/no unshipped or archived_builds marker was changed/)
}

const withHub = (answer: FakeCbsKojiOptions['answer'], more: FakeCbsKojiOptions = {}): FakeCbsKojiOptions => ({ ...(answer ? { answer } : {}), ...more })

describe('fail-safe: the CBS scan failed', () => {
  test('baseline: the same setup with a healthy hub changes markers both ways', async () => {
    const run = await sync(withHub(cbsHub(TAGS)))
    expect(markers(run.inventory)).toEqual({ 'gone-from-gitlab': {}, revived: {}, 'shipped-archived': { archived_builds: AB }, 'new-archived': { unshipped: UN } })
    expect(run.result!.changeSet!.complete).toBe(true)
  })

  test('one qualifying tag faults inside the multicall: nothing is concluded, the archived listing is not fetched', async () => {
    const run = await sync(withHub(cbsHub(TAGS, { faulty: ['hyperscale10s-packages-main-release'] })))
    expectFailSafe(run, /CBS release scan failed \(.*listTagged failed for 1 tag\(s\), e\.g\. hyperscale10s-packages-main-release: fault 1000: No such tagInfo/)
    expect(run.gl.queries().map((q) => q.get('archived'))).toEqual([null])
  })

  test('the hub is unreachable (connection refused)', async () => {
    const run = await sync('none')
    expectFailSafe(run, /CBS release scan failed \(cbs-koji: POST http:\/\/127\.0\.0\.1:9\/kojihub failed/)
  })

  test('the hub answers 502 pages until the retries run out', async () => {
    const run = await sync(withHub(cbsHub(TAGS), { failFirst: 100 }))
    expectFailSafe(run, /CBS release scan failed \(.*502/)
    expect(run.hub!.requests).toHaveLength(4) // the pre-flight, retried 3 times; nothing after it
  })

  test('the pre-flight times out: the hub is latched and not called again', async () => {
    const run = await sync(withHub((c) => (c.method === 'getAPIVersion' ? 'hang' : undefined)), { deps: { kojiPreflightTimeoutMs: 200 } })
    expectFailSafe(run, /CBS release scan failed \(.*timed out/)
    expect(run.hub!.requests).toHaveLength(1)
  })

  test('listTags faults', async () => {
    const run = await sync(withHub((c) => (c.method === 'listTags' ? { fault: [1000, 'database is locked'] } : undefined)))
    expectFailSafe(run, /CBS release scan failed \(.*database is locked/)
  })

  test('no release tag qualifies: an empty shipped set is not believed', async () => {
    const run = await sync(withHub(cbsHub({ 'hyperscale8s-packages-main-release': ['x'], 'hyperscale9s-packages-main-testing': ['y'] })))
    expectFailSafe(run, /none of the 1 tag\(s\) matching hyperscale\*-release is a Hyperscale release tag for CentOS 9, 10/)
  })

  test('a build without a package name is a malformed answer, not a shorter list', async () => {
    const run = await sync(withHub((c) => (c.method === 'listTagged' ? { value: '<value><array><data><value><struct><member><name>build_id</name><value><int>1</int></value></member></struct></value></data></array></value>' } : cbsHub(TAGS)(c))))
    expectFailSafe(run, /a build lacks nvr or package_name/)
  })

  test('--prune is deferred: stale packages stay and are listed', async () => {
    const run = await sync(withHub(cbsHub(TAGS, { faulty: ['hyperscale9s-packages-main-release'] })), {}, ['--prune'])
    expectFailSafe(run, /CBS release scan failed/)
    expect(run.inventory!.packages.map((p) => p.name)).toContain('gone-from-gitlab')
    expect(run.log).toContain('warning: 1 package(s) not in sync scope (not pruned because the CBS check is incomplete; re-run to prune):')
    expect(run.log).toContain('  gone-from-gitlab')
    expect(run.log.at(-1)).toBe('Synced hyperscale: 1 new, 4 total in inv.toml')
    expect(run.result!.changeSet!.findings[1]).toMatchObject({ rule: 'prune-deferred', message: '1 stale package(s) not pruned because the CBS check failed: gone-from-gitlab' })
  })
})

describe('fail-safe: the archived listing failed', () => {
  test('GitLab refuses the archived query: no marker changes, the full listing still lands', async () => {
    const run = await sync(withHub(cbsHub(TAGS)), {
      gitlab: {
        groups: { [HS]: PROJECTS },
        override: (req) => (req.url.includes('archived=true') ? { status: 403, body: '{"message":"403 Forbidden"}' } : undefined),
      },
    })
    expectFailSafe(run, /fetching archived projects failed \(gitlab: GET .*archived=true failed: HTTP 403/)
    expect(run.hub!.requests).toHaveLength(3)
  })
})

describe('a failed full listing aborts', () => {
  test('exit 3, nothing computed; the concurrent CBS scan is settled first', async () => {
    const run = await sync(withHub(cbsHub(TAGS)), { gitlab: { groups: {}, override: () => ({ status: 500, body: 'boom' }) } })
    expect(run.result).toBeUndefined()
    expect((run.error as { exitCode?: number }).exitCode).toBe(3)
    expect((run.error as Error).message).toMatch(/^fetching the GitLab group failed: gitlab: GET .*\/api\/v4\/groups\/CentOS%2FHyperscale%2Frpms\/projects\?.* failed after 4 attempts: HTTP 500/)
    expect(run.delays).toEqual([1000, 2000, 4000])
    expect(run.hub!.requests).toHaveLength(3)
    expect(run.log).toContainEqual(expect.stringMatching(/^ {2}gitlab: GET http:\/\/127\.0\.0\.1:\d+\/api\/v4\/groups\/CentOS%2FHyperscale%2Frpms\/projects\?\S*: HTTP 500 Internal Server Error; retrying in 1 s \(retry 1\)$/))
  })
})
