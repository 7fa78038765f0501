import { describe, expect, test } from '@jest/globals'
import { finalizePlan, planText, serializePlan } from '../../src/plans/serialize.js'
import { parsePlan, PlanError } from '../../src/plans/parse.js'
import { renderOutcomesMarkdown, renderPlanMarkdown } from '../../src/plans/markdown.js'
import type { PlanAction, PlanDraft } from '../../src/plans/model.js'

const errata: PlanAction = {
  id: 'bugzilla:2400001:errata', service: 'bugzilla', target: 2400001, kind: 'errata',
  // Deliberately out of canonical order: the file must not depend on how a command built the object.
  expect: { priority: 'unspecified', cf_fixed_in: '', status: 'NEW', resolution: '' },
  set: { resolution: 'ERRATA', status: 'CLOSED', cf_fixed_in: 'foo-1.2.0-1.fc45 foo-1.2.0-1.fc43' },
  comment: 'Bodhi has builds addressing this update (version 1.2.0 or newer):\n  F45: foo-1.2.0-1.fc45 — https://bodhi.fedoraproject.org/updates/FEDORA-A (stable)\n',
  why: 'foo 1.2.0 is stable in F45 and F43',
}
const priority: PlanAction = {
  id: 'bugzilla:2400002:priority', service: 'bugzilla', target: 2400002, kind: 'priority',
  expect: { status: 'NEW', priority: 'unspecified' }, set: { priority: 'high' }, comment: null, why: 'python-django resolves to priority high',
}
const take: PlanAction = {
  id: 'distgit:ccze:take-orphan', service: 'distgit', target: 'ccze', kind: 'take-orphan',
  expect: { owner: 'orphan' }, set: { point_of_contact: 'jdoe' }, comment: null, why: 'orphaned: Lack of time',
}
const draft: PlanDraft = { command: 'triage-updates -i inv.toml', actions: [priority, errata], skipped: [{ target: 'oldpkg', why: 'unshipped' }] }

