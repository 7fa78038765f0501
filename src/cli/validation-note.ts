// In a merge-request pipeline, the validation summary is one note on the MR,
// found again by a hidden marker and edited in place on every run (never a
// new note per run). GitHub pull requests get annotations instead.

import { upsertComment } from '../forge/comments.js'
import { guardForge } from '../forge/guard.js'
import type { Finding } from '../core/finding.js'
import { renderValidationSummary } from '../report/summary.js'
import { openForge } from '../app/forge.js'
import type { Session } from '../app/session.js'

export const VALIDATION_NOTE_MARKER = '<!-- poi-gitops:validation -->'

/** Posts or updates the note when this is a GitLab MR pipeline with a usable token; returns what happened or why not. */
export async function postValidationNote(session: Session, findings: readonly Finding[], files: readonly string[]): Promise<string> {
  const iid = Number(session.env.CI_MERGE_REQUEST_IID)
  if (session.env.GITLAB_CI !== 'true' || !Number.isInteger(iid) || iid <= 0) return 'not a merge request pipeline'
  const { forge, readOnlyReason } = openForge(session)
  if (!forge) return `${readOnlyReason} cannot post notes`
  // A note writes no branch: nothing to protect, but everything it says is redacted.
  const result = await upsertComment(guardForge(forge, session.egress.redact, new Set()), iid, VALIDATION_NOTE_MARKER, renderValidationSummary(findings, files))
  return `validation note ${result} on !${iid}`
}
