// poi-tracker's pinned parsing and classification cases (poi-tracker's
// sandogasa-bugclass and spec tests), one expectation each.
import { describe, expect, test } from '@jest/globals'
import semver from 'semver'
import {
  classifyBump, classifyWithStatus, extractNewVersion, pickLatest, productVersionForBranch, specVersion, splitNvr, versionAtLeast
} from '../../src/commands/triage/versions.js'
import { findAddressing, planStaleBug, releaseRank, staleComment, type ReleaseFinding } from '../../src/commands/triage/stale.js'
import type { Bug } from '../../src/sources/bugzilla.js'
import type { BodhiUpdate } from '../../src/sources/bodhi.js'
import { seeded } from '../fakes/distgit-fixtures.js'

describe('summary → new version', () => {
  test.each([
    ['transmission-remote-cli-1.7.1 is available', 'transmission-remote-cli', '1.7.1'],
    ['python-peak-rules-0.5a1.dev-r2707 is available', 'python-peak-rules', '0.5a1.dev-r2707'],
    ['rust-md-5-0.10.6 is available', 'rust-md-5', '0.10.6'],
    ['rust-sha-1-0.10.1 is available', 'rust-sha-1', '0.10.1'],
    ['rust-ctor-proc-macro-0.0.13 is available', 'rust-ctor', undefined],
    ['rust-ctor-proc-macro-0.0.13 is available', 'rust-ctor-proc-macro', '0.0.13'],
    ['rust-ctor2-1.0 is available', 'rust-ctor', undefined],
    ['otherpkg-1.0 is available', 'foo', undefined],
    ['something unrelated', 'foo', undefined],
    ['foo 1.0 available', 'foo', undefined],
    ['  foo-2.0 is available  ', 'foo', '2.0'],
    ['foo-2.0 Is available', 'foo', undefined],
  ])('%j for %s', (summary, pkg, want) => {
    expect(extractNewVersion(summary, pkg)).toBe(want)
  })
})

describe('spec Version:', () => {
  test('first non-empty value, no macro expansion', () => {
    expect(specVersion('Name: foo\nVersion:  1.2.0\nRelease: 1%{?dist}\n')).toBe('1.2.0')
    expect(specVersion('  Version:\nVersion: 2.0\n')).toBe('2.0')
    expect(specVersion('Version: %{upstream_version}')).toBe('%{upstream_version}')
    expect(specVersion('version: 1\nVersion : 2\n')).toBeUndefined()
    expect(classifyBump(specVersion('Version: %{upstream_version}')!, '1.0')).toBe('needs-review')
  })
})

describe('numeric compare', () => {
  test.each([
    ['1.10.0', '1.9.0', true], ['1.9.0', '1.9', true], ['1.8.9', '1.9.0', false], ['1.0rc1', '1.0rc1', true], ['1.0rc2', '1.0rc1', false], ['1.7.0+v1.7.0', '1.7.0', true],
    ['5.000', '5', true], ['1..2', '1..2', true], ['99999999999999999999', '1', false],
  ])('at_least(%s, %s) = %s', (a, b, want) => {
    expect(versionAtLeast(a, b)).toBe(want)
  })
})

