// A real bare git repository in a temporary directory, driven with git
// plumbing only. The fake forges keep their repository state here and work on
// it through `batch` (long-lived git processes, git-batch.ts); tests check
// branches with the synchronous methods, each one git command, exactly as
// they would with `git log` / `git show` on a forge. A new repository is a
// copy of a template made once per distinct content, not a fresh `git init`.

import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitBatch, type Identity } from './git-batch.js'

export type { CommitData, Identity } from './git-batch.js'

export const PERSON: Identity = { name: 'Pat Packager', email: 'pat@example.org' }
const SEED: Identity = { name: 'Repo Owner', email: 'owner@example.org' }
const ZERO = '0000000000000000000000000000000000000000'

/** Template repositories by content, made once per test file and copied for each test. */
const templates = new Map<string, { dir: string; clock: number }>()
process.once('exit', () => {
  for (const t of templates.values()) rmSync(join(t.dir, '..'), { recursive: true, force: true })
})

export class GitRepo {
  /** Commit times advance one minute per commit, so equal content never collapses into one sha. */
  private clock = 1_700_000_000
  private gitBatch: GitBatch | undefined

  private constructor(readonly dir: string) {}

  /** A bare repository whose `main` holds the given files in one commit. */
  static create(files: Record<string, string>, branch = 'main'): GitRepo {
    const key = JSON.stringify([branch, Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))])
    let template = templates.get(key)
    if (!template) {
      const made = GitRepo.init()
      made.commitFiles(branch, files, SEED, 'Initial inventory')
      template = { dir: made.dir, clock: made.clock }
      templates.set(key, template)
    }
    const repo = new GitRepo(join(mkdtempSync(join(tmpdir(), 'poi-gitops-fake-')), 'repo.git'))
    cpSync(template.dir, repo.dir, { recursive: true })
    repo.clock = template.clock
    return repo
  }

  private static init(): GitRepo {
    const dir = mkdtempSync(join(tmpdir(), 'poi-gitops-template-'))
    const repo = new GitRepo(join(dir, 'repo.git'))
    execFileSync('git', ['init', '--quiet', '--bare', repo.dir], { env: gitEnv(dir) })
    return repo
  }

  /** The fakes' fast path: the same repository through long-lived git processes. */
  get batch(): GitBatch {
    this.gitBatch ??= new GitBatch(this.dir, { ...gitEnv(join(this.dir, '..')), GIT_DIR: this.dir })
    return this.gitBatch
  }

  /** The date of the next commit (one minute after the last), as git reads GIT_*_DATE. */
  nextDate(): string {
    return `${(this.clock += 60)} +0000`
  }

  git(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      input: options.input,
      env: { ...gitEnv(join(this.dir, '..')), GIT_DIR: this.dir, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe']
    }).toString('utf8').replace(/\n$/, '')
  }

  hashObject(content: string | Buffer): string {
    return this.git(['hash-object', '-w', '--stdin'], { input: content })
  }

  revParse(ref: string): string | null {
    try {
      return this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
    } catch {
      return null
    }
  }

  branchHead(branch: string): string | null {
    return this.revParse(`refs/heads/${branch}`)
  }

  /** A tree: `base` plus the edits (sha null removes the path; paths may be nested). */
  buildTree(base: string | null, edits: { path: string; mode?: string; sha: string | null }[]): string {
    const index = join(this.dir, '..', `index-${process.pid}-${Math.random().toString(36).slice(2)}`)
    const env = { GIT_INDEX_FILE: index }
    try {
      if (base) this.git(['read-tree', base], { env })
      else this.git(['read-tree', '--empty'], { env })
      const lines = edits.map((e) => (e.sha === null ? `0 ${ZERO}\t${e.path}` : `${e.mode ?? '100644'} ${e.sha}\t${e.path}`))
      if (lines.length > 0) this.git(['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` })
      return this.git(['write-tree'], { env })
    } finally {
      rmSync(index, { force: true })
    }
  }

  commitTree(tree: string, parents: string[], message: string, author: Identity, committer: Identity = author): string {
    const date = this.nextDate()
    return this.git(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], {
      input: message,
      env: {
        GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email, GIT_COMMITTER_DATE: date
      }
    })
  }

  updateRef(ref: string, sha: string): void {
    this.git(['update-ref', ref, sha])
  }

  deleteRef(ref: string): void {
    this.git(['update-ref', '-d', ref])
  }

  /** What a person's push does: one commit with these files on top of the branch (created from `from` if missing). */
  commitFiles(branch: string, files: Record<string, string | null>, who: Identity = PERSON, message = 'Edit by hand', from?: string): string {
    const head = this.branchHead(branch) ?? (from ? this.revParse(from) : null)
    const edits = Object.entries(files).map(([path, content]) => ({ path, sha: content === null ? null : this.hashObject(content) }))
    const tree = this.buildTree(head ? this.treeOf(head) : null, edits)
    const sha = this.commitTree(tree, head ? [head] : [], message, who)
    this.updateRef(`refs/heads/${branch}`, sha)
    return sha
  }

  treeOf(commit: string): string {
    return this.git(['rev-parse', `${commit}^{tree}`])
  }

  readFile(ref: string, path: string): string | null {
    return this.readBlob(ref, path)?.toString('utf8') ?? null
  }

  /** Raw file content (no newline trimming), or null. */
  readBlob(ref: string, path: string): Buffer | null {
    try {
      return execFileSync('git', ['show', `${ref}:${path}`], { env: { ...gitEnv(join(this.dir, '..')), GIT_DIR: this.dir }, stdio: ['ignore', 'pipe', 'ignore'] })
    } catch {
      return null
    }
  }

  /** Paths that differ between two commits. */
  changedPaths(from: string, to: string): string[] {
    const out = this.git(['diff', '--name-only', from, to])
    return out === '' ? [] : out.split('\n')
  }

  remove(): void {
    this.gitBatch?.close()
    rmSync(join(this.dir, '..'), { recursive: true, force: true })
  }
}

/** No user or system configuration may leak into the fake. */
function gitEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    LC_ALL: 'C'
  }
}
