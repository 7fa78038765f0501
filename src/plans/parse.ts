// Reading a plan file back (the merged one `apply` performs, or one a person
// edited in the proposal): the version 1 shape, then what each kind may
// write, so a hand-edited plan can neither write a field the bot never writes
// nor claim a bug for an empty or non-email assignee. Every problem is a
// located finding (file, line, column of the offending member).

import * as v from 'valibot'
import type { Finding } from '../core/finding.js'
import { jsonErrorPosition, jsonPathPosition, type JsonPath } from '../core/json-locate.js'
import { nameProblem } from '../sources/names.js'
import { PRIORITIES } from '../inventory/model.js'
import { ACTION_KINDS, PLAN_VERSION, isEmailAddress, type ActionKind, type Fields, type Plan, type PlanAction } from './model.js'

/** A plan file that cannot be used (exit 1); carries located findings. */
export class PlanError extends Error {
  override readonly name = 'PlanError'
  readonly exitCode = 1
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'))
  }
}

/** Bigger than any real plan; a guard against feeding the parser a huge file. */
export const MAX_PLAN_BYTES = 8 * 1024 * 1024
export const MAX_ACTIONS = 20_000
/** Bugzilla refuses longer comments. */
export const MAX_COMMENT = 65_535

const fieldValue = v.union([v.string(), v.number(), v.boolean(), v.null()])
const fields = v.record(v.string(), fieldValue)

const ActionSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1)),
  service: v.picklist(['bugzilla', 'distgit']),
  target: v.union([v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)), v.pipe(v.string(), v.minLength(1))]),
  kind: v.picklist(ACTION_KINDS),
  expect: fields,
  set: fields,
  comment: v.nullable(v.pipe(v.string(), v.maxLength(MAX_COMMENT))),
  why: v.string(),
})

const PlanSchema = v.strictObject({
  version: v.literal(PLAN_VERSION),
  job: v.pipe(v.string(), v.minLength(1)),
  command: v.string(),
  computed_at: v.pipe(v.string(), v.isoTimestamp()),
  actions: v.pipe(v.array(ActionSchema), v.maxLength(MAX_ACTIONS)),
  skipped: v.array(v.strictObject({ target: v.union([v.number(), v.string()]), why: v.string() })),
})


type Rule = (value: Fields[string]) => string | undefined
const isString: Rule = (x) => (typeof x === 'string' ? undefined : 'must be a string')
const exactly = (want: string): Rule => (x) => (x === want ? undefined : `must be ${JSON.stringify(want)}`)
const priority: Rule = (x) => (typeof x === 'string' && (PRIORITIES as readonly string[]).includes(x) ? undefined : `must be one of ${PRIORITIES.join(', ')}`)
const email: Rule = (x) => (typeof x === 'string' && isEmailAddress(x) ? undefined : 'must be a person\'s email address (claims are never made for an empty or made-up assignee)')
const userName: Rule = (x) => (typeof x === 'string' && nameProblem(x) === undefined ? undefined : 'must be a dist-git user name')

/** What each kind may write: required fields, then optional ones. */
const SET_RULES: Readonly<Record<ActionKind, { required: Record<string, Rule>; optional: Record<string, Rule> }>> = {
  priority: { required: { priority }, optional: {} },
  errata: { required: { status: exactly('CLOSED'), resolution: exactly('ERRATA'), cf_fixed_in: isString }, optional: { assigned_to: email } },
  'ask-close': { required: { status: exactly('CLOSED'), resolution: exactly('ERRATA'), cf_fixed_in: isString }, optional: { assigned_to: email } },
  modified: { required: { status: exactly('MODIFIED'), cf_fixed_in: isString }, optional: { priority } },
  cantfix: { required: { status: exactly('CLOSED'), resolution: exactly('CANTFIX') }, optional: { assigned_to: email } },
  claim: { required: { assigned_to: email }, optional: {} },
  'take-orphan': { required: { point_of_contact: userName }, optional: {} },
}

const BUGZILLA_EXPECT = new Set(['status', 'resolution', 'priority', 'cf_fixed_in', 'assigned_to'])
const DISTGIT_EXPECT = new Set(['owner'])

