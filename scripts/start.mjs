// `npm start`: build, then run Electron; when Electron cannot be had, serve web mode instead.
import { spawn } from 'node:child_process'
import {
  EARLY_EXIT_MS,
  buildApp,
  downloadElectron,
  downloadTimeout,
  failedAtStart,
  fallbackNotice,
  findElectron,
  projectRoot,
  serveWeb
} from './launch.mjs'
import { portFrom } from './serve.mjs'

/** Resolves { ok: true, code } when Electron ran, { ok: false, reason } when it could not start. */
function runElectron(binary) {
  return new Promise((done) => {
    const env = { ...process.env }
    delete env.ELECTRON_RUN_AS_NODE
    const started = Date.now()
    let interrupted = false
    const child = spawn(binary, ['.'], { cwd: projectRoot, env, stdio: ['ignore', 'inherit', 'pipe'] })
    // Held back at first so a failed start stays one line; passed through once Electron is up.
    let held = []
    child.stderr.on('data', (chunk) => (held ? held.push(chunk) : process.stderr.write(chunk)))
    const release = setTimeout(() => {
      held.forEach((chunk) => process.stderr.write(chunk))
      held = null
    }, EARLY_EXIT_MS)
    child.once('error', (error) => {
      clearTimeout(release)
      done({ ok: false, reason: `无法运行：${error.code ?? error.message}` })
    })
    child.once('exit', (code, signal) => {
      clearTimeout(release)
      if (!interrupted && failedAtStart({ code, signal, elapsedMs: Date.now() - started })) {
        done({ ok: false, reason: `启动即退出，${signal ?? `退出码 ${code}`}` })
      } else {
        if (held) held.forEach((chunk) => process.stderr.write(chunk))
        done({ ok: true, code: code ?? 0 })
      }
    })
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, () => {
        interrupted = true
        child.kill(signal)
      })
    }
  })
}

async function main() {
  await buildApp()
  let electron = findElectron()
  if (!electron.found && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    electron = { found: false, reason: '已设置 ELECTRON_SKIP_BINARY_DOWNLOAD' }
  } else if (!electron.found) {
    const downloaded = await downloadElectron(downloadTimeout(process.env))
    electron = downloaded ? findElectron() : { found: false, reason: '下载失败或超时' }
  }
  if (electron.found) {
    const outcome = await runElectron(electron.path)
    if (outcome.ok) process.exit(outcome.code)
    electron = outcome
  }
  console.log(fallbackNotice(electron.reason))
  await serveWeb({ port: portFrom(process.argv, process.env) })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
