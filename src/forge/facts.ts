// What differs between the forges besides their APIs: how long a body may be
// and what a proposal is called. Kept apart so that dry runs and the body
// renderer need no forge client.

import type { ForgeKind, ForgeVocabulary, ProposalInfo } from './types.js'

export interface ForgeFacts {
  /** Longest PR/MR body the forge accepts, in characters. */
  maxBodyLength: number
  words: ForgeVocabulary
}

export const FORGE_FACTS: Record<ForgeKind, ForgeFacts> = {
  github: { maxBodyLength: 65_536, words: { proposal: 'pull request', short: 'PR', sigil: '#' } },
  // 1,000,000 since GitLab 13.4 (25,000 before).
  gitlab: { maxBodyLength: 1_000_000, words: { proposal: 'merge request', short: 'MR', sigil: '!' } }
}

/** The open proposal if there is one (the lowest number, should a past race have left two), else the newest. */
export function pickProposal(proposals: readonly ProposalInfo[]): ProposalInfo | null {
  const open = proposals.filter((p) => p.state === 'open').sort((a, b) => a.number - b.number)
  if (open.length > 0) return open[0]
  return [...proposals].sort((a, b) => b.number - a.number)[0] ?? null
}
