import { Module } from '@nestjs/common';
import { ProgressActivityQueries, ProgressWriteService } from '@waymark/api/progress/data-access';
import { PeriodSignOffResolver } from '../periods/period-sign-off.resolver';
import { ProgressWriteResolver } from './progress-write.resolver';

/** Drafting, review, RAG validation, period sign-off and reopening, corrections, commentary, myUpdates and actionHistory. */
@Module({
  providers: [ProgressWriteService, ProgressActivityQueries, ProgressWriteResolver, PeriodSignOffResolver],
  exports: [ProgressWriteService, ProgressActivityQueries],
})
export class ProgressWriteModule {}
