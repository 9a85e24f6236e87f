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
