// Remote answers that do not have the documented shape are refused with an
// error naming the field, never coerced (a missing name is not "undefined", a
// number is not a package name). Each against a local fake answering exactly
// the malformed document.

import { afterEach, describe, expect, test } from '@jest/globals'
import { BodhiClient } from '../../src/sources/bodhi.js'
import { RemoteError } from '../../src/sources/http.js'
import { PagureDistGit } from '../../src/sources/pagure.js'
import { recordingSleep, sendJson, startFakeHttp, unknownRoute, type FakeServer } from '../helpers/fake-http-server.js'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

/** A server answering `doc` on `path` (and failing the test on any other route). */
async function answering(path: string, doc: unknown): Promise<FakeServer> {
  const server = await startFakeHttp((req, res) => {
    if (new URL(req.url, 'http://x').pathname === path) return sendJson(res, 200, doc)
    unknownRoute(req)
  })
  open.push(server)
  return server
}

function pagure(url: string): PagureDistGit {
  const c = new PagureDistGit({ baseUrl: url, sleep: recordingSleep().sleep })
  open.push(c)
  return c
}

async function refusal(p: Promise<unknown>): Promise<RemoteError> {
  const err = await p.then(() => undefined, (e: unknown) => e)
  expect(err).toBeInstanceOf(RemoteError)
  return err as RemoteError
}

describe('Pagure', () => {
  test.each([
    ['a project without a name', { projects: [{ fullname: 'rpms/x' }], total_projects: 1 }, 'projects[0].name: missing'],
    ['a name that is a number', { projects: [{ name: 7 }], total_projects: 1 }, 'projects[0].name: expected string, got 7'],
    ['an ACL entry that is not a user name', { projects: [{ name: 'x', access_users: { owner: [null] } }], total_projects: 1 }, 'projects[0].access_users.owner[0]: expected string, got null'],
    ['no projects list', { total_projects: 0 }, 'projects: missing'],
    ['a page count that is not a whole number', { projects: [], pagination: { pages: 1.5 } }, 'pagination.pages'],
  ])('a listing page with %s is refused (exit 3), naming the field', async (_what, doc, field) => {
    const server = await answering('/api/0/projects', doc)
    const err = await refusal(pagure(server.url).listUserProjects('u'))
    expect(err.kind).toBe('body')
    expect(err.exitCode).toBe(3)
    expect(err.message).toContain('does not have the expected shape')
    expect(err.message).toContain(field)
    expect(server.requests).toHaveLength(1) // a malformed answer is not retried
  })

  test('group members must all be names', async () => {
    const server = await answering('/api/0/group/sig', { name: 'sig', members: ['a', { name: 'b' }] })
    expect((await refusal(pagure(server.url).groupMembers('sig'))).message).toContain('members[1]: expected string')
  })

  test('the owner-alias dump must map packages to user lists', async () => {
    const server = await answering('/extras/pagure_owner_alias.json', { rpms: { bash: 'alice' } })
    expect((await refusal(pagure(server.url).maintainerIndex())).message).toContain('rpms.bash: expected Array')
  })

  test('branches must be a list of names', async () => {
    const server = await answering('/api/0/rpms/bash/git/branches', { branches: 'rawhide' })
    expect((await refusal(pagure(server.url).branches('bash'))).message).toContain('the branches of bash does not have the expected shape: branches: expected Array')
  })

  test('a well-formed page with absent optional fields reads as empty ACLs', async () => {
    const server = await answering('/api/0/projects', { projects: [{ name: 'x', fullname: 'rpms/x' }], total_projects: 1 })
    const listing = await pagure(server.url).listUserProjects('u')
    expect(listing.projects).toEqual([{ name: 'x', fullname: 'rpms/x', users: { owner: [], admin: [], commit: [], collaborator: [], ticket: [] }, groups: { admin: [], commit: [], collaborator: [], ticket: [] } }])
  })
})

describe('Bodhi', () => {
  test.each([
    ['a release without id_prefix', { releases: [{ name: 'F43', branch: 'f43', state: 'current' }], total: 1, pages: 1 }, 'releases[0].id_prefix: missing'],
    ['a branch that is a number', { releases: [{ name: 'F43', branch: 43, id_prefix: 'FEDORA', state: 'current' }], total: 1, pages: 1 }, 'releases[0].branch'],
    ['no total', { releases: [], pages: 1 }, 'total: missing'],
  ])('a release page with %s is refused, naming the field', async (_what, doc, field) => {
    const server = await answering('/releases/', doc)
    const bodhi = new BodhiClient({ baseUrl: server.url, sleep: recordingSleep().sleep })
    open.push(bodhi)
    const err = await refusal(bodhi.releases())
    expect(err.message).toContain(field)
  })
})
