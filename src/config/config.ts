// poi-gitops.toml: proposal defaults, exports regenerated with every change,
// the jobs `run` executes, service URLs and validation rule severities.
// Every problem is a located configuration error (exit 2): unknown keys (with
// a hint), wrong types, jobs without name/run, duplicate job names, paths that
// leave the repository, unknown commands and rules.

import type { Finding } from '../core/finding.js'
import type { SeverityOverride } from '../report/format.js'
import { scanToml } from '../toml/scan.js'
import { TomlLocator, type TomlPath } from '../toml/locate.js'
import { decodeBytes, DecodeError } from '../core/decode.js'
import { isTable, parseToml, tomlTypeName, type TomlTable } from '../toml/source.js'
import { didYouMean } from '../core/suggest.js'
import { isRuleId, RULES } from '../inventory/rules.js'
import { shellSplit, SplitError } from '../core/shell-split.js'
import { commandEntry, commandName, JOB_COMMANDS } from '../commands/registry.js'
import { SERVICE_NAMES } from '../sources/services.js'
import { parseDuration } from '../core/duration.js'
import { safeRepoPath } from '../core/workspace.js'

export const CONFIG_FILE = 'poi-gitops.toml'

export interface ProposalSettings {
  base?: string
  branchPrefix: string
  labels: string[]
  reviewers: string[]
  /** GitHub team slugs (or `org/slug`). */
  teamReviewers: string[]
  /** Where team-reviewers is written (GitLab refuses it, naming this place). */
  teamReviewersAt?: { line: number; column: number }
  draft: boolean
  /** The proposal policy (README: "Proposal policy"). */
  update: 'always' | 'when-merged'
  minIntervalMs?: number
  review: 'create' | 'always'
  /** In [proposal] only: the most open proposals across jobs. */
  maxOpen?: number
  automerge: boolean
}

export interface JobConfig {
  name: string
  run: string
  argv: string[]
  line: number
  /** Where its `run` value is, for errors about the command line. */
  runAt?: { line: number; column: number }
  /** A cron expression: the scheduled runs this job runs on (src/jobs/schedule.ts); absent = every run. */
  schedule?: { expression: string; at: { line: number; column: number } }
  /** Per-job overrides of [proposal] (never branchPrefix or maxOpen). */
  proposal: Partial<ProposalSettings> & { title?: string }
}

export interface ContentResolverExportConfig {
  inventories: string[]
  outDir: string
  workload?: string
}

export interface HsRelmonExportConfig {
  inventories: string[]
  out: string
  workload?: string
  distros?: string
  track?: string
  prune: boolean
}

export interface RepoConfig {
  path: string
  proposal: ProposalSettings
  exports: { contentResolver?: ContentResolverExportConfig; hsRelmon?: HsRelmonExportConfig }
  jobs: JobConfig[]
  services: Record<string, string>
  validate: { inventories?: string[]; rules: Map<string, SeverityOverride> }
  /** Where plans live and how much one apply may write. */
  plans: PlansSettings
  dashboard: { enabled: boolean; title: string }
}

export interface PlansSettings {
  /** Folder of `<job>.json` plan files (default `plans`). */
  dir: string
  /** Writes one apply sends at most; the rest wait for the next apply (default 100). */
  maxWrites: number
  /** An apply stops after this many failures in a row (default 3). */
  maxFailures: number
}

export class ConfigError extends Error {
  readonly exitCode = 2
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'))
    this.name = 'ConfigError'
  }
}


/** The policy keys a [[job]] may set as [proposal] does (max-open counts across jobs, so only [proposal] has it). */
const POLICY_KEYS = ['update', 'min-interval', 'review', 'automerge', 'team-reviewers'] as const

/** A GitHub team: its slug, or `org/slug`. */
const TEAM = /^([A-Za-z0-9][A-Za-z0-9_.-]*\/)?[A-Za-z0-9][A-Za-z0-9_.-]*$/

/** Flags whose values are repository paths. */
const PATH_FLAGS = new Set(['-i', '--inventory', '-I', '--inventory-dir', '-o', '--output'])

