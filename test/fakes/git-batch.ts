// The fake forges' fast path to their git repository: a few long-lived git
// processes fed over pipes instead of one `git` process per operation (a
// process costs a fork of the whole test worker, tens of milliseconds).
// Git still does all the object and ref work in the real repository:
//   cat-file --batch-command   reads refs and objects
//   hash-object --stdin-paths  writes blobs, and commits (-t commit)
//   mktree --batch             writes trees
//   update-ref --stdin         moves and deletes branches, one transaction each
// Objects are immutable, so what was read of them is kept; refs are read
// fresh every time (tests also move them with the git CLI).

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Identity {
  name: string
  email: string
}

export interface CommitData {
  sha: string
  tree: string
  parents: string[]
  author: Identity
  committer: Identity
  message: string
  /** Committer date, ISO 8601 with offset (as `git show --format=%cI` prints it). */
  date: string
}

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

/** Edits to a tree: a blob at a path (nested paths allowed), or null to remove the path. */
export interface TreeEdit {
  path: string
  mode?: string
  sha: string | null
}

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

/** A byte stream read by lines and by counts, for git's batch protocols. */
class Reader {
  private buffer: Buffer = Buffer.alloc(0)
  private wake: (() => void) | null = null
  private ended: Error | null = null

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    this.wake?.()
  }

  end(error: Error): void {
    this.ended = error
    this.wake?.()
  }

  async line(): Promise<string> {
    for (;;) {
      const nl = this.buffer.indexOf(10)
      if (nl >= 0) {
        const line = this.buffer.subarray(0, nl).toString('utf8')
        this.buffer = this.buffer.subarray(nl + 1)
        return line
      }
      await this.more()
    }
  }

  async bytes(n: number): Promise<Buffer> {
    while (this.buffer.length < n) await this.more()
    const out = Buffer.from(this.buffer.subarray(0, n))
    this.buffer = this.buffer.subarray(n)
    return out
  }

  private more(): Promise<void> {
    if (this.ended) return Promise.reject(this.ended)
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null
        resolve()
      }
    })
  }
}

/** One long-lived git command; requests take turns (the protocols are strictly question, answer). */
class GitProcess {
  private child: ChildProcessWithoutNullStreams | null = null
  private reader = new Reader()
  private stderr = ''
  private turn: Promise<unknown> = Promise.resolve()

  constructor(private readonly args: string[], private readonly env: NodeJS.ProcessEnv) {}

  ask<T>(input: string, answer: (out: Reader) => Promise<T>): Promise<T> {
    const result = this.turn.then(async () => {
      const child = this.start()
      const reader = this.reader
      child.stdin.write(input)
      return answer(reader)
    })
    this.turn = result.catch(() => undefined)
    return result
  }

  close(): void {
    this.child?.stdin.end()
    this.child?.kill()
    this.child = null
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child
    const child = spawn('git', this.args, { env: this.env, stdio: ['pipe', 'pipe', 'pipe'] })
    const reader = new Reader()
    this.reader = reader
    this.stderr = ''
    child.stdout.on('data', (chunk: Buffer) => reader.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8')
    })
    // A git that stops (a rejected ref update ends update-ref) fails the request it was answering; the next one starts a new process.
    child.on('close', (code) => {
      if (this.child === child) this.child = null
      reader.end(new Error(`git ${this.args.join(' ')} stopped (${code ?? 'signal'}): ${this.stderr.trim()}`))
    })
    child.stdin.on('error', () => undefined)
    this.child = child
    return child
  }
}

export class GitBatch {
  private readonly reads: GitProcess
  private readonly blobs: GitProcess
  private readonly commitObjects: GitProcess
  private readonly trees: GitProcess
  private readonly refs: GitProcess
  private readonly commits = new Map<string, CommitData>()
  private readonly treeCache = new Map<string, Map<string, TreeEntry>>()
  private scratch = 0

  constructor(private readonly gitDir: string, env: NodeJS.ProcessEnv) {
    const git = (...args: string[]) => new GitProcess(args, env)
    this.reads = git('cat-file', '--batch-command')
    this.blobs = git('hash-object', '-w', '--stdin-paths')
    this.commitObjects = git('hash-object', '-w', '-t', 'commit', '--stdin-paths')
    this.trees = git('mktree', '--batch')
    this.refs = git('update-ref', '--stdin')
  }

  close(): void {
    for (const p of [this.reads, this.blobs, this.commitObjects, this.trees, this.refs]) p.close()
  }

  // --- reads --------------------------------------------------------------------

  /** The commit a name (branch, ref, sha) points at, or null. */
  async resolve(name: string): Promise<string | null> {
    if (/[\n\0]/.test(name) || name === '') return null
    const info = await this.info(`${name}^{commit}`)
    return info?.sha ?? null
  }

  branchHead(branch: string): Promise<string | null> {
    return this.resolve(`refs/heads/${branch}`)
  }

