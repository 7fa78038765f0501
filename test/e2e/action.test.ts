// The bundled action (dist/index.js) run exactly as the Actions runner runs it:
// INPUT_* from action.yml defaults, an event name and payload file,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_API_URL at a local fake.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { makeRepo } from '../helpers/cli.js'
import { runAction } from '../helpers/action.js'

const ROOT = join(import.meta.dirname, '..', '..')
const EX = join(ROOT, 'examples')

const files = (): Record<string, string> => ({
  'poi-gitops.toml': readFileSync(join(EX, 'poi-gitops.toml'), 'utf8').replace(/\[\[job\]\][\s\S]*?(?=\[validate\])/, '') +
    '\n[[job]]\nname = "tcpdump"\nrun = "add -i inventories/hyperscale.toml tcpdump --rpm tcpdump --workload hyperscale"\n',
  'inventories/hyperscale.toml': readFileSync(join(EX, 'inventories', 'hyperscale.toml'), 'utf8'),
  'content-resolver/hs-packages.yaml': readFileSync(join(EX, 'content-resolver', 'hs-packages.yaml'), 'utf8'),
  'hs-relmon/manifest.toml': readFileSync(join(EX, 'hs-relmon', 'manifest.toml'), 'utf8')
})

describe('the bundled action', () => {
  let repo: GitRepo
  let fake: FakeGitHub
  let workspace: string
  let api: Record<string, string>
  beforeAll(async () => {
    repo = GitRepo.create(files())
    fake = await FakeGitHub.start(repo)
    workspace = makeRepo(files())
    api = { GITHUB_API_URL: fake.url, POI_GITOPS_FORGE_WRITE_SPACING: '0' }
  })
  afterAll(async () => { await fake.stop(); repo.remove() })

  test('pull_request: validates, annotates the exact line, writes nothing', async () => {
    const broken = makeRepo({ ...files(), 'inventories/hyperscale.toml': files()['inventories/hyperscale.toml'].replace('track = "upstream"', 'track = "upstream"\nprority = "high"\nfile_issue = "yes"') })
    fake.http.resetCounts()
    const r = await runAction(broken, 'pull_request', { pull_request: { head: { repo: { full_name: 'acme/inventory' } } } }, {}, api)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error file=inventories\/hyperscale\.toml,line=\d+,col=1,title=poi-gitops type::`file_issue` must be a boolean, not a string/)
    expect(r.stdout).toMatch(/::warning file=inventories\/hyperscale\.toml,line=\d+,col=1,title=poi-gitops unknown-key::.*did you mean `priority`\?/)
    expect(r.outputs.errors).toBe('1')
    expect(r.outputs.warnings).toBe('1')
    expect(r.summary).toContain('## poi-gitops validate')
    expect(JSON.parse(readFileSync(r.outputs.report, 'utf8')).errors).toBe(1)
    expect(fake.http.counts().writes + fake.http.counts().reads).toBe(0)
  })

  test('schedule: runs the jobs and opens one PR per job; outputs say so', async () => {
    const r = await runAction(workspace, 'schedule', {}, {}, api)
    expect(r.code).toBe(0)
    expect(r.outputs.operation).toBe('created')
    expect(r.outputs.changed).toBe('true')
    expect(r.outputs['pull-request-url']).toMatch(/\/pull\/\d+$/)
    const proposals = JSON.parse(r.outputs.proposals)
    expect(proposals).toEqual([expect.objectContaining({ job: 'tcpdump', branch: 'poi-gitops/tcpdump', operation: 'created', files: ['inventories/hyperscale.toml', 'content-resolver/hs-packages.yaml', 'hs-relmon/manifest.toml'] })])
    expect(r.summary).toContain('## poi-gitops run')
    expect(r.summary).toContain('[created](')
    expect(r.stdout).toContain('::group::job tcpdump')
    // The only place the token may appear is the add-mask command that registers it with the runner.
    expect(r.stdout).toContain(`::add-mask::${GITHUB_TOKEN}`)
    expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(GITHUB_TOKEN)
    expect(fake.pullsFor('poi-gitops/tcpdump')[0].body).not.toContain(GITHUB_TOKEN)
    expect(repo.readFile('poi-gitops/tcpdump', 'hs-relmon/manifest.toml')).toContain('name = "tcpdump"')
    fake.http.resetCounts()
    const again = await runAction(workspace, 'schedule', {}, {}, api)
    expect(again.outputs.operation).toBe('unchanged')
    expect(again.outputs.changed).toBe('true')
    // The no-op run: no forge write, at most 3 reads per job.
    expect(fake.http.counts().writes).toBe(0)
    // Three for the job's proposal, one for the dashboard (its boxes).
    expect(fake.http.counts().reads).toBeLessThanOrEqual(3 + 1)
  })

  test('workflow_dispatch with a command and args proposes as that command; dry-run proposes nothing', async () => {
    fake.http.resetCounts()
    const dry = await runAction(workspace, 'workflow_dispatch', {}, { command: 'remove', args: '-i inventories/hyperscale.toml fish', 'dry-run': 'true' }, api)
    expect(dry.code).toBe(0)
    expect(dry.outputs.operation).toBe('dry-run')
    expect(fake.http.counts().writes + fake.http.counts().reads).toBe(0)
  })

  test('a dispatch with bad args or an unknown command fails with one line and exit 2', async () => {
    const bad = await runAction(workspace, 'workflow_dispatch', {}, { command: 'show', args: '--jsn' }, api)
    expect(bad.code).toBe(2)
    expect(bad.stdout).toContain('::error::unknown flag --jsn for \'show\'')
    const unknown = await runAction(workspace, 'workflow_dispatch', {}, { command: 'frobnicate' }, api)
    expect(unknown.code).toBe(2)
    expect(unknown.stdout).toContain("::error::unknown command 'frobnicate'")
    const quote = await runAction(workspace, 'workflow_dispatch', {}, { command: 'show', args: '"unterminated' }, api)
    expect(quote.code).toBe(2)
  })

  test('push runs the jobs; a failing job is reported, the others still propose, the exit code is the worst', async () => {
    const mixed = makeRepo({ ...files(), 'poi-gitops.toml': files()['poi-gitops.toml'].replace('[[job]]\nname = "tcpdump"', '[[job]]\nname = "broken"\nrun = "remove -i inventories/hyperscale.toml no-such-package"\n\n[[job]]\nname = "jq"\nrun = "add -i inventories/hyperscale.toml jq"\n\n[[job]]\nname = "tcpdump"') })
    const r = await runAction(mixed, 'push', {}, {}, api)
    expect(r.code).toBe(1)
    const proposals = JSON.parse(r.outputs.proposals) as Array<{ job: string; operation: string; error?: string }>
    expect(proposals.map((p) => [p.job, p.operation])).toEqual([['broken', 'failed'], ['jq', 'created'], ['tcpdump', 'unchanged']])
    expect(proposals[0].error).toContain("package 'no-such-package' not found")
    expect(r.stdout).toContain("::error::job broken: package 'no-such-package' not found")
    expect(r.summary).toContain('not proposed')
  })

  test('a pull_request from a fork is validated and nothing is written', async () => {
    fake.http.resetCounts()
    const r = await runAction(workspace, 'pull_request', { pull_request: { head: { repo: { full_name: 'someone/fork' } } } }, { command: 'run' }, api)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('::notice::This is a pull_request run from the fork someone/fork: poi-gitops validates the inventories and proposes nothing')
    expect(r.outputs.operation).toBe('none')
    expect(r.summary).toContain('## poi-gitops validate')
    expect(fake.http.counts().writes + fake.http.counts().reads).toBe(0)
  })
})
