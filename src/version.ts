// The one place the version lives (User-Agent, --version, proposal markers).
export const VERSION = '0.1.0'
