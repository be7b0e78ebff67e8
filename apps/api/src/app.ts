import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule, type AppOptions } from './app.module';
import { AppErrorFilter } from './common/app-error.filter';
import { validationPipe } from './common/validation';
import { bodyLimits } from './web/body-limits';
import { securityHeaders } from './web/security-headers';
import { serveWebApps } from './web/static-apps';

/** The Nest application as `npm start`, the CLI and the tests build it. */
export async function createApp(
  options: AppOptions & { quiet?: boolean },
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: options.quiet ? ['error'] : ['error', 'warn'],
    // The telephony event API signs the exact bytes it sent.
    rawBody: true,
  });
  app.set('trust proxy', options.config.TRUST_PROXY);
  securityHeaders(app, options.config);
  app.use(cookieParser());
  // Delivery reports are mails handed in as received.
  app.useBodyParser('raw', { type: 'message/rfc822', limit: '25mb' });
  bodyLimits(app);
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new AppErrorFilter());
  serveWebApps(app);
  return app;
}
