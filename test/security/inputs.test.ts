// Bad dispatch input is refused before any request (exit 2): shell
// metacharacters in --job, extra words, names that cannot be packages,
// malformed events, unknown flags of `ci`; a repository without a config is
// still validated; a fork's pull request never proposes, whatever the command.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { makeRepo } from '../helpers/cli.js'
import { runAction } from '../helpers/action.js'
import { cli, commandLines, exampleFiles } from './fixtures.js'

let repo: GitRepo
let fake: FakeGitHub
let checkout: string
let env: Record<string, string>
beforeAll(async () => {
  repo = GitRepo.create(exampleFiles())
  fake = await FakeGitHub.start(repo)
  checkout = makeRepo(exampleFiles())
  env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN }
})
afterAll(async () => { await fake.stop(); repo.remove() })

const requests = (): number => fake.http.counts().reads + fake.http.counts().writes

describe('the CLI in CI refuses bad words before any request', () => {
  test.each([
    [['remove', '-i', 'inventories/hyperscale.toml', 'fish', '--job', 'x; rm -rf /'], /--job: job name "x; rm -rf \/" must be usable as a branch name/],
    [['remove', '-i', 'inventories/hyperscale.toml', 'fish', '--job', '../main'], /--job: job name/],
    [['add', '-i', 'inventories/hyperscale.toml', 'pkg;', 'extra'], /unexpected argument "extra"/],
    [['add', '-i', 'inventories/hyperscale.toml', 'pkg;'], /"pkg;" is not a valid package name/],
    [['add', '-i', 'inventories/hyperscale.toml', '$(touch /tmp/pwned)'], /is not a valid package name/],
    [['sync-distgit', '--user', 'u', '--pattern', `${'p'.repeat(300)}?`], /--pattern "p{80}…" \(301 characters\): use a package name/],
    [['run', 'extra'], /unexpected argument "extra"/],
    [['run', '--job', 'a`id`'], /--job: job name/],
    [['add', '-i', 'inventories/hyperscale.toml', 'x', '--write', '--propose'], /--write and --propose exclude each other/],
    [['remove', '-i', 'inventories/hyperscale.toml', 'fish', '--write', '--dry-run'], /--write and --dry-run exclude each other/]
  ])('%j', async (argv, message) => {
    fake.http.resetCounts()
    const r = await cli(checkout, env, ...argv)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(requests()).toBe(0)
    expect(fake.pullsFor('poi-gitops/x; rm -rf /')).toHaveLength(0)
  })

  test('a pasted screenful as a package name is refused in a message of one short line', async () => {
    const r = await cli(checkout, env, 'add', '-i', 'inventories/hyperscale.toml', 'x'.repeat(5000))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`"${'x'.repeat(80)}…" (5000 characters) is not a valid package name: it is longer than 200 characters`)
    expect(r.stderr.split('\n')[0].length).toBeLessThan(200)
  })

  test('ci honours --help and rejects unknown flags and words instead of running every job', async () => {
    fake.http.resetCounts()
    const help = await cli(checkout, env, 'ci', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('POI_GITOPS_COMMAND')
    const bogus = await cli(checkout, env, 'ci', '--bogus')
    expect(bogus.code).toBe(2)
    expect(bogus.stderr).toContain("unknown flag --bogus for 'ci'")
    const word = await cli(checkout, env, 'ci', 'run')
    expect(word.code).toBe(2)
    expect(requests()).toBe(0)
  })
})

describe('the action', () => {
  test('a malformed event payload: one ::error:: line, exit 2, nothing run', async () => {
    fake.http.resetCounts()
    const r = await runAction(checkout, 'workflow_dispatch', '{"inputs": {"command": "run"', {}, { GITHUB_API_URL: fake.url })
    expect(r.code).toBe(2)
    const lines = commandLines(r.stdout).filter((l) => !l.startsWith('::add-mask::'))
    expect(lines).toEqual([expect.stringMatching(/^::error::the event payload GITHUB_EVENT_PATH is not valid JSON/)])
    expect(r.stdout).not.toContain('SyntaxError')
    expect(r.stdout).not.toMatch(/\n\s+at /)
    expect(requests()).toBe(0)
  })

  test('shell metacharacters in dispatch args are words, and a bad --job is refused before any request', async () => {
    fake.http.resetCounts()
    const r = await runAction(checkout, 'workflow_dispatch', {}, { command: 'remove', args: '-i inventories/hyperscale.toml fish --job "x; rm -rf /"' }, { GITHUB_API_URL: fake.url })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('::error::--job: job name "x; rm -rf /" must be usable as a branch name')
    expect(requests()).toBe(0)
  })

  test('pull_request_target from a fork with command run: validates only, no request, says why', async () => {
    fake.http.resetCounts()
    const r = await runAction(checkout, 'pull_request_target', { pull_request: { head: { repo: { full_name: 'mallory/inventory' } } } }, { command: 'run' }, { GITHUB_API_URL: fake.url })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('::notice::This is a pull_request_target run from the fork mallory/inventory: poi-gitops validates the inventories and proposes nothing')
    expect(r.summary).toContain('## poi-gitops validate')
    expect(requests()).toBe(0)
  })

  test('a pull request from a deleted fork (head repo null) is untrusted too', async () => {
    fake.http.resetCounts()
    const r = await runAction(checkout, 'pull_request_target', { pull_request: { head: { repo: null } } }, { command: 'sync-distgit', args: '--user x -o inventories/x.toml' }, { GITHUB_API_URL: fake.url })
    expect(r.stdout).toContain('from the fork (deleted)')
    expect(requests()).toBe(0)
  })

  test('no poi-gitops.toml: a pull request validates every *.toml with an [inventory] table', async () => {
    const files = exampleFiles()
    delete files['poi-gitops.toml']
    const bare = makeRepo({ ...files, 'other/notes.toml': 'title = "not an inventory"\n', 'inventories/broken.toml': '[inventory]\nname = 1\n' })
    const r = await runAction(bare, 'pull_request', { pull_request: { head: { repo: { full_name: 'acme/inventory' } } } }, {}, { GITHUB_API_URL: fake.url })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error file=inventories\/broken\.toml,line=2,col=1/)
    expect(r.summary).toContain('2 file(s) checked')
  })

  test('a config input the user named and that is missing, or that lies outside the workspace, is exit 2', async () => {
    const missing = await runAction(checkout, 'pull_request', {}, { config: 'ci/poi-gitops.toml' }, { GITHUB_API_URL: fake.url })
    expect(missing.code).toBe(2)
    expect(missing.stdout).toContain('config file ci/poi-gitops.toml does not exist')
    const outside = makeRepo({ 'x.toml': '[proposal]\nbranch-prefix = "p/"\n' })
    writeFileSync(join(outside, 'secret.toml'), 'token = "s3cr3t"\n')
    const escaped = await runAction(checkout, 'pull_request', {}, { config: join(outside, 'secret.toml') }, { GITHUB_API_URL: fake.url })
    expect(escaped.code).toBe(2)
    expect(escaped.stdout).toContain('is outside the repository')
    expect(escaped.stdout).not.toContain('s3cr3t')
  })
})
