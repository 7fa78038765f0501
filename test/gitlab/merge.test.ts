// The GitLab half of sync-gitlab, as poi-tracker's
// (docs/poi-tracker-compatibility.md, "sync-gitlab"): add-only merge, stale
// warning or --prune, --exclude, --workload, --name, a new file in the
// canonical layout, pagination, the optional token, and the failures.

import { afterEach, describe, expect, test } from '@jest/globals'
import { CommandError } from '../../src/commands/types.js'
import { UsageError } from '../../src/core/args.js'
import { closeFakes, runSync } from './harness.js'
import { generatedProjects, type FakeProject } from '../fakes/fake-gitlab-groups.js'

afterEach(closeFakes)

const HS = 'CentOS/Hyperscale/rpms'
const EXISTING = `[inventory]
name = "hs"
description = "Hyperscale packages"
maintainer = "hs-sig"
labels = []
private_fields = []

[inventory.workloads.hs]
packages = ["kept"]

[[package]]
name = "deleted-upstream"
poc = "a@example.org"

[[package]]
name = "kept"
poc = "b@example.org"
rpms = ["kept", "kept-libs"]

[[package]]
name = "python-old"

[[package]]
name = "tomb"
unshipped = "retired"
`

const sync = (argv: string[], projects: FakeProject[] = [{ name: 'kept' }, { name: 'fresh' }, { name: 'python-old' }, { name: 'python-new' }], files: Record<string, string> = { 'inv.toml': EXISTING }) =>
  runSync(['--preset', 'hyperscale', '-o', 'inv.toml', ...argv], { files, gitlab: { groups: { [HS]: projects } }, koji: 'none' })

describe('merge into an existing inventory', () => {
  test('adds new names in sorted place, keeps every existing field, warns about stale packages', async () => {
    const run = await sync([])
    expect(run.error).toBeUndefined()
    const set = run.result!.changeSet!
    expect(set.complete).toBe(true)
    expect(run.text).toBe(EXISTING
      .replace('[[package]]\nname = "kept"', '[[package]]\nname = "fresh"\n\n[[package]]\nname = "kept"')
      .replace('[[package]]\nname = "python-old"', '[[package]]\nname = "python-new"\n\n[[package]]\nname = "python-old"'))
    expect(set.records).toEqual([
      { file: 'inv.toml', package: 'fresh', kind: 'added', source: 'gitlab', ref: `${run.gl.url}/${HS}/fresh` },
      { file: 'inv.toml', package: 'python-new', kind: 'added', source: 'gitlab', ref: `${run.gl.url}/${HS}/python-new` },
    ])
    // The tombstone is never stale.
    expect(run.log).toEqual([
      '  fetched 4 project(s) in 1 page(s)',
      'warning: 1 package(s) not in sync scope (use --prune to remove):',
      '  deleted-upstream',
      'Synced hyperscale: 2 new, 6 total in inv.toml',
    ])
    expect(run.gl.queries().map((q) => q.get('archived'))).toEqual([null])
  })

  test('--prune removes stale packages but never an unshipped tombstone', async () => {
    const run = await sync(['--prune'])
    expect(run.inventory!.packages.map((p) => p.name)).toEqual(['fresh', 'kept', 'python-new', 'python-old', 'tomb'])
    expect(run.result!.changeSet!.records.filter((r) => r.kind === 'removed')).toEqual([
      { file: 'inv.toml', package: 'deleted-upstream', kind: 'removed', reason: `not a project of ${run.gl.url}/${HS}`, source: 'gitlab', ref: `${run.gl.url}/${HS}` },
    ])
    expect(run.log.at(-1)).toBe('Synced hyperscale: 2 new, 1 pruned, 5 total in inv.toml')
    // Removal leaves workload lists alone, as poi-tracker does.
    expect(run.text).toContain('packages = ["kept"]')
  })

  test('--exclude drops matching names (case-insensitive); an excluded package becomes stale', async () => {
    const run = await sync(['--exclude', 'PYTHON-*', '--prune'])
    expect(run.log).toContain('  4 fetched, 2 excluded')
    expect(run.inventory!.packages.map((p) => p.name)).toEqual(['fresh', 'kept', 'tomb'])
  })

  test('--workload only for packages added in this run; --name overwrites the stored name', async () => {
    const run = await sync(['--workload', 'hs,new-wl', '--name', 'renamed'])
    expect(run.inventory!.meta.name).toBe('renamed')
    expect(run.inventory!.meta.workloads.get('hs')!.packages).toEqual(['fresh', 'kept', 'python-new'])
    expect(run.inventory!.meta.workloads.get('new-wl')!.packages).toEqual(['fresh', 'python-new'])
    expect(run.result!.changeSet!.records[0]).toEqual({ file: 'inv.toml', kind: 'changed', field: 'name', before: 'hs', after: 'renamed' })
  })

  test('package identity is the exact, case-sensitive name', async () => {
    const run = await sync([], [{ name: 'Kept' }, { name: 'kept' }])
    expect(run.inventory!.packages.map((p) => p.name)).toEqual(['Kept', 'deleted-upstream', 'kept', 'python-old', 'tomb'])
  })

  test('an unsorted file gets new packages at the end (minimal diff; poi-tracker would re-sort the whole list)', async () => {
    const unsorted = '[inventory]\nname = "u"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "zz"\n\n[[package]]\nname = "aa"\n'
    const run = await sync([], [{ name: 'zz' }, { name: 'aa' }, { name: 'mm' }], { 'inv.toml': unsorted })
    expect(run.text).toBe(unsorted + '\n[[package]]\nname = "mm"\n')
  })
})

