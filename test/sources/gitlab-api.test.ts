// gitbeaker on the HTTP layer (the adapter both the group listings and the
// GitLab forge use): gitbeaker shapes the request, HttpClient sends it with
// its retry policy, and GitLab's own error text reaches the error.

import { afterEach, describe, expect, test } from '@jest/globals'
import { MergeRequests, Projects } from '@gitbeaker/rest'
import { createGitlabHttp, gitlabRequester } from '../../src/sources/gitlab-api.js'
import { RemoteError } from '../../src/sources/http.js'
import { recordingSleep, sendJson, startFakeHttp, unknownRoute, type Handler } from '../helpers/fake-http-server.js'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

async function setup(handler: Handler) {
  const server = await startFakeHttp(handler)
  const { sleep, delays } = recordingSleep()
  const http = createGitlabHttp({ base: server.url, token: 'glpat-adapterToken123', sleep, random: () => 0.5 })
  open.push(server, http)
  const config = { host: server.url, requesterFn: gitlabRequester(http), queryTimeout: null }
  return { server, http, delays, mergeRequests: new MergeRequests(config), projects: new Projects(config) }
}

describe('gitbeaker through HttpClient', () => {
  test("gitbeaker's request shape: snake_case JSON body, the token from the client, nested resource paths", async () => {
    const { server, mergeRequests } = await setup((req, res) => {
      if (req.method === 'POST' && req.url === '/api/v4/projects/acme%2Finventory/merge_requests') return sendJson(res, 201, { iid: 3 })
      unknownRoute(req)
    })
    const mr = await mergeRequests.create('acme/inventory', 'topic', 'main', 'Title', { removeSourceBranch: true, labels: 'a,b' })
    expect(mr).toEqual({ iid: 3 })
    const [req] = server.requests
    expect(JSON.parse(req.body)).toEqual({ source_branch: 'topic', target_branch: 'main', title: 'Title', remove_source_branch: true, labels: 'a,b' })
    expect(req.headers['private-token']).toBe('glpat-adapterToken123')
    expect(req.headers['content-type']).toBe('application/json')
  })

  test('a read is retried on 502; a write is not sent twice; the error carries GitLab\'s message, not the token', async () => {
    let reads = 0
    const { server, delays, projects, mergeRequests } = await setup((req, res) => {
      if (req.method === 'GET' && req.url === '/api/v4/projects/42') return ++reads === 1 ? sendJson(res, 502, { message: 'bad gateway' }) : sendJson(res, 200, { id: 42 })
      if (req.method === 'POST') return sendJson(res, 502, { message: ['Gateway trouble for glpat-adapterToken123'] })
      unknownRoute(req)
    })
    expect(await projects.show(42)).toEqual({ id: 42 })
    expect(delays).toEqual([1000])
    const err = (await mergeRequests.create(42, 'a', 'b', 't').catch((e: unknown) => e)) as RemoteError
    expect(err).toBeInstanceOf(RemoteError)
    expect(err.status).toBe(502)
    expect(err.serviceMessage).toBe('Gateway trouble for [redacted]')
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  test('a 2xx page that is not JSON (a proxy speaking) is retried, then fails as a body error', async () => {
    const { server, projects } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('<html>captive portal</html>')
    })
    const err = (await projects.show(1).catch((e: unknown) => e)) as RemoteError
    expect(err.kind).toBe('body')
    expect(err.message).toContain('the response is not JSON')
    expect(server.requests).toHaveLength(4)
  })
})
