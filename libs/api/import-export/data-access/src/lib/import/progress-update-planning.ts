import { randomUUID } from 'node:crypto';
import { diffFields } from '@waymark/api/audit/data-access';
import { ReviewState } from '@waymark/shared/domain';
import { PlanAction } from '@waymark/shared/plan-template';
import { ImportFindings } from './import-findings';
import { ExistingUpdate, PlannedUpdate, UpdateFields, VersionedUpdate } from './import.types';
import { MatchedPeriod } from './period-matching';

export interface PeriodEntry {
  entry: PlanAction['entries'][number];
  period: MatchedPeriod;
}

export interface PlannedProgressUpdates {
  inserts: PlannedUpdate[];
  updates: VersionedUpdate<UpdateFields>[];
}

/** One action's progress updates: each period's entry creates an update, or changes the action's existing one. */
export function planProgressUpdates(
  action: { id: string; label: string; existingId: string | null },
  entries: readonly PeriodEntry[],
  updateByKey: ReadonlyMap<string, ExistingUpdate>,
  findings: ImportFindings,
  out: PlannedProgressUpdates,
): void {
  for (const { entry, period } of entries) {
    const updateLabel = `${action.label} — ${period.name}`;
    const current = action.existingId ? updateByKey.get(`${action.existingId}|${period.id}`) : undefined;
    const reviewState = entry.reviewState ?? ReviewState.Accepted;
    if (current) {
      const effective = current.validatedRag ?? current.proposedRag;
      const before: UpdateFields = {
        narrative: current.narrative,
        proposedRag: current.proposedRag,
        validatedRag: current.validatedRag,
        lifecycleStatus: current.lifecycleStatus,
        reviewState: current.reviewState,
      };
      const after: UpdateFields = { ...before, narrative: entry.progress, lifecycleStatus: entry.status };
      if (entry.rag !== effective) {
        if (current.validatedRag) after.validatedRag = entry.rag;
        else after.proposedRag = entry.rag;
      }
      if (entry.reviewState && entry.reviewState !== current.reviewState) after.reviewState = entry.reviewState;
      const fields = Object.keys(diffFields(before, after));
      if (fields.length && period.state === 'signed_off') {
        findings.problem(
          entry.rowNumber,
          'progress',
          `${period.name} is signed off: its updates can only be changed by a dated correction, not by import.`,
        );
      }
      if (fields.length) {
        out.updates.push({
          id: current.id,
          version: current.version,
          before,
          after: {
            ...after,
            validationReason:
              after.validatedRag !== before.validatedRag ? 'Changed by spreadsheet import' : current.validationReason,
          },
        });
      }
      findings.change('update', fields.length ? 'update' : 'unchanged', updateLabel, [entry.rowNumber], fields);
    } else {
      if (period.state === 'signed_off') {
        findings.problem(
          entry.rowNumber,
          'period',
          `${period.name} is signed off: an update cannot be added to it by import.`,
        );
      }
      out.inserts.push({
        id: randomUUID(),
        actionId: action.id,
        periodId: period.id,
        narrative: entry.progress,
        proposedRag: entry.rag,
        lifecycleStatus: entry.status,
        reviewState,
      });
      findings.change('update', 'create', updateLabel, [entry.rowNumber]);
    }
  }
}
