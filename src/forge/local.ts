// Proposals without a forge: the dry-run preview, the same title, body and
// patch the engine would propose, with no forge call. (`--write` goes through
// the workspace boundary: core/workspace.ts.)

import { REGENERATE_LABEL } from './body.js'
import { makePlan, previewOf } from './engine.js'
import { FORGE_FACTS } from './facts.js'
import { createRedactor } from '../core/redact.js'
import type { ForgeKind, ProposalPreview, ProposalRequest } from './types.js'

export interface PreviewOptions {
  /** Render for this forge's vocabulary and body limit; default GitHub's. */
  forge?: ForgeKind
  secrets?: (string | undefined)[]
}

export function previewProposal(request: ProposalRequest, options: PreviewOptions = {}): ProposalPreview {
  const { words, maxBodyLength } = FORGE_FACTS[options.forge ?? 'github']
  return previewOf(makePlan(request, words, maxBodyLength, createRedactor(options.secrets ?? []), REGENERATE_LABEL), maxBodyLength)
}

/** What a terminal shows for a dry run: the title, optionally the body, and the patch. */
export function formatPreview(preview: ProposalPreview, options: { body?: boolean } = {}): string {
  const parts = [`Title: ${preview.title}`]
  if (options.body) parts.push('', preview.body)
  parts.push('', preview.patch || '(no changes)')
  return `${parts.join('\n').replace(/\n+$/, '')}\n`
}
