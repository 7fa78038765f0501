// sync-gitlab end to end: a fake GitLab group listing and a fake CBS hub
// answering real XML-RPC (docs/poi-tracker-compatibility.md, "sync-gitlab" and
// "CBS release checks").

import { afterEach, describe, expect, test } from '@jest/globals'
import { ARCHIVED_BUILDS_REASON as AB, UNSHIPPED_REASON as UN } from '../../src/commands/cbs-unshipped.js'
import { CommandError } from '../../src/commands/types.js'
import { closeFakes, markers, runSync } from './harness.js'
import { cbsHub, type CbsTags } from '../fakes/cbs-koji-scenario.js'
import type { FakeProject } from '../fakes/fake-gitlab-groups.js'

afterEach(closeFakes)

const HS = 'CentOS/Hyperscale/rpms'
const PU = 'CentOS/proposed_updates/rpms'

// ---- the decision table and its refresh in both directions ------------------

const HS_TAGS: CbsTags = {
  'hyperscale9s-packages-main-release': ['live-shipped', 'back-again'],
  'hyperscale9-packages-facebook-release': ['archived-shipped'], // RHEL flavour counts for Hyperscale
  'hyperscale10s-packages-main-release': ['live-archived-irrelevant'],
  'hyperscale10s-packages-main-testing': ['archived-gone'], // not a release tag
  'hyperscale8s-packages-main-release': ['archived-el8'], // 8 is not a counted release
}

const HS_PROJECTS: FakeProject[] = [
  { name: 'live-shipped' },
  { name: 'archived-shipped', archived: true },
  { name: 'archived-gone', archived: true },
  { name: 'live-unshipped' },
  { name: 'archived-el8', archived: true },
  { name: 'revived' },
  { name: 'untagged', archived: true },
  { name: 'back-again', archived: true },
  { name: 'unarchived' },
  { name: 'retired-elsewhere' },
  { name: 'stays', archived: true },
  { name: 'excluded-pkg', archived: true },
]

const HS_INVENTORY = `[inventory]
name = "hyperscale"
description = "Packages synced from GitLab (hyperscale)"
maintainer = "hyperscale"
labels = []
private_fields = []

[inventory.workloads]

[[package]]
name = "back-again"
unshipped = "${UN}"

# removed from GitLab, still has builds
[[package]]
name = "deleted"
poc = "someone"
archived_builds = "${AB}"

[[package]]
name = "excluded-pkg"
unshipped = "x"

[[package]]
name = "retired-elsewhere"
unshipped = "retired on every active branch"

[[package]]
name = "revived"
unshipped = "${UN}"

[[package]]
name = "stays"
unshipped = "${UN}"

[[package]]
name = "tombstone"
unshipped = "gone"

[[package]]
name = "unarchived"
archived_builds = "${AB}"

[[package]]
name = "untagged"
reason = "kept for the demo"
archived_builds = "${AB}"
`

const hyperscale = (argv: string[] = [], options: { faulty?: string[]; tags?: CbsTags } = {}) =>
  runSync(['--preset', 'hyperscale', '--mark-unshipped', '-o', 'inv.toml', '--exclude', 'excluded-*', ...argv], {
    files: { 'inv.toml': HS_INVENTORY },
    gitlab: { groups: { [HS]: HS_PROJECTS } },
    koji: { answer: cbsHub(options.tags ?? HS_TAGS, options.faulty ? { faulty: options.faulty } : {}) },
  })

