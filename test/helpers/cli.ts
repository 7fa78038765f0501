// Runs the CLI in-process against a temporary repository made of the given files.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runCli } from '../../src/cli/main.js'

export function makeRepo(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'poi-gitops-test-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

export function readRepoFile(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8')
}

export async function cli(root: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => { stdout += s }, stderr: (s) => { stderr += s }, cwd: root, env: {} })
  return { code, stdout, stderr }
}