describe('a new inventory', () => {
  test('canonical layout, named after the source, with the --workload tables', async () => {
    const run = await runSync(['--preset', 'hyperscale', '-o', 'inventories/hs.toml', '--workload', 'hs'], {
      gitlab: { groups: { [HS]: [{ name: 'zsh' }, { name: 'bash' }] } },
      koji: 'none',
    })
    const change = run.result!.changeSet!.changes[0]
    expect(change.path).toBe('inventories/hs.toml')
    expect(change.before).toBeNull()
    expect(change.after).toBe(`[inventory]
name = "hyperscale"
description = "Packages synced from GitLab (hyperscale)"
maintainer = "hyperscale"
labels = []
private_fields = []

[inventory.workloads.hs]
packages = [
    "bash",
    "zsh",
]

[[package]]
name = "bash"

[[package]]
name = "zsh"
`)
    expect(run.log.at(-1)).toBe('Synced hyperscale: 2 new, 2 total in inventories/hs.toml')
  })

  test('an empty group still creates the file with its workload tables; --name names it', async () => {
    const run = await runSync(['--preset', 'proposed-updates', '--workload', 'pu', '--name', 'PU'], { gitlab: { groups: { 'CentOS/proposed_updates/rpms': [] } }, koji: 'none' })
    expect(run.result!.changeSet!.changes[0]).toMatchObject({ path: 'inventory.toml', before: null })
    expect(run.text).toBe('package = []\n\n[inventory]\nname = "PU"\ndescription = "Packages synced from GitLab (proposed-updates)"\nmaintainer = "proposed-updates"\nlabels = []\nprivate_fields = []\n\n[inventory.workloads.pu]\n')
  })
})