describe('--mark-unshipped: every row of the decision table, in both directions', () => {
  test('markers after one run', async () => {
    const run = await hyperscale()
    expect(run.error).toBeUndefined()
    expect(markers(run.inventory)).toEqual({
      // not archived → both cleared (or never set)
      'live-shipped': {},
      'live-unshipped': {},
      revived: {},
      unarchived: {},
      'retired-elsewhere': {}, // the field is shared with prune-retired, whose marker an active project clears
      // archived, no release build in a counted tag → unshipped
      'archived-gone': { unshipped: UN },
      'archived-el8': { unshipped: UN },
      stays: { unshipped: UN },
      untagged: { unshipped: UN }, // archived_builds cleared, unshipped set
      // archived with a release build → archived_builds (RHEL tag counts for Hyperscale)
      'archived-shipped': { archived_builds: AB },
      'back-again': { archived_builds: AB }, // unshipped cleared, archived_builds set
      // not synced → untouched
      deleted: { archived_builds: AB },
      tombstone: { unshipped: 'gone' },
      'excluded-pkg': { unshipped: 'x' },
    })
    const set = run.result!.changeSet!
    expect(set.complete).toBe(true)
    expect(run.log).toContain('4 unshipped, 2 archived-with-builds; 10 marker(s) updated')
    expect(run.log).toContain('  unshipped (archived, no CBS build): archived-el8, archived-gone, stays, untagged')
    expect(run.log).toContain('  archived but still have CBS builds (run hs-relmon to prune): archived-shipped, back-again')
    const kinds = set.records.map((r) => `${r.kind} ${r.package} ${r.field ?? ''} ${r.source}`.trim()).sort()
    expect(kinds).toEqual([
      'added archived-el8  gitlab', 'added archived-gone  gitlab', 'added archived-shipped  gitlab', 'added live-shipped  gitlab', 'added live-unshipped  gitlab',
      'marked archived-el8 unshipped cbs-koji', 'marked archived-gone unshipped cbs-koji', 'marked archived-shipped archived_builds cbs-koji',
      'marked back-again archived_builds cbs-koji', 'marked untagged unshipped cbs-koji',
      'unmarked back-again unshipped cbs-koji', 'unmarked retired-elsewhere unshipped gitlab', 'unmarked revived unshipped gitlab',
      'unmarked unarchived archived_builds gitlab', 'unmarked untagged archived_builds cbs-koji',
    ])
    const untagged = set.records.find((r) => r.package === 'untagged' && r.kind === 'unmarked')!
    expect(untagged).toMatchObject({ before: AB, reason: 'no release build remains in CBS', ref: `${run.gl.url}/${HS}/untagged` })
    // The hs-relmon cleanup reminder reaches the proposal body as a finding.
    expect(set.findings).toEqual([
      { file: 'inv.toml', line: 1, column: 1, severity: 'warning', rule: 'hs-relmon-cleanup', message: 'archived in GitLab but CBS release builds remain: archived-shipped, back-again — run hs-relmon prune-archived to untag them' },
    ])
  })

  test('the CBS queries: a pre-flight, one listTags glob, one multicall of the qualifying tags without inheritance', async () => {
    const run = await hyperscale()
    expect(run.hub!.requests.map((r) => /<methodName>([^<]+)</.exec(r.body)?.[1])).toEqual(['getAPIVersion', 'listTags', 'system.multicall'])
    // The fake hub lists multicall entries one by one.
    expect(run.hub!.calls.map((c) => [c.method, c.params])).toEqual([
      ['getAPIVersion', []],
      ['listTags', [{ pattern: 'hyperscale*-release', perms: false, __starstar: true }]],
      ...['hyperscale10s-packages-main-release', 'hyperscale9-packages-facebook-release', 'hyperscale9s-packages-main-release'].map((tag) => [
        'listTagged', [tag, { latest: true, inherit: false, __starstar: true }],
      ]),
    ])
  })

  test('the archived listing is a second, server-filtered query', async () => {
    const run = await hyperscale()
    expect(run.gl.queries().map((q) => q.get('archived'))).toEqual([null, 'true'])
    expect(run.result!.changeSet!.provenance.requests).toEqual({ [run.gl.server.host]: 2, [run.hub!.server.host]: 3 })
  })

  test('a second run over its own output changes nothing (idempotent)', async () => {
    const first = await hyperscale()
    const second = await runSync(['--preset', 'hyperscale', '--mark-unshipped', '-o', 'inv.toml', '--exclude', 'excluded-*'], {
      files: { 'inv.toml': first.text! },
      gitlab: { groups: { [HS]: HS_PROJECTS } },
      koji: { answer: cbsHub(HS_TAGS) },
    })
    const change = second.result!.changeSet!.changes[0]
    expect(change.after).toBe(change.before)
    expect(second.log).toContain('4 unshipped, 2 archived-with-builds; 0 marker(s) updated')
  })

  test('edits are minimal: untouched packages keep their bytes, markers land in key order', async () => {
    const run = await hyperscale()
    expect(run.text).toContain('# removed from GitLab, still has builds\n[[package]]\nname = "deleted"\npoc = "someone"\n')
    expect(run.text).toContain(`[[package]]\nname = "untagged"\nreason = "kept for the demo"\nunshipped = "${UN}"\n`)
    expect(run.text).toContain(`[[package]]\nname = "archived-el8"\nunshipped = "${UN}"\n`)
    expect(run.inventory!.packages.map((p) => p.name)).toEqual([
      'archived-el8', 'archived-gone', 'archived-shipped', 'back-again', 'deleted', 'excluded-pkg', 'live-shipped', 'live-unshipped',
      'retired-elsewhere', 'revived', 'stays', 'tombstone', 'unarchived', 'untagged',
    ])
  })

  test('--centos-release 10 stops the 9 and 9s tags from counting', async () => {
    const run = await hyperscale(['--centos-release', '10'])
    expect(markers(run.inventory)).toMatchObject({ 'archived-shipped': { unshipped: UN }, 'back-again': { unshipped: UN } })
    expect(run.hub!.calls.filter((c) => c.method === 'listTagged').map((c) => c.params[0])).toEqual(['hyperscale10s-packages-main-release'])
  })
})

