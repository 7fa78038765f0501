// The proposal policy keys of poi-gitops.toml: read from [proposal] as
// defaults and from a [[job]] as overrides, turned into the engine's policy
// by proposalRequest, and every bad value a configuration error with file,
// line and column.

import { describe, expect, test } from '@jest/globals'
import { ConfigError, parseConfig, type RepoConfig } from '../../src/config/config.js'
import { proposalRequest } from '../../src/jobs/deliver.js'
import type { JobOutcome } from '../../src/jobs/compute-job.js'
import type { ChangeSet } from '../../src/core/changeset.js'

const CHANGES: ChangeSet = { changes: [], records: [], findings: [], provenance: { command: 'x', inputs: [], services: {}, requests: {} }, complete: true }

function parse(text: string): RepoConfig {
  return parseConfig('poi-gitops.toml', Buffer.from(text))
}

function errors(text: string): string[] {
  try {
    parse(text)
  } catch (e) {
    if (e instanceof ConfigError) return e.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)
    throw e
  }
  throw new Error('no configuration error')
}

function requestFor(config: RepoConfig, name: string) {
  const job = config.jobs.find((j) => j.name === name)
  if (!job) throw new Error(`no job ${name}`)
  return proposalRequest(job, config, { changeSet: CHANGES } as unknown as JobOutcome, { delivery: 'propose' })
}

describe('policy keys', () => {
  const CONFIG = [
    '[proposal]',
    'update = "when-merged"',
    'min-interval = "6h"',
    'review = "always"',
    'max-open = 3',
    'automerge = true',
    'team-reviewers = ["maintainers"]',
    '',
    '[[job]]',
    'name = "salimma"',
    'run = "sync-distgit --user salimma -o inventories/salimma.toml"',
    '',
    '[[job]]',
    'name = "prune"',
    'run = "prune-retired -i inventories/salimma.toml"',
    'update = "always"',
    'min-interval = "30m"',
    'review = "create"',
    'automerge = false',
    'team-reviewers = ["my-org/infra"]',
    '',
    '[[job]]',
    'name = "triage"',
    'run = "triage-updates -i inventories/salimma.toml"',
    ''
  ].join('\n')

  test('[proposal] gives the defaults; a [[job]] overrides them', () => {
    const config = parse(CONFIG)
    expect(requestFor(config, 'salimma')).toMatchObject({
      teamReviewers: ['maintainers'], teamReviewersOrigin: 'poi-gitops.toml:7:1',
      policy: { update: 'when-merged', minIntervalMs: 6 * 3_600_000, review: 'always', automerge: true, maxOpen: { limit: 3, branchPrefix: 'poi-gitops/' } }
    })
    expect(requestFor(config, 'prune')).toMatchObject({
      teamReviewers: ['my-org/infra'], teamReviewersOrigin: 'poi-gitops.toml:20:1',
      policy: { update: 'always', minIntervalMs: 30 * 60_000, review: 'create', automerge: false, maxOpen: { limit: 3 } }
    })
  })

  test('[proposal] automerge is no default for a job that plans writes to other services', () => {
    expect(requestFor(parse(CONFIG), 'triage')?.policy?.automerge).toBe(false)
  })

  test('without policy keys: today\'s behaviour', () => {
    const config = parse('[[job]]\nname = "j"\nrun = "prune-retired -i inventories/a.toml"\n')
    const req = requestFor(config, 'j')
    expect(req?.policy).toEqual({ update: 'always', review: 'create', automerge: false })
    expect(req?.teamReviewers).toBeUndefined()
  })

  test.each([
    ['[proposal]\nupdate = "sometimes"\n', 'poi-gitops.toml:2:1: `update` must be "always" or "when-merged", not "sometimes"'],
    ['[proposal]\nreview = true\n', 'poi-gitops.toml:2:1: `review` must be a string, not boolean'],
    ['[proposal]\nreview = "never"\n', 'poi-gitops.toml:2:1: `review` must be "create" or "always", not "never"'],
    ['[proposal]\nmin-interval = "1 day"\n', 'poi-gitops.toml:2:1: `min-interval` must be a duration such as "30m", "6h" or "2d" (a whole number of minutes, hours or days), not "1 day"'],
    ['[proposal]\nmin-interval = "0h"\n', 'poi-gitops.toml:2:1: `min-interval` must be a duration'],
    ['[proposal]\nmin-interval = 24\n', 'poi-gitops.toml:2:1: `min-interval` must be a string, not integer'],
    ['[proposal]\nmax-open = 0\n', 'poi-gitops.toml:2:1: `max-open` must be a whole number of at least 1'],
    ['[proposal]\nmax-open = 2.5\n', 'poi-gitops.toml:2:1: `max-open` must be a whole number of at least 1'],
    ['[proposal]\nautomerge = "yes"\n', 'poi-gitops.toml:2:1: `automerge` must be true or false, not string'],
    ['[proposal]\nteam-reviewers = ["ok", "@bad team"]\n', 'poi-gitops.toml:2:25: team "@bad team" is not a GitHub team slug'],
    ['[proposal]\nteam-reviewers = "maintainers"\n', 'poi-gitops.toml:2:1: `team-reviewers` must be an array of strings'],
    ['[proposal]\nautomerg = true\n', 'poi-gitops.toml:2:1: unknown key `automerg` in [proposal]; did you mean `automerge`?'],
    ['[[job]]\nname = "j"\nrun = "prune-retired -i a.toml"\nmax-open = 2\n', 'poi-gitops.toml:4:1: `max-open` counts the open proposals of all jobs: set it in [proposal]'],
    ['[[job]]\nname = "j"\nrun = "prune-retired -i a.toml"\nupdate = "later"\n', 'poi-gitops.toml:4:1: `update` must be "always" or "when-merged", not "later"'],
    ['[[job]]\nname = "j"\nrun = "adopt -i a.toml"\nautomerge = true\n', 'poi-gitops.toml:4:1: a plan is approved by a person merging its proposal']
  ])('%j', (text, message) => {
    expect(errors(text)).toContainEqual(expect.stringMatching(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)))
  })
})
