import { afterEach, describe, expect, test } from '@jest/globals'
import { RemoteError } from '../../src/sources/http.js'
import { KojiClient, KojiScanError, binaryRpms, createKojiClient, kojiGlobMatch, kojiWebUrl, splitNvr, type CreateKojiClientOptions } from '../../src/sources/koji.js'
import { XmlRpcFault } from '../../src/sources/xmlrpc.js'
import { recordingSleep } from '../helpers/fake-http-server.js'
import { startFakeCbsKoji, type FakeCbsKoji, type FakeCbsKojiOptions } from '../fakes/fake-cbs-koji.js'
import * as doc from '../fakes/koji-documents.js'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

async function setup(hubOptions: FakeCbsKojiOptions = {}, clientOptions: Partial<CreateKojiClientOptions> = {}): Promise<{ hub: FakeCbsKoji; koji: KojiClient; delays: number[] }> {
  const hub = await startFakeCbsKoji(hubOptions)
  const { sleep, delays } = recordingSleep()
  const koji = createKojiClient({ service: 'cbs-koji', hubUrl: hub.hubUrl, sleep, random: () => 0.5, ...clientOptions })
  open.push(hub, koji.rpc.http)
  return { hub, koji, delays }
}

describe('KojiClient against a fake CBS hub', () => {
  test('getAPIVersion: koji\'s request document, an int back', async () => {
    const { hub, koji } = await setup()
    expect(await koji.getAPIVersion()).toBe(1)
    expect(await koji.getKojiVersion()).toBe('1.35.1')
    expect(hub.requests[0].body).toBe(doc.GET_API_VERSION_REQUEST)
    expect(hub.requests[0].headers['user-agent']).toMatch(/^poi-gitops\/0\.1\.0 /)
    // Hub requests do not re-use connections.
    expect(hub.requests[0].headers['connection']).toBe('close')
  })

  test('listTagsMatching sends the keyword pattern exactly as koji\'s client does and sorts the names', async () => {
    const { hub, koji } = await setup()
    const tags = await koji.listTagsMatching('hyperscale*-release')
    expect(hub.requests[0].body).toBe(doc.LIST_TAGS_PATTERN_REQUEST)
    expect(tags.map((t) => t.name)).toEqual(['hyperscale8s-packages-main-release', 'hyperscale9-packages-main-release', 'hyperscale9s-packages-main-release'])
    expect(tags[0]).toEqual({ id: 2290, name: 'hyperscale8s-packages-main-release', locked: true, arches: null })
  })

  test('a pre-1.25 hub (fault 1019 on pattern) falls back to all tags filtered here, case-insensitively', async () => {
    const { hub, koji } = await setup({ rejectPattern: true })
    const tags = await koji.listTagsMatching('hyperscale*-release')
    expect(hub.calls.map((c) => [c.method, c.params])).toEqual([
      ['listTags', [{ pattern: 'hyperscale*-release', perms: false, __starstar: true }]],
      ['listTags', []],
    ])
    expect(tags.map((t) => t.name)).toEqual(['HYPERSCALE9s-packages-main-release', 'hyperscale9-packages-main-release'])
  })

  test('listTagged: koji\'s request document (latest, no inheritance) and typed builds', async () => {
    const { hub, koji } = await setup()
    const builds = await koji.listTagged('hyperscale9s-packages-main-release', { latest: true, inherit: false })
    expect(hub.requests[0].body).toBe(doc.LIST_TAGGED_REQUEST)
    expect(builds).toEqual([
      {
        buildId: 61758,
        packageName: 'ethtool',
        nvr: 'ethtool-6.15-3.hs.el9',
        version: '6.15',
        release: '3.hs.el9',
        epoch: 2,
        tagName: 'hyperscale9s-packages-main-release',
        ownerName: 'salimma',
        packageId: 8491,
      },
      {
        buildId: 60104,
        packageName: 'socat',
        nvr: 'socat-1.7.4.4-4.hs.el9',
        version: '1.7.4.4',
        release: '4.hs.el9',
        epoch: null,
        tagName: 'hyperscale9s-packages-main-release',
        ownerName: 'dcavalca',
        packageId: 9120,
      },
    ])
  })

  test('a build without nvr or package name is a RemoteError, never a silently shorter list', async () => {
    const { koji } = await setup()
    const err = await koji.listTagged('broken-release').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RemoteError)
    expect(err).toMatchObject({ kind: 'body', exitCode: 3 })
    expect((err as Error).message).toContain('unexpected listTagged(broken-release) answer: a build lacks nvr or package_name')
  })

  test('listTaggedMany: one multicall, per-tag builds or fault; listTaggedAll refuses a partial scan', async () => {
    const { hub, koji } = await setup()
    const tags = ['hyperscale9s-packages-main-release', 'hyperscale10s-packages-gone-release']
    const results = await koji.listTaggedMany(tags, { latest: true, inherit: false })
    expect(hub.requests).toHaveLength(1)
    expect(hub.calls.map((c) => c.params)).toEqual(tags.map((t) => [t, { latest: true, inherit: false, __starstar: true }]))
    expect(results[0]).toMatchObject({ tag: tags[0], ok: true })
    expect(results[0].ok && results[0].builds.map((b) => b.packageName)).toEqual(['ethtool', 'socat'])
    expect(results[1]).toMatchObject({ tag: tags[1], ok: false })
    expect(!results[1].ok && results[1].fault).toBeInstanceOf(XmlRpcFault)

    const err = await koji.listTaggedAll(tags, { latest: true, inherit: false }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(KojiScanError)
    expect((err as KojiScanError).faults.map((f) => f.tag)).toEqual(['hyperscale10s-packages-gone-release'])
    expect((err as Error).message).toContain("listTagged failed for 1 tag(s), e.g. hyperscale10s-packages-gone-release: fault 1000: No such tagInfo: 'hyperscale10s-packages-gone-release'")
  })

  test('listTaggedAll: every tag in order, batched', async () => {
    const { hub, koji } = await setup()
    const tags = ['hyperscale9s-packages-main-release', 'hyperscale9-packages-main-release', 'hyperscale10s-packages-main-release', 'hyperscale10-packages-main-release', 'hyperscale10s-packages-facebook-release']
    const all = await koji.listTaggedAll(tags, { latest: true, inherit: false, batchSize: 2 })
    expect(hub.requests).toHaveLength(3)
    expect([...all.keys()]).toEqual(tags)
    expect(all.get('hyperscale9-packages-main-release')).toEqual([
      // A multicall answer with only package_name, nvr and build_id: version and release come from the NVR.
      { buildId: 61758, packageName: 'ethtool', nvr: 'ethtool-6.15-3.hs.el9', version: '6.15', release: '3.hs.el9', epoch: null },
    ])
    expect(all.get('hyperscale10s-packages-facebook-release')).toEqual([])
  })

  test('getPackageID / getPackage: an id, or null for an unknown name', async () => {
    const { hub, koji } = await setup()
    expect(await koji.getPackageID('ethtool')).toBe(8491)
    expect(hub.requests[0].body).toBe(doc.GET_PACKAGE_ID_REQUEST)
    expect(await koji.getPackageID('no-such-package')).toBeNull()
    expect(await koji.getPackage('ethtool')).toEqual({ id: 8491, name: 'ethtool' })
    expect(await koji.getPackage('nope')).toBeNull()
  })

  test('getTag: a tag or null', async () => {
    const { koji } = await setup()
    expect(await koji.getTag('hyperscale9s-packages-main-release')).toEqual({ id: 3082, name: 'hyperscale9s-packages-main-release' })
    expect(await koji.getTag('nope')).toBeNull()
  })

  test('listBuilds: keyword form with COMPLETE and newest first; three ethtool builds', async () => {
    const { hub, koji } = await setup()
    const builds = await koji.listBuilds({ packageID: 8491 })
    expect(hub.calls[0].params).toEqual([{ packageID: 8491, state: 1, queryOpts: { order: '-build_id' }, __starstar: true }])
    expect(builds.map((b) => [b.buildId, b.nvr])).toEqual([
      [61758, 'ethtool-6.15-3.hs.el9'],
      [61757, 'ethtool-6.15-3.hs.el10'],
      [59940, 'ethtool-6.14-1.hs.el10'],
    ])
    expect(builds[0]).toEqual({ buildId: 61758, name: 'ethtool', version: '6.15', release: '3.hs.el9', nvr: 'ethtool-6.15-3.hs.el9', epoch: 2, state: 1, packageId: 8491, ownerName: 'salimma' })
  })

  test('listBuildTags: koji\'s request document; an unknown build faults', async () => {
    const { hub, koji } = await setup()
    const tags = await koji.listBuildTags(61758)
    expect(hub.requests[0].body).toBe(doc.LIST_BUILD_TAGS_REQUEST)
    expect(tags.map((t) => t.name)).toEqual(['hyperscale9s-packages-main-candidate', 'hyperscale9s-packages-main-testing', 'hyperscale9s-packages-main-release'])
    await expect(koji.listBuildTags(1)).rejects.toBeInstanceOf(XmlRpcFault)
  })

  test('listTaggedRPMS: koji\'s request document; 6 binaries joined to their source builds', async () => {
    const { hub, koji } = await setup()
    const tagged = await koji.listTaggedRPMS('hyperscale9s-packages-main-release')
    expect(hub.requests[0].body).toBe(doc.LIST_TAGGED_RPMS_REQUEST)
    expect(tagged.rpms).toHaveLength(8)
    const bins = binaryRpms(tagged)
    expect(bins).toHaveLength(6)
    expect(bins.some((b) => b.arch === 'src')).toBe(false)
    expect(bins.find((b) => b.name === 'ethtool' && b.arch === 'x86_64')).toEqual({ id: 1002, name: 'ethtool', arch: 'x86_64', buildId: 100, sourceName: 'ethtool', sourceNvr: 'ethtool-7.0-1.hs.el9' })
    expect(new Set(bins.filter((b) => b.name === 'ynl').map((b) => b.sourceName))).toEqual(new Set(['ethtool', 'ynl']))
  })

  test('listRPMFiles: one multicall; directory and ghost flags; a fault becomes an empty list', async () => {
    const { hub, koji } = await setup()
    const lists = await koji.listRPMFiles([1003, 1007, 9999])
    expect(hub.requests).toHaveLength(1)
    expect(lists[0]).toEqual([
      { name: '/usr/bin/ynl', mode: 33261, flags: 0 },
      { name: '/usr/share/ynl', mode: 16877, flags: 0 },
      { name: '/var/lib/ynl/state', mode: 33188, flags: 64 },
    ])
    expect((lists[0][1].mode & 0o170000) === 0o040000).toBe(true)
    expect(lists[1]).toEqual([])
    expect(lists[2]).toEqual([])
  })

  test('a 5xx from the hub is retried through the HTTP layer, then the call succeeds', async () => {
    const { hub, koji, delays } = await setup({ failFirst: 2 })
    expect(await koji.getPackageID('ethtool')).toBe(8491)
    expect(hub.requests).toHaveLength(3)
    expect(delays).toEqual([1000, 2000])
    expect(koji.rpc.http.stats()[new URL(hub.hubUrl).host]).toMatchObject({ requests: 3, retries: 2, failures: 0 })
  })

  test('after a timeout the hub is latched: later calls fail at once without a request', async () => {
    const { hub, koji } = await setup({ answer: (call) => (call.method === 'getAPIVersion' ? 'hang' : undefined) }, { timeouts: { requestMs: 100 } })
    const first = await koji.getAPIVersion().catch((e: unknown) => e)
    expect(first).toMatchObject({ kind: 'timeout', attempts: 1 })
    expect(koji.latched).toBe(true)
    const second = await koji.getPackageID('ethtool').catch((e: unknown) => e)
    expect(second).toBeInstanceOf(RemoteError)
    expect(second).toMatchObject({ kind: 'unavailable' })
    expect((second as Error).message).toContain('getPackageID not sent: an earlier request to this hub timed out')
    expect(hub.requests).toHaveLength(1)
  })

  test('the latch can be turned off', async () => {
    const { hub, koji } = await setup(
      { answer: (call) => (call.method === 'getAPIVersion' ? 'hang' : undefined) },
      { timeouts: { requestMs: 100 }, latchOnTimeout: false },
    )
    await expect(koji.getAPIVersion()).rejects.toBeInstanceOf(RemoteError)
    expect(await koji.getPackageID('ethtool')).toBe(8491)
    expect(hub.requests).toHaveLength(2)
  })

  test('build links point at the web UI', async () => {
    const { koji } = await setup()
    expect(koji.buildUrl(70550)).toBe(koji.webUrl + '/buildinfo?buildID=70550')
    expect(kojiWebUrl('https://cbs.centos.org/kojihub')).toBe('https://cbs.centos.org/koji')
    expect(kojiWebUrl('https://example.com/kojihub/')).toBe('https://example.com/koji')
    const cbs = createKojiClient({ service: 'cbs-koji', hubUrl: 'https://cbs.centos.org/kojihub/' })
    open.push(cbs.rpc.http)
    expect(cbs.hubUrl).toBe('https://cbs.centos.org/kojihub')
    expect(cbs.buildUrl(70550)).toBe('https://cbs.centos.org/koji/buildinfo?buildID=70550')
  })
})

