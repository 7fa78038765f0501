// The folders of src/ depend only downward, in the order the README's
// "Development" section gives. A type may be named across layers (`import
// type` is erased at build and carries no behaviour): commands receive the
// parsed config, the dashboard shows the job reports.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, relative, resolve } from 'node:path'
import ts from 'typescript'

const ROOT = resolve(import.meta.dirname, '..', '..')
const SRC = join(ROOT, 'src')

/** Lowest first: a file may import its own folder and the folders before it. */
const LAYERS: readonly (readonly string[])[] = [
  ['core', 'version.ts', 'types'],
  ['toml'],
  ['sources'],
  ['inventory'],
  ['plans'],
  ['exports'],
  ['report'],
  ['commands'],
  ['config'],
  ['forge'],
  ['jobs'],
  ['dashboard'],
  ['app'],
  ['cli', 'action'],
  ['index.ts']
]

const rankOf = (unit: string): number => LAYERS.findIndex((layer) => layer.includes(unit))

/** The folder (or the top-level file) of a path under src/. */
const unitOf = (relPath: string): string => relPath.split('/')[0]

interface Violation { from: string; to: string; line: number }

/** Module specifiers a file loads at run time, with their lines: imports, re-exports and `import()`, not `import type`. */
function runtimeImports(path: string, text: string): { spec: string; line: number }[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const out: { spec: string; line: number }[] = []
  const add = (node: ts.Node, spec: ts.Expression | undefined): void => {
    if (spec && ts.isStringLiteral(spec)) out.push({ spec: spec.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) add(node, node.moduleSpecifier)
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly) add(node, node.moduleSpecifier)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0])
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

/** Runtime imports of files under src/ that run up the layers (or from or to a folder the order does not know). */
function upwardImports(files: ReadonlyMap<string, string>): Violation[] {
  const out: Violation[] = []
  for (const [path, text] of files) {
    const from = unitOf(path)
    for (const { spec, line } of runtimeImports(path, text)) {
      if (!spec.startsWith('.')) continue // packages and node: builtins
      const target = posix.normalize(posix.join(posix.dirname(path), spec)).replace(/\.js$/, '.ts')
      const to = unitOf(target)
      if (to === from) continue
      const [a, b] = [rankOf(from), rankOf(to)]
      if (a < 0 || b < 0 || b > a) out.push({ from: path, to: target, line })
    }
  }
  return out
}

function sources(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.ts$/.test(e.name)) files.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'))
    }
  }
  walk(dir)
  return files
}

describe('layers', () => {
  test('every folder of src/ has a place in the order', () => {
    const units = [...new Set([...sources(SRC).keys()].map(unitOf))]
    expect(units.filter((u) => rankOf(u) < 0)).toEqual([])
  })

  test('no runtime import runs back up the layers', () => {
    expect(upwardImports(sources(SRC)).map((v) => `${v.from}:${v.line} imports ${v.to}`)).toEqual([])
  })

  test('the check sees static, dynamic and re-exported imports, and lets types through', () => {
    const files = new Map([
      ['core/a.ts', "import { x } from '../forge/engine.js'\n"],
      ['toml/b.ts', "export { y } from '../commands/registry.js'\n"],
      ['sources/c.ts', "const m = await import('../app/execute.js')\n"],
      ['inventory/d.ts', "import type { T } from '../jobs/run-jobs.js'\nimport { u } from '../toml/scan.js'\n"],
      ['plans/f.ts', "// one\nimport {\n  a,\n  b\n} from '../dashboard/render.js'\n"],
      ['exports/g.ts', "export interface X {\n  a: number\n}\nimport type { J } from '../jobs/run-jobs.js'\nexport type { K } from '../app/auto.js'\n"],
      ['newfolder/e.ts', "import { v } from '../core/text.js'\n"]
    ])
    expect(upwardImports(files).map((v) => `${v.from}:${v.line}`)).toEqual(['core/a.ts:1', 'toml/b.ts:1', 'sources/c.ts:1', 'plans/f.ts:2', 'newfolder/e.ts:1'])
  })

  test('the README gives the same order', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const order = LAYERS.flat().filter((u) => !u.endsWith('.ts') && u !== 'types').map((u) => `\`${u}/\``)
    const line = readme.split('\n').find((l) => l.startsWith('Folders, lowest first:'))
    expect(line).toBeDefined()
    expect(line!.match(/`[a-z]+\/`/g)).toEqual(order)
  })
})
