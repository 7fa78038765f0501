// The repository as commands see it, and the one boundary every repository
// file passes: reads (and, in local.ts, writes) resolve symbolic links and
// refuse anything outside the repository root, anything that is not a
// regular file (a FIFO would block, a device never ends) and anything larger
// than MAX_FILE_BYTES. Commands never write; an overlay lets `run` show later
// steps the files earlier steps changed.

import { constants } from 'node:fs'
import { chmod, lstat, mkdir, open, readdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path'
import { decodeBytes } from './decode.js'
import { changedFiles, type FileChange } from './changeset.js'

/** Inventories are kilobytes to a few megabytes; anything past this is a mistake or an attack. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

export interface Workspace {
  /** Absolute path of the repository root. */
  readonly root: string
  /** The file's bytes, or undefined when it does not exist. Throws WorkspaceError for a file it refuses. */
  read(path: string): Promise<Uint8Array | undefined>
  /** Repository-relative '/'-separated paths of files matching any pattern, sorted. */
  glob(patterns: readonly string[]): Promise<string[]>
  /**
   * The repository-relative path of the file a path stands for: a symbolic link inside the
   * repository is followed, so an edit changes the link's target and the link stays a link.
   */
  realPath(path: string): Promise<string>
}

/** A path the workspace refuses; the message names the path and the cause. */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError'
  readonly exitCode = 1
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`)
  }
}

const SKIP_DIRS = new Set(['.git', 'node_modules'])

/** minimatch, loaded once with the first glob: most commands name their files (README, "Performance"). */
let minimatchModule: Promise<typeof import('minimatch')['minimatch']> | undefined
const globMatcher = (): NonNullable<typeof minimatchModule> => (minimatchModule ??= import('minimatch').then((m) => m.minimatch))

export interface FsWorkspaceOptions {
  /**
   * Absolute paths outside the repository that may be read: inputs a user named on a terminal
   * (import's JSON, inventories to show). Nothing outside the repository is ever written.
   */
  externalReads?: readonly string[]
}

export class FsWorkspace implements Workspace {
  readonly root: string
  #realRoot: Promise<string> | undefined
  readonly #external: ReadonlySet<string>

  constructor(root: string, options: FsWorkspaceOptions = {}) {
    this.root = resolve(root)
    this.#external = new Set((options.externalReads ?? []).map((p) => resolve(p)))
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    const external = isAbsolute(path) && this.#external.has(resolve(path))
    const real = external ? await realpath(path).catch(() => undefined) : await this.#resolve(path)
    if (real === undefined) return undefined
    let handle
    try {
      // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the path is already resolved.
      handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
    } catch (e) {
      if (code(e) === 'ENOENT') return undefined
      throw new WorkspaceError(path, `cannot be opened (${code(e) ?? (e as Error).message})`)
    }
    try {
      const info = await handle.stat()
      if (info.isDirectory()) throw new WorkspaceError(path, 'is a directory, not a file')
      if (!info.isFile()) throw new WorkspaceError(path, `is ${kindOf(info)}, not a regular file`)
      if (info.size > MAX_FILE_BYTES) throw new WorkspaceError(path, `is ${mib(info.size)}, larger than the ${mib(MAX_FILE_BYTES)} poi-gitops reads`)
      // Read at most one byte past the cap, so a file that grows while it is read is refused too.
      let buffer = Buffer.alloc(Math.min(info.size, MAX_FILE_BYTES) + 1)
      let length = 0
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
        if (bytesRead === 0) return new Uint8Array(buffer.buffer, buffer.byteOffset, length)
        length += bytesRead
        if (length > MAX_FILE_BYTES) throw new WorkspaceError(path, `is larger than the ${mib(MAX_FILE_BYTES)} poi-gitops reads`)
        if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, MAX_FILE_BYTES + 1 - buffer.length))])
      }
    } finally {
      await handle.close()
    }
  }

  /**
   * Writes changed files (`--write`). Every file is checked first: it must still hold its
   * `before` content (absent for a created file), so an edit made since the change was computed
   * is never overwritten. A symbolic link inside the repository is written through (the link
   * stays a link); permission bits are kept. Returns the paths written or deleted.
   */
  async write(changes: readonly FileChange[]): Promise<string[]> {
    const files = changedFiles(changes)
    const conflicts: string[] = []
    const targets: { change: FileChange; target: string; mode: number | undefined }[] = []
    for (const change of files) {
      let target: string
      try {
        target = (await this.#resolve(change.path, true))!
      } catch (e) {
        if (!(e instanceof WorkspaceError)) throw e
        conflicts.push(e.message)
        continue
      }
      const current = await this.read(change.path).catch((e: unknown) => {
        if (e instanceof WorkspaceError) conflicts.push(e.message)
        else throw e
        return null
      })
      if (current === null) continue
      const text = current === undefined ? null : Buffer.from(current).toString('utf8')
      if (text !== change.before) {
        conflicts.push(`${change.path}: ${text === null ? 'missing' : change.before === null ? 'already exists' : 'changed since the change was computed'}`)
        continue
      }
      targets.push({ change, target, mode: current === undefined ? undefined : (await stat(target)).mode & 0o7777 })
    }
    if (conflicts.length > 0) throw new ApplyConflictError(conflicts)
    for (const { change, target, mode } of targets) {
      if (change.after === null) {
        await unlink(target)
        continue
      }
      await mkdir(dirname(target), { recursive: true })
      // Write then rename, so an interrupted run never leaves half a file.
      const temp = `${target}.poi-gitops-${process.pid}.tmp`
      await writeFile(temp, change.after, { flag: 'wx' })
      if (mode !== undefined) await chmod(temp, mode)
      await rename(temp, target)
    }
    return targets.map((t) => t.change.path)
  }

  /**
   * Keeps local state a command asked for on a terminal (a resume point): files written or removed
   * through the same boundary, without the `before` check of `write` (they are not part of any change).
   */
  async keep(state: { write: ReadonlyArray<{ path: string; content: string }>; remove: readonly string[] }): Promise<string[]> {
    const done: string[] = []
    for (const { path, content } of state.write) {
      const target = (await this.#resolve(path, true))!
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, content)
      done.push(path)
    }
    for (const path of state.remove) {
      const target = await this.#resolve(path).catch(() => undefined)
      if (target !== undefined) await unlink(target).catch(() => undefined)
    }
    return done
  }

  async realPath(path: string): Promise<string> {
    const real = await this.#resolve(path, true)
    return toRepoPath(await this.#root(), real!)
  }

  async glob(patterns: readonly string[]): Promise<string[]> {
    const [all, minimatch] = await Promise.all([this.#walk(this.root), globMatcher()])
    return all.filter((f) => patterns.some((p) => minimatch(f, p, { dot: false }))).sort()
  }

  /** A repository-relative path for a relative or absolute spelling of a path inside the repository. */
  relativePath(path: string): string {
    const abs = isAbsolute(path) ? resolve(path) : resolve(this.root, path)
    const rel = relative(this.root, abs)
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new WorkspaceError(path, 'is outside the repository')
    return rel.split(sep).join('/')
  }

  #root(): Promise<string> {
    this.#realRoot ??= realpath(this.root)
    return this.#realRoot
  }

  /**
   * The real absolute path for a repository path, symbolic links followed; undefined when nothing
   * is there. Refuses paths that are, or lead, outside the repository. With `forWrite`, a missing
   * file resolves through its nearest existing ancestor (where a write would create it).
   */
  async #resolve(path: string, forWrite = false): Promise<string | undefined> {
    const rel = this.#clean(path)
    const root = await this.#root()
    const abs = join(root, rel)
    let real: string
    try {
      real = await realpath(abs)
    } catch (e) {
      if (code(e) !== 'ENOENT' && code(e) !== 'ENOTDIR') throw new WorkspaceError(path, `cannot be resolved (${code(e) ?? (e as Error).message})`)
      const link = await lstat(abs).catch(() => undefined)
      if (link?.isSymbolicLink()) throw new WorkspaceError(path, 'is a symbolic link to a file that does not exist')
      if (!forWrite) return undefined
      real = await this.#nearest(root, abs, path)
    }
    if (!isInside(root, real)) throw new WorkspaceError(path, 'is a symbolic link (or lies under one) that leads outside the repository')
    return real
  }

  /** Where a new file would be created: its nearest existing ancestor resolved, the rest appended. */
  async #nearest(root: string, abs: string, path: string): Promise<string> {
    let dir = dirname(abs)
    for (;;) {
      const real = await realpath(dir).catch(() => undefined)
      if (real !== undefined) {
        const target = join(real, relative(dir, abs))
        if (!isInside(root, target)) throw new WorkspaceError(path, 'lies under a symbolic link that leads outside the repository')
        return target
      }
      if (dir === root || dirname(dir) === dir) throw new WorkspaceError(path, 'is outside the repository')
      dir = dirname(dir)
    }
  }

  #clean(path: string): string {
    const rel = isAbsolute(path) ? this.relativePath(path) : path
    if (rel === '' || rel.includes('\0') || rel.includes('\\') || rel.split('/').some((s) => s === '..')) {
      throw new WorkspaceError(path, 'is not a clean path inside the repository')
    }
    return rel
  }

  async #walk(dir: string): Promise<string[]> {
    const out: string[] = []
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) out.push(...(await this.#walk(full)))
        continue
      }
      // A link to a directory is not descended (git does not follow it either, and it may loop).
      if (entry.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isDirectory()) continue
      // Links, FIFOs and devices are listed: reading them gives a located refusal instead of silence.
      out.push(relative(this.root, full).split(sep).join('/'))
    }
    return out
  }
}

/** `--write` found files that do not hold what the change was computed from. */
export class ApplyConflictError extends Error {
  override readonly name = 'ApplyConflictError'
  readonly exitCode = 1
  constructor(readonly conflicts: string[]) {
    super(`not applied: ${conflicts.join('; ')}`)
  }
}

/** A workspace with some files replaced (or deleted, when null) in memory. */
export class OverlayWorkspace implements Workspace {
  private readonly files = new Map<string, string | null>()

  constructor(private readonly base: Workspace) {}

  get root(): string {
    return this.base.root
  }

  set(path: string, content: string | null): void {
    this.files.set(path, content)
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    if (this.files.has(path)) {
      const c = this.files.get(path)
      return c === null || c === undefined ? undefined : new TextEncoder().encode(c)
    }
    return this.base.read(path)
  }

  async glob(patterns: readonly string[]): Promise<string[]> {
    const [found, minimatch] = await Promise.all([this.base.glob(patterns).then((list) => new Set(list)), globMatcher()])
    for (const [path, content] of this.files) {
      if (content === null) found.delete(path)
      else if (patterns.some((p) => minimatch(path, p))) found.add(path)
    }
    return [...found].sort()
  }

  realPath(path: string): Promise<string> {
    return this.base.realPath(path)
  }
}

/** A file as text (its byte-order mark kept, so a FileChange's `before` is the file exactly), or null when absent. */
export async function readText(ws: Workspace, path: string): Promise<string | null> {
  const bytes = await ws.read(path)
  if (bytes === undefined) return null
  const d = decodeBytes(bytes)
  return (d.bom ? '\ufeff' : '') + d.text
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

function toRepoPath(root: string, real: string): string {
  return relative(root, real).split(sep).join('/')
}

function kindOf(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isSocket()) return 'a socket'
  return 'not a regular file'
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`
}

function code(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code
  return typeof c === 'string' ? c : undefined
}

/** A repository-relative path that stays inside the repository, or undefined. */
export function safeRepoPath(p: string): string | undefined {
  if (p === '' || p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.includes('\\') || p.includes('\u0000')) return undefined
  const norm = posix.normalize(p)
  if (norm === '..' || norm.startsWith('../')) return undefined
  return norm.replace(/^\.\//, '')
}
