// The README's action tables cannot drift from action.yml.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '..', '..')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** The rows of the first Markdown table after `### heading`, cells without backticks. */
function table(heading: string): string[][] {
  const lines = readme.slice(readme.indexOf(`### ${heading}\n`)).split('\n')
  const first = lines.findIndex((l) => l.startsWith('|'))
  const rows: string[][] = []
  for (const l of lines.slice(first + 2)) {
    if (!l.startsWith('|')) break
    rows.push(l.slice(2, -2).split(' | ').map((c) => c.replace(/`/g, '').trim()))
  }
  return rows
}

const plain = (s: string): string => s.replace(/`/g, '')

describe('action.yml and README', () => {
  test('the action runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
  test('inputs table matches name, default and description', () => {
    expect(table('Inputs')).toEqual(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? '', plain(v.description)]))
  })
  test('outputs table matches', () => {
    expect(table('Outputs').map((r) => [r[0], r[1]])).toEqual(Object.entries(action.outputs).map(([k, v]) => [k, plain(v.description)]))
  })
  test('every public input and output exists in action.yml', () => {
    for (const i of ['command', 'args', 'config', 'inventories', 'dry-run', 'token', 'gitlab-token', 'bugzilla-api-key', 'distgit-token', 'base']) expect(action.inputs).toHaveProperty(i)
    for (const o of ['changed', 'operation', 'pull-request-url', 'pull-request-number', 'proposals', 'errors', 'warnings', 'report']) expect(action.outputs).toHaveProperty(o)
  })
})
