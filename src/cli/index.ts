#!/usr/bin/env node
// The `poi-gitops` command.
import { runCli } from './main.js'

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env
  })
} catch (e) {
  process.stderr.write(`error: internal failure: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`)
  process.exitCode = 2
}
