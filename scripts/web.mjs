// `npm run web`: build, then serve the renderer on 127.0.0.1 for a browser.
import { buildApp, serveWeb } from './launch.mjs'
import { portFrom } from './serve.mjs'

try {
  await buildApp()
  await serveWeb({ port: portFrom(process.argv, process.env) })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
