// Benchmark of the bundled CLI on generated inventories (10,000 and 100,000
// packages by default): wall time and peak memory (max RSS) of validate, of
// the edits (add a new package, update one, remove one, remove an RPM, each
// applied with --write to a fresh copy of the file), of an add that prints its
// diff, and, on the first size, of both exports.
// Edits are reported as ratios to validate measured in the same run, on the
// same file. Targets: every edit within 1.5× of validate's time and memory
// (issue 13), and linear (the ratios do not grow with the size); validate and
// one add under 1 s and 200 MB at 10,000 packages, both exports with
// validation under 1 s (issues 2 and 3).
// Commands are interleaved round by round and CPU time is shown next to wall
// time: on a shared machine the load changes between runs.
//   npm run bundle && node bench/inventory.mjs [packages...] [--runs N]
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5
const SIZES = args.length > 0 ? args.map(Number) : [10000, 100000]
const cli = resolve('dist/cli/index.js')
const dir = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-'))
const hasTime = spawnSync('/usr/bin/time', ['--version']).status === 0
const name = (i) => `pkg-${String(i).padStart(6, '0')}`

function inventory(n) {
  let text = '# generated benchmark inventory\n[inventory]\nname = "bench"\ndescription = "benchmark"\nmaintainer = "bench"\nlabels = ["eln-extras"]\n\n'
  text += '[inventory.workloads.main]\npackages = [\n' + Array.from({ length: n }, (_, i) => (i % 2 === 0 ? `    "${name(i)}",\n` : '')).join('') + ']\n\n'
  text += '[inventory.workloads.extra]\npackages = [\n' + Array.from({ length: n }, (_, i) => (i % 2 === 1 ? `    "${name(i)}",\n` : '')).join('') + ']\n'
  for (let i = 0; i < n; i++) {
    text += `\n# package ${i}\n[[package]]\nname = "${name(i)}"\npoc = "Maintainer ${i} <m${i}@example.org>"\nrpms = [\n    "${name(i)}",\n    "${name(i)}-libs",\n]\ntrack = "upstream"\n`
    if (i % 10 === 0) text += `\n[package.arch_rpms]\nx86_64 = ["${name(i)}-efi"]\n`
  }
  return text
}

/** One run: wall time, CPU time (user + system, all threads) and max RSS; `fresh` restores the inventory first (for --write). */
function once(args, fresh) {
  if (fresh) copyFileSync(join(dir, 'pristine.toml'), join(dir, 'inv.toml'))
  const t0 = process.hrtime.bigint()
  const res = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (res.status !== 0) throw new Error(`${args.join(' ')} failed (${res.status}): ${res.stderr.slice(-500)}`)
  const [user, sys, rss] = hasTime ? res.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN]
  return { ms, cpu: (user + sys) * 1000, mb: rss / 1024 }
}

/**
 * Runs every command once per round, `RUNS` rounds, so a change in the machine's load hits all of
 * them alike; reports the median wall and CPU time and the largest peak RSS of each.
 */
function measureAll(commands) {
  const runs = commands.map(() => [])
  for (let r = 0; r < RUNS; r++) commands.forEach((c, i) => runs[i].push(once(c.args, c.fresh)))
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  return runs.map((rs) => ({ ms: median(rs.map((x) => x.ms)), cpu: median(rs.map((x) => x.cpu)), mb: Math.max(...rs.map((x) => x.mb)) }))
}

const row = (label, m, base) => {
  const ratio = base ? `   ${(m.ms / base.ms).toFixed(2)}× time (${(m.cpu / base.cpu).toFixed(2)}× CPU)  ${(m.mb / base.mb).toFixed(2)}× memory` : ''
  console.log(`${label.padEnd(36)} ${m.ms.toFixed(0).padStart(6)} ms ${m.cpu.toFixed(0).padStart(6)} ms CPU ${m.mb.toFixed(0).padStart(5)} MB${ratio}`)
}

console.log(`node ${process.version}; ${RUNS} rounds (median wall and CPU time, largest peak RSS)${hasTime ? '' : '; /usr/bin/time missing: no CPU or memory figures'}`)
row('node startup (--version)', measureAll([{ args: ['--version'] }])[0])
SIZES.forEach((n, s) => {
  const text = inventory(n)
  writeFileSync(join(dir, 'pristine.toml'), text)
  copyFileSync(join(dir, 'pristine.toml'), join(dir, 'inv.toml'))
  writeFileSync(join(dir, 'manifest.toml'), '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "pkg-000000"\n')
  console.log(`\n${n} packages, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`)
  const mid = name(Math.floor(n / 2))
  const commands = [
    { label: 'validate', args: ['validate', 'inv.toml'] },
    { label: 'add new package --workload (--write)', args: ['add', '-i', 'inv.toml', `${mid}a`, '--rpm', 'a,b', '--workload', 'main', '--write'], fresh: true },
    { label: 'add, update existing (--write)', args: ['add', '-i', 'inv.toml', mid, '--rpm', 'extra', '--write'], fresh: true },
    { label: 'remove package (--write)', args: ['remove', '-i', 'inv.toml', mid, '--write'], fresh: true },
    { label: 'remove --rpm (--write)', args: ['remove', '-i', 'inv.toml', mid, '--rpm', `${mid}-libs`, '--write'], fresh: true },
    { label: 'add new package, diff printed', args: ['add', '-i', 'inv.toml', `${mid}a`, '--rpm', 'a,b', '--workload', 'main'], fresh: true }
  ]
  if (s === 0) {
    commands.push({ label: 'export content-resolver', args: ['export', 'content-resolver', '-i', 'inv.toml', '--out-dir', 'cr', '--dry-run'], fresh: true })
    commands.push({ label: 'export hs-relmon (merge)', args: ['export', 'hs-relmon', '-i', 'inv.toml', '-o', 'manifest.toml', '--dry-run'], fresh: true })
  }
  const results = measureAll(commands)
  commands.forEach((c, i) => row(c.label, results[i], i === 0 ? undefined : results[0]))
  if (s === 0) console.log(`validate + both exports: ${(results[0].ms + results[6].ms + results[7].ms).toFixed(0)} ms (three processes)`)
})
rmSync(dir, { recursive: true, force: true })
