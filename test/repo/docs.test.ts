// Comments and documentation point only to what a reader of this repository
// can open: no numbered sections of documents kept elsewhere, every Markdown
// file a source comment names exists, and every link between the README and
// docs/ lands on a file and a heading that exist.

import { describe, expect, test } from '@jest/globals'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, relative, dirname, posix } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = []
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = posix.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path, ext))
    else if (ext.test(entry.name)) out.push(path)
  }
  return out
}

const read = (path: string): string => readFileSync(join(root, path), 'utf8')
const SOURCES = ['src', 'test', 'bench', 'scripts'].flatMap((d) => filesUnder(d, /\.(ts|mjs|js)$/))
const DOCS = ['README.md', ...filesUnder('docs', /\.md$/)]

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')

function anchors(path: string): Set<string> {
  const text = read(path).replace(/^```[\s\S]*?^```/gm, '')
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])))
}

describe('citations', () => {
  test('no source file cites a numbered section (§n) of a document', () => {
    const cites = SOURCES.filter((f) => f !== 'test/repo/docs.test.ts').flatMap((f) =>
      read(f).split('\n').flatMap((line, i) => (/§\s?\d/.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])))
    expect(cites).toEqual([])
  })

  test('every Markdown file a comment in src/ names is a file of the repository', () => {
    const named = new Set(SOURCES.filter((f) => f.startsWith('src/')).flatMap((f) => [...read(f).matchAll(/[A-Za-z0-9_./-]+\.md\b/g)].map((m) => m[0])))
    expect(named.size).toBeGreaterThan(0)
    expect([...named].filter((name) => !existsSync(join(root, name)))).toEqual([])
  })

  test('links between the README and docs/ land on an existing file and heading', () => {
    const broken: string[] = []
    let checked = 0
    for (const doc of DOCS) {
      for (const [, target] of read(doc).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue
        const [file, anchor] = target.split('#') as [string, string | undefined]
        if (file !== '' && !file.endsWith('.md')) continue
        const path = file === '' ? doc : relative(root, join(root, dirname(doc), file)).split('\\').join('/')
        checked++
        if (!existsSync(join(root, path))) broken.push(`${doc}: ${target} (no file ${path})`)
        else if (anchor !== undefined && !anchors(path).has(anchor)) broken.push(`${doc}: ${target} (no heading #${anchor} in ${path})`)
      }
    }
    expect(checked).toBeGreaterThan(10)
    expect(broken).toEqual([])
  })
})
