// Whole XML-RPC documents of the koji calls poi-gitops makes, byte for byte
// as koji's Python client sends a request and its hub answers (the client's
// encoder must produce the requests exactly; its decoder must read the
// responses). Keyword arguments travel as a last struct marked `__starstar`;
// signatures are those of kojihub/kojihub.py (https://pagure.io/koji). The
// data is the Hyperscale example of cbs-koji-fixtures.ts.

/** listTags(pattern='hyperscale*-release', perms=False) in keyword form: the first positional parameter of listTags is a build. */
export const LIST_TAGS_PATTERN_REQUEST = `<?xml version="1.0"?>
<methodCall>
<methodName>listTags</methodName>
<params>
<param><value><struct>
<member><name>pattern</name><value><string>hyperscale*-release</string></value></member>
<member><name>perms</name><value><boolean>0</boolean></value></member>
<member><name>__starstar</name><value><boolean>1</boolean></value></member>
</struct></value></param>
</params>
</methodCall>`

/** Three tag structs, in hub order (not sorted). */
export const LIST_TAGS_PATTERN_RESPONSE = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><array><data>
<value><struct>
<member><name>id</name><value><int>2817</int></value></member>
<member><name>name</name><value><string>hyperscale9-packages-main-release</string></value></member>
<member><name>arches</name><value><nil/></value></member>
<member><name>locked</name><value><boolean>0</boolean></value></member>
<member><name>maven_support</name><value><boolean>0</boolean></value></member>
<member><name>maven_include_all</name><value><boolean>0</boolean></value></member>
</struct></value>
<value><struct>
<member><name>id</name><value><int>3082</int></value></member>
<member><name>name</name><value><string>hyperscale9s-packages-main-release</string></value></member>
<member><name>arches</name><value><nil/></value></member>
<member><name>locked</name><value><boolean>0</boolean></value></member>
<member><name>maven_support</name><value><boolean>0</boolean></value></member>
<member><name>maven_include_all</name><value><boolean>0</boolean></value></member>
</struct></value>
<value><struct>
<member><name>id</name><value><int>2290</int></value></member>
<member><name>name</name><value><string>hyperscale8s-packages-main-release</string></value></member>
<member><name>arches</name><value><nil/></value></member>
<member><name>locked</name><value><boolean>1</boolean></value></member>
<member><name>maven_support</name><value><boolean>0</boolean></value></member>
<member><name>maven_include_all</name><value><boolean>0</boolean></value></member>
</struct></value>
</data></array></value>
</param>
</params>
</methodResponse>`

/** listTagged(tag, latest=True, inherit=False): the newest build of each package tagged directly. */
export const LIST_TAGGED_REQUEST = `<?xml version="1.0"?>
<methodCall>
<methodName>listTagged</methodName>
<params>
<param><value><string>hyperscale9s-packages-main-release</string></value></param>
<param><value><struct>
<member><name>latest</name><value><boolean>1</boolean></value></member>
<member><name>inherit</name><value><boolean>0</boolean></value></member>
<member><name>__starstar</name><value><boolean>1</boolean></value></member>
</struct></value></param>
</params>
</methodCall>`

/** Build structs, most recently tagged first: one with every member readTaggedBuilds returns, one abbreviated. */
export const LIST_TAGGED_RESPONSE = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><array><data>
<value><struct>
<member><name>build_id</name><value><int>61758</int></value></member>
<member><name>id</name><value><int>61758</int></value></member>
<member><name>package_id</name><value><int>8491</int></value></member>
<member><name>package_name</name><value><string>ethtool</string></value></member>
<member><name>name</name><value><string>ethtool</string></value></member>
<member><name>version</name><value><string>6.15</string></value></member>
<member><name>release</name><value><string>3.hs.el9</string></value></member>
<member><name>epoch</name><value><int>2</int></value></member>
<member><name>nvr</name><value><string>ethtool-6.15-3.hs.el9</string></value></member>
<member><name>state</name><value><int>1</int></value></member>
<member><name>draft</name><value><boolean>0</boolean></value></member>
<member><name>tag_id</name><value><int>3082</int></value></member>
<member><name>tag_name</name><value><string>hyperscale9s-packages-main-release</string></value></member>
<member><name>owner_id</name><value><int>214</int></value></member>
<member><name>owner_name</name><value><string>salimma</string></value></member>
<member><name>task_id</name><value><int>5123377</int></value></member>
<member><name>volume_id</name><value><int>0</int></value></member>
<member><name>volume_name</name><value><string>DEFAULT</string></value></member>
<member><name>creation_event_id</name><value><int>1922051</int></value></member>
<member><name>creation_time</name><value><string>2025-06-03 14:21:07.512349+00:00</string></value></member>
<member><name>start_time</name><value><string>2025-06-03 14:09:40.118020+00:00</string></value></member>
<member><name>completion_time</name><value><string>2025-06-03 14:21:07.401913+00:00</string></value></member>
<member><name>promotion_time</name><value><nil/></value></member>
<member><name>promoter_id</name><value><nil/></value></member>
<member><name>promoter_name</name><value><nil/></value></member>
<member><name>create_event</name><value><int>1922310</int></value></member>
</struct></value>
<value><struct>
<member><name>build_id</name><value><int>60104</int></value></member>
<member><name>id</name><value><int>60104</int></value></member>
<member><name>package_id</name><value><int>9120</int></value></member>
<member><name>package_name</name><value><string>socat</string></value></member>
<member><name>name</name><value><string>socat</string></value></member>
<member><name>version</name><value><string>1.7.4.4</string></value></member>
<member><name>release</name><value><string>4.hs.el9</string></value></member>
<member><name>epoch</name><value><nil/></value></member>
<member><name>nvr</name><value><string>socat-1.7.4.4-4.hs.el9</string></value></member>
<member><name>state</name><value><int>1</int></value></member>
<member><name>tag_name</name><value><string>hyperscale9s-packages-main-release</string></value></member>
<member><name>owner_name</name><value><string>dcavalca</string></value></member>
</struct></value>
</data></array></value>
</param>
</params>
</methodResponse>`

