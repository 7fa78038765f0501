// The fields the GitHub forge reads from GitHub's REST answers
// (https://docs.github.com/rest), each checked before use: a missing or
// mistyped field is an error naming it, never the text "undefined".

import * as v from 'valibot'

const Sha = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'a 40-digit commit id'))
const Account = v.nullish(v.object({ login: v.string() }))
const GitPerson = v.nullish(v.object({ name: v.optional(v.string()), email: v.optional(v.string()) }))

export const AuthenticatedUser = v.object({ id: v.number(), login: v.string(), email: v.nullish(v.string()) })

/** The merge settings come only with push access, so each may be missing. */
export const Repository = v.object({
  default_branch: v.string(),
  allow_auto_merge: v.optional(v.boolean()),
  allow_merge_commit: v.optional(v.boolean()),
  allow_squash_merge: v.optional(v.boolean()),
  allow_rebase_merge: v.optional(v.boolean()),
})

export const Ref = v.object({ object: v.object({ sha: Sha }) })

export const Comparison = v.object({
  total_commits: v.number(),
  commits: v.array(v.object({
    sha: Sha,
    commit: v.object({ message: v.string(), author: GitPerson, committer: GitPerson }),
    author: Account,
    committer: Account,
  })),
})

/** The files a comparison changes (GitHub lists up to 300; more means the list is not whole). */
export const ComparisonFiles = v.object({
  files: v.optional(v.array(v.object({ filename: v.string(), previous_filename: v.optional(v.string()) })), [])
})

export const GitCommit = v.object({ sha: Sha, tree: v.object({ sha: Sha }) })

/** Blobs and trees: only the id is read. */
export const GitObject = v.object({ sha: Sha })

export const Pull = v.object({
  number: v.number(),
  /** The GraphQL id (auto-merge is a GraphQL mutation). */
  node_id: v.optional(v.string()),
  html_url: v.string(),
  state: v.string(),
  merged_at: v.nullish(v.string()),
  title: v.string(),
  body: v.nullish(v.string()),
  labels: v.array(v.object({ name: v.optional(v.string()) })),
  draft: v.optional(v.boolean()),
  base: v.object({ ref: v.string() }),
  head: v.object({ ref: v.string(), sha: Sha }),
  /** Set while auto-merge is on. */
  auto_merge: v.nullish(v.object({ merge_method: v.optional(v.string()) })),
})

export const Pulls = v.array(Pull)

/** Open pull requests, for max-open: the head repository tells the repository's own from forks' (null: a deleted fork). */
export const OpenPulls = v.array(v.object({
  head: v.object({ ref: v.string(), repo: v.nullish(v.object({ full_name: v.string() })) }),
}))

/** Submitted reviews (PENDING ones are drafts only their author sees); commit_id is the head reviewed. */
export const Reviews = v.array(v.object({
  user: Account,
  state: v.string(),
  commit_id: v.nullish(v.string()),
}))

/** The answer of enablePullRequestAutoMerge. */
export const EnabledAutoMerge = v.object({
  enablePullRequestAutoMerge: v.nullish(v.object({
    pullRequest: v.nullish(v.object({ autoMergeRequest: v.nullish(v.object({ enabledAt: v.nullish(v.string()) })) })),
  })),
})

export const Comments = v.array(v.object({ id: v.number(), body: v.nullish(v.string()) }))

export const Issue = v.object({ number: v.number(), html_url: v.string(), title: v.string(), body: v.nullish(v.string()), pull_request: v.optional(v.unknown()) })
export const Issues = v.array(Issue)

/** The last edit of an issue's description (GraphQL userContentEdits). */
export const LastEdit = v.object({
  repository: v.nullish(v.object({
    issue: v.nullish(v.object({ userContentEdits: v.nullish(v.object({ nodes: v.nullish(v.array(v.nullish(v.object({ editor: v.nullish(v.object({ login: v.string() })) })))) })) }))
  }))
})

/** A collaborator's permission on the repository. */
export const Permission = v.object({ permission: v.string() })
