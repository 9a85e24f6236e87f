import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { ExecutionResult } from 'graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { DomainErrorFilter } from './domain-error.filter';
import { formatError } from './format-error';
import { AuthModule } from '../auth/auth.module';
import { Authenticator } from '../auth/authenticator';
import { requestContextFor, type HeaderSource } from './request-context';

interface SubscriptionExtra {
  request?: HeaderSource;
}

/** GraphQL over HTTP and graphql-ws, both at /graphql, code-first with a sorted schema. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [Authenticator],
      useFactory: (authenticator: Authenticator): ApolloDriverConfig => ({
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
      context: async ({ req, extra }: { req?: HeaderSource; extra?: SubscriptionExtra }) => {
        const source = req ?? extra?.request;
        const authorization = source?.headers?.authorization;
        const principal = await authenticator.authenticate({ authorization: Array.isArray(authorization) ? authorization[0] : authorization });
        return { req, requestContext: requestContextFor(principal, source) };
      },
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class GraphqlApiModule {}
