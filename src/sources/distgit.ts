// What the commands need from a dist-git forge, independent of the software
// behind it. Fedora runs Pagure today and is moving dist-git to Forgejo; the
// commands depend only on this interface so a second implementation can slot
// in without touching their decision logic (the calls Pagure answers today:
// docs/poi-tracker-compatibility.md, "Fedora dist-git and Bodhi").

import type { HostStats } from './http.js'

/** Users on a project's ACL, per level (Pagure's `access_users`). Missing levels are empty. */
export interface UserAccess {
  owner: string[]
  admin: string[]
  commit: string[]
  collaborator: string[]
  ticket: string[]
}

/** Groups on a project's ACL, per level (groups have no owner level). */
export interface GroupAccess {
  admin: string[]
  commit: string[]
  collaborator: string[]
  ticket: string[]
}

export interface DistGitProject {
  /** The bare package name, e.g. `python-foo`. */
  name: string
  /** Namespaced name, e.g. `rpms/python-foo`; absent only in minimal answers. */
  fullname?: string
  users: UserAccess
  groups: GroupAccess
}

/** One complete listing (every page of one query), rpms namespace only. */
export interface ProjectListing {
  /** In server order; not de-duplicated across listings. */
  projects: DistGitProject[]
  /** Requests it took, pages and re-reads included. */
  requests: number
  /** What the server said the listing holds (before namespace filtering), when it said so. */
  total?: number
  /**
   * True when the collected count was checked against the server's total and
   * matched. Only a verified listing may justify removing a package.
   */
  verified: boolean
  /** Projects outside the rpms namespace (containers, modules, tests, forks) that were left out. */
  dropped: number
}

export interface DistGit {
  /** Implementation name for messages, e.g. `pagure`. */
  readonly kind: string
  readonly baseUrl: string
  /**
   * rpms projects `user` can access (directly or through a group), forks
   * excluded. With `pattern` (client-side syntax: `p*` or `systemd`) the
   * answer holds at least every project matching it and possibly more, so the
   * caller applies the same matcher afterwards.
   */
  listUserProjects(user: string, pattern?: string): Promise<ProjectListing>
  /** rpms projects attached to `group` (one listing of the whole group). */
  listGroupProjects(group: string): Promise<ProjectListing>
  /** Members of a group. */
  groupMembers(group: string): Promise<string[]>
  /** rpms package → direct maintainers (owner/admin/commit), from the cheap owner-alias dump. */
  maintainerIndex(): Promise<Map<string, string[]>>
  /** Branch names of an rpms project in API order; undefined when no such project exists (404). */
  branches(pkg: string): Promise<string[] | undefined>
  /** Whether `branch` of `pkg` carries a dead.package marker. */
  isRetired(pkg: string, branch: string): Promise<boolean>
  stats(): Record<string, HostStats>
  close(): Promise<void>
}

/** A listing that could not be read consistently (exit 3): never a basis for removals. */
export class ListingIncompleteError extends Error {
  override readonly name = 'ListingIncompleteError'
  readonly exitCode = 3
}

export function emptyUserAccess(): UserAccess {
  return { owner: [], admin: [], commit: [], collaborator: [], ticket: [] }
}

export function emptyGroupAccess(): GroupAccess {
  return { admin: [], commit: [], collaborator: [], ticket: [] }
}

/** True when `user` is on any user level of the ACL (access that does not come through a group). */
export function hasDirectAccess(p: DistGitProject, user: string): boolean {
  const u = p.users
  return [u.owner, u.admin, u.commit, u.collaborator, u.ticket].some((l) => l.includes(user))
}

/** Every group on any level of the ACL. */
export function aclGroups(p: DistGitProject): Set<string> {
  const g = p.groups
  return new Set([...g.admin, ...g.commit, ...g.collaborator, ...g.ticket])
}

/** A package's orphan status from dist-git's orphan plugin (`/_dg/orphan/rpms/<pkg>`). */
export interface OrphanInfo {
  orphan: boolean
  /** The reason category, e.g. "Lack of time"; may be empty. */
  reason: string
  /** Free text; may be empty. */
  reasonInfo: string
}

/** Owner lookups and the take-orphan write (adopt and its apply step): Pagure's ACLs, the orphan plugin, whoami and take_orphan. */
export interface DistGitOwnership {
  /** `access_users.owner` of an rpms project; undefined when there is no such project (404). */
  owners(pkg: string): Promise<string[] | undefined>
  orphanInfo(pkg: string): Promise<OrphanInfo>
  /** The user the dist-git token belongs to. */
  whoami(): Promise<string>
  /** Takes an orphaned package with the token; returns the new point of contact. Never repeated by the HTTP layer. */
  takeOrphan(pkg: string): Promise<string>
}

/** The user owning orphaned packages on Fedora dist-git. */
export const ORPHAN_USER = 'orphan'
