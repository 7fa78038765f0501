// Which forge receives the proposals: the one the run is in. GitHub Actions
// (or GITHUB_API_URL + GITHUB_REPOSITORY + a token on a terminal), else GitLab
// CI (or CI_API_V4_URL + CI_PROJECT_ID + GITLAB_TOKEN). Also says when the
// token cannot write — a pull_request run from a fork gets a read-only token —
// so the caller can skip proposing instead of failing on a 403.

import { readFileSync } from 'node:fs'
import type { ForgeContext } from './errors.js'
import { createGitHubForge } from './github.js'
import { createGitLabForge } from './gitlab.js'
import { gitlabInstance } from '../sources/gitlab-api.js'
import type { ForgeNetworkOptions } from './network.js'
import type { Forge } from './types.js'
import { PULL_REQUEST_EVENTS, untrustedReason } from './fork.js'

export type ForgeTarget = (
  | { kind: 'github'; apiUrl: string; owner: string; repo: string; token: string; context: ForgeContext }
  | { kind: 'gitlab'; host: string; projectId: string; token: string; context: ForgeContext }
) & {
  /** Limit of one request attempt, from POI_GITOPS_FORGE_TIMEOUT; absent = the forge default. */
  timeoutMs?: number
  /** Minimum time between two writes, from POI_GITOPS_FORGE_WRITE_SPACING; absent = the forge default. */
  writeSpacingMs?: number
}

/** Seconds one forge request may take (a slow GitHub Enterprise may need more than the default). */
export const FORGE_TIMEOUT_ENV = 'POI_GITOPS_FORGE_TIMEOUT'
/** Seconds between two forge writes (0 on an instance without secondary rate limits). */
export const FORGE_WRITE_SPACING_ENV = 'POI_GITOPS_FORGE_WRITE_SPACING'

export interface Detection {
  /** Where to propose; null when no forge was detected or it cannot be used. */
  target: ForgeTarget | null
  /** Why there is no target although a forge was detected (one sentence with the fix). */
  problem?: string
}

export interface DetectInputs {
  /** The action's `token` input. */
  token?: string
  /** The action's `gitlab-token` input. */
  gitlabToken?: string
}

type Env = Record<string, string | undefined>

export function detectForge(env: Env, inputs: DetectInputs = {}, readEvent: (path: string) => unknown = readJson): Detection {
  const inGitHub = env.GITHUB_ACTIONS === 'true'
  const inGitLab = env.GITLAB_CI === 'true'
  const detection = inGitHub || (!inGitLab && env.GITHUB_API_URL && env.GITHUB_REPOSITORY)
    ? detectGitHub(env, inputs, readEvent)
    : inGitLab || (env.CI_API_V4_URL && env.CI_PROJECT_ID) ? detectGitLab(env, inputs) : { target: null }
  if (!detection.target) return detection
  const timeout = seconds(env, FORGE_TIMEOUT_ENV, 0.001, 3600)
  const spacing = seconds(env, FORGE_WRITE_SPACING_ENV, 0, 60)
  for (const setting of [timeout, spacing]) if (typeof setting === 'string') return { target: null, problem: setting }
  const target: ForgeTarget = { ...detection.target }
  if (typeof timeout === 'number') target.timeoutMs = Math.max(1, Math.round(timeout * 1000))
  if (typeof spacing === 'number') target.writeSpacingMs = Math.round(spacing * 1000)
  return { target }
}

/** A number of seconds from the variable `name` (undefined when unset), or the problem with it. */
function seconds(env: Env, name: string, min: number, max: number): number | string | undefined {
  const value = nonEmpty(env[name])
  if (value === undefined) return undefined
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  return n >= min && n <= max ? n : `${name} must be a number of seconds from ${min} to ${max}, got ${JSON.stringify(value)}.`
}

export function createForge(target: ForgeTarget, network: ForgeNetworkOptions = {}): Forge {
  const options = {
    ...(target.timeoutMs !== undefined ? { timeoutMs: target.timeoutMs } : {}),
    ...(target.writeSpacingMs !== undefined ? { writeSpacingMs: target.writeSpacingMs } : {}),
    ...network,
    token: target.token,
    context: target.context
  }
  return target.kind === 'github'
    ? createGitHubForge({ ...options, apiUrl: target.apiUrl, owner: target.owner, repo: target.repo })
    : createGitLabForge({ ...options, host: target.host, projectId: target.projectId })
}

function detectGitHub(env: Env, inputs: DetectInputs, readEvent: (path: string) => unknown): Detection {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) return { target: null, problem: 'GITHUB_REPOSITORY is not set to owner/repo, so there is no repository to propose to.' }
  const token = nonEmpty(inputs.token) ?? nonEmpty(env.GITHUB_TOKEN)
  if (!token) {
    return { target: null, problem: 'No GitHub token: pass one in the "token" input (the default is ${{ github.token }}) or set GITHUB_TOKEN.' }
  }
  const context: ForgeContext = { repository }
  const readOnly = gitHubReadOnlyReason(env, readEvent)
  if (readOnly) context.readOnlyReason = readOnly
  return { target: { kind: 'github', apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''), owner, repo, token, context } }
}

/** A pull request from a fork may not propose: the event payload is read only for pull request events. */
function gitHubReadOnlyReason(env: Env, readEvent: (path: string) => unknown): string | undefined {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined
  const payload = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined
  return untrustedReason(env, typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload as Record<string, unknown> : {})
}

function detectGitLab(env: Env, inputs: DetectInputs): Detection {
  const api = env.CI_API_V4_URL ?? env.CI_SERVER_URL
  const projectId = nonEmpty(env.CI_PROJECT_ID)
  if (!api || !projectId) return { target: null, problem: 'CI_API_V4_URL and CI_PROJECT_ID must both be set to propose merge requests.' }
  const token = nonEmpty(inputs.gitlabToken) ?? nonEmpty(env.GITLAB_TOKEN)
  if (!token) {
    return {
      target: null,
      problem: 'No GitLab token: the CI job token cannot open merge requests, so create a project access token with the "api" scope and the Developer role and store it as the masked CI/CD variable GITLAB_TOKEN.'
    }
  }
  const context: ForgeContext = { repository: env.CI_PROJECT_PATH ?? projectId }
  const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID
  if (source && source !== projectId) context.readOnlyReason = `a merge request pipeline from the fork ${env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH ?? source}`
  return { target: { kind: 'gitlab', host: gitlabInstance(api), projectId, token, context } }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}
