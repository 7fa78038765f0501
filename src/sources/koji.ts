// A typed koji hub client (CBS and Fedora) over XML-RPC: the anonymous reads
// the CBS release checks, the Fedora lookups and hs-relmon-style reports need,
// with the signatures of koji's kojihub/kojihub.py (https://pagure.io/koji;
// docs/poi-tracker-compatibility.md, "koji over XML-RPC"). Results are
// validated into plain types; a malformed answer is a RemoteError, never a
// silently shorter list, because callers decide markers from these lists.

import { HttpClient, RemoteError, type HttpClientOptions } from './http.js'
import { XmlRpcClient, XmlRpcFault, isStruct, type CallOptions, type KwArgs, type XmlRpcCall, type XmlRpcInput, type XmlRpcValue } from './xmlrpc.js'

/** koji fault codes worth telling apart. */
export const KOJI_FAULT = { GENERIC: 1000, PARAMETER: 1019 } as const

/** koji build states (listBuilds `state`). */
export const KOJI_BUILD_STATE = { BUILDING: 0, COMPLETE: 1, DELETED: 2, FAILED: 3, CANCELED: 4 } as const

export interface KojiTag {
  id: number
  name: string
  locked?: boolean
  arches?: string | null
}

/** A build as listTagged returns it (the tag membership view). */
export interface KojiTaggedBuild {
  buildId: number
  /** The source package name (`package_name`, else `name`). */
  packageName: string
  nvr: string
  version: string
  release: string
  epoch: number | null
  tagName?: string
  ownerName?: string
  packageId?: number
}

/** A build as listBuilds returns it. */
export interface KojiBuild {
  buildId: number
  name: string
  version: string
  release: string
  nvr: string
  epoch: number | null
  state?: number
  packageId?: number
  ownerName?: string
}

export interface KojiRpm {
  id: number
  buildId: number
  name: string
  version: string
  release: string
  arch: string
}

export interface KojiTaggedRpms {
  rpms: KojiRpm[]
  builds: KojiTaggedBuild[]
}

/** A binary RPM joined to its source build (src RPMs left out). */
export interface KojiBinaryRpm {
  id: number
  name: string
  arch: string
  buildId: number
  sourceName: string
  sourceNvr: string
}

export interface KojiRpmFile {
  name: string
  mode: number
  flags: number
}

/** One entry of a tag's package list (listPackages with a tagID). */
export interface KojiPackageEntry {
  packageName: string
  /** The entry blocks the package: not built or shipped from this tag. */
  blocked: boolean
  /** Where the entry sits: the tag asked for, or the ancestor it was inherited from. */
  tagName?: string
}

export interface ListPackagesOptions {
  /** Follow the tag's inheritance (koji's `inherited`); default true. */
  inherited?: boolean
  /** Include blocked entries (koji's `with_blocked`, koji ≥ 1.28); default true. */
  withBlocked?: boolean
  /** Include owner_id/owner_name (koji's `with_owners`); default false, which shortens a large answer by a fifth. */
  withOwners?: boolean
  /** listPackages calls per system.multicall request (default 2); the requests run concurrently within the client's limit. */
  batchSize?: number
}

export interface ListTaggedOptions {
  /** Only the newest build per package (reduces payload; membership is unchanged). */
  latest?: boolean
  /** Walk the tag's inheritance. Send false explicitly for "tagged directly" questions. */
  inherit?: boolean
  /** Only this package's builds. */
  package?: string
  event?: number
  /** false: an unknown tag returns [] instead of faulting. */
  strict?: boolean
}

export type LatestTaggedResult =
  | { tag: string; package: string; ok: true; build: KojiTaggedBuild | null }
  | { tag: string; package: string; ok: false; fault: XmlRpcFault }

export type TaggedBuildsResult = { tag: string; ok: true; builds: KojiTaggedBuild[] } | { tag: string; ok: false; fault: XmlRpcFault }

/** Some tags of a scan faulted: the scan as a whole failed and nothing may be concluded from it. */
export class KojiScanError extends Error {
  override readonly name = 'KojiScanError'
  readonly exitCode = 3