export function defaultConfig(path = CONFIG_FILE): RepoConfig {
  return {
    path,
    proposal: { branchPrefix: 'poi-gitops/', labels: [], reviewers: [], teamReviewers: [], draft: false, update: 'always', review: 'create', automerge: false },
    exports: {},
    jobs: [],
    services: {},
    validate: { rules: new Map() },
    plans: { dir: 'plans', maxWrites: 100, maxFailures: 3 },
    dashboard: { enabled: true, title: 'poi-gitops dashboard' }
  }
}

export function parseConfig(path: string, bytes: Uint8Array): RepoConfig {
  let text: string
  try {
    text = decodeBytes(bytes).text
  } catch (e) {
    if (e instanceof DecodeError) throw new ConfigError([{ file: path, line: e.line, column: e.column, severity: 'error', rule: 'config', message: e.message }])
    throw e
  }
  const parsed = parseToml(text)
  if (!parsed.ok) throw new ConfigError([{ file: path, ...parsed.finding, rule: 'config' }])
  const reader = new ConfigReader(path, new TomlLocator(scanToml(text)))
  const config = reader.read(parsed.value)
  if (reader.findings.length > 0) throw new ConfigError(reader.findings)
  return config
}

/** Job names become branch names and log lines: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export function jobNameProblem(name: string): string | undefined {
  if (name.length > 100) return `job name is ${name.length} characters long; the most is 100`
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..') || name.endsWith('.lock') || name.endsWith('.')) {
    return `job name ${JSON.stringify(name)} must be usable as a branch name: letters, digits, ".", "_" and "-", starting with a letter or digit`
  }
  return undefined
}

class ConfigReader {
  readonly findings: Finding[] = []

  constructor(private readonly file: string, private readonly locator: TomlLocator) {}

  private error(path: TomlPath, message: string): void {
    this.findings.push({ file: this.file, ...this.locator.position(path), severity: 'error', rule: 'config', message })
  }

  read(doc: TomlTable): RepoConfig {
    const config = defaultConfig(this.file)
    this.keys(doc, [], ['proposal', 'exports', 'job', 'services', 'validate', 'plans', 'dashboard'])
    const dashboard = this.table(doc, ['dashboard'])
    if (dashboard) {
      this.keys(dashboard, ['dashboard'], ['enabled', 'title'])
      config.dashboard.enabled = this.bool(dashboard, ['dashboard', 'enabled']) ?? true
      const title = this.string(dashboard, ['dashboard', 'title'])
      if (title !== undefined && title.trim() === '') this.error(['dashboard', 'title'], 'the dashboard title may not be empty')
      else if (title !== undefined) config.dashboard.title = title
    }
    const plans = this.table(doc, ['plans'])
    if (plans) {
      this.keys(plans, ['plans'], ['dir', 'max-writes', 'max-failures'])
      config.plans.dir = this.path(plans, ['plans', 'dir']) ?? config.plans.dir
      config.plans.maxWrites = this.count(plans, ['plans', 'max-writes']) ?? config.plans.maxWrites
      config.plans.maxFailures = this.count(plans, ['plans', 'max-failures']) ?? config.plans.maxFailures
    }
    const proposal = this.table(doc, ['proposal'])
    if (proposal) {
      this.keys(proposal, ['proposal'], ['base', 'branch-prefix', 'labels', 'reviewers', 'draft', 'max-open', ...POLICY_KEYS])
      const p = config.proposal
      p.base = this.string(proposal, ['proposal', 'base'])
      p.branchPrefix = this.string(proposal, ['proposal', 'branch-prefix']) ?? p.branchPrefix
      if (p.branchPrefix === '') this.error(['proposal', 'branch-prefix'], 'branch-prefix may not be empty: proposal branches would be named after the jobs alone, and a job named like a base branch would write it')
      else if (!/^[A-Za-z0-9._/-]*$/.test(p.branchPrefix) || p.branchPrefix.includes('..') || p.branchPrefix.startsWith('/') || p.branchPrefix.startsWith('-')) this.error(['proposal', 'branch-prefix'], `branch-prefix "${p.branchPrefix}" is not a safe branch name prefix (letters, digits, . _ / -)`)
      p.labels = this.strings(proposal, ['proposal', 'labels']) ?? []
      p.reviewers = this.strings(proposal, ['proposal', 'reviewers']) ?? []
      p.draft = this.bool(proposal, ['proposal', 'draft']) ?? false
      p.maxOpen = this.count(proposal, ['proposal', 'max-open'])
      const policy = this.policy(proposal, ['proposal'])
      config.proposal = {
        ...p,
        update: policy.update ?? p.update,
        review: policy.review ?? p.review,
        automerge: policy.automerge ?? p.automerge,
        teamReviewers: policy.teamReviewers ?? p.teamReviewers,
        ...(policy.minIntervalMs !== undefined ? { minIntervalMs: policy.minIntervalMs } : {}),
        ...(policy.teamReviewersAt ? { teamReviewersAt: policy.teamReviewersAt } : {})
      }
    }
    const exports = this.table(doc, ['exports'])
    if (exports) {
      this.keys(exports, ['exports'], ['content-resolver', 'hs-relmon'])
      const cr = this.table(exports, ['exports', 'content-resolver'])
      if (cr) {
        const at = ['exports', 'content-resolver']
        this.keys(cr, at, ['inventories', 'out-dir', 'workload'])
        config.exports.contentResolver = {
          inventories: this.paths(cr, [...at, 'inventories']) ?? [],
          outDir: this.path(cr, [...at, 'out-dir']) ?? '.',
          workload: this.string(cr, [...at, 'workload'])
        }
      }
      const hr = this.table(exports, ['exports', 'hs-relmon'])
      if (hr) {
        const at = ['exports', 'hs-relmon']
        this.keys(hr, at, ['inventories', 'out', 'workload', 'distros', 'track', 'prune'])
        const out = this.path(hr, [...at, 'out'])
        if (out === undefined && hr.out === undefined) this.error(at, '[exports.hs-relmon] needs `out`, the manifest path')
        config.exports.hsRelmon = {
          inventories: this.paths(hr, [...at, 'inventories']) ?? [],
          out: out ?? '',
          workload: this.string(hr, [...at, 'workload']),
          distros: this.string(hr, [...at, 'distros']),
          track: this.string(hr, [...at, 'track']),
          prune: this.bool(hr, [...at, 'prune']) ?? false
        }
      }
    }
    this.jobs(doc, config)
    const services = this.table(doc, ['services'])
    if (services) {
      this.keys(services, ['services'], SERVICE_NAMES)
      for (const key of SERVICE_NAMES) {
        const url = this.string(services, ['services', key])
        if (url === undefined) continue
        if (!/^https?:\/\/[^\s/]+/.test(url)) this.error(['services', key], `services.${key} must be an http(s) URL`)
        else config.services[key] = url
      }
    }
    const validate = this.table(doc, ['validate'])
    if (validate) {
      this.keys(validate, ['validate'], ['inventories', 'rules'])
      config.validate.inventories = this.paths(validate, ['validate', 'inventories'])
      const rules = this.table(validate, ['validate', 'rules'])
      for (const [rule, value] of Object.entries(rules ?? {})) {
        const at = ['validate', 'rules', rule]
        if (!isRuleId(rule)) {
          const guess = didYouMean(rule, Object.keys(RULES))
          this.error(at, `unknown rule \`${rule}\`${guess ? `; did you mean \`${guess}\`?` : ''}`)
        } else if (value !== 'error' && value !== 'warning' && value !== 'off') {
          this.error(at, `rule severity must be "error", "warning" or "off"`)
        } else if ('fatal' in RULES[rule] && value !== 'error') {
          this.error(at, `\`${rule}\` makes the file unreadable for poi-tracker; its severity cannot be lowered`)
        } else config.validate.rules.set(rule, value)
      }
    }
    return config
  }

  private jobs(doc: TomlTable, config: RepoConfig): void {
    const raw = doc.job
    if (raw === undefined) return
    if (!Array.isArray(raw)) {
      this.error(['job'], 'jobs are written as [[job]] tables')
      return
    }
    const names = new Map<string, number>()
    raw.forEach((j, i) => {
      const at: TomlPath = ['job', i]
      if (!isTable(j)) return this.error(at, 'each job must be a [[job]] table')
      this.keys(j, at, ['name', 'run', 'title', 'labels', 'reviewers', 'draft', 'base', 'schedule', 'max-open', ...POLICY_KEYS])
      if (j['max-open'] !== undefined) this.error([...at, 'max-open'], '`max-open` counts the open proposals of all jobs: set it in [proposal]')
      const name = this.string(j, [...at, 'name'])
      const run = this.string(j, [...at, 'run'])
      if (name === undefined && j.name === undefined) this.error(at, 'a [[job]] needs a `name`')
      if (run === undefined && j.run === undefined) this.error(at, 'a [[job]] needs `run`, the command it runs')
      if (name !== undefined) {
        const problem = jobNameProblem(name)
        if (problem) this.error([...at, 'name'], problem)
        const prev = names.get(name)
        if (prev !== undefined) this.error([...at, 'name'], `duplicate job name "${name}" (also at line ${this.locator.position(['job', prev, 'name']).line})`)
        else names.set(name, i)
      }
      let argv: string[] = []
      let effect: string | undefined
      if (run !== undefined) {
        try {
          argv = shellSplit(run)
        } catch (e) {
          if (!(e instanceof SplitError)) throw e
          this.error([...at, 'run'], e.message)
        }
        if (argv.length === 0) this.error([...at, 'run'], '`run` is empty')
        else {
          const command = commandName(argv).name
          effect = commandEntry(command)?.effect
          if (commandEntry(command) === undefined) {
            const guess = didYouMean(command, JOB_COMMANDS)
            this.error([...at, 'run'], `unknown command \`${command}\`${guess ? `; did you mean \`${guess}\`?` : ''}`)
          } else if (!JOB_COMMANDS.includes(command)) {
            this.error([...at, 'run'], `\`${command}\` proposes nothing, so it cannot run as a job (jobs run: ${JOB_COMMANDS.join(', ')})`)
          }
        }
        argv.forEach((a, k) => {
          const flag = a.includes('=') ? a.slice(0, a.indexOf('=')) : a
          if (!PATH_FLAGS.has(flag)) return
          const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[k + 1]
          if (value !== undefined && safeRepoPath(value) === undefined) this.error([...at, 'run'], `path "${value}" is outside the repository`)
        })
      }
      const policy = this.policy(j, at)
      // Merging a plan's proposal is the approval of its writes to other services: a person gives it.
      if (policy.automerge === true && effect === 'plan') {
        this.error([...at, 'automerge'], 'a plan is approved by a person merging its proposal, so a job that plans writes to other services cannot merge automatically: remove `automerge` from this job')
      }
      const proposal: JobConfig['proposal'] = {
        title: this.string(j, [...at, 'title']),
        labels: this.strings(j, [...at, 'labels']),
        reviewers: this.strings(j, [...at, 'reviewers']),
        draft: this.bool(j, [...at, 'draft']),
        base: this.string(j, [...at, 'base']),
        ...policy
      }
      const runAt = run !== undefined ? this.locator.position([...at, 'run']) : undefined
      // Checked with the job's command line (app/check-jobs.ts), which loads the cron parser only when needed.
      const schedule = this.string(j, [...at, 'schedule'])
      const scheduleAt = schedule !== undefined ? this.locator.position([...at, 'schedule']) : undefined
      config.jobs.push({ name: name ?? '', run: run ?? '', argv, line: this.locator.position(at).line, ...(runAt ? { runAt } : {}), ...(schedule !== undefined && scheduleAt ? { schedule: { expression: schedule, at: scheduleAt } } : {}), proposal })
    })
    // A proposal branch must never be a branch people merge into: refuse it before anything runs.
    const bases = new Map<string, string>()
    if (config.proposal.base) bases.set(config.proposal.base, '[proposal] base')
    config.jobs.forEach((j) => { if (j.proposal.base) bases.set(j.proposal.base, `the base of job "${j.name}"`) })
    config.jobs.forEach((j, i) => {
      const branch = config.proposal.branchPrefix + j.name
      const clash = bases.get(branch)
      if (j.name && clash) this.error(['job', i, 'name'], `job "${j.name}" would propose from branch "${branch}", which is ${clash}; poi-gitops never writes a base branch`)
    })
  }

  /** The policy keys of [proposal] or a [[job]]; only the keys written are in the result. */
  private policy(t: TomlTable, at: TomlPath): Partial<ProposalSettings> {
    const out: Partial<ProposalSettings> = {}
    const update = this.oneOf(t, [...at, 'update'], ['always', 'when-merged'] as const)
    if (update) out.update = update
    const review = this.oneOf(t, [...at, 'review'], ['create', 'always'] as const)
    if (review) out.review = review
    const automerge = this.bool(t, [...at, 'automerge'])
    if (automerge !== undefined) out.automerge = automerge
    const interval = this.string(t, [...at, 'min-interval'])
    if (interval !== undefined) {
      const ms = parseDuration(interval)
      if (ms === undefined) this.error([...at, 'min-interval'], `\`min-interval\` must be a duration such as "30m", "6h" or "2d" (a whole number of minutes, hours or days), not ${JSON.stringify(interval)}`)
      else out.minIntervalMs = ms
    }
    const teams = this.strings(t, [...at, 'team-reviewers'])
    if (teams !== undefined) {
      teams.forEach((team, i) => {
        if (!TEAM.test(team)) this.error([...at, 'team-reviewers', i], `team ${JSON.stringify(team)} is not a GitHub team slug (e.g. "maintainers" or "my-org/maintainers")`)
      })
      out.teamReviewers = teams
      out.teamReviewersAt = this.locator.position([...at, 'team-reviewers'])
    }
    return out
  }

  private oneOf<const V extends string>(t: TomlTable, at: TomlPath, values: readonly V[]): V | undefined {
    const v = this.string(t, at)
    if (v === undefined) return undefined
    const found = values.find((x) => x === v)
    if (found === undefined) this.error(at, `\`${String(at[at.length - 1])}\` must be ${values.map((x) => `"${x}"`).join(' or ')}, not ${JSON.stringify(v)}`)
    return found
  }

  private keys(t: TomlTable, at: TomlPath, known: readonly string[]): void {
    for (const key of Object.keys(t)) {
      if (known.includes(key)) continue
      const guess = didYouMean(key, known)
      const where = at.length ? `[${at.filter((p) => typeof p === 'string').join('.')}]` : 'the top level'
      this.error([...at, key], `unknown key \`${key}\` in ${where}${guess ? `; did you mean \`${guess}\`?` : ''}`)
    }
  }

  private table(t: TomlTable, at: string[]): TomlTable | undefined {
    const v = t[at[at.length - 1]]
    if (v === undefined) return undefined
    if (!isTable(v)) {
      this.error(at, `\`${at.join('.')}\` must be a table, not ${tomlTypeName(v)}`)
      return undefined
    }
    return v
  }

  private string(t: TomlTable, at: TomlPath): string | undefined {
    const v = t[String(at[at.length - 1])]
    if (v === undefined) return undefined
    if (typeof v !== 'string') {
      this.error(at, `\`${String(at[at.length - 1])}\` must be a string, not ${tomlTypeName(v)}`)
      return undefined
    }
    return v
  }

  private strings(t: TomlTable, at: TomlPath): string[] | undefined {
    const v = t[String(at[at.length - 1])]
    if (v === undefined) return undefined
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.error(at, `\`${String(at[at.length - 1])}\` must be an array of strings`)
      return undefined
    }
    return v as string[]
  }

  private bool(t: TomlTable, at: TomlPath): boolean | undefined {
    const v = t[String(at[at.length - 1])]
    if (v === undefined) return undefined
    if (typeof v !== 'boolean') {
      this.error(at, `\`${String(at[at.length - 1])}\` must be true or false, not ${tomlTypeName(v)}`)
      return undefined
    }
    return v
  }

  /** A positive whole number. */
  private count(t: TomlTable, at: TomlPath): number | undefined {
    const v = t[String(at[at.length - 1])]
    if (v === undefined) return undefined
    if (typeof v !== 'bigint' && (typeof v !== 'number' || !Number.isInteger(v)) || Number(v) < 1) {
      this.error(at, `\`${String(at[at.length - 1])}\` must be a whole number of at least 1`)
      return undefined
    }
    return Number(v)
  }

  private path(t: TomlTable, at: TomlPath): string | undefined {
    const v = this.string(t, at)
    if (v === undefined) return undefined
    const safe = safeRepoPath(v)
    if (safe === undefined) this.error(at, `path "${v}" is outside the repository`)
    return safe
  }

  private paths(t: TomlTable, at: TomlPath): string[] | undefined {
    const list = this.strings(t, at)
    if (!list) return undefined
    const out: string[] = []
    list.forEach((p, i) => {
      const safe = safeRepoPath(p)
      if (safe === undefined) this.error([...at, i], `path "${p}" is outside the repository`)
      else out.push(safe)
    })
    return out
  }
}
