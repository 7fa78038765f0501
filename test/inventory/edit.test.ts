import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseInventory } from '../../src/inventory/parse.js'
import { InventoryEditor } from '../../src/inventory/edit.js'
import { addPackage, addToWorkload, removePackages } from '../../src/inventory/operations.js'
import { unifiedDiff } from '../../src/core/diff.js'

const FIX = join(import.meta.dirname, '..', 'fixtures', 'inventories')
const read = (name: string): Buffer => readFileSync(join(FIX, name))

function editorFor(name: string): { editor: InventoryEditor; text: string } {
  const bytes = read(name)
  const parsed = parseInventory(name, bytes)
  if (!parsed.inventory || !parsed.source) throw new Error(JSON.stringify(parsed.findings))
  return { editor: new InventoryEditor(parsed.source, parsed.inventory), text: bytes.toString('utf8') }
}

/** The +/- lines of the change, without context. */
function changedLines(path: string, before: string, after: string): string[] {
  return unifiedDiff({ path, before, after }).split('\n').filter((l) => /^[+-](?![+-]{2} )/.test(l))
}

describe('format-preserving edits', () => {
  test('no change renders the file byte-identical', () => {
    for (const f of ['commented.toml', 'crlf.toml', 'no-final-newline.toml', 'aligned.toml', 'unsorted.toml']) {
      const { editor, text } = editorFor(f)
      expect(editor.render()).toBe(text)
    }
  })

  test('setting a marker adds one line at its canonical place, comments untouched', () => {
    const { editor, text } = editorFor('commented.toml')
    const tmux = editor.model.packages.find((p) => p.name === 'tmux')!
    tmux.unshipped = 'retired on every active branch: rawhide, f43'
    const out = editor.render()
    expect(changedLines('x', text, out)).toEqual(['+unshipped = "retired on every active branch: rawhide, f43"'])
    expect(out).toContain('track = "fedora-rawhide"\nunshipped = "retired on every active branch: rawhide, f43"\n# review yearly\n')
  })

  test('a changed field changes its line; a removed field removes only its line', () => {
    const { editor, text } = editorFor('commented.toml')
    const systemd = editor.model.packages[0]
    systemd.track = 'centos'
    delete systemd.poc
    const out = editor.render()
    expect(changedLines('x', text, out)).toEqual([
      "-poc = 'Linux Userspace <team@example.com>'",
      '-track = "upstream"',
      '+track = "centos"'
    ])
    expect(out).toContain('owner_note = "kept by hand"   # a key poi-tracker does not know')
  })

  test('array edits touch only the items that change (multi-line, with comments)', () => {
    const { editor, text } = editorFor('commented.toml')
    editor.model.packages[0].rpms = ['systemd-networkd', 'systemd-oomd', 'systemd-resolved', 'systemd-udev']
    addToWorkload(editor.model, 'hyperscale', 'tmux')
    const out = editor.render()
    expect(changedLines('x', text, out)).toEqual([
      '+    "tmux",',
      '+    "systemd-oomd",',
      '+    "systemd-udev",'
    ])
    expect(out).toContain('    "fish",   # the shell\n    "systemd",\n    "tmux",\n]')
  })

  test('removing a package takes its attached comments and sub-tables, not the section comment', () => {
    const { editor, text } = editorFor('commented.toml')
    removePackages(editor.model, 'systemd')
    const out = editor.render()
    expect(out).toContain('# ---- core ---------------------------------------------------------\n\n# ---- tooling')
    expect(out).not.toContain('systemd is the reason')
    expect(out).not.toContain('arch_rpms')
    expect(changedLines('x', text, out).every((l) => l.startsWith('-'))).toBe(true)
  })

  test('removing the last package leaves no trailing blank line; its trailing comment goes with the previous', () => {
    const { editor } = editorFor('commented.toml')
    removePackages(editor.model, 'zsh')
    const out = editor.render()
    expect(out.endsWith('track = "fedora-rawhide"\n# review yearly\n')).toBe(true)
  })

  test('a new package lands at its sorted place, before the next package comment block', () => {
    const { editor, text } = editorFor('commented.toml')
    addPackage(editor.model, { name: 'tcpdump', rpms: ['tcpdump', 'tcpdump-doc'] })
    addPackage(editor.model, { name: 'aaa-first' })
    addPackage(editor.model, { name: 'zzz-last', unshipped: 'gone' })
    const out = editor.render()
    expect(out).toContain('# ---- core ---------------------------------------------------------\n\n[[package]]\nname = "aaa-first"\n\n# systemd is the reason')
    // tmux has no attached comment (a blank line separates it from the section comment), so tcpdump goes right before it.
    expect(out).toContain('# ---- tooling ------------------------------------------------------\n\n[[package]]\nname = "tcpdump"\nrpms = [\n    "tcpdump",\n    "tcpdump-doc",\n]\n\n[[package]]\nname = "tmux"')
    expect(out.endsWith('[[package]]\nname = "zsh"\n\n[[package]]\nname = "zzz-last"\nunshipped = "gone"\n')).toBe(true)
    expect(changedLines('x', text, out).every((l) => l.startsWith('+'))).toBe(true)
    const back = parseInventory('x', out).inventory!
    expect(back.packages.map((p) => p.name)).toEqual(['aaa-first', 'systemd', 'tcpdump', 'tmux', 'zsh', 'zzz-last'])
  })

  test('removing the last packages together (overlapping regions) leaves a clean file', () => {
    const { editor } = editorFor('unsorted.toml')
    removePackages(editor.model, 'zeta')
    removePackages(editor.model, 'alpha')
    expect(editor.render()).toBe('[inventory]\nname = "unsorted"\ndescription = "d"\nmaintainer = "m"\n')
    const c = editorFor('commented.toml').editor
    removePackages(c.model, 'tmux')
    removePackages(c.model, 'zsh')
    expect(c.render().endsWith('# ---- tooling ------------------------------------------------------\n')).toBe(true)
  })

  test('an unsorted file gets new packages at the end', () => {
    const { editor } = editorFor('unsorted.toml')
    addPackage(editor.model, { name: 'beta' })
    expect(editor.render().endsWith('name = "alpha"\n\n[[package]]\nname = "beta"\n')).toBe(true)
  })

  test('CRLF line endings are kept on every new line', () => {
    const { editor, text } = editorFor('crlf.toml')
    addPackage(editor.model, { name: 'beta', rpms: ['b1', 'b2'] })
    editor.model.packages.find((p) => p.name === 'gamma')!.unshipped = 'x'
    const out = editor.render()
    expect(out.replace(/\r\n/g, '')).not.toContain('\n')
    expect(out).toBe(text.replace('[[package]]\r\nname = "gamma"', '[[package]]\r\nname = "beta"\r\nrpms = [\r\n    "b1",\r\n    "b2",\r\n]\r\n\r\n[[package]]\r\nname = "gamma"') + 'unshipped = "x"\r\n')
  })

  test('a missing final newline stays missing, also where something is added at the end', () => {
    const { editor, text } = editorFor('no-final-newline.toml')
    addPackage(editor.model, { name: 'a' })
    const out = editor.render()
    expect(out.endsWith('name = "b"')).toBe(true)
    expect(out).toBe(text.replace('[[package]]\nname = "b"', '[[package]]\nname = "a"\n\n[[package]]\nname = "b"'))
    const { editor: e2 } = editorFor('no-final-newline.toml')
    e2.model.packages[0].track = 'upstream'
    expect(e2.render()).toBe(text + '\ntrack = "upstream"')
  })

  test('aligned files get aligned new keys and new packages', () => {
    const { editor } = editorFor('aligned.toml')
    editor.model.packages[1].unshipped = 'gone'
    addPackage(editor.model, { name: 'jq', track: 'upstream', repology_name: 'jq' })
    const out = editor.render()
    expect(out).toContain('name    = "openssl"\ntrack   = "upstream"\nunshipped = "gone"\n')
    expect(out).toContain('[[package]]\nname          = "jq"\ntrack         = "upstream"\nrepology_name = "jq"\n')
  })

  test('new workload tables go to their sorted place among the workload tables', () => {
    const { editor } = editorFor('commented.toml')
    addToWorkload(editor.model, 'epel', 'tmux')
    addToWorkload(editor.model, 'zz-extra', 'zsh')
    const out = editor.render()
    expect(out).toContain('labels = ["eln-extras"]\n\n[inventory.workloads.epel]\npackages = ["tmux"]\n\n[inventory.workloads.hyperscale]')
    expect(out).toContain('    "systemd",\n]\n\n[inventory.workloads.zz-extra]\npackages = ["zsh"]\n\n# ---- core')
  })

  test('a byte-order mark is kept', () => {
    const parsed = parseInventory('bom.toml', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n')]))
    const editor = new InventoryEditor(parsed.source!, parsed.inventory!)
    addPackage(editor.model, { name: 'a' })
    expect(editor.render()).toBe('\ufeff[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "a"\n')
  })

  test('package = [] from poi-tracker is replaced when the first package arrives', () => {
    const src = 'package = []\n\n[inventory]\nname = "empty"\ndescription = "d"\nmaintainer = "m"\nlabels = []\nprivate_fields = []\n\n[inventory.workloads]\n'
    const parsed = parseInventory('e.toml', src)
    const editor = new InventoryEditor(parsed.source!, parsed.inventory!)
    addPackage(editor.model, { name: 'a' })
    expect(editor.render()).toBe(src.replace('package = []\n\n', '') + '\n[[package]]\nname = "a"\n')
  })

  test('an inline package cannot be edited in place: a clear error, nothing returned', () => {
    const parsed = parseInventory('i.toml', '[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n\n[[package]]\nname = "a"\n')
    const inline = parseInventory('i.toml', 'package = [{ name = "a" }]\n[inventory]\nname = "x"\ndescription = "d"\nmaintainer = "m"\n')
    const editor = new InventoryEditor(inline.source!, inline.inventory!)
    editor.model.packages[0].track = 'x'
    expect(() => editor.render()).toThrow(/written inline/)
    expect(parsed.inventory).toBeDefined()
  })
})
