import { describe, expect, test } from '@jest/globals'
import { codeSpan, escapeHtml, escapeText, fencedBlock, link, safeUrl } from '../../src/core/markdown.js'

const ZWSP = '\u200b'

describe('escaping remote text', () => {
  test('mentions and references no longer match (zero-width space after the sigil)', () => {
    const out = escapeText('ping @fedora-admins about #123, !45, ~bug, %v1 and GH-9')
    for (const ref of ['@fedora-admins', '#123', '!45', '~bug', '%v1', 'GH-9']) expect(out).not.toContain(ref)
    expect(out).toContain(`@${ZWSP}fedora-admins`)
    expect(out).toContain(`#${ZWSP}123`)
    expect(out).toContain(`GH${ZWSP}-9`)
  })

  test('Markdown and HTML render as literal text', () => {
    const out = escapeText('<img src=x onerror=alert(1)> [click](https://evil.example) **bold** `code` a|b')
    expect(out).not.toMatch(/<img|\]\(|\*\*bold|[^\\]`|[^\\]\|/)
    expect(out).toContain('&lt;img')
    expect(out).toContain('\\[click\\]')
  })

  test('entity-encoded mentions stay inert: & itself is escaped', () => {
    expect(escapeText('&#64;admin')).toBe(`&amp;#${ZWSP}64;admin`)
  })

  test('bare URLs and www. hosts are not autolinked', () => {
    const out = escapeText('see https://evil.example/x and www.evil.example')
    expect(out).not.toContain('https://')
    expect(out).not.toContain('www.evil')
  })

  test('control and bidi characters are dropped; newlines become spaces', () => {
    expect(escapeText('a\u202Eb\u0000c\nd')).toBe('abc d')
  })

  test('inside HTML only entities are used, so no backslashes show', () => {
    expect(escapeHtml('a_b <x> @me')).toBe(`a_b &lt;x&gt; @${ZWSP}me`)
  })

  test('code spans outlast the backticks inside and keep table cells intact', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(codeSpan('a|b')).toBe('`a\\|b`')
  })

  test('a fenced block cannot be closed by its content', () => {
    const block = fencedBlock('```\n</details>\n````', 'diff')
    expect(block.startsWith('`````diff\n')).toBe(true)
    expect(block.endsWith('\n`````')).toBe(true)
  })

  test('links are http(s) only, without credentials, and cannot break out of the target', () => {
    expect(link('x', 'javascript:alert(1)')).toBe('x')
    expect(safeUrl('https://user:pw@host/')).toBeNull()
    expect(safeUrl('https://host/a b)c')).toBe('https://host/a%20b%29c')
    expect(link('dist-git', 'https://src.fedoraproject.org/rpms/foo')).toBe('[dist-git](https://src.fedoraproject.org/rpms/foo)')
  })
})
