// A fake Fedora koji hub on 127.0.0.1 serving the two call families
// poi-gitops sends to it, from one world of tags:
// - listTagged(tag, inherit=…, latest=True, package=…), alone or inside
//   system.multicall (the triage commands): the first tag along the
//   inheritance chain that holds the package gives its most recently tagged
//   build; without `inherit` only the tag itself counts; an unknown tag faults
//   "No such tagInfo" (strict=True, the default) or lists nothing.
// - listPackages(tagID=…, inherited=…, with_blocked=…, with_owners=…), alone or
//   inside system.multicall (prune-retired --fast and sync-distgit
//   --mark-unshipped): the tag's package list, each entry with package_id,
//   package_name, tag_id, tag_name (the tag the entry sits on: an ancestor when
//   inherited), extra_arches and blocked, plus owner_id and owner_name unless
//   with_owners is false; an unknown tag faults "No such entry in table tag".
// The answers have the shapes of koji's hub (kojihub/kojihub.py:
// readTaggedBuilds, readPackageList; https://pagure.io/koji). Any other method,
// a keyword the method's signature lacks, or a call shape the fake does not
// play fails the test.

import { EMPTY_ARRAY, checkKeywords, startKojiHub, taggedBuildStruct, xv, type FakeAnswer, type FakeKojiCall, type KojiHub, type RawResponse } from './koji-hub.js'
import type { FakeData } from './distgit-fixtures.js'

/** One entry of a tag's package list. */
export interface FakeKojiPackage {
  name: string
  blocked: boolean
  /**
   * The tag the entry sits on, when it is inherited (default the tag itself).
   * Named here rather than through `parent`, because a release tag inherits
   * its blocks from old tags the tests do not otherwise model.
   */
  from?: string
}

export interface FakeKojiTag {
  /** The parent in the inheritance chain, walked by listTagged with inherit=True. */
  parent?: string
  /** package → NVRs tagged here, most recently tagged last (listTagged; a tag without it fails a listTagged that reaches it). */
  builds?: Record<string, string[]>
  /**
   * The package list as listPackages(inherited=True) returns it (a tag without
   * it fails a listPackages call on it, rather than faulting); inherited=False
   * keeps the entries without `from`. A Fedora release tag lists tens of
   * thousands of packages: each answer is rendered once per array, so replace
   * the array (not its entries) to change the list.
   */
  packages?: FakeKojiPackage[]
}

export type FakeKojiTags = Record<string, FakeKojiTag>

export interface FakeFedoraKojiOptions {
  /** Delay before every answer. */
  latencyMs?: number
  /** Never answer a call about these tags (the client times out). */
  hangOn?: readonly string[]
  /** Fault on calls about these tags. */
  faultOn?: readonly string[]
  /** Per call about `tag`: another answer (a fault, a raw `<value>`, or 'hang'); undefined lets the world answer. */
  answer?: (tag: string, call: FakeKojiCall) => FakeAnswer | undefined
  /** Per HTTP request (numbered from 1 since the start or reset()): a whole other response, e.g. a proxy's 502 page, or 'hang'. */
  respond?: (n: number) => RawResponse | 'hang' | undefined
}

export interface FakeFedoraKoji extends KojiHub {
  tags: FakeKojiTags
  /** listTagged lookups answered, as `tag/package`. */
  lookups: string[]
}

/** koji's listTagged signature (after `tag`). */
const LIST_TAGGED_KWARGS = new Set(['event', 'inherit', 'prefix', 'latest', 'package', 'owner', 'type', 'strict', 'extra', 'draft'])
/** koji's listPackages signature. */
const LIST_PACKAGES_KWARGS = new Set(['tagID', 'userID', 'pkgID', 'prefix', 'inherited', 'with_dups', 'event', 'queryOpts', 'with_owners', 'with_blocked'])

