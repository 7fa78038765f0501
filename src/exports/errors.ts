// Typed failures of the exports, so the CLI can map them to exit codes
// (usage → 2, unusable input or unsafe result → 1) without parsing messages.

export abstract class ExportError extends Error {
  abstract readonly code: string
}

/** The flags do not fit the input: `-o` with several workloads, a `--workload` that names no workload. */
export class ExportUsageError extends ExportError {
  readonly exitCode = 2
  constructor(readonly code: 'output-with-several-workloads' | 'unknown-workload', message: string) {
    super(message)
    this.name = 'ExportUsageError'
  }
}

export type ExportInputCode =
  | 'manifest-syntax' // the existing manifest is not valid TOML
  | 'package-not-array' // `package` in the manifest is not an array of tables
  | 'unsafe-file-name' // a workload (or inventory) name would put the file outside the output directory
  | 'duplicate-file-name' // two workloads would be written to the same file
  | 'empty-selection' // the inventory selection has no packages
  | 'empty-manifest' // the result would have no [[package]] entry, which hs-relmon cannot load

/** The input cannot be exported as asked; `line`/`column` (1-based) locate it in the manifest when known. */
export class ExportInputError extends ExportError {
  readonly exitCode = 1
  constructor(readonly code: ExportInputCode, message: string, readonly line?: number, readonly column?: number) {
    super(message)
    this.name = 'ExportInputError'
  }
}
