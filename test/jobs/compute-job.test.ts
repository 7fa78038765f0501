import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { computeJob } from '../../src/jobs/compute-job.js'
import { parseConfig } from '../../src/config/config.js'
import { FsWorkspace } from '../../src/core/workspace.js'
import { changedFiles } from '../../src/core/changeset.js'
import { makeRepo } from '../helpers/cli.js'

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples')
const examplesRepo = (): string => makeRepo({
  'poi-gitops.toml': readFileSync(join(EXAMPLES, 'poi-gitops.toml'), 'utf8') + '\n[[job]]\nname = "tcpdump"\nrun = "add -i inventories/hyperscale.toml tcpdump --rpm tcpdump --workload hyperscale"\n\n[[job]]\nname = "broken"\nrun = "add -i inventories/missing.toml x"\n\n[[job]]\nname = "triage"\nrun = "triage-updates -i inventories/hyperscale.toml --close-stale --skip-stale"\n',
  'inventories/hyperscale.toml': readFileSync(join(EXAMPLES, 'inventories', 'hyperscale.toml')),
  'content-resolver/hs-packages.yaml': readFileSync(join(EXAMPLES, 'content-resolver', 'hs-packages.yaml')),
  'hs-relmon/manifest.toml': readFileSync(join(EXAMPLES, 'hs-relmon', 'manifest.toml'))
})

const JOB = { env: {}, credentials: {}, delivery: 'propose' as const, log: () => {}, exports: true }

describe('a job: its command plus the exports it affects, as one change set', () => {
  test('adding a package regenerates content-resolver YAML and the hs-relmon manifest', async () => {
    const root = examplesRepo()
    const config = parseConfig('poi-gitops.toml', readFileSync(join(root, 'poi-gitops.toml')))
    const job = config.jobs.find((j) => j.name === 'tcpdump')!
    const outcome = await computeJob(job, config, new FsWorkspace(root), JOB)
    expect(outcome.error).toBeUndefined()
    const files = changedFiles(outcome.changeSet!.changes)
    expect(files.map((f) => f.path)).toEqual(['inventories/hyperscale.toml', 'content-resolver/hs-packages.yaml', 'hs-relmon/manifest.toml'])
    expect(files[1].after).toContain('    - tcpdump\n')
    expect(files[2].after).toContain('[[package]]\nname = "tcpdump"\n')
    expect(outcome.changeSet!.records).toEqual(expect.arrayContaining([
      { file: 'inventories/hyperscale.toml', package: 'tcpdump', kind: 'added' },
      { file: 'content-resolver/hs-packages.yaml', kind: 'regenerated' },
      { file: 'hs-relmon/manifest.toml', package: 'tcpdump', kind: 'added' }
    ]))
    expect(readFileSync(join(root, 'inventories/hyperscale.toml'), 'utf8')).not.toContain('tcpdump')
  })

  test('a failing job reports its error and proposes nothing; a job whose flags cannot go together is exit 2', async () => {
    const root = examplesRepo()
    const config = parseConfig('poi-gitops.toml', readFileSync(join(root, 'poi-gitops.toml')))
    const broken = await computeJob(config.jobs.find((j) => j.name === 'broken')!, config, new FsWorkspace(root), JOB)
    expect(broken.exitCode).toBe(1)
    expect(broken.changeSet).toBeUndefined()
    expect(broken.findings[0].message).toContain('failed to read inventories/missing.toml')
    const planned = await computeJob(config.jobs.find((j) => j.name === 'triage')!, config, new FsWorkspace(root), JOB)
    expect(planned.exitCode).toBe(2)
    expect(planned.error).toContain('--close-stale cannot be used with --skip-stale')
  })
})
