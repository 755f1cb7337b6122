import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const alias = {
  '@shared': resolve('shared'),
  '@renderer': resolve('renderer/src')
}

export default defineConfig({
  plugins: [vue()],
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'shared', environment: 'node', include: ['shared/**/*.test.ts'] }
      },
      {
        resolve: { alias },
        test: { name: 'electron', environment: 'node', include: ['electron/**/*.test.ts'] }
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/src/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto']
        }
      }
    ]
  }
})
