import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// The console: built into dist/web, served by the service at /. `npx vite --config web/vite.config.mts`
// runs a dev server that sends /api, /docs and /health to a service on port 3000 (npm start).
export default defineConfig({
  root,
  base: '/',
  // Vite 8 (oxc) compiles TSX itself: the automatic JSX runtime, no Babel plugin needed.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Fonts and icons as files: the CSP allows fonts and images from the service only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Designsystemet's icons say "use client" (for React Server Components): meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/docs': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
});