describe('koji helpers', () => {
  test('koji glob: * and ? only, literal otherwise, case-insensitive', () => {
    expect(kojiGlobMatch('hyperscale*-release', 'hyperscale10s-packages-main-release')).toBe(true)
    expect(kojiGlobMatch('hyperscale*-release', 'HYPERSCALE9-packages-main-release')).toBe(true)
    expect(kojiGlobMatch('hyperscale*-release', 'hyperscale10s-packages-main-testing')).toBe(false)
    expect(kojiGlobMatch('proposed_updates*-release', 'proposed_updates9s-packages-main-release')).toBe(true)
    expect(kojiGlobMatch('proposed_updates*-release', 'proposedXupdates9s-packages-main-release')).toBe(false)
    expect(kojiGlobMatch('f4?', 'f43')).toBe(true)
    expect(kojiGlobMatch('f4?', 'f4')).toBe(false)
    expect(kojiGlobMatch('a.b', 'axb')).toBe(false)
  })

  test('NVR split, as poi-tracker\'s koji helpers pin it', () => {
    expect(splitNvr('systemd-256.12-1.fc42')).toEqual({ name: 'systemd', version: '256.12', release: '1.fc42' })
    expect(splitNvr('intel-gpu-tools-1.28-2.hs.el10')).toEqual({ name: 'intel-gpu-tools', version: '1.28', release: '2.hs.el10' })
    expect(splitNvr('nohyphens')).toBeUndefined()
    expect(splitNvr('one-hyphen')).toBeUndefined()
    expect(splitNvr('-1.0-1')).toBeUndefined()
  })
})
