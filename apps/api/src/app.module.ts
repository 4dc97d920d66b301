import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'typeorm';
import { buildDataSourceOptions } from '@waymark/api/database';
import { allEntities } from './entities';
import { featureModules } from './feature-modules';
import { graphqlOptions } from './graphql-options';
import { EventLoopController, eventLoopProbeEnabled } from './diagnostics/event-loop.controller';
import { HealthController } from './health/health.controller';
import { SystemResolver } from './system/system.resolver';

export interface AppConfig {
  readonly databaseUrl: string;
  /** Optional TypeORM logger, e.g. a StatementCounter in tests and benchmarks. */
  readonly sqlLogger?: Logger;
}

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(buildDataSourceOptions({ url: config.databaseUrl, entities: allEntities, logger: config.sqlLogger })),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions() }),
        ...featureModules,
      ],
      controllers: [HealthController, ...(eventLoopProbeEnabled() ? [EventLoopController] : [])],
      providers: [SystemResolver],
    };
  }
}
