import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { SijillConfig } from './infrastructure/config/config.schema';
import { useBodyLimit } from './infrastructure/graphql/hardening/body-limit';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  useBodyLimit(app);
  // Express would hash every answer for an ETag; GraphQL answers are POSTs sent with no-store, which nothing revalidates.
  app.set('etag', false);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const config = app.get<ConfigService<SijillConfig, true>>(ConfigService);
  const port = config.get('PORT', { infer: true });
  await app.listen(port, config.get('HOST', { infer: true }));
  app.get(Logger).log(`Sijill serves GraphQL at http://localhost:${port}/graphql on the ${config.get('SIJILL_EVENT_STORE', { infer: true })} event store`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
