import { describe, expect, test } from '@jest/globals'
import {
  activeBranchSet, activeOnProject, applyMarkers, LEGACY_PROJECT_GONE, NO_ACTIVE_BRANCH, orderBranches, removeCandidates, retiredEverywhere, type Checked
} from '../../src/commands/unshipped.js'
import type { BodhiRelease } from '../../src/sources/bodhi.js'
import type { Inventory, Package } from '../../src/inventory/model.js'
import { RELEASES } from '../fakes/distgit-fixtures.js'

const rel = (name: string, branch: string | null, idPrefix: string, state: string, distTag: string | null = branch): BodhiRelease => ({ name, branch, idPrefix, state, distTag })

describe('active branch set', () => {
  test('order: rawhide, f newest first, epel newest first with the minor-less branch leading, others last', () => {
    expect(orderBranches(['epel10.2', 'epel10', 'epel8', 'epel9', 'f43', 'f44', 'rawhide'])).toEqual(['rawhide', 'f44', 'f43', 'epel10', 'epel10.2', 'epel9', 'epel8'])
    expect(orderBranches(['epel10.1', 'epel10', 'epel10.2'])).toEqual(['epel10', 'epel10.2', 'epel10.1'])
    expect(orderBranches(['zzz', 'epel10.x', 'epel10.1', 'aaa', 'f9'])).toEqual(['f9', 'epel10.x', 'epel10.1', 'zzz', 'aaa'])
  })
  test('Bodhi filter: F43, EPEL-9 kept; ELN, Flatpak, archived dropped; rawhide added', () => {
    const r = [rel('F43', 'f43', 'FEDORA', 'current'), rel('EPEL-9', 'epel9', 'FEDORA-EPEL', 'current'), rel('ELN', 'eln', 'FEDORA', 'current'),
      rel('F42F', 'f42', 'FEDORA-FLATPAK', 'current'), rel('F40', 'f40', 'FEDORA', 'archived')]
    expect(activeBranchSet(r)).toEqual(['rawhide', 'f43', 'epel9'])
  })
  test('the example release list; repeated branches once (first wins), releases without a branch skipped', () => {
    const r = RELEASES.map((x) => rel(x.name, x.branch, x.id_prefix, x.state))
    expect(activeBranchSet(r)).toEqual(['rawhide', 'f44', 'f43', 'epel10', 'epel10.1', 'epel9'])
    const dup = [...r, rel('F44X', 'f44', 'FEDORA', 'frozen'), rel('F46', null, 'FEDORA', 'pending')]
    expect(activeBranchSet(dup)).toEqual(['rawhide', 'f44', 'f43', 'epel10', 'epel10.1', 'epel9'])
  })
  test('sanity check: no f<N> besides rawhide, or a branch that is no name, fails (nothing may be marked)', () => {
    expect(() => activeBranchSet([rel('EPEL-9', 'epel9', 'FEDORA-EPEL', 'current')])).toThrow(/no Fedora f<N> branch/)
    expect(() => activeBranchSet([])).toThrow(/no Fedora f<N> branch/)
    expect(() => activeBranchSet([rel('F43', 'f43', 'FEDORA', 'current'), rel('X', '../x', 'FEDORA', 'current')])).toThrow(/not a dist-git branch name/)
  })
  test('intersection with a project\'s branches is exact, in the active order', () => {
    expect(activeOnProject(['epel8', 'epel9', 'f38', 'main', 'rawhide'], ['rawhide', 'f44', 'f43', 'epel9', 'epel8'])).toEqual(['rawhide', 'epel9', 'epel8'])
    expect(activeOnProject(['el6', 'f20', 'f25'], ['rawhide', 'f44', 'epel9'])).toEqual([])
    expect(activeOnProject(['epel10', 'rawhide'], ['rawhide', 'epel10.2', 'epel10'])).toEqual(['rawhide', 'epel10'])
  })
  test('reason strings, byte for byte', () => {
    expect(NO_ACTIVE_BRANCH).toBe('no branch on any active release')
    expect(retiredEverywhere(['rawhide', 'epel9'])).toBe('retired on every active branch (rawhide, epel9)')
    expect(LEGACY_PROJECT_GONE).toBe('dist-git project gone (404)')
  })
})

describe('markers and --remove', () => {
  const pkgs = (): Package[] => [
    { name: 'gone-pkg' }, { name: 'revived-pkg', unshipped: 'retired on every active branch (rawhide)' }, { name: 'unchecked-pkg', unshipped: 'kept' }, { name: 'live-pkg' }
  ]
  const checked: Checked[] = [
    { name: 'gone-pkg', verdict: { kind: 'candidate', reason: LEGACY_PROJECT_GONE } },
    { name: 'revived-pkg', verdict: { kind: 'shipped', branch: 'rawhide' } },
    { name: 'live-pkg', verdict: { kind: 'shipped', branch: 'rawhide' } }
  ]
  test('both directions; unchecked packages untouched', () => {
    const p = pkgs()
    const changes = applyMarkers(p, checked)
    expect(changes).toHaveLength(2)
    expect(p.map((x) => x.unshipped)).toEqual([LEGACY_PROJECT_GONE, undefined, 'kept', undefined])
    expect(changes[1]).toEqual({ name: 'revived-pkg', before: 'retired on every active branch (rawhide)', after: undefined, why: 'shipped on rawhide' })
  })
  test('an unchanged marker is no change', () => {
    const p: Package[] = [{ name: 'gone-pkg', unshipped: LEGACY_PROJECT_GONE }]
    expect(applyMarkers(p, [checked[0]])).toHaveLength(0)
  })
  test('an invalid (404) entry loses a stale marker and is never marked', () => {
    const p: Package[] = [{ name: 'typo', unshipped: LEGACY_PROJECT_GONE }, { name: 'typo2' }]
    const inv: Checked[] = [{ name: 'typo', verdict: { kind: 'invalid', reason: 'no such dist-git project (404)' } }, { name: 'typo2', verdict: { kind: 'invalid', reason: 'x' } }]
    expect(applyMarkers(p, inv).map((c) => c.name)).toEqual(['typo'])
    expect(p).toEqual([{ name: 'typo' }, { name: 'typo2' }])
  })
  test('--remove deletes candidates only, and drops them from workload lists', () => {
    const inv: Inventory = {
      meta: { name: 'n', description: 'd', maintainer: 'm', labels: [], private_fields: [], workloads: new Map([['w', { packages: ['dead', 'live', 'typo'] }]]) },
      packages: [{ name: 'dead' }, { name: 'live' }, { name: 'typo' }]
    }
    const removed = removeCandidates(inv, [
      { name: 'dead', verdict: { kind: 'candidate', reason: NO_ACTIVE_BRANCH } },
      { name: 'live', verdict: { kind: 'shipped', branch: 'f44' } },
      { name: 'typo', verdict: { kind: 'invalid', reason: 'no such dist-git project (404)' } }
    ])
    expect(removed).toEqual([{ name: 'dead', reason: NO_ACTIVE_BRANCH }])
    expect(inv.packages.map((p) => p.name)).toEqual(['live', 'typo'])
    expect(inv.meta.workloads.get('w')?.packages).toEqual(['live', 'typo'])
  })
})
