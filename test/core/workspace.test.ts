// The workspace boundary: every read and write of a repository file resolves
// symbolic links inside the repository, refuses what lies outside it, refuses
// what is not a regular file, and caps what it reads.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmod, lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApplyConflictError, FsWorkspace, MAX_FILE_BYTES, WorkspaceError } from '../../src/core/workspace.js'

let dir: string
let outside: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poi-gitops-ws-'))
  outside = await mkdtemp(join(tmpdir(), 'poi-gitops-outside-'))
  await mkdir(join(dir, 'inventories'))
  await writeFile(join(dir, 'inventories/a.toml'), 'A\n')
  await writeFile(join(outside, 'secret.toml'), '[inventory]\nname = "not yours"\n')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

async function refusal(p: Promise<unknown>): Promise<WorkspaceError> {
  try {
    await p
  } catch (e) {
    if (e instanceof WorkspaceError) return e
    throw e
  }
  throw new Error('expected a WorkspaceError')
}

describe('reads', () => {
  test('a regular file, an absent one, and a link inside the repository', async () => {
    await symlink('a.toml', join(dir, 'inventories/link.toml'))
    const ws = new FsWorkspace(dir)
    expect(Buffer.from((await ws.read('inventories/a.toml'))!).toString()).toBe('A\n')
    expect(await ws.read('inventories/none.toml')).toBeUndefined()
    expect(Buffer.from((await ws.read('inventories/link.toml'))!).toString()).toBe('A\n')
    expect(await ws.realPath('inventories/link.toml')).toBe('inventories/a.toml')
  })

  test('a link out of the repository, or a path under one, is refused and its target never read', async () => {
    await symlink(join(outside, 'secret.toml'), join(dir, 'inventories/link.toml'))
    await symlink(outside, join(dir, 'elsewhere'))
    const ws = new FsWorkspace(dir)
    expect((await refusal(ws.read('inventories/link.toml'))).message).toMatch(/^inventories\/link\.toml: .*outside the repository/)
    expect((await refusal(ws.read('elsewhere/secret.toml'))).message).toMatch(/outside the repository/)
    expect((await refusal(ws.read('../x.toml'))).message).toMatch(/not a clean path/)
    expect((await refusal(ws.read(join(outside, 'secret.toml')))).message).toMatch(/outside the repository/)
  })

  test('a link to /dev/zero is refused before it is opened: it leads outside the repository', async () => {
    await symlink('/dev/zero', join(dir, 'inventories/zero.toml'))
    const ws = new FsWorkspace(dir)
    expect((await refusal(ws.read('inventories/zero.toml'))).message).toMatch(/outside the repository/)
  })

  test('a FIFO named *.toml is refused without blocking, and so is a directory', async () => {
    execFileSync('mkfifo', [join(dir, 'inventories/pipe.toml')])
    await mkdir(join(dir, 'inventories/dir.toml'))
    const ws = new FsWorkspace(dir)
    expect((await refusal(ws.read('inventories/pipe.toml'))).reason).toBe('is a FIFO (named pipe), not a regular file')
    expect((await refusal(ws.read('inventories/dir.toml'))).reason).toBe('is a directory, not a file')
  })

  test('a file larger than the cap is refused before it is read', async () => {
    await writeFile(join(dir, 'inventories/huge.toml'), '')
    await truncate(join(dir, 'inventories/huge.toml'), MAX_FILE_BYTES + 1)
    const ws = new FsWorkspace(dir)
    expect((await refusal(ws.read('inventories/huge.toml'))).reason).toMatch(/larger than the 64 MiB poi-gitops reads/)
  })

  test('glob lists links, FIFOs and devices (so they get a located refusal) but never descends a linked directory', async () => {
    await symlink(outside, join(dir, 'inventories/out'))
    await symlink(join(outside, 'secret.toml'), join(dir, 'inventories/link.toml'))
    execFileSync('mkfifo', [join(dir, 'inventories/pipe.toml')])
    expect(await new FsWorkspace(dir).glob(['**/*.toml'])).toEqual(['inventories/a.toml', 'inventories/link.toml', 'inventories/pipe.toml'])
  })
})

describe('--write', () => {
  const BEFORE = 'A\n'

  test('creates, updates and deletes files', async () => {
    await writeFile(join(dir, 'gone.txt'), 'bye\n')
    const written = await new FsWorkspace(dir).write([
      { path: 'inventories/a.toml', before: BEFORE, after: 'B\n' },
      { path: 'exports/new/list.yaml', before: null, after: 'x\n' },
      { path: 'gone.txt', before: 'bye\n', after: null },
      { path: 'same.txt', before: 'a', after: 'a' }
    ])
    expect(written).toEqual(['inventories/a.toml', 'exports/new/list.yaml', 'gone.txt'])
    expect(await readFile(join(dir, 'inventories/a.toml'), 'utf8')).toBe('B\n')
    expect(await readFile(join(dir, 'exports/new/list.yaml'), 'utf8')).toBe('x\n')
    await expect(readFile(join(dir, 'gone.txt'))).rejects.toThrow()
  })

  test('nothing is written when any file changed since the change was computed', async () => {
    const attempt = new FsWorkspace(dir).write([
      { path: 'exports/new.yaml', before: null, after: 'x\n' },
      { path: 'inventories/a.toml', before: 'something else', after: 'B\n' }
    ])
    await expect(attempt).rejects.toThrow(ApplyConflictError)
    await expect(attempt).rejects.toThrow(/inventories\/a\.toml: changed since the change was computed/)
    await expect(readFile(join(dir, 'exports/new.yaml'))).rejects.toThrow()
    expect(await readFile(join(dir, 'inventories/a.toml'), 'utf8')).toBe(BEFORE)
  })

  test('paths that leave the repository are refused, nothing is written', async () => {
    await symlink(outside, join(dir, 'link'))
    await symlink(join(outside, 'secret.toml'), join(dir, 'inventories/out.toml'))
    for (const path of ['../escape.txt', join(outside, 'x.txt'), 'a/../../b', 'link/x.txt', 'a\\b', 'inventories/out.toml']) {
      await expect(new FsWorkspace(dir).write([{ path, before: null, after: 'x' }])).rejects.toThrow(/outside the repository|not a clean path/)
    }
    expect(await readFile(join(outside, 'secret.toml'), 'utf8')).toContain('not yours')
  })

  test('keeps the permission bits and writes through a link inside the repository (the link stays a link)', async () => {
    await chmod(join(dir, 'inventories/a.toml'), 0o600)
    await symlink('a.toml', join(dir, 'inventories/link.toml'))
    await new FsWorkspace(dir).write([{ path: 'inventories/link.toml', before: BEFORE, after: 'B\n' }])
    expect((await lstat(join(dir, 'inventories/link.toml'))).isSymbolicLink()).toBe(true)
    expect(await readlink(join(dir, 'inventories/link.toml'))).toBe('a.toml')
    expect(await readFile(join(dir, 'inventories/a.toml'), 'utf8')).toBe('B\n')
    expect((await stat(join(dir, 'inventories/a.toml'))).mode & 0o777).toBe(0o600)
  })
})
