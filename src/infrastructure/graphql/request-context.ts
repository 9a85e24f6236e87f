import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  readonly actor: string;
  readonly correlationId: string;
}

interface HeaderSource {
  headers?: Record<string, string | string[] | undefined>;
}

const header = (req: HeaderSource | undefined, name: string): string | undefined => {
  const value = req?.headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed.slice(0, 200) : undefined;
};

/**
 * The actor comes from the request. Until authentication lands it is the
 * `x-sijill-actor` header; the correlation id is the client's or a new one.
 */
export const requestContextOf = (req: HeaderSource | undefined): RequestContext => ({
  actor: header(req, 'x-sijill-actor') ?? 'anonymous',
  correlationId: header(req, 'x-correlation-id') ?? randomUUID(),
});

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const gql = GqlExecutionContext.create(context).getContext<{ req?: HeaderSource; requestContext?: RequestContext }>();
  return gql.requestContext ?? requestContextOf(gql.req);
});
