// The proposal engine: one PR/MR per job, kept right run after run, over the
// forge-neutral Forge interface. Its state lives in the proposal itself (the
// hidden marker in the body), so every run decides from three reads:
// the proposal found by its branch, the base head, and (once per run) the
// default branch name.
//
//   no changes            → close the open proposal (comment, delete branch) | none
//   open, untouched       → unchanged when files, base and body are the same; else regenerate (updated)
//   open, person's commits→ blocked: one note, no overwrite, until handed back (label or checkbox)
//   closed by a person    → unchanged for the same change; reopened (or a new one) for a different change
//   none / merged         → branch + commit + proposal (created); an existing one found on create is reused
//   partial data          → never removes packages, never closes: the proposal is left as is (failed)
//
// The job's policy (README: "Proposal policy") can hold an update back
// (update = "when-merged", min-interval) or a new proposal (max-open), ask for
// reviews on every update, and turn on the forge's own auto-merge.

import { sha256 } from '../core/hash.js'
import type { ChangeSet, FileChange } from '../core/changeset.js'
import { changedFiles } from '../core/changeset.js'
import { REGENERATE_LABEL, commitMessage, defaultTitle, patchOf, renderBody } from './body.js'
import { ForgeError, ProposalExistsError } from './errors.js'
import { FORGE_FACTS } from './facts.js'
import { codeSpan, escapeText } from '../core/markdown.js'
import {
  COMMENT_MARKERS, fingerprintFiles, lastUpdate, parseMarker, regenerateRequested, renderMarker, replaceMarker, type Marker
} from './marker.js'
import { formatDuration } from '../core/duration.js'
import type { Clock } from '../sources/clock.js'
import { createRedactor, type Redactor } from '../core/redact.js'
import { assertSafeBranch, BranchSafetyError, guardForge, SecretInContentError } from './guard.js'
import { upsertComment } from './comments.js'
import {
  DEFAULT_POLICY,
  type CommitSummary, type Forge, type ForgeVocabulary, type Person, type ProposalInfo, type ProposalOperation, type ProposalOutcome,
  type ProposalPolicy, type ProposalPreview, type ProposalRequest
} from './types.js'

export interface EngineOptions {
  /** The run's redactor (it knows every secret of the run); titles, bodies, comments and commit messages pass it. */
  redact?: Redactor
  /** Without a redactor: values never to post (the forge's own token is added automatically). */
  secrets?: (string | undefined)[]
  /** Commit author; absent = the token's own identity (GitHub then signs commits made with app tokens). */
  author?: Person
  /** Label that hands an edited branch back to the bot; default `poi-gitops:regenerate`. */
  regenerateLabel?: string
  /** The time, for min-interval and the marker's record of the last update; default the system clock. */
  clock?: Pick<Clock, 'now'>
}

/** A policy the forge cannot carry out, such as team reviewers on GitLab: a configuration error (exit 2). */
export class PolicyError extends Error {
  override readonly name = 'PolicyError'
  readonly exitCode = 2
}

export interface Plan {
  request: ProposalRequest
  files: FileChange[]
  paths: string[]
  fingerprint: string
  title: string
  body: string
  bodyHash: string
  message: string
  patch: string
  /** Packages the change removes (from the change records). */
  removed: string[]
}

interface Context {
  forge: Forge
  plan: Plan
  redact: Redactor
  options: EngineOptions
  words: ForgeVocabulary
  regenerateLabel: string
  policy: ProposalPolicy
  /** Now, as an ISO 8601 time, and in ms. */
  now: () => number
}

