import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import pkg from './package.json' with { type: 'json' }

const alias = {
  '@shared': resolve('shared'),
  '@renderer': resolve('renderer/src')
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed window only loads a CommonJS preload.
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('renderer'),
    resolve: { alias },
    plugins: [vue()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(process.env.VITE_APP_VERSION ?? pkg.version) },
    worker: { format: 'es' },
    build: {
      chunkSizeWarningLimit: 2500,
      rollupOptions: { input: { index: resolve('renderer/index.html') } }
    }
  }
})
