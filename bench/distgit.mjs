// Benchmark of sync-distgit and prune-retired --fast against local fakes of
// dist-git, Bodhi and Fedora koji (test/fakes/fake-distgit.ts) with injected
// latency (dist-git answers --latency ms after a request arrives, its own CPU
// time included; the sync's fake renders each distinct answer once, in the
// warm-up, so a burst of concurrent requests does not reach it one render
// after another), next to poi-tracker's request pattern replayed against the
// same servers in the same run. Targets (README, "Performance"):
//   - sync-distgit --user (1,500 accessible packages among 2,000): the CLI
//     process, start-up included, at least 5× faster than the replay, with
//     no more requests and never more than 8 in flight to one host;
//   - prune-retired --fast over 2,000 packages, with koji tags as large as
//     Fedora's (tens of thousands of entries each): at most 0.25 requests per
//     inventory package and at most 0.2× the replay's wall time, with the
//     same findings as the replay of the full check.
// The harness (test/distgit/bench-harness.ts) and the CLI (src/cli/index.ts)
// are bundled with ncc into a temporary directory first (about 30 s) and the
// CLI compacted as dist/ is (scripts/compact.mjs), so the figures are
// those of the current sources; `--dist` times dist/cli instead.
// The CLI runs without NODE_EXTRA_CA_CERTS (see cliEnv below); where it is
// set, the sync is timed once more with it and both figures are printed.
//   node bench/distgit.mjs [--latency 100] [--sync 1500] [--prune 2000] [--koji-fedora 25000] [--koji-epel 8000] [--cli-runs 9] [--dist]
import { compactDir } from '../scripts/compact.mjs'
import { execFile, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const latencyMs = arg('latency', 100)
const syncPackages = arg('sync', 1500)
const prunePackages = arg('prune', 2000)
const kojiFedora = arg('koji-fedora', 25000)
const kojiEpel = arg('koji-epel', 8000)
const useDist = process.argv.includes('--dist')
// The CLI's wall time moves by about a tenth between runs of the same build (README, "Performance"):
// the target is judged on the median, and the range is printed with it.
const cliRuns = arg('cli-runs', 9)

const tmp = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-'))
const ncc = (entry, out) => promisify(execFile)(resolve('node_modules/.bin/ncc'), ['build', entry, '-o', join(tmp, out), '--quiet', '--no-source-map-register'])
process.stderr.write(`bundling the benchmark harness${useDist ? '' : ' and the CLI'} with ncc…\n`)
await Promise.all([ncc('test/distgit/bench-harness.ts', 'harness'), ...(useDist ? [] : [ncc('src/cli/index.ts', 'cli').then(() => compactDir(join(tmp, 'cli')))])])
const entry = readdirSync(join(tmp, 'harness')).find((f) => /^index\.(m?js)$/.test(f))
const h = await import(pathToFileURL(join(tmp, 'harness', entry)).href)
const cli = useDist ? resolve('dist/cli/index.js') : join(tmp, 'cli', 'index.js')

const servers = await h.startBenchServers({ latencyMs, syncPackages, prunePackages, kojiFedora, kojiEpel })
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`
const row = (label, ms, requests, extra = '') => console.log(`  ${label.padEnd(44)} ${secs(ms).padStart(8)} ${String(requests).padStart(9)}   ${extra}`)
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i])
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// NODE_EXTRA_CA_CERTS makes node read and parse a CA bundle before any
// script runs (about 50 ms per start on a machine that sets it); the fakes
// speak plain http, GitHub-hosted runners do not set it, and poi-tracker, a
// Rust binary, pays nothing like it. The CLI is timed without it, and once
// more with the environment as it is, so both figures are printed.
const cliEnv = { ...process.env }
delete cliEnv.NODE_EXTRA_CA_CERTS
const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS !== undefined && process.env.NODE_EXTRA_CA_CERTS !== ''
const nodeStart = (env) => {
  const runs = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    spawnSync(process.execPath, ['-e', '0'], { env })
    runs.push(performance.now() - t0)
  }
  return median(runs)
}

/** Runs the CLI as a separate process (start-up included); resolves to its wall time and stdout. */
function spawnCli(argv, cwd, fake, env = cliEnv) {
  return new Promise((done, fail) => {
    fake.reset()
    const t0 = performance.now()
    const child = spawn(process.execPath, [cli, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, CI: '', ...h.serviceEnv(fake) } })
    let out = ''
    let err = ''
    child.stdout.on('data', (c) => { out += c })
    child.stderr.on('data', (c) => { err += c })
    child.on('error', fail)
    child.on('exit', (code) => (code === 0 ? done({ ms: performance.now() - t0, stdout: out, stderr: err }) : fail(new Error(`CLI exit ${code}: ${err.slice(-400)}`))))
  })
}

let ok = true
try {
  // `node -e 0` shows how fast the machine is right now: the CLI's start-up and answer processing are
  // CPU-bound and follow it, the replay (all waiting) does not.
  console.log(`node ${process.version}, ${cpus().length} CPU(s), load ${loadavg()[0].toFixed(1)}, node -e 0 ${(nodeStart(cliEnv) / 1000).toFixed(3)} s; fake dist-git, Bodhi and koji on 127.0.0.1, ${latencyMs} ms per request`)
  console.log(`CLI: ${useDist ? 'dist/cli/index.js' : 'a fresh ncc bundle of src/cli/index.ts'}\n`)

  // ---------------------------------------------------------------- sync
  const fake = servers.sync
  console.log(`sync-distgit --user (${syncPackages} accessible packages among ${syncPackages + 500}; prefix scan a*…9*, 100 per page)`)
  console.log(`  ${''.padEnd(44)} ${'wall'.padStart(8)} ${'requests'.padStart(9)}   max in flight per host`)
  await h.oursSync(fake) // warm-up: connections and JIT on both sides
  const refSync = await h.referenceSync(fake)
  const refInFlight = fake.maxInFlight
  row('reference replay (sequential)', refSync.ms, refSync.requests, String(refInFlight))
  const ourSync = await h.oursSync(fake)
  const inProcInFlight = fake.maxInFlight
  row('poi-gitops, in-process', ourSync.ms, ourSync.requests, `${inProcInFlight}   ${(refSync.ms / ourSync.ms).toFixed(2)}× the reference`)
  const dir = mkdtempSync(join(tmp, 'sync-'))
  const cliTimes = []
  let cliInFlight = 0
  let cliRequests = 0
  for (let i = 0; i < cliRuns; i++) {
    cliTimes.push((await spawnCli(['sync-distgit', '--user', h.BENCH_USER, '-o', 'out.toml', '--dry-run'], dir, fake)).ms)
    cliInFlight = Math.max(cliInFlight, fake.maxInFlight)
    cliRequests = Math.max(cliRequests, fake.counts.projects)
  }
  const cliMs = median(cliTimes)
  const syncRatio = refSync.ms / cliMs
  const [fastest, slowest] = [Math.min(...cliTimes), Math.max(...cliTimes)]
  row(`poi-gitops CLI process (median of ${cliRuns}, start-up incl.)`, cliMs, cliRequests, `${cliInFlight}   ${syncRatio.toFixed(2)}× the reference`)
  console.log(`  ${'  its runs: fastest to slowest'.padEnd(44)} ${`${(fastest / 1000).toFixed(2)}–${(slowest / 1000).toFixed(2)} s`.padStart(8)}             ${(refSync.ms / slowest).toFixed(2)}–${(refSync.ms / fastest).toFixed(2)}×`)
  if (extraCaCerts) {
    const asIs = []
    for (let i = 0; i < cliRuns; i++) asIs.push((await spawnCli(['sync-distgit', '--user', h.BENCH_USER, '-o', 'out.toml', '--dry-run'], dir, fake, process.env)).ms)
    row('  the same with NODE_EXTRA_CA_CERTS as set here', median(asIs), cliRequests, `${(refSync.ms / median(asIs)).toFixed(2)}× (node -e 0: ${secs(nodeStart(process.env))} with it, ${secs(nodeStart(cliEnv))} without)`)
  }
  const syncOk = syncRatio >= 5 && cliRequests <= refSync.requests && ourSync.requests <= refSync.requests && Math.max(cliInFlight, inProcInFlight) <= 8 && same(ourSync.result, refSync.result)
  ok &&= syncOk
  console.log(`  same ${ourSync.result.length} packages: ${same(ourSync.result, refSync.result) ? 'yes' : 'NO'}; target CLI ≥ 5× with no more requests and ≤ 8 in flight per host: ${syncOk ? 'met' : 'NOT MET'}\n`)

  // ---------------------------------------------------------------- prune-retired --fast
  const pf = servers.prune
  console.log(`prune-retired (${prunePackages} packages; koji tags of ${kojiFedora.toLocaleString('en')} (Fedora) / ${kojiEpel.toLocaleString('en')} (EPEL) other packages each)`)
  console.log(`  ${''.padEnd(44)} ${'wall'.padStart(8)} ${'requests'.padStart(9)}   per package`)
  await h.referencePrune(pf, servers.pruneNames.slice(0, 200)) // warm-up
  await h.oursPrune(servers, ['--fast']) // warm-up (the fake renders its koji answers once)
  const refPrune = await h.referencePrune(pf, servers.pruneNames)
  const perPkg = (requests) => (requests / prunePackages).toFixed(3)
  row('reference replay (full check, 8 in flight)', refPrune.ms, refPrune.requests, perPkg(refPrune.requests))
  const fast = await h.oursPrune(servers, ['--fast'])
  const fellBack = fast.logs.some((l) => l.includes('koji could not answer'))
  row('poi-gitops --fast, in-process', fast.ms, fast.requests, `${perPkg(fast.requests)}   ${(fast.ms / refPrune.ms).toFixed(3)}× the reference's time`)
  const fastCli = await spawnCli(['prune-retired', '-i', 'prune.toml', '--dry-run', '--fast'], servers.dir, pf)
  const cliPruneRequests = h.pruneRequests(pf)
  const cliFindings = h.pruneFindings(fastCli.stdout)
  row('poi-gitops --fast, CLI process (start-up incl.)', fastCli.ms, cliPruneRequests, `${perPkg(cliPruneRequests)}   ${(fastCli.ms / refPrune.ms).toFixed(3)}× the reference's time`)
  const sameFindings = same(fast.result, refPrune.result) && same(cliFindings, refPrune.result)
  const pruneOk = !fellBack && sameFindings && Math.max(fast.requests, cliPruneRequests) / prunePackages <= 0.25 && Math.max(fast.ms, fastCli.ms) <= 0.2 * refPrune.ms
  ok &&= pruneOk
  if (fellBack) console.log(`  koji FELL BACK to the full check: ${fast.logs.find((l) => l.includes('koji could not answer'))}`)
  console.log(`  same ${refPrune.result.length} findings (name and exact reason) as the replay: ${sameFindings ? 'yes' : 'NO'}; target ≤ 0.25 requests per package and ≤ 0.2× the reference's time: ${pruneOk ? 'met' : 'NOT MET'}`)
} finally {
  await servers.close()
  rmSync(tmp, { recursive: true, force: true })
  rmSync(servers.dir, { recursive: true, force: true })
}
process.exitCode = ok ? 0 : 1