describe('plan files', () => {
  test('canonical text: fixed key order, 2 spaces, final newline', () => {
    const text = planText(draft, { job: 'triage', now: new Date('2026-05-02T10:11:12.345Z') })
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('"computed_at": "2026-05-02T10:11:12Z"')
    const keys = Object.keys(JSON.parse(text) as object)
    expect(keys).toEqual(['version', 'job', 'command', 'computed_at', 'actions', 'skipped'])
    expect(Object.keys((JSON.parse(text) as { actions: Array<{ expect: object }> }).actions[1].expect)).toEqual(['status', 'resolution', 'priority', 'cf_fixed_in'])
    expect(text.indexOf('"id"')).toBeLessThan(text.indexOf('"service"'))
  })

  test('a rerun with the same actions keeps computed_at and the bytes; a changed action moves it', () => {
    const first = planText(draft, { job: 'triage', now: new Date('2026-05-01T00:00:00Z') })
    const rebuilt = { ...draft, actions: draft.actions.map((a) => ({ ...a, set: { ...a.set }, expect: Object.fromEntries(Object.entries(a.expect).reverse()) })) }
    const again = planText(rebuilt, { job: 'triage', now: new Date('2026-05-09T00:00:00Z'), previous: first })
    expect(again).toBe(first)
    const changed = planText({ ...draft, actions: [priority] }, { job: 'triage', now: new Date('2026-05-09T00:00:00Z'), previous: first })
    expect(JSON.parse(changed).computed_at).toBe('2026-05-09T00:00:00Z')
    // A broken previous file is no reason to fail: it just does not count.
    expect(finalizePlan(draft, { job: 'j', now: new Date('2026-05-03T00:00:00Z'), previous: '{"actions": [1, 2], "computed_at": "2020-01-01T00:00:00Z"}' }).computed_at).toBe('2026-05-03T00:00:00Z')
    expect(finalizePlan(draft, { job: 'j', now: new Date('2026-05-03T00:00:00Z'), previous: 'not json' }).computed_at).toBe('2026-05-03T00:00:00Z')
  })

  test('parse: the canonical text reads back as the same plan', () => {
    const text = serializePlan(finalizePlan({ ...draft, actions: [priority, errata, take] }, { job: 'j', now: new Date('2026-05-01T00:00:00Z') }))
    const plan = parsePlan('plans/j.json', text)
    expect(serializePlan(plan)).toBe(text)
  })

  const base = (actions: unknown[]): string => JSON.stringify({ version: 1, job: 'j', command: 'c', computed_at: '2026-05-01T00:00:00Z', actions, skipped: [] }, null, 2)
  const problems = (text: string): string[] => {
    try {
      parsePlan('plans/j.json', text)
    } catch (e) {
      if (e instanceof PlanError) return e.findings.map((f) => `${f.line}:${f.column} ${f.message}`)
      throw e
    }
    return []
  }

  test('a hand-edited plan that writes other fields, claims for a non-email, or mixes services is refused, each problem located', () => {
    const text = base([
      { ...priority, set: { priority: 'high', status: 'CLOSED' } },
      { ...errata, id: 'bugzilla:2400001:x', set: { ...errata.set, assigned_to: 'nobody' } },
      { ...take, service: 'bugzilla' },
      { ...priority, id: 'bugzilla:2400002:priority', kind: 'priority' },
    ])
    const found = problems(text)
    const lineOf = (needle: string, from = 0): number => text.slice(0, text.indexOf(needle, from)).split('\n').length
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf('"status": "CLOSED"')}:\\d+ actions\\[0\\].*a priority action may not write status`)))
    expect(found).toContainEqual(expect.stringMatching(/set\.assigned_to must be a person's email address/))
    expect(found).toContainEqual(expect.stringMatching(/a take-orphan action belongs to distgit, not bugzilla/))
    expect(found).toContainEqual(expect.stringMatching(/actions\[3\]: the id bugzilla:2400002:priority is also the id of actions\[0\]/))
  })

  test('shape errors name the member and its line; bad JSON names the line; unknown members are refused', () => {
    const missing = base([{ ...priority, expect: undefined }]).replace(/\n\s*"expect": undefined,?/, '')
    expect(problems(missing)).toEqual([expect.stringMatching(/actions\[0\]\.expect is missing/)])
    expect(problems(base([{ ...priority, extra: 1 }]))).toEqual([expect.stringMatching(/^\d+:\d+ actions\[0\]\.extra is not a known field/)])
    expect(problems('{\n  "version": 1,\n  "job": \n}')).toEqual(['4:1 not valid JSON: the text stops making sense here'])
    expect(problems(base([]).replace('"version": 1', '"version": 2'))).toEqual([expect.stringMatching(/^2:\d+ version expected 1/)])
    expect(problems(base([{ ...priority, expect: {} }]))).toEqual([expect.stringMatching(/expect is empty/)])
  })
})

describe('plan Markdown', () => {
  test('tables per group, links to the bug and evidence, comments in a collapsed block, remote text escaped', () => {
    const hostile: PlanAction = { ...priority, id: 'bugzilla:7:priority', target: 7, why: '@everyone see #1 <script>' }
    const md = renderPlanMarkdown({
      ...draft,
      actions: [hostile, errata, take, { ...errata, id: 'bugzilla:9:ask-close', target: 9, kind: 'ask-close', comment: 'closing\n```\n@all' }],
      evidence: { 'bugzilla:2400001:errata': { component: 'foo', bodhi: ['FEDORA-A'], koji: ['foo-1.2.0-1.fc43'] }, 'bugzilla:7:priority': { component: 'py|thon', summary: '@maintainers [x](http://evil) is available' } },
    }, { path: 'plans/triage.json' })
    expect(md).toContain('#### Priority raises (1)')
    expect(md).toContain('[rhbz#\u200b2400001](https://bugzilla.redhat.com/show_bug.cgi?id=2400001)')
    expect(md).toContain('Bodhi [FEDORA-A](https://bodhi.fedoraproject.org/updates/FEDORA-A)')
    expect(md).toContain('koji [foo-1.2.0-1.fc43](https://koji.fedoraproject.org/koji/search?terms=foo-1.2.0-1.fc43&type=build&match=exact)')
    expect(md).toContain('[ccze](https://src.fedoraproject.org/rpms/ccze)')
    expect(md).toContain('<details><summary>Comments that will be posted (2)</summary>')
    expect(md).toContain('````text\nclosing\n```\n@all\n````')
    expect(md).toContain('`py\\|thon`')
    expect(md).not.toMatch(/[^`]@maintainers/)
    expect(md).not.toContain('](http://evil)')
    expect(md).toContain('#### Addressed only in some releases — needs a decision (ASK-CLOSE) (1)')
    expect(md).toContain('`oldpkg`: unshipped')
  })

  test('outcomes: counts, a row per action, the stop reason', () => {
    const md = renderOutcomesMarkdown({ job: 'triage', writes: 1, dryRun: false, stopped: '3 failures in a row', outcomes: [
      { id: 'bugzilla:1:priority', service: 'bugzilla', target: 1, kind: 'priority', outcome: 'applied', detail: '' },
      { id: 'bugzilla:2:errata', service: 'bugzilla', target: 2, kind: 'errata', outcome: 'changed', detail: 'changed since planning: status NEW → ASSIGNED' },
    ] })
    expect(md).toContain('1 applied, 1 skipped: changed since planning; 1 write sent.')
    expect(md).toContain('| errata | [rhbz#\u200b2](https://bugzilla.redhat.com/show_bug.cgi?id=2) | skipped: changed since planning | changed since planning: status NEW → ASSIGNED |')
    expect(md).toContain('Stopped early: 3 failures in a row.')
  })
})
