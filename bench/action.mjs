// Benchmark of the GitHub Action bundle's cold start and of the no-op
// scheduled run (README, "Performance"):
//   - cold start: the bundle started as the runner starts it, validating the
//     inventories of a pull request (no network); target under 0.5 s;
//   - the no-op run: a scheduled `run` whose proposal is already current,
//     against the fake GitHub of the tests; target 0 forge writes and at most
//     3 forge reads per job, its wall time within start-up plus those reads.
//     The dashboard adds one read per run (its steering boxes), not per job:
//     it is counted and printed apart.
// The action (src/index.ts) and the harness (bench/action-harness.ts) are
// bundled with ncc into a temporary directory first (about 30 s) and the
// action compacted as dist/ is (scripts/compact.mjs), so the figures are
// those of the current sources; `--dist` times dist/index.js.
//   node bench/action.mjs [--runs 7] [--dist]
import { compactDir } from '../scripts/compact.mjs'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7
const useDist = process.argv.includes('--dist')

const tmp = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-action-'))
const ncc = (entry, out) => promisify(execFile)(resolve('node_modules/.bin/ncc'), ['build', entry, '-o', join(tmp, out), '--quiet', '--no-source-map-register'])
process.stderr.write(`bundling the harness${useDist ? '' : ' and the action'} with ncc…\n`)
await Promise.all([ncc('bench/action-harness.ts', 'harness'), ...(useDist ? [] : [ncc('src/index.ts', 'action').then(() => compactDir(join(tmp, 'action')))])])
const entry = readdirSync(join(tmp, 'harness')).find((f) => /^index\.(m?js)$/.test(f))
const h = await import(pathToFileURL(join(tmp, 'harness', entry)).href)
const bundle = useDist ? resolve('dist/index.js') : join(tmp, 'action', 'index.js')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const secs = (ms) => `${(ms / 1000).toFixed(3)} s`

const scenario = await h.startScenario(process.cwd())
let ok = true
try {
  console.log(`node ${process.version}, ${cpus().length} CPU(s), load ${loadavg()[0].toFixed(1)}; action: ${useDist ? 'dist/index.js' : 'a fresh ncc bundle of src/index.ts'}; median of ${runs} runs\n`)
  const bare = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    // The same environment as the action's runs below (no NODE_EXTRA_CA_CERTS, see bench/distgit.mjs).
    spawnSync(process.execPath, ['-e', '0'], { env: { PATH: process.env.PATH ?? '' } })
    bare.push(performance.now() - t0)
  }
  const cold = []
  for (let i = 0; i < runs; i++) {
    const r = await scenario.run(bundle, 'pull_request')
    if (r.code !== 0) throw new Error(`the action failed on pull_request (exit ${r.code}): ${r.stdout.slice(-400)}`)
    cold.push(r.ms)
  }
  const coldMs = median(cold)
  console.log(`  node itself (node -e 0)                        ${secs(median(bare)).padStart(9)}`)
  console.log(`  action cold start (pull_request: validate)     ${secs(coldMs).padStart(9)}   target < 0.5 s: ${coldMs < 500 ? 'met' : 'NOT MET'}`)
  ok &&= coldMs < 500

  const first = await scenario.run(bundle, 'schedule')
  if (first.outputs.operation !== 'created') throw new Error(`the first scheduled run did not create the proposal: ${first.stdout.slice(-400)}`)
  const noop = []
  let reads = 0
  let writes = 0
  let requests = []
  for (let i = 0; i < runs; i++) {
    const r = await scenario.run(bundle, 'schedule')
    if (r.code !== 0 || r.outputs.operation !== 'unchanged') throw new Error(`a repeated scheduled run was not a no-op (${r.outputs.operation}): ${r.stdout.slice(-400)}`)
    noop.push(r.ms)
    reads = Math.max(reads, r.reads)
    writes = Math.max(writes, r.writes)
    requests = r.requests
  }
  const dashboardReads = requests.filter((r) => /^GET \/repos\/[^/]+\/[^/]+\/issues(\/\d+(\/comments)?)?$/.test(r)).length
  const noopOk = writes === 0 && reads - dashboardReads <= 3 && dashboardReads <= 1
  ok &&= noopOk
  console.log(`  no-op scheduled run (1 job, proposal current)  ${secs(median(noop)).padStart(9)}   ${writes} forge writes, ${reads} forge reads (${reads - dashboardReads} for the job, ${dashboardReads} for the dashboard); target 0 writes, ≤ 3 reads per job and ≤ 1 per run for the dashboard: ${noopOk ? 'met' : 'NOT MET'}`)
  for (const r of requests) console.log(`      ${r}`)
} finally {
  await scenario.close()
  rmSync(tmp, { recursive: true, force: true })
  rmSync(scenario.workspace, { recursive: true, force: true })
}
process.exitCode = ok ? 0 : 1
