// Entry point of the GitHub Action (action.yml runs dist/index.js).
import { run } from './action/main.js'

try {
  await run()
} catch (e) {
  // run() reports every expected failure itself; this is a bug, told through the egress like everything else.
  const [{ createSession }, { annotation }, { describeError }] = await Promise.all([import('./app/session.js'), import('./report/workflow-commands.js'), import('./core/errors.js')])
  createSession(process.env).egress.out(`${annotation('error', describeError(e))}\n`)
  process.exitCode = 2
}
