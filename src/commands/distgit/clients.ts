// Building the remote clients a dist-git command uses, from the repository
// config and environment, and turning remote failures into command errors
// with the CLI's exit codes (README, "Using the CLI": 2 usage, 3 remote).

import type { HttpClientOptions, HttpEvent } from '../../sources/http.js'
import { RemoteError, retryLine } from '../../sources/http.js'
import { resolveServices, ServiceConfigError } from '../../sources/services.js'
import { InvalidNameError } from '../../sources/names.js'
import { ListingIncompleteError, type DistGit } from '../../sources/distgit.js'
import { PagureDistGit } from '../../sources/pagure.js'
import { BodhiClient, ReleaseListError } from '../../sources/bodhi.js'
import { createKojiClient, type KojiClient } from '../../sources/koji.js'
import { ActiveSetError } from '../unshipped.js'
import { CommandError, type CommandContext } from '../types.js'

/** What tests and the benchmark may inject; production uses the defaults. */
export interface DistgitDeps {
  /** Extra HTTP options: a fake sleep, shorter timeouts, no jitter. */
  http?: Partial<Omit<HttpClientOptions, 'service' | 'baseUrl' | 'maxInFlight'>>
  /** Another dist-git implementation (Pagure by default). */
  distgit?: (options: { baseUrl: string; maxInFlight: number; perPage: number; http: Partial<HttpClientOptions> }) => DistGit
}

export interface Services {
  distgit: string
  bodhi: string
  fedoraKoji: string
}

export function serviceUrls(ctx: CommandContext): Services {
  try {
    const all = resolveServices(ctx.config.services, ctx.env)
    return { distgit: all.distgit, bodhi: all.bodhi, fedoraKoji: all['fedora-koji'] }
  } catch (e) {
    if (e instanceof ServiceConfigError) throw new CommandError(e.message, 2)
    throw e
  }
}

/** Retries are worth a line in the log: a slow run should say why. */
export function retryLogger(ctx: CommandContext): (event: HttpEvent) => void {
  return (event) => {
    if (event.type === 'retry') ctx.log(`warning: ${retryLine(event)}`)
  }
}

export function makeDistGit(ctx: CommandContext, deps: DistgitDeps, urls: Services, maxInFlight: number, perPage = 100): DistGit {
  const http: Partial<HttpClientOptions> = { onEvent: retryLogger(ctx), ...deps.http }
  if (deps.distgit) return deps.distgit({ baseUrl: urls.distgit, maxInFlight, perPage, http })
  return new PagureDistGit({ ...http, baseUrl: urls.distgit, maxInFlight, perPage })
}

export function makeBodhi(ctx: CommandContext, deps: DistgitDeps, urls: Services): BodhiClient {
  return new BodhiClient({ onEvent: retryLogger(ctx), ...deps.http, baseUrl: urls.bodhi, maxInFlight: 2 })
}

/**
 * Fedora's koji hub for the koji-first retirement check. A package list of a
 * Fedora tag is tens of megabytes, so answers may be up to 256 MiB and take
 * up to 3 minutes; otherwise the hub defaults of createKojiClient (2 in
 * flight, no keep-alive, a timeout latched rather than retried).
 */
export function makeFedoraKoji(ctx: CommandContext, deps: DistgitDeps, urls: Services): KojiClient {
  const { timeouts, ...http } = deps.http ?? {}
  return createKojiClient({
    onEvent: retryLogger(ctx),
    maxResponseBytes: 256 * 1024 * 1024,
    ...http,
    timeouts: { headersMs: 180_000, requestMs: 180_000, bodyMs: 120_000, ...timeouts },
    service: 'fedora-koji',
    hubUrl: urls.fedoraKoji
  })
}

/** The exit code a failure stands for: 3 for a remote service, 2 for a bad name or setting, else undefined. */
export function exitCodeOf(e: unknown): 2 | 3 | undefined {
  if (e instanceof RemoteError || e instanceof ListingIncompleteError || e instanceof ReleaseListError || e instanceof ActiveSetError) return 3
  if (e instanceof InvalidNameError || e instanceof ServiceConfigError) return 2
  return undefined
}

/** Rethrows a known failure as a CommandError (with `prefix` for context); anything else as is. */
export function commandError(e: unknown, prefix = ''): never {
  if (e instanceof CommandError) throw e
  const code = exitCodeOf(e)
  if (code !== undefined) throw new CommandError(prefix + (e as Error).message, code)
  throw e
}

/**
 * The most requests poi-gitops keeps in flight to one dist-git host (and the
 * default): `-j N` may lower it, never raise it. Fedora's infrastructure
 * serves everyone from the same hosts; 8 is what poi-tracker's prune-retired
 * already used. See the README, "Performance".
 */
export const MAX_IN_FLIGHT_PER_HOST = 8

/** `-j/--jobs N`: requests in flight to one dist-git host, 1..MAX_IN_FLIGHT_PER_HOST (default the maximum). */
export function jobsFlag(value: string | undefined): number {
  return positiveInt(value, '--jobs', MAX_IN_FLIGHT_PER_HOST, MAX_IN_FLIGHT_PER_HOST)
}

export function positiveInt(value: string | undefined, flag: string, fallback: number, max = 1000): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new CommandError(`${flag} must be a whole number from 1 to ${max}, got ${JSON.stringify(value)}`, 2)
  return Number(value)
}
