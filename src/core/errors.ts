// Exit codes (README, "Exit codes"): 0 done, 1 findings or errors in the
// inputs, 2 usage or configuration error, 3 a remote service failed. Every
// expected error carries its code as `exitCode`; this is the one place that
// reads it.

export type ExitCode = 0 | 1 | 2 | 3

/** The exit code an error stands for, or undefined for an unexpected error (a bug). */
export function exitCodeOf(error: unknown): ExitCode | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { exitCode?: unknown }).exitCode : undefined
  return code === 0 || code === 1 || code === 2 || code === 3 ? code : undefined
}

/** The worst of several outcomes: a configuration error outranks a remote failure, which outranks findings. */
export function worstExitCode(codes: readonly ExitCode[]): ExitCode {
  const rank: Record<ExitCode, number> = { 0: 0, 1: 1, 3: 2, 2: 3 }
  return codes.reduce<ExitCode>((w, c) => (rank[c] > rank[w] ? c : w), 0)
}

/** A message for any error: its own for an expected one, marked as a bug otherwise. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `internal error (a bug in poi-gitops): ${String(error)}`
  return exitCodeOf(error) !== undefined ? error.message : `internal error (a bug in poi-gitops): ${error.stack ?? error.message}`
}
