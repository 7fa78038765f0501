// Every validation rule, with its default severity. Rules marked `fatal` are
// what poi-tracker itself rejects (the file cannot be loaded at all); their
// severity cannot be lowered. The others go beyond poi-tracker and default
// to warnings on files poi-tracker accepts, so existing repositories keep passing.

import type { Severity } from '../core/finding.js'

export interface RuleInfo {
  severity: Severity
  fatal?: boolean
  summary: string
}

export const RULES = {
  read: { severity: 'error', fatal: true, summary: 'the file cannot be read' },
  encoding: { severity: 'error', fatal: true, summary: 'the file is not valid UTF-8 text' },
  syntax: { severity: 'error', fatal: true, summary: 'TOML syntax error' },
  'package-array-conflict': { severity: 'error', fatal: true, summary: '`package = []` combined with [[package]] tables' },
  'required-key': { severity: 'error', fatal: true, summary: 'a required key is missing' },
  type: { severity: 'error', fatal: true, summary: 'a value has the wrong type' },
  'priority-value': { severity: 'error', fatal: true, summary: 'a priority is not one of unspecified, low, medium, high, urgent' },
  'duplicate-package': { severity: 'error', summary: 'a package name appears more than once in a file (poi-tracker V1)' },
  'unsorted-packages': { severity: 'warning', summary: 'packages are not sorted by name (poi-tracker V2)' },
  'private-field': { severity: 'warning', summary: 'private_fields names something other than poc, reason, team, task (poi-tracker V3)' },
  'unknown-key': { severity: 'warning', summary: 'a key poi-tracker does not know (it would be ignored)' },
  'undefined-workload': { severity: 'warning', summary: 'a package names a workload that no [inventory.workloads] table defines' },
  'dangling-workload-member': { severity: 'warning', summary: 'a workload lists a package that has no [[package]] entry' },
  'workload-list-duplicate': { severity: 'warning', summary: 'a workload lists the same package twice' },
  'workload-list-unsorted': { severity: 'warning', summary: "a workload's packages list is not sorted" },
  'package-in-no-workload': { severity: 'warning', summary: 'workloads are defined but a package belongs to none' },
  'workload-default-unspecified': { severity: 'warning', summary: 'default_priority = "unspecified" has no effect' },
  'track-value': { severity: 'warning', summary: 'track is not a value hs-relmon accepts' },
  'distros-value': { severity: 'warning', summary: 'distros has a token hs-relmon rejects' },
  'export-unsafe': { severity: 'warning', summary: "a value poi-tracker's exports would write unquoted and break" },
  'export-filename': { severity: 'warning', summary: 'content-resolver file names collide or contain a path separator' },
  'marker-conflict': { severity: 'warning', summary: 'unshipped and archived_builds are both set' },
  'marker-empty': { severity: 'warning', summary: 'an empty marker string (it still counts as set)' },
  'retired-on': { severity: 'warning', summary: 'retired_on is unsorted, has duplicates, or is empty' },
  'rpm-list': { severity: 'warning', summary: 'duplicate RPMs, RPMs listed both plain and per-arch, empty arch lists, or rpms = []' },
  'arch-key': { severity: 'warning', summary: 'an arch_rpms key outside x86_64, aarch64, ppc64le, s390x, i686, noarch' },
  'package-name': { severity: 'warning', summary: 'an empty or implausible source package name' },
  'conflicting-duplicate': { severity: 'warning', summary: 'the same package in several inventories with different values' }
} as const satisfies Record<string, RuleInfo>

export type RuleId = keyof typeof RULES

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id)
}
