// The CBS hub's default answers (fake-cbs-koji.ts), as `<value>` XML the hub
// wraps: made-up data for the Hyperscale SIG — release tags, the builds of one
// tag, ethtool's builds and tags, the RPMs of a tag and their file lists — in
// the shapes koji's hub returns them (kojihub/kojihub.py:
// listTags, readTaggedBuilds, listBuilds, listTaggedRPMS, listRPMFiles;
// https://pagure.io/koji). koji-documents.ts holds the same data as whole
// request and response documents.

import { EMPTY_ARRAY, tagStruct, xv } from './koji-hub.js'

export { EMPTY_ARRAY }

const { struct, array, nil } = xv
const s = (v: string): string => xv.str(v)
const i = (v: number): string => xv.int(v)
const b = (v: boolean): string => xv.bool(v)

export const NIL = '<value><nil/></value>'
export const API_VERSION = '<value><int>1</int></value>'
export const KOJI_VERSION = '<value><string>1.35.1</string></value>'
export const HS9S_RELEASE = 'hyperscale9s-packages-main-release'
/** getTag of the release tag: only the members the client reads. */
export const HS9S_RELEASE_TAG = struct({ id: i(3082), name: s(HS9S_RELEASE) })
/** getPackageID('ethtool'). */
export const ETHTOOL_ID = '<value><int>8491</int></value>'
/** getPackage('ethtool'). */
export const ETHTOOL_PACKAGE = struct({ id: i(8491), name: s('ethtool') })

/** listTags(pattern='hyperscale*-release'): hub order, not sorted; the 8s tag does not qualify for releases 9,10. */
export const RELEASE_TAGS = array([
  tagStruct(2817, 'hyperscale9-packages-main-release'),
  tagStruct(3082, HS9S_RELEASE),
  tagStruct(2290, 'hyperscale8s-packages-main-release', { locked: true }),
])

/** Every tag of the hub, for the pre-1.25 fallback (listTags without pattern). */
export const ALL_TAGS = array([
  struct({ id: i(1), name: s('f40-build') }),
  struct({ id: i(2817), name: s('hyperscale9-packages-main-release') }),
  struct({ id: i(3081), name: s('hyperscale9s-packages-main-testing') }),
  struct({ id: i(3082), name: s('HYPERSCALE9s-packages-main-release') }),
  struct({ id: i(4000), name: s('proposed_updates9s-packages-main-release') }),
])

/** listTagged of the hs9s release tag, newest first: one build with every member readTaggedBuilds returns, one abbreviated. */
export const TAGGED_HS9S = array([
  struct({
    build_id: i(61758),
    id: i(61758),
    package_id: i(8491),
    package_name: s('ethtool'),
    name: s('ethtool'),
    version: s('6.15'),
    release: s('3.hs.el9'),
    epoch: i(2),
    nvr: s('ethtool-6.15-3.hs.el9'),
    state: i(1),
    draft: b(false),
    tag_id: i(3082),
    tag_name: s('hyperscale9s-packages-main-release'),
    owner_id: i(214),
    owner_name: s('salimma'),
    task_id: i(5123377),
    volume_id: i(0),
    volume_name: s('DEFAULT'),
    creation_event_id: i(1922051),
    creation_time: s('2025-06-03 14:21:07.512349+00:00'),
    start_time: s('2025-06-03 14:09:40.118020+00:00'),
    completion_time: s('2025-06-03 14:21:07.401913+00:00'),
    promotion_time: nil,
    promoter_id: nil,
    promoter_name: nil,
    create_event: i(1922310),
  }),
  struct({
    build_id: i(60104),
    id: i(60104),
    package_id: i(9120),
    package_name: s('socat'),
    name: s('socat'),
    version: s('1.7.4.4'),
    release: s('4.hs.el9'),
    epoch: nil,
    nvr: s('socat-1.7.4.4-4.hs.el9'),
    state: i(1),
    tag_name: s('hyperscale9s-packages-main-release'),
    owner_name: s('dcavalca'),
  }),
])

/** A listTagged answer with only the members the client needs (package_name, nvr, build_id), as a multicall entry may carry. */
export const TAGGED_MINIMAL = array([struct({ package_name: s('ethtool'), nvr: s('ethtool-6.15-3.hs.el9'), build_id: i(61758) })])

/** A listTagged answer whose build has neither name nor NVR: malformed. */
export const TAGGED_WITHOUT_NAMES = array([struct({ build_id: i(1) })])

/** listBuilds(ethtool's id, state=COMPLETE, order -build_id): three builds, newest first. */
export const ETHTOOL_BUILDS = array(
  [
    [61758, '6.15', '3.hs.el9'],
    [61757, '6.15', '3.hs.el10'],
    [59940, '6.14', '1.hs.el10'],
  ].map(([id, v, r]) =>
    struct({
      build_id: i(id as number),
      package_id: i(8491),
      name: s('ethtool'),
      version: s(v as string),
      release: s(r as string),
      epoch: i(2),
      nvr: s(`ethtool-${v}-${r}`),
      state: i(1),
      owner_name: s('salimma'),
    }),
  ),
)

/** listTags(build=61758): the tags one build is in. */
export const BUILD_TAGS = array([
  struct({ id: i(3080), name: s('hyperscale9s-packages-main-candidate') }),
  struct({ id: i(3081), name: s('hyperscale9s-packages-main-testing') }),
  struct({ id: i(3082), name: s('hyperscale9s-packages-main-release') }),
])

/** listTaggedRPMS: [rpms, builds], 8 RPMs of builds 100 (ethtool) and 200 (ynl). */
export const TAGGED_RPMS = array([
  array(
    (
      [
        [1001, 100, 'ethtool', '7.0', '1.hs.el9', 'src'],
        [1002, 100, 'ethtool', '7.0', '1.hs.el9', 'x86_64'],
        [1003, 100, 'ynl', '7.0', '1.hs.el9', 'x86_64'],
        [1004, 100, 'ynl', '7.0', '1.hs.el9', 'aarch64'],
        [1005, 100, 'ethtool-debuginfo', '7.0', '1.hs.el9', 'x86_64'],
        [1006, 200, 'ynl', '1.0', '1.hs.el9', 'src'],
        [1007, 200, 'ynl', '1.0', '1.hs.el9', 'x86_64'],
        [1008, 200, 'ynl-devel', '1.0', '1.hs.el9', 'x86_64'],
      ] as const
    ).map(([id, build, name, v, r, arch]) =>
      struct({ id: i(id), build_id: i(build), name: s(name), version: s(v), release: s(r), arch: s(arch) }),
    ),
  ),
  array([
    struct({ id: i(100), build_id: i(100), name: s('ethtool'), package_name: s('ethtool'), nvr: s('ethtool-7.0-1.hs.el9') }),
    struct({ id: i(200), build_id: i(200), name: s('ynl'), package_name: s('ynl'), nvr: s('ynl-1.0-1.hs.el9') }),
  ]),
])

/** listRPMFiles per rpm id (asked through multicall): rpm 1003 has a file, a directory and a ghost (flags 64). */
export const RPM_FILES: Readonly<Record<number, string>> = {
  1003: array([
    struct({ name: s('/usr/bin/ynl'), mode: i(33261), flags: i(0) }),
    struct({ name: s('/usr/share/ynl'), mode: i(16877), flags: i(0) }),
    struct({ name: s('/var/lib/ynl/state'), mode: i(33188), flags: i(64) }),
  ]),
  1007: EMPTY_ARRAY,
}
