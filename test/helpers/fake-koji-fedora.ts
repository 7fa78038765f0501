// A fake Fedora koji hub on 127.0.0.1 for the koji-first retirement check. It
// plays one method as koji's hub defines it (kojihub.py, listPackages and
// readPackageList): listPackages(tagID=…, inherited=…, with_blocked=…,
// with_owners=…), called alone or inside system.multicall. Each entry carries
// package_id, package_name, tag_id, tag_name (the tag the entry sits on: an
// ancestor when inherited), extra_arches and blocked, plus owner_id and
// owner_name unless with_owners is false. An unknown tag faults as the hub
// does ("No such entry in table tag"); any other method, an unknown keyword or
// a call shape it does not play fails the test.

import type { ServerResponse } from 'node:http'
import { startFakeHttp, unknownRoute, type FakeServer } from './fake-http-server.js'
import { envelope, faultValue, kwargsOf, parseCall, type FakeAnswer, type FakeKojiCall, type FakeParam } from './fake-koji.js'
import type { FakeData } from '../fakes/distgit-fixtures.js'

export interface FedoraTagEntry {
  name: string
  blocked: boolean
  /** The tag the entry sits on (an ancestor when inherited); default the tag itself. */
  from?: string
}

export type FedoraTags = Map<string, FedoraTagEntry[]>

export interface FakeFedoraKojiOptions {
  latencyMs?: number
  /** Per listPackages call: another answer (a fault, a raw `<value>`, or 'hang'). */
  answer?: (tag: string, call: FakeKojiCall) => FakeAnswer | undefined
  /** Per HTTP request (numbered from 1): a whole other response, e.g. a proxy's 502 page, or 'hang'. */
  respond?: (n: number) => { status: number; body: string; type?: string } | 'hang' | undefined
}

export interface FakeFedoraKoji {
  hubUrl: string
  server: FakeServer
  tags: FedoraTags
  /** Decoded listPackages calls, multicall entries flattened, in arrival order. */
  calls: FakeKojiCall[]
  /** HTTP requests served. */
  readonly requests: number
  readonly maxInFlight: number
  reset(): void
  close(): Promise<void>
}

/** The keyword arguments koji's listPackages accepts. */
const LIST_PACKAGES_KWARGS = new Set(['tagID', 'userID', 'pkgID', 'prefix', 'inherited', 'with_dups', 'event', 'queryOpts', 'with_owners', 'with_blocked', '__starstar'])

export async function startFakeFedoraKoji(tags: FedoraTags, options: FakeFedoraKojiOptions = {}): Promise<FakeFedoraKoji> {
  const calls: FakeKojiCall[] = []
  const ids = new Map<string, number>()
  const idOf = (name: string): number => {
    let id = ids.get(name)
    if (id === undefined) ids.set(name, (id = 1000 + ids.size))
    return id
  }
  // A Fedora tag list is tens of thousands of entries: render each variant once
  // (per entries array: replace a tag's array to change its list).
  const rendered = new WeakMap<FedoraTagEntry[], Map<string, string>>()
  let served = 0

  const listPackages = (call: FakeKojiCall): FakeAnswer => {
    const kw = kwargsOf(call.params) ?? {}
    for (const key of Object.keys(kw)) if (!LIST_PACKAGES_KWARGS.has(key)) throw new Error(`fake koji: listPackages got an unknown keyword ${key}`)
    const positional = call.params.filter((p) => p !== kw)
    const tag = kw['tagID'] ?? positional[0]
    if (typeof tag !== 'string') throw new Error(`fake koji: plays listPackages by tag name only, got ${JSON.stringify(call.params)}`)
    for (const k of ['userID', 'pkgID', 'prefix', 'with_dups', 'event', 'queryOpts']) if (kw[k] !== undefined && kw[k] !== null) throw new Error(`fake koji: does not play listPackages ${k}`)
    const custom = options.answer?.(tag, call)
    if (custom) return custom
    const entries = tags.get(tag)
    if (!entries) return { fault: [1000, `No such entry in table tag: ${tag}`] }
    const inherited = kw['inherited'] === true
    const withBlocked = kw['with_blocked'] !== false
    const withOwners = kw['with_owners'] !== false
    const key = `${tag}\0${inherited}\0${withBlocked}\0${withOwners}`
    let variants = rendered.get(entries)
    if (!variants) rendered.set(entries, (variants = new Map()))
    let value = variants.get(key)
    if (value === undefined) {
      const kept = entries.filter((e) => (inherited || (e.from ?? tag) === tag) && (withBlocked || !e.blocked))
      value = `<value><array><data>\n${kept.map((e) => entryXml(e, tag, idOf(e.name), tagId(e.from ?? tag), withOwners)).join('\n')}\n</data></array></value>`
      variants.set(key, value)
    }
    return { value }
  }

  const answer = (call: FakeKojiCall): FakeAnswer => {
    if (call.method !== 'listPackages') throw new Error(`fake koji: unknown method ${call.method}`)
    calls.push(call)
    return listPackages(call)
  }

  const server = await startFakeHttp(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/kojihub') unknownRoute(req)
    const n = ++served
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs))
    const special = options.respond?.(n)
    if (special === 'hang') return
    if (special) return send(res, special.status, special.body, special.type ?? 'text/html')
    const top = parseCall(req.body)
    if (top.method === 'system.multicall') {
      const entries = top.params[0]
      if (!Array.isArray(entries)) throw new Error('fake koji: system.multicall without a list of calls')
      const answers = entries.map((e) => {
        const call = e as Record<string, FakeParam>
        return answer({ method: typeof call['methodName'] === 'string' ? call['methodName'] : JSON.stringify(call['methodName']), params: (call['params'] as FakeParam[] | undefined) ?? [] })
      })
      if (answers.includes('hang')) return
      const values = answers.map((a) => {
        const r = a as Exclude<FakeAnswer, 'hang'>
        return 'fault' in r ? faultValue(...r.fault) : `<value><array><data>\n${r.value}\n</data></array></value>`
      })
      return send(res, 200, envelope(`<value><array><data>\n${values.join('\n')}\n</data></array></value>`))
    }
    const a = answer(top)
    if (a === 'hang') return
    send(res, 200, 'fault' in a ? `<?xml version='1.0'?>\n<methodResponse>\n<fault>\n${faultValue(...a.fault)}\n</fault>\n</methodResponse>\n` : envelope(a.value))
  })
  return {
    hubUrl: `${server.url}/kojihub`,
    server,
    tags,
    calls,
    get requests() {
      return served
    },
    get maxInFlight() {
      return server.maxInFlight
    },
    reset() {
      calls.length = 0
      served = 0
    },
    close: () => server.close(),
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'text/xml'): void {
  res.writeHead(status, { 'content-type': type })
  res.end(body)
}

