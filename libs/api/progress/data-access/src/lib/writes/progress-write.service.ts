import { Inject, Injectable } from '@nestjs/common';
import { Actor, badInput } from '@waymark/api/shared/util';
import { PeriodState, Rag, ReviewState } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import {
  archiveThemeCommentary,
  updateThemeCommentary,
  writeThemeCommentary,
} from '../commentary/theme-commentary-writes';
import { reopenPeriod } from '../periods/period-reopen-writes';
import { setPeriodState } from '../periods/period-state-writes';
import { periodSignOffStatus, PeriodSignOffStatus } from '../periods/sign-off-check';
import {
  saveProgressUpdate,
  SaveProgressUpdateCommand,
  submitProgressUpdate,
  withdrawProgressUpdate,
} from './progress-lead-writes';
import { acceptProgressUpdates, type BulkAcceptOutcome } from './progress-bulk-accept';
import {
  correctProgressUpdate,
  CorrectProgressUpdateCommand,
  reviewProgressUpdate,
  validateRag,
} from './progress-review-writes';
import { blank, ProgressUpdateRecord, VersionedCommand } from './progress-update-context';
import type { ThemeCommentaryRecord } from '../commentary/theme-commentary-writes';
import type { ReportingPeriodRecord } from '../periods/reporting-period-admin.service';
import { PROGRESS_EVENTS, type ProgressEvents } from '../events/progress-events';

export type { SaveProgressUpdateCommand } from './progress-lead-writes';
export type { CorrectProgressUpdateCommand } from './progress-review-writes';
export type { VersionedCommand } from './progress-update-context';
export type { BulkAcceptOutcome } from './progress-bulk-accept';

/**
 * The progress write side: drafting, submitting, withdrawing, reviewing, validating RAG, period state, sign-off
 * corrections and theme commentary. Every write checks AccessPolicy against the record's own
 * ownership fields, then writes with a version check and audit rows in one transaction.
 * The writes themselves live by role: lead (progress-lead-writes), reviewer (progress-review-writes),
 * period state (periods/period-state-writes) and commentary (commentary/theme-commentary-writes).
 */
@Injectable()
export class ProgressWriteService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PROGRESS_EVENTS) private readonly events: ProgressEvents,
  ) {}

  saveProgressUpdate(actor: Actor, cmd: SaveProgressUpdateCommand): Promise<ProgressUpdateRecord> {
    return saveProgressUpdate(this.dataSource, actor, cmd);
  }

  submitProgressUpdate(actor: Actor, cmd: VersionedCommand): Promise<ProgressUpdateRecord> {
    return submitProgressUpdate(this.dataSource, actor, cmd);
  }

  withdrawProgressUpdate(actor: Actor, cmd: VersionedCommand): Promise<ProgressUpdateRecord> {
    return withdrawProgressUpdate(this.dataSource, actor, cmd);
  }

  acceptProgressUpdate(
    actor: Actor,
    cmd: VersionedCommand & { comment?: string | null },
  ): Promise<ProgressUpdateRecord> {
    return reviewProgressUpdate(this.dataSource, actor, cmd, ReviewState.Accepted, cmd.comment ?? null, this.events);
  }

  acceptProgressUpdates(actor: Actor, items: readonly VersionedCommand[]): Promise<BulkAcceptOutcome[]> {
    return acceptProgressUpdates(this.dataSource, actor, items, this.events);
  }

  returnProgressUpdate(actor: Actor, cmd: VersionedCommand & { comment: string }): Promise<ProgressUpdateRecord> {
    if (blank(cmd.comment))
      throw badInput([{ field: 'input.comment', message: 'say what needs to change when returning an update.' }]);
    return reviewProgressUpdate(this.dataSource, actor, cmd, ReviewState.Returned, cmd.comment.trim(), this.events);
  }

  validateRag(
    actor: Actor,
    cmd: VersionedCommand & { validatedRag: Rag | null; reason?: string | null },
  ): Promise<ProgressUpdateRecord> {
    return validateRag(this.dataSource, actor, cmd, this.events);
  }

  correctProgressUpdate(actor: Actor, cmd: CorrectProgressUpdateCommand): Promise<ProgressUpdateRecord> {
    return correctProgressUpdate(this.dataSource, actor, cmd);
  }

  setPeriodState(actor: Actor, cmd: VersionedCommand & { state: PeriodState }): Promise<ReportingPeriodRecord> {
    return setPeriodState(this.dataSource, actor, cmd, this.events);
  }

  reopenPeriod(actor: Actor, cmd: VersionedCommand & { reason: string }): Promise<ReportingPeriodRecord> {
    return reopenPeriod(this.dataSource, actor, cmd);
  }

  /** Read beside the writes it checks: what signing off will leave outstanding, and who signed off. */
  periodSignOffStatus(actor: Actor, periodId: string, today: string): Promise<PeriodSignOffStatus> {
    return periodSignOffStatus(this.dataSource, actor, periodId, today);
  }

  writeThemeCommentary(
    actor: Actor,
    cmd: { themeId: string; periodId: string; body: string; sortOrder?: number | null },
  ): Promise<ThemeCommentaryRecord> {
    return writeThemeCommentary(this.dataSource, actor, cmd);
  }

  updateThemeCommentary(
    actor: Actor,
    cmd: VersionedCommand & { body?: string | null; sortOrder?: number | null },
  ): Promise<ThemeCommentaryRecord> {
    return updateThemeCommentary(this.dataSource, actor, cmd);
  }

  archiveThemeCommentary(actor: Actor, cmd: VersionedCommand): Promise<ThemeCommentaryRecord> {
    return archiveThemeCommentary(this.dataSource, actor, cmd);
  }
}
