import { Module } from '@nestjs/common';
import { ProgressActivityQueries, ProgressWriteService } from '@waymark/api/progress/data-access';
import { ProgressWriteResolver } from './progress-write.resolver';

/** Drafting, review, RAG validation, period sign-off, corrections, commentary, myUpdates and actionHistory. */
@Module({
  providers: [ProgressWriteService, ProgressActivityQueries, ProgressWriteResolver],
  exports: [ProgressWriteService, ProgressActivityQueries],
})
export class ProgressWriteModule {}
