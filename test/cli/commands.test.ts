import { describe, expect, test } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { cli, makeRepo, readRepoFile } from '../helpers/cli.js'

const HEAD = (name = 'test') => `[inventory]\nname = "${name}"\ndescription = "d"\nmaintainer = "m"\n`

describe('validate', () => {
  test('a duplicate name is an error (exit 1) located at the second entry', async () => {
    const root = makeRepo({ 'a.toml': `${HEAD()}\n[[package]]\nname = "x"\n\n[[package]]\nname = "x"\n` })
    const r = await cli(root, 'validate', 'a.toml')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("a.toml:10:1: error: duplicate package 'x' (first listed at line 7) (duplicate-package)")
    expect(r.stdout).toContain('1 error(s), 0 warning(s) in 1 file(s)')
  })
  test('unsorted packages and unknown private fields are warnings only (exit 0)', async () => {
    const root = makeRepo({ 'a.toml': `${HEAD()}private_fields = ["owner"]\n\n[[package]]\nname = "b"\n\n[[package]]\nname = "a"\n` })
    const r = await cli(root, 'validate', 'a.toml')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('a.toml:5:19: warning: unknown private field')
    expect(r.stdout).toContain("warning: packages are not sorted: 'b' comes before 'a' (unsorted-packages)")
    expect(r.stdout).toContain('1 inventory file(s) OK: 2 package(s) merged, 2 warning(s)')
  })
  test('a syntax error names the file, line and column', async () => {
    const root = makeRepo({ 'bad.toml': `${HEAD()}\n[[package]]\nname = "x\n` })
    const r = await cli(root, 'validate', 'bad.toml')
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^bad\.toml:7:\d+: error: .+ \(syntax\)$/m)
  })
  test('json, codequality and junit forms', async () => {
    const root = makeRepo({ 'a.toml': `${HEAD()}\n[[package]]\nname = "x"\nprority = "high"\n` })
    const json = JSON.parse((await cli(root, 'validate', '--format', 'json', 'a.toml')).stdout)
    expect(json).toEqual([{ file: 'a.toml', line: 8, column: 1, severity: 'warning', rule: 'unknown-key', message: 'unknown key `prority` in a [[package]]: poi-tracker ignores it; did you mean `priority`?' }])
    const cq = JSON.parse((await cli(root, 'validate', '--format', 'codequality', 'a.toml')).stdout)
    expect(cq[0]).toMatchObject({ check_name: 'unknown-key', severity: 'minor', location: { path: 'a.toml', lines: { begin: 8 } } })
    expect(cq[0].fingerprint).toMatch(/^[0-9a-f]{32}$/)
    const junit = (await cli(root, 'validate', '--format', 'junit', 'a.toml')).stdout
    expect(junit).toContain('<testsuite name="a.toml" tests="1" failures="0">')
    const gh = (await cli(root, 'validate', '--format', 'github', 'a.toml')).stdout
    expect(gh).toBe('::warning file=a.toml,line=8,col=1,title=poi-gitops unknown-key::unknown key `prority` in a [[package]]: poi-tracker ignores it; did you mean `priority`?\n')
  })
  test('severities come from poi-gitops.toml; a fatal rule cannot be lowered', async () => {
    const files = { 'a.toml': `${HEAD()}\n[[package]]\nname = "b"\n[[package]]\nname = "a"\n` }
    const raised = makeRepo({ ...files, 'poi-gitops.toml': '[validate.rules]\nunsorted-packages = "error"\n' })
    expect((await cli(raised, 'validate', 'a.toml')).code).toBe(1)
    const off = makeRepo({ ...files, 'poi-gitops.toml': '[validate.rules]\nunsorted-packages = "off"\n' })
    expect((await cli(off, 'validate', 'a.toml')).stdout).not.toContain('unsorted')
    const bad = makeRepo({ ...files, 'poi-gitops.toml': '[validate.rules]\nsyntax = "warning"\nunsorted-package = "off"\n' })
    const r = await cli(bad, 'validate', 'a.toml')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('poi-gitops.toml:2:1: error: `syntax` makes the file unreadable')
    expect(r.stderr).toContain('poi-gitops.toml:3:1: error: unknown rule `unsorted-package`; did you mean `unsorted-packages`?')
  })
  test('without files it validates the inventories the config names, else every *.toml with [inventory]', async () => {
    const root = makeRepo({ 'inv/a.toml': HEAD('a'), 'inv/b.toml': HEAD('b'), 'other.toml': 'x = 1\n' })
    expect((await cli(root, 'validate')).stdout).toContain('2 inventory file(s) OK')
    const cfg = makeRepo({ 'inv/a.toml': HEAD('a'), 'inv/b.toml': HEAD('b'), 'poi-gitops.toml': '[[job]]\nname = "a"\nrun = "sync-distgit --user x -o inv/a.toml"\n' })
    expect((await cli(cfg, 'validate')).stdout).toContain('1 inventory file(s) OK')
  })
  test('cross-file duplicates with different values are warned about', async () => {
    const root = makeRepo({ 'a.toml': `${HEAD()}[[package]]\nname = "x"\ntrack = "upstream"\n`, 'b.toml': `${HEAD()}[[package]]\nname = "x"\ntrack = "centos"\n` })
    const r = await cli(root, 'validate', 'a.toml', 'b.toml')
    expect(r.stdout).toContain(`b.toml:7:1: warning: package 'x' is also in a.toml with track = "upstream"; here it is "centos"`)
  })
})

