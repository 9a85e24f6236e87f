import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../../modules/shared-kernel/domain-error';

/**
 * A broken rule is an answer, not a fault: hand it to GraphQL untouched so that
 * formatError maps it, instead of Nest logging it as an unexpected error.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError): DomainError {
    return exception;
  }
}
