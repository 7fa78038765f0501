// The add and remove commands on files the editor must refuse: the refusal is
// a located error, and nothing is announced or written before it.

import { describe, expect, test } from '@jest/globals'
import { cli, makeRepo, readRepoFile } from '../helpers/cli.js'

const INLINE = 'package = [{ name = "a", rpms = ["x", "y"] }]\n\n[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n'

describe('rule 6: refused before anything is announced', () => {
  test('add to a file with inline packages: a located error, no "Added", the file untouched', async () => {
    const root = makeRepo({ 'inl.toml': INLINE })
    const r = await cli(root, 'add', '-i', 'inl.toml', 'b', '--write')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^error: inl\.toml:1:1: packages are written inline/m)
    expect(r.stderr).not.toContain('Added')
    expect(readRepoFile(root, 'inl.toml')).toBe(INLINE)
  })

  test('update and remove of an inline package: located error, no "Updated"/"Removed"', async () => {
    const root = makeRepo({ 'inl.toml': INLINE })
    const u = await cli(root, 'add', '-i', 'inl.toml', 'a', '--poc', 'me', '--write')
    expect(u.code).toBe(1)
    expect(u.stderr).toMatch(/inl\.toml:1:1: packages are written inline/)
    expect(u.stderr).not.toContain('Updated')
    for (const args of [['a'], ['a', '--rpm', 'x']]) {
      const r = await cli(root, 'remove', '-i', 'inl.toml', ...args, '--write')
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/inl\.toml:1:1: packages are written inline/)
      expect(r.stderr).not.toContain('Removed')
    }
    expect(readRepoFile(root, 'inl.toml')).toBe(INLINE)
  })
})
