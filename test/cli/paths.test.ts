// Paths as a maintainer types them: relative to where they stand, absolute, or
// through -C; the repository is -C DIR, else the git top-level, else the
// current directory. Inputs a terminal command only reads may lie anywhere;
// nothing outside the repository is written. Help lists only a command's flags.

import { describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mkdtempSync } from 'node:fs'
import { makeRepo } from '../helpers/cli.js'
import { cli } from '../security/fixtures.js'

const INV = '[inventory]\nname = "a"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "bash"\n'

function gitRepo(): string {
  const root = makeRepo({ 'inventories/a.toml': INV, 'docs/readme.txt': 'x\n' })
  mkdirSync(join(root, '.git'))
  return root
}

describe('paths', () => {
  test('from a subdirectory, paths are relative to it and the repository is the git top-level', async () => {
    const root = gitRepo()
    const r = await cli(join(root, 'inventories'), {}, 'add', '-i', 'a.toml', 'fish', '--write')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('Wrote inventories/a.toml')
    expect(readFileSync(join(root, 'inventories/a.toml'), 'utf8')).toContain('name = "fish"')
  })

  test('an absolute path inside the repository is accepted; -C makes another directory the repository', async () => {
    const root = gitRepo()
    const abs = await cli(tmpdir(), {}, '-C', root, 'show', '-i', join(root, 'inventories/a.toml'))
    expect(abs.code).toBe(0)
    expect(abs.stdout).toContain('  bash\n')
    const added = await cli(join(root, 'docs'), {}, 'add', '-i', join(root, 'inventories/a.toml'), 'zsh', '--write')
    expect(added.code).toBe(0)
    expect(readFileSync(join(root, 'inventories/a.toml'), 'utf8')).toContain('name = "zsh"')
  })

  test('a file whose name starts with two dots is inside the repository, the config included', async () => {
    const root = gitRepo()
    writeFileSync(join(root, '..poi.toml'), '[validate]\ninventories = ["inventories/*.toml"]\n')
    const r = await cli(join(root, 'docs'), {}, '--config', join(root, '..poi.toml'), 'validate')
    expect(r.stderr + r.stdout).not.toContain('outside')
    expect(r.code).toBe(0)
  })

  test('read-only inputs may lie outside the repository on a terminal; never a file to change, never in CI', async () => {
    const root = gitRepo()
    const elsewhere = mkdtempSync(join(tmpdir(), 'poi-gitops-elsewhere-'))
    writeFileSync(join(elsewhere, 'x.toml'), INV)
    writeFileSync(join(elsewhere, 'legacy.json'), JSON.stringify({ packages: [{ name: 'jq' }] }))
    expect((await cli(root, {}, 'show', '-i', join(elsewhere, 'x.toml'))).stdout).toContain('  bash\n')
    expect((await cli(root, {}, 'validate', join(elsewhere, 'x.toml'))).code).toBe(0)
    const add = await cli(root, {}, 'add', '-i', join(elsewhere, 'x.toml'), 'fish', '--write')
    expect(add.code).toBe(2)
    expect(add.stderr).toContain('is outside the repository')
    expect(readFileSync(join(elsewhere, 'x.toml'), 'utf8')).toBe(INV)
    const out = await cli(root, {}, 'export', 'content-resolver', '-i', 'inventories/a.toml', '-o', join(elsewhere, 'out.yaml'), '--write')
    expect(out.code).toBe(2)
    const ci = await cli(root, { GITHUB_ACTIONS: 'true' }, 'show', '-i', join(elsewhere, 'x.toml'))
    expect(ci.code).toBe(2)
    expect(ci.stderr).toContain('only on a terminal')
  })

  test('a directory where a file is expected, or the reverse, is a located error, never an internal failure', async () => {
    const root = gitRepo()
    const dir = await cli(root, {}, 'show', '-i', 'inventories')
    expect(dir.code).toBe(1)
    expect(dir.stderr).toContain('inventories:1:1: error: failed to read inventories: is a directory, not a file (read)')
    expect(dir.stderr).not.toContain('internal')
    const file = await cli(root, {}, 'show', '-I', 'inventories/a.toml')
    expect(file.code).toBe(2)
    expect(file.stderr).toContain('-I inventories/a.toml: is a file, not a directory (name a file with -i)')
  })
})

describe('help and flags', () => {
  test('the top-level help groups the commands with one line each', async () => {
    const r = await cli(tmpdir(), {}, '--help')
    expect(r.stdout).toMatch(/Inventories:\n {2}validate +check inventories/)
    expect(r.stdout).toMatch(/Sync from Fedora and CentOS:\n {2}sync-distgit/)
    expect(r.stdout).toContain('GitOps:\n  run ')
  })

  test("each command's help lists only the flags it takes", async () => {
    const root = gitRepo()
    const show = (await cli(root, {}, 'show', '--help')).stdout
    expect(show).toContain('--inventory FILE')
    expect(show).not.toContain('--write')
    expect(show).not.toContain('--job')
    const add = (await cli(root, {}, 'add', '--help')).stdout
    expect(add).toContain('--write')
    const imp = (await cli(root, {}, 'import', '--help')).stdout
    expect(imp).not.toContain('--inventory ')
    expect((await cli(root, {}, 'show', '--write', '-i', 'inventories/a.toml')).stderr).toContain("unknown flag --write for 'show'")
  })

  test('global flags work before the command; an unknown flag gets a did-you-mean', async () => {
    const root = gitRepo()
    const before = await cli(tmpdir(), {}, '-C', root, '--dry-run', 'show', '-i', 'inventories/a.toml')
    expect(before.code).toBe(0)
    expect(before.stdout).toContain('  bash\n')
    const typo = await cli(root, {}, 'show', '--jsno', '-i', 'inventories/a.toml')
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('unknown flag --jsno for \'show\' (did you mean --json?)')
  })
})

describe('export', () => {
  test('export --help explains its two formats; export without a format is a usage error', async () => {
    const help = await cli(tmpdir(), {}, 'export', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/content-resolver +one feedback-pipeline-workload YAML document per workload/)
    expect(help.stdout).toMatch(/hs-relmon +the hs-relmon manifest/)
    const none = await cli(tmpdir(), {}, 'export')
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('export needs a format: content-resolver or hs-relmon')
  })
})