/** Two listTagged calls in one system.multicall. */
export const MULTICALL_LIST_TAGGED_REQUEST = `<?xml version="1.0"?>
<methodCall>
<methodName>system.multicall</methodName>
<params>
<param><value><array><data>
<value><struct>
<member><name>methodName</name><value><string>listTagged</string></value></member>
<member><name>params</name><value><array><data>
<value><string>hyperscale9s-packages-main-release</string></value>
<value><struct>
<member><name>latest</name><value><boolean>1</boolean></value></member>
<member><name>__starstar</name><value><boolean>1</boolean></value></member>
</struct></value>
</data></array></value></member>
</struct></value>
<value><struct>
<member><name>methodName</name><value><string>listTagged</string></value></member>
<member><name>params</name><value><array><data>
<value><string>hyperscale10s-packages-gone-release</string></value>
<value><struct>
<member><name>latest</name><value><boolean>1</boolean></value></member>
<member><name>__starstar</name><value><boolean>1</boolean></value></member>
</struct></value>
</data></array></value></member>
</struct></value>
</data></array></value></param>
</params>
</methodCall>`

/** The first call's result wrapped in a one-element array, the second call's fault struct in its place. */
export const MULTICALL_LIST_TAGGED_RESPONSE = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><array><data>
<value><array><data>
<value><array><data>
<value><struct>
<member><name>package_name</name><value><string>ethtool</string></value></member>
<member><name>nvr</name><value><string>ethtool-6.15-3.hs.el9</string></value></member>
<member><name>build_id</name><value><int>61758</int></value></member>
</struct></value>
</data></array></value>
</data></array></value>
<value><struct>
<member><name>faultCode</name><value><int>1000</int></value></member>
<member><name>faultString</name><value><string>No such tagInfo: 'hyperscale10s-packages-gone-release'</string></value></member>
</struct></value>
</data></array></value>
</param>
</params>
</methodResponse>`

/** getPackageID(name). */
export const GET_PACKAGE_ID_REQUEST = `<?xml version="1.0"?>
<methodCall>
<methodName>getPackageID</methodName>
<params>
<param><value><string>ethtool</string></value></param>
</params>
</methodCall>`

/** The package id (an unknown name would give nil, not a fault). */
export const GET_PACKAGE_ID_RESPONSE = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><int>8491</int></value>
</param>
</params>
</methodResponse>`

/** listBuilds(packageID, …, state=1 (COMPLETE), …, queryOpts={order: '-build_id'}): 14 positional parameters, newest first. */
export const LIST_BUILDS_REQUEST = `<?xml version="1.0"?>
<methodCall>
<methodName>listBuilds</methodName>
<params>
<param><value><int>8491</int></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><int>1</int></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><nil/></value></param>
<param><value><struct>
<member><name>order</name><value><string>-build_id</string></value></member>
</struct></value></param>
</params>
</methodCall>`