/** Makes the forge show what this request proposes. A dry run (or no forge) computes the proposal and calls nothing. */
export async function propose(forge: Forge | null, request: ProposalRequest, options: EngineOptions = {}): Promise<ProposalOutcome> {
  const redact = options.redact ?? createRedactor([...(options.secrets ?? []), ...(forge?.secrets ?? [])])
  // Without a forge (a terminal dry run) the proposal is rendered as for GitHub, like previewProposal does.
  const { words, maxBodyLength } = forge ?? FORGE_FACTS.github
  const regenerateLabel = options.regenerateLabel ?? REGENERATE_LABEL
  if (request.dryRun || forge === null) {
    const plan = makePlan(finalized(request, undefined), words, maxBodyLength, redact, regenerateLabel)
    return { ...outcome(plan, 'dry-run'), preview: previewOf(plan, maxBodyLength) }
  }
  let plan = makePlan(request, words, maxBodyLength, redact, regenerateLabel)
  try {
    if (forge.kind === 'gitlab' && (request.teamReviewers ?? []).length > 0) {
      const where = request.teamReviewersOrigin ? `${request.teamReviewersOrigin}: ` : ''
      throw new PolicyError(`${where}team-reviewers names GitHub teams, and GitLab merge requests have no team reviewers: list the people in reviewers instead, or require a group's approval with the project's approval rules.`)
    }
    // Branch safety comes first: nothing is read beyond the default branch, and nothing is written, for a branch the bot must not touch.
    const defaultBranch = await forge.defaultBranch()
    const base = request.base ?? defaultBranch
    const reserved = request.reservedBranches ?? []
    assertSafeBranch({ branch: request.branch, base, defaultBranch, reserved }, request.branchOrigin ?? 'the job name or [proposal] branch-prefix in poi-gitops.toml')
    const guarded = guardForge(forge, redact, new Set([base, defaultBranch, ...reserved]))
    const found = await guarded.findProposal(request.branch)
    if (request.finalize) plan = makePlan(finalized(request, found ? parseMarker(found.body) : null), words, maxBodyLength, redact, regenerateLabel)
    const leaking = plan.files.filter((f) => f.after !== null && redact.contains(f.after)).map((f) => f.path)
    if (leaking.length > 0) throw new SecretInContentError(leaking)
    const policy = { ...DEFAULT_POLICY, ...request.policy }
    const clock = options.clock ?? { now: () => Date.now() }
    return await decide({ forge: guarded, plan, redact, options, words, regenerateLabel, policy, now: () => clock.now() }, base, found)
  } catch (error) {
    if (error instanceof ForgeError) return { ...outcome(plan, 'failed'), message: redact(error.explanation), exitCode: 3 }
    if (error instanceof BranchSafetyError || error instanceof SecretInContentError || error instanceof PolicyError) return { ...outcome(plan, 'failed'), message: redact(error.message), exitCode: error.exitCode }
    throw error
  }
}

/** Title, body, commit message and patch exactly as they would be proposed. */
export function makePlan(request: ProposalRequest, words: ForgeVocabulary, maxBodyLength: number, redact: Redactor, regenerateLabel = REGENERATE_LABEL): Plan {
  const files = changedFiles(request.changeSet.changes)
  const title = redact(request.title ?? defaultTitle(request.job, request.changeSet))
  // The body is rendered on first use (a terminal dry run never shows it), and the
  // patch too (only previews show it): for a sync of thousands of packages they are
  // the costliest parts of the plan.
  let rendered: { body: string; bodyHash: string } | undefined
  let patch: string | undefined
  const render = (): { body: string; bodyHash: string } => {
    if (!rendered) {
      const r = renderBody({ job: request.job, changeSet: request.changeSet, maxLength: maxBodyLength, redact, words, regenerateLabel })
      rendered = { body: redact(r.text), bodyHash: sha256(`${title}\n${r.stableHash}`) }
    }
    return rendered
  }
  return {
    request,
    files,
    paths: files.map((f) => f.path),
    fingerprint: fingerprintFiles(files),
    title,
    get body() {
      return render().body
    },
    get bodyHash() {
      return render().bodyHash
    },
    message: redact(commitMessage(title, request.job, request.changeSet)),
    get patch() {
      return (patch ??= patchOf(request.changeSet))
    },
    removed: removedPackages(request.changeSet)
  }
}

