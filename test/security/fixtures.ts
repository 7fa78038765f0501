// The bundled examples as an inventory repository with one job, for the
// hostile-input suite, and a CLI runner that records every output channel.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'

const EX = join(import.meta.dirname, '..', '..', 'examples')

export const exampleFiles = (): Record<string, string> => ({
  'poi-gitops.toml': readFileSync(join(EX, 'poi-gitops.toml'), 'utf8').replace(/\[\[job\]\][\s\S]*?(?=\[validate\])/, '') +
    '\n[[job]]\nname = "tcpdump"\nrun = "add -i inventories/hyperscale.toml tcpdump --rpm tcpdump --workload hyperscale"\n',
  'inventories/hyperscale.toml': readFileSync(join(EX, 'inventories', 'hyperscale.toml'), 'utf8'),
  'content-resolver/hs-packages.yaml': readFileSync(join(EX, 'content-resolver', 'hs-packages.yaml'), 'utf8'),
  'hs-relmon/manifest.toml': readFileSync(join(EX, 'hs-relmon', 'manifest.toml'), 'utf8')
})

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Forge writes are not spaced (the forge default is 1 s apart) unless `env` says otherwise: the fakes need no pacing. */
export async function cli(cwd: string, env: Record<string, string>, ...argv: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => { stdout += s }, stderr: (s) => { stderr += s }, cwd, env: { POI_GITOPS_FORGE_WRITE_SPACING: '0', ...env } })
  return { code, stdout, stderr }
}

/** Lines the GitHub runner would read as workflow commands: `::` after leading white space, or `##[` anywhere. */
export function commandLines(log: string): string[] {
  return log.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['))
}
