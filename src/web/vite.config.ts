import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/** `npm run build:web`: the dashboard into dist/web, which the server serves at `/`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // the polyfill would be an inline script, which the page's policy refuses
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
})