describe('semver classification (Cargo\'s rule, poi-tracker\'s cases)', () => {
  test.each([
    ['0.6.1', '0.6.1', 'up-to-date'], ['1.4', '1.4.0', 'up-to-date'], ['1.7.0+v1.6.0', '1.7.0+v1.7.0', 'up-to-date'],
    ['1.4.0', '1.5.0', 'non-breaking'], ['1.4.0', '1.4.1', 'non-breaking'], ['1.4', '1.4.1', 'non-breaking'],
    ['1.4.0', '2.0.0', 'breaking'], ['0.4.0', '0.5.0', 'breaking'], ['0.4.0', '0.4.1', 'non-breaking'], ['0.0.3', '0.0.4', 'breaking'],
    ['1.6.2', '1.7.0+v1.7.0', 'non-breaking'], ['1.6.2+v1.6.2', '2.0.0', 'breaking'],
    ['1.4.0rc1', '1.4.0', 'needs-review'], ['1.0', '2.0rc1', 'needs-review'], ['5.000a', '5.000b', 'needs-review'], ['1.2.3', '1.2.4.dev-r1', 'needs-review'], ['abc', 'def', 'needs-review'],
    ['1.5.0', '1.4.0', 'needs-review'], ['0.0.0', '0.0.1', 'needs-review'], ['0.9', '1.0', 'breaking'],
    ['2024.1.2.3', '2024.1.2.4', 'non-breaking'], ['0.0.0.1', '0.0.0.2', 'breaking'], ['0.0.1.1', '0.0.1.9', 'non-breaking'],
  ])('%s → %s is %s', (cur, next, want) => {
    expect(classifyBump(cur, next)).toBe(want)
  })
  test('unknown current version: retired when rawhide is dead, else needs review', () => {
    expect(classifyWithStatus(undefined, '1.0', true)).toBe('retired')
    expect(classifyWithStatus(undefined, '1.0', false)).toBe('needs-review')
    expect(classifyWithStatus('0.9', '1.0', false)).toBe('breaking')
  })
  test('plain x.y.z versions: the tuple rule and semver\'s caret range agree (2,000 generated pairs)', () => {
    const rand = seeded(42)
    const n = () => Math.floor(rand() * 3)
    for (let i = 0; i < 2000; i++) {
      const cur = `${n()}.${n()}.${n()}`
      const next = `${n()}.${n()}.${n()}`
      const got = classifyBump(cur, next)
      const cmp = semver.compare(next, cur)
      const want = cmp === 0 ? 'up-to-date' : cmp < 0 || cur === '0.0.0' ? 'needs-review' : semver.satisfies(next, `^${cur}`) ? 'non-breaking' : 'breaking'
      expect(`${cur}→${next}: ${got}`).toBe(`${cur}→${next}: ${want}`)
    }
  })
})

describe('branch → Bugzilla product and version', () => {
  test.each([
    ['f43', { product: 'Fedora', version: '43' }], ['rawhide', { product: 'Fedora', version: 'rawhide' }], ['43', { product: 'Fedora', version: '43' }],
    ['epel9', { product: 'Fedora EPEL', version: 'epel9' }], ['epel10.3', { product: 'Fedora EPEL', version: 'epel10' }],
    ['c10s', undefined], ['eln', undefined], ['', undefined], ['epel', undefined], ['f', undefined], ['f43x', undefined],
  ])('%s', (branch, want) => {
    expect(productVersionForBranch(branch)).toEqual(want)
  })
})

describe('NVR split', () => {
  test('from the right; at least two hyphens and a name', () => {
    expect(splitNvr('systemd-256.12-1.fc42')).toEqual({ name: 'systemd', version: '256.12', release: '1.fc42' })
    expect(splitNvr('intel-gpu-tools-1.28-2.hs.el10')).toEqual({ name: 'intel-gpu-tools', version: '1.28', release: '2.hs.el10' })
    expect(splitNvr('nohyphens')).toBeUndefined()
    expect(splitNvr('one-hyphen')).toBeUndefined()
    expect(splitNvr('-1-2')).toBeUndefined()
  })
})

const bug = (id: number, summary: string, extra: Partial<Bug> = {}): Bug => ({
  id, summary, status: 'NEW', resolution: '', product: 'Fedora', component: ['foo'], version: ['rawhide'], priority: 'unspecified', assigned_to: 'a@b.c', cf_fixed_in: '', ...extra,
})
const upd = (alias: string, status: string, nvrs: string[], release = 'F43'): BodhiUpdate => ({ alias, status, release, nvrs })

describe('semver-audit bug choice', () => {
  test('highest numeric version (unpadded), numeric before not; nothing parseable → none', () => {
    expect(pickLatest([bug(1, 'foo-1.2.0 is available'), bug(2, 'foo-1.10.0 is available'), bug(3, 'foo-1.3.0 is available')], 'foo')).toMatchObject({ bug: { id: 2 }, version: '1.10.0' })
    expect(pickLatest([bug(1, 'foo-1.2 is available'), bug(2, 'foo-1.2.0 is available')], 'foo')).toMatchObject({ bug: { id: 2 } })
    expect(pickLatest([bug(1, 'foo-2.0rc1 is available'), bug(2, 'foo-1.0 is available'), bug(3, 'foo-3.0beta is available')], 'foo')).toMatchObject({ bug: { id: 2 } })
    expect(pickLatest([bug(1, 'wat')], 'foo')).toBeUndefined()
  })
})

