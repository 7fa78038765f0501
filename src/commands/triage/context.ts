// What the Bugzilla-side commands (triage-updates, triage-retired,
// semver-audit, adopt) share: poi-tracker's walk flags, the identity flags
// (--batch EMAIL, --email, --claim), the remote clients built from the
// repository config and environment, and failures turned into exit codes.

import { bool, list, str, type FlagSpec } from '../../core/args.js'
import { batchParams, BugzillaClient, groupByComponent, releaseMonitoringParams, type Bug } from '../../sources/bugzilla.js'
import { BodhiClient, ReleaseListError } from '../../sources/bodhi.js'
import { createKojiClient, type KojiClient } from '../../sources/koji.js'
import { PagureDistGit } from '../../sources/pagure.js'
import { isLoopback, RemoteError, requestCounts, type HttpClientOptions } from '../../sources/http.js'
import { retryLogger } from '../distgit/clients.js'
import { resolveServices, ServiceConfigError, type ServiceName } from '../../sources/services.js'
import { InvalidNameError, nameProblem } from '../../sources/names.js'
import { XmlRpcFault } from '../../sources/xmlrpc.js'
import { SchemaError } from '../../sources/schema.js'
import { isRetiredOn, isUnshipped, type Package } from '../../inventory/model.js'
import { inWalk, type WalkFilter } from '../distgit/patterns.js'
import { CommandError, type CommandContext } from '../types.js'
import { isEmailAddress } from '../../plans/model.js'

