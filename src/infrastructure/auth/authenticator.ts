import { DomainError } from '../../modules/shared-kernel/domain-error';
import type { Principal } from './access';

/** What a request presents: HTTP headers, or graphql-ws connection_init params. */
export interface Credentials {
  /** `Bearer <jwt or api key>` */
  readonly authorization?: string;
}

/**
 * Turns credentials into a principal, or throws a DomainError coded
 * AUTH.UNAUTHENTICATED. The GraphQL context (HTTP and graphql-ws) calls it once
 * per request or connection.
 */
export abstract class Authenticator {
  abstract authenticate(credentials: Credentials): Promise<Principal>;
}

/** Says what is missing or wrong, never which part of a key or token was right. */
export const unauthenticated = (message: string): DomainError => new DomainError('AUTH.UNAUTHENTICATED', message);