describe('the listing', () => {
  test('a 250-project group takes 3 pages; every project becomes a package', async () => {
    const run = await sync([], generatedProjects(250), {})
    expect(run.inventory!.packages).toHaveLength(250)
    expect(run.log[0]).toBe('  fetched 250 project(s) in 3 page(s)')
    expect(run.gl.queries().map((q) => q.get('page'))).toEqual(['1', '2', '3'])
    expect(run.result!.changeSet!.provenance).toMatchObject({ services: { gitlab: run.gl.url }, requests: { [run.gl.server.host]: 3 } })
  })

  test('projects of subgroups are not packages', async () => {
    const run = await sync([], [{ name: 'direct' }, { name: 'nested', subgroup: 'tests' }], {})
    expect(run.inventory!.packages.map((p) => p.name)).toEqual(['direct'])
    expect(run.gl.queries()[0].get('include_subgroups')).toBe('false')
  })

  test('GITLAB_TOKEN is sent to the configured GitLab only, and never shows up in the output', async () => {
    const secret = 'glpat-0123456789abcdef'
    const groups = { [HS]: [{ name: 'public' }, { name: 'private-one', private: true }] }
    const withToken = await runSync(['--preset', 'hyperscale'], { gitlab: { groups, token: secret }, koji: 'none', env: { GITLAB_TOKEN: secret } })
    expect(withToken.inventory!.packages.map((p) => p.name)).toEqual(['private-one', 'public'])
    expect(withToken.gl.requests[0].headers['private-token']).toBe(secret)
    expect(withToken.log[0]).toBe('using GITLAB_TOKEN for the GitLab listing (projects visible to the token are listed too)')
    expect(JSON.stringify([withToken.result, withToken.log])).not.toContain(secret)

    // A --url on another origin than the GitLab service is listed anonymously.
    const elsewhere = await runSync((url) => ['--url', `${url}/${HS}`], {
      gitlab: { groups, token: secret },
      koji: 'none',
      env: { GITLAB_TOKEN: secret, POI_GITOPS_GITLAB_URL: 'https://gitlab.example.com' },
    })
    expect(elsewhere.gl.requests[0].headers['private-token']).toBeUndefined()
    expect(elsewhere.inventory!.packages.map((p) => p.name)).toEqual(['public'])
  })

  test('a rejected token fails with exit 3 and a redacted message', async () => {
    const secret = 'glpat-wrongwrongwrong'
    const run = await runSync(['--preset', 'hyperscale'], {
      gitlab: { groups: {}, override: () => ({ status: 401, body: '{"message":"401 Unauthorized"}' }) },
      koji: 'none',
      env: { GITLAB_TOKEN: secret },
    })
    expect((run.error as CommandError).exitCode).toBe(3)
    expect((run.error as Error).message).toContain('HTTP 401')
    expect((run.error as Error).message).not.toContain(secret)
  })

  test('an unknown group is exit 3 and nothing is computed', async () => {
    const missing = await runSync(['--preset', 'centos-stream'], { gitlab: { groups: {} }, koji: 'none' })
    expect(missing.error).toBeInstanceOf(CommandError)
    expect((missing.error as CommandError).exitCode).toBe(3)
    expect((missing.error as Error).message).toContain('/api/v4/groups/redhat%2Fcentos-stream%2Frpms/projects')
  })
})

describe('refused before any request', () => {
  test.each([
    [['--preset', 'hyperscale', '-o', '../outside.toml'], 2, 'outside the repository'],
    [['--url', 'gitlab.com/CentOS/Hyperscale/rpms'], 2, 'invalid GitLab URL: gitlab.com/CentOS/Hyperscale/rpms'],
    [['--url', 'https://gitlab.com/'], 2, 'no project path in URL: https://gitlab.com'],
    [['--url', 'https://gitlab.com/a b/rpms'], 2, 'invalid GitLab path name'],
    [['--preset', 'hyperscale', '-o', 'broken.toml'], 1, 'failed to load inventory broken.toml'],
  ])('%j → exit %i', async (argv, code, message) => {
    const run = await runSync(argv, { files: { 'broken.toml': '[inventory\n' }, gitlab: { groups: {} }, koji: 'none' })
    expect(run.error).toBeInstanceOf(CommandError)
    expect((run.error as CommandError).exitCode).toBe(code)
    expect((run.error as Error).message).toContain(message)
    expect(run.gl.requests).toHaveLength(0)
  })

  test('flag mistakes are usage errors', async () => {
    const run = await runSync(['--preset', 'nope'], { gitlab: { groups: {} }, koji: 'none' })
    expect(run.error).toBeInstanceOf(UsageError)
    expect(run.gl.requests).toHaveLength(0)
  })
})
