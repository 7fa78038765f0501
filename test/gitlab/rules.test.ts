// The pure rules of sync-gitlab, pinned by poi-tracker's Rust tests
// (tools/poi-tracker/src/gitlab_unshipped.rs and main.rs in
// https://github.com/slopfest/sandogasa) and the cases the algorithm implies.

import { describe, expect, test } from '@jest/globals'
import {
  ARCHIVED_BUILDS_REASON, HYPERSCALE, PROPOSED_UPDATES, UNSHIPPED_REASON, applyMarkers, classify, isReleaseTag, markerRecords, sigForSource,
} from '../../src/commands/cbs-unshipped.js'
import { matchesExclude, parseSyncGitlabArgs, SYNC_GITLAB_FLAGS } from '../../src/commands/gitlab/options.js'
import { parseArgs, UsageError } from '../../src/core/args.js'
import { parseGroupUrl } from '../../src/sources/gitlab-groups.js'
import type { Inventory, Package } from '../../src/inventory/model.js'

const R = [9, 10]

describe('SIG resolution', () => {
  test.each([
    ['hyperscale', HYPERSCALE],
    ['proposed-updates', PROPOSED_UPDATES],
    ['https://gitlab.com/CentOS/Hyperscale/rpms', HYPERSCALE],
    ['https://gitlab.com/CentOS/proposed_updates/rpms', PROPOSED_UPDATES],
    ['centos-stream', undefined],
    ['https://gitlab.com/redhat/centos-stream/rpms', undefined],
  ])('%s', (label, sig) => {
    expect(sigForSource(label)).toBe(sig)
  })
})

describe('release-tag rule, releases [9, 10]', () => {
  test.each([
    ['hyperscale10s-packages-main-release', HYPERSCALE, true],
    ['hyperscale9-packages-facebook-release', HYPERSCALE, true],
    ['hyperscale8s-packages-main-release', HYPERSCALE, false],
    ['hyperscale10s-packages-main-testing', HYPERSCALE, false],
    ['proposed_updates9s-packages-main-release', PROPOSED_UPDATES, true],
    ['proposed_updates9-packages-main-release', PROPOSED_UPDATES, false],
    ['hyperscale9s-packages-main-release', PROPOSED_UPDATES, false],
    ['hyperscale-release', HYPERSCALE, false],
    ['hyperscales-x-release', HYPERSCALE, false],
    ['hyperscale10s-release', HYPERSCALE, true],
    ['hyperscale9ss-packages-main-release', HYPERSCALE, false],
    ['hyperscale+9s-packages-main-release', HYPERSCALE, true],
    ['HYPERSCALE9s-packages-main-release', HYPERSCALE, false],
    ['hyperscalefoo9-packages-main-release', HYPERSCALE, false],
  ])('%s for %o', (tag, sig, counts) => {
    expect(isReleaseTag(tag, sig, R)).toBe(counts)
  })

  test('--centos-release narrows the majors', () => {
    expect(isReleaseTag('hyperscale9s-packages-main-release', HYPERSCALE, [10])).toBe(false)
    expect(isReleaseTag('hyperscale8s-packages-main-release', HYPERSCALE, [8])).toBe(true)
  })
})

describe('classification', () => {
  test('archived splits by shipped; live packages get neither', () => {
    const synced = ['live-shipped', 'archived-shipped', 'archived-gone', 'live-unshipped']
    const c = classify(synced, new Set(['archived-shipped', 'archived-gone']), new Set(['live-shipped', 'archived-shipped', 'live-unshipped']))
    expect(c).toEqual({ unshipped: ['archived-gone'], archivedBuilds: ['archived-shipped'] })
  })

  test('archived names outside the synced set are ignored', () => {
    expect(classify(['a'], new Set(['a', 'excluded']), new Set())).toEqual({ unshipped: ['a'], archivedBuilds: [] })
  })
})

const inventory = (packages: Package[]): Inventory => ({
  meta: { name: 'n', description: 'd', maintainer: 'm', labels: [], private_fields: [], workloads: new Map() },
  packages,
})

describe('marker application', () => {
  test('set, clear, leave unchecked alone; re-applying is idempotent', () => {
    const inv = inventory([
      { name: 'gone-pkg' },
      { name: 'revived-pkg', unshipped: 'stale reason' },
      { name: 'unchecked-pkg', unshipped: 'kept' },
      { name: 'live-pkg' },
    ])
    const synced = ['gone-pkg', 'revived-pkg', 'live-pkg']
    const c = { unshipped: ['gone-pkg'], archivedBuilds: [] }
    const changes = applyMarkers(inv, synced, c)
    expect(changes).toEqual([
      { name: 'gone-pkg', field: 'unshipped', after: UNSHIPPED_REASON },
      { name: 'revived-pkg', field: 'unshipped', before: 'stale reason' },
    ])
    expect(inv.packages).toEqual([
      { name: 'gone-pkg', unshipped: UNSHIPPED_REASON },
      { name: 'revived-pkg' },
      { name: 'unchecked-pkg', unshipped: 'kept' },
      { name: 'live-pkg' },
    ])
    expect(applyMarkers(inv, synced, c)).toEqual([])
  })

  test('moving from unshipped to archived_builds counts two field changes', () => {
    const inv = inventory([{ name: 'back', unshipped: UNSHIPPED_REASON }])
    const changes = applyMarkers(inv, ['back'], { unshipped: [], archivedBuilds: ['back'] })
    expect(changes.map((c) => c.field)).toEqual(['unshipped', 'archived_builds'])
    expect(inv.packages).toEqual([{ name: 'back', archived_builds: ARCHIVED_BUILDS_REASON }])
  })

  test('records say which service decided and link the project', () => {
    const records = markerRecords('inv.toml', [
      { name: 'a', field: 'unshipped', after: UNSHIPPED_REASON },
      { name: 'b', field: 'unshipped', before: 'x' },
      { name: 'c', field: 'archived_builds', before: ARCHIVED_BUILDS_REASON },
    ], new Set(['a', 'c']), (n) => `https://gitlab.com/G/${n}`)
    expect(records).toEqual([
      { file: 'inv.toml', package: 'a', field: 'unshipped', ref: 'https://gitlab.com/G/a', kind: 'marked', after: UNSHIPPED_REASON, reason: UNSHIPPED_REASON, source: 'cbs-koji' },
      { file: 'inv.toml', package: 'b', field: 'unshipped', ref: 'https://gitlab.com/G/b', before: 'x', kind: 'unmarked', reason: 'the GitLab project is not archived', source: 'gitlab' },
      { file: 'inv.toml', package: 'c', field: 'archived_builds', ref: 'https://gitlab.com/G/c', before: ARCHIVED_BUILDS_REASON, kind: 'unmarked', reason: 'no release build remains in CBS', source: 'cbs-koji' },
    ])
  })
})