  constructor(
    readonly hubUrl: string,
    readonly faults: ReadonlyArray<{ tag: string; fault: XmlRpcFault }>,
  ) {
    const first = faults[0]
    super(
      `${hubUrl}: listTagged failed for ${faults.length} tag(s)` +
        (first ? `, e.g. ${first.tag}: fault ${first.fault.faultCode}: ${first.fault.faultString}` : ''),
    )
  }
}

export interface KojiClientOptions {
  /**
   * After a request times out, fail every later call at once instead of
   * waiting on the hub again (the Rust tool's latch). Default true.
   */
  latchOnTimeout?: boolean
  /** Web UI base for build links; default: the hub URL with /kojihub replaced by /koji. */
  webUrl?: string
}

export class KojiClient {
  readonly rpc: XmlRpcClient
  readonly webUrl: string
  readonly #latchOnTimeout: boolean
  #latched: RemoteError | undefined

  constructor(rpc: XmlRpcClient, options: KojiClientOptions = {}) {
    this.rpc = rpc
    this.#latchOnTimeout = options.latchOnTimeout ?? true
    this.webUrl = (options.webUrl ?? kojiWebUrl(rpc.http.baseUrl)).replace(/\/+$/, '')
  }

  get service(): string {
    return this.rpc.http.service
  }

  get hubUrl(): string {
    return this.rpc.url
  }

  /** True once a timeout latched the hub as unresponsive. */
  get latched(): boolean {
    return this.#latched !== undefined
  }

  /** Cheap reachability probe; give it a short timeout for a pre-flight check. */
  async getAPIVersion(options: CallOptions = {}): Promise<number> {
    const v = await this.#call('getAPIVersion', [], undefined, options)
    return this.#int(v, 'getAPIVersion', 'result')
  }

  async getKojiVersion(options: CallOptions = {}): Promise<string> {
    const v = await this.#call('getKojiVersion', [], undefined, options)
    if (typeof v !== 'string') throw this.#malformed('getKojiVersion', 'the result is not a string')
    return v
  }

  /**
   * Active tags whose name matches a koji glob (`*`, `?`; case-insensitive
   * on the hub), sorted by name. Uses the `pattern` keyword (koji ≥ 1.25) and,
   * when the hub rejects it (fault 1019), lists every tag and filters here.
   */
  async listTagsMatching(pattern: string): Promise<KojiTag[]> {
    let raw: XmlRpcValue
    try {
      raw = await this.#call('listTags', [], { pattern, perms: false })
    } catch (err) {
      if (!(err instanceof XmlRpcFault) || err.faultCode !== KOJI_FAULT.PARAMETER) throw err
      const all = this.#tags(await this.#call('listTags', []), 'listTags')
      return all.filter((t) => kojiGlobMatch(pattern, t.name)).sort(byName)
    }
    return this.#tags(raw, 'listTags').sort(byName)
  }

  /** The tags one build (id or NVR) is in. An unknown build faults (No such build). */
  async listBuildTags(build: number | string): Promise<KojiTag[]> {
    return this.#tags(await this.#call('listTags', [build]), 'listTags')
  }

  /** A tag by name or id, or null when the hub does not know it. */
  async getTag(tag: string | number): Promise<KojiTag | null> {
    const v = await this.#call('getTag', [tag])
    if (v === null) return null
    const [decoded] = this.#tags([v], 'getTag')
    if (!decoded) throw this.#malformed('getTag', 'the tag has no name')
    return decoded
  }

  /** Builds in one tag, most recently tagged first. */
  async listTagged(tag: string, options: ListTaggedOptions = {}): Promise<KojiTaggedBuild[]> {
    return this.#taggedBuilds(await this.#call('listTagged', [tag], taggedKwargs(options)), `listTagged(${tag})`)
  }

