import { afterEach, describe, expect, test } from '@jest/globals'
import { BodhiClient, ReleaseListError } from '../../src/sources/bodhi.js'
import { activeReleases } from '../../src/commands/triage/stale.js'
import { recordingSleep, sendJson, startFakeHttp, unknownRoute, type FakeServer, type Handler } from '../helpers/fake-http-server.js'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

async function serve(handler: Handler): Promise<{ server: FakeServer; bodhi: BodhiClient }> {
  const server = await startFakeHttp(handler)
  const { sleep } = recordingSleep()
  const bodhi = new BodhiClient({ baseUrl: server.url, sleep, random: () => 0.5, rowsPerPage: 2 })
  open.push(server, bodhi)
  return { server, bodhi }
}

const update = (alias: string, nvr: string, release = 'F43', status = 'stable') => ({ alias, status, release: { name: release }, builds: [{ nvr }] })

describe('Bodhi for the triage commands', () => {
  test('releases carry their stable tag; the triage filter keeps current/pending/frozen Fedora and EPEL, not ELN, Flatpak or archived', async () => {
    const releases = [
      { name: 'F43', branch: 'f43', id_prefix: 'FEDORA', state: 'current', stable_tag: 'f43-updates' },
      { name: 'EPEL-9', branch: 'epel9', id_prefix: 'FEDORA-EPEL', state: 'current', stable_tag: 'epel9' },
      { name: 'ELN', branch: 'eln', id_prefix: 'FEDORA', state: 'current', stable_tag: 'eln' },
      { name: 'F42F', branch: 'f42', id_prefix: 'FEDORA-FLATPAK', state: 'current', stable_tag: 'f42-flatpak-updates' },
      { name: 'F40', branch: 'f40', id_prefix: 'FEDORA', state: 'archived', stable_tag: 'f40-updates' },
      { name: 'F46', branch: 'f46', id_prefix: 'FEDORA', state: 'frozen', stable_tag: '' },
    ]
    const { bodhi } = await serve((req, res) => {
      if (req.url.startsWith('/releases/')) return sendJson(res, 200, { releases, total: releases.length, page: 1, pages: 1 })
      unknownRoute(req)
    })
    await expect(bodhi.releases()).resolves.toHaveLength(6)
    const active = activeReleases(await bodhi.releases())
    expect(active.map((r) => [r.name, r.stableTag])).toEqual([['F43', 'f43-updates'], ['EPEL-9', 'epel9'], ['F46', undefined]])
  })

  test('updates: comma lists, every page, duplicates kept once; pages 0 is one request', async () => {
    const all = [update('A', 'foo-1-1.fc43'), update('B', 'bar-2-1.fc43', 'F43', 'testing'), update('C', 'foo-2-1.fc43')]
    const { server, bodhi } = await serve((req, res) => {
      const u = new URL(req.url, 'http://x')
      if (u.pathname !== '/updates/') unknownRoute(req)
      if (u.searchParams.get('packages') === 'none') return sendJson(res, 200, { updates: [], total: 0, page: 1, pages: 0 })
      const page = Number(u.searchParams.get('page'))
      return sendJson(res, 200, { updates: all.slice((page - 1) * 2, page * 2), total: all.length, page, pages: 2 })
    })
    const got = await bodhi.updates({ packages: ['foo', 'bar'], releases: ['F43', 'F44'], statuses: ['stable', 'testing'] })
    expect(got).toEqual([
      { alias: 'A', status: 'stable', release: 'F43', nvrs: ['foo-1-1.fc43'] }, { alias: 'B', status: 'testing', release: 'F43', nvrs: ['bar-2-1.fc43'] },
      { alias: 'C', status: 'stable', release: 'F43', nvrs: ['foo-2-1.fc43'] },
    ])
    expect(server.requests[0].url).toBe('/updates/?packages=foo%2Cbar&releases=F43%2CF44&status=stable&status=testing&rows_per_page=2&page=1')
    expect(server.requests[0].headers['accept']).toBe('application/json')
    server.requests.length = 0
    expect(await bodhi.updates({ packages: ['none'], releases: ['F43'], statuses: ['stable'] })).toEqual([])
    expect(server.requests).toHaveLength(1)
    expect(await bodhi.updates({ packages: [], releases: ['F43'], statuses: ['stable'] })).toEqual([])
    expect(server.requests).toHaveLength(1)
  })

  test('pages that do not add up to the total are read again once, then the query fails (never a partial list)', async () => {
    let reads = 0
    const { bodhi } = await serve((req, res) => {
      reads++
      const page = Number(new URL(req.url, 'http://x').searchParams.get('page'))
      // An update appears between pages: page 2 repeats one and the total grows.
      return sendJson(res, 200, { updates: [update('A', 'foo-1-1.fc43')], total: page === 1 ? 2 : 3, page, pages: 2 })
    })
    await expect(bodhi.updates({ packages: ['foo'], releases: ['F43'], statuses: ['stable'] })).rejects.toBeInstanceOf(ReleaseListError)
    expect(reads).toBe(4)
  })
})