describe('SIG release-tag rules per preset', () => {
  const PU_TAGS: CbsTags = {
    'proposed_updates9s-packages-main-release': ['stream-built'],
    'proposed_updates9-packages-main-release': ['rhel-built'], // Proposed Updates is Stream-only
    'proposed_updates10s-packages-main-testing': ['testing-only'],
    'hyperscale9s-packages-main-release': ['rhel-built', 'testing-only'], // another SIG
  }
  const puProjects = ['stream-built', 'rhel-built', 'testing-only'].map((name) => ({ name, archived: true }))

  test('proposed-updates counts only proposed_updatesNs-*-release', async () => {
    const run = await runSync(['--preset', 'proposed-updates', '--mark-unshipped', '-o', 'pu.toml'], {
      gitlab: { groups: { [PU]: puProjects } },
      koji: { answer: cbsHub(PU_TAGS) },
    })
    expect(run.error).toBeUndefined()
    expect(run.hub!.calls[1].params).toEqual([{ pattern: 'proposed_updates*-release', perms: false, __starstar: true }])
    expect(markers(run.inventory)).toEqual({ 'rhel-built': { unshipped: UN }, 'stream-built': { archived_builds: AB }, 'testing-only': { unshipped: UN } })
  })

  test('a --url naming Hyperscale uses the Hyperscale rules (RHEL tags count); the label is the URL as typed', async () => {
    const run = await runSync((gitlab) => ['--url', `${gitlab}/CentOS/Hyperscale/rpms/`, '--mark-unshipped', '-o', 'x.toml'], {
      gitlab: { groups: { [HS]: [{ name: 'archived-shipped', archived: true }, { name: 'archived-gone', archived: true }] } },
      koji: { answer: cbsHub(HS_TAGS) },
    })
    expect(run.error).toBeUndefined()
    expect(run.hub!.calls[1].params[0]).toMatchObject({ pattern: 'hyperscale*-release' })
    expect(markers(run.inventory)).toEqual({ 'archived-gone': { unshipped: UN }, 'archived-shipped': { archived_builds: AB } })
    expect(run.inventory!.meta.name).toBe(`${run.gl.url}/CentOS/Hyperscale/rpms/`)
    expect(run.log.at(-1)).toBe(`Synced ${run.gl.url}/CentOS/Hyperscale/rpms/: 2 new, 2 total in x.toml`)
  })

  test.each([
    [['--preset', 'centos-stream', '--mark-unshipped'], '--mark-unshipped supports the hyperscale and proposed-updates sources only (no CBS release lifecycle for centos-stream)'],
    [['--url', 'https://gitlab.example.com/SIGs/Cloud/rpms', '--mark-unshipped'], 'no CBS release lifecycle for https://gitlab.example.com/SIGs/Cloud/rpms'],
  ])('%j is refused before any request', async (argv, message) => {
    const run = await runSync(argv, { gitlab: { groups: {} } })
    expect(run.error).toBeInstanceOf(CommandError)
    expect((run.error as CommandError).exitCode).toBe(2)
    expect((run.error as Error).message).toContain(message)
    expect(run.gl.requests).toHaveLength(0)
    expect(run.hub!.requests).toHaveLength(0)
  })
})
