// CBS hub contents for the fake koji hub (test/helpers/fake-koji.ts): tag name
// → source packages with a build in it, answered in the response shapes of
// reference gitlab-cbs.md §3.5.1–§3.5.3 (tag structs; build structs with
// package_name/nvr/build_id …; a missing tag faults with "No such tagInfo").

import type { FakeAnswer, FakeKojiCall, FakeParam } from '../helpers/fake-koji.js'
import { kojiGlobMatch } from '../../src/sources/koji.js'

export type CbsTags = Record<string, readonly string[]>

const member = (name: string, value: string) => `<member><name>${name}</name><value>${value}</value></member>\n`
const array = (values: readonly string[]) => `<value><array><data>\n${values.join('\n')}\n</data></array></value>`

function tagStruct(id: number, name: string): string {
  return `<value><struct>\n${member('id', `<int>${id}</int>`)}${member('name', `<string>${name}</string>`)}${member('arches', '<nil/>')}${member('locked', '<boolean>0</boolean>')}</struct></value>`
}

function buildStruct(id: number, pkg: string, tag: string): string {
  const release = `1.hs.el${/(\d+)s?-/.exec(tag)?.[1] ?? '10'}`
  return (
    '<value><struct>\n' +
    member('build_id', `<int>${id}</int>`) +
    member('id', `<int>${id}</int>`) +
    member('package_id', `<int>${id + 1000}</int>`) +
    member('package_name', `<string>${pkg}</string>`) +
    member('name', `<string>${pkg}</string>`) +
    member('version', '<string>1.0</string>') +
    member('release', `<string>${release}</string>`) +
    member('epoch', '<nil/>') +
    member('nvr', `<string>${pkg}-1.0-${release}</string>`) +
    member('state', '<int>1</int>') +
    member('tag_name', `<string>${tag}</string>`) +
    member('owner_name', '<string>salimma</string>') +
    '</struct></value>'
  )
}

const kwargs = (params: FakeParam[]): Record<string, FakeParam> | undefined => {
  const last = params[params.length - 1]
  return typeof last === 'object' && last !== null && !Array.isArray(last) && last['__starstar'] === true ? last : undefined
}

/** An `answer` for startFakeKoji: listTags by pattern and listTagged per tag from `tags`; `faulty` tags fault. */
export function cbsHub(tags: CbsTags, options: { faulty?: readonly string[] } = {}): (call: FakeKojiCall) => FakeAnswer | undefined {
  const names = Object.keys(tags)
  return (call) => {
    if (call.method === 'listTags') {
      const pattern = kwargs(call.params)?.['pattern']
      if (typeof pattern !== 'string') return undefined
      return { value: array(names.filter((n) => kojiGlobMatch(pattern, n)).map((n) => tagStruct(names.indexOf(n) + 3000, n))) }
    }
    if (call.method === 'listTagged') {
      const tag = call.params[0]
      if (typeof tag !== 'string' || !(tag in tags) || options.faulty?.includes(tag)) return { fault: [1000, `No such tagInfo: ${JSON.stringify(tag)}`] }
      return { value: array(tags[tag].map((pkg, i) => buildStruct(60000 + names.indexOf(tag) * 100 + i, pkg, tag))) }
    }
    return undefined
  }
}
