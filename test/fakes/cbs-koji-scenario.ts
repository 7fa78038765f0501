// A CBS hub world for startFakeCbsKoji's `answer`: tag name → the source
// packages with a build in it. listTags(pattern=…) matches tag names with
// koji's glob, listTagged(tag) returns one build per package in the struct
// readTaggedBuilds returns, and a missing tag faults "No such tagInfo" as the
// hub does with strict=True. Other calls fall back to the fake's examples.

import { kwargsOf, tagStruct, taggedBuildStruct, xv, type FakeAnswer, type FakeKojiCall } from './koji-hub.js'
import { kojiGlobMatch } from '../../src/sources/koji.js'

export type CbsTags = Record<string, readonly string[]>

/** An `answer` for startFakeCbsKoji: listTags by pattern and listTagged per tag from `tags`; `faulty` tags fault. */
export function cbsHub(tags: CbsTags, options: { faulty?: readonly string[] } = {}): (call: FakeKojiCall) => FakeAnswer | undefined {
  const names = Object.keys(tags)
  return (call) => {
    if (call.method === 'listTags') {
      const pattern = kwargsOf(call.params)?.['pattern']
      if (typeof pattern !== 'string') return undefined
      return { value: xv.array(names.filter((n) => kojiGlobMatch(pattern, n)).map((n) => tagStruct(names.indexOf(n) + 3000, n))) }
    }
    if (call.method === 'listTagged') {
      const tag = call.params[0]
      if (typeof tag !== 'string' || !(tag in tags) || options.faulty?.includes(tag)) return { fault: [1000, `No such tagInfo: ${JSON.stringify(tag)}`] }
      const tagId = names.indexOf(tag) + 3000
      const release = `1.hs.el${/(\d+)s?-/.exec(tag)?.[1] ?? '10'}`
      return { value: xv.array(tags[tag].map((pkg, i) => {
        const id = 60000 + names.indexOf(tag) * 100 + i
        return taggedBuildStruct({ id, packageId: id + 1000, nvr: `${pkg}-1.0-${release}`, tag, tagId, owner: 'salimma' })
      })) }
    }
    return undefined
  }
}
