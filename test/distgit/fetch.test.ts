// sync-distgit's fetch step hands each finished listing to `inspect` while
// the others are still under way (the access filter is decided there, off the
// run's tail), and never a listing that failed.

import { describe, expect, test } from '@jest/globals'
import { fetchProjects } from '../../src/commands/distgit/fetch.js'
import { emptyGroupAccess, emptyUserAccess, type DistGit, type DistGitProject, type ProjectListing } from '../../src/sources/distgit.js'

const proj = (name: string): DistGitProject => ({ name, fullname: `rpms/${name}`, users: { ...emptyUserAccess(), owner: ['u'] }, groups: emptyGroupAccess() })

describe('fetchProjects: inspect', () => {
  test('each finished listing is inspected once, as it finishes, with its client-side matches only; a failed one is not', async () => {
    const release = new Map<string, (outcome: ProjectListing | Error) => void>()
    const dg = {
      listUserProjects: (_user: string, pattern?: string) =>
        new Promise<ProjectListing>((resolve, reject) => release.set(pattern ?? '', (o) => (o instanceof Error ? reject(o) : resolve(o)))),
    } as unknown as DistGit
    const inspected: string[][] = []
    const done = fetchProjects(dg, { kind: 'user', user: 'u' }, ['a*', 'b*', 'c*'], { jobs: 3, log: () => {}, inspect: (ps) => inspected.push(ps.map((p) => p.name)) })
    const until = async (ready: () => boolean) => {
      while (!ready()) await new Promise((r) => setImmediate(r))
    }
    await until(() => release.size === 3)
    // The server answers a superset; only the client-side matches reach inspect.
    release.get('b*')!({ projects: [proj('banana'), proj('Blueberry'), proj('xb-not-b')], requests: 1, verified: true, dropped: 0 })
    await until(() => inspected.length === 1)
    expect(inspected).toEqual([['banana', 'Blueberry']])
    release.get('a*')!({ projects: [proj('apple')], requests: 1, verified: true, dropped: 0 })
    await until(() => inspected.length === 2)
    release.get('c*')!(new Error('HTTP 502'))
    const result = await done
    expect(inspected).toEqual([['banana', 'Blueberry'], ['apple']])
    expect(result.failure?.pattern).toBe('c*')
    expect(result.projects.map((p) => p.name)).toEqual(['apple', 'banana', 'Blueberry'])
  })
})
