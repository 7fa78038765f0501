import { describe, expect, test } from '@jest/globals'
import { parseInventory } from '../../src/inventory/parse.js'
import { mergeInventories, mergePackage } from '../../src/inventory/merge.js'
import { compareNames, packagesForWorkload, priorityFor, workloadNames, workloadsOfPackage, type Inventory } from '../../src/inventory/model.js'
import { addPackage, addToWorkload, removePackages } from '../../src/inventory/operations.js'

const inv = (name: string, body: string): Inventory =>
  parseInventory(`${name}.toml`, `[inventory]\nname = "${name}"\ndescription = "d"\nmaintainer = "m"\n${body}`).inventory!

const FIXTURE = `private_fields = ["poc", "team"]
[inventory.workloads.hyperscale]
packages = ["bar", "foo"]
[inventory.workloads.epel]
packages = ["foo"]
[[package]]
name = "bar"
poc = "p"
team = "t"
[[package]]
name = "foo"
rpms = ["foo", "foo-libs"]
track = "upstream"
`

describe('merge, as poi-tracker merges several inventories', () => {
  test('load_and_merge_multiple: first metadata wins, new names re-sort, later fields win', () => {
    const a = inv('first', '[[package]]\nname = "aaa"\n[[package]]\nname = "bbb"\n')
    const b = inv('second', '[[package]]\nname = "ccc"\n[[package]]\nname = "bbb"\nreason = "updated"\n')
    const { inventory, conflicts } = mergeInventories([{ path: 'a', inventory: a }, { path: 'b', inventory: b }])
    expect(inventory.meta.name).toBe('first')
    expect(inventory.packages.map((p) => p.name)).toEqual(['aaa', 'bbb', 'ccc'])
    expect(inventory.packages[1].reason).toBe('updated')
    expect(conflicts).toEqual([])
  })
  test('set fields win, unset preserved; conflicts reported and later wins', () => {
    const t = { name: 'x', poc: 'alice', priority: 'high' as const }
    expect(mergePackage(t, { name: 'x', reason: 'rust SIG' }, 'b')).toEqual([])
    expect(t).toEqual({ name: 'x', poc: 'alice', priority: 'high', reason: 'rust SIG' })
    const c = mergePackage(t, { name: 'x', priority: 'low' }, 'b')
    expect(c).toEqual([{ file: 'b', package: 'x', field: 'priority', earlier: 'high', later: 'low' }])
    expect(t.priority).toBe('low')
  })
  test('retired_on is a union; markers from earlier files survive; a later [] turns absent into []', () => {
    const t = { name: 'x', retired_on: ['rawhide'], unshipped: 'gone' }
    expect(mergePackage(t, { name: 'x', retired_on: ['epel9', 'rawhide'] }, 'b')).toEqual([])
    expect(t).toEqual({ name: 'x', retired_on: ['epel9', 'rawhide'], unshipped: 'gone' })
    const u: { name: string; retired_on?: string[] } = { name: 'y' }
    mergePackage(u, { name: 'y', retired_on: [] }, 'b')
    expect(u.retired_on).toEqual([])
  })
  test('lists are replaced, not unioned, and compared in order', () => {
    const t = { name: 'x', rpms: ['a', 'b'] }
    expect(mergePackage(t, { name: 'x', rpms: ['c'] }, 'b')).toHaveLength(1)
    expect(t.rpms).toEqual(['c'])
  })
  test('later workloads are ignored; unsorted first file stays unsorted unless a new name arrives', () => {
    const a = inv('a', '[[package]]\nname = "b"\n[[package]]\nname = "a"\n')
    const b = inv('b', '[inventory.workloads.w]\npackages = ["a"]\n[[package]]\nname = "a"\n')
    const m = mergeInventories([{ path: 'a', inventory: a }, { path: 'b', inventory: b }]).inventory
    expect(m.packages.map((p) => p.name)).toEqual(['b', 'a'])
    expect(packagesForWorkload(m, 'w')).toEqual([])
    const c = inv('c', '[[package]]\nname = "c"\n')
    expect(mergeInventories([{ path: 'a', inventory: a }, { path: 'c', inventory: c }]).inventory.packages.map((p) => p.name)).toEqual(['a', 'b', 'c'])
  })
})

describe('model helpers: lookups, workloads, priority', () => {
  test('workloads, membership in both forms, lookups', () => {
    const i = inv('t', FIXTURE)
    expect(packagesForWorkload(i, 'hyperscale')).toHaveLength(2)
    expect(packagesForWorkload(i, 'epel').map((p) => p.name)).toEqual(['foo'])
    expect(packagesForWorkload(i)).toHaveLength(2)
    expect(packagesForWorkload(i, 'nope')).toEqual([])
    expect(workloadNames(i)).toEqual(['epel', 'hyperscale'])
    expect(workloadsOfPackage(i, 'foo')).toEqual(['epel', 'hyperscale'])
    expect(workloadsOfPackage(i, 'nonexistent')).toEqual([])
    const both = inv('t', '[inventory.workloads.w]\npackages = ["a"]\n[[package]]\nname = "a"\n[[package]]\nname = "b"\nworkloads = ["w", "extra"]\n')
    expect(packagesForWorkload(both, 'w').map((p) => p.name)).toEqual(['a', 'b'])
    // `extra` is mentioned by a package only: no workload (validate warns), so neither listed nor counted.
    expect(workloadNames(both)).toEqual(['w'])
    expect(workloadsOfPackage(both, 'b')).toEqual(['w'])
  })
  test('add_to_workload creates and keeps one sorted copy; remove removes every copy', () => {
    const i = inv('t', FIXTURE)
    addToWorkload(i, 'hyperscale', 'aaa')
    expect(addToWorkload(i, 'hyperscale', 'aaa')).toBe(false)
    expect(i.meta.workloads.get('hyperscale')?.packages).toEqual(['aaa', 'bar', 'foo'])
    addToWorkload(i, 'newwl', 'pkg')
    expect(i.meta.workloads.get('newwl')?.packages).toEqual(['pkg'])
    addPackage(i, { name: 'foo' })
    expect(removePackages(i, 'foo')).toBe(2)
    expect(removePackages(i, 'nonexistent')).toBe(0)
  })
  test('priority resolution', () => {
    const i = inv('t', FIXTURE)
    expect(priorityFor(i, 'foo')).toBeUndefined()
    i.meta.workloads.get('hyperscale')!.default_priority = 'medium'
    expect(priorityFor(i, 'bar')).toBe('medium')
    i.meta.workloads.get('hyperscale')!.default_priority = 'low'
    i.meta.workloads.get('epel')!.default_priority = 'high'
    expect(priorityFor(i, 'foo')).toBe('high')
    i.packages[1].priority = 'unspecified'
    expect(priorityFor(i, 'foo')).toBe('unspecified')
    expect(priorityFor(i, 'nope')).toBeUndefined()
  })
  test('code-point order, not UTF-16 units or locale', () => {
    const names = ['\u{1F600}', '\uFF5E', 'b', 'B', 'a']
    expect([...names].sort(compareNames)).toEqual(['B', 'a', 'b', '\uFF5E', '\u{1F600}'])
  })
})
