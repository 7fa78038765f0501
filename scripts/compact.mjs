// Compacts an ncc bundle directory in place: terser drops the declarations
// nothing references (ncc keeps a library's whole module even when the
// bundle uses a few of its exports: valibot is 208 KB, about 20 KB of it
// used) and the comments and indentation. Nothing is renamed, so stack
// traces and error names stay readable, and no other transformation runs.
// A start parses the code of every chunk it loads, so this takes 0.02–0.03 s
// off the CLI's start on the machine the README's Performance section
// describes (README, "Design notes"); licences are in dist/licenses.txt.
//   node scripts/compact.mjs DIR   (run by scripts/bundle.mjs, one process per bundle so both compact at
//   once; bench/ imports compactDir)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { minify } from 'terser'

// Built per file: terser fills in the option objects it is given.
const terserOptions = () => ({
  module: true,
  compress: { defaults: false, unused: true },
  mangle: false,
  keep_classnames: true,
  keep_fnames: true,
  format: { comments: false }
})

/** Compacts every .js file directly in `dir`; resolves to the bytes before and after. */
export async function compactDir(dir) {
  let before = 0
  let after = 0
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const path = join(dir, file)
    const code = readFileSync(path, 'utf8')
    const out = await minify(code, terserOptions())
    if (typeof out.code !== 'string') throw new Error(`terser produced no output for ${path}`)
    before += code.length
    after += out.code.length
    writeFileSync(path, out.code)
  }
  return { before, after }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const dir of process.argv.slice(2)) {
    const { before, after } = await compactDir(dir)
    process.stderr.write(`${dir}: ${before} → ${after} bytes\n`)
  }
}
