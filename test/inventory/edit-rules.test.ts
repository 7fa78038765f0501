// Regression tests for the editing rules in the README ("Edits that keep your
// file"): each test reproduces one defect found on hand-written inventories.

import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseInventory } from '../../src/inventory/parse.js'
import { InventoryEditor, EditError } from '../../src/inventory/edit.js'
import { addPackage, addToWorkload, removePackages } from '../../src/inventory/operations.js'
import { compareNames, type Package } from '../../src/inventory/model.js'
import { unifiedDiff } from '../../src/core/diff.js'

const FIX = join(import.meta.dirname, '..', 'fixtures', 'inventories')

function editorFor(name: string): { editor: InventoryEditor; text: string } {
  const bytes = readFileSync(join(FIX, name))
  const parsed = parseInventory(name, bytes)
  if (!parsed.inventory || !parsed.source) throw new Error(JSON.stringify(parsed.findings))
  return { editor: new InventoryEditor(parsed.source, parsed.inventory), text: bytes.toString('utf8') }
}

function editorForText(text: string): InventoryEditor {
  const parsed = parseInventory('t.toml', text)
  if (!parsed.inventory || !parsed.source) throw new Error(JSON.stringify(parsed.findings))
  return new InventoryEditor(parsed.source, parsed.inventory)
}

/** The +/- lines of the change, without context. */
function changedLines(before: string, after: string): string[] {
  return unifiedDiff({ path: 'x', before, after }).split('\n').filter((l) => /^[+-](?![+-]{2} )/.test(l))
}

const pkg = (e: InventoryEditor, name: string): Package => {
  const p = e.model.packages.find((x) => x.name === name)
  if (!p) throw new Error(`no package ${name}`)
  return p
}

/** What `add NAME --rpm …` does to an existing package: append, then sort. */
function addRpms(e: InventoryEditor, name: string, rpms: string[]): void {
  const p = pkg(e, name)
  p.rpms = [...(p.rpms ?? []), ...rpms].sort(compareNames)
}

function removeRpms(e: InventoryEditor, name: string, rpms: string[]): void {
  const p = pkg(e, name)
  p.rpms = (p.rpms ?? []).filter((r) => !rpms.includes(r))
}

describe('rule 1: a multi-line array without a trailing comma changes item by item, comments inside kept', () => {
  test('add --rpm: new items go in at their place; the old last item gains the comma it needs', () => {
    const { editor, text } = editorFor('no-trailing-comma.toml')
    addRpms(editor, 'systemd', ['systemd-oomd', 'zz'])
    const out = editor.render()
    expect(out).toContain('rpms = [\n    "systemd-networkd",   # networking\n    "systemd-oomd",\n    # DNS, kept for the resolver tests\n    "systemd-resolved",\n    "zz"\n]\n')
    expect(changedLines(text, out)).toEqual(['+    "systemd-oomd",', '-    "systemd-resolved"', '+    "systemd-resolved",', '+    "zz"'])
  })

  test('remove --rpm of the last item: the new last item loses its comma, its end-of-line comment stays', () => {
    const { editor, text } = editorFor('no-trailing-comma.toml')
    removeRpms(editor, 'systemd', ['systemd-resolved'])
    const out = editor.render()
    expect(out.endsWith('rpms = [\n    "systemd-networkd"   # networking\n]\n')).toBe(true)
    expect(changedLines(text, out)).toEqual([
      '-    "systemd-networkd",   # networking', '-    # DNS, kept for the resolver tests', '-    "systemd-resolved"', '+    "systemd-networkd"   # networking'
    ])
  })

  test('remove --rpm of the first item: only its line goes', () => {
    const { editor, text } = editorFor('no-trailing-comma.toml')
    removeRpms(editor, 'systemd', ['systemd-networkd'])
    const out = editor.render()
    expect(changedLines(text, out)).toEqual(['-    "systemd-networkd",   # networking'])
  })

  test('add --workload: the workload list keeps its comments', () => {
    const { editor, text } = editorFor('no-trailing-comma.toml')
    addToWorkload(editor.model, 'main', 'tmux')
    const out = editor.render()
    expect(out).toContain('packages = [\n    # the shell everyone asks for\n    "fish",\n    "systemd",   # init\n    "tmux"\n]\n')
    expect(changedLines(text, out)).toEqual(['-    "systemd"   # init', '+    "systemd",   # init', '+    "tmux"'])
  })
})

