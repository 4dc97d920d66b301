import { neutraliseFormula } from '@waymark/api/shared/util';
import type { AuditLogEntryView } from './audit-log.service';

export const AUDIT_LOG_CSV_HEADERS = [
  'Time',
  'Person',
  'Record type',
  'Record',
  'What happened',
  'Details',
  'Reason',
] as const;

function field(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "2026-12-06 11:40:02" in the partnership's time zone. */
export function localTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}:${parts['second']}`;
}

/** RFC 4180 CSV (CRLF, quoted where needed, UTF-8 with a BOM for Excel); every cell formula-neutralised. */
export function auditLogCsv(entries: readonly AuditLogEntryView[], timeZone: string): Buffer {
  const rows = entries.map((e) => [
    localTime(e.occurredAt, timeZone),
    e.personName,
    e.recordTypeLabel,
    e.recordName,
    e.summary,
    e.details.join('; '),
    e.reason ?? '',
  ]);
  const lines = [AUDIT_LOG_CSV_HEADERS, ...rows].map((r) => r.map(field).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
