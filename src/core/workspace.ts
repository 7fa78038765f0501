// The repository as commands see it: read-only access to files by
// repository-relative path, and glob listing. Commands never write; an
// overlay lets `run` show later steps the files earlier steps changed.

import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { minimatch } from 'minimatch'
import { decodeBytes } from '../toml/source.js'

export interface Workspace {
  /** Absolute path of the repository root. */
  readonly root: string
  read(path: string): Promise<Uint8Array | undefined>
  /** Repository-relative '/'-separated paths of files matching any pattern, sorted. */
  glob(patterns: readonly string[]): Promise<string[]>
}

const SKIP_DIRS = new Set(['.git', 'node_modules'])

export class FsWorkspace implements Workspace {
  constructor(readonly root: string) {}

  async read(path: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(join(this.root, path))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw e
    }
  }

  async glob(patterns: readonly string[]): Promise<string[]> {
    const all = await this.walk(this.root)
    return all.filter((f) => patterns.some((p) => minimatch(f, p, { dot: false }))).sort()
  }

  private async walk(dir: string): Promise<string[]> {
    const out: string[] = []
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) out.push(...(await this.walk(join(dir, entry.name))))
      } else if (entry.isFile()) {
        out.push(relative(this.root, join(dir, entry.name)).split(sep).join('/'))
      }
    }
    return out
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
    const found = new Set(await this.base.glob(patterns))
    for (const [path, content] of this.files) {
      if (content === null) found.delete(path)
      else if (patterns.some((p) => minimatch(path, p))) found.add(path)
    }
    return [...found].sort()
  }
}

/** A file as text (its byte-order mark kept, so a FileChange's `before` is the file exactly), or null when absent. */
export async function readText(ws: Workspace, path: string): Promise<string | null> {
  const bytes = await ws.read(path)
  if (bytes === undefined) return null
  const d = decodeBytes(bytes)
  return (d.bom ? '\ufeff' : '') + d.text
}
