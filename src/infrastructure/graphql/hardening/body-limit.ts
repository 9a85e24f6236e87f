import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphqlLimits } from './graphql-limits';

interface BodyParserError {
  readonly type?: string;
}

interface JsonResponse {
  status(code: number): JsonResponse;
  json(body: unknown): void;
}

/**
 * Parses JSON bodies up to SIJILL_BODY_LIMIT_BYTES and answers a larger one 413
 * in the shape GraphQL clients read, before anything else looks at it. Call it
 * on the application before it starts listening.
 */
export const useBodyLimit = (app: NestExpressApplication): void => {
  const limit = app.get(GraphqlLimits).bodyLimitBytes;
  app.useBodyParser('json', { limit });
  app.use((error: BodyParserError, _req: unknown, res: JsonResponse, next: (error?: unknown) => void) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res.status(413).json({
      errors: [{ message: `The request body is larger than ${limit} bytes`, extensions: { code: 'REQUEST.TOO_LARGE', details: { limit } } }],
    });
  });
};
