import { describe, expect, test } from '@jest/globals'
import { SERVICE_DEFAULTS, ServiceConfigError, normalizeServiceUrl, resolveServiceDetails, resolveServices } from '../../src/sources/services.js'

describe('service URLs', () => {
  test('defaults: the public Fedora, CentOS and GitLab services', () => {
    expect(resolveServices(undefined, {})).toEqual({
      distgit: 'https://src.fedoraproject.org',
      bodhi: 'https://bodhi.fedoraproject.org',
      bugzilla: 'https://bugzilla.redhat.com',
      gitlab: 'https://gitlab.com',
      'cbs-koji': 'https://cbs.centos.org/kojihub',
      'fedora-koji': 'https://koji.fedoraproject.org/kojihub',
    })
  })

  test('the [services] table overrides a default; the variable overrides both', () => {
    const config = { bodhi: 'https://bodhi.stg.fedoraproject.org/', 'cbs-koji': 'http://127.0.0.1:8080/kojihub' }
    const env = { POI_GITOPS_BODHI_URL: 'http://localhost:9000//', POI_GITOPS_GITLAB_URL: 'https://gitlab.example.com' }
    const details = resolveServiceDetails(config, env)
    expect(details.bodhi).toEqual({ name: 'bodhi', url: 'http://localhost:9000', source: 'env', origin: 'POI_GITOPS_BODHI_URL' })
    expect(details['cbs-koji']).toMatchObject({ url: 'http://127.0.0.1:8080/kojihub', source: 'config', origin: '[services].cbs-koji' })
    expect(details.gitlab).toMatchObject({ url: 'https://gitlab.example.com', source: 'env' })
    expect(details.distgit).toMatchObject({ url: SERVICE_DEFAULTS.distgit, source: 'default' })
    // Without the variable, the config value is used, trailing slash stripped.
    expect(resolveServices(config, {}).bodhi).toBe('https://bodhi.stg.fedoraproject.org')
  })

  test('an empty variable counts as unset', () => {
    expect(resolveServices({ bugzilla: 'https://bz.example.org' }, { POI_GITOPS_BUGZILLA_URL: '' }).bugzilla).toBe('https://bz.example.org')
  })

  test('bad values are configuration errors naming where they came from', () => {
    const err = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return e as ServiceConfigError
      }
      throw new Error('expected an error')
    }
    const ftp = err(() => resolveServices(undefined, { POI_GITOPS_DISTGIT_URL: 'ftp://src.example.org' }))
    expect(ftp).toBeInstanceOf(ServiceConfigError)
    expect(ftp.exitCode).toBe(2)
    expect(ftp.message).toBe('POI_GITOPS_DISTGIT_URL: "ftp://src.example.org" must use http or https, not ftp')
    expect(err(() => resolveServices({ gitlab: 'gitlab.com' }, {})).message).toContain('[services].gitlab: "gitlab.com" is not an absolute URL')
    expect(err(() => resolveServices({ gitlab: 42 }, {})).message).toBe('[services].gitlab: must be a string URL')
    expect(err(() => resolveServices({ kojihub: 'https://x' }, {})).message).toContain('[services].kojihub: unknown service')
    const creds = err(() => normalizeServiceUrl('https://user:hunter22@gitlab.com', 'POI_GITOPS_GITLAB_URL'))
    expect(creds.message).toContain('must not contain a user name or password')
    expect(creds.message).not.toContain('hunter22')
    expect(err(() => normalizeServiceUrl('https://x.org/?a=1', 'x')).message).toContain('must not have a query')
  })
})
