import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { DomainError } from '../../modules/shared-kernel/domain-error';

const logger = new Logger('GraphQL');

/** The one place where errors become GraphQL errors: domain codes pass through, the rest is hidden. */
export const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      ...(formatted.path && { path: formatted.path }),
      ...(formatted.locations && { locations: formatted.locations }),
      extensions: {
        code: original.code,
        ...(original.field !== null && { field: original.field }),
        ...(Object.keys(original.details).length > 0 && { details: original.details }),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    logger.error(original instanceof Error ? original.stack ?? original.message : String(original));
    return { message: 'Internal server error', ...(formatted.path && { path: formatted.path }), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
};
