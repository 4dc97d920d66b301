import type { VersionedRecord } from '@waymark/api/database';
import { effectiveRag, isStaleNarrative } from '@waymark/shared/domain';
import type { ProgressUpdateModel } from '../models/progress-update.model';
import type { ReportingPeriodModel } from '../models/reporting-period.model';
import type { ThemeCommentaryModel } from './progress-activity.models';

export function toProgressUpdateModel(
  row: VersionedRecord<'progress_update'>,
  extra: { authorName?: string | null; previousNarrative?: string | null } = {},
): ProgressUpdateModel {
  const proposedRag = row.proposedRag ?? null;
  const validatedRag = row.validatedRag ?? null;
  return {
    id: row.id,
    actionId: row.actionId,
    periodId: row.periodId,
    narrative: row.narrative ?? '',
    proposedRag,
    validatedRag,
    validationReason: row.validationReason ?? null,
    effectiveRag: effectiveRag({ proposedRag, validatedRag }),
    percentComplete: row.percentComplete ?? null,
    lifecycleStatus: row.lifecycleStatus ?? null,
    reviewState: row.reviewState,
    reviewComment: row.reviewComment ?? null,
    reviewedById: row.reviewedById ?? null,
    reviewedAt: row.reviewedAt ?? null,
    submittedAt: row.submittedAt ?? null,
    authorId: row.authorId ?? null,
    authorName: extra.authorName ?? null,
    correctionCount: row.correctionCount ?? 0,
    lastCorrectionReason: row.lastCorrectionReason ?? null,
    isStale: isStaleNarrative(row.narrative, extra.previousNarrative ?? null),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toReportingPeriodModel(row: VersionedRecord<'reporting_period'>): ReportingPeriodModel {
  return {
    id: row.id,
    strategyId: row.strategyId,
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    updateDeadline: row.updateDeadline,
    state: row.state,
    signedOffAt: row.signedOffAt ?? null,
    signedOffById: row.signedOffById ?? null,
    version: row.version,
  };
}

export function toThemeCommentaryModel(row: VersionedRecord<'theme_commentary'>): ThemeCommentaryModel {
  return {
    id: row.id,
    themeId: row.themeId,
    periodId: row.periodId,
    body: row.body,
    sortOrder: row.sortOrder,
    authorId: row.authorId ?? null,
    version: row.version,
    archivedAt: row.archivedAt ?? null,
  };
}
