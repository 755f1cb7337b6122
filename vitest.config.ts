import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const alias = {
  '@shared': resolve('shared'),
  '@renderer': resolve('renderer/src')
}

// A hang guard, not a speed check: generating the demo twice takes seconds on a busy 2-core machine.
const testTimeout = 30_000

export default defineConfig({
  plugins: [vue()],
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'shared', environment: 'node', include: ['shared/**/*.test.ts'], testTimeout }
      },
      {
        resolve: { alias },
        test: { name: 'electron', environment: 'node', include: ['electron/**/*.test.ts'], testTimeout }
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/src/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout
        }
      }
    ]
  }
})
