// Why koji's answers are checked field by field (src/sources/koji.ts) rather
// than with a valibot schema like the JSON services (README, "Design notes"):
// prune-retired --fast reads every active release's package list, about
// 30,000 entries per release on Fedora, so the per-entry cost of the check
// is paid hundreds of thousands of times per run. This validates the same
// 100,000 listPackages entries both ways, in the same process, and prints
// the ratio.
//   node bench/koji-schema.mjs [--entries 100000] [--rounds 5]
import * as v from 'valibot'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const entries = arg('entries', 100000)
const rounds = arg('rounds', 5)

// The shape koji's listPackages(with_blocked=True) answers with, as the XML-RPC reader decodes it.
const items = Array.from({ length: entries }, (_, i) => ({
  package_id: i, package_name: `pkg-${i}`, tag_id: 1, tag_name: 'f42', owner_id: 3, owner_name: 'releng', blocked: i % 9 === 0, extra_arches: null
}))

const Entry = v.object({ package_name: v.pipe(v.string(), v.nonEmpty()), blocked: v.boolean(), tag_name: v.optional(v.string()) })
const bySchema = () => {
  let blocked = 0
  for (const e of items) {
    const r = v.safeParse(Entry, e)
    if (!r.success) throw new Error('malformed')
    if (r.output.blocked) blocked++
  }
  return blocked
}
// What KojiClient#packageEntry does.
const byFields = () => {
  let blocked = 0
  for (const e of items) {
    const name = typeof e.package_name === 'string' ? e.package_name : undefined
    if (name === undefined || name === '' || typeof e.blocked !== 'boolean') throw new Error('malformed')
    if (e.blocked) blocked++
  }
  return blocked
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const time = (f) => {
  const runs = []
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now()
    f()
    runs.push(performance.now() - t0)
  }
  return median(runs)
}
const fields = time(byFields)
const schema = time(bySchema)
if (bySchema() !== byFields()) throw new Error('the two checks disagree')
console.log(`node ${process.version}; ${entries.toLocaleString('en')} listPackages entries, median of ${rounds}`)
console.log(`  field checks (koji.ts)   ${fields.toFixed(1).padStart(7)} ms`)
console.log(`  valibot object schema    ${schema.toFixed(1).padStart(7)} ms   ${(schema / fields).toFixed(0)}× the field checks`)
