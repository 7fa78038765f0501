// The remote services the bot talks to and where they live. A default for
// each, overridable by the repository config's [services] table and by a
// POI_GITOPS_*_URL variable (the variable wins), so staging instances and
// local fakes work without code changes.

export const SERVICE_NAMES = ['distgit', 'bodhi', 'bugzilla', 'gitlab', 'cbs-koji', 'fedora-koji'] as const
export type ServiceName = (typeof SERVICE_NAMES)[number]

export const SERVICE_DEFAULTS: Readonly<Record<ServiceName, string>> = {
  distgit: 'https://src.fedoraproject.org',
  bodhi: 'https://bodhi.fedoraproject.org',
  bugzilla: 'https://bugzilla.redhat.com',
  gitlab: 'https://gitlab.com',
  'cbs-koji': 'https://cbs.centos.org/kojihub',
  'fedora-koji': 'https://koji.fedoraproject.org/kojihub',
}

export const SERVICE_ENV: Readonly<Record<ServiceName, string>> = {
  distgit: 'POI_GITOPS_DISTGIT_URL',
  bodhi: 'POI_GITOPS_BODHI_URL',
  bugzilla: 'POI_GITOPS_BUGZILLA_URL',
  gitlab: 'POI_GITOPS_GITLAB_URL',
  'cbs-koji': 'POI_GITOPS_CBS_KOJI_URL',
  'fedora-koji': 'POI_GITOPS_FEDORA_KOJI_URL',
}

export type ServiceSource = 'default' | 'config' | 'env'

export interface ResolvedService {
  name: ServiceName
  url: string
  source: ServiceSource
  /** Where the value came from, for messages: the variable name or `[services].<key>`. */
  origin: string
}

/** A bad service URL or an unknown [services] key: a configuration error (exit 2). */
export class ServiceConfigError extends Error {
  override readonly name = 'ServiceConfigError'
  readonly exitCode = 2

  constructor(
    readonly origin: string,
    message: string,
  ) {
    super(`${origin}: ${message}`)
  }
}

export function isServiceName(key: string): key is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(key)
}

/**
 * Checks that `raw` is an absolute http(s) URL without credentials, query or
 * fragment, and returns it without trailing slashes. `origin` names the
 * setting in the error message.
 */
export function normalizeServiceUrl(raw: string, origin: string): string {
  const trimmed = raw.trim()
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    throw new ServiceConfigError(origin, `${JSON.stringify(raw)} is not an absolute URL (expected e.g. https://host/path)`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ServiceConfigError(origin, `${JSON.stringify(raw)} must use http or https, not ${url.protocol.replace(/:$/, '')}`)
  }
  // Credentials in a URL end up in logs and PR bodies; tokens have their own inputs.
  if (url.username !== '' || url.password !== '') {
    throw new ServiceConfigError(origin, 'the URL must not contain a user name or password; use the token inputs instead')
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ServiceConfigError(origin, `${JSON.stringify(raw)} must not have a query or fragment`)
  }
  return url.href.replace(/\/+$/, '')
}

/**
 * Resolves every service URL. `config` is the parsed [services] table (or
 * undefined); unknown keys and non-string values are configuration errors.
 * An empty variable counts as unset (CI often expands missing inputs to "").
 */
export function resolveServiceDetails(
  config?: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<ServiceName, ResolvedService> {
  if (config) {
    for (const key of Object.keys(config)) {
      if (!isServiceName(key)) {
        throw new ServiceConfigError(`[services].${key}`, `unknown service; known services are ${SERVICE_NAMES.join(', ')}`)
      }
    }
  }
  const out = {} as Record<ServiceName, ResolvedService>
  for (const name of SERVICE_NAMES) {
    const variable = SERVICE_ENV[name]
    const fromEnv = env[variable]
    const fromConfig = config?.[name]
    if (fromEnv !== undefined && fromEnv.trim() !== '') {
      out[name] = { name, url: normalizeServiceUrl(fromEnv, variable), source: 'env', origin: variable }
    } else if (fromConfig !== undefined) {
      const origin = `[services].${name}`
      if (typeof fromConfig !== 'string') throw new ServiceConfigError(origin, 'must be a string URL')
      out[name] = { name, url: normalizeServiceUrl(fromConfig, origin), source: 'config', origin }
    } else {
      out[name] = { name, url: SERVICE_DEFAULTS[name], source: 'default', origin: 'default' }
    }
  }
  return out
}

/** Service name → base URL, the shape of `Provenance.services`. */
export function resolveServices(
  config?: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<ServiceName, string> {
  const details = resolveServiceDetails(config, env)
  const out = {} as Record<ServiceName, string>
  for (const name of SERVICE_NAMES) out[name] = details[name].url
  return out
}
