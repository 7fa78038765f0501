import { describe, expect, test } from '@jest/globals'
import { inWalk, lastFlag, matchesAny, patternList, prefixList } from '../../src/commands/distgit/patterns.js'
import { keepProject, type AccessFilter } from '../../src/commands/distgit/access.js'
import { trimToResume } from '../../src/commands/distgit/resume.js'
import { runLimited, mapOrdered } from '../../src/commands/distgit/pool.js'
import { emptyGroupAccess, emptyUserAccess, type DistGitProject } from '../../src/sources/distgit.js'

describe('pattern list', () => {
  test('user without pattern: 36 prefixes a* … z*, 0* … 9*', () => {
    const l = patternList({ user: true })
    expect(l).toHaveLength(36)
    expect([l[0], l[25], l[26], l[35]]).toEqual(['a*', 'z*', '0*', '9*'])
  })
  test('user --pattern, --no-auto-prefix, group default and --auto-prefix', () => {
    expect(patternList({ user: true, pattern: 'rust-*' })).toEqual(['rust-*'])
    expect(patternList({ user: true, autoPrefix: false })).toEqual([''])
    expect(patternList({ user: false })).toEqual([''])
    expect(patternList({ user: false, autoPrefix: true })).toHaveLength(36)
  })
  test('bounds: start x → 13; b*..e → b* c* d*; group end c → a* b*', () => {
    const x = patternList({ user: true, start: 'x' })
    expect(x).toHaveLength(13)
    expect([x[0], x[2], x[3], x[12]]).toEqual(['x*', 'z*', '0*', '9*'])
    expect(patternList({ user: true, start: 'b*', end: 'e' })).toEqual(['b*', 'c*', 'd*'])
    expect(patternList({ user: false, end: 'c' })).toEqual(['a*', 'b*'])
  })
  test('bounds that match nothing give an empty list (the command rejects it); an end before the start has no effect', () => {
    expect(prefixList('py')).toEqual([])
    expect(prefixList('A')).toEqual([])
    expect(prefixList(undefined, 'a')).toEqual([])
    expect(prefixList('m', 'c')).toHaveLength(36 - 12)
  })
  test('--auto-prefix / --no-auto-prefix: the last one wins', () => {
    expect(lastFlag(['auto-prefix', 'user', 'no-auto-prefix'], 'auto-prefix', 'no-auto-prefix')).toBe(false)
    expect(lastFlag(['no-auto-prefix', 'auto-prefix'], 'auto-prefix', 'no-auto-prefix')).toBe(true)
    expect(lastFlag(['user'], 'auto-prefix', 'no-auto-prefix')).toBeUndefined()
  })
})

describe('client-side matching and the walk filter', () => {
  test('matchers', () => {
    expect(matchesAny('anything', [])).toBe(true)
    expect(matchesAny('anything', [''])).toBe(true)
    expect(matchesAny('python-psutil', ['python-*'])).toBe(true)
    expect(matchesAny('rust-libc', ['python-*'])).toBe(false)
    expect(matchesAny('systemd', ['systemd'])).toBe(true)
    expect(matchesAny('systemd-networkd', ['systemd'])).toBe(false)
    expect(['autoconf', 'btrfs-progs', 'cmake'].map((n) => matchesAny(n, ['a*', 'b*']))).toEqual([true, true, false])
    expect(['python-psutil', 'PackageKit', 'systemd'].map((n) => matchesAny(n, ['p*']))).toEqual([true, true, false])
    expect(matchesAny('fooXbar', ['foo?bar'])).toBe(false)
    expect(matchesAny('fooXbar', ['foo*bar'])).toBe(false)
    expect(matchesAny('foo*bar', ['foo*bar'])).toBe(true)
  })
  test('walk filter', () => {
    expect(inWalk('x', { patterns: [] })).toBe(true)
    const range = { patterns: [], startFrom: 'rust-nu-cli', endWith: 'rust-nu-engine' }
    expect(['rust-nu-cli', 'rust-nu-engine', 'rust-nu-cmd-base', 'rust-itertools', 'rust-nu-utils'].map((n) => inWalk(n, range))).toEqual([true, true, true, false, false])
    const rust = { patterns: ['rust-*'], startFrom: 'rust-nu' }
    expect(['systemd', 'rust-libc', 'rust-nu-cli'].map((n) => inWalk(n, rust))).toEqual([false, false, true])
    expect(inWalk('python-django30', { patterns: ['python-django3'] })).toBe(false)
  })
  test('resume trimming', () => {
    expect(trimToResume(['a*', 'b*', 'c*'], 'b*')).toEqual(['b*', 'c*'])
    expect(trimToResume(['a*', 'b*', 'c*'], 'a*')).toEqual(['a*', 'b*', 'c*'])
    expect(trimToResume(['a*', 'b*', 'c*'], 'x*')).toEqual(['a*', 'b*', 'c*'])
    expect(trimToResume(['a*'], undefined)).toEqual(['a*'])
  })
})

