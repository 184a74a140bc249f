import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * HTTP hardening and the web app: security headers with a strict CSP, cookie
 * parsing for the session, and the built single-page app with its fallback.
 */
export function configureHttp(app: INestApplication, webRoot: string | null) {
  const server = (app as NestExpressApplication).getHttpAdapter().getInstance() as express.Express;
  server.set('trust proxy', process.env.TRUST_PROXY === 'true' ? 1 : false);
  server.disable('x-powered-by');
  server.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  server.use(cookieParser());
  server.use(express.json({ limit: '256kb' }));
  server.get('/healthz', (_req: Request, res: Response) => {
    res.json({ ok: true });
  });
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    server.use(express.static(webRoot, { index: false, maxAge: '1h' }));
    server.use((req: Request, res: Response, next: NextFunction) => {
      if (
        req.method !== 'GET' ||
        req.path.startsWith('/graphql') ||
        req.path.startsWith('/api/') ||
        req.path.includes('.')
      ) {
        return next();
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webRoot, 'index.html'));
    });
  }
}
