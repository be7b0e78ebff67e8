import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built front ends, served by the API on its own port. */
export const WEB_APPS = [
  { path: '/console', dist: 'dist/apps/operator-console' },
  { path: '/portal', dist: 'dist/apps/client-portal' },
] as const;

/**
 * Serves each built app with a fallback to its index.html, so a reload on a
 * client-side route works. Apps not built yet are skipped (tests, API-only use).
 */
export function serveWebApps(app: NestExpressApplication, root = process.cwd()): void {
  const server: express.Express = app.getHttpAdapter().getInstance();
  for (const web of WEB_APPS) {
    const dir = resolve(root, web.dist);
    if (!existsSync(join(dir, 'index.html'))) continue;
    // Hashed assets never change; index.html is revalidated so a deploy shows at once.
    server.use(web.path, express.static(dir, { index: false, immutable: true, maxAge: '1y' }));
    server.use(
      web.path,
      (req: express.Request, res: express.Response, next: express.NextFunction) =>
        req.method === 'GET'
          ? res.sendFile(join(dir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } })
          : next(),
    );
  }
  server.get('/', (_req, res) => res.redirect('/console/'));
}
