import { describe, expect, test } from '@jest/globals'
import {
  InvalidNameError,
  encodeNamespacePath,
  encodeQueryValue,
  encodeSegment,
  pathOf,
  validateBranchName,
  validateName,
  validatePackageName,
} from '../../src/sources/names.js'

describe('names before URLs', () => {
  test.each(['python-requests', 'libstdc++', '0ad', 'rust-foo_bar', 'perl-Net-SSLeay', 'ghc9.4', '_internal'])('package %s is accepted', (name) => {
    expect(validatePackageName(name)).toBe(name)
  })

  test.each(['rawhide', 'f43', 'epel10.1', 'c10s-hs', 'c9s-sig-hyperscale'])('branch %s is accepted', (name) => {
    expect(validateBranchName(name)).toBe(name)
  })

  test.each([
    ['', 'it is empty'],
    ['.hidden', 'it must start with a letter, a digit or "_"'],
    ['-rf', 'it must start with a letter, a digit or "_"'],
    ['a/b', 'it contains "/"'],
    ['..', 'it contains ".."'],
    ['foo..bar', 'it contains ".."'],
    ['foo bar', 'it contains whitespace'],
    ['foo\tbar', 'it contains a control character'],
    ['foo\u0000', 'it contains a control character'],
    ['naïve', 'only ASCII letters, digits and "._+-" are allowed'],
    ['a?b=c', 'only ASCII letters, digits and "._+-" are allowed'],
    ['x'.repeat(201), 'it is longer than 200 characters'],
  ])('%j is rejected: %s', (name, reason) => {
    let error: unknown
    try {
      validateName('package', name)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InvalidNameError)
    const e = error as InvalidNameError
    expect(e.reason).toBe(reason)
    expect(e.message).toMatch(/^invalid package name ".*"( \(\d+ characters\))?: /)
    expect(e.exitCode).toBe(2)
  })

  test('a long value is cut in the message, which still says how long it was', () => {
    expect(() => validatePackageName('x'.repeat(5000))).toThrow(`invalid package name "${'x'.repeat(80)}…" (5000 characters): it is longer than 200 characters`)
  })

  test('control characters are shown escaped in the message', () => {
    expect(() => validateBranchName('f43\n')).toThrow('invalid branch name "f43\\n": it contains a control character')
  })

  test('segments and query values are percent-encoded', () => {
    expect(pathOf('rpms', 'libstdc++', 'raw', 'epel10.1', 'f', 'dead.package')).toBe('/rpms/libstdc++/raw/epel10.1/f/dead.package')
    expect(encodeSegment("a b/c?d#e%f'(*)")).toBe('a%20b%2Fc%3Fd%23e%25f%27%28%2A%29')
    expect(encodeQueryValue('a+b@c d,e')).toBe('a%2Bb%40c%20d%2Ce')
    expect(() => pathOf('rpms', '..', 'x')).toThrow(InvalidNameError)
    expect(() => pathOf('rpms', '')).toThrow(InvalidNameError)
  })

  test('GitLab group paths become %2F-joined ids', () => {
    expect(encodeNamespacePath('CentOS/Hyperscale/rpms')).toBe('CentOS%2FHyperscale%2Frpms')
    expect(encodeNamespacePath('CentOS/proposed_updates/rpms')).toBe('CentOS%2Fproposed_updates%2Frpms')
    expect(() => encodeNamespacePath('CentOS//rpms')).toThrow(InvalidNameError)
    expect(() => encodeNamespacePath('CentOS/../admin')).toThrow(InvalidNameError)
    expect(() => encodeNamespacePath('a b/rpms')).toThrow(InvalidNameError)
  })
})
