// Entry point of the GitHub Action (action.yml runs dist/index.js).
import { run } from './action/main.js'

await run()
