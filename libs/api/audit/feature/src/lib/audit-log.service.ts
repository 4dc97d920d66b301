import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, FieldProblem, forbidden } from '@waymark/api/shared/util';
import { AUDIT_RECORD_TYPE_LABEL, auditRecordTypeLabel, describeAuditEntry } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { AuditLogQueries, AuditLogRow } from './audit-log.queries';

export const AUDIT_LOG_PAGE_MAX = 100;
export const AUDIT_LOG_PAGE_DEFAULT = 50;
/** The CSV download holds at most this many rows (the newest matching); the page says so. */
export const AUDIT_LOG_CSV_MAX = 10_000;

export interface AuditLogRequest {
  readonly personId?: string | null;
  readonly recordType?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly after?: string | null;
  readonly first?: number | null;
}

export interface AuditLogEntryView {
  readonly id: string;
  readonly occurredAt: Date;
  readonly personName: string;
  readonly recordType: string;
  readonly recordTypeLabel: string;
  readonly recordName: string;
  readonly recordPath: string | null;
  readonly summary: string;
  readonly details: string[];
  readonly reason: string | null;
}

export interface AuditLogPageView {
  readonly entries: AuditLogEntryView[];
  readonly nextCursor: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})\|(\d+)$/;

/** Who changed what and when across the partnership, for its administrators. */
@Injectable()
export class AuditLogService {
  private readonly queries: AuditLogQueries;

  constructor(dataSource: DataSource) {
    this.queries = new AuditLogQueries(dataSource);
  }

  async page(actor: Actor, request: AuditLogRequest): Promise<AuditLogPageView> {
    const limit = request.first ?? AUDIT_LOG_PAGE_DEFAULT;
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LOG_PAGE_MAX)
      throw badInput([{ field: 'input.first', message: `must be between 1 and ${AUDIT_LOG_PAGE_MAX}` }]);
    const rows = await this.rows(actor, request, limit + 1);
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      entries: await this.describe(actor, shown),
      nextCursor:
        rows.length > limit && last ? Buffer.from(`${last.cursorTime}|${last.id}`).toString('base64url') : null,
    };
  }

  /** Every matching row (at most AUDIT_LOG_CSV_MAX, newest first) in words, for the CSV download. */
  async all(actor: Actor, request: AuditLogRequest): Promise<{ entries: AuditLogEntryView[]; timeZone: string }> {
    const rows = await this.rows(actor, { ...request, after: null }, AUDIT_LOG_CSV_MAX);
    return { entries: await this.describe(actor, rows), timeZone: await this.queries.timeZone(actor.partnershipId) };
  }

  private async rows(actor: Actor, request: AuditLogRequest, limit: number): Promise<AuditLogRow[]> {
    AccessPolicy.assertCanRead(actor, actor.partnershipId);
    if (!actor.isAdministrator) throw forbidden('only a partnership administrator can read the audit log.');
    const problems: FieldProblem[] = [];
    const personId = request.personId || null;
    if (
      personId &&
      (!UUID.test(personId) || !(await this.queries.personInPartnership(personId, actor.partnershipId)))
    ) {
      problems.push({ field: 'input.personId', message: 'Choose a person in your partnership.' });
    }
    const recordType = request.recordType || null;
    if (recordType && !AUDIT_RECORD_TYPE_LABEL[recordType])
      problems.push({ field: 'input.recordType', message: 'Choose a record type from the list.' });
    const from = request.from || null;
    const to = request.to || null;
    if (from && !isCalendarDate(from))
      problems.push({ field: 'input.from', message: 'Enter a real date, for example 2026-04-01.' });
    if (to && !isCalendarDate(to))
      problems.push({ field: 'input.to', message: 'Enter a real date, for example 2026-06-30.' });
    if (from && to && isCalendarDate(from) && isCalendarDate(to) && from > to)
      problems.push({ field: 'input.from', message: 'The date from must be the same as or before the date to.' });
    const cursor = request.after ? CURSOR.exec(Buffer.from(request.after, 'base64url').toString('utf8')) : null;
    if (request.after && !cursor)
      problems.push({ field: 'input.after', message: 'is not a page of this log; start again from the first page.' });
    if (problems.length) throw badInput(problems);
    return this.queries.page({
      partnershipId: actor.partnershipId,
      personId,
      entityType: recordType,
      from,
      to,
      after: cursor ? { time: cursor[1], id: cursor[2] } : null,
      limit,
    });
  }

  private async describe(actor: Actor, rows: readonly AuditLogRow[]): Promise<AuditLogEntryView[]> {
    const [records, names] = await Promise.all([
      this.queries.recordNames(rows, actor.partnershipId),
      this.queries.valueNames(mentionedIds(rows), actor.partnershipId),
    ]);
    return rows.map((row) => {
      const record = records.get(`${row.entityType}:${row.entityId}`);
      const typeLabel = auditRecordTypeLabel(row.entityType);
      const inSentence = record?.inSentence ?? `a ${typeLabel.toLowerCase()} since removed`;
      const wording = describeAuditEntry(
        { entityType: row.entityType, operation: row.operation, record: inSentence, changes: row.changes },
        names,
      );
      return {
        id: row.id,
        occurredAt: row.occurredAt,
        personName: row.actorName ?? 'The system',
        recordType: row.entityType,
        recordTypeLabel: typeLabel,
        recordName: record?.name ?? `${typeLabel} (no longer exists)`,
        recordPath: record?.path ?? null,
        summary: wording.summary,
        details: [...wording.details],
        reason: row.reason,
      };
    });
  }
}

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Every id the rows' before/after values mention. */
function mentionedIds(rows: readonly AuditLogRow[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && UUID.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const row of rows) {
    for (const change of Object.values(row.changes ?? {})) {
      visit(change.before);
      visit(change.after);
    }
  }
  return [...ids];
}