  /**
   * listTagged for many tags through system.multicall (`batchSize` calls per
   * request). Each result is the tag's builds or its fault, in input order.
   */
  async listTaggedMany(tags: readonly string[], options: ListTaggedOptions & { batchSize?: number } = {}): Promise<TaggedBuildsResult[]> {
    const kwargs = taggedKwargs(options)
    const calls: XmlRpcCall[] = tags.map((tag) => (kwargs ? { method: 'listTagged', params: [tag], kwargs } : { method: 'listTagged', params: [tag] }))
    const results = await this.#multicall(calls, options.batchSize)
    return results.map((r, i): TaggedBuildsResult => {
      const tag = tags[i]
      return r.ok ? { tag, ok: true, builds: this.#taggedBuilds(r.value, `listTagged(${tag})`) } : { tag, ok: false, fault: r.fault }
    })
  }

  /**
   * The strict form for release scans: every tag's builds, or a KojiScanError
   * when any tag faulted (a partial scan must never be used).
   */
  async listTaggedAll(tags: readonly string[], options: ListTaggedOptions & { batchSize?: number } = {}): Promise<Map<string, KojiTaggedBuild[]>> {
    const results = await this.listTaggedMany(tags, options)
    const faults = results.flatMap((r) => (r.ok ? [] : [{ tag: r.tag, fault: r.fault }]))
    if (faults.length > 0) throw new KojiScanError(this.hubUrl, faults)
    const out = new Map<string, KojiTaggedBuild[]>()
    for (const r of results) if (r.ok) out.set(r.tag, r.builds)
    return out
  }

  /**
   * The latest build of each (tag, package) through the tag's inheritance
   * (`listTagged(tag, latest, inherit, package)`, what `koji list-tagged
   * --latest --inherit` asks), all in one system.multicall (`batchSize` calls
   * per request). Each answer is the build, null when the chain has none, or
   * the call's fault (an unknown tag faults), in input order.
   */
  async latestTaggedMany(lookups: ReadonlyArray<{ tag: string; package: string }>, options: { batchSize?: number } = {}): Promise<LatestTaggedResult[]> {
    const calls: XmlRpcCall[] = lookups.map((l) => ({ method: 'listTagged', params: [l.tag], kwargs: taggedKwargs({ latest: true, inherit: true, package: l.package }) }))
    const results = await this.#multicall(calls, options.batchSize)
    return results.map((r, i): LatestTaggedResult => {
      const { tag, package: pkg } = lookups[i]
      if (!r.ok) return { tag, package: pkg, ok: false, fault: r.fault }
      const builds = this.#taggedBuilds(r.value, `listTagged(${tag}, package=${pkg})`)
      return { tag, package: pkg, ok: true, build: builds[0] ?? null }
    })
  }

  /** A package's id, or null for a name the hub has never seen. */
  async getPackageID(name: string): Promise<number | null> {
    const v = await this.#call('getPackageID', [name])
    return v === null ? null : this.#int(v, 'getPackageID', 'result')
  }

  async getPackage(name: string): Promise<{ id: number; name: string } | null> {
    const v = await this.#call('getPackage', [name])
    if (v === null) return null
    if (!isStruct(v) || typeof v['name'] !== 'string') throw this.#malformed('getPackage', 'the result is not a package struct')
    return { id: this.#int(v['id'], 'getPackage', 'id'), name: v['name'] }
  }

  /** Builds of a package, by default COMPLETE ones newest first. Structs without an NVR are skipped (hs-relmon). */
  async listBuilds(options: { packageID: number; state?: number | null; order?: string }): Promise<KojiBuild[]> {
    const v = await this.#call('listBuilds', [], {
      packageID: options.packageID,
      state: options.state === undefined ? KOJI_BUILD_STATE.COMPLETE : options.state,
      queryOpts: { order: options.order ?? '-build_id' },
    })
    return this.#array(v, 'listBuilds').flatMap((item): KojiBuild[] => {
      if (!isStruct(item) || typeof item['nvr'] !== 'string') return []
      const name = str(item['name']) ?? str(item['package_name'])
      if (name === undefined) throw this.#malformed('listBuilds', `build ${item['nvr']} has no name`)
      return [
        {
          buildId: optInt(item['build_id']) ?? 0,
          name,
          version: str(item['version']) ?? '',
          release: str(item['release']) ?? '',
          nvr: item['nvr'],
          epoch: optInt(item['epoch']) ?? null,
          ...defined('state', optInt(item['state'])),
          ...defined('packageId', optInt(item['package_id'])),
          ...defined('ownerName', str(item['owner_name'])),
        },
      ]
    })
  }

  /** Binary and source RPMs of a tag's latest builds, no inheritance: `[rpms, builds]`. */
  async listTaggedRPMS(tag: string, options: { latest?: boolean } = {}): Promise<KojiTaggedRpms> {
    const v = await this.#call('listTaggedRPMS', [tag, null, false, options.latest ?? true])
    const parts = this.#array(v, 'listTaggedRPMS')
    if (parts.length !== 2) throw this.#malformed('listTaggedRPMS', `expected [rpms, builds], got ${parts.length} elements`)
    const rpms = this.#array(parts[0], 'listTaggedRPMS rpms').flatMap((r): KojiRpm[] => {
      if (!isStruct(r)) return []
      const id = optInt(r['id'])
      const buildId = optInt(r['build_id'])
      const name = str(r['name'])
      // hs-relmon drops RPMs lacking these; so do we.
      if (id === undefined || buildId === undefined || name === undefined) return []
      return [{ id, buildId, name, version: str(r['version']) ?? '', release: str(r['release']) ?? '', arch: str(r['arch']) ?? '' }]
    })
    const builds = this.#taggedBuilds(parts[1], 'listTaggedRPMS builds')
    return { rpms, builds }
  }

  /**
   * File lists of many RPMs via multicall. A faulting or malformed entry
   * becomes an empty list (hs-relmon); a wrong result count fails.
   */
  async listRPMFiles(rpmIds: readonly number[], options: { batchSize?: number } = {}): Promise<KojiRpmFile[][]> {
    const results = await this.#multicall(
      rpmIds.map((id) => ({ method: 'listRPMFiles', params: [id] })),
      options.batchSize,
    )
    return results.map((r) => {
      if (!r.ok || !Array.isArray(r.value)) return []
      return r.value.flatMap((f): KojiRpmFile[] => {
        if (!isStruct(f) || typeof f['name'] !== 'string') return []
        return [{ name: f['name'], mode: optInt(f['mode']) ?? 0, flags: optInt(f['flags']) ?? 0 }]
      })
    })
  }

  /**
   * The package list of every tag (by name), blocked entries included, via
   * system.multicall: one listPackages(tagID=…, inherited=…, with_blocked=…)
   * per tag, `batchSize` per request. Strict: a fault for any tag, a result
   * that is not a list, or an entry without a name or a boolean `blocked`
   * fails the whole call, because callers conclude "retired" or "shipped"
   * from these lists and a guessed entry would decide wrongly.
   */
  async listPackagesMany(tags: readonly string[], options: ListPackagesOptions = {}): Promise<Map<string, KojiPackageEntry[]>> {
    const kwargs = { inherited: options.inherited ?? true, with_blocked: options.withBlocked ?? true, with_owners: options.withOwners ?? false }
    const calls: XmlRpcCall[] = tags.map((tag) => ({ method: 'listPackages', params: [], kwargs: { tagID: tag, ...kwargs } }))
    const size = options.batchSize ?? 2
    const groups: XmlRpcCall[][] = []
    for (let i = 0; i < calls.length; i += size) groups.push(calls.slice(i, i + size))
    const answers = await Promise.all(groups.map((group) => this.#multicall(group, group.length)))
    const out = new Map<string, KojiPackageEntry[]>()
    answers.flat().forEach((r, i) => {
      const tag = tags[i]
      const what = `listPackages(${tag})`
      if (!r.ok) throw new XmlRpcFault(r.fault.faultCode, r.fault.faultString, what, this.hubUrl)
      out.set(tag, this.#array(r.value, what).map((e) => this.#packageEntry(e, what)))
    })
    return out
  }

  /** Web page of a build, e.g. https://cbs.centos.org/koji/buildinfo?buildID=70550. */
  buildUrl(buildId: number): string {
    return `${this.webUrl}/buildinfo?buildID=${buildId}`
  }

  async #call(method: string, params: readonly XmlRpcInput[], kwargs?: KwArgs, options: CallOptions = {}): Promise<XmlRpcValue> {
    return this.#guard(method, () => this.rpc.call(method, params, kwargs, options))
  }

  async #multicall(calls: readonly XmlRpcCall[], batchSize?: number) {
    return this.#guard('system.multicall', () => this.rpc.multicall(calls, batchSize === undefined ? {} : { batchSize }))
  }

  async #guard<T>(method: string, run: () => Promise<T>): Promise<T> {
    if (this.#latched) {
      throw new RemoteError({
        service: this.service,
        method: 'POST',
        url: this.hubUrl,
        kind: 'unavailable',
        attempts: 0,
        detail: `${method} not sent: an earlier request to this hub timed out (${this.#latched.detail}), so koji calls are skipped for the rest of the run`,
      })
    }
    try {
      return await run()
    } catch (err) {
      if (this.#latchOnTimeout && err instanceof RemoteError && err.kind === 'timeout') this.#latched = err
      throw err
    }
  }

  #tags(v: XmlRpcValue, method: string): KojiTag[] {
    // Structs without a string name are skipped, as hs-relmon does.
    return this.#array(v, method).flatMap((t): KojiTag[] => {
      if (!isStruct(t) || typeof t['name'] !== 'string') return []
      const arches = t['arches']
      return [
        {
          id: this.#int(t['id'], method, 'id'),
          name: t['name'],
          ...defined('locked', typeof t['locked'] === 'boolean' ? t['locked'] : undefined),
          ...defined('arches', typeof arches === 'string' || arches === null ? arches : undefined),
        },
      ]
    })
  }

  #packageEntry(e: XmlRpcValue, what: string): KojiPackageEntry {
    if (!isStruct(e)) throw this.#malformed(what, 'an entry is not a struct')
    const name = str(e['package_name'])
    const blocked = e['blocked']
    if (name === undefined || name === '') throw this.#malformed(what, 'an entry has no package_name')
    if (typeof blocked !== 'boolean') throw this.#malformed(what, `the entry of ${JSON.stringify(name)} has no boolean \`blocked\``)
    return { packageName: name, blocked, ...defined('tagName', str(e['tag_name'])) }
  }

  #taggedBuilds(v: XmlRpcValue, what: string): KojiTaggedBuild[] {
    return this.#array(v, what).map((b) => this.#taggedBuild(b, what))
  }

  #taggedBuild(b: XmlRpcValue, what: string): KojiTaggedBuild {
    if (!isStruct(b)) throw this.#malformed(what, 'a build is not a struct')
    const nvr = str(b['nvr'])
    const packageName = str(b['package_name']) ?? str(b['name'])
    // A build we cannot name would silently drop a package from a shipped set: refuse instead.
    if (nvr === undefined || packageName === undefined) throw this.#malformed(what, 'a build lacks nvr or package_name')
    const split = splitNvr(nvr)
    return {
      buildId: this.#int(b['build_id'] ?? b['id'], what, 'build_id'),
      packageName,
      nvr,
      version: str(b['version']) ?? split?.version ?? '',
      release: str(b['release']) ?? split?.release ?? '',
      epoch: optInt(b['epoch']) ?? null,
      ...defined('tagName', str(b['tag_name'])),
      ...defined('ownerName', str(b['owner_name'])),
      ...defined('packageId', optInt(b['package_id'])),
    }
  }

  #array(v: XmlRpcValue, what: string): XmlRpcValue[] {
    if (!Array.isArray(v)) throw this.#malformed(what, 'the result is not an array')
    return v
  }

  #int(v: XmlRpcValue | undefined, what: string, field: string): number {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw this.#malformed(what, `${field} is not an integer`)
    return v
  }

  #malformed(what: string, detail: string): RemoteError {
    return new RemoteError({ service: this.service, method: 'POST', url: this.hubUrl, kind: 'body', attempts: 1, detail: `unexpected ${what} answer: ${detail}` })
  }
}

