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
import { authenticateConnection, graphqlContext } from '../auth/graphql-auth';
import { hardenedApolloOptions } from './hardening/apollo-hardening';
import { limitedWsExecution } from './hardening/graphql-ws-limits';
import { GraphqlHardeningModule, GraphqlLimitsModule } from './hardening/graphql-hardening.module';
import { GraphqlLimits } from './hardening/graphql-limits';

/** GraphQL over HTTP and graphql-ws, both at /graphql, code-first with a sorted schema. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, GraphqlLimitsModule],
      inject: [Authenticator, GraphqlLimits],
      useFactory: (authenticator: Authenticator, limits: GraphqlLimits): ApolloDriverConfig => ({
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      resolvers: { JSON: GraphQLJSON },
      subscriptions: {
        'graphql-ws': {
          path: '/graphql',
          // Nest hands these to graphql-ws in place of graphql-js's: the depth and cost limits hold there too.
          ...limitedWsExecution(limits),
          // A connection authenticates once, at connection_init; its subscriptions act as that principal.
          onConnect: authenticateConnection(authenticator),
          // Subscription results skip Apollo's formatError; format them the same way here.
          onNext: (_context: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
            result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
        },
      },
      ...hardenedApolloOptions(limits),
      formatError,
      context: graphqlContext(authenticator),
      }),
    }),
    GraphqlHardeningModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class GraphqlApiModule {}
