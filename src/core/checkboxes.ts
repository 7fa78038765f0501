// Checkbox commands: Markdown task lines carrying a hidden marker,
//   - [ ] <!-- poi-gitops:ACTION:JOB --> text
// A person ticks one (`- [x]`); the next run acts on it once, and the body it
// writes back has the box unticked with a note of what was done. They work the same
// on GitHub and GitLab, which cannot start a pipeline on a comment.

export const CHECKBOX_ACTIONS = ['regenerate', 'pause', 'resume', 'replan'] as const
export type CheckboxAction = (typeof CHECKBOX_ACTIONS)[number]

export interface Tick {
  action: CheckboxAction
  job: string
}

const LINE = /^([ \t]*[-*] \[)([ xX])(\] <!-- poi-gitops:(regenerate|pause|resume|replan):([A-Za-z0-9][A-Za-z0-9._-]*) -->)(.*)$/gm

/** A task line for `action` on `job`, unticked. */
export function checkbox(action: CheckboxAction, job: string, text: string): string {
  return `- [ ] <!-- poi-gitops:${action}:${job} --> ${text}`
}

/** The body with these boxes ticked: a tick a run did not act on is carried into the body it writes. */
export function withTicks(body: string, ticks: readonly Tick[]): string {
  if (ticks.length === 0) return body
  const keys = new Set(ticks.map((t) => `${t.action}:${t.job}`))
  return body.replace(LINE, (line: string, open: string, _mark: string, close: string, action: string, job: string, rest: string) =>
    keys.has(`${action}:${job}`) ? `${open}x${close}${rest}` : line)
}

/** Every ticked box of a body, once per action and job, in body order. */
export function ticked(body: string): Tick[] {
  const out: Tick[] = []
  const seen = new Set<string>()
  for (const m of body.matchAll(LINE)) {
    if (m[2] === ' ') continue
    const key = `${m[4]}:${m[5]}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ action: m[4] as CheckboxAction, job: m[5] })
  }
  return out
}