export interface CreateKojiClientOptions extends Omit<HttpClientOptions, 'baseUrl' | 'service'>, KojiClientOptions {
  /** e.g. `cbs-koji` or `fedora-koji` (services.ts). */
  service: string
  /** The XML-RPC endpoint, e.g. https://cbs.centos.org/kojihub. */
  hubUrl: string
  /** Calls per multicall request. Default 100. */
  batchSize?: number
}

/**
 * A KojiClient with hub-friendly HTTP defaults: 60 s per request, no
 * keep-alive reuse (Fedora's proxies stalled re-used connections), at most 2
 * requests in flight, 5xx/resets/non-XML answers retried up to 3 times, and a
 * timeout not retried but latched.
 */
export function createKojiClient(options: CreateKojiClientOptions): KojiClient {
  const { hubUrl, batchSize, latchOnTimeout, webUrl, ...http } = options
  const client = new HttpClient({
    maxInFlight: 2,
    keepAlive: false,
    ...http,
    baseUrl: hubUrl,
    timeouts: { headersMs: 60_000, requestMs: 60_000, ...http.timeouts },
    retry: { maxAttempts: 4, retryOnTimeout: false, ...http.retry },
  })
  const kojiOptions: KojiClientOptions = {}
  if (latchOnTimeout !== undefined) kojiOptions.latchOnTimeout = latchOnTimeout
  if (webUrl !== undefined) kojiOptions.webUrl = webUrl
  return new KojiClient(new XmlRpcClient(client, batchSize === undefined ? {} : { batchSize }), kojiOptions)
}

