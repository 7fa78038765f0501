// Benchmark of the bundled CLI on a generated 10,000-package inventory:
// wall time and peak memory (max RSS) of validate, one add, and both exports.
// Targets (issues 2 and 3): validate and one add each under 1 s and 200 MB;
// both exports together with validation under 1 s.
//   npm run bundle && node bench/inventory.mjs [packages]
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const N = Number(process.argv[2] ?? 10000)
const cli = resolve('dist/cli/index.js')
const dir = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-'))

let text = '# generated benchmark inventory\n[inventory]\nname = "bench"\ndescription = "benchmark"\nmaintainer = "bench"\nlabels = ["eln-extras"]\n\n'
text += '[inventory.workloads.main]\npackages = [\n' + Array.from({ length: N }, (_, i) => i % 2 === 0 ? `    "pkg-${String(i).padStart(6, '0')}",\n` : '').join('') + ']\n\n'
text += '[inventory.workloads.extra]\npackages = [\n' + Array.from({ length: N }, (_, i) => i % 2 === 1 ? `    "pkg-${String(i).padStart(6, '0')}",\n` : '').join('') + ']\n'
for (let i = 0; i < N; i++) {
  const name = `pkg-${String(i).padStart(6, '0')}`
  text += `\n# package ${i}\n[[package]]\nname = "${name}"\npoc = "Maintainer ${i} <m${i}@example.org>"\nrpms = [\n    "${name}",\n    "${name}-libs",\n]\ntrack = "upstream"\n`
  if (i % 10 === 0) text += `\n[package.arch_rpms]\nx86_64 = ["${name}-efi"]\n`
}
writeFileSync(join(dir, 'inv.toml'), text)
writeFileSync(join(dir, 'manifest.toml'), '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "pkg-000000"\n')

const hasTime = spawnSync('/usr/bin/time', ['--version']).status === 0
function measure(label, args) {
  const runs = []
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint()
    const res = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (res.status !== 0) throw new Error(`${label} failed (${res.status}): ${res.stderr.slice(-500)}`)
    const rssKb = hasTime ? Number(res.stderr.trim().split('\n').pop()) : NaN
    runs.push({ ms, rssKb })
  }
  runs.sort((a, b) => a.ms - b.ms)
  const med = runs[2]
  console.log(`${label.padEnd(34)} median ${med.ms.toFixed(0).padStart(5)} ms   peak RSS ${(Math.max(...runs.map((r) => r.rssKb)) / 1024).toFixed(0).padStart(4)} MB`)
  return med.ms
}

console.log(`inventory: ${N} packages, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB; node ${process.version}; 5 runs each`)
measure('node startup (node -e 0)', ['--version'])
const v = measure('validate', ['validate', 'inv.toml'])
measure('add (new package, diff printed)', ['add', '-i', 'inv.toml', 'pkg-zzz', '--rpm', 'a,b', '--workload', 'main'])
measure('add (update existing)', ['add', '-i', 'inv.toml', 'pkg-005000', '--rpm', 'extra'])
const cr = measure('export content-resolver', ['export', 'content-resolver', '-i', 'inv.toml', '--out-dir', 'cr', '--dry-run'])
const hr = measure('export hs-relmon (merge)', ['export', 'hs-relmon', '-i', 'inv.toml', '-o', 'manifest.toml', '--dry-run'])
console.log(`validate + both exports: ${(v + cr + hr).toFixed(0)} ms (three processes)`)
execFileSync('rm', ['-rf', dir])
