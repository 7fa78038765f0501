// Reading poi-gitops.toml through the workspace boundary: a config path outside
// the repository (or a link out of it, a FIFO, a huge file) is a located
// configuration error. A missing default config means "no config"; a config
// the user named must exist.

import { CONFIG_FILE, ConfigError, defaultConfig, parseConfig, type RepoConfig } from './config.js'
import { WorkspaceError, type FsWorkspace } from '../core/workspace.js'

/** `given`: the path the user named (--config, or an action `config` input other than the default). */
export async function loadConfig(workspace: FsWorkspace, given: string | undefined): Promise<RepoConfig> {
  const named = given ?? CONFIG_FILE
  const refuse = (message: string): ConfigError => new ConfigError([{ file: named, line: 1, column: 1, severity: 'error', rule: 'config', message }])
  let bytes: Uint8Array | undefined
  let path: string
  try {
    path = workspace.relativePath(named)
    bytes = await workspace.read(path)
  } catch (e) {
    if (e instanceof WorkspaceError) throw refuse(`config file ${e.message}`)
    throw e
  }
  if (bytes === undefined) {
    if (given !== undefined) throw refuse(`config file ${named} does not exist`)
    return defaultConfig()
  }
  return parseConfig(path, bytes)
}
