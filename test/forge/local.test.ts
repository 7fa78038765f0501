import { describe, expect, test } from '@jest/globals'
import { propose } from '../../src/forge/engine.js'
import { formatPreview, previewProposal } from '../../src/forge/local.js'
import { parseMarker } from '../../src/forge/marker.js'
import { addFoo } from './harness.js'

describe('dry-run preview', () => {
  test('title, body and patch without any forge', () => {
    const preview = previewProposal(addFoo())
    expect(preview.title).toBe('poi-gitops: salimma: 1 added')
    expect(preview.patch).toContain('+name = "foo"')
    expect(preview.body).toContain('pull request is open')
    expect(parseMarker(preview.body)).toMatchObject({ job: 'salimma', commit: null })
    expect(preview.commitMessage.startsWith('poi-gitops: salimma: 1 added\n\n- inventories/salimma.toml\n')).toBe(true)
    expect(previewProposal(addFoo(), { forge: 'gitlab' }).body).toContain('merge request is open')
  })

  test('the engine without a forge previews exactly the same', async () => {
    expect((await propose(null, addFoo())).preview).toEqual(previewProposal(addFoo()))
  })

  test('the terminal form shows title and patch, the body on request', () => {
    const preview = previewProposal(addFoo())
    const text = formatPreview(preview)
    expect(text).toMatch(/^Title: poi-gitops: salimma: 1 added\n\ndiff --git/)
    expect(text).not.toContain('### How this was computed')
    expect(formatPreview(preview, { body: true })).toContain('### How this was computed')
  })
})