describe('config errors (exit 2, located)', () => {
  test('unknown keys, duplicate jobs, jobs without run, paths outside the repository', async () => {
    const root = makeRepo({
      'poi-gitops.toml': '[proposal]\nbranch-prefx = "x/"\n\n[[job]]\nname = "a"\nrun = "sync-distgit -o ../elsewhere.toml"\n\n[[job]]\nname = "a"\n\n[[job]]\nname = "b"\nrun = "sync-dsitgit --user x"\n',
      'a.toml': HEAD()
    })
    const r = await cli(root, 'validate', 'a.toml')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('poi-gitops.toml:2:1: error: unknown key `branch-prefx` in [proposal]; did you mean `branch-prefix`?')
    expect(r.stderr).toContain('poi-gitops.toml:6:1: error: path "../elsewhere.toml" is outside the repository')
    expect(r.stderr).toContain('poi-gitops.toml:8:1: error: a [[job]] needs `run`')
    expect(r.stderr).toContain('poi-gitops.toml:9:1: error: duplicate job name "a" (also at line 5)')
    expect(r.stderr).toContain('unknown command `sync-dsitgit`; did you mean `sync-distgit`?')
  })
})

describe('show, find', () => {
  const files = {
    'a.toml': `${HEAD('hyperscale-packages')}[inventory.workloads.hyperscale]\npackages = ["fish", "systemd"]\n[inventory.workloads.epel]\npackages = ["fish"]\n\n[[package]]\nname = "systemd"\npoc = "Linux Userspace <team@example.com>"\nrpms = ["systemd-networkd"]\ntrack = "upstream"\n[package.arch_rpms]\nx86_64 = ["systemd-boot-unsigned"]\naarch64 = ["systemd-boot-unsigned"]\n\n[[package]]\nname = "fish"\npriority = "high"\n`,
    'b.toml': 'not toml [[['
  }
  test('human output', async () => {
    const r = await cli(makeRepo(files), 'show', '-i', 'a.toml')
    expect(r.stdout).toBe('Inventory: hyperscale-packages (2 package(s))\n\n  systemd [hyperscale]\n    poc: Linux Userspace <team@example.com>\n    rpms: systemd-networkd\n    track: upstream\n  fish [epel, hyperscale]\n')
  })
  test('--json matches poi-tracker, with sorted arch keys', async () => {
    const r = await cli(makeRepo(files), 'show', '-i', 'a.toml', '--json')
    expect(JSON.parse(r.stdout)).toEqual([
      { name: 'systemd', poc: 'Linux Userspace <team@example.com>', rpms: ['systemd-networkd'], arch_rpms: { aarch64: ['systemd-boot-unsigned'], x86_64: ['systemd-boot-unsigned'] }, track: 'upstream' },
      { name: 'fish', priority: 'high' }
    ])
    expect(r.stdout.indexOf('aarch64')).toBeLessThan(r.stdout.indexOf('x86_64'))
    expect((await cli(makeRepo(files), 'show', '-i', 'a.toml', '--workload', 'nope', '--json')).stdout).toBe('[]\n')
    expect((await cli(makeRepo(files), 'show', '-i', 'a.toml', '--workload', 'nope')).stdout).toBe('Inventory: hyperscale-packages (0 package(s))\n\n')
  })
  test('find skips unparsable files with a warning; absent everywhere is exit 1', async () => {
    const root = makeRepo(files)
    const r = await cli(root, 'find', 'fish', '-i', 'b.toml', '-i', 'a.toml')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('a.toml:20:1: fish\n  workloads: epel, hyperscale\n')
    expect(r.stderr).toContain('warning: skipping b.toml: 1:')
    expect((await cli(root, 'find', 'nope', '-i', 'a.toml')).code).toBe(1)
  })
  test('no inventory given is a usage error', async () => {
    expect((await cli(makeRepo(files), 'show')).code).toBe(2)
  })
})

