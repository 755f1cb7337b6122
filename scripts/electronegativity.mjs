// npm run security: @doyensec/electronegativity over the Electron sources (electron/, TypeScript as written).
// Prints every finding; fails on any finding above LOW that is not in REVIEWED below, and on a scanner error.
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity')

// Another folder may be given to try the gate itself: node scripts/electronegativity.mjs <folder>
const INPUT = resolve(process.argv[2] ?? 'electron')
// The scanner reads the version from a package.json under the input, and electron/ has none: pass the installed one.
const ELECTRON = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
// Compares that package.json version with a release list fetched from GitHub: nothing to compare here, and offline.
const EXCLUDED = ['availablesecurityfixesglobalcheck']

/**
 * Findings the scanner itself marks "review required", reviewed here. Each must match the exact line of code,
 * so a change to that line brings the finding back; an entry that no longer matches anything fails the run.
 * Accepted LOW findings need no entry: they are listed, with why they are fine, in README (安全检查).
 */
const REVIEWED = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.ts',
    sample: 'const openWebLink = async (url: string) => (isExternalWebUrl(url) ? shell.openExternal(url) : undefined)',
    why: 'only http: and https: URLs reach shell.openExternal; the protocol is checked on the same line (tests: app-origin, security, index)'
  }
]

const LOW = 1

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|js|cjs|mjs)$/.test(entry.name) ? [join(dir, entry.name)] : []
  )
}

function table(rows) {
  const header = ['severity', 'confidence', 'check', 'where', 'status']
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)))
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

async function main() {
  const files = sourceFiles(INPUT)
  console.log(`electronegativity: ${files.length} source files under ${relative(process.cwd(), INPUT) || '.'}/ (TypeScript as written), Electron ${ELECTRON}`)
  const quiet = console.log
  console.log = () => undefined // the scanner's own banners and network notices
  let result
  try {
    result = await run(
      { input: INPUT, isRelative: true, customScan: [], excludeFromScan: EXCLUDED, parserPlugins: [], electronVersionOverride: ELECTRON },
      false
    )
  } finally {
    console.log = quiet
  }

  const parseErrors = result.errors.filter((error) => !error.tolerable)
  for (const error of result.errors) console.error(`${error.tolerable ? 'warning' : 'error'}: ${error.file}: ${error.message}`)

  const used = new Set()
  const rows = []
  let failing = 0
  for (const issue of [...result.issues].sort((a, b) => b.severity.value - a.severity.value)) {
    const review = REVIEWED.find((r) => r.id === issue.id && r.file === issue.file && r.sample === issue.sample?.trim())
    let status
    if (issue.severity.value < LOW) status = 'informational'
    else if (issue.severity.value === LOW) status = 'accepted LOW (README)'
    else if (review && issue.manualReview) {
      used.add(review)
      status = `reviewed: ${review.why}`
    } else {
      status = 'FAIL'
      failing++
    }
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`
    rows.push([issue.severity.name, issue.confidence.name, issue.id, where, status])
  }
  if (rows.length) console.log(table(rows))
  else console.log('no findings')

  const stale = REVIEWED.filter((review) => !used.has(review))
  for (const review of stale) console.error(`stale review entry (no longer matches): ${review.id} in ${review.file}`)

  const summary = `${result.issues.length} finding(s), ${failing} above LOW unreviewed, ${parseErrors.length} file(s) not parsed`
  if (failing || parseErrors.length || stale.length) {
    console.error(`security: FAILED — ${summary}`)
    process.exit(1)
  }
  console.log(`security: passed — ${summary}`)
}

main().catch((error) => {
  console.error('security: the scanner crashed:', error)
  process.exit(2)
})
