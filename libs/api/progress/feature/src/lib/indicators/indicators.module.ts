import { Module } from '@nestjs/common';
import {
  IndicatorReadService,
  IndicatorValueWriteService,
  IndicatorWriteService,
} from '@waymark/api/progress/data-access';
import { IndicatorResolver } from './indicator.resolver';

/** Performance indicators of a strategy and their values per period. */
@Module({
  providers: [IndicatorReadService, IndicatorWriteService, IndicatorValueWriteService, IndicatorResolver],
  exports: [IndicatorReadService],
})
export class IndicatorsModule {}