/** What a dry run shows: the proposal as it would be made, with a marker that names no commit yet. */
export function previewOf(plan: Plan, maxBodyLength: number): ProposalPreview {
  let body: string | undefined
  return {
    title: plan.title,
    get body() {
      return (body ??= withMarker(plan.body, markerFor(plan, null, null), maxBodyLength))
    },
    patch: plan.patch,
    commitMessage: plan.message
  }
}

async function decide(ctx: Context, base: string, found: ProposalInfo | null): Promise<ProposalOutcome> {
  const { forge, plan } = ctx
  const { request } = plan
  const open = found?.state === 'open' ? found : null
  const marker = found ? parseMarker(found.body) : null

  if (!request.changeSet.complete && (plan.removed.length > 0 || plan.files.length === 0)) return refuseIncomplete(ctx, open)
  if (plan.files.length === 0) return open ? closeEmpty(ctx, open, marker) : outcome(plan, 'none')

  const baseHead = await forge.branchHead(base)
  if (baseHead === null) {
    throw new ForgeError(forge.kind, 'read the base branch', 404, `branch ${base} not found`,
      `The base branch ${base} does not exist: fix "base" in the [proposal] table of poi-gitops.toml.`)
  }
  const parent = request.computedFrom ?? baseHead

  if (open) return refreshOpen(ctx, open, marker, base, baseHead, parent)
  const closedByPerson = found?.state === 'closed' && marker?.closed !== 'empty' ? found : null
  if (closedByPerson && marker?.fingerprint === plan.fingerprint) {
    return {
      ...outcome(plan, 'unchanged', closedByPerson),
      message: `${ctx.words.short} ${ctx.words.sigil}${closedByPerson.number} was closed without merging; the same change is not proposed again.`
    }
  }
  // Reopening counts as opening: both wait while max-open proposals are open.
  const waiting = await waitForRoom(ctx)
  if (waiting) return waiting
  if (closedByPerson) {
    const reopened = await reopen(ctx, closedByPerson, marker, baseHead, parent)
    if (reopened) return reopened
  }
  return create(ctx, base, baseHead, parent, found && found.state !== 'merged' ? found : null, marker)
}

async function refreshOpen(ctx: Context, open: ProposalInfo, marker: Marker | null, base: string, baseHead: string, parent: string): Promise<ProposalOutcome> {
  const { forge, plan } = ctx
  const head = open.headSha ?? (await forge.branchHead(plan.request.branch))
  const labelled = hasLabel(open.labels, ctx.regenerateLabel)
  const handedBack = labelled || (regenerateRequested(open.body, plan.request.job) || plan.request.regenerate === true)
  const edited = marker === null || head !== marker.commit

  if (edited && !handedBack && head !== null) {
    if (marker?.blocked === head) return blockedOutcome(ctx, open, null)
    const foreign = await foreignCommits(ctx, baseHead, head, marker)
    if (foreign.length > 0) return block(ctx, open, marker, head, foreign)
  }

  const sameTree = !edited && !handedBack && marker !== null && marker.base === parent && marker.fingerprint === plan.fingerprint
  const sameContent = sameTree && marker.body === plan.bodyHash
  const missingLabels = plan.request.labels.filter((l) => !hasLabel(open.labels, l))
  if (sameContent && missingLabels.length === 0) return outcome(plan, 'unchanged', open)
  // A person handing the branch back asks for this update now, whatever the policy.
  if (!sameContent && !handedBack) {
    const held = holdUpdate(ctx, open, marker)
    if (held) return held
  }

  let commit = marker?.commit ?? null
  let commitBase = marker?.base ?? null
  if (!sameTree) {
    commit = await forge.commitFiles({
      branch: plan.request.branch, parentSha: parent, branchHead: head, message: plan.message, files: writesFor(plan.files), author: ctx.options.author
    })
    commitBase = parent
  }
  if (!sameContent) {
    await forge.updateProposal(open.number, { title: plan.title, body: withMarker(plan.body, markerFor(plan, commit, commitBase, ctx.now()), forge.maxBodyLength) })
  }
  const warnings = await addLabels(ctx, open.number, missingLabels)
  if (labelled) {
    // Left in place, the label would regenerate the branch on every run; say so if it cannot be removed.
    try {
      await forge.removeLabel(open.number, ctx.regenerateLabel)
    } catch (error) {
      if (!(error instanceof ForgeError)) throw error
      warnings.push(ctx.redact(`${error.explanation} Remove the label ${ctx.regenerateLabel} by hand.`))
    }
  }
  if (base !== open.base) warnings.push(`The ${ctx.words.proposal} targets ${open.base}, not ${base}; change its base by hand.`)
  const why = handedBack ? 'regenerated as asked, discarding the commits pushed to the branch' : undefined
  const after = sameContent ? { warnings: [] } : await afterUpdate(ctx, open, sameTree ? head : commit)
  return { ...outcome(plan, 'updated', open), ...(why ? { message: why } : {}), ...after, warnings: [...warnings, ...after.warnings] }
}