describe('add, remove, import', () => {
  test('add a new package: rpms kept as given, diff printed, nothing written without --write', async () => {
    const root = makeRepo({ 'a.toml': `${HEAD()}\n[[package]]\nname = "zz"\n` })
    const r = await cli(root, 'add', '-i', 'a.toml', 'new', '--rpm', 'b,a')
    expect(r.stdout).toMatch(/^diff --git a\/a\.toml b\/a\.toml\n--- a\/a\.toml\n\+\+\+ b\/a\.toml\n@@ /)
    expect(r.stdout).toContain('+name = "new"\n+rpms = [\n+    "b",\n+    "a",\n+]\n')
    expect(readRepoFile(root, 'a.toml')).not.toContain('new')
    await cli(root, 'add', '-i', 'a.toml', 'new', '--rpm', 'b,a', '--write')
    expect(readRepoFile(root, 'a.toml')).toContain('[[package]]\nname = "new"\nrpms = [\n    "b",\n    "a",\n]\n\n[[package]]\nname = "zz"\n')
  })
  test('update mode appends and sorts rpms and never overwrites', async () => {
    const root = makeRepo({ 'a.toml': `${HEAD()}\n[[package]]\nname = "p"\npoc = "old"\nrpms = ["z"]\n` })
    const r = await cli(root, 'add', '-i', 'a.toml', 'p', '--rpm', 'a', '--poc', 'new', '--reason', 'why', '--write')
    expect(r.stderr).toContain('Updated p in a.toml')
    expect(readRepoFile(root, 'a.toml')).toBe(`${HEAD()}\n[[package]]\nname = "p"\npoc = "old"\nreason = "why"\nrpms = ["a", "z"]\n`)
  })
  test('add targets the file that already lists the package; --workload creates the workload there', async () => {
    const root = makeRepo({ 'a.toml': `${HEAD()}\n[[package]]\nname = "x"\n`, 'b.toml': `${HEAD()}\n[[package]]\nname = "p"\n` })
    await cli(root, 'add', '-i', 'a.toml', '-i', 'b.toml', 'p', '--workload', 'w', '--write')
    expect(readRepoFile(root, 'b.toml')).toBe(`${HEAD()}\n[inventory.workloads.w]\npackages = ["p"]\n\n[[package]]\nname = "p"\n`)
    expect(readRepoFile(root, 'a.toml')).toBe(`${HEAD()}\n[[package]]\nname = "x"\n`)
  })
  test('remove: unknown name exit 1 untouched; --rpm on a package without rpms exit 1; last rpm leaves rpms = []', async () => {
    const src = `${HEAD()}[inventory.workloads.w]\npackages = ["p", "q"]\n\n[[package]]\nname = "p"\nrpms = ["p1"]\n\n[[package]]\nname = "q"\n`
    const root = makeRepo({ 'a.toml': src })
    const miss = await cli(root, 'remove', '-i', 'a.toml', 'nope', '--write')
    expect(miss.code).toBe(1)
    expect(miss.stderr).toContain("package 'nope' not found")
    expect((await cli(root, 'remove', '-i', 'a.toml', 'q', '--rpm', 'x')).stderr).toContain('has no rpms list')
    await cli(root, 'remove', '-i', 'a.toml', 'p', '--rpm', 'p1', '--write')
    expect(readRepoFile(root, 'a.toml')).toContain('name = "p"\nrpms = []\n')
    await cli(root, 'remove', '-i', 'a.toml', 'q', '--write')
    expect(readRepoFile(root, 'a.toml')).toBe(`${HEAD()}[inventory.workloads.w]\npackages = ["p", "q"]\n\n[[package]]\nname = "p"\nrpms = []\n`)
  })
  test('import_basic: the canonical layout, with --workload and --private-fields', async () => {
    const json = JSON.stringify({
      name: 'test', description: 'test inventory', maintainer: 'tester', labels: ['eln-extras'],
      srpm_packages: [
        { name: 'foo', poc: 'Team <team@example.com>', rpm_packages: [{ name: 'foo' }] },
        { name: 'bar', reason: 'Needed for baz', rpm_packages: [{ name: 'bar' }, { name: 'bar-libs' }] }
      ]
    })
    const root = makeRepo({ 'legacy.json': json })
    await cli(root, 'import', 'legacy.json', '--workload', 'hyperscale', '--private-fields', 'poc,reason', '--write')
    expect(readRepoFile(root, 'inventory.toml')).toBe(`[inventory]
name = "test"
description = "test inventory"
maintainer = "tester"
labels = ["eln-extras"]
private_fields = [
    "poc",
    "reason",
]

[inventory.workloads.hyperscale]
packages = [
    "bar",
    "foo",
]

[[package]]
name = "bar"
reason = "Needed for baz"
rpms = [
    "bar",
    "bar-libs",
]

[[package]]
name = "foo"
poc = "Team <team@example.com>"
rpms = ["foo"]
`)
  })
  test('import: arch-specific RPMs, empty arches dropped, bad JSON located', async () => {
    const root = makeRepo({
      'l.json': JSON.stringify({ name: 'n', description: 'd', maintainer: 'm', srpm_packages: [{ name: 'sedutil', rpm_packages: [{ name: 'sedutil', arches: ['x86_64', 'aarch64'] }, { name: 'gone', arches: [] }] }] }),
      'bad.json': '{\n  "name": "x",\n  "description": \n}'
    })
    const r = await cli(root, 'import', 'l.json', '-o', 'o.toml')
    expect(r.stdout).toContain('+[package.arch_rpms]\n+aarch64 = ["sedutil"]\n+x86_64 = ["sedutil"]\n')
    expect(r.stdout).not.toContain('gone')
    const bad = await cli(root, 'import', 'bad.json')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('failed to parse JSON bad.json: Unexpected token \'}\' at line 4 column 1')
  })
})

