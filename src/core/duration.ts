// Durations as poi-gitops.toml writes them: a whole number and a unit,
// `30m`, `6h`, `2d` (minutes, hours, days). Kept this small on purpose: one
// unit per value reads unambiguously in a config file and in a message.

const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const
const DURATION = /^([1-9][0-9]{0,5})([mhd])$/

/** Milliseconds of `30m` / `6h` / `2d`, or undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text)
  if (!m) return undefined
  return Number(m[1]) * UNITS[m[2] as keyof typeof UNITS]
}

/** The shortest exact form of a duration in the same units (90 minutes → `90m`, 48 hours → `2d`). */
export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm'] as const) {
    if (ms >= UNITS[unit] && ms % UNITS[unit] === 0) return `${ms / UNITS[unit]}${unit}`
  }
  return `${Math.ceil(ms / 1000)}s`
}
