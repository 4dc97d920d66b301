import { effectiveRag, isStaleNarrative, LifecycleStatus, PeriodState, Rag, ReviewState } from '@waymark/shared/domain';
import type { ProgressUpdateModel } from '../models/progress-update.model';
import type { ReportingPeriodModel } from '../models/reporting-period.model';
import type { ThemeCommentaryModel } from './progress-activity.models';

type Row = Record<string, unknown>;
const date = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string | Date);

export function toProgressUpdateModel(
  row: Row,
  extra: { authorName?: string | null; previousNarrative?: string | null } = {},
): ProgressUpdateModel {
  const proposedRag = (row['proposedRag'] as Rag | null) ?? null;
  const validatedRag = (row['validatedRag'] as Rag | null) ?? null;
  return {
    id: String(row['id']),
    actionId: String(row['actionId']),
    periodId: String(row['periodId']),
    narrative: String(row['narrative'] ?? ''),
    proposedRag,
    validatedRag,
    validationReason: (row['validationReason'] as string | null) ?? null,
    effectiveRag: effectiveRag({ proposedRag, validatedRag }),
    percentComplete: (row['percentComplete'] as number | null) ?? null,
    lifecycleStatus: (row['lifecycleStatus'] as LifecycleStatus | null) ?? null,
    reviewState: row['reviewState'] as ReviewState,
    reviewComment: (row['reviewComment'] as string | null) ?? null,
    reviewedById: (row['reviewedById'] as string | null) ?? null,
    reviewedAt: date(row['reviewedAt']),
    submittedAt: date(row['submittedAt']),
    authorId: (row['authorId'] as string | null) ?? null,
    authorName: extra.authorName ?? null,
    correctionCount: Number(row['correctionCount'] ?? 0),
    lastCorrectionReason: (row['lastCorrectionReason'] as string | null) ?? null,
    isStale: isStaleNarrative(row['narrative'] as string, extra.previousNarrative ?? null),
    version: Number(row['version']),
    createdAt: date(row['createdAt']) as Date,
    updatedAt: date(row['updatedAt']) as Date,
  };
}

export function toReportingPeriodModel(row: Row): ReportingPeriodModel {
  return {
    id: String(row['id']),
    strategyId: String(row['strategyId']),
    name: String(row['name']),
    startsOn: String(row['startsOn']),
    endsOn: String(row['endsOn']),
    updateDeadline: String(row['updateDeadline']),
    state: row['state'] as PeriodState,
    signedOffAt: date(row['signedOffAt']),
    signedOffById: (row['signedOffById'] as string | null) ?? null,
    version: Number(row['version']),
  };
}

export function toThemeCommentaryModel(row: Row): ThemeCommentaryModel {
  return {
    id: String(row['id']),
    themeId: String(row['themeId']),
    periodId: String(row['periodId']),
    body: String(row['body']),
    sortOrder: Number(row['sortOrder']),
    authorId: (row['authorId'] as string | null) ?? null,
    version: Number(row['version']),
    archivedAt: date(row['archivedAt']),
  };
}