export async function startFakeFedoraKoji(tags: FakeKojiTags, options: FakeFedoraKojiOptions = {}): Promise<FakeFedoraKoji> {
  const lookups: string[] = []
  const packageId = numbering(1000)
  const tagId = numbering(70000)
  let nextBuild = 100000
  const rendered = new WeakMap<FakeKojiPackage[], Map<string, string>>()

  /** What the options make of a call about `tag`, before the world answers. */
  const staged = (tag: string, call: FakeKojiCall): FakeAnswer | undefined => {
    if (options.hangOn?.includes(tag)) return 'hang'
    if (options.faultOn?.includes(tag)) return { fault: [1000, `GenericError: injected failure for ${tag}`] }
    return options.answer?.(tag, call)
  }

  const listTagged = (call: FakeKojiCall): FakeAnswer => {
    const kw = checkKeywords(call, LIST_TAGGED_KWARGS)
    const [tag, ...rest] = call.params.filter((p) => p !== kw)
    if (typeof tag !== 'string' || rest.length > 0) throw new Error(`fake koji: plays listTagged(tag, **kwargs) only, got ${JSON.stringify(call.params)}`)
    const pkg = kw['package']
    if (typeof pkg !== 'string' || kw['latest'] !== true) throw new Error('fake koji: plays listTagged lookups with latest=True and package=… only')
    for (const k of ['event', 'prefix', 'owner', 'type', 'extra', 'draft']) if (kw[k] !== undefined && kw[k] !== null) throw new Error(`fake koji: does not play listTagged ${k}`)
    lookups.push(`${tag}/${pkg}`)
    const custom = staged(tag, call)
    if (custom) return custom
    if (!(tag in tags)) return kw['strict'] === false ? { value: EMPTY_ARRAY } : { fault: [1000, `No such tagInfo: '${tag}'`] }
    for (let t: string | undefined = tag, depth = 0; t !== undefined && depth < 20; depth++) {
      const node: FakeKojiTag | undefined = tags[t]
      if (!node) break
      if (!node.builds) throw new Error(`fake koji: the world gives no builds for tag ${t}`)
      const nvrs = node.builds[pkg]
      if (nvrs && nvrs.length > 0) {
        const build = taggedBuildStruct({ id: nextBuild++, packageId: packageId(pkg), nvr: nvrs[nvrs.length - 1], tag: t, tagId: tagId(t), owner: 'packager' })
        return { value: xv.array([build]) }
      }
      if (kw['inherit'] !== true) break
      t = node.parent
    }
    return { value: EMPTY_ARRAY }
  }

  const listPackages = (call: FakeKojiCall): FakeAnswer => {
    const kw = checkKeywords(call, LIST_PACKAGES_KWARGS)
    const positional = call.params.filter((p) => p !== kw)
    const tag = kw['tagID'] ?? positional[0]
    if (typeof tag !== 'string') throw new Error(`fake koji: plays listPackages by tag name only, got ${JSON.stringify(call.params)}`)
    for (const k of ['userID', 'pkgID', 'prefix', 'with_dups', 'event', 'queryOpts']) if (kw[k] !== undefined && kw[k] !== null) throw new Error(`fake koji: does not play listPackages ${k}`)
    const custom = staged(tag, call)
    if (custom) return custom
    if (!(tag in tags)) return { fault: [1000, `No such entry in table tag: ${tag}`] }
    const entries = tags[tag].packages
    if (!entries) throw new Error(`fake koji: the world gives no package list for tag ${tag}`)
    const inherited = kw['inherited'] === true
    const withBlocked = kw['with_blocked'] !== false
    const withOwners = kw['with_owners'] !== false
    const key = `${tag}\0${inherited}\0${withBlocked}\0${withOwners}`
    let variants = rendered.get(entries)
    if (!variants) rendered.set(entries, (variants = new Map()))
    let value = variants.get(key)
    if (value === undefined) {
      const kept = entries.filter((e) => (inherited || (e.from ?? tag) === tag) && (withBlocked || !e.blocked))
      value = xv.array(kept.map((e) => packageEntryStruct(e.name, e.blocked, e.from ?? tag, packageId, tagId, withOwners)))
      variants.set(key, value)
    }
    return { value }
  }

  const serve = (call: FakeKojiCall): FakeAnswer => {
    if (call.method === 'listTagged') return listTagged(call)
    if (call.method === 'listPackages') return listPackages(call)
    throw new Error(`the fake Fedora hub does not serve ${call.method}`)
  }
  const hub = await startKojiHub(serve, {
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    ...(options.respond ? { intercept: options.respond } : {}),
  })
  const reset = hub.reset
  return Object.assign(hub, {
    tags,
    lookups,
    reset: () => {
      reset()
      lookups.length = 0
    },
  })
}

