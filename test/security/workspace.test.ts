// Nothing outside the workspace is read or published: a committed link that
// leads out of the checkout, a link to /dev/zero and a FIFO named *.toml give
// located errors (and never hang); a link inside the repository is edited
// through, so the proposal changes its target and never turns the link into a
// regular file.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitHub, GITHUB_TOKEN } from '../fakes/github-server.js'
import { makeRepo } from '../helpers/cli.js'
import { cli, exampleFiles } from './fixtures.js'

const SECRET_CONTENT = '[inventory]\nname = "outside"\ndescription = "not in the repository"\nmaintainer = "x"\n\n[[package]]\nname = "topsecret"\n'

let outside: string
beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'poi-gitops-outside-'))
  writeFileSync(join(outside, 'secret.toml'), SECRET_CONTENT)
})

describe('validate', () => {
  test('links out of the repository, /dev/zero and FIFOs: one located error each, no hang, nothing of theirs printed', async () => {
    const root = makeRepo({ 'inventories/ok.toml': exampleFiles()['inventories/hyperscale.toml'] })
    symlinkSync(join(outside, 'secret.toml'), join(root, 'inventories/link.toml'))
    symlinkSync('/dev/zero', join(root, 'inventories/zero.toml'))
    execFileSync('mkfifo', [join(root, 'inventories/pipe.toml')])
    const started = Date.now()
    const r = await cli(root, {}, 'validate')
    expect(Date.now() - started).toBeLessThan(5000)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('inventories/link.toml:1:1: error: failed to read inventories/link.toml: is a symbolic link (or lies under one) that leads outside the repository (read)')
    expect(r.stdout).toContain('inventories/zero.toml:1:1: error: failed to read inventories/zero.toml: is a symbolic link (or lies under one) that leads outside the repository (read)')
    expect(r.stdout).toContain('inventories/pipe.toml:1:1: error: failed to read inventories/pipe.toml: is a FIFO (named pipe), not a regular file (read)')
    expect(r.stdout + r.stderr).not.toContain('topsecret')
  })

  test('--config outside the repository (absolute, or through a link) is a configuration error', async () => {
    const root = makeRepo(exampleFiles())
    symlinkSync(join(outside, 'secret.toml'), join(root, 'linked.toml'))
    for (const config of [join(outside, 'secret.toml'), 'linked.toml', '../secret.toml']) {
      const r = await cli(root, {}, 'validate', '--config', config)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/config file .*(outside the repository|not a clean path)/)
    }
  })
})

describe('proposals', () => {
  let repo: GitRepo
  let fake: FakeGitHub
  let env: Record<string, string>
  beforeAll(async () => {
    const files = { ...exampleFiles(), 'poi-gitops.toml': '[[job]]\nname = "via-link"\nrun = "add -i inventories/link.toml tcpdump"\n\n[[job]]\nname = "out"\nrun = "add -i inventories/out.toml tcpdump"\n' }
    repo = GitRepo.create(files)
    fake = await FakeGitHub.start(repo)
    env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/inventory', GITHUB_TOKEN }
  })
  afterAll(async () => { await fake.stop(); repo.remove() })

  test('an edit through a link inside the repository commits the target; the link is never written as a file', async () => {
    const checkout = makeRepo({ ...exampleFiles(), 'poi-gitops.toml': '[[job]]\nname = "via-link"\nrun = "add -i inventories/link.toml tcpdump"\n' })
    symlinkSync('hyperscale.toml', join(checkout, 'inventories/link.toml'))
    const r = await cli(checkout, env, 'run')
    expect(r.code).toBe(0)
    expect(repo.readFile('poi-gitops/via-link', 'inventories/hyperscale.toml')).toContain('name = "tcpdump"')
    expect(repo.readFile('poi-gitops/via-link', 'inventories/link.toml')).toBeNull()
    expect(fake.pullsFor('poi-gitops/via-link')[0].body).toContain('inventories/hyperscale.toml')
  })

  test('an edit through a link out of the repository fails the job, publishes nothing', async () => {
    const checkout = makeRepo({ ...exampleFiles(), 'poi-gitops.toml': '[dashboard]\nenabled = false\n\n[[job]]\nname = "out"\nrun = "add -i inventories/out.toml tcpdump"\n' })
    symlinkSync(join(outside, 'secret.toml'), join(checkout, 'inventories/out.toml'))
    fake.http.resetCounts()
    const r = await cli(checkout, env, 'run')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('leads outside the repository')
    expect(fake.http.counts().writes).toBe(0)
    expect(repo.branchHead('poi-gitops/out')).toBeNull()
    expect(readFileSync(join(outside, 'secret.toml'), 'utf8')).toBe(SECRET_CONTENT)
  })

  test('--write through a link inside the repository keeps the link and the file mode', async () => {
    const checkout = makeRepo(exampleFiles())
    symlinkSync('hyperscale.toml', join(checkout, 'inventories/link.toml'))
    execFileSync('chmod', ['0600', join(checkout, 'inventories/hyperscale.toml')])
    const r = await cli(checkout, {}, 'add', '-i', 'inventories/link.toml', 'tcpdump', '--write')
    expect(r.code).toBe(0)
    expect(lstatSync(join(checkout, 'inventories/link.toml')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(checkout, 'inventories/hyperscale.toml'), 'utf8')).toContain('name = "tcpdump"')
    expect(lstatSync(join(checkout, 'inventories/hyperscale.toml')).mode & 0o777).toBe(0o600)
  })
})
