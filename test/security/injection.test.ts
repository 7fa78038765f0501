// Data from a pull request cannot command the runner: a package name holding a
// newline and `::error file=…::`, or the legacy `##[error]` anywhere in a line,
// prints as data in every annotation (not only the first ten), every plain
// line, `show` and `find`; one finding is always one line.

import { describe, expect, test } from '@jest/globals'
import { makeRepo } from '../helpers/cli.js'
import { runAction } from '../helpers/action.js'
import { cli, commandLines } from './fixtures.js'
import { defuse, Egress } from '../../src/core/egress.js'
import { annotation } from '../../src/report/workflow-commands.js'

const EVIL = 'evil\n::error file=pwned.toml,line=1::owned\r\n##[error]legacy'

/** An inventory with 25 hostile package names: duplicates (errors) and unsorted names (warnings). */
function hostileInventory(): string {
  let out = '[inventory]\nname = "h"\ndescription = "d"\nmaintainer = "m"\n'
  for (let i = 0; i < 25; i++) out += `\n[[package]]\nname = ${JSON.stringify(`${EVIL}${i % 12}`)}\n`
  return out
}

const ACTIONS = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/inventory' }

/** Our own annotation lines, and nothing else that the runner would read as a command. */
function expectOnlyOwnCommands(log: string): void {
  for (const line of commandLines(log)) {
    if (line.startsWith('::add-mask::')) continue
    // The runner reads the command and its properties up to the second `::`; the rest is data.
    const command = /^::([a-z-]+)( [^:]*)?::/.exec(line)
    expect(command).not.toBeNull()
    expect(['error', 'warning', 'notice', 'group', 'endgroup']).toContain(command![1])
    expect(command![2] ?? '').not.toContain('pwned')
    expect(line).not.toContain('##[')
  }
}

describe('validate --format github in GitHub Actions', () => {
  test('every finding is escaped, past the tenth of each kind too; no line is a forged command', async () => {
    const root = makeRepo({ 'inv.toml': hostileInventory() })
    const r = await cli(root, ACTIONS, 'validate', '--format', 'github', 'inv.toml')
    expect(r.code).toBe(1)
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning) file=inv\.toml/.test(l))
    expect(annotations).toHaveLength(20)
    expect(annotations[0]).toMatch(/^::error file=inv\.toml,line=\d+,col=1,title=poi-gitops duplicate-package::duplicate package 'evil\\n::error file=pwned\.toml/)
    expectOnlyOwnCommands(r.stdout + r.stderr)
  })

  test('the bundled action on a pull request: annotations, plain lines and logs are all data', async () => {
    const root = makeRepo({ 'inventories/inv.toml': hostileInventory() })
    const r = await runAction(root, 'pull_request', { pull_request: { head: { repo: { full_name: 'acme/inventory' } } } }, {}, {})
    expect(r.code).toBe(1)
    expectOnlyOwnCommands(r.stdout)
    expect(r.summary).not.toMatch(/^::/m)
  })
})

describe('text output: one finding, one line', () => {
  test('validate, show and find escape control characters in names', async () => {
    const root = makeRepo({ 'inv.toml': hostileInventory(), 'ok.toml': '[inventory]\nname = "ok"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "a\\nb"\nreason = "line1\\r\\nline2\\u001b[31m"\n' })
    const v = await cli(root, {}, 'validate', 'inv.toml')
    const findings = v.stdout.split('\n').filter((l) => /^inv\.toml:\d+:\d+: /.test(l))
    expect(findings.length).toBeGreaterThan(10)
    for (const line of v.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^(inv\.toml:\d+:\d+: (error|warning): .* \([a-z-]+\)|\d+ error\(s\).*)$/)
    expect(v.stdout).toContain('evil\\n::error file=pwned.toml,line=1::owned\\r\\n##[error]legacy')
    const show = await cli(root, {}, 'show', '-i', 'ok.toml')
    expect(show.stdout).toContain('  a\\nb\n    reason: line1\\r\\nline2\\e[31m\n')
    const find = await cli(root, {}, 'find', 'a\nb', '-i', 'ok.toml')
    expect(find.stdout).toBe('ok.toml:7:1: a\\nb\n  reason: line1\\r\\nline2\\e[31m\n')
  })
})

describe('the egress defuses CI logs', () => {
  test('GitHub: `::` after any leading white space and `##[` anywhere; our own commands pass', () => {
    let out = ''
    const egress = new Egress([], 'github', { stdout: (s) => { out += s }, stderr: () => {}, writeFile: () => {}, appendFile: () => {} })
    egress.out(`plain\n::error::x\n \t\u00a0::warning::y\nz ##[error]w\n${annotation('error', 'mine')}\n`)
    const lines = out.split('\n')
    expect(lines[0]).toBe('plain')
    expect(lines[1]).not.toMatch(/^\s*::/)
    expect(lines[2]).not.toMatch(/^\s*::/)
    expect(lines[3]).not.toContain('##[')
    expect(lines[4]).toBe('::error::mine')
  })

  test('GitLab: carriage returns and ESC sequences (section markers, colours) are shown, not obeyed', () => {
    expect(defuse('a\rb\u001b[0Ksection_start:1:x\r\u001b[0K', 'gitlab')).toBe('a\\rb\\e[0Ksection_start:1:x\\r\\e[0K')
  })

  test('a U+0085 (NEL), which .NET trims as white space, cannot hide a command', () => {
    expect(defuse('\u0085::error::x', 'github')).not.toMatch(/^[\s\u0085]*::/)
  })
})
