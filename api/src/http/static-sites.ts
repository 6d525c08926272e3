import express, { NextFunction, Request, Response, Router } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const API_PREFIXES = ['/shop-api', '/admin-api', '/api/', '/health', '/exchange/'];

export interface StaticSites {
  storefront: string | null;
  admin: string | null;
}

/** Finds the built SPAs: STATIC_ROOT (a folder holding storefront/ and admin-ui/) or the workspace. */
export function locateStaticSites(staticRoot: string | null): StaticSites {
  const root = staticRoot ?? resolve(__dirname, '..', '..', '..');
  const dist = (app: string) => {
    const candidates = [join(root, app, 'dist'), join(root, app)];
    return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
  };
  return { storefront: dist('storefront'), admin: dist('admin-ui') };
}

function spa(dir: string): Router {
  const router = Router();
  router.use(express.static(dir, { index: false, maxAge: '1h', immutable: false }));
  router.get('/{*path}', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
  return router;
}

/** Storefront at /, admin UI at /admin/, and GraphiQL on GET /shop-api and /admin-api for browsers. */
export function staticSitesMiddleware(sites: StaticSites, graphiql: boolean): Router {
  const router = Router();
  if (graphiql && sites.admin) {
    const page = join(sites.admin, 'graphiql.html');
    router.get(['/shop-api', '/admin-api'], (req, res, next) => {
      const wantsHtml = req.accepts(['application/json', 'text/html']) === 'text/html';
      if (!wantsHtml || !existsSync(page)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(page);
    });
  }
  if (sites.admin) {
    // Express matches '/admin' for '/admin/' too (non-strict routing): redirect only the bare path.
    router.get('/admin', (req, res, next) =>
      req.path === '/admin' && !req.originalUrl.startsWith('/admin/') ? res.redirect(301, '/admin/') : next(),
    );
    router.use('/admin/', spa(sites.admin));
  }
  if (sites.storefront) {
    const storefront = spa(sites.storefront);
    router.use((req, res, next) => {
      if (API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
      storefront(req, res, next);
    });
  }
  return router;
}