/**
 * Parses and checks a plan file. Throws PlanError with every problem found
 * (up to a limit), each located in `text`.
 */
export function parsePlan(file: string, text: string): Plan {
  const fail = (path: JsonPath, message: string): Finding => ({ file, ...jsonPathPosition(text, path), severity: 'error', rule: 'plan', message })
  if (text.length > MAX_PLAN_BYTES) throw new PlanError([{ file, line: 1, column: 1, severity: 'error', rule: 'plan', message: `the plan is larger than ${MAX_PLAN_BYTES} bytes` }])
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    throw new PlanError([{ file, ...jsonErrorPosition(text), severity: 'error', rule: 'plan', message: 'not valid JSON: the text stops making sense here' }])
  }
  const parsed = v.safeParse(PlanSchema, data)
  if (!parsed.success) {
    throw new PlanError(parsed.issues.slice(0, 20).map((issue) => {
      const path = (issue.path ?? []).map((p) => p.key as string | number)
      const where = path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') : 'the plan'
      const what = issue.received === 'undefined' ? 'is missing' : issue.expected === 'never' ? 'is not a known field' : `expected ${issue.expected ?? 'a valid value'}, got ${issue.received}`
      return fail(path, `${where} ${what}`)
    }))
  }
  const plan = parsed.output
  const findings: Finding[] = []
  const ids = new Map<string, number>()
  plan.actions.forEach((a, i) => {
    for (const m of checkAction(a)) findings.push(fail(['actions', i, ...m.path], `actions[${i}] (${a.id}): ${m.message}`))
    const seen = ids.get(a.id)
    if (seen !== undefined) findings.push(fail(['actions', i, 'id'], `actions[${i}]: the id ${a.id} is also the id of actions[${seen}]`))
    else ids.set(a.id, i)
  })
  if (findings.length > 0) throw new PlanError(findings.slice(0, 50))
  return plan
}

function checkAction(a: PlanAction): Array<{ path: JsonPath; message: string }> {
  const out: Array<{ path: JsonPath; message: string }> = []
  const bugzilla = a.service === 'bugzilla'
  if ((a.kind === 'take-orphan') === bugzilla) out.push({ path: ['kind'], message: `a ${a.kind} action belongs to ${bugzilla ? 'distgit' : 'bugzilla'}, not ${a.service}` })
  if (bugzilla && typeof a.target !== 'number') out.push({ path: ['target'], message: 'a bugzilla target is a bug id (a number)' })
  if (!bugzilla && (typeof a.target !== 'string' || nameProblem(a.target) !== undefined)) out.push({ path: ['target'], message: 'a distgit target is a package name' })
  if (!a.id.startsWith(`${a.service}:${a.target}:`)) out.push({ path: ['id'], message: `the id must start with ${a.service}:${a.target}:` })
  if (!bugzilla && a.comment !== null) out.push({ path: ['comment'], message: 'take-orphan posts no comment' })
  const rules = SET_RULES[a.kind]
  for (const [name, rule] of Object.entries(rules.required)) {
    if (!(name in a.set)) out.push({ path: ['set'], message: `set.${name} is missing` })
    else {
      const problem = rule(a.set[name])
      if (problem) out.push({ path: ['set', name], message: `set.${name} ${problem}` })
    }
  }
  for (const [name, value] of Object.entries(a.set)) {
    if (name in rules.required) continue
    const rule = rules.optional[name]
    if (!rule) out.push({ path: ['set', name], message: `a ${a.kind} action may not write ${name}` })
    else {
      const problem = rule(value)
      if (problem) out.push({ path: ['set', name], message: `set.${name} ${problem}` })
    }
  }
  const allowed = bugzilla ? BUGZILLA_EXPECT : DISTGIT_EXPECT
  for (const [name, value] of Object.entries(a.expect)) {
    if (!allowed.has(name)) out.push({ path: ['expect', name], message: `expect.${name} is not a field apply can read back` })
    else if (typeof value !== 'string') out.push({ path: ['expect', name], message: `expect.${name} must be a string` })
  }
  if (Object.keys(a.expect).length === 0) out.push({ path: ['expect'], message: 'expect is empty: apply could not tell whether the target changed since planning' })
  return out
}
