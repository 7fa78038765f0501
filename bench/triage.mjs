// Benchmark of triage-updates against local fakes of Bugzilla, dist-git +
// Bodhi and the Fedora koji hub with injected latency, next to poi-tracker's
// request pattern replayed against the same servers in the same run: one
// request at a time — a Bugzilla search per package, Bodhi's release list,
// the branch list of each package with versioned bugs, a Bodhi query per
// (package, release) and a koji lookup per (tag, package), cached, with the
// rawhide shortcut. Targets: the same decisions, at most a third of the
// requests, at least 10× faster.
// The TypeScript harness (test/triage/bench-harness.ts) is bundled with ncc
// into a temporary directory first (about 15 s), so no build is needed.
//   node bench/triage.mjs [--latency 20] [--packages 301] [--seed 7] [--bug-rate 1] [--branch-rate 0.95]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const latencyMs = arg('latency', 20)
const packages = arg('packages', 301)
const seed = arg('seed', 7)
const bugRate = arg('bug-rate', 1)
const branchRate = arg('branch-rate', 0.95)

const build = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-harness-'))
process.stderr.write('bundling the benchmark harness with ncc…\n')
execFileSync(resolve('node_modules/.bin/ncc'), ['build', 'test/triage/bench-harness.ts', '-o', build, '--quiet'], { stdio: 'inherit' })
const entry = readdirSync(build).find((f) => /^index\.(m?js)$/.test(f))
const h = await import(pathToFileURL(join(build, entry)).href)

const secs = (ms) => `${(ms / 1000).toFixed(2)} s`
const row = (label, m, extra = '') => console.log(`  ${label.padEnd(36)} ${secs(m.ms).padStart(9)} ${String(m.requests).padStart(9)}   ${extra}`)
const same = (a, b) => a.result.length === b.result.length && a.result.every((x, i) => x === b.result[i])

const bench = await h.startBench({ latencyMs, packages, seed, bugRate, branchRate })
let ok
try {
  console.log(`node ${process.version}; fakes of Bugzilla, dist-git + Bodhi and koji on 127.0.0.1 with ${latencyMs} ms latency per request`)
  console.log(`triage-updates over ${packages} packages (generated world, seed ${seed}: ${bench.world.bugs.length} bugs, ${bench.world.updates.length} Bodhi updates)\n`)
  console.log(`  ${''.padEnd(36)} ${'wall'.padStart(9)} ${'requests'.padStart(9)}`)
  await h.oursTriage(bench) // warm-up: connections and JIT
  const ref = await h.referenceTriage(bench)
  row('reference pattern (one at a time)', ref)
  const ours = await h.oursTriage(bench)
  const speedup = ref.ms / ours.ms
  const share = ours.requests / ref.requests
  row('poi-gitops, in-process', ours, `${speedup.toFixed(1)}× faster, ${(share * 100).toFixed(1)} % of the requests`)
  ok = same(ref, ours) && share <= 1 / 3 && speedup >= 10
  console.log(`\n  same ${ours.result.length} decisions: ${same(ref, ours) ? 'yes' : 'NO'}; target ≤ 1/3 of the requests and ≥ 10× faster: ${ok ? 'met' : 'NOT MET'}`)
} finally {
  await bench.close()
  rmSync(build, { recursive: true, force: true })
  rmSync(bench.dir, { recursive: true, force: true })
}
process.exitCode = ok ? 0 : 1
