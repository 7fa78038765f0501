import { describe, expect, test } from '@jest/globals'
import { detectForge } from '../../src/forge/detect.js'

const actions = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/inventory', GITHUB_API_URL: 'https://ghe.example/api/v3/' }
const gitlabCi = { GITLAB_CI: 'true', CI_API_V4_URL: 'https://gitlab.example/api/v4', CI_PROJECT_ID: '42', CI_PROJECT_PATH: 'acme/inventory' }

describe('forge detection', () => {
  test('GitHub Actions: API URL, repository and the token input (before GITHUB_TOKEN)', () => {
    const { target } = detectForge({ ...actions, GITHUB_TOKEN: 'env-token' }, { token: 'input-token' })
    expect(target).toEqual({
      kind: 'github', apiUrl: 'https://ghe.example/api/v3', owner: 'acme', repo: 'inventory', token: 'input-token', context: { repository: 'acme/inventory' }
    })
  })

  test('POI_GITOPS_FORGE_TIMEOUT and POI_GITOPS_FORGE_WRITE_SPACING (seconds) reach the forge; a bad value is a problem, not a default', () => {
    const env = { ...actions, GITHUB_TOKEN: 't', POI_GITOPS_FORGE_TIMEOUT: '2.5', POI_GITOPS_FORGE_WRITE_SPACING: '0' }
    expect(detectForge(env).target).toMatchObject({ timeoutMs: 2500, writeSpacingMs: 0 })
    expect(detectForge({ ...gitlabCi, GITLAB_TOKEN: 't', POI_GITOPS_FORGE_TIMEOUT: '60' }).target).toMatchObject({ kind: 'gitlab', timeoutMs: 60_000 })
    for (const bad of ['0', '-1', 'soon', '3601']) {
      const detection = detectForge({ ...env, POI_GITOPS_FORGE_TIMEOUT: bad })
      expect(detection.target).toBeNull()
      expect(detection.problem).toContain('POI_GITOPS_FORGE_TIMEOUT must be a number of seconds')
    }
    expect(detectForge({ ...env, POI_GITOPS_FORGE_WRITE_SPACING: '61' }).problem).toContain('POI_GITOPS_FORGE_WRITE_SPACING')
  })

  test('GitHub without a token says how to pass one', () => {
    const detection = detectForge(actions)
    expect(detection.target).toBeNull()
    expect(detection.problem).toContain('"token" input')
  })

  test('a pull_request run from a fork has a read-only token', () => {
    const event = { pull_request: { head: { repo: { full_name: 'someone/inventory' } } } }
    const { target } = detectForge({ ...actions, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/event.json' }, { token: 't' }, () => event)
    expect(target?.context.readOnlyReason).toBe('a pull_request run from the fork someone/inventory')
    const same = detectForge({ ...actions, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/e' }, { token: 't' },
      () => ({ pull_request: { head: { repo: { full_name: 'ACME/inventory' } } } }))
    expect(same.target?.context.readOnlyReason).toBeUndefined()
    const dependabot = detectForge({ ...actions, GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'dependabot[bot]' }, { token: 't' })
    expect(dependabot.target?.context.readOnlyReason).toContain('Dependabot')
  })

  test('a pull_request_target run from a fork, or from a deleted fork, may not propose either (the CLI decides as the action does)', () => {
    const fork = { pull_request: { head: { repo: { full_name: 'someone/inventory' } } } }
    const target = detectForge({ ...actions, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: '/e' }, { token: 't' }, () => fork)
    expect(target.target?.context.readOnlyReason).toBe('a pull_request_target run from the fork someone/inventory')
    const deleted = detectForge({ ...actions, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/e' }, { token: 't' }, () => ({ pull_request: { head: { repo: null } } }))
    expect(deleted.target?.context.readOnlyReason).toBe('a pull_request run from the fork (deleted)')
    const unreadable = detectForge({ ...actions, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/e' }, { token: 't' }, () => { throw new Error('must not be read') })
    expect(unreadable.target?.context.readOnlyReason).toBeUndefined()
  })

  test('a terminal with the GitHub variables proposes to GitHub', () => {
    const { target } = detectForge({ GITHUB_API_URL: 'https://api.github.com', GITHUB_REPOSITORY: 'a/b', GITHUB_TOKEN: 't' })
    expect(target?.kind).toBe('github')
  })

  test('GitLab CI: host without /api/v4, project, GITLAB_TOKEN or the gitlab-token input', () => {
    expect(detectForge({ ...gitlabCi, GITLAB_TOKEN: 'glpat-x' }).target).toEqual({
      kind: 'gitlab', host: 'https://gitlab.example', projectId: '42', token: 'glpat-x', context: { repository: 'acme/inventory' }
    })
    expect(detectForge({ ...gitlabCi, GITLAB_TOKEN: 'env' }, { gitlabToken: 'input' }).target).toMatchObject({ token: 'input' })
  })

  test('GitLab with only the job token says which token to create', () => {
    const detection = detectForge({ ...gitlabCi, CI_JOB_TOKEN: 'job' })
    expect(detection.target).toBeNull()
    expect(detection.problem).toContain('"api" scope')
  })

  test('a merge request pipeline from a fork is read-only', () => {
    const { target } = detectForge({ ...gitlabCi, GITLAB_TOKEN: 't', CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '99', CI_MERGE_REQUEST_SOURCE_PROJECT_PATH: 'someone/inventory' })
    expect(target?.context.readOnlyReason).toContain('someone/inventory')
  })

  test('GitHub Actions wins over stray GitLab variables; neither means no forge', () => {
    expect(detectForge({ ...actions, ...gitlabCi, GITLAB_CI: undefined, GITHUB_TOKEN: 't', GITLAB_TOKEN: 'g' }).target?.kind).toBe('github')
    expect(detectForge({})).toEqual({ target: null })
  })
})