/** Ids handed out in order of first use, from `base`. */
function numbering(base: number): (name: string) => number {
  const ids = new Map<string, number>()
  return (name) => {
    let id = ids.get(name)
    if (id === undefined) ids.set(name, (id = base + ids.size))
    return id
  }
}

/** A package-list entry as readPackageList returns it, `on` being the tag it sits on. */
function packageEntryStruct(name: string, blocked: boolean, on: string, packageId: (n: string) => number, tagId: (t: string) => number, withOwners: boolean): string {
  return xv.struct({
    package_id: xv.int(packageId(name)),
    package_name: xv.str(name),
    tag_id: xv.int(tagId(on)),
    tag_name: xv.str(on),
    extra_arches: xv.nil,
    blocked: xv.bool(blocked),
    ...(withOwners ? { owner_id: xv.int(3627), owner_name: xv.str('releng') } : {}),
  })
}

export interface KojiTagsOptions {
  /**
   * Packages of nobody's inventory on every Fedora tag (one in seven
   * blocked), as a real release tag holds tens of thousands. Default 3: a
   * release tag is never empty.
   */
  fedoraBackground?: number
  /** The same on every EPEL tag (default 3). */
  epelBackground?: number
}

/**
 * The package lists koji would hold for dist-git data once release
 * engineering has caught up (blocks are set daily by block_retired.py), for
 * each active release of `data.releases` (tag = dist_tag, else the branch):
 * - a branch of the release exists: listed, blocked when it carries dead.package;
 * - no such branch, and the package is retired on every active branch it has
 *   (or has none): blocked on Fedora tags, inherited from an old tag where the
 *   block was set (blocks propagate to newer tags);
 * - otherwise, and for deleted projects, forks and other namespaces: not listed.
 */
export function kojiTagsFor(data: FakeData, o: KojiTagsOptions = {}): FakeKojiTags {
  const active = data.releases.filter((r) => ['current', 'pending', 'frozen'].includes(r.state) && ['FEDORA', 'FEDORA-EPEL'].includes(r.id_prefix) && r.name !== 'ELN' && r.branch !== null)
  const activeBranches = new Set(active.map((r) => r.branch as string))
  const tags: FakeKojiTags = {}
  for (const r of active) {
    const tag = r.dist_tag ?? (r.branch as string)
    if (tag in tags) continue
    const fedora = /^f\d+$/.test(tag)
    const packages: FakeKojiPackage[] = []
    for (const p of data.projects) {
      if (p.deleted || p.forkOf !== undefined || (p.namespace ?? 'rpms') !== 'rpms') continue
      const branches = p.branches ?? ['rawhide']
      const dead = p.dead ?? []
      if (branches.includes(r.branch as string)) packages.push({ name: p.name, blocked: dead.includes(r.branch as string) })
      else if (fedora && branches.filter((b) => activeBranches.has(b)).every((b) => dead.includes(b))) packages.push({ name: p.name, blocked: true, from: 'f30' })
    }
    const background = fedora ? o.fedoraBackground ?? 3 : o.epelBackground ?? 3
    for (let i = 0; i < background; i++) packages.push({ name: `background-pkg${i}`, blocked: i % 7 === 0, ...(i % 7 === 0 ? { from: 'f30' } : {}) })
    tags[tag] = { packages }
  }
  return tags
}
