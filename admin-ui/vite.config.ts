import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// By path, not by package name: Vite bundles a config's relative imports (TypeScript) but loads
// packages with Node, which cannot run shared/web's .ts source.
import { SINGLETON_PACKAGES } from '../shared/web/config/vite';

const apiTarget = `http://localhost:${process.env.API_PORT ?? '3000'}`;

export default defineConfig({
  // Served by the API under /admin/. The base also makes every asset URL absolute
  // (/admin/assets/...), which graphiql.html needs: the API serves it at /shop-api and /admin-api.
  base: '/admin/',
  plugins: [react()],
  // @wholesail/shared/web imports React, Apollo, Mantine… too: one instance of each in the bundle.
  resolve: { dedupe: SINGLETON_PACKAGES },
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      '/admin-api': { target: apiTarget },
      // Only for trying the shop schema in the dev GraphiQL page (graphiql.html?endpoint=/shop-api).
      '/shop-api': { target: apiTarget },
    },
  },
  build: {
    // Monaco (GraphiQL page only) is ~2.8 MB on its own; the admin app chunk stays well below this.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
      onLog(level, log, handler) {
        // GraphiQL's React-Compiler output starts modules with "use no memo": harmless once bundled.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  // Monaco's workers (GraphiQL) are ES modules with imports of their own.
  worker: { format: 'es' },
  // The dev pre-bundler cannot follow `?worker` imports; leave GraphiQL's worker setup to Vite itself.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
});