describe('rule 2: a changed array keeps its layout, quote style and bracket spacing', () => {
  test('a single-line array stays single-line in a file whose other arrays are multi-line', () => {
    const { editor, text } = editorFor('mixed-arrays.toml')
    addRpms(editor, 'curl', ['curl-minimal'])
    addRpms(editor, 'jq', ['jq-devel'])
    const out = editor.render()
    expect(changedLines(text, out)).toEqual([
      '-rpms = ["curl", "libcurl"]', '+rpms = ["curl", "curl-minimal", "libcurl"]', '-rpms = ["jq"]', '+rpms = ["jq", "jq-devel"]'
    ])
  })

  test('items keep the array\'s literal quotes and its spacing inside the brackets', () => {
    const { editor, text } = editorFor('literal.toml')
    addRpms(editor, 'curl', ['curl-minimal'])
    addToWorkload(editor.model, 'main', 'fd')
    const out = editor.render()
    expect(changedLines(text, out)).toEqual([
      "-packages = [ 'curl', 'jq' ]", "+packages = [ 'curl', 'fd', 'jq' ]",
      "-rpms = [ 'curl', 'libcurl' ]", "+rpms = [ 'curl', 'curl-minimal', 'libcurl' ]"
    ])
  })

  test('removing every item of a spaced array leaves it empty without its inner spaces', () => {
    const { editor } = editorFor('literal.toml')
    removeRpms(editor, 'curl', ['curl', 'libcurl'])
    expect(editor.render()).toContain("\nrpms = []\n")
  })
})

describe('rule 3: a comment block directly above an item belongs to it; a heading stays', () => {
  test('removing an item takes its comment with it', () => {
    const { editor, text } = editorFor('item-comments.toml')
    removeRpms(editor, 'systemd', ['systemd-networkd'])
    const out = editor.render()
    expect(changedLines(text, out)).toEqual(['-    # networkd is going away', '-    "systemd-networkd",'])
  })

  test('re-sorting a workload list moves each item with its comments', () => {
    const { editor } = editorFor('item-comments.toml')
    addToWorkload(editor.model, 'main', 'curl')
    expect(editor.render()).toContain('packages = [\n    "bash",   # the default\n    "curl",\n    # fish: the friendly shell\n    "fish",\n    "zsh",\n]\n')
  })

  test('a comment followed by a blank line is a heading: it stays when the item under it goes', () => {
    const { editor, text } = editorFor('item-comments.toml')
    removeRpms(editor, 'systemd', ['systemd-resolved'])
    addRpms(editor, 'systemd', ['systemd-tests'])
    const out = editor.render()
    expect(changedLines(text, out)).toEqual(['-    "systemd-resolved",', '+    "systemd-tests",'])
    expect(out).toContain('    # ---- optional ----\n\n    "systemd-tests",\n    "systemd-ukify",\n]')
  })
})

describe('rule 3 for keys: a removed field takes the comment lines directly above it', () => {
  test('the comment above the key goes, the comment under the previous key stays', () => {
    const e = editorForText('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "a"\ntrack = "upstream"   # hs-relmon\n# retired in f42\nunshipped = "gone"\n')
    delete pkg(e, 'a').unshipped
    expect(e.render()).toBe('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "a"\ntrack = "upstream"   # hs-relmon\n')
  })
})

