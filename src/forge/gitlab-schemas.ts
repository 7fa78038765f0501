// The fields the GitLab forge reads from GitLab's REST answers
// (https://docs.gitlab.com/api/rest/), each checked before use: a missing or
// mistyped field is an error naming it, never the text "undefined".

import * as v from 'valibot'

const Sha = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'a 40-digit commit id'))

/** The full path names the project in GraphQL, which knows no numeric ids. */
export const Project = v.object({ default_branch: v.string(), path_with_namespace: v.optional(v.string()) })

export const CurrentUser = v.object({
  email: v.nullish(v.string()),
  commit_email: v.nullish(v.string()),
  public_email: v.nullish(v.string()),
})

export const Branch = v.object({ commit: v.object({ id: Sha }) })

export const Comparison = v.object({
  commits: v.nullish(v.array(v.object({
    id: Sha,
    message: v.nullish(v.string()),
    author_name: v.nullish(v.string()),
    author_email: v.nullish(v.string()),
    committer_name: v.nullish(v.string()),
    committer_email: v.nullish(v.string()),
  }))),
})

export const ComparisonDiffs = v.object({
  diffs: v.nullish(v.array(v.object({ new_path: v.string(), old_path: v.string() })))
})

export const Commit = v.object({ id: Sha })

/** MR labels are names, or objects with a name when `with_labels_details` is set. */
const Label = v.union([v.string(), v.object({ name: v.string() })])

export const MergeRequest = v.object({
  iid: v.number(),
  web_url: v.string(),
  state: v.string(),
  title: v.string(),
  description: v.nullish(v.string()),
  labels: v.optional(v.array(Label), []),
  draft: v.optional(v.boolean()),
  work_in_progress: v.optional(v.boolean()),
  target_branch: v.string(),
  source_branch: v.string(),
  sha: v.nullish(Sha),
  source_project_id: v.optional(v.number()),
  target_project_id: v.optional(v.number()),
  reviewers: v.optional(v.array(v.object({ id: v.number(), username: v.string() })), []),
  /** True while auto-merge is set (the REST name predates GitLab's other auto-merge strategies). */
  merge_when_pipeline_succeeds: v.optional(v.boolean()),
})

export const MergeRequests = v.array(MergeRequest)

export const Users = v.array(v.object({ id: v.number() }))

export const Notes = v.array(v.object({ id: v.number(), body: v.nullish(v.string()), system: v.optional(v.boolean(), false) }))

export const Issue = v.object({ iid: v.number(), web_url: v.string(), title: v.string(), description: v.nullish(v.string()) })
export const Issues = v.array(Issue)
/** A merge request's approvals: who approved and still counts (GitLab does not say which head they approved). */
export const Approvals = v.object({
  approved_by: v.optional(v.array(v.object({ user: v.object({ username: v.string() }) })), []),
})

/** What auto-merge needs to know, from GraphQL (null: no such project or merge request for this token). */
export const AutoMergeState = v.object({
  project: v.nullish(v.object({
    mergeRequest: v.nullish(v.object({
      autoMergeEnabled: v.boolean(),
      availableAutoMergeStrategies: v.nullish(v.array(v.string())),
      diffHeadSha: v.nullish(v.string()),
    })),
  })),
})

/** The answer of mergeRequestAccept: refusals come as `errors` in its payload. */
export const Accepted = v.object({
  mergeRequestAccept: v.nullish(v.object({ errors: v.array(v.string()) })),
})

/** Notes with their authors, system notes included (GitLab records description edits as system notes). */
export const AuthoredNotes = v.array(v.object({ id: v.number(), body: v.nullish(v.string()), system: v.optional(v.boolean(), false), author: v.object({ id: v.number(), username: v.string() }) }))

/** A project member, inherited memberships included. */
export const Member = v.object({ access_level: v.number() })
