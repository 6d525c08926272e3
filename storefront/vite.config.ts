import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// By path, not by package name: Vite bundles a config's relative imports (TypeScript) but loads
// packages with Node, which cannot run shared/web's .ts source.
import { SINGLETON_PACKAGES } from '../shared/web/config/vite';

const apiTarget = `http://localhost:${process.env.API_PORT ?? '3000'}`;

export default defineConfig({
  // Served by the API at `/` in production; the GraphQL endpoint is same-origin `/shop-api`.
  base: '/',
  plugins: [react()],
  // @wholesail/shared/web imports React, Apollo, Mantine… too: one instance of each in the bundle.
  resolve: { dedupe: SINGLETON_PACKAGES },
  // React, Mantine, Apollo and the router come to ~900 kB minified (~270 kB gzip); feature routes
  // (the AG Grid catalog first) should be lazy so this chunk does not keep growing.
  build: { chunkSizeWarningLimit: 1000 },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/shop-api': { target: apiTarget },
    },
  },
});
