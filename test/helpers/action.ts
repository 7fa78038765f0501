// Runs the bundled action (dist/index.js) exactly as the Actions runner runs it:
// INPUT_* from action.yml defaults, an event name and payload file,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_API_URL at a local fake.

import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { GITHUB_TOKEN } from '../fakes/github-server.js'

const ROOT = join(import.meta.dirname, '..', '..')
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }

export interface Run {
  code: number
  /** stdout and stderr, as the runner's log shows them. */
  stdout: string
  outputs: Record<string, string>
  /** The GITHUB_OUTPUT file as written. */
  rawOutput: string
  summary: string
  /** Where the runner's files are: output, summary, event.json, the JSON report. */
  tmp: string
}

function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3]
  return out
}

/** `payload` may be a string: written as is (a malformed event). */
export async function runAction(workspace: string, event: string, payload: object | string, inputs: Record<string, string>, extraEnv: Record<string, string>): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), 'poi-gitops-runner-'))
  const [out, summary, eventPath] = ['output', 'summary', 'event.json'].map((f) => join(tmp, f))
  writeFileSync(out, '')
  writeFileSync(summary, '')
  writeFileSync(eventPath, typeof payload === 'string' ? payload : JSON.stringify(payload))
  // Forge writes unspaced (the forge default is 1 s apart) unless extraEnv says otherwise: the fakes need no pacing.
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', POI_GITOPS_FORGE_WRITE_SPACING: '0' }
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = spec.default === '${{ github.token }}' ? GITHUB_TOKEN : spec.default ?? ''
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  Object.assign(env, {
    GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: tmp, GITHUB_REPOSITORY: 'acme/inventory', ...extraEnv
  })
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { env, cwd: workspace })
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
  child.stderr.on('data', (d: Buffer) => { stdout += d.toString() })
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)))
  return { code, stdout, outputs: outputs(readFileSync(out, 'utf8')), summary: readFileSync(summary, 'utf8'), tmp, rawOutput: readFileSync(out, 'utf8') }
}

