// A fake GitLab answering `GET /api/v4/groups/:id/projects` on 127.0.0.1 the
// way gitlab.com does (https://docs.gitlab.com/api/groups/ and
// https://docs.gitlab.com/api/rest/#pagination): offset pagination
// with x-page/x-next-page/x-total… and a Link header, `archived` filtered on
// the server, subgroup projects only with include_subgroups=true, private
// projects only for the right PRIVATE-TOKEN, newest project first. Tests can
// replace any answer (5xx, 429, broken pages, a proxy stripping headers). Any
// other route fails the test.

import type { ServerResponse } from 'node:http'
import { startFakeHttp, unknownRoute, type FakeServer, type RecordedRequest } from '../helpers/fake-http-server.js'

export interface FakeProject {
  name: string
  /** URL path component; default: the name. */
  path?: string
  archived?: boolean
  /** Lives in this subgroup of the group (e.g. `tests`): listed only with include_subgroups=true. */
  subgroup?: string
  /** Private projects are listed only to a caller with the server's token. */
  private?: boolean
}

export interface FakeAnswer {
  status: number
  body: string
  headers?: Record<string, string>
}

export interface FakeGitlabGroupsOptions {
  /** Group full path → its projects, oldest first (GitLab lists newest first). */
  groups: Record<string, FakeProject[]>
  /** The PRIVATE-TOKEN that sees private projects. */
  token?: string
  /** Answer a request differently (return undefined for the normal answer). `n` counts listing requests from 1. */
  override?: (req: RecordedRequest, n: number) => FakeAnswer | undefined
  /** Drop the x-next-page and Link headers (a proxy that strips them). */
  stripPagination?: boolean
}

export interface FakeGitlabGroups {
  /** http://127.0.0.1:<port> — the GitLab base URL. */
  url: string
  server: FakeServer
  requests: RecordedRequest[]
  /** The query of every listing request, in order. */
  queries(): URLSearchParams[]
  close(): Promise<void>
}

const ROUTE = /^\/api\/v4\/groups\/([^/?]+)\/projects(?:\?|$)/

export async function startFakeGitlabGroups(options: FakeGitlabGroupsOptions): Promise<FakeGitlabGroups> {
  let n = 0
  let base = ''
  const server = await startFakeHttp((req, res) => {
    const m = ROUTE.exec(req.url)
    if (req.method !== 'GET' || !m) return unknownRoute(req)
    n++
    const custom = options.override?.(req, n)
    if (custom) return send(res, custom)
    const groupPath = decodeURIComponent(m[1])
    const projects = options.groups[groupPath]
    if (!projects) return send(res, { status: 404, body: JSON.stringify({ message: '404 Group Not Found' }) })
    const url = new URL(req.url, base)
    const q = url.searchParams
    const authorized = options.token !== undefined && req.headers['private-token'] === options.token
    const archived = q.get('archived')
    const visible = [...projects].reverse().filter((p) =>
      (p.subgroup === undefined || q.get('include_subgroups') === 'true') &&
      (!p.private || authorized) &&
      (archived === null || (archived === 'true') === (p.archived ?? false)))
    const perPage = Math.min(Number(q.get('per_page') ?? 20), 100)
    const page = Number(q.get('page') ?? 1)
    const totalPages = Math.max(1, Math.ceil(visible.length / perPage))
    const slice = visible.slice((page - 1) * perPage, page * perPage)
    const pageLink = (p: number) => {
      const u = new URL(url)
      u.searchParams.set('page', String(p))
      return u.href
    }
    const headers: Record<string, string> = {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-next-page': page < totalPages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
      'x-total': String(visible.length),
      'x-total-pages': String(totalPages),
      link: [
        ...(page < totalPages ? [`<${pageLink(page + 1)}>; rel="next"`] : []),
        ...(page > 1 ? [`<${pageLink(page - 1)}>; rel="prev"`] : []),
        `<${pageLink(1)}>; rel="first"`,
        `<${pageLink(totalPages)}>; rel="last"`,
      ].join(', '),
    }
    if (options.stripPagination) {
      delete headers['x-next-page']
      delete headers['link']
    }
    const body = slice.map((p) => project(base, groupPath, p, 1000 + projects.indexOf(p)))
    send(res, { status: 200, body: JSON.stringify(body), headers })
  })
  base = server.url
  return {
    url: server.url,
    server,
    requests: server.requests,
    queries: () => server.requests.filter((r) => ROUTE.test(r.url)).map((r) => new URL(r.url, base).searchParams),
    close: () => server.close(),
  }
}

/** GitLab's "basic project details" (simple=true), with made-up values. */
function project(base: string, group: string, p: FakeProject, id: number): Record<string, unknown> {
  const path = p.path ?? p.name
  const ns = p.subgroup ? `${group}/${p.subgroup}` : group
  return {
    id,
    description: '',
    name: p.name,
    name_with_namespace: `${ns.split('/').join(' / ')} / ${p.name}`,
    path,
    path_with_namespace: `${ns}/${path}`,
    created_at: '2021-06-02T16:40:11.512Z',
    default_branch: 'c10s-hs',
    tag_list: [],
    topics: [],
    ssh_url_to_repo: `git@127.0.0.1:${ns}/${path}.git`,
    http_url_to_repo: `${base}/${ns}/${path}.git`,
    web_url: `${base}/${ns}/${path}`,
    readme_url: null,
    forks_count: 0,
    avatar_url: null,
    star_count: 0,
    last_activity_at: '2025-11-04T09:12:55.031Z',
    namespace: { id: 12458903, name: ns.split('/').pop(), path: ns.split('/').pop(), kind: 'group', full_path: ns, parent_id: 9866812, avatar_url: null, web_url: `${base}/groups/${ns}` },
  }
}

function send(res: ServerResponse, a: FakeAnswer): void {
  res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers })
  res.end(a.body)
}

/** `count` projects named `<prefix>-0001`…, every `archivedEvery`-th archived. */
export function generatedProjects(count: number, prefix = 'pkg', archivedEvery = 0): FakeProject[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${String(i + 1).padStart(4, '0')}`,
    archived: archivedEvery > 0 && (i + 1) % archivedEvery === 0,
  }))
}
