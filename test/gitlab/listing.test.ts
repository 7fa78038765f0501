// The GitLab group listing through @gitbeaker/rest on the HTTP layer, against
// a local fake GitLab (docs/poi-tracker-compatibility.md, "sync-gitlab").

import { afterEach, describe, expect, test } from '@jest/globals'
import { createGitlabHttp, listGroupProjects, type GitlabHttpOptions } from '../../src/sources/gitlab-groups.js'
import { RemoteError, type HttpClient } from '../../src/sources/http.js'
import { recordingSleep } from '../helpers/fake-http-server.js'
import { generatedProjects, startFakeGitlabGroups, type FakeGitlabGroupsOptions } from '../fakes/fake-gitlab-groups.js'

const GROUP = 'CentOS/Hyperscale/rpms'
const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

async function setup(fake: FakeGitlabGroupsOptions, client: Partial<GitlabHttpOptions> = {}) {
  const gl = await startFakeGitlabGroups(fake)
  const { sleep, delays } = recordingSleep()
  const http: HttpClient = createGitlabHttp({ base: gl.url, sleep, random: () => 0.5, ...client })
  open.push(gl, http)
  return { gl, http, delays }
}

describe('listGroupProjects', () => {
  test('follows x-next-page through 3 pages with poi-tracker\'s parameters, in GitLab order', async () => {
    const { gl, http } = await setup({ groups: { [GROUP]: generatedProjects(250) } })
    const { projects, pages } = await listGroupProjects(http, GROUP)
    expect(pages).toBe(3)
    expect(projects).toHaveLength(250)
    expect(projects[0]).toEqual({ name: 'pkg-0250', path: 'pkg-0250' })
    expect(new Set(projects.map((p) => p.name)).size).toBe(250)
    expect(gl.requests.map((r) => r.url)).toEqual([1, 2, 3].map((p) =>
      `/api/v4/groups/CentOS%2FHyperscale%2Frpms/projects?per_page=100&page=${p}&simple=true&include_subgroups=false`))
    expect(gl.requests[0].headers['user-agent']).toMatch(/^poi-gitops\//)
    expect(gl.requests[0].headers['private-token']).toBeUndefined()
    expect(http.stats()[gl.server.host]?.requests).toBe(3)
  })

  test('the archived filter reaches the URL, and GitLab filters on it', async () => {
    const { gl, http } = await setup({ groups: { [GROUP]: generatedProjects(300, 'pkg', 5) } })
    const { projects } = await listGroupProjects(http, GROUP, { archived: true })
    expect(gl.requests.map((r) => r.url)).toEqual(['/api/v4/groups/CentOS%2FHyperscale%2Frpms/projects?per_page=100&page=1&simple=true&include_subgroups=false&archived=true'])
    expect(projects).toHaveLength(60)
    expect(projects.every((p) => Number(p.name.slice(4)) % 5 === 0)).toBe(true)
  })

  test('the package name is the project name, not its path; subgroup projects are not listed', async () => {
    const { http } = await setup({
      groups: { [GROUP]: [{ name: 'libstdc++', path: 'libstdcplusplus' }, { name: 'tree', path: 'tree-pkg' }, { name: 'nested', subgroup: 'tests' }] },
    })
    const { projects } = await listGroupProjects(http, GROUP)
    expect(projects).toEqual([{ name: 'tree', path: 'tree-pkg' }, { name: 'libstdc++', path: 'libstdcplusplus' }])
  })

  test('a token is sent as PRIVATE-TOKEN and widens the listing to private projects', async () => {
    const fake = { groups: { [GROUP]: [{ name: 'public' }, { name: 'secret', private: true }] }, token: 's3cr3t-token' }
    const anonymous = await setup(fake)
    expect((await listGroupProjects(anonymous.http, GROUP)).projects.map((p) => p.name)).toEqual(['public'])
    const withToken = await setup(fake, { token: 's3cr3t-token' })
    expect((await listGroupProjects(withToken.http, GROUP)).projects.map((p) => p.name)).toEqual(['secret', 'public'])
    expect(withToken.gl.requests[0].headers['private-token']).toBe('s3cr3t-token')
  })

  test('5xx is retried with 1, 2 s back-off; then the page succeeds', async () => {
    const { http, delays, gl } = await setup({
      groups: { [GROUP]: generatedProjects(3) },
      override: (_req, n) => (n <= 2 ? { status: 503, body: '<html>503</html>', headers: { 'content-type': 'text/html' } } : undefined),
    })
    expect((await listGroupProjects(http, GROUP)).projects).toHaveLength(3)
    expect(delays).toEqual([1000, 2000])
    expect(gl.requests).toHaveLength(3)
  })

  test('429 waits as Retry-After asks (gitbeaker alone would not)', async () => {
    const { http, delays } = await setup({
      groups: { [GROUP]: generatedProjects(1) },
      override: (_req, n) => (n === 1 ? { status: 429, body: '{"message":"Retry later"}', headers: { 'retry-after': '7' } } : undefined),
    })
    expect((await listGroupProjects(http, GROUP)).projects).toHaveLength(1)
    expect(delays).toEqual([7000])
  })

  test('persistent 502 fails after 4 attempts with a RemoteError naming the URL', async () => {
    const { http, delays, gl } = await setup({ groups: {}, override: () => ({ status: 502, body: 'bad gateway' }) })
    const err = await listGroupProjects(http, GROUP).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RemoteError)
    expect((err as RemoteError).exitCode).toBe(3)
    expect((err as Error).message).toContain('/api/v4/groups/CentOS%2FHyperscale%2Frpms/projects')
    expect(gl.requests).toHaveLength(4)
    expect(delays).toEqual([1000, 2000, 4000])
  })

  test('an unknown group (404) fails at once; a token never appears in the message', async () => {
    const { http, gl } = await setup({ groups: {} }, { token: 'glpat-XYZSECRET' })
    const err = (await listGroupProjects(http, 'CentOS/Nope/rpms').catch((e: unknown) => e)) as RemoteError
    expect(err).toBeInstanceOf(RemoteError)
    expect(err.status).toBe(404)
    expect(gl.requests).toHaveLength(1)
    expect(err.message).not.toContain('glpat-XYZSECRET')
  })

  test.each([
    ['not an array', '{"message":"oops"}', 'page 1 of the projects of CentOS/Hyperscale/rpms does not have the expected shape: (root): expected Array, got Object'],
    ['a project without a name', '[{"path":"x"}]', 'does not have the expected shape: [0].name: missing'],
    ['a name that is not a string', '[{"name":7,"path":"x"}]', '[0].name: expected string, got 7'],
  ])('a malformed page fails the listing: %s', async (_what, body, detail) => {
    const { http } = await setup({ groups: {}, override: () => ({ status: 200, body }) })
    await expect(listGroupProjects(http, GROUP)).rejects.toThrow(detail)
  })

  test('a proxy that strips the pagination headers cannot shorten the listing unnoticed (x-total)', async () => {
    const { http } = await setup({ groups: { [GROUP]: generatedProjects(150) }, stripPagination: true })
    await expect(listGroupProjects(http, GROUP)).rejects.toThrow('the listing ended after 100 of 150 projects')
  })

  test('a page cap stops a proxy that paginates forever', async () => {
    const { http } = await setup({
      groups: {},
      override: (_req, n) => ({ status: 200, body: `[{"name":"p${n}","path":"p${n}"}]`, headers: { 'x-next-page': String(n + 1) } }),
    })
    await expect(listGroupProjects(http, GROUP, { maxPages: 5 })).rejects.toThrow('more than 5 pages')
  })
})