/** How far ahead of this run's clock a recorded update time may be and still count. */
const CLOCK_SKEW_MS = 10 * 60_000

/** The policy's reason to leave an open proposal as it is although its change differs, if any. */
function holdUpdate(ctx: Context, open: ProposalInfo, marker: Marker | null): ProposalOutcome | null {
  const { plan, policy, words } = ctx
  const ref = `${words.short} ${words.sigil}${open.number}`
  if (policy.update === 'when-merged') {
    return {
      ...outcome(plan, 'unchanged', open), held: 'when-merged',
      message: `update = "when-merged": ${ref} is left as it is until it is merged or closed; the newer change is proposed then`
    }
  }
  const interval = policy.minIntervalMs
  const last = lastUpdate(marker)
  const now = ctx.now()
  // A time ahead of this run's clock (beyond runner clock skew) was not written by the bot: an edited
  // body must not hold the proposal back indefinitely.
  if (interval === undefined || last === undefined || last > now + CLOCK_SKEW_MS || now >= last + interval) return null
  const until = new Date(last + interval).toISOString()
  return {
    ...outcome(plan, 'unchanged', open), held: 'min-interval', heldUntil: until,
    message: `min-interval = "${formatDuration(interval)}": ${ref} was last updated at ${new Date(last).toISOString()}; the newer change is proposed from ${until} on`
  }
}

/** With max-open set: a held outcome when that many of the bot's proposals are open already, else null (one listing per run). */
async function waitForRoom(ctx: Context): Promise<ProposalOutcome | null> {
  const limit = ctx.policy.maxOpen
  if (!limit) return null
  const open = (await ctx.forge.openProposalBranches(limit.branchPrefix)).filter((b) => b !== ctx.plan.request.branch)
  if (open.length < limit.limit) return null
  return {
    ...outcome(ctx.plan, 'none'), held: 'max-open',
    message: `max-open = ${limit.limit}: ${open.length} ${ctx.words.proposal}s from ${codeSpan(limit.branchPrefix)} branches are open; this one is opened when one of them is merged or closed`
  }
}

/** After the bot updated a proposal's content (now at `head`): reviews again when `review = "always"`, and auto-merge. */
async function afterUpdate(ctx: Context, proposal: ProposalInfo, head: string | null): Promise<Pick<ProposalOutcome, 'warnings' | 'autoMerge'>> {
  const warnings = ctx.policy.review === 'always' ? await requestReviews(ctx, proposal.number, head) : []
  return mergeAutomatically(ctx, proposal, head, warnings)
}

