// The Fedora koji hub as the triage commands see it: tags with an
// inheritance chain (f43-updates → f43), builds tagged into them, and
// listTagged(tag, inherit, latest, package) answered the way the hub does —
// the first tag along the chain that holds the package gives its most
// recently tagged build; without `inherit` only the tag itself counts; an
// unknown tag faults "No such tagInfo". Any other method fails the test.
// Built on the generic fake hub (test/helpers/fake-koji.ts), which parses the
// XML-RPC requests independently of the client's codec.

import { startFakeKoji, type FakeAnswer, type FakeKoji, type FakeKojiCall, type FakeParam } from '../helpers/fake-koji.js'

export interface FakeKojiTag {
  /** The parent in the inheritance chain, if any. */
  parent?: string
  /** package → NVRs tagged here, most recently tagged last. */
  builds: Record<string, string[]>
}

export interface FakeFedoraKojiOptions {
  /** Hang on listTagged of these tags (the client times out). */
  hangOn?: readonly string[]
  /** Fault on these tags. */
  faultOn?: readonly string[]
  /** Delay before every answer. */
  latencyMs?: number
}

export interface FakeFedoraKoji extends FakeKoji {
  tags: Map<string, FakeKojiTag>
  /** listTagged lookups answered, as `tag/package`. */
  lookups: string[]
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

function buildStruct(nvr: string, tag: string, id: number): string {
  const m = /^(.+)-([^-]+)-([^-]+)$/.exec(nvr)
  const [name, version, release] = m ? [m[1], m[2], m[3]] : [nvr, '', '']
  const member = (k: string, v: string): string => `<member><name>${k}</name><value>${v}</value></member>`
  return `<value><struct>${member('build_id', `<int>${id}</int>`)}${member('nvr', `<string>${esc(nvr)}</string>`)}${member('name', `<string>${esc(name)}</string>`)}` +
    `${member('package_name', `<string>${esc(name)}</string>`)}${member('version', `<string>${esc(version)}</string>`)}${member('release', `<string>${esc(release)}</string>`)}` +
    `${member('epoch', '<nil/>')}${member('tag_name', `<string>${esc(tag)}</string>`)}${member('owner_name', '<string>packager</string>')}</struct></value>`
}

export async function startFakeFedoraKoji(tags: Record<string, FakeKojiTag>, options: FakeFedoraKojiOptions = {}): Promise<FakeFedoraKoji> {
  const world = new Map(Object.entries(tags))
  const lookups: string[] = []
  let nextId = 1000
  const answer = (call: FakeKojiCall): FakeAnswer => {
    if (call.method !== 'listTagged') throw new Error(`fake fedora koji: unexpected method ${call.method}`)
    const [tag, kw] = call.params as [FakeParam, Record<string, FakeParam> | undefined]
    if (typeof tag !== 'string' || !kw || kw['__starstar'] !== true) throw new Error('fake fedora koji: listTagged without keyword arguments')
    const pkg = kw['package']
    if (typeof pkg !== 'string' || kw['latest'] !== true) throw new Error('fake fedora koji: only latest=True, package=… lookups are played')
    lookups.push(`${tag}/${pkg}`)
    if (options.hangOn?.includes(tag)) return 'hang'
    if (options.faultOn?.includes(tag)) return { fault: [1000, `GenericError: injected failure for ${tag}`] }
    if (!world.has(tag)) return { fault: [1000, `No such tagInfo: '${tag}'`] }
    for (let t: string | undefined = tag, depth = 0; t !== undefined && depth < 20; depth++) {
      const node = world.get(t)
      if (!node) break
      const nvrs = node.builds[pkg]
      if (nvrs && nvrs.length > 0) return { value: `<value><array><data>${buildStruct(nvrs[nvrs.length - 1], t, nextId++)}</data></array></value>` }
      if (kw['inherit'] !== true) break
      t = node.parent
    }
    return { value: '<value><array><data></data></array></value>' }
  }
  const base = await startFakeKoji({ answer, ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}) })
  return { ...base, tags: world, lookups }
}