describe('usage', () => {
  test('unknown commands and flags exit 2 with a hint; --help works', async () => {
    const root = makeRepo({})
    expect((await cli(root, 'valdate')).stderr).toContain("did you mean 'validate'")
    const flag = await cli(root, 'show', '--jsn')
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('unknown flag --jsn')
    const help = await cli(root, 'add', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--rpm RPMS')
    void parseYaml
  })
})

describe('export through the CLI', () => {
  const inv = `${HEAD('test-packages')}labels = ["eln-extras"]\n\n[inventory.workloads.hyperscale]\npackages = ["fish", "systemd"]\n\n[inventory.workloads.epel]\npackages = ["neovim"]\n\n[[package]]\nname = "fish"\nrpms = ["fish"]\n\n[[package]]\nname = "systemd"\nrpms = ["systemd-networkd"]\n\n[package.arch_rpms]\nx86_64 = ["systemd-boot-unsigned"]\naarch64 = ["systemd-boot-unsigned"]\n\n[[package]]\nname = "neovim"\n`
  test('content-resolver: one file per workload; -o with several workloads is a usage error', async () => {
    const root = makeRepo({ 'a.toml': inv })
    const r = await cli(root, 'export', 'content-resolver', '-i', 'a.toml', '--out-dir', 'cr', '--write')
    expect(r.stderr).toContain('Wrote cr/test-packages-epel.yaml\nWrote cr/test-packages-hyperscale.yaml\n')
    expect(r.stderr).toContain('cr/test-packages-epel.yaml: 1 package(s), new\ncr/test-packages-hyperscale.yaml: 2 package(s), new\n')
    const again = await cli(root, 'export', 'content-resolver', '-i', 'a.toml', '--out-dir', 'cr')
    expect(again.stderr).toContain('cr/test-packages-hyperscale.yaml: 2 package(s), up to date\nNo changes: cr/test-packages-epel.yaml, cr/test-packages-hyperscale.yaml are up to date.\n')
    expect(readRepoFile(root, 'cr/test-packages-epel.yaml')).toBe('document: feedback-pipeline-workload\nversion: 1\ndata:\n  name: test-packages-epel\n  description: d\n  maintainer: m\n  packages:\n    - neovim\n  labels:\n    - eln-extras\n')
    const bad = await cli(root, 'export', 'content-resolver', '-i', 'a.toml', '-o', 'x.yaml')
    expect(bad.code).toBe(2)
    expect(parseYaml(readRepoFile(root, 'cr/test-packages-hyperscale.yaml')).data.arch_packages).toEqual({ aarch64: ['systemd-boot-unsigned'], x86_64: ['systemd-boot-unsigned'] })
  })
  test('hs-relmon: fresh to stdout, merge into -o, a second run changes nothing', async () => {
    const root = makeRepo({ 'a.toml': inv, 'm.toml': '[defaults]\ntrack = "upstream"\n\n[[package]]\nname = "fish"\nissue_url = "https://example.org/1"\n\n[[package]]\nname = "old"\n' })
    const fresh = await cli(root, 'export', 'hs-relmon', '-i', 'a.toml')
    expect(fresh.stdout).toContain('[defaults]\ndistros = "upstream,fedora,centos,hyperscale"\n')
    const merged = await cli(root, 'export', 'hs-relmon', '-i', 'a.toml', '-o', 'm.toml', '--write')
    expect(merged.stderr).toContain('warning: 1 manifest entry is not in the selected inventory packages (kept; use --prune to remove them): old\n')
    expect(merged.stderr.match(/\bold\b/g)).toHaveLength(1)
    expect(readRepoFile(root, 'm.toml')).toContain('name = "fish"\nissue_url = "https://example.org/1"\n')
    expect((await cli(root, 'export', 'hs-relmon', '-i', 'a.toml', '-o', 'm.toml')).stderr).toContain('No changes: m.toml is up to date.')
    const badWorkload = await cli(root, 'export', 'hs-relmon', '-i', 'a.toml', '-o', 'm.toml', '--workload', 'hyperscal', '--prune')
    expect(badWorkload.code).toBe(2)
  })
})

describe('ci: the command a pipeline asks for, split without a shell', () => {
  test('POI_GITOPS_COMMAND/ARGS, with defaults by pipeline source', async () => {
    const { ciArgv } = await import('../../src/cli/main.js')
    expect(ciArgv({ CI_PIPELINE_SOURCE: 'merge_request_event' })).toEqual(['validate'])
    expect(ciArgv({ CI_PIPELINE_SOURCE: 'schedule' })).toEqual(['run'])
    expect(ciArgv({ POI_GITOPS_COMMAND: 'export hs-relmon', POI_GITOPS_ARGS: `-o 'my manifest.toml' $(rm -rf /) *` })).toEqual(['export', 'hs-relmon', '-o', 'my manifest.toml', '$(rm', '-rf', '/)', '*'])
    const root = makeRepo({ 'a.toml': HEAD() })
    let out = ''
    const { runCli } = await import('../../src/cli/main.js')
    const code = await runCli(['ci'], { stdout: (s) => { out += s }, stderr: () => {}, cwd: root, env: { POI_GITOPS_COMMAND: 'validate', POI_GITOPS_ARGS: 'a.toml' } })
    expect(code).toBe(0)
    expect(out).toContain('1 inventory file(s) OK')
  })
})
