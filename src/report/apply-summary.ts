// The job summary of an `apply`: every plan with the outcome of each action.

import type { ApplyReport } from '../plans/apply.js'
import { renderOutcomesMarkdown } from '../plans/markdown.js'
import { codeSpan, escapeText } from '../core/markdown.js'

export interface AppliedPlanSummary {
  path: string
  error?: string
  report?: ApplyReport
  proposal?: { number: number; url: string }
}

export function renderApplySummary(run: { plans: readonly AppliedPlanSummary[] }): string {
  let out = `## poi-gitops apply\n\n${run.plans.length} plan(s).\n`
  for (const p of run.plans) {
    out += `\n### ${codeSpan(p.path)}${p.proposal ? ` (from [${p.proposal.number}](${p.proposal.url}))` : ''}\n\n`
    if (p.error !== undefined) out += `**Not applied:** ${escapeText(p.error)}\n`
    if (p.report) out += `${renderOutcomesMarkdown(p.report)}\n`
  }
  return out
}
