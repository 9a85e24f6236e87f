import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { GraphqlLimits } from './graphql-limits';
import { GraphqlThrottlerGuard } from './graphql-throttler.guard';
import { SlidingWindowStorage } from './sliding-window.storage';

@Module({
  providers: [{ provide: GraphqlLimits, inject: [ConfigService], useFactory: GraphqlLimits.fromConfig }],
  exports: [GraphqlLimits],
})
export class GraphqlLimitsModule {}

/** Rate limits per caller; the depth, cost, CSRF and introspection settings travel in hardenedApolloOptions. */
@Module({
  imports: [
    GraphqlLimitsModule,
    ThrottlerModule.forRootAsync({
      imports: [GraphqlLimitsModule],
      inject: [GraphqlLimits],
      useFactory: (limits: GraphqlLimits) => ({ throttlers: [{ limit: limits.rateLimit, ttl: limits.rateWindowMs }], storage: new SlidingWindowStorage() }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: GraphqlThrottlerGuard }],
  exports: [GraphqlLimitsModule],
})
export class GraphqlHardeningModule {}