  async hasObject(sha: string, type?: string): Promise<boolean> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return false
    const info = await this.info(sha)
    return info !== null && (type === undefined || info.type === type)
  }

  async commit(sha: string): Promise<CommitData> {
    const cached = this.commits.get(sha)
    if (cached) return cached
    const object = await this.contents(sha)
    if (!object || object.type !== 'commit') throw new Error(`no commit ${sha}`)
    const data = parseCommit(object.sha, object.content)
    this.commits.set(object.sha, data)
    return data
  }

  async treeOf(commit: string): Promise<string> {
    return (await this.commit((await this.resolve(commit)) ?? commit)).tree
  }

  /** Every file of a tree (or commit) by path. */
  async files(treeish: string): Promise<Map<string, TreeEntry>> {
    const tree = (await this.hasObject(treeish, 'tree')) ? treeish : await this.treeOf(treeish)
    const out = new Map<string, TreeEntry>()
    const walk = async (sha: string, prefix: string): Promise<void> => {
      for (const [name, entry] of await this.tree(sha)) {
        if (entry.type === 'tree') await walk(entry.sha, `${prefix}${name}/`)
        else out.set(`${prefix}${name}`, entry)
      }
    }
    await walk(tree, '')
    return out
  }

  /** Paths whose content or mode differs between two commits, sorted. */
  async changedPaths(a: string, b: string): Promise<string[]> {
    const [x, y] = await Promise.all([this.files(a), this.files(b)])
    const paths = new Set([...x.keys(), ...y.keys()])
    return [...paths].filter((p) => x.get(p)?.sha !== y.get(p)?.sha || x.get(p)?.mode !== y.get(p)?.mode).sort()
  }

  /** Raw file content at `ref:path`, or null. */
  async blob(ref: string, path: string): Promise<Buffer | null> {
    const object = await this.contents(`${ref}:${path}`)
    return object?.type === 'blob' ? object.content : null
  }

  async readFile(ref: string, path: string): Promise<string | null> {
    return (await this.blob(ref, path))?.toString('utf8') ?? null
  }

  /** Commits reachable from `to` but not from `from`, oldest first (`git rev-list --reverse from..to`). */
  async commitsBetween(from: string, to: string): Promise<CommitData[]> {
    const excluded = await this.ancestors(from)
    const included = [...(await this.ancestors(to)).values()].filter((c) => !excluded.has(c.sha))
    // Every fake commit is a minute newer than the one before, so time order is history order.
    return included.sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || (a.sha < b.sha ? -1 : 1))
  }

  /** The newest common ancestor (the fakes' histories have no criss-cross merges). */
  async mergeBase(a: string, b: string): Promise<string | null> {
    const left = await this.ancestors(a)
    const common = [...(await this.ancestors(b)).values()].filter((c) => left.has(c.sha))
    common.sort((x, y) => Date.parse(y.date) - Date.parse(x.date))
    return common[0]?.sha ?? null
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    const sha = await this.resolve(ancestor)
    return sha !== null && (await this.ancestors(of)).has(sha)
  }

  // --- writes -------------------------------------------------------------------

  async writeBlob(content: string | Buffer): Promise<string> {
    return this.viaFile(this.blobs, content)
  }

  /** `base` (a tree, or null for none) with the edits applied; unchanged subtrees are reused. */
  async writeTree(base: string | null, edits: readonly TreeEdit[]): Promise<string> {
    interface Dir { entries: Map<string, TreeEntry>; dirs: Map<string, Dir> }
    const load = async (sha: string | null): Promise<Dir> => ({ entries: new Map(sha ? await this.tree(sha) : []), dirs: new Map() })
    const root = await load(base)
    const dirOf = async (parent: Dir, name: string): Promise<Dir> => {
      let dir = parent.dirs.get(name)
      if (!dir) {
        const entry = parent.entries.get(name)
        dir = await load(entry?.type === 'tree' ? entry.sha : null)
        parent.dirs.set(name, dir)
      }
      return dir
    }
    for (const edit of edits) {
      const parts = edit.path.split('/')
      const name = parts.pop()!
      let dir = root
      for (const part of parts) dir = await dirOf(dir, part)
      if (edit.sha === null) dir.entries.delete(name)
      else dir.entries.set(name, { mode: edit.mode ?? '100644', type: 'blob', sha: edit.sha })
    }
    const write = async (dir: Dir): Promise<string> => {
      for (const [name, sub] of dir.dirs) {
        const sha = await write(sub)
        if (sha === EMPTY_TREE) dir.entries.delete(name)
        else dir.entries.set(name, { mode: '040000', type: 'tree', sha })
      }
      if (dir.entries.size === 0) return EMPTY_TREE
      const lines = [...dir.entries].map(([name, e]) => `${e.mode} ${e.type} ${e.sha}\t${name}\n`).join('')
      return this.trees.ask(`${lines}\n`, (out) => out.line())
    }
    return write(root)
  }

  /** A commit object exactly as `git commit-tree` writes it (the message verbatim). */
  async writeCommit(tree: string, parents: readonly string[], message: string, author: Identity, committer: Identity, date: string): Promise<string> {
    const person = (who: Identity) => `${who.name} <${who.email}> ${date}`
    const text = [`tree ${tree}`, ...parents.map((p) => `parent ${p}`), `author ${person(author)}`, `committer ${person(committer)}`, '', message].join('\n')
    return this.viaFile(this.commitObjects, text)
  }

  async updateRef(ref: string, sha: string): Promise<void> {
    await this.transaction(`update ${ref} ${sha}\n`)
  }

  async deleteRef(ref: string): Promise<void> {
    await this.transaction(`delete ${ref}\n`)
  }

  // --- plumbing -----------------------------------------------------------------

  private async transaction(command: string): Promise<void> {
    await this.refs.ask(`start\n${command}commit\n`, async (out) => {
      const lines = [await out.line(), await out.line()]
      if (lines.join('\n') !== 'start: ok\ncommit: ok') throw new Error(`update-ref: ${lines.join('; ')}`)
    })
  }

  private info(name: string): Promise<{ sha: string; type: string } | null> {
    return this.reads.ask(`info ${name}\n`, async (out) => {
      const header = await out.line()
      const [sha, type] = header.split(' ')
      return header.endsWith(' missing') || header.endsWith(' ambiguous') || !sha || !type ? null : { sha, type }
    })
  }

  private contents(name: string): Promise<{ sha: string; type: string; content: Buffer } | null> {
    return this.reads.ask(`contents ${name}\n`, async (out) => {
      const header = await out.line()
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) return null
      const [sha = '', type = '', size = '0'] = header.split(' ')
      const content = await out.bytes(Number(size))
      await out.bytes(1) // the newline after the content
      return { sha, type, content }
    })
  }

  private async tree(sha: string): Promise<Map<string, TreeEntry>> {
    const cached = this.treeCache.get(sha)
    if (cached) return cached
    const object = sha === EMPTY_TREE ? { sha, type: 'tree', content: Buffer.alloc(0) } : await this.contents(sha)
    if (!object || object.type !== 'tree') throw new Error(`no tree ${sha}`)
    const entries = parseTree(object.content)
    this.treeCache.set(sha, entries)
    return entries
  }

  private async ancestors(name: string): Promise<Map<string, CommitData>> {
    const out = new Map<string, CommitData>()
    const start = await this.resolve(name)
    const queue = start ? [start] : []
    while (queue.length > 0) {
      const sha = queue.pop()!
      if (out.has(sha)) continue
      const commit = await this.commit(sha)
      out.set(sha, commit)
      queue.push(...commit.parents)
    }
    return out
  }

  /** hash-object --stdin-paths reads a file per line: the content goes through a scratch file. */
  private async viaFile(process: GitProcess, content: string | Buffer): Promise<string> {
    const path = join(this.gitDir, `scratch-${this.scratch++}`)
    writeFileSync(path, content)
    try {
      return await process.ask(`${path}\n`, (out) => out.line())
    } finally {
      rmSync(path, { force: true })
    }
  }
}