/**
 * Asks the configured reviewers and teams, leaving out anyone whose review of `reviewedHead` counts already
 * (GitLab's standing approvals count whatever the head); null: a new proposal, which nobody has reviewed.
 * A refusal is a warning.
 */
async function requestReviews(ctx: Context, number: number, reviewedHead: string | null): Promise<string[]> {
  const { forge, plan } = ctx
  const teams = plan.request.teamReviewers ?? []
  let people = plan.request.reviewers
  if (people.length + teams.length === 0) return []
  if (reviewedHead !== null && people.length > 0) {
    const reviews = await forge.reviewsOf(number)
    const done = new Set(reviews.filter((r) => r.commit === null || r.commit === reviewedHead).map((r) => lower(r.login)))
    people = people.filter((p) => !done.has(lower(p)))
  }
  if (people.length + teams.length === 0) return []
  try {
    await forge.requestReviewers(number, people, teams)
    return []
  } catch (error) {
    if (!(error instanceof ForgeError)) throw error
    return [ctx.redact(error.explanation)]
  }
}

/** With `automerge = true`: the forge's own auto-merge for the bot's content at `head`; a refusal is a warning, never a failure. */
async function mergeAutomatically(ctx: Context, proposal: ProposalInfo, head: string | null, warnings: string[]): Promise<Pick<ProposalOutcome, 'warnings' | 'autoMerge'>> {
  if (!ctx.policy.automerge || head === null) return { warnings }
  try {
    await ctx.forge.enableAutoMerge(proposal, head)
    return { warnings, autoMerge: 'enabled' }
  } catch (error) {
    if (!(error instanceof ForgeError)) throw error
    return { warnings: [...warnings, ctx.redact(error.explanation)] }
  }
}

async function block(ctx: Context, open: ProposalInfo, marker: Marker | null, head: string, foreign: CommitSummary[]): Promise<ProposalOutcome> {
  const { forge, words, redact } = ctx
  const list = foreign.slice(0, 10).map((c) => `- ${codeSpan(c.sha.slice(0, 12))} by ${escapeText(redact(c.author.name || c.author.email))}` +
    (c.committer.email !== c.author.email ? ` (committed by ${escapeText(redact(c.committer.name || c.committer.email))})` : ''))
  const note = [
    COMMENT_MARKERS.blocked,
    `**poi-gitops** did not regenerate this ${words.proposal}: its branch has commits that were not made by the bot.`,
    '',
    ...list,
    '',
    `They are kept, and this ${words.proposal} is not updated while they are there. To hand the branch back, tick the box in the description or add the label ${codeSpan(ctx.regenerateLabel)}: the next run discards these commits and regenerates the branch from the base.`
  ].join('\n')
  await upsertComment(forge, open.number, COMMENT_MARKERS.blocked, redact(note))
  // Remember that this head was reported, so later runs neither post again nor need to inspect the commits.
  const remembered = { ...(marker ?? markerFor(ctx.plan, null, null)), blocked: head }
  await forge.updateProposal(open.number, { body: replaceMarker(open.body, remembered) })
  return blockedOutcome(ctx, open, foreign)
}

function blockedOutcome(ctx: Context, open: ProposalInfo, foreign: CommitSummary[] | null): ProposalOutcome {
  const who = foreign ? ` by ${[...new Set(foreign.map((c) => c.author.name || c.author.email))].join(', ')}` : ''
  return {
    ...outcome(ctx.plan, 'blocked', open),
    message: ctx.redact(`${ctx.words.short} ${ctx.words.sigil}${open.number} has commits${who} that are not the bot's; it is left as is until handed back (the label ${ctx.regenerateLabel} or the box in its description).`)
  }
}

