// scripts/compact.mjs, which `npm run bundle` runs over dist/: it may drop
// what nothing references, comments and indentation, and nothing else — the
// bundle must behave the same, keep its shebang, and keep every name a stack
// trace or an error's `name` shows.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from '@jest/globals'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

// Shaped like an ncc chunk: a module factory whose library exports only what the bundle uses.
const CHUNK = `export const modules = {
  7: (module, exports, require) => {
    // Only \`used\` is exported, as webpack exports what the bundle imports.
    require.d(exports, { used: () => used })
    function used(x) {
      return helper(x) + 1
    }
    function helper(x) {
      return x * 2
    }
    function neverCalled() {
      return 'UNUSED LIBRARY CODE'
    }
  }
}
`

const ENTRY = `#!/usr/bin/env node
import { modules } from './7.index.js'
const exports = {}
const require = { d: (target, getters) => { for (const [k, get] of Object.entries(getters)) Object.defineProperty(target, k, { get }) } }
modules[7]({}, exports, require)
class RemoteProblem extends Error {
  constructor() {
    super('boom')
  }
}
function describeIt(e) {
  return e.constructor.name + ' ' + describeIt.name
}
/* a comment the bundle does not need */
console.log(exports.used(20), describeIt(new RemoteProblem()))
`

test('drops unreferenced code and comments; behaviour, shebang and names are kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poi-compact-'))
  dirs.push(dir)
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n')
  writeFileSync(join(dir, 'index.js'), ENTRY)
  writeFileSync(join(dir, '7.index.js'), CHUNK)
  const before = execFileSync(process.execPath, [join(dir, 'index.js')], { encoding: 'utf8' })
  expect(before).toBe('41 RemoteProblem describeIt\n')

  execFileSync(process.execPath, ['scripts/compact.mjs', dir], { stdio: 'pipe' })

  const entry = readFileSync(join(dir, 'index.js'), 'utf8')
  const chunk = readFileSync(join(dir, '7.index.js'), 'utf8')
  expect(entry.startsWith('#!/usr/bin/env node\n')).toBe(true)
  expect(chunk).not.toContain('UNUSED LIBRARY CODE')
  expect(chunk).not.toContain('neverCalled')
  expect(chunk).toContain('function helper(')
  expect(entry + chunk).not.toMatch(/a comment the bundle|Only `used` is exported/)
  expect(entry).toContain('class RemoteProblem')
  expect(entry.length + chunk.length).toBeLessThan(ENTRY.length + CHUNK.length)
  expect(execFileSync(process.execPath, [join(dir, 'index.js')], { encoding: 'utf8' })).toBe(before)
})
