// A job's schedule: five cron fields in UTC, compared by hour, day and month
// (scheduled runs start late, so the minute is not compared).

import { describe, expect, test } from '@jest/globals'
import { parseSchedule, type Schedule } from '../../src/jobs/schedule.js'
import { steer } from '../../src/dashboard/steer.js'
import type { JobConfig } from '../../src/config/config.js'

const s = (expression: string): Schedule => {
  const parsed = parseSchedule(expression)
  if (typeof parsed === 'string') throw new Error(parsed)
  return parsed
}

describe('schedule', () => {
  test('weekly on Mondays, whatever the minute the run started', () => {
    expect(s('17 5 * * 1').matches(new Date('2026-11-30T05:59:00Z'))).toBe(true)
    expect(s('17 5 * * 1').matches(new Date('2026-11-30T06:01:00Z'))).toBe(false)
    expect(s('* * * * 1').matches(new Date('2026-11-30T23:00:00Z'))).toBe(true)
    expect(s('* * * * 1').matches(new Date('2026-12-01T05:00:00Z'))).toBe(false)
  })

  test('both day fields restricted: either one matching is enough, as cron does', () => {
    const first = s('0 5 1 * 1')
    expect(first.matches(new Date('2026-12-01T05:00:00Z'))).toBe(true)
    expect(first.matches(new Date('2026-12-07T05:00:00Z'))).toBe(true)
    expect(first.matches(new Date('2026-12-08T05:00:00Z'))).toBe(false)
  })

  test('an expression that is not five valid fields is refused with the reason', () => {
    expect(parseSchedule('weekly')).toMatch(/must have five fields/)
    expect(parseSchedule('0 25 * * *')).toMatch(/is not a cron expression/)
  })

  test('steering: a scheduled run leaves out the jobs whose schedule does not match; other runs run them', () => {
    const job = (name: string, expression?: string): JobConfig => ({ name, run: 'add x', argv: [], line: 1, proposal: {}, ...(expression ? { schedule: { expression, at: { line: 1, column: 1 } } } : {}) })
    const jobs = [job('daily'), job('weekly', '* * * * 1')]
    const matches = (j: JobConfig, at: Date) => s(j.schedule!.expression).matches(at)
    const tuesday = steer(undefined, jobs, new Date('2026-12-01T05:00:00Z'), matches)
    expect(tuesday.run.map((j) => j.name)).toEqual(['daily'])
    expect(tuesday.skipped.get('weekly')).toBe('not scheduled now (* * * * 1)')
    expect(steer(undefined, jobs, undefined, matches).run.map((j) => j.name)).toEqual(['daily', 'weekly'])
  })
})
