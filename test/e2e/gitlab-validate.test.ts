// The CLI in a GitLab merge-request pipeline: Code Quality and JUnit reports
// for the MR widgets, and one MR note with the summary, edited in place.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { GitRepo } from '../fakes/git-repo.js'
import { FakeGitLab, GITLAB_TOKEN, PROJECT_ID } from '../fakes/gitlab-server.js'
import { makeRepo } from '../helpers/cli.js'
import { VALIDATION_NOTE_MARKER } from '../../src/cli/validation-note.js'

const INV = '[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "b"\n\n[[package]]\nname = "a"\nfile_issue = "yes"\n'

describe('validate in a GitLab MR pipeline', () => {
  let repo: GitRepo
  let fake: FakeGitLab
  let iid: number
  let env: Record<string, string>
  beforeAll(async () => {
    repo = GitRepo.create({ 'inv.toml': INV })
    fake = await FakeGitLab.start(repo)
    iid = fake.insertMergeRequest('feature', 'main', 'Edit the inventory').iid
    env = { GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: String(iid), CI_API_V4_URL: `${fake.url}/api/v4`, CI_PROJECT_ID: String(PROJECT_ID), GITLAB_TOKEN, POI_GITOPS_FORGE_WRITE_SPACING: '0' }
  })
  afterAll(async () => { await fake.stop(); repo.remove() })

  async function validate(root: string): Promise<{ code: number; stderr: string }> {
    let stderr = ''
    const code = await runCli(['validate', 'inv.toml', '--codequality', 'gl-code-quality.json', '--junit', 'junit.xml'], { stdout: () => {}, stderr: (s) => { stderr += s }, cwd: root, env })
    return { code, stderr }
  }

  test('reports are written and the note is created once, then edited in place', async () => {
    const root = makeRepo({ 'inv.toml': INV })
    const first = await validate(root)
    expect(first.code).toBe(1)
    expect(JSON.parse(readFileSync(join(root, 'gl-code-quality.json'), 'utf8'))).toEqual(expect.arrayContaining([expect.objectContaining({ check_name: 'type', severity: 'major', location: { path: 'inv.toml', lines: { begin: 11 } } })]))
    expect(readFileSync(join(root, 'junit.xml'), 'utf8')).toContain('<failure message="`file_issue` must be a boolean, not a string" type="type">')
    expect(first.stderr).toContain(`validation note created on !${iid}`)
    expect((await validate(root)).stderr).toContain('validation note unchanged')
    writeFileSync(join(root, 'inv.toml'), INV.replace('file_issue = "yes"', 'file_issue = true'))
    const fixed = await validate(root)
    expect(fixed.code).toBe(0)
    expect(fixed.stderr).toContain('validation note updated')
    const notes = fake.notesOn(iid).filter((n) => n.body.includes(VALIDATION_NOTE_MARKER))
    expect(notes).toHaveLength(1)
    expect(notes[0].body).toContain('**0 error(s)**')
  })
})
