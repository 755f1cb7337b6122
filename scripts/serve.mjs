// A small static server for the built renderer (web mode). No dependencies: node:http only.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const DEFAULT_PORT = 5780

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json'
}

export function mimeType(file) {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps a request path to a file under root, or null when it would leave root.
 * `/` and paths without an extension are app routes: they get index.html.
 */
export function resolveRequest(root, urlPath) {
  let pathname
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const file = resolve(root, `.${pathname}`)
  if (file !== root && !file.startsWith(root + sep)) return null
  return { file, isRoute: extname(pathname) === '' }
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' })
  res.end(text)
}

function listen(server, port, host) {
  return new Promise((done, fail) => {
    const onError = (error) => {
      server.off('listening', onListening)
      fail(error)
    }
    const onListening = () => {
      server.off('error', onError)
      done()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, host)
  })
}

/** Serves root on host:port (a free port when that one is taken); resolves to { url, port, close }. */
export async function startServer({ root, port = DEFAULT_PORT, host = '127.0.0.1' }) {
  const base = resolve(root)
  const index = resolve(base, 'index.html')
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '不支持的请求方法')
    const target = resolveRequest(base, req.url ?? '/')
    if (!target) return send(res, 403, '禁止访问')
    let file = target.file
    if (!(await isFile(file))) {
      // Browsers ask for /favicon.ico on their own; "no content" keeps their console free of 404s.
      if (target.file === resolve(base, 'favicon.ico')) return res.writeHead(204).end()
      if (!target.isRoute) return send(res, 404, '未找到')
      if (!(await isFile(index))) return send(res, 404, '尚未构建：请先运行 npm run build')
      file = index
    }
    res.writeHead(200, {
      'Content-Type': mimeType(file),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': file === index ? 'no-cache' : 'public, max-age=3600'
    })
    if (req.method === 'HEAD') return res.end()
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res)
  })
  try {
    await listen(server, port, host)
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error
    await listen(server, 0, host)
  }
  const actual = server.address().port
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    close: () =>
      new Promise((done) => {
        server.close(() => done())
        // Browsers keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections()
      })
  }
}

/** --port 8080, or PORT, or the default. */
export function portFrom(argv, env) {
  const flag = argv.indexOf('--port')
  const raw = flag >= 0 ? argv[flag + 1] : env.PORT
  const port = Number(raw)
  return raw !== undefined && Number.isInteger(port) && port >= 0 && port < 65536 ? port : DEFAULT_PORT
}

export const defaultRoot = fileURLToPath(new URL('../out/renderer', import.meta.url))

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ root: defaultRoot, port: portFrom(process.argv, process.env) })
  console.log(`浏览器模式已启动：${url}`)
}