export const WALK_FLAGS: FlagSpec[] = [
  { name: 'pattern', kind: 'list', metavar: 'GLOBS', help: 'only packages matching NAME or PREFIX* (case-insensitive; a bare name matches exactly)' },
  { name: 'start-from', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or after NAME (byte order)' },
  { name: 'end-with', kind: 'string', metavar: 'NAME', help: 'only packages whose name sorts at or before NAME (byte order)' },
]

export const BATCH_FLAG: FlagSpec = {
  name: 'batch', kind: 'string', metavar: 'EMAIL',
  help: 'one Bugzilla search for the open bugs assigned to or CC\'ing EMAIL instead of searches per package (misses bugs where EMAIL is neither)',
}

export const EMAIL_FLAG: FlagSpec = { name: 'email', kind: 'string', metavar: 'EMAIL', help: 'your Bugzilla email, for --claim (default: BUGZILLA_EMAIL)' }
export const CLAIM_FLAG: FlagSpec = { name: 'claim', kind: 'bool', help: 'set assigned_to on each closed bug to --email (an explicit person, never the bot)' }
export const JSON_FLAG: FlagSpec = { name: 'json', kind: 'bool', help: 'print the plan as JSON' }
export const APPLY_FLAG: FlagSpec = { name: 'apply', kind: 'bool', help: 'apply the plan at once (poi-tracker\'s -y), re-reading each target before writing' }
export const YES_FLAG: FlagSpec = { name: 'yes', short: 'y', kind: 'bool', help: 'accepted for poi-tracker compatibility (the bot never prompts)' }
export const VERBOSE_FLAG: FlagSpec = { name: 'verbose', short: 'v', kind: 'bool', help: 'progress on stderr' }

/** What tests and the benchmark inject; production uses the defaults. */
export interface TriageDeps {
  /** Extra HTTP options for every client: a fake sleep, no jitter, shorter timeouts. */
  http?: Partial<Omit<HttpClientOptions, 'service' | 'baseUrl' | 'headers'>>
  /** Requests in flight per service (default 4; koji 2). */
  maxInFlight?: Partial<Record<'bugzilla' | 'bodhi' | 'distgit' | 'koji', number>>
}


export function walkFilter(ctx: CommandContext): WalkFilter {
  return { patterns: list(ctx.args, 'pattern'), startFrom: str(ctx.args, 'start-from'), endWith: str(ctx.args, 'end-with') }
}

export function inFilter(pkg: Package, f: WalkFilter): boolean {
  return inWalk(pkg.name, f)
}

/** A name that cannot be a dist-git package never reaches a query: the reason, or undefined for a valid name. */
export function invalidName(pkg: Package): string | undefined {
  const problem = nameProblem(pkg.name)
  return problem === undefined ? undefined : `not a valid package name (${problem}): not searched`
}

/** triage-updates, semver-audit and adopt skip these without any request. */
export function rawhideSkip(pkg: Package): string | undefined {
  if (isUnshipped(pkg)) return 'marked unshipped in the inventory (its bugs are triage-retired\'s)'
  if (isRetiredOn(pkg, 'rawhide')) return 'marked retired on rawhide in the inventory (its bugs are triage-retired\'s)'
  return undefined
}

/** `--batch EMAIL`, checked (a flag name swallowed as the value is a usage error). */
export function batchEmail(ctx: CommandContext): string | undefined {
  const v = str(ctx.args, 'batch')
  if (v === undefined) return undefined
  if (!isEmailAddress(v)) {
    throw new CommandError(`--batch needs the EMAIL whose assigned and CC'd bugs to search (poi-gitops has no per-user config to default it from), got ${JSON.stringify(v)}`, 2)
  }
  return v
}

/** The claim email when --claim is given: --email or BUGZILLA_EMAIL, required before any request. */
export function claimEmail(ctx: CommandContext): string | undefined {
  if (!bool(ctx.args, 'claim')) return undefined
  const email = (str(ctx.args, 'email') ?? ctx.env['BUGZILLA_EMAIL'] ?? '').trim()
  if (email === '') throw new CommandError('--claim needs the email of the person who takes the bugs: pass --email EMAIL or set BUGZILLA_EMAIL', 2)
  if (!isEmailAddress(email)) throw new CommandError(`--claim: ${JSON.stringify(email)} is not an email address`, 2)
  return email
}

export function serviceUrls(ctx: CommandContext): Record<ServiceName, string> {
  try {
    return resolveServices(ctx.config.services, ctx.env)
  } catch (e) {
    if (e instanceof ServiceConfigError) throw new CommandError(e.message, 2)
    throw e
  }
}

/** The clients a command uses; closed together. */
export class Clients {
  readonly #ctx: CommandContext
  readonly #deps: TriageDeps
  readonly urls: Record<ServiceName, string>
  #bugzilla?: BugzillaClient
  #bodhi?: BodhiClient
  #distgit?: PagureDistGit
  #koji?: KojiClient

  constructor(ctx: CommandContext, deps: TriageDeps) {
    this.#ctx = ctx
    this.#deps = deps
    this.urls = serviceUrls(ctx)
  }

  #http(): Partial<HttpClientOptions> {
    return { onEvent: retryLogger(this.#ctx), ...this.#deps.http }
  }

  /** Anonymous: computing a plan only reads public bugs; the key is for apply. */
  get bugzilla(): BugzillaClient {
    return (this.#bugzilla ??= new BugzillaClient({ ...this.#http(), baseUrl: this.urls.bugzilla, maxInFlight: this.#deps.maxInFlight?.bugzilla ?? 4 }))
  }

  get bodhi(): BodhiClient {
    return (this.#bodhi ??= new BodhiClient({ ...this.#http(), baseUrl: this.urls.bodhi, maxInFlight: this.#deps.maxInFlight?.bodhi ?? 4 }))
  }

  get distgit(): PagureDistGit {
    return (this.#distgit ??= new PagureDistGit({ ...this.#http(), baseUrl: this.urls.distgit, maxInFlight: this.#deps.maxInFlight?.distgit ?? 8 }))
  }

  get koji(): KojiClient {
    return (this.#koji ??= createKojiClient({
      ...this.#http(),
      service: 'fedora-koji',
      hubUrl: this.urls['fedora-koji'],
      ...(this.#deps.maxInFlight?.koji ? { maxInFlight: this.#deps.maxInFlight.koji } : {}),
    }))
  }

  /** The open release-monitoring bugs per package: one batch search (`--batch`), or searches of many components each. */
  async releaseMonitoringBugs(names: readonly string[], batch: string | undefined): Promise<(pkg: string) => Bug[]> {
    if (names.length === 0) return () => []
    const grouped = batch
      ? groupByComponent(await this.bugzilla.search(batchParams(batch)))
      : await this.bugzilla.searchComponents(names, releaseMonitoringParams())
    return (pkg) => grouped.get(pkg) ?? []
  }

  /** Requests per host so far, for the log. */
  requestCounts(): Record<string, number> {
    return requestCounts([this.#bugzilla, this.#bodhi, this.#distgit, this.#koji?.rpc.http].filter((c) => c !== undefined))
  }

  async close(): Promise<void> {
    await Promise.all([this.#bugzilla?.close(), this.#bodhi?.close(), this.#distgit?.close(), this.#koji?.rpc.http.close()])
  }
}

/**
 * A credential goes only to https, or to plain http on this machine (local
 * fakes): a usage error (exit 2) before any request otherwise. The HTTP
 * layer refuses it too; this says so in the command's words.
 */
export function assertCredentialUrl(url: string, what: string): void {
  const u = new URL(url)
  if (u.protocol !== 'https:' && !isLoopback(u.hostname)) throw new CommandError(`refusing to send ${what} over plain http to ${u.host}: use an https URL`, 2)
}

/** Rethrows a remote or naming failure as a CommandError with its exit code (2 usage, 3 remote service). */
export function failWith(e: unknown, prefix: string): never {
  if (e instanceof CommandError) throw e
  if (e instanceof RemoteError || e instanceof ReleaseListError || e instanceof XmlRpcFault) throw new CommandError(prefix + e.message, 3)
  if (e instanceof InvalidNameError || e instanceof ServiceConfigError) throw new CommandError(prefix + e.message, 2)
  if (e instanceof SchemaError) throw new CommandError(prefix + e.message, 3)
  throw e
}