async function closeEmpty(ctx: Context, open: ProposalInfo, marker: Marker | null): Promise<ProposalOutcome> {
  const { forge, plan, words } = ctx
  const head = open.headSha
  const handedBack = hasLabel(open.labels, ctx.regenerateLabel) || (regenerateRequested(open.body, plan.request.job) || plan.request.regenerate === true)
  if (head !== null && !handedBack && (marker === null || head !== marker.commit)) {
    // A person's commits are never thrown away, not even to close.
    if (marker?.blocked === head) return blockedOutcome(ctx, open, null)
    const baseHead = await forge.branchHead(open.base)
    if (baseHead !== null) {
      const foreign = await foreignCommits(ctx, baseHead, head, marker)
      if (foreign.length > 0) return block(ctx, open, marker, head, foreign)
    }
  }
  // Upserted, so a close that fails half-way and is retried next run does not comment twice.
  await upsertComment(forge, open.number, COMMENT_MARKERS.closed, ctx.redact([
    COMMENT_MARKERS.closed,
    `**poi-gitops** closed this ${words.proposal}: the change it proposed is no longer needed (the base branch has it already, or the data no longer calls for it), and deleted the branch ${codeSpan(plan.request.branch)}.`
  ].join('\n')))
  const closedMarker: Marker = { ...(marker ?? markerFor(plan, null, null)), closed: 'empty' }
  await forge.updateProposal(open.number, { state: 'closed', body: replaceMarker(open.body, closedMarker) })
  await forge.deleteBranch(plan.request.branch)
  return { ...outcome(plan, 'closed', open), message: `the change became empty; ${words.short} ${words.sigil}${open.number} closed` }
}

/** A closed proposal with a different change: reopen it when its branch is as it was at closing (GitHub refuses otherwise). */
async function reopen(ctx: Context, closed: ProposalInfo, marker: Marker | null, baseHead: string, parent: string): Promise<ProposalOutcome | null> {
  const { forge, plan } = ctx
  const head = await forge.branchHead(plan.request.branch)
  if (head === null || head !== closed.headSha) return null
  const foreign = await foreignCommits(ctx, baseHead, head, marker)
  if (foreign.length > 0) return null
  try {
    await forge.updateProposal(closed.number, { state: 'open' })
  } catch (error) {
    // The forge would not reopen it (GitHub: "the branch was force-pushed or recreated"): open a new one instead.
    if (error instanceof ForgeError) return null
    throw error
  }
  const commit = await forge.commitFiles({
    branch: plan.request.branch, parentSha: parent, branchHead: head, message: plan.message, files: writesFor(plan.files), author: ctx.options.author
  })
  await forge.updateProposal(closed.number, { title: plan.title, body: withMarker(plan.body, markerFor(plan, commit, parent, ctx.now()), forge.maxBodyLength) })
  const labelWarnings = await addLabels(ctx, closed.number, plan.request.labels.filter((l) => !hasLabel(closed.labels, l)))
  const reopened = { ...closed, state: 'open' as const }
  const after = await afterUpdate(ctx, reopened, commit)
  return {
    ...outcome(plan, 'updated', reopened), ...after, warnings: [...labelWarnings, ...after.warnings],
    message: `reopened ${ctx.words.short} ${ctx.words.sigil}${closed.number}: the proposed change differs from the one that was closed`
  }
}

