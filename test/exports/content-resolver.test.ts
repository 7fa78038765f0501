import { describe, expect, test } from '@jest/globals'
import { contentResolverFileName, exportContentResolver, renderContentResolver } from '../../src/exports/content-resolver.js'
import { ExportInputError, ExportUsageError } from '../../src/exports/errors.js'
import { fixture, HEAD, inventory } from './helpers.js'
import { parseInventory } from '../../src/inventory/parse.js'
import { validateInventory } from '../../src/inventory/validate.js'

const common = (): ReturnType<typeof inventory> => inventory(fixture('cr-common.toml'))

const CR1 = `document: feedback-pipeline-workload
version: 1
data:
  name: test-packages
  description: Test packages
  maintainer: test-sig
  packages:
    - fish
    - neovim
    - systemd-networkd
  arch_packages:
    aarch64:
      - systemd-boot-unsigned
    x86_64:
      - systemd-boot-unsigned
  labels:
    - eln-extras
`

const CR2 = `document: feedback-pipeline-workload
version: 1
data:
  name: test-packages-hyperscale
  description: Test packages
  maintainer: test-sig
  packages:
    - fish
    - systemd-networkd
  arch_packages:
    aarch64:
      - systemd-boot-unsigned
    x86_64:
      - systemd-boot-unsigned
  labels:
    - eln-extras
`

const CR3 = `document: feedback-pipeline-workload
version: 1
data:
  name: test-packages-epel
  description: Test packages
  maintainer: test-sig
  packages:
    - neovim
  labels:
    - eln-extras
`

describe('content-resolver worked examples (poi-tracker\'s test fixture)', () => {
  test('CR-1 export_all: unfiltered document, byte-identical; the private poc never appears', () => {
    const out = renderContentResolver(common())
    expect(out).toBe(CR1)
    for (const line of ['document: feedback-pipeline-workload', '  name: test-packages', '    - fish', '    - systemd-networkd',
      '    - neovim', '    x86_64:', '      - systemd-boot-unsigned', '    - eln-extras']) expect(out).toContain(line)
    expect(out).not.toContain('t@e.com')
    expect(out).not.toContain('Team')
  })

  test('CR-2 export_filtered_by_workload: no neovim, derived name, file test-packages-hyperscale.yaml', () => {
    const files = exportContentResolver(common(), { workload: 'hyperscale' })
    expect(files).toMatchObject([{ path: 'test-packages-hyperscale.yaml', content: CR2 }])
    expect(files[0].content).not.toContain('neovim')
  })

  test('arch_rpms_not_in_general_list: systemd-boot-unsigned is not between packages: and arch_packages:', () => {
    const out = renderContentResolver(common(), 'hyperscale')
    const general = out.slice(out.indexOf('  packages:'), out.indexOf('  arch_packages:'))
    expect(general).toContain('systemd-networkd')
    expect(general).not.toContain('systemd-boot-unsigned')
  })

  test('CR-3 export_default_rpm_name: a package without rpms contributes its SRPM name', () => {
    expect(exportContentResolver(common(), { workload: 'epel' })).toMatchObject([{ path: 'test-packages-epel.yaml', content: CR3 }])
  })

  test('CR-4 export_with_workload_meta: name, description and labels from the workload, maintainer from the inventory', () => {
    const src = fixture('cr-common.toml').replace('[inventory.workloads.hyperscale]\n',
      '[inventory.workloads.hyperscale]\nname = "hs-packages"\ndescription = "Hyperscale SIG"\nlabels = ["hs-label"]\n')
    const files = exportContentResolver(inventory(src), { workload: 'hyperscale' })
    expect(files).toMatchObject([{
      path: 'hs-packages.yaml',
      content: CR2.replace('name: test-packages-hyperscale', 'name: hs-packages')
        .replace('description: Test packages', 'description: Hyperscale SIG').replace('- eln-extras', '- hs-label')
    }])
    expect(files[0].content).not.toContain('eln-extras')
  })

  test('CR-5 arch-only rule: an SRPM name that is an arch RPM leaves the general list; file my_inv.yaml', () => {
    const inv = inventory(`[inventory]
name = "my inv"
description = "d"
maintainer = "m"

[[package]]
name = "sedutil"

[package.arch_rpms]
x86_64 = ["sedutil"]
aarch64 = ["sedutil"]

[[package]]
name = "tool"

[package.arch_rpms]
x86_64 = ["tool-efi"]
`)
    expect(exportContentResolver(inv)).toMatchObject([{
      path: 'my_inv.yaml',
      content: `document: feedback-pipeline-workload
version: 1
data:
  name: my inv
  description: d
  maintainer: m
  packages:
    - tool
  arch_packages:
    aarch64:
      - sedutil
    x86_64:
      - sedutil
      - tool-efi
`
    }])
  })

  test('CR-6 undefined --workload: fallback name, inventory metadata, no package sections, no error', () => {
    expect(exportContentResolver(common(), { workload: 'nope' })).toMatchObject([{
      path: 'test-packages-nope.yaml',
      content: `document: feedback-pipeline-workload
version: 1
data:
  name: test-packages-nope
  description: Test packages
  maintainer: test-sig
  labels:
    - eln-extras
`
    }])
  })
})

