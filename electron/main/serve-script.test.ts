import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mimeType, portFrom, resolveRequest, startServer, type StaticServer } from '../../scripts/serve.mjs'

const root = mkdtempSync(join(tmpdir(), 'desk-serve-'))
mkdirSync(join(root, 'assets'))
writeFileSync(join(root, 'index.html'), '<!doctype html><title>社区接诉即办工作台</title>')
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(join(root, 'assets', 'sql.wasm'), Buffer.from([0, 97, 115, 109]))
writeFileSync(join(tmpdir(), 'desk-secret.txt'), 'secret')

describe('static server', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await startServer({ root, port: 0 })
  })
  afterAll(() => server.close())

  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('serves files with their MIME types', async () => {
    const js = await fetch(`${server.url}/assets/index-abc.js`)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
    const wasm = await fetch(`${server.url}/assets/sql.wasm`)
    expect(wasm.headers.get('content-type')).toBe('application/wasm')
  })

  it('answers app routes with index.html, but a missing asset with 404', async () => {
    const page = await fetch(`${server.url}/cases/01HZX`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('社区接诉即办工作台')
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404)
  })

  it('answers a missing favicon with no content rather than an error', async () => {
    expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(204)
  })

  it('never serves a file outside the root', async () => {
    for (const path of ['/../desk-secret.txt', '/..%2fdesk-secret.txt', '/%2e%2e/desk-secret.txt', '/assets/..%2f..%2fdesk-secret.txt']) {
      const res = await fetch(`${server.url}${path}`)
      expect(await res.text(), path).not.toBe('secret')
    }
  })

  it('takes a free port when the asked one is busy', async () => {
    const blocker = createServer()
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', () => done()))
    const busy = (blocker.address() as { port: number }).port
    const second = await startServer({ root, port: busy })
    expect(second.port).not.toBe(busy)
    expect((await fetch(`${second.url}/`)).status).toBe(200)
    await second.close()
    blocker.close()
  })
})

describe('serve helpers', () => {
  it('knows the MIME types the build emits', () => {
    expect(mimeType('a.mjs')).toBe('text/javascript; charset=utf-8')
    expect(mimeType('a.woff2')).toBe('font/woff2')
    expect(mimeType('a.svg')).toBe('image/svg+xml')
  })

  it('refuses paths that leave the root', () => {
    expect(resolveRequest(root, '/..%2f..%2fetc/passwd')).toBeNull()
    expect(resolveRequest(root, '/a%00b')).toBeNull()
    expect(resolveRequest(root, '/%E0%A4%A')).toBeNull()
    expect(resolveRequest(root, '/cases')).toEqual({ file: join(root, 'cases'), isRoute: true })
  })

  it('takes the port from --port, then PORT, else 5780', () => {
    expect(portFrom(['node', 'serve.mjs', '--port', '8123'], { PORT: '9000' })).toBe(8123)
    expect(portFrom(['node', 'serve.mjs'], { PORT: '9000' })).toBe(9000)
    expect(portFrom(['node', 'serve.mjs'], {})).toBe(5780)
    expect(portFrom(['node', 'serve.mjs', '--port', 'x'], {})).toBe(5780)
  })
})
