import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DestinationStream } from 'pino';
import type { Logger } from 'typeorm';
import { buildDataSourceOptions, SqlLogger } from '@waymark/api/database';
import { WaymarkConfigModule, type WaymarkConfig } from '@waymark/api/shared/config';
import { SecurityEvents } from '@waymark/api/identity/data-access';
import { IdentityModule } from '@waymark/api/identity/feature';
import { UnexpectedErrorFilter } from '@waymark/api/shared/util';
import { JobsModule } from '@waymark/api/jobs/feature';
import { scheduledJobs } from './jobs/scheduled-jobs';
import { featureModules } from './feature-modules';
import { graphqlOptions } from './graphql-options';
import { EventLoopController } from './diagnostics/event-loop.controller';
import { HealthController } from './health/health.controller';
import { DatabaseWatchdog } from './lifecycle/database-watchdog';
import { Readiness } from './lifecycle/readiness';
import { loggingModule } from './observability/logging';
import { Metrics } from './observability/metrics';
import { ObservabilityModule } from './observability/observability.module';
import { SystemResolver } from './system/system.resolver';

export interface AppConfig {
  readonly config: WaymarkConfig;
  readonly databaseUrl: string;
  /** Optional TypeORM logger, e.g. a StatementCounter in tests and benchmarks. */
  readonly sqlLogger?: Logger;
  /** Where structured logs go (default stdout); tests capture them. */
  readonly logDestination?: DestinationStream;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, sqlLogger, logDestination }: AppConfig): DynamicModule {
    const { database } = config;
    return {
      module: AppModule,
      imports: [
        WaymarkConfigModule.forRoot(config),
        loggingModule(config, logDestination),
        TypeOrmModule.forRoot(
          buildDataSourceOptions({
            url: databaseUrl,
            logger: new SqlLogger(sqlLogger),
            poolSize: database.poolSize,
            statementTimeoutMs: database.statementTimeoutMs,
            ssl: database.ssl,
            sslCaFile: database.sslCaFile,
            slowQueryMs: config.observability.slowQueryMs,
          }),
        ),
        ObservabilityModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [Metrics, SecurityEvents],
          useFactory: (metrics: Metrics, events: SecurityEvents) => graphqlOptions(config, metrics, events),
        }),
        ...featureModules,
        JobsModule.register({ jobs: scheduledJobs, databaseUrl }),
      ],
      controllers: [HealthController, ...(config.observability.eventLoopProbe ? [EventLoopController] : [])],
      providers: [
        SystemResolver,
        Readiness,
        DatabaseWatchdog,
        { provide: APP_FILTER, useClass: UnexpectedErrorFilter },
      ],
    };
  }
}