describe('rule 4: new fields and new tables in the file\'s own style', () => {
  test('new tables, new fields and new items use literal strings in a literal-quoted file', () => {
    const { editor, text } = editorFor('literal.toml')
    addPackage(editor.model, { name: 'fd', poc: 'Bob <bob@example.org>', rpms: ['fd', 'fd-find'] })
    pkg(editor, 'curl').track = 'fedora-rawhide'
    pkg(editor, 'jq').reason = "it's small"
    const out = editor.render()
    expect(out).toContain("rpms = [ 'curl', 'libcurl' ]\ntrack = 'fedora-rawhide'\n")
    expect(out).toContain("\n\n\n[[package]]\nname = 'fd'\npoc = 'Bob <bob@example.org>'\nrpms = [ 'fd', 'fd-find' ]\n\n\n[[package]]\nname = 'jq'\n")
    // A value a literal string cannot hold falls back to a basic string.
    expect(out).toContain("name = 'jq'\nreason = \"it's small\"\n")
    expect(changedLines(text, out).every((l) => l.startsWith('+'))).toBe(true)
  })

  test('a package appended to a file without a final newline keeps the file without one, and its blank-line rhythm', () => {
    const { editor, text } = editorFor('literal.toml')
    addPackage(editor.model, { name: 'zz' })
    expect(editor.render()).toBe(text + "\n\n\n[[package]]\nname = 'zz'")
    const nonl = editorFor('no-final-newline.toml')
    addPackage(nonl.editor.model, { name: 'c' })
    expect(nonl.editor.render()).toBe(nonl.text + '\n\n[[package]]\nname = "c"')
  })

  test('a field appended at the end of a file without a final newline does not add one', () => {
    const { editor, text } = editorFor('no-final-newline.toml')
    editor.model.packages[0].track = 'upstream'
    expect(editor.render()).toBe(text + '\ntrack = "upstream"')
  })

  test('a new field in an aligned table puts its = in its neighbours\' column', () => {
    const { editor, text } = editorFor('aligned.toml')
    pkg(editor, 'openssl').poc = 'x'
    const out = editor.render()
    expect(changedLines(text, out)).toEqual(['+poc     = "x"'])
  })

  test('a new table in an aligned file uses the file\'s column', () => {
    const { editor } = editorFor('aligned.toml')
    addPackage(editor.model, { name: 'jq', track: 'upstream' })
    expect(editor.render()).toContain('[[package]]\nname    = "jq"\ntrack   = "upstream"\n')
  })

  test('the blank-line rhythm between tables is copied for a package inserted in the middle', () => {
    const e = editorForText('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n\n[[package]]\nname = "a"\n\n\n[[package]]\nname = "c"\n')
    addPackage(e.model, { name: 'b' })
    expect(e.render()).toBe('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n\n[[package]]\nname = "a"\n\n\n[[package]]\nname = "b"\n\n\n[[package]]\nname = "c"\n')
  })

  test('indented keys and spacing around = are copied from the neighbours', () => {
    const e = editorForText('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\n  name="a"\n  track="upstream"\n')
    pkg(e, 'a').poc = 'p'
    addPackage(e.model, { name: 'b', rpms: ['b'] })
    expect(e.render()).toBe('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\n  name="a"\n  poc="p"\n  track="upstream"\n\n[[package]]\n  name="b"\n  rpms=["b"]\n')
  })

  test('a new workload table in a literal-quoted file uses literal strings and the file\'s bracket spacing', () => {
    const { editor } = editorFor('literal.toml')
    addToWorkload(editor.model, 'tools', 'jq')
    expect(editor.render()).toContain("packages = [ 'curl', 'jq' ]\n\n\n[inventory.workloads.tools]\npackages = [ 'jq' ]\n\n\n[[package]]\nname = 'curl'")
  })
})

describe('rule 6: what cannot be edited in place is refused with a located error', () => {
  const INLINE = 'package = [{ name = "a" }]\n\n[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n'

  test('adding a package next to inline packages is refused at the package key, not reported as an internal error', () => {
    const e = editorForText(INLINE)
    addPackage(e.model, { name: 'b' })
    let err: unknown
    try { e.render() } catch (x) { err = x }
    expect(err).toBeInstanceOf(EditError)
    expect((err as EditError).message).toMatch(/^t\.toml:1:1: packages are written inline/)
    expect((err as EditError).message).not.toContain('internal error')
  })

  test('removing or changing an inline package is refused, located', () => {
    const e = editorForText(INLINE)
    removePackages(e.model, 'a')
    expect(() => e.render()).toThrow(/^t\.toml:1:1: packages are written inline/)
  })

  test('a field written with dotted keys is refused at that key', () => {
    const e = editorForText('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "a"\narch_rpms.x86_64 = ["a"]\n')
    pkg(e, 'a').arch_rpms = { x86_64: ['a', 'b'] }
    expect(() => e.render()).toThrow(/^t\.toml:8:1: /)
  })
})
