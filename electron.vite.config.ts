import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

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
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve('renderer'),
    resolve: { alias },
    plugins: [vue()],
    worker: { format: 'es' },
    build: {
      chunkSizeWarningLimit: 2500,
      rollupOptions: { input: { index: resolve('renderer/index.html') } }
    }
  }
})
