import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type ApiOptions, AppModule } from './app.module';
import { configureHttp } from './http';

export interface StartOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  webRoot?: string | null;
  production?: boolean;
  logger?: boolean;
  dataSourceOverrides?: ApiOptions['dataSourceOverrides'];
}

export async function createApi(options: StartOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({
      databaseUrl: options.databaseUrl,
      production: options.production ?? false,
      dataSourceOverrides: options.dataSourceOverrides,
    }),
    { logger: options.logger === false ? false : ['error', 'warn'], bodyParser: false },
  );
  configureHttp(app, options.webRoot ?? null);
  app.enableShutdownHooks();
  return app;
}

export async function startApi(options: StartOptions): Promise<NestExpressApplication> {
  const app = await createApi(options);
  await app.listen(options.port, options.host ?? '0.0.0.0');
  return app;
}
