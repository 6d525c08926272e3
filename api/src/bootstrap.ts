import 'reflect-metadata';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { bodyErrorHandler } from './http/body-errors';
import { sqlCountMiddleware } from './common/observability/sql-counter';
import { locateStaticSites, staticSitesMiddleware } from './http/static-sites';

export interface CreateAppOptions {
  migrate?: boolean;
  logger?: LogLevel[] | false;
}

/** Builds the whole API (both GraphQL endpoints, REST routes, the SPAs) without listening. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  // The adapter is passed explicitly: Nest would otherwise load it with a dynamic import.
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, { migrate: options.migrate }),
    new ExpressAdapter(),
    {
      bodyParser: false,
      logger: options.logger ?? ['error', 'warn', 'log'],
      abortOnError: false,
    },
  );
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  if (config.sqlCountHeader) app.use(sqlCountMiddleware);
  app.use(cookieParser());
  // Integrators send bulk upserts of up to 10 000 rows: a larger limit on the admin API only.
  app.use('/admin-api', express.json({ limit: config.adminBodyLimit }));
  app.use(express.json({ limit: config.bodyLimit }));
  app.use(bodyErrorHandler);
  app.use(staticSitesMiddleware(locateStaticSites(config.staticRoot), config.graphiql));
  await app.init();
  return app;
}