async function create(ctx: Context, base: string, baseHead: string, parent: string, previous: ProposalInfo | null, marker: Marker | null): Promise<ProposalOutcome> {
  const { forge, plan } = ctx
  const { request } = plan
  const head = await forge.branchHead(request.branch)
  if (head !== null) {
    // A branch without an open proposal (a crash before the proposal, a merged one not deleted): only the bot's commits may be replaced.
    const foreign = await foreignCommits(ctx, baseHead, head, marker)
    if (foreign.length > 0) {
      return {
        ...outcome(plan, 'blocked'),
        message: ctx.redact(`Branch ${request.branch} has no open ${ctx.words.proposal} but holds commits that are not the bot's; delete or rename it to let poi-gitops propose again.`)
      }
    }
  }
  const commit = await forge.commitFiles({
    branch: request.branch, parentSha: parent, branchHead: head, message: plan.message, files: writesFor(plan.files), author: ctx.options.author
  })
  const body = withMarker(plan.body, markerFor(plan, commit, parent, ctx.now()), forge.maxBodyLength)
  let created: ProposalInfo
  try {
    created = await forge.createProposal({ branch: request.branch, base, title: plan.title, body, draft: request.draft, labels: request.labels })
  } catch (error) {
    if (!(error instanceof ProposalExistsError)) throw error
    // Another run (or a person) opened one since we looked: make it ours rather than open a second one.
    const existing = await forge.findProposal(request.branch)
    if (existing?.state !== 'open') throw error
    await forge.updateProposal(existing.number, { title: plan.title, body })
    const labelWarnings = await addLabels(ctx, existing.number, request.labels.filter((l) => !hasLabel(existing.labels, l)))
    // Whoever opened it has not asked for reviews of the bot's commit yet: as on creation.
    const after = await mergeAutomatically(ctx, existing, commit, [...labelWarnings, ...(await requestReviews(ctx, existing.number, null))])
    return { ...outcome(plan, 'updated', existing), ...after, message: `reused ${ctx.words.short} ${ctx.words.sigil}${existing.number}, opened for this branch in the meantime` }
  }
  const labelWarnings = await addLabels(ctx, created.number, request.labels.filter((l) => !hasLabel(created.labels, l)))
  const after = await mergeAutomatically(ctx, created, commit, [...labelWarnings, ...(await requestReviews(ctx, created.number, null))])
  const superseded = previous && previous.state === 'closed' ? `; ${ctx.words.sigil}${previous.number} stays closed` : ''
  return { ...outcome(plan, 'created', created), ...after, ...(superseded ? { message: `opened a new ${ctx.words.proposal}${superseded}` } : {}) }
}

async function refuseIncomplete(ctx: Context, open: ProposalInfo | null): Promise<ProposalOutcome> {
  const { forge, plan, words } = ctx
  if (plan.removed.length === 0) {
    // Partial data and no change: nothing proves the proposal obsolete, so it stays.
    return { ...outcome(plan, open ? 'unchanged' : 'none', open ?? undefined), message: 'the data was incomplete; nothing was changed' }
  }
  const names = plan.removed.slice(0, 20).map((n) => codeSpan(n)).join(', ') + (plan.removed.length > 20 ? `, and ${plan.removed.length - 20} more` : '')
  if (open) {
    await upsertComment(forge, open.number, COMMENT_MARKERS.incomplete, ctx.redact([
      COMMENT_MARKERS.incomplete,
      `**poi-gitops** could not refresh this ${words.proposal}: a remote service answered incompletely, and the result would remove packages (${names}). ` +
        `Packages are never removed on partial data, so this ${words.proposal} was left as it was; the next complete run refreshes it.`
    ].join('\n')))
  }
  return {
    ...outcome(plan, 'failed', open ?? undefined),
    message: `a remote service answered incompletely and the result would remove ${plan.removed.length} package${plan.removed.length === 1 ? '' : 's'}; nothing was proposed`
  }
}

/** Commits between base and head made by anyone but the bot (author or committer). */
async function foreignCommits(ctx: Context, baseHead: string, head: string, marker: Marker | null): Promise<CommitSummary[]> {
  const commits = await ctx.forge.commitsBetween(baseHead, head)
  const bot = new Set([...ctx.forge.botEmails, ctx.options.author?.email ?? ''].filter(Boolean).map(lower))
  // The bot's own recorded commit tells who the bot is on this forge (GitHub may sign as "GitHub" for an app token).
  const own = commits.find((c) => c.sha === marker?.commit)
  if (own) for (const p of [own.author, own.committer]) bot.add(lower(p.email))
  const isBot = (c: CommitSummary) => bot.has(lower(c.author.email)) && bot.has(lower(c.committer.email))
  let foreign = commits.filter((c) => c.sha !== marker?.commit && !isBot(c))
  if (foreign.length > 0 && !own) {
    // No recorded commit to learn from (a lost race, a missing marker): ask the forge who the token is.
    for (const email of await ctx.forge.identityEmails()) bot.add(lower(email))
    foreign = foreign.filter((c) => !isBot(c))
  }
  return foreign
}

