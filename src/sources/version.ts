// The User-Agent every remote client sends; the version lives in src/version.ts.
import { VERSION } from '../version.js'

export { VERSION }

/** Fedora infrastructure tarpits requests without a descriptive User-Agent. */
export const USER_AGENT = `poi-gitops/${VERSION} (+https://github.com/poi-gitops/poi-gitops)`
