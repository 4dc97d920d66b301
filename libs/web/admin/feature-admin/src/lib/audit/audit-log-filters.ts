/** The audit log's filters as the URL keeps them (empty string = not filtered). */
export interface AuditLogFilters {
  readonly personId: string;
  readonly recordType: string;
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: AuditLogFilters = { personId: '', recordType: '', from: '', to: '' };

export const FILTER_FIELD_ID: Readonly<Record<keyof AuditLogFilters, string>> = {
  personId: 'audit-person',
  recordType: 'audit-record-type',
  from: 'audit-from',
  to: 'audit-to',
};

/** Filters read from the URL's query parameters. */
export function filtersFromQuery(query: Readonly<Record<string, string | undefined>>): AuditLogFilters {
  return {
    personId: query['person'] ?? '',
    recordType: query['type'] ?? '',
    from: query['from'] ?? '',
    to: query['to'] ?? '',
  };
}

/** Query parameters for the URL (absent when not filtered). */
export function filtersToQuery(filters: AuditLogFilters): Record<string, string | null> {
  return {
    person: filters.personId || null,
    type: filters.recordType || null,
    from: filters.from || null,
    to: filters.to || null,
  };
}

/** The CSV download's address for the same filters. */
export function csvHref(filters: AuditLogFilters): string {
  const params = new URLSearchParams();
  if (filters.personId) params.set('personId', filters.personId);
  if (filters.recordType) params.set('recordType', filters.recordType);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const query = params.toString();
  return `/api/audit-log.csv${query ? `?${query}` : ''}`;
}

/** The time of a change in the partnership's zone: "6 Dec 2026, 11:40". */
export function londonTime(at: string | Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}
