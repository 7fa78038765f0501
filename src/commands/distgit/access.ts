// Which listed projects a user sync keeps (as poi-tracker decides it): direct
// access always wins; group-only access is subject to the group flags.

import { aclGroups, hasDirectAccess, type DistGitProject } from '../../sources/distgit.js'

export interface AccessFilter {
  /** Undefined in group mode, where every project is kept. */
  user?: string
  noGroups: boolean
  includeGroups: readonly string[]
  excludeGroups: readonly string[]
}

export function keepProject(p: DistGitProject, f: AccessFilter): boolean {
  if (f.user === undefined || hasDirectAccess(p, f.user)) return true
  if (f.noGroups) return false
  // The listing does not say which group granted access, so this looks at every group on the ACL (a Rust imprecision kept for parity).
  const groups = aclGroups(p)
  if (f.includeGroups.length > 0) return f.includeGroups.some((g) => groups.has(g))
  if (f.excludeGroups.length > 0) return !f.excludeGroups.some((g) => groups.has(g))
  return true
}
