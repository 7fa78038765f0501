// Listing the projects of one GitLab group: the package names of a CentOS
// SIG's `rpms` group, and the archived subset (GitLab's "list a group's
// projects", https://docs.gitlab.com/api/groups/, called as poi-tracker calls
// it: docs/poi-tracker-compatibility.md, "sync-gitlab").
// The calls go through @gitbeaker/rest on the project's HTTP layer
// (sources/gitlab-api.ts, shared with the GitLab forge), so they share its
// timeouts, retries, per-host limits, counters and credential redaction.

import { Groups } from '@gitbeaker/rest'
import * as v from 'valibot'
import { gitlabInstance, gitlabRequester } from './gitlab-api.js'
import { RemoteError, type HttpClient } from './http.js'
import { encodeNamespacePath } from './names.js'
import { SchemaError, decode } from './schema.js'

// The listings' client: 120 s per request (poi-tracker's limit) and, from the HTTP layer, 4 attempts with 1, 2, 4 s
// back-off on 5xx, and 429 retried as Retry-After asks (a deliberate improvement: CI runners share egress IPs).
export { createGitlabHttp, type GitlabHttpOptions } from './gitlab-api.js'

/** A group URL split as poi-tracker splits it: `<scheme>://<host>` and the group path. */
export interface GroupUrl {
  /** `<scheme>://<host>`, e.g. https://gitlab.com */
  base: string
  /** e.g. CentOS/Hyperscale/rpms */
  groupPath: string
}

export class GroupUrlError extends Error {
  override readonly name = 'GroupUrlError'
  /** A usage problem: the URL was typed by the user. */
  readonly exitCode = 2
}

export function parseGroupUrl(url: string): GroupUrl {
  const trimmed = url.replace(/\/+$/, '')
  const scheme = /^https:\/\//.test(trimmed) ? 'https' : /^http:\/\//.test(trimmed) ? 'http' : undefined
  if (scheme === undefined) throw new GroupUrlError(`invalid GitLab URL: ${trimmed}`)
  const rest = trimmed.slice(scheme.length + 3)
  const slash = rest.indexOf('/')
  const path = slash < 0 ? '' : rest.slice(slash + 1)
  if (path === '') throw new GroupUrlError(`no project path in URL: ${trimmed}`)
  return { base: `${scheme}://${rest.slice(0, slash)}`, groupPath: path }
}

/** A project of the listing: the package name is `name`, never `path`. */
export interface GitlabProject {
  name: string
  path: string
}

/** What the listing reads of a project: the package name is `name`, never `path` (CentOS rewrites some paths, e.g. `+` to `plus`). */
const ProjectPage = v.array(v.object({ name: v.string(), path: v.string() }))

export interface ListOptions {
  /** true: only archived projects (`archived=true`, filtered by GitLab: the simple representation carries no `archived` field). */
  archived?: boolean
  /** Guard against a proxy that never stops paginating. Default 1000. */
  maxPages?: number
}

export interface Listing {
  projects: GitlabProject[]
  pages: number
}

/**
 * Every project directly in the group (no subgroups), following
 * `x-next-page` page by page. Any failure or malformed page fails the whole
 * listing with a RemoteError: a shorter list would prune real packages.
 */
export async function listGroupProjects(http: HttpClient, groupPath: string, options: ListOptions = {}): Promise<Listing> {
  encodeNamespacePath(groupPath) // validates the path before it reaches a URL
  // Timeouts are the HttpClient's; gitbeaker's host only shapes URLs this transport does not use.
  const groups = new Groups({ host: gitlabInstance(http.baseUrl), requesterFn: gitlabRequester(http), queryTimeout: null })
  const maxPages = options.maxPages ?? 1000
  const projects: GitlabProject[] = []
  const malformed = (detail: string, page: number) => {
    const url = http.describe(`/groups/${encodeNamespacePath(groupPath)}/projects`, { page })
    return new RemoteError({ service: http.service, method: 'GET', url, kind: 'body', attempts: 1, detail })
  }
  for (let page = 1, pages = 1; ; pages++) {
    if (pages > maxPages) throw malformed(`more than ${maxPages} pages; refusing to follow further`, page)
    // Parameters in poi-tracker's order; `page` set makes gitbeaker return this one page with its pagination info.
    const res = await groups.allProjects(groupPath, {
      perPage: 100,
      page,
      simple: true,
      includeSubgroups: false,
      ...(options.archived ? { archived: true } : {}),
      showExpanded: true,
    })
    try {
      projects.push(...decode(ProjectPage, res.data, `page ${page} of the projects of ${groupPath}`).map(({ name, path }) => ({ name, path })))
    } catch (err) {
      if (err instanceof SchemaError) throw malformed(err.message, page)
      throw err
    }
    const info = 'paginationInfo' in res ? res.paginationInfo : undefined
    const next = info && 'next' in info ? info.next : null
    if (!next) {
      // A proxy that drops x-next-page would end the listing early; GitLab's count exposes that.
      const total = info && 'total' in info ? info.total : NaN
      if (Number.isFinite(total) && projects.length < total) {
        throw malformed(`the listing ended after ${projects.length} of ${total} projects (x-total); pagination headers are missing`, page)
      }
      return { projects, pages }
    }
    if (next <= page) throw malformed(`x-next-page ${next} does not advance past page ${page}`, page)
    page = next
  }
}
