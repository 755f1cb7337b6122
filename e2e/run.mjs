// Runs every e2e/*.test.mjs with Node's test runner, one file at a time (2 cores, one browser).
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const files = readdirSync('e2e').filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `e2e/${f}`)
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' })
process.exit(result.status ?? 1)