/** Labels are a convenience: failing to set them is a warning, not a failed proposal. */
async function addLabels(ctx: Context, number: number, labels: string[]): Promise<string[]> {
  if (labels.length === 0) return []
  try {
    await ctx.forge.addLabels(number, labels)
    return []
  } catch (error) {
    if (!(error instanceof ForgeError)) throw error
    return [ctx.redact(error.explanation)]
  }
}

/** The marker of a proposal the bot writes; `updatedAt` (ms) records the write for min-interval. */
function markerFor(plan: Plan, commit: string | null, base: string | null, updatedAt?: number): Marker {
  return {
    v: 1, job: plan.request.job, fingerprint: plan.fingerprint, body: plan.bodyHash, commit, base,
    ...(updatedAt !== undefined ? { updated: new Date(updatedAt).toISOString() } : {}),
    ...(plan.request.memo ? { memo: plan.request.memo } : {})
  }
}

/** The request with its last touches applied against what the open proposal recorded. */
function finalized(request: ProposalRequest, marker: Marker | null | undefined): ProposalRequest {
  if (!request.finalize) return request
  const { changes, memo } = request.finalize(marker?.memo ?? {})
  return { ...request, changeSet: { ...request.changeSet, changes }, memo }
}

/** Body plus marker, never longer than the forge accepts (the renderer already keeps room; this is the last guard). */
function withMarker(body: string, marker: Marker, maxLength: number): string {
  const tail = `\n\n${renderMarker(marker)}`
  const room = maxLength - tail.length
  const text = body.length <= room ? body : `${body.slice(0, room - 80)}\n\n**Truncated** to fit the body limit of this forge.`
  return `${text}${tail}`
}

function writesFor(files: FileChange[]) {
  return files.map((f) => ({ path: f.path, content: f.after, existed: f.before !== null }))
}

function removedPackages(changeSet: ChangeSet): string[] {
  return [...new Set(changeSet.records.filter((r) => r.kind === 'removed').map((r) => r.package ?? r.file))]
}

function outcome(plan: Plan, operation: ProposalOperation, proposal?: ProposalInfo): ProposalOutcome {
  return {
    job: plan.request.job,
    branch: plan.request.branch,
    operation,
    ...(proposal ? { url: proposal.url, number: proposal.number } : {}),
    files: plan.paths,
    warnings: []
  }
}

function hasLabel(labels: readonly string[], label: string): boolean {
  return labels.some((l) => lower(l) === lower(label))
}

function lower(s: string): string {
  return s.toLowerCase()
}


/**
 * A job whose remote data could not be fetched proposes nothing; its open proposal, if any,
 * is left as it is with one comment saying the refresh failed (edited in place on later failures).
 */
export async function noteRefreshFailure(forge: Forge, branch: string, reason: string, options: EngineOptions = {}): Promise<number | null> {
  const open = await forge.findProposal(branch)
  if (!open || open.state !== 'open') return null
  const redact = options.redact ?? createRedactor([...(options.secrets ?? []), ...forge.secrets])
  // Only a comment is written: no branch is touched, so no branch needs protecting.
  await upsertComment(guardForge(forge, redact, new Set()), open.number, COMMENT_MARKERS.refreshFailed, (
    `**poi-gitops** could not refresh this ${forge.words.proposal}: ${escapeText(redact(reason))}\n\nNothing was changed; the next successful run refreshes it.`
  ))
  return open.number
}