const proj = (name: string, owner: string[], groups: Partial<DistGitProject['groups']> = {}): DistGitProject =>
  ({ name, fullname: `rpms/${name}`, users: { ...emptyUserAccess(), owner }, groups: { ...emptyGroupAccess(), ...groups } })
const f = (o: Partial<AccessFilter> = {}): AccessFilter => ({ user: 'alice', noGroups: false, includeGroups: [], excludeGroups: [], ...o })

describe('direct vs group-only access', () => {
  test('group mode keeps everything', () => {
    expect([proj('aaa', [], { commit: ['rust-sig'] }), proj('bbb', ['x'])].every((p) => keepProject(p, f({ user: undefined })))).toBe(true)
  })
  test('direct access always wins; --no-groups drops group-only', () => {
    expect(keepProject(proj('pkg', ['alice'], { commit: ['rust-sig'] }), f({ noGroups: true }))).toBe(true)
    expect(keepProject(proj('pkg', ['bob'], { commit: ['rust-sig'] }), f())).toBe(true)
    expect(keepProject(proj('pkg', ['bob'], { commit: ['rust-sig'] }), f({ noGroups: true }))).toBe(false)
    const ticket: DistGitProject = { ...proj('t', ['bob']), users: { ...emptyUserAccess(), owner: ['bob'], ticket: ['alice'] } }
    expect(keepProject(ticket, f({ noGroups: true }))).toBe(true)
  })
  test('--include-group / --exclude-group', () => {
    const inc = f({ includeGroups: ['rust-sig'] })
    expect(keepProject(proj('a', ['bob'], { commit: ['rust-sig'] }), inc)).toBe(true)
    expect(keepProject(proj('b', ['bob'], { commit: ['python-packagers-sig'] }), inc)).toBe(false)
    expect(keepProject(proj('owned', ['alice']), inc)).toBe(true)
    const exc = f({ excludeGroups: ['rust-sig'] })
    expect(keepProject(proj('a', ['bob'], { admin: ['rust-sig'] }), exc)).toBe(false)
    expect(keepProject(proj('b', ['bob'], { commit: ['python-packagers-sig'] }), exc)).toBe(true)
    expect(keepProject(proj('owned', ['alice'], { commit: ['rust-sig'] }), exc)).toBe(true)
    const two = f({ includeGroups: ['rust-sig', 'python-packagers-sig'] })
    const kept = [proj('a', ['x'], { commit: ['rust-sig'] }), proj('b', ['x'], { ticket: ['python-packagers-sig'] }), proj('c', ['x'], { commit: ['kde-sig'] })].filter((p) => keepProject(p, two)).map((p) => p.name)
    expect(kept).toEqual(['a', 'b'])
  })
})

describe('bounded concurrency', () => {
  test('results in input order, at most `limit` in flight, no new task after a failure', async () => {
    // Each task waits for the test to finish it, so the order of events is the test's, not the clock's.
    let inFlight = 0
    let peak = 0
    const started: number[] = []
    const finish = new Map<number, (fail: boolean) => void>()
    const settledP = runLimited([1, 2, 3, 4, 5, 6, 7, 8], 3, async (n) => {
      started.push(n)
      inFlight++
      peak = Math.max(peak, inFlight)
      const fail = await new Promise<boolean>((resolve) => finish.set(n, resolve))
      inFlight--
      if (fail) throw new Error('boom')
      return n * 10
    })
    const until = async (ready: () => boolean) => {
      while (!ready()) await new Promise((r) => setImmediate(r))
    }
    await until(() => started.length === 3)
    expect(started).toEqual([1, 2, 3])
    finish.get(3)!(false) // a slot frees: the next task starts
    await until(() => started.length === 4)
    finish.get(2)!(true) // a failure: no new task after it
    finish.get(1)!(false)
    finish.get(4)!(false)
    const settled = await settledP
    expect(peak).toBe(3)
    expect(started).toEqual([1, 2, 3, 4])
    expect(settled.map((r) => r.status)).toEqual(['done', 'failed', 'done', 'done', 'skipped', 'skipped', 'skipped', 'skipped'])
    expect(settled[0]).toEqual({ status: 'done', value: 10 })
  })
  test('mapOrdered throws the failure that comes first in input order', async () => {
    const p = mapOrdered([1, 2, 3], 3, async (n) => {
      await new Promise((r) => setTimeout(r, n === 3 ? 1 : 20))
      if (n >= 2) throw new Error(`fail ${n}`)
      return n
    })
    await expect(p).rejects.toThrow('fail 2')
  })
})
