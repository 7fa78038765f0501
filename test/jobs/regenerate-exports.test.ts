import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { regenerateExports } from '../../src/jobs/regenerate-exports.js'
import { parseConfig } from '../../src/config/config.js'
import { FsWorkspace, type Workspace } from '../../src/core/workspace.js'
import { makeRepo } from '../helpers/cli.js'

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples')

describe('exports regenerated after a job', () => {
  test('two exports of the same inventories read and parse each inventory once', async () => {
    const root = makeRepo({
      'poi-gitops.toml': readFileSync(join(EXAMPLES, 'poi-gitops.toml')),
      'inventories/hyperscale.toml': readFileSync(join(EXAMPLES, 'inventories', 'hyperscale.toml')),
      'content-resolver/hs-packages.yaml': readFileSync(join(EXAMPLES, 'content-resolver', 'hs-packages.yaml')),
      'hs-relmon/manifest.toml': readFileSync(join(EXAMPLES, 'hs-relmon', 'manifest.toml'))
    })
    const config = parseConfig('poi-gitops.toml', readFileSync(join(root, 'poi-gitops.toml')))
    expect(config.exports.contentResolver?.inventories).toEqual(config.exports.hsRelmon?.inventories)
    const fs = new FsWorkspace(root)
    const reads: string[] = []
    const counting: Workspace = { root, glob: (p) => fs.glob(p), realPath: (p) => fs.realPath(p), read: (p) => { reads.push(p); return fs.read(p) } }
    const out = await regenerateExports(config, counting, ['inventories/hyperscale.toml'])
    expect(reads.filter((p) => p === 'inventories/hyperscale.toml')).toHaveLength(1)
    // Both exports still ran: each read its own output to compare.
    expect(reads).toEqual(expect.arrayContaining(['hs-relmon/manifest.toml']))
    expect(out.changes).toEqual([])
  })
})
