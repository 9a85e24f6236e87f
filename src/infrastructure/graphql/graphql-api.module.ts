import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { ExecutionResult } from 'graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { DomainErrorFilter } from './domain-error.filter';
import { formatError } from './format-error';
import { requestContextOf } from './request-context';

interface SubscriptionExtra {
  request?: { headers?: Record<string, string | string[] | undefined> };
}

/** GraphQL over HTTP and graphql-ws, both at /graphql, code-first with a sorted schema. */
@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      resolvers: { JSON: GraphQLJSON },
      subscriptions: {
        'graphql-ws': {
          path: '/graphql',
          // Subscription results skip Apollo's formatError; format them the same way here.
          onNext: (_context: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
            result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
        },
      },
      playground: false,
      introspection: true,
      formatError,
      context: ({ req, extra }: { req?: { headers?: Record<string, string | string[] | undefined> }; extra?: SubscriptionExtra }) => ({
        req,
        requestContext: requestContextOf(req ?? extra?.request),
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class GraphqlApiModule {}
