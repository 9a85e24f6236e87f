import { GraphQLError } from 'graphql';
import { DomainError } from '../../modules/shared-kernel/domain-error';
import { type HeaderSource, type RequestContext, requestContextFor } from '../graphql/request-context';
import type { Principal } from './access';
import type { Authenticator } from './authenticator';

/** graphql-ws's per-connection `extra`: the upgrade request, and the principal onConnect authenticated. */
export interface ConnectionExtra {
  request?: HeaderSource;
  principal?: Principal;
}

/** graphql-ws's Context, as far as authentication reads it; `extra` is what the ws adapter gives (ConnectionExtra). */
interface ConnectionContext {
  readonly connectionParams?: Readonly<Record<string, unknown>>;
  readonly extra: unknown;
}

const isUnauthenticated = (error: unknown): error is DomainError => error instanceof DomainError && error.code === 'AUTH.UNAUTHENTICATED';

const headerOf = (source: HeaderSource | undefined): string | undefined => {
  const value = source?.headers?.authorization;
  return Array.isArray(value) ? value[0] : value;
};

/** connection_init's `{ authorization: 'Bearer …' }` (browsers cannot set headers on a WebSocket), else the upgrade request's header. */
const connectionAuthorization = ({ connectionParams, extra }: ConnectionContext): string | undefined => {
  const param = connectionParams?.authorization ?? connectionParams?.Authorization;
  return typeof param === 'string' ? param : headerOf((extra as ConnectionExtra).request);
};

/**
 * graphql-ws onConnect: authenticates once per connection and keeps the principal
 * on it. False refuses the connection: graphql-ws closes it with 4403 Forbidden.
 */
export const authenticateConnection =
  (authenticator: Authenticator) =>
  async (context: ConnectionContext): Promise<boolean> => {
    try {
      (context.extra as ConnectionExtra).principal = await authenticator.authenticate({ authorization: connectionAuthorization(context) });
      return true;
    } catch (error) {
      if (isUnauthenticated(error)) return false;
      throw error;
    }
  };

/**
 * The GraphQL context of an HTTP request or of a subscription on an authenticated
 * connection. An HTTP request without a valid credential gets no data, only an
 * AUTH.UNAUTHENTICATED error, with status 401.
 */
export const graphqlContext =
  (authenticator: Authenticator) =>
  async ({ req, extra }: { req?: HeaderSource; extra?: ConnectionExtra }): Promise<{ req?: HeaderSource; requestContext: RequestContext }> => {
    if (extra) {
      if (!extra.principal) throw new GraphQLError('The connection is not authenticated', { extensions: { code: 'AUTH.UNAUTHENTICATED' } });
      return { req, requestContext: requestContextFor(extra.principal, extra.request) };
    }
    try {
      return { req, requestContext: requestContextFor(await authenticator.authenticate({ authorization: headerOf(req) }), req) };
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
      throw new GraphQLError(error.message, {
        extensions: { code: error.code, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
      });
    }
  };
