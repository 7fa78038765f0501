// Content hashes for fingerprints and markers (hex SHA-256), and random ids.
// node:crypto is loaded on first use: loading it costs a few milliseconds of
// every start, and many runs hash nothing before their first request
// (README, "Performance").

const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto')

export function sha256(text: string): string {
  return crypto().createHash('sha256').update(text).digest('hex')
}

/** A random RFC 4122 version 4 UUID. */
export function randomId(): string {
  return crypto().randomUUID()
}
