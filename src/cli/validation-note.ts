// In a merge-request pipeline, the validation summary is one note on the MR,
// found again by a hidden marker and edited in place on every run (never a
// new note per run). GitHub pull requests get annotations instead.

import { createForge, detectForge } from '../forge/detect.js'
import { upsertComment } from '../forge/comments.js'
import type { Finding } from '../core/finding.js'
import { renderValidationSummary } from '../report/summary.js'

export const VALIDATION_NOTE_MARKER = '<!-- poi-gitops:validation -->'

/** Posts or updates the note when this is a GitLab MR pipeline with a usable token; returns what happened or why not. */
export async function postValidationNote(env: Readonly<Record<string, string | undefined>>, findings: readonly Finding[], files: readonly string[]): Promise<string> {
  const iid = Number(env.CI_MERGE_REQUEST_IID)
  if (env.GITLAB_CI !== 'true' || !Number.isInteger(iid) || iid <= 0) return 'not a merge request pipeline'
  const detection = detectForge({ ...env })
  if (!detection.target) return detection.problem ?? 'no GitLab token'
  if (detection.target.context.readOnlyReason) return `${detection.target.context.readOnlyReason} cannot post notes`
  const result = await upsertComment(createForge(detection.target), iid, VALIDATION_NOTE_MARKER, renderValidationSummary(findings, files))
  return `validation note ${result} on !${iid}`
}
