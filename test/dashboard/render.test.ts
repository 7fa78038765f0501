// The dashboard body: deterministic, escaped, bounded (longest sections cut
// first, visibly), and checkboxes that parse back.

import { describe, expect, test } from '@jest/globals'
import { renderDashboard, VALIDATE_JOB } from '../../src/dashboard/render.js'
import { readStateComment, stateComment, sameState, type JobState } from '../../src/dashboard/state.js'
import { checkbox, ticked } from '../../src/core/checkboxes.js'
import { stateOf } from '../../src/dashboard/steer.js'
import { createRedactor } from '../../src/core/redact.js'
import type { JobReport } from '../../src/jobs/run-jobs.js'

const words = { proposal: 'pull request', sigil: '#' }
const at = '2026-12-03T10:00:00.000Z'

describe('rendering', () => {
  test('the same states give the same bytes whatever their order', () => {
    const a: JobState = { job: 'a', outcome: 'proposal open', since: at, url: 'https://github.com/acme/inventory/pull/1', number: 1 }
    const b: JobState = { job: 'b', outcome: 'failed', since: at, detail: 'dist-git answered 503' }
    const one = renderDashboard({ jobs: ['a', 'b'], states: new Map([['a', a], ['b', b]]), done: new Map(), maxLength: 65_000, words })
    const two = renderDashboard({ jobs: ['a', 'b'], states: new Map([['b', b], ['a', a]]), done: new Map(), maxLength: 65_000, words })
    expect(one).toBe(two)
    expect(one).toContain('## Failing jobs\n\n- `b`: dist-git answered 503')
  })

  test('remote text is escaped: no mention, no link, no HTML, one line', () => {
    const evil: JobState = { job: 'a', outcome: 'failed', since: at, detail: '@everyone <img src=x onerror=alert(1)> [click](javascript:alert(1))\n## injected' }
    const body = renderDashboard({ jobs: ['a'], states: new Map([['a', evil]]), done: new Map(), maxLength: 65_000, words })
    expect(body).not.toContain('<img')
    expect(body).not.toContain('](javascript:')
    expect(body).not.toMatch(/^## injected/m)
    expect(body).not.toMatch(/(^|[^\\`])@everyone/)
  })

  test('bounded: the longest section is cut first and says so; the jobs table stays whole', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => ({ file: 'inventories/a.toml', line: i + 1, column: 1, severity: 'warning' as const, rule: 'unknown-key', message: `unknown key number ${i}` }))
    const states = new Map<string, JobState>([
      ['a', { job: 'a', outcome: 'proposal open', since: at }],
      [VALIDATE_JOB, { job: VALIDATE_JOB, outcome: '0 error(s), 3000 warning(s)', since: at, findings }]
    ])
    const body = renderDashboard({ jobs: ['a'], states, done: new Map(), maxLength: 20_000, words })
    expect(body.length).toBeLessThanOrEqual(20_000)
    expect(body).toMatch(/_Cut: \d+ more line\(s\) did not fit the body limit of this forge\._/)
    expect(body).toContain('| `a` | proposal open |')
    expect(body).toContain('<!-- poi-gitops:pause:a -->')
  })
})

describe('state comments', () => {
  test('round trip through the hidden data, whatever the state holds', () => {
    const state: JobState = { job: 'a', outcome: 'failed', since: at, detail: '--> <!-- `x` \u0000 é' }
    const back = readStateComment(stateComment(state))
    expect(back).toEqual(state)
    expect(sameState(back!, { ...state, since: '2030-01-01T00:00:00.000Z' })).toBe(true)
    expect(readStateComment('a person\'s comment <!-- poi-gitops:data e30= -->')).toBeUndefined()
  })

  test('a job\'s state redacts secrets and lists invalid entries and orphans', () => {
    const report = {
      exitCode: 3,
      outcome: {
        job: { name: 'prune', run: 'prune-retired', argv: [], line: 1, proposal: {} }, exitCode: 3, notes: [], error: 'bodhi echoed s3cr3t-token-value',
        findings: [{ file: 'inv.toml', line: 4, column: 1, severity: 'warning', rule: 'distgit-invalid', message: "'fooo' is not a dist-git package (404)" }],
        result: { exitCode: 0, findings: [], plan: { command: 'adopt', skipped: [], actions: [{ id: 'distgit:ccze:take-orphan', service: 'distgit', target: 'ccze', kind: 'take-orphan', expect: {}, set: {}, comment: null, why: 'orphaned' }] } }
      }
    } as unknown as JobReport
    const state = stateOf(report, false, new Date(at), createRedactor(['s3cr3t-token-value']))
    expect(state.outcome).toBe('failed')
    expect(state.detail).toBe('bodhi echoed [redacted]')
    expect(state.invalid).toEqual(["inv.toml:4: 'fooo' is not a dist-git package (404)"])
    expect(state.orphans).toEqual(['ccze'])
  })
})

describe('checkboxes', () => {
  test('ticked boxes parse once each; unticked and foreign ones do not count', () => {
    const body = [checkbox('pause', 'a', 'Pause a').replace('[ ]', '[x]'), checkbox('pause', 'a', 'again').replace('[ ]', '[X]'), checkbox('resume', 'b', 'Resume b'),
      '- [x] <!-- poi-gitops:pause:../../etc --> not a job name', '- [x] <!-- poi-gitops:delete:a --> not an action'].join('\n')
    expect(ticked(body)).toEqual([{ action: 'pause', job: 'a' }])
  })
})
