import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { validateConfig } from './infrastructure/config/config.schema';
import { AuthModule } from './infrastructure/auth/auth.module';
import { EventStoreModule } from './infrastructure/event-store/event-store.module';
import { GraphqlApiModule } from './infrastructure/graphql/graphql-api.module';
import { HealthModule } from './infrastructure/health/health.module';
import { WebModule } from './infrastructure/web/web.module';
import { AuditModule } from './modules/audit/audit.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { MembersModule } from './modules/members/members.module';
import { OrgUnitsModule } from './modules/org-units/org-units.module';
import { ResolutionsModule } from './modules/resolutions/resolutions.module';
import { ReadSideModule } from './projections/read-side.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateConfig }),
    LoggerModule.forRoot({
      pinoHttp: {
        level: process.env.LOG_LEVEL ?? 'info',
        autoLogging: false,
        redact: ['req.headers.authorization', 'req.headers.cookie'],
      },
      // No logger bound per request: requests are not logged, and binding one cost each a child logger and turned
      // AsyncLocalStorage on, whose promise hooks then taxed every promise of every query (a sixth of a dashboard's time).
      forRoutes: [],
    }),
    CqrsModule.forRoot(),
    EventStoreModule,
    AuthModule,
    GraphqlApiModule,
    HealthModule,
    OrgUnitsModule,
    MembersModule,
    MeetingsModule,
    ResolutionsModule,
    AuditModule,
    ReadSideModule,
    WebModule,
  ],
})
export class AppModule {}
