// A [[job]]'s command line is checked when the config is loaded for `run` and
// `validate`: a bad flag, an extra word, a bad package name or a command that
// proposes nothing is a configuration error with file and line, before any job
// runs. validate skips glob matches without an [inventory] table and counts the
// merged packages.

import { describe, expect, test } from '@jest/globals'
import { makeRepo } from '../helpers/cli.js'
import { cli } from '../security/fixtures.js'

const INV = (name: string, pkgs: string[]): string => `[inventory]\nname = "${name}"\ndescription = "d"\nmaintainer = "m"\n` + pkgs.map((p) => `\n[[package]]\nname = "${p}"\n`).join('')

describe('job command lines', () => {
  test.each([
    ['add -i inventories/a.toml pkg --bogus', /poi-gitops\.toml:3:1: error: job "j": unknown flag --bogus for 'add'/],
    ['add -i inventories/a.toml pkg extra', /poi-gitops\.toml:3:1: error: job "j": unexpected argument "extra"/],
    ["add -i inventories/a.toml 'bad;name'", /job "j": "bad;name" is not a valid package name/],
    ['validate', /poi-gitops\.toml:3:1: error: `validate` proposes nothing, so it cannot run as a job/]
  ])('%s', async (run, message) => {
    const root = makeRepo({ 'poi-gitops.toml': `[[job]]\nname = "j"\nrun = "${run.replace(/"/g, '\\"')}"\n`, 'inventories/a.toml': INV('a', ['bash']) })
    for (const command of ['run', 'validate']) {
      const r = await cli(root, {}, command)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(message)
    }
  })
})

describe('validate without file arguments', () => {
  test('a glob match without an [inventory] table is skipped with a note; the success line counts merged packages', async () => {
    const root = makeRepo({
      'poi-gitops.toml': '[validate]\ninventories = ["*.toml", "inventories/*.toml"]\n',
      'inventories/a.toml': INV('a', ['bash', 'fish']),
      'inventories/b.toml': INV('b', ['bash', 'zsh'])
    })
    const r = await cli(root, {}, 'validate')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('note: skipping poi-gitops.toml: it matches an inventory glob of poi-gitops.toml but has no [inventory] table')
    expect(r.stdout).toContain('2 inventory file(s) OK: 3 package(s) merged')
  })
})
