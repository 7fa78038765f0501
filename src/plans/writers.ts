// The apply step's writers over the real clients: Bugzilla (key checked once
// with valid_login before anything is read for writing) and dist-git
// (take_orphan with the token).

import type { Bug, BugzillaClient, BugUpdate } from '../sources/bugzilla.js'
import type { DistGitOwnership } from '../sources/distgit.js'
import type { BugzillaWriter, DistGitWriter } from './apply.js'
import type { Fields } from './model.js'

/** The fields apply compares, as read from a bug. */
export function bugFields(b: Bug): Fields {
  return { status: b.status, resolution: b.resolution, priority: b.priority, cf_fixed_in: b.cf_fixed_in, assigned_to: b.assigned_to }
}

/**
 * A BugzillaWriter. `login` is the account the key belongs to: the key is
 * checked once (valid_login) before the first read, so a wrong key fails the
 * run before anything is written.
 */
export function bugzillaWriter(client: BugzillaClient, login: string): BugzillaWriter {
  return {
    async read(id) {
      await client.checkKey(login)
      const bug = await client.bug(id)
      return bug && bugFields(bug)
    },
    async write(id, set, comment) {
      await client.checkKey(login)
      const body: BugUpdate = {}
      for (const [k, v] of Object.entries(set)) {
        if (typeof v !== 'string') throw new Error(`bug ${id}: ${k} must be a string`)
        if (k === 'status' || k === 'resolution' || k === 'priority' || k === 'cf_fixed_in' || k === 'assigned_to') body[k] = v
        else throw new Error(`bug ${id}: the field ${k} is not written by poi-gitops`)
      }
      if (comment !== null) body.comment = { body: comment }
      await client.update(id, body)
    },
  }
}

/** A DistGitWriter over a dist-git client made with the token. */
export function distgitWriter(dg: DistGitOwnership): DistGitWriter {
  return {
    async read(pkg) {
      const owners = await dg.owners(pkg)
      return owners && { owner: owners[0] ?? '' }
    },
    whoami: () => dg.whoami(),
    async takeOrphan(pkg) {
      await dg.takeOrphan(pkg)
    },
  }
}