describe('content-resolver derived cases', () => {
  test('workload labels = [] overrides the inventory labels with nothing', () => {
    const src = fixture('cr-common.toml').replace('[inventory.workloads.epel]\n', '[inventory.workloads.epel]\nlabels = []\n')
    const out = renderContentResolver(inventory(src), 'epel')
    expect(out).not.toContain('labels:')
    expect(out).toBe(CR3.replace('  labels:\n    - eln-extras\n', ''))
  })

  test('rpms = [] contributes nothing, not the SRPM name', () => {
    const out = renderContentResolver(inventory(`${HEAD}\n[[package]]\nname = "meta"\nrpms = []\n\n[[package]]\nname = "b"\n`))
    expect(out).toBe('document: feedback-pipeline-workload\nversion: 1\ndata:\n  name: test\n  description: d\n  maintainer: m\n  packages:\n    - b\n')
  })

  test('unshipped, retired and archived packages are still exported', () => {
    const out = renderContentResolver(inventory(`${HEAD}
[[package]]
name = "a"
unshipped = "gone"

[[package]]
name = "b"
retired_on = ["rawhide"]

[[package]]
name = "c"
archived_builds = "archived"
`))
    expect(out).toContain('  packages:\n    - a\n    - b\n    - c\n')
  })

  test('general and arch lists are sorted (code-point order) and deduplicated; empty arch lists make no entry', () => {
    const out = renderContentResolver(inventory(`${HEAD}
[[package]]
name = "z"
rpms = ["b", "a", "b", "Z", "é"]

[package.arch_rpms]
x86_64 = ["w", "v", "w"]
ppc64le = []
aarch64 = ["q"]

[[package]]
name = "y"
rpms = ["a"]
`))
    expect(out).toContain('  packages:\n    - Z\n    - a\n    - b\n    - é\n  arch_packages:\n    aarch64:\n      - q\n    x86_64:\n      - v\n      - w\n')
    expect(out).not.toContain('ppc64le')
  })

  test('labels keep list order and duplicates', () => {
    const out = renderContentResolver(inventory(HEAD.replace('maintainer = "m"\n', 'maintainer = "m"\nlabels = ["z", "a", "z"]\n')))
    expect(out.endsWith('  labels:\n    - z\n    - a\n    - z\n')).toBe(true)
  })
})

