// Builds the single-page app from web/ into dist/web, which the server serves as static files.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));
const apiTarget = process.env.TILLIT_API_URL ?? 'http://localhost:3000';

// Designsystemet's React package has no "sideEffects" flag, so the bundler would keep every
// component it re-exports. Its JS is side-effect free; the custom elements it relies on come from
// @digdir/designsystemet-web, which main.tsx imports explicitly. CSS keeps its side effects.
const designsystemetReactJs = /[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/].*\.(?:js|cjs)$/;

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // undefined keeps the default (package.json sideEffects) for every other module.
        moduleSideEffects: (id) => (designsystemetReactJs.test(id) ? false : undefined),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: { port: 4173 },
});