const TAG_IDS = new Map<string, number>()
function tagId(tag: string): number {
  let id = TAG_IDS.get(tag)
  if (id === undefined) TAG_IDS.set(tag, (id = 70000 + TAG_IDS.size))
  return id
}

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function entryXml(e: FedoraTagEntry, tag: string, id: number, fromId: number, withOwners: boolean): string {
  const member = (name: string, value: string): string => `<member><name>${name}</name><value>${value}</value></member>\n`
  return '<value><struct>\n' +
    member('package_id', `<int>${id}</int>`) +
    member('package_name', `<string>${xmlText(e.name)}</string>`) +
    member('tag_id', `<int>${fromId}</int>`) +
    member('tag_name', `<string>${xmlText(e.from ?? tag)}</string>`) +
    member('extra_arches', '<nil/>') +
    member('blocked', `<boolean>${e.blocked ? 1 : 0}</boolean>`) +
    (withOwners ? member('owner_id', '<int>3627</int>') + member('owner_name', '<string>releng</string>') : '') +
    '</struct></value>'
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
export function kojiTagsFor(data: FakeData, o: KojiTagsOptions = {}): FedoraTags {
  const active = data.releases.filter((r) => ['current', 'pending', 'frozen'].includes(r.state) && ['FEDORA', 'FEDORA-EPEL'].includes(r.id_prefix) && r.name !== 'ELN' && r.branch !== null)
  const activeBranches = new Set(active.map((r) => r.branch as string))
  const tags: FedoraTags = new Map()
  for (const r of active) {
    const tag = r.dist_tag ?? (r.branch as string)
    if (tags.has(tag)) continue
    const fedora = /^f\d+$/.test(tag)
    const entries: FedoraTagEntry[] = []
    for (const p of data.projects) {
      if (p.deleted || p.forkOf !== undefined || (p.namespace ?? 'rpms') !== 'rpms') continue
      const branches = p.branches ?? ['rawhide']
      const dead = p.dead ?? []
      if (branches.includes(r.branch as string)) entries.push({ name: p.name, blocked: dead.includes(r.branch as string) })
      else if (fedora && branches.filter((b) => activeBranches.has(b)).every((b) => dead.includes(b))) entries.push({ name: p.name, blocked: true, from: 'f30' })
    }
    const background = fedora ? o.fedoraBackground ?? 3 : o.epelBackground ?? 3
    for (let i = 0; i < background; i++) entries.push({ name: `background-pkg${i}`, blocked: i % 7 === 0, ...(i % 7 === 0 ? { from: 'f30' } : {}) })
    tags.set(tag, entries)
  }
  return tags
}
