import { describe, expect, test } from '@jest/globals'
import { parseToml } from '../../src/toml/source.js'

// smol-toml says only "trying to redefine an already defined table or value";
// validate must name the key and where it was first defined.
function failure(text: string): { line: number; column: number; rule: string; message: string } {
  const parsed = parseToml(text)
  if (parsed.ok) throw new Error(`expected a parse error for ${JSON.stringify(text)}`)
  const { line, column, rule, message } = parsed.finding
  return { line, column, rule, message }
}

describe('duplicate keys name the key and its first definition', () => {
  test.each([
    ['a = 1\nb = 2\na = 3\n', 3, 1, 'key "a" is already defined on line 1'],
    ['[x]\nn = 1\n\n[y]\n[x]\n', 5, 1, 'table [x] is already defined on line 1'],
    ['[x]\nb = 1\n[x.b]\n', 3, 1, 'table [x.b] is already defined on line 2'],
    ['[w.pkgs]\n"foo" = 1\nfoo = 2\n', 3, 1, 'key "foo" in [w.pkgs] is already defined on line 2'],
    ['a.b = 1\na.b = 2\n', 2, 1, 'key "a.b" is already defined on line 1'],
    ['[[t]]\n[t]\n', 2, 1, 'table [t] is already defined on line 1'],
    ['x = { a = 1 }\n[x]\n', 2, 1, 'table [x] is already defined on line 1'],
    ['[a]\nb.c = 1\n[a.b]\n', 3, 1, 'table [a.b] is already defined on line 2'],
    ['[a."b c"]\n\n[a."b c"]\n', 3, 1, 'table [a."b c"] is already defined on line 1'],
    ['  [p]\n  k = 1\n  k = 2\n', 3, 3, 'key "k" in [p] is already defined on line 2'],
    ['[p]\n"a\\u002eb" = 1\n\'a.b\' = 2\n', 3, 1, 'key "a.b" in [p] is already defined on line 2']
  ])('%j', (text, line, column, message) => {
    expect(failure(text)).toEqual({ line, column, rule: 'duplicate-key', message })
  })

  test('a key repeated in one element of an array of tables points into that element', () => {
    const text = '[[t]]\nn = 1\n[[t]]\nn = 1\nn = 2\n'
    expect(failure(text)).toMatchObject({ line: 5, message: 'key "n" in [t] is already defined on line 4' })
  })

  test('a duplicate inside one inline table still names the key', () => {
    expect(failure('x = { a = 1, a = 2 }\n')).toMatchObject({
      line: 1,
      rule: 'duplicate-key',
      message: 'key "x" has a value that defines the same key twice'
    })
  })

  test('other syntax errors keep the parser message', () => {
    expect(failure('a = \n')).toMatchObject({ rule: 'syntax', line: 1 })
  })
})
