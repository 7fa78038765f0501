import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { propose } from '../../src/forge/engine.js'
import { ApplyConflictError, applyToWorkingTree, formatPreview, previewProposal } from '../../src/forge/local.js'
import { parseMarker } from '../../src/forge/marker.js'
import { AFTER_FOO, BEFORE, INVENTORY, addFoo } from './harness.js'

describe('dry-run preview', () => {
  test('title, body and patch without any forge', () => {
    const preview = previewProposal(addFoo())
    expect(preview.title).toBe('poi-gitops: salimma: 1 added')
    expect(preview.patch).toContain('+name = "foo"')
    expect(preview.body).toContain('pull request is open')
    expect(parseMarker(preview.body)).toMatchObject({ job: 'salimma', commit: null })
    expect(preview.commitMessage.startsWith('poi-gitops: salimma: 1 added\n\n- inventories/salimma.toml\n')).toBe(true)
    expect(previewProposal(addFoo(), { forge: 'gitlab' }).body).toContain('merge request is open')
  })

  test('the engine without a forge previews exactly the same', async () => {
    expect((await propose(null, addFoo())).preview).toEqual(previewProposal(addFoo()))
  })

  test('the terminal form shows title and patch, the body on request', () => {
    const preview = previewProposal(addFoo())
    const text = formatPreview(preview)
    expect(text).toMatch(/^Title: poi-gitops: salimma: 1 added\n\ndiff --git/)
    expect(text).not.toContain('### How this was computed')
    expect(formatPreview(preview, { body: true })).toContain('### How this was computed')
  })
})

describe('--write', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'poi-gitops-write-'))
    await mkdir(join(dir, 'inventories'))
    await writeFile(join(dir, INVENTORY), BEFORE)
    await writeFile(join(dir, 'gone.txt'), 'bye\n')
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('creates, updates and deletes files', async () => {
    const written = await applyToWorkingTree(dir, [
      { path: INVENTORY, before: BEFORE, after: AFTER_FOO },
      { path: 'exports/new/list.yaml', before: null, after: 'x\n' },
      { path: 'gone.txt', before: 'bye\n', after: null },
      { path: 'same.txt', before: 'a', after: 'a' }
    ])
    expect(written).toEqual([INVENTORY, 'exports/new/list.yaml', 'gone.txt'])
    expect(await readFile(join(dir, INVENTORY), 'utf8')).toBe(AFTER_FOO)
    expect(await readFile(join(dir, 'exports/new/list.yaml'), 'utf8')).toBe('x\n')
    await expect(readFile(join(dir, 'gone.txt'))).rejects.toThrow()
  })

  test('nothing is written when any file changed since the change was computed', async () => {
    const attempt = applyToWorkingTree(dir, [
      { path: 'exports/new.yaml', before: null, after: 'x\n' },
      { path: INVENTORY, before: 'something else', after: AFTER_FOO }
    ])
    await expect(attempt).rejects.toThrow(ApplyConflictError)
    await expect(attempt).rejects.toThrow(/inventories\/salimma\.toml: changed since the change was computed/)
    await expect(readFile(join(dir, 'exports/new.yaml'))).rejects.toThrow()
    expect(await readFile(join(dir, INVENTORY), 'utf8')).toBe(BEFORE)
  })

  test('paths that leave the working tree are refused', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'poi-gitops-outside-'))
    await symlink(outside, join(dir, 'link'))
    for (const path of ['../escape.txt', '/etc/passwd', 'a/../../b', 'link/x.txt', 'a\\b']) {
      await expect(applyToWorkingTree(dir, [{ path, before: null, after: 'x' }])).rejects.toThrow(/outside the working tree/)
    }
    await rm(outside, { recursive: true, force: true })
  })
})