describe('best addressing build and the stale decision', () => {
  test('highest version wins; stable wins a tie; other packages and lower versions do not count', () => {
    expect(findAddressing([upd('FEDORA-1', 'stable', ['foo-1.2.0-1.fc43', 'bar-9-1.fc43']), upd('FEDORA-2', 'testing', ['foo-1.3.0-1.fc43'])], 'foo', '1.2.0'))
      .toEqual({ nvr: 'foo-1.3.0-1.fc43', source: { kind: 'bodhi', alias: 'FEDORA-2', stable: false } })
    expect(findAddressing([upd('FEDORA-T', 'testing', ['foo-1.2.0-1.fc43']), upd('FEDORA-S', 'stable', ['foo-1.2.0-2.fc43'])], 'foo', '1.2.0'))
      .toEqual({ nvr: 'foo-1.2.0-2.fc43', source: { kind: 'bodhi', alias: 'FEDORA-S', stable: true } })
    expect(findAddressing([upd('FEDORA-X', 'stable', ['foo-1.1.0-1.fc43', 'foolish-2.0-1.fc43'])], 'foo', '1.2.0')).toBeUndefined()
  })

  const found = (release: string, nvr: string | null, stable = true, alias = `FEDORA-${release}`): ReleaseFinding => ({
    release, build: nvr === null ? null : { nvr, source: { kind: 'bodhi', alias, stable } },
  })
  const b = bug(1, 'foo-1.2.0 is available')
  test('the decision table', () => {
    expect(planStaleBug(b, 'foo', '1.2.0', [found('F45', null), found('F43', null)])).toBeUndefined()
    expect(planStaleBug(b, 'foo', '1.2.0', [found('F45', 'foo-1.2.0-1.fc45'), found('F43', 'foo-1.2.0-1.fc43')])).toMatchObject({ kind: 'errata', fixedIn: 'foo-1.2.0-1.fc45 foo-1.2.0-1.fc43' })
    expect(planStaleBug(b, 'foo', '1.2.0', [found('F45', 'foo-1.2.0-1.fc45'), found('F43', 'foo-1.2.0-1.fc43', false)])!.kind).toBe('modified')
    expect(planStaleBug(b, 'foo', '1.2.0', [found('F45', 'foo-1.2.0-1.fc45'), found('F43', null)])).toMatchObject({ kind: 'ask-close', fixedIn: 'foo-1.2.0-1.fc45' })
    expect(planStaleBug(bug(1, 'x', { status: 'MODIFIED', cf_fixed_in: 'foo-1.2.0-1.fc43' }), 'foo', '1.2.0', [found('F43', 'foo-1.2.0-1.fc43', false)])).toBeUndefined()
    expect(planStaleBug(bug(1, 'x', { product: 'Fedora EPEL' }), 'foo', '1.2.0', [found('EPEL-10.3', 'foo-1.2.0-1.el10_2'), found('EPEL-10.2', 'foo-1.2.0-1.el10_2')])).toMatchObject({ kind: 'errata', fixedIn: 'foo-1.2.0-1.el10_2' })
    expect(releaseRank('F45') > releaseRank('F43')).toBe(true)
    expect(releaseRank('EPEL-10') > releaseRank('EPEL-9')).toBe(true)
    expect(releaseRank('EPEL-10.3')).toBe(103n)
  })

  test('the comment names each release\'s build and the action', () => {
    const errata = staleComment(planStaleBug(b, 'foo', '1.2.0', [found('F45', 'foo-1.2.0-1.fc45', true, 'FEDORA-A'), { release: 'F44', build: { nvr: 'foo-1.2.0-1.fc44', source: { kind: 'tagged' } } }])!)
    expect(errata).toContain('F45: foo-1.2.0-1.fc45')
    expect(errata).toContain('https://bodhi.fedoraproject.org/updates/FEDORA-A')
    expect(errata).toContain('(stable)')
    expect(errata).toContain('F44: foo-1.2.0-1.fc44 (tagged into the release; no Bodhi update in this release')
    expect(errata).toContain('closing as ERRATA')
    const ask = staleComment(planStaleBug(b, 'foo', '1.2.0', [found('F45', 'foo-1.2.0-1.fc45'), found('F43', null)])!)
    expect(ask).toContain('F43: no update found')
    expect(ask).toMatch(/\n\nThe releases without an update are listed above/)
  })
})