/** Two ethtool builds, newest first. */
export const LIST_BUILDS_RESPONSE = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><array><data>
<value><struct>
<member><name>build_id</name><value><int>61758</int></value></member>
<member><name>package_id</name><value><int>8491</int></value></member>
<member><name>name</name><value><string>ethtool</string></value></member>
<member><name>version</name><value><string>6.15</string></value></member>
<member><name>release</name><value><string>3.hs.el9</string></value></member>
<member><name>epoch</name><value><int>2</int></value></member>
<member><name>nvr</name><value><string>ethtool-6.15-3.hs.el9</string></value></member>
<member><name>state</name><value><int>1</int></value></member>
<member><name>owner_name</name><value><string>salimma</string></value></member>
</struct></value>
<value><struct>
<member><name>build_id</name><value><int>59940</int></value></member>
<member><name>package_id</name><value><int>8491</int></value></member>
<member><name>name</name><value><string>ethtool</string></value></member>
<member><name>version</name><value><string>6.14</string></value></member>
<member><name>release</name><value><string>1.hs.el10</string></value></member>
<member><name>epoch</name><value><int>2</int></value></member>
<member><name>nvr</name><value><string>ethtool-6.14-1.hs.el10</string></value></member>
<member><name>state</name><value><int>1</int></value></member>
<member><name>owner_name</name><value><string>salimma</string></value></member>
</struct></value>
</data></array></value>
</param>
</params>
</methodResponse>`

/** listTags(build): the tags one build is in. */
export const LIST_BUILD_TAGS_REQUEST = `<?xml version="1.0"?>
<methodCall>
<methodName>listTags</methodName>
<params>
<param><value><int>61758</int></value></param>
</params>
</methodCall>`

/** Two tag structs. */
export const LIST_BUILD_TAGS_RESPONSE = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><array><data>
<value><struct>
<member><name>id</name><value><int>3081</int></value></member>
<member><name>name</name><value><string>hyperscale9s-packages-main-testing</string></value></member>
</struct></value>
<value><struct>
<member><name>id</name><value><int>3082</int></value></member>
<member><name>name</name><value><string>hyperscale9s-packages-main-release</string></value></member>
</struct></value>
</data></array></value>
</param>
</params>
</methodResponse>`

/** listTaggedRPMS(tag, event=None, inherit=False, latest=True). */
export const LIST_TAGGED_RPMS_REQUEST = `<?xml version="1.0"?>
<methodCall>
<methodName>listTaggedRPMS</methodName>
<params>
<param><value><string>hyperscale9s-packages-main-release</string></value></param>
<param><value><nil/></value></param>
<param><value><boolean>0</boolean></value></param>
<param><value><boolean>1</boolean></value></param>
</params>
</methodCall>`

/** [rpms, builds]: the RPMs (source and binary) and the builds they belong to. */
export const LIST_TAGGED_RPMS_RESPONSE = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><array><data>
<value><array><data>
<value><struct>
<member><name>id</name><value><int>1001</int></value></member>
<member><name>build_id</name><value><int>100</int></value></member>
<member><name>name</name><value><string>ethtool</string></value></member>
<member><name>version</name><value><string>7.0</string></value></member>
<member><name>release</name><value><string>1.hs.el9</string></value></member>
<member><name>arch</name><value><string>src</string></value></member>
</struct></value>
<value><struct>
<member><name>id</name><value><int>1002</int></value></member>
<member><name>build_id</name><value><int>100</int></value></member>
<member><name>name</name><value><string>ethtool</string></value></member>
<member><name>version</name><value><string>7.0</string></value></member>
<member><name>release</name><value><string>1.hs.el9</string></value></member>
<member><name>arch</name><value><string>x86_64</string></value></member>
</struct></value>
</data></array></value>
<value><array><data>
<value><struct>
<member><name>id</name><value><int>100</int></value></member>
<member><name>build_id</name><value><int>100</int></value></member>
<member><name>name</name><value><string>ethtool</string></value></member>
<member><name>package_name</name><value><string>ethtool</string></value></member>
<member><name>nvr</name><value><string>ethtool-7.0-1.hs.el9</string></value></member>
</struct></value>
</data></array></value>
</data></array></value>
</param>
</params>
</methodResponse>`

/** getAPIVersion(): a cheap reachability probe. */
export const GET_API_VERSION_REQUEST = `<?xml version="1.0"?>
<methodCall>
<methodName>getAPIVersion</methodName>
<params>
</params>
</methodCall>`

/** The hub's API version, an int. */
export const GET_API_VERSION_RESPONSE = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><int>1</int></value>
</param>
</params>
</methodResponse>`