function parseCommit(sha: string, raw: Buffer): CommitData {
  const text = raw.toString('utf8')
  const split = text.indexOf('\n\n')
  const headers = (split < 0 ? text : text.slice(0, split)).split('\n')
  const message = split < 0 ? '' : text.slice(split + 2)
  let tree = ''
  const parents: string[] = []
  let author: Identity = { name: '', email: '' }
  let committer: Identity = { name: '', email: '' }
  let date = ''
  for (const line of headers) {
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    const value = line.slice(space + 1)
    if (key === 'tree') tree = value
    else if (key === 'parent') parents.push(value)
    else if (key === 'author' || key === 'committer') {
      const m = /^(.*) <(.*)> (\d+) ([+-])(\d\d)(\d\d)$/.exec(value)
      if (!m) continue
      const who = { name: m[1], email: m[2] }
      if (key === 'author') author = who
      else {
        committer = who
        date = isoDate(Number(m[3]), `${m[4]}${m[5]}:${m[6]}`)
      }
    }
  }
  return { sha, tree, parents, author, committer, message, date }
}

/** `git show --format=%cI`: the local time of the offset, e.g. 2023-11-14T22:14:20+00:00. */
function isoDate(epochSeconds: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1
  const [h, m] = offset.slice(1).split(':').map(Number)
  const local = new Date((epochSeconds + sign * ((h ?? 0) * 3600 + (m ?? 0) * 60)) * 1000)
  return `${local.toISOString().slice(0, 19)}${offset}`
}

function parseTree(raw: Buffer): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>()
  let i = 0
  while (i < raw.length) {
    const space = raw.indexOf(32, i)
    const nul = raw.indexOf(0, space)
    const mode = raw.subarray(i, space).toString('utf8').padStart(6, '0')
    const name = raw.subarray(space + 1, nul).toString('utf8')
    const sha = raw.subarray(nul + 1, nul + 21).toString('hex')
    out.set(name, { mode, type: mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob', sha })
    i = nul + 21
  }
  return out
}
