// The proposal engine's public surface, for the CLI and the action.

export { propose, proposeAll, type EngineOptions } from './engine.js'
export { detectForge, createForge, type Detection, type DetectInputs, type ForgeTarget } from './detect.js'
export { previewProposal, formatPreview, applyToWorkingTree, ApplyConflictError, type PreviewOptions } from './local.js'
export { createGitHubForge, type GitHubForgeOptions } from './github.js'
export { createGitLabForge, type GitLabForgeOptions } from './gitlab.js'
export { FORGE_FACTS, GITHUB_MAX_BODY, GITLAB_MAX_BODY } from './facts.js'
export { ForgeError, ProposalExistsError, type ForgeContext } from './errors.js'
export { createRedactor, type Redactor } from '../core/redact.js'
export { defaultTitle, REGENERATE_LABEL } from './body.js'
export type { ForgeNetworkOptions } from './network.js'
export type { Clock } from '../sources/clock.js'
export type * from './types.js'