describe('which documents and file names', () => {
  test('no workloads: one unfiltered document named after the inventory, spaces → _', () => {
    const files = exportContentResolver(inventory(HEAD.replace('"test"', '"my inv"') + '\n[[package]]\nname = "a"\n'))
    expect(files.map((f) => f.path)).toEqual(['my_inv.yaml'])
    expect(files[0].content).toContain('  name: my inv\n')
  })

  test('two workloads without -o: one file per workload, in sorted key order', () => {
    const files = exportContentResolver(common())
    expect(files.map((f) => f.path)).toEqual(['test-packages-epel.yaml', 'test-packages-hyperscale.yaml'])
    expect(files.map((f) => f.content)).toEqual([CR3, CR2])
  })

  test('two workloads with -o: usage error, nothing produced', () => {
    expect(() => exportContentResolver(common(), { output: 'x.yaml' })).toThrow(ExportUsageError)
    expect(() => exportContentResolver(common(), { output: 'x.yaml' })).toThrow(/-o\/--output cannot be used with multiple workloads/)
  })

  test('exactly one workload and no --workload: only its members (unlisted packages omitted)', () => {
    const src = fixture('cr-common.toml').replace('[inventory.workloads.epel]\npackages = ["neovim"]\n', '')
    const files = exportContentResolver(inventory(src))
    expect(files).toMatchObject([{ path: 'test-packages-hyperscale.yaml', content: CR2 }])
  })

  test('-o names the single file; outDir prefixes derived names only', () => {
    expect(exportContentResolver(common(), { workload: 'epel', output: 'out/epel.yaml', outDir: 'cr' }).map((f) => f.path)).toEqual(['out/epel.yaml'])
    expect(exportContentResolver(common(), { outDir: 'content-resolver' }).map((f) => f.path))
      .toEqual(['content-resolver/test-packages-epel.yaml', 'content-resolver/test-packages-hyperscale.yaml'])
  })

  test('a workload name with "/" or ".." cannot escape the output directory: error naming the workload', () => {
    for (const name of ['../../etc/evil', 'sub/dir', 'a\\\\b']) {
      const src = fixture('cr-common.toml').replace('[inventory.workloads.epel]\n', `[inventory.workloads.epel]\nname = "${name}"\n`)
      const run = (): unknown => exportContentResolver(inventory(src), { outDir: 'cr' })
      expect(run).toThrow(ExportInputError)
      expect(run).toThrow(/workload `epel`/)
    }
    // -o is the user's own choice of path and is not checked.
    const src = fixture('cr-common.toml').replace('[inventory.workloads.epel]\n', '[inventory.workloads.epel]\nname = "a/b"\n')
    expect(exportContentResolver(inventory(src), { workload: 'epel', output: 'x.yaml' })[0].path).toBe('x.yaml')
  })

  test('an inventory name with "/" is refused too, naming the inventory', () => {
    expect(() => contentResolverFileName(inventory(HEAD.replace('"test"', '"../x"')))).toThrow(/the inventory name/)
  })

  test('two workloads with the same name would overwrite each other: error', () => {
    const src = fixture('cr-common.toml')
      .replace('[inventory.workloads.epel]\n', '[inventory.workloads.epel]\nname = "same"\n')
      .replace('[inventory.workloads.hyperscale]\n', '[inventory.workloads.hyperscale]\nname = "same"\n')
    expect(() => exportContentResolver(inventory(src))).toThrow(/both be written to same\.yaml/)
  })
})

describe('membership from both forms', () => {
  const src = `${HEAD}
[inventory.workloads.hs]
packages = ["a"]

[[package]]
name = "a"

[[package]]
name = "b"
workloads = ["hs", "extra"]

[[package]]
name = "c"
`

  test('a workload gets members from its packages list and from per-package workloads', () => {
    const out = renderContentResolver(inventory(src), 'hs')
    expect(out.endsWith('  maintainer: m\n  packages:\n    - a\n    - b\n')).toBe(true)
  })

  test('a name only a package\'s `workloads` mentions is no workload: no file, as validate warns it is undefined', () => {
    const files = exportContentResolver(inventory(src))
    expect(files.map((f) => f.path)).toEqual(['test-hs.yaml'])
    const found = validateInventory(parseInventory('t.toml', src))
    expect(found.filter((f) => f.rule === 'undefined-workload').map((f) => f.message)).toEqual([expect.stringContaining("names workload 'extra'")])
  })
})
