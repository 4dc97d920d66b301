import { csvHref, filtersFromQuery, filtersToQuery, londonTime } from './audit-log-filters';

describe('audit log filters', () => {
  it('round-trips through the URL and builds the CSV address with the same filters', () => {
    const filters = filtersFromQuery({ person: 'p1', type: 'action', from: '2026-04-01' });
    expect(filters).toEqual({ personId: 'p1', recordType: 'action', from: '2026-04-01', to: '' });
    expect(filtersToQuery(filters)).toEqual({ person: 'p1', type: 'action', from: '2026-04-01', to: null });
    expect(csvHref(filters)).toBe('/api/audit-log.csv?personId=p1&recordType=action&from=2026-04-01');
    expect(csvHref(filtersFromQuery({}))).toBe('/api/audit-log.csv');
  });

  it('shows times in London, summer time included', () => {
    expect(londonTime('2026-07-01T23:30:00Z')).toBe('2 Jul 2026, 00:30');
    expect(londonTime('2026-12-06T11:40:00Z')).toBe('6 Dec 2026, 11:40');
  });
});
