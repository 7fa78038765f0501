// Benchmark of `sync-gitlab --preset hyperscale --mark-unshipped` against a
// local fake GitLab (300 projects, 60 archived) and a fake CBS hub answering
// real XML-RPC (36 release-named tags, 24 of them qualifying), each behind a
// proxy that adds a fixed latency to every request. Reports the requests per
// service (and what a per-tag or per-package client would send) and the wall
// time. Runs the TypeScript sources directly (transpiled to a temporary
// directory), so it needs neither a bundle nor the command's registration.
//   node bench/gitlab.mjs [latency-ms=100] [projects=300] [archived=60]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'

const LATENCY = Number(process.argv[2] ?? 100)
const PROJECTS = Number(process.argv[3] ?? 300)
const ARCHIVED = Number(process.argv[4] ?? 60)
const RUNS = 3
const repo = resolve(dirname(new URL(import.meta.url).pathname), '..')

// ---- transpile the modules the benchmark imports, and what they import ----
const out = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-gitlab-'))
writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
symlinkSync(join(repo, 'node_modules'), join(out, 'node_modules'), 'dir')
const entries = ['src/commands/sync-gitlab.ts', 'src/core/args.ts', 'src/core/credentials.ts', 'src/config/config.ts', 'test/fakes/fake-gitlab-groups.ts', 'test/fakes/fake-cbs-koji.ts', 'test/fakes/cbs-koji-scenario.ts']
const seen = new Set()
const queue = entries.map((e) => join(repo, e))
while (queue.length > 0) {
  const file = queue.pop()
  if (seen.has(file)) continue
  seen.add(file)
  const source = readFileSync(file, 'utf8')
  for (const m of source.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)\.js'/g)) queue.push(resolve(dirname(file), `${m[1]}.ts`))
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }, fileName: file }).outputText
  const target = join(out, relative(repo, file)).replace(/\.ts$/, '.js')
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, js)
}
const load = (path) => import(pathToFileURL(join(out, path)).href)
const { createSyncGitlab } = await load('src/commands/sync-gitlab.js')
const { parseArgs } = await load('src/core/args.js')
const { credentialsFrom } = await load('src/core/credentials.js')
const { defaultConfig } = await load('src/config/config.js')
const { startFakeGitlabGroups } = await load('test/fakes/fake-gitlab-groups.js')
const { startFakeCbsKoji } = await load('test/fakes/fake-cbs-koji.js')
const { cbsHub } = await load('test/fakes/cbs-koji-scenario.js')

// ---- the data: a Hyperscale-like group and hub -----------------------------
const every = Math.max(1, Math.floor(PROJECTS / Math.max(1, ARCHIVED)))
const projects = Array.from({ length: PROJECTS }, (_, i) => ({ name: `pkg-${String(i + 1).padStart(4, '0')}`, archived: ARCHIVED > 0 && (i + 1) % every === 0 && (i + 1) / every <= ARCHIVED }))
const repos = ['main', 'facebook', 'experimental', 'spin', 'kernel', 'intel']
const tags = {}
for (const rel of ['8', '8s', '9', '9s', '10', '10s']) for (const r of repos) tags[`hyperscale${rel}-packages-${r}-release`] = []
// Every project has a build in one release tag, except every other archived one.
projects.forEach((p, i) => {
  const archivedIndex = p.archived ? projects.slice(0, i).filter((q) => q.archived).length : -1
  if (archivedIndex % 2 === 1) return
  const names = Object.keys(tags).filter((t) => !/hyperscale8/.test(t))
  tags[names[i % names.length]].push(p.name)
})

// ---- latency proxies -------------------------------------------------------
function delayProxy(targetUrl) {
  const target = new URL(targetUrl)
  let count = 0
  const server = createServer((req, res) => {
    count++
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => setTimeout(() => {
      const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers)
        r.pipe(res)
      })
      up.on('error', () => { res.writeHead(502); res.end() })
      up.end(Buffer.concat(chunks))
    }, LATENCY))
  })
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}`, get count() { return count }, close: () => new Promise((done) => { server.closeAllConnections(); server.close(done) }) })))
}

const gitlab = await startFakeGitlabGroups({ groups: { 'CentOS/Hyperscale/rpms': projects } })
const hub = await startFakeCbsKoji({ answer: cbsHub(tags) })
const gitlabProxy = await delayProxy(gitlab.url)
const hubProxy = await delayProxy(hub.server.url)

const workspace = { root: '/bench', read: async () => undefined, glob: async () => [] }
const command = createSyncGitlab()
const argv = ['--preset', 'hyperscale', '--mark-unshipped', '-o', 'hs.toml']
const times = []
let result
for (let run = 0; run < RUNS; run++) {
  const log = []
  const t0 = performance.now()
  result = await command.run({
    workspace,
    config: defaultConfig(),
    args: parseArgs(command.spec, argv),
    commandLine: `poi-gitops sync-gitlab ${argv.join(' ')}`,
    log: (l) => log.push(l),
    env: { POI_GITOPS_GITLAB_URL: gitlabProxy.url, POI_GITOPS_CBS_KOJI_URL: `${hubProxy.url}/kojihub` },
    delivery: 'preview',
    credentials: credentialsFrom({}),
  })
  times.push(performance.now() - t0)
  if (run === 0) for (const line of log) console.log(`  | ${line}`)
}

const perRun = (n) => n / RUNS
const hubMethods = hub.requests.slice(0, hub.requests.length / RUNS).map((r) => /<methodName>([^<]+)</.exec(r.body)?.[1])
const qualifying = hub.calls.filter((c) => c.method === 'listTagged').length / RUNS
const gitlabPages = gitlab.requests.slice(0, gitlab.requests.length / RUNS).map((r) => new URL(r.url, gitlab.url).searchParams).map((q) => `page ${q.get('page')}${q.get('archived') ? ' archived' : ''}`)
const records = result.changeSet.records
const count = (kind, field) => records.filter((r) => r.kind === kind && (field === undefined || r.field === field)).length
times.sort((a, b) => a - b)

console.log(`\nsync-gitlab --preset hyperscale --mark-unshipped: ${PROJECTS} projects (${projects.filter((p) => p.archived).length} archived), ${Object.keys(tags).length} release-named tags, ${LATENCY} ms added per request; node ${process.version}`)
console.log(`GitLab requests per run: ${perRun(gitlabProxy.count)} (${gitlabPages.join(', ')})`)
console.log(`CBS hub requests per run: ${perRun(hubProxy.count)} (${hubMethods.join(', ')}); the multicall carries ${qualifying} listTagged calls, one per qualifying tag`)
console.log(`  for comparison: the koji CLI as poi-tracker runs it makes at least ${1 + 2 * qualifying} hub requests (listTags, then getTag + listTagged per tag); one listTagged per tag per archived package: ${qualifying * projects.filter((p) => p.archived).length}`)
console.log(`result: ${count('added')} added, ${count('marked', 'unshipped')} unshipped, ${count('marked', 'archived_builds')} archived_builds; complete=${result.changeSet.complete}; provenance.requests=${JSON.stringify(result.changeSet.provenance.requests)}`)
console.log(`wall time over ${RUNS} runs: median ${times[1].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[2].toFixed(0)})`)

await Promise.all([gitlabProxy.close(), hubProxy.close(), gitlab.close(), hub.close()])
rmSync(out, { recursive: true, force: true })