/** The web UI base of a hub: `…/kojihub` → `…/koji`. */
export function kojiWebUrl(hubUrl: string): string {
  const trimmed = hubUrl.replace(/\/+$/, '')
  return /\/kojihub$/.test(trimmed) ? trimmed.replace(/\/kojihub$/, '/koji') : trimmed
}

/** koji's tag glob: `*` any run, `?` one character, everything else literal, case-insensitive (SQL ILIKE). */
export function kojiGlobMatch(pattern: string, name: string): boolean {
  const re = pattern.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '.*' : c === '?' ? '.' : '\\' + c))
  return new RegExp(`^${re}$`, 'is').test(name)
}

/** `systemd-256.12-1.fc42` → name, version, release; undefined with fewer than two hyphens or an empty name. */
export function splitNvr(nvr: string): { name: string; version: string; release: string } | undefined {
  const r = nvr.lastIndexOf('-')
  if (r <= 0) return undefined
  const v = nvr.lastIndexOf('-', r - 1)
  if (v <= 0) return undefined
  return { name: nvr.slice(0, v), version: nvr.slice(v + 1, r), release: nvr.slice(r + 1) }
}

function taggedKwargs(o: ListTaggedOptions): KwArgs | undefined {
  // A fixed keyword order (latest, inherit, …), so a request is byte-identical to the documents test/fakes/koji-documents.ts pins.
  const kw = { latest: o.latest, inherit: o.inherit, package: o.package, event: o.event, strict: o.strict }
  return Object.values(kw).some((v) => v !== undefined) ? kw : undefined
}

function str(v: XmlRpcValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined
}

function optInt(v: XmlRpcValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

function byName(a: KojiTag, b: KojiTag): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

/** Joins binary RPMs to their source builds by build id; src RPMs and orphans are left out. */
export function binaryRpms(tagged: KojiTaggedRpms): KojiBinaryRpm[] {
  const builds = new Map(tagged.builds.map((b) => [b.buildId, b]))
  return tagged.rpms.flatMap((r): KojiBinaryRpm[] => {
    const build = builds.get(r.buildId)
    if (r.arch === 'src' || !build) return []
    return [{ id: r.id, name: r.name, arch: r.arch, buildId: r.buildId, sourceName: build.packageName, sourceNvr: build.nvr }]
  })
}
