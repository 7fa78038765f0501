// Benchmark of sync-distgit and prune-retired against the local fake
// dist-git + Bodhi (test/fakes/fake-distgit.ts) with injected latency, next
// to poi-tracker's request pattern replayed against the same servers in the
// same run:
//   - a full user sync (1,500 accessible packages among 2,000): the reference
//     lists the 36 prefixes one request at a time; target: ours at least 3×
//     faster with no more requests;
//   - prune-retired over 2,000 packages: the reference checks 8 packages at a
//     time; target: ours no more requests per package and no slower at the
//     same concurrency (within 5 % for timer noise).
// The TypeScript harness (test/distgit/bench-harness.ts) is bundled with ncc
// into a temporary directory first (about 15 s), so no build of the project
// is needed. When dist/cli/index.js knows sync-distgit, the bundled CLI is
// also timed as a separate process.
//   node bench/distgit.mjs [--latency 100] [--sync 1500] [--prune 2000]
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const latencyMs = arg('latency', 100)
const syncPackages = arg('sync', 1500)
const prunePackages = arg('prune', 2000)

const build = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-harness-'))
process.stderr.write('bundling the benchmark harness with ncc…\n')
execFileSync(resolve('node_modules/.bin/ncc'), ['build', 'test/distgit/bench-harness.ts', '-o', build, '--quiet'], { stdio: 'inherit' })
const entry = readdirSync(build).find((f) => /^index\.(m?js)$/.test(f))
const h = await import(pathToFileURL(join(build, entry)).href)

const cli = resolve('dist/cli/index.js')
const cliReady = existsSync(cli) && spawnSync(process.execPath, [cli, 'sync-distgit', '--help']).status === 0

const servers = await h.startBenchServers({ latencyMs, syncPackages, prunePackages })
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`
const row = (label, m, extra = '') => console.log(`  ${label.padEnd(34)} ${secs(m.ms).padStart(9)} ${String(m.requests).padStart(9)}   ${extra}`)
const same = (a, b) => a.result.length === b.result.length && a.result.every((x, i) => x === b.result[i])

function spawnCli(argv, cwd, fake) {
  return new Promise((done, fail) => {
    fake.reset()
    const t0 = performance.now()
    const child = spawn(process.execPath, [cli, ...argv], {
      cwd, stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CI: '', POI_GITOPS_DISTGIT_URL: fake.distgitUrl, POI_GITOPS_BODHI_URL: fake.bodhiUrl }
    })
    let err = ''
    child.stderr.on('data', (c) => { err += c })
    child.on('error', fail)
    child.on('exit', (code) => (code === 0 ? done(performance.now() - t0) : fail(new Error(`CLI exit ${code}: ${err.slice(-400)}`))))
  })
}

let ok = true
try {
  console.log(`node ${process.version}; fake dist-git + Bodhi on 127.0.0.1 with ${latencyMs} ms latency per request\n`)

  console.log(`sync-distgit --user (${syncPackages} accessible packages; prefix scan a*…9*, 100 per page)`)
  console.log(`  ${''.padEnd(34)} ${'wall'.padStart(9)} ${'requests'.padStart(9)}`)
  await h.oursSync(servers.sync) // warm-up: connections and JIT for both sides
  const refSync = await h.referenceSync(servers.sync)
  row('reference pattern (sequential)', refSync)
  const ourSync = await h.oursSync(servers.sync)
  const speedup = refSync.ms / ourSync.ms
  row('poi-gitops, in-process (4 in flight)', ourSync, `${speedup.toFixed(2)}× faster`)
  if (cliReady) {
    const dir = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-cli-'))
    const ms = await spawnCli(['sync-distgit', '--user', h.BENCH_USER, '-o', 'out.toml', '--dry-run'], dir, servers.sync)
    row('poi-gitops CLI process (incl. start)', { ms, requests: servers.sync.counts.projects }, `${(refSync.ms / ms).toFixed(2)}× faster`)
  } else {
    console.log('  (dist/cli/index.js does not know sync-distgit yet: CLI process not timed)')
  }
  const syncOk = speedup >= 3 && ourSync.requests <= refSync.requests && same(ourSync, refSync)
  ok &&= syncOk
  console.log(`  same ${ourSync.result.length} packages: ${same(ourSync, refSync) ? 'yes' : 'NO'}; target ≥3× faster with no more requests: ${syncOk ? 'met' : 'NOT MET'}\n`)

  console.log(`prune-retired (${prunePackages} packages, 8 in flight; requests include the Bodhi call)`)
  console.log(`  ${''.padEnd(34)} ${'wall'.padStart(9)} ${'requests'.padStart(9)}   per package`)
  await h.referencePrune(servers.prune, servers.pruneNames.slice(0, 200)) // warm-up
  const refPrune = await h.referencePrune(servers.prune, servers.pruneNames)
  const perPkg = (m) => (m.requests / prunePackages).toFixed(3)
  row('reference pattern (8 in flight)', refPrune, perPkg(refPrune))
  const ourPrune = await h.oursPrune(servers)
  row('poi-gitops, in-process (-j 8)', ourPrune, `${perPkg(ourPrune)}  (${(refPrune.ms / ourPrune.ms).toFixed(2)}× the reference speed)`)
  if (cliReady) {
    const ms = await spawnCli(['prune-retired', '-i', 'prune.toml', '--dry-run'], servers.dir, servers.prune)
    const requests = servers.prune.counts.branches + servers.prune.counts.dead + servers.prune.counts.releases
    row('poi-gitops CLI process (incl. start)', { ms, requests }, perPkg({ requests }))
  }
  const pruneOk = ourPrune.requests <= refPrune.requests && ourPrune.ms <= refPrune.ms * 1.05 && same(ourPrune, refPrune)
  ok &&= pruneOk
  console.log(`  same ${ourPrune.result.length} findings: ${same(ourPrune, refPrune) ? 'yes' : 'NO'}; target no more requests per package, no slower: ${pruneOk ? 'met' : 'NOT MET'}`)
} finally {
  await servers.close()
  rmSync(build, { recursive: true, force: true })
  rmSync(servers.dir, { recursive: true, force: true })
}
process.exitCode = ok ? 0 : 1
