#!/usr/bin/env node
// The `poi-gitops` command.
import { runCli } from './main.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env
})
