import { Module } from '@nestjs/common';
import {
  ActionFilterService,
  ActionSearchService,
  ActionWriteService,
  RagDistributionService,
  ReorderService,
  StrategyTreeService,
  StrategyWriteService,
  ThemeObjectiveWriteService,
} from '@waymark/api/strategy/data-access';
import { ActionAdminResolver } from './resolvers/action-admin.resolver';
import { StrategyAdminResolver } from './resolvers/strategy-admin.resolver';
import { StrategyQueryResolver } from './resolvers/strategy-query.resolver';

@Module({
  providers: [
    StrategyTreeService,
    ActionFilterService,
    ActionSearchService,
    RagDistributionService,
    StrategyWriteService,
    ThemeObjectiveWriteService,
    ActionWriteService,
    ReorderService,
    StrategyQueryResolver,
    StrategyAdminResolver,
    ActionAdminResolver,
  ],
  exports: [StrategyTreeService, ActionFilterService, RagDistributionService],
})
export class StrategyModule {}