describe('--exclude matching', () => {
  test.each([
    [[], 'anything', true],
    [[''], 'anything', true],
    [['python-*'], 'python-psutil', true],
    [['python-*'], 'rust-libc', false],
    [['systemd'], 'systemd', true],
    [['systemd'], 'systemd-networkd', false],
    [['a*', 'b*'], 'autoconf', true],
    [['a*', 'b*'], 'btrfs-progs', true],
    [['a*', 'b*'], 'cmake', false],
    [['p*'], 'python-psutil', true],
    [['p*'], 'PackageKit', true],
    [['p*'], 'systemd', false],
    [['*-devel'], 'foo-devel', false],
    [['*-devel'], '*-DEVEL', true],
    [['SYSTEMD'], 'systemd', true],
  ])('%j vs %s', (patterns, name, match) => {
    expect(matchesExclude(name, patterns)).toBe(match)
  })
})

describe('GitLab URL parsing', () => {
  test.each([
    ['https://gitlab.com/CentOS/Hyperscale/rpms/perf', 'https://gitlab.com', 'CentOS/Hyperscale/rpms/perf'],
    ['https://gitlab.com/group/project/', 'https://gitlab.com', 'group/project'],
    ['http://gitlab.example.com/group/project', 'http://gitlab.example.com', 'group/project'],
  ])('%s', (url, base, groupPath) => {
    expect(parseGroupUrl(url)).toEqual({ base, groupPath })
  })

  test.each([
    ['gitlab.com/group/project', 'invalid GitLab URL: gitlab.com/group/project'],
    ['https://gitlab.com/', 'no project path in URL: https://gitlab.com'],
    ['https://gitlab.com', 'no project path in URL: https://gitlab.com'],
  ])('%s is refused', (url, message) => {
    expect(() => parseGroupUrl(url)).toThrow(message)
  })
})

describe('flags, and the mistakes refused before any request', () => {
  const parse = (...argv: string[]) => parseSyncGitlabArgs(parseArgs({ name: 'sync-gitlab', summary: '', positionals: [], flags: SYNC_GITLAB_FLAGS }, argv))
  const usageError = (...argv: string[]) => {
    try {
      parse(...argv)
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError)
      return (e as Error).message
    }
    throw new Error('no usage error')
  }

  test('defaults', () => {
    expect(parse('--preset', 'hyperscale')).toEqual({
      preset: 'hyperscale', label: 'hyperscale', output: 'inventory.toml', exclude: [], prune: false, workloads: [], markUnshipped: false, releases: [9, 10],
    })
  })

  test('the --url label is the URL exactly as typed', () => {
    expect(parse('--url', 'https://gitlab.com/CentOS/Hyperscale/rpms/', '-o', 'x.toml', '--exclude', 'a*,b', '--exclude', 'c', '--centos-release', '10', '--workload', 'hs')).toMatchObject({
      url: 'https://gitlab.com/CentOS/Hyperscale/rpms/', label: 'https://gitlab.com/CentOS/Hyperscale/rpms/', output: 'x.toml', exclude: ['a*', 'b', 'c'], releases: [10], workloads: ['hs'],
    })
  })

  test('usage errors name the problem', () => {
    expect(usageError()).toBe('specify --url or --preset')
    expect(usageError('--preset', 'hyperscale', '--url', 'https://gitlab.com/x')).toBe('--url and --preset are mutually exclusive')
    expect(usageError('--preset', 'Hyperscale')).toBe("unknown preset 'Hyperscale'. Valid: hyperscale, proposed-updates, centos-stream")
    expect(usageError('--preset', 'hyperscale', '--exclude', '')).toBe('--exclude needs a non-empty pattern')
    expect(usageError('--preset', 'hyperscale', '--centos-release', '9s')).toMatch(/invalid --centos-release value '9s'/)
    expect(usageError('--preset', 'hyperscale', '--centos-release', '')).toMatch(/needs at least one release/)
    expect(usageError('--preset', 'hyperscale', '--centos-release', '-1')).toMatch(/invalid --centos-release value '-1'/)
  })
})
