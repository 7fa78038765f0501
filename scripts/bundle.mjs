// Builds dist/: the action (dist/index.js) and the CLI (dist/cli/index.js), as
// self-contained ncc bundles, plus dist/licenses.txt for every bundled package.
import { execFile, execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const ncc = join('node_modules', '.bin', 'ncc')
rmSync('dist', { recursive: true, force: true })
// Both bundles are built, then compacted (scripts/compact.mjs), side by side.
const build = async (entry, out) => {
  await run(ncc, ['build', entry, '-o', out, '--quiet', '--no-source-map-register'])
  await run(process.execPath, ['scripts/compact.mjs', out])
}
await Promise.all([build('src/index.ts', 'dist'), build('src/cli/index.ts', 'dist/cli')])
chmodSync('dist/cli/index.js', 0o755)

// ncc's own --license output lists one package when chunks exist (see README design notes).
const dirs = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8' }).split('\n').filter(Boolean).slice(1)
const seen = new Map()
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const id = `${pkg.name}@${pkg.version}`
  if (seen.has(id)) continue
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f))
  seen.set(id, { license: pkg.license ?? 'UNKNOWN', text: file ? readFileSync(join(dir, file), 'utf8').trim() : '(no license file in package)' })
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
writeFileSync('dist/licenses.txt', [...seen].sort(([a], [b]) => cmp(a, b)).map(([id, { license, text }]) => `${id}\n${license}\n${text}\n`).join('\n'))
