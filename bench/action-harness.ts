// What bench/action.mjs needs, in TypeScript so it can reuse the fake GitHub
// (test/fakes/github-server.ts, its state in a real git repository):
// bench/action.mjs bundles this file with ncc and imports it. It prepares an
// inventory repository with one job, exactly as test/e2e/action.test.ts does,
// and runs an action bundle as the Actions runner runs it.

import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { GitRepo } from '../test/fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../test/fakes/github-server.js'

export interface ActionRun {
  code: number
  ms: number
  stdout: string
  outputs: Record<string, string>
}

export interface Scenario {
  /** The checkout the action runs in. */
  workspace: string
  /** Runs `bundle` (an action index.js) for `event`; forge reads and writes are counted from the start of the run. */
  run(bundle: string, event: string): Promise<ActionRun & { reads: number; writes: number; requests: string[] }>
  close(): Promise<void>
}

/** The examples' config with one job that adds tcpdump, the inventory and both exports. */
function files(root: string): Record<string, string> {
  const ex = join(root, 'examples')
  return {
    'poi-gitops.toml': readFileSync(join(ex, 'poi-gitops.toml'), 'utf8').replace(/\[\[job\]\][\s\S]*?(?=\[validate\])/, '') +
      '\n[[job]]\nname = "tcpdump"\nrun = "add -i inventories/hyperscale.toml tcpdump --rpm tcpdump --workload hyperscale"\n',
    'inventories/hyperscale.toml': readFileSync(join(ex, 'inventories', 'hyperscale.toml'), 'utf8'),
    'content-resolver/hs-packages.yaml': readFileSync(join(ex, 'content-resolver', 'hs-packages.yaml'), 'utf8'),
    'hs-relmon/manifest.toml': readFileSync(join(ex, 'hs-relmon', 'manifest.toml'), 'utf8')
  }
}

function outputsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3]
  return out
}

/** `root`: the poi-gitops checkout (for action.yml and examples/). */
export async function startScenario(root: string): Promise<Scenario> {
  const inputs = (parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs
  const content = files(root)
  const repo = GitRepo.create(content)
  const fake = await FakeGitHub.start(repo)
  const workspace = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-action-'))
  for (const [path, text] of Object.entries(content)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true })
    writeFileSync(join(workspace, path), text)
  }
  return {
    workspace,
    async run(bundle, event) {
      const tmp = mkdtempSync(join(tmpdir(), 'poi-gitops-bench-runner-'))
      const [out, summary, eventPath] = ['output', 'summary', 'event.json'].map((f) => join(tmp, f)) as [string, string, string]
      writeFileSync(out, '')
      writeFileSync(summary, '')
      writeFileSync(eventPath, JSON.stringify(event === 'pull_request' ? { pull_request: { head: { repo: { full_name: 'acme/inventory' } } } } : {}))
      const env: Record<string, string> = { PATH: process.env['PATH'] ?? '' }
      for (const [name, spec] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = spec.default === '${{ github.token }}' ? GITHUB_TOKEN : spec.default ?? ''
      Object.assign(env, {
        GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_WORKSPACE: workspace, GITHUB_API_URL: fake.url,
        GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: tmp, GITHUB_REPOSITORY: 'acme/inventory'
      })
      fake.http.resetCounts()
      const t0 = performance.now()
      const child = spawn(process.execPath, [bundle], { env, cwd: workspace })
      let stdout = ''
      child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
      child.stderr.on('data', (d: Buffer) => { stdout += d.toString() })
      const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)))
      const ms = performance.now() - t0
      const { reads, writes } = fake.http.counts()
      const requests = fake.http.log.map((r) => `${r.method} ${r.path}`)
      return { code, ms, stdout, outputs: outputsOf(readFileSync(out, 'utf8')), reads, writes, requests }
    },
    async close() {
      await fake.stop()
      repo.remove()
    }
  }
}
