import { Module } from '@nestjs/common';
import { CorrectionService, ProgressActivityQueries, ProgressWriteService } from '@waymark/api/progress/data-access';
import { CorrectionResolver } from '../corrections/correction.resolver';
import { PeriodSignOffResolver } from '../periods/period-sign-off.resolver';
import { ProgressWriteResolver } from './progress-write.resolver';

/** Drafting, review, RAG validation, period sign-off and reopening, corrections (and proposed corrections), commentary, myUpdates and actionHistory. */
@Module({
  providers: [
    ProgressWriteService,
    ProgressActivityQueries,
    ProgressWriteResolver,
    PeriodSignOffResolver,
    CorrectionService,
    CorrectionResolver,
  ],
  exports: [ProgressWriteService, ProgressActivityQueries],
})
export class ProgressWriteModule {}
