import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { unrestricted, type Principal } from '../auth/access';

export interface RequestContext {
  /** The authenticated principal; every event this request records names it as actor. */
  readonly principal: Principal;
  /** Same as principal.id: kept because every event's metadata calls it so. */
  readonly actor: string;
  readonly correlationId: string;
}

export interface HeaderSource {
  headers?: Record<string, string | string[] | undefined>;
}

export const header = (req: HeaderSource | undefined, name: string): string | undefined => {
  const value = req?.headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed.slice(0, 200) : undefined;
};

/** The context of a request made by `principal`; the correlation id is the client's or a new one. */
export const requestContextFor = (principal: Principal, req?: HeaderSource): RequestContext => ({
  principal,
  actor: principal.id,
  correlationId: header(req, 'x-correlation-id') ?? randomUUID(),
});

/** The service's own work (schedulers, CLI commands run by the operator). */
export const systemContext = (id: string): RequestContext => requestContextFor(unrestricted(id, 'system'));

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const gql = GqlExecutionContext.create(context).getContext<{ requestContext?: RequestContext }>();
  if (!gql.requestContext) throw new Error('A GraphQL request reached a resolver without an authenticated context');
  return gql.requestContext;
});
