// One comment per purpose on a proposal: found again by its hidden marker and
// edited in place, never posted twice.

import type { Forge } from './types.js'

export async function upsertComment(forge: Forge, number: number, marker: string, body: string): Promise<'created' | 'updated' | 'unchanged'> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`
  const existing = (await forge.listComments(number)).find((c) => c.body.includes(marker))
  if (!existing) {
    await forge.createComment(number, text)
    return 'created'
  }
  if (existing.body.trim() === text.trim()) return 'unchanged'
  await forge.updateComment(number, existing.id, text)
  return 'updated'
}
