import { ADMIN_ONLY, MatrixRow, mutationDoc } from '../matrix-row';
import { unique } from './records';

/** Reporting period set-up (name, dates, deadline): administrators only. State changes are in progress.rows.ts. */
export const PERIOD_ROWS: MatrixRow[] = [
  {
    mutation: 'createReportingPeriod',
    document: mutationDoc('createReportingPeriod', 'CreateReportingPeriodInput'),
    prepare: (fx) => ({
      input: {
        strategyId: fx.strategyId,
        name: unique('Q'),
        startsOn: '2027-10-01',
        endsOn: '2027-12-31',
        updateDeadline: '2028-01-10',
      },
    }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateReportingPeriod',
    document: mutationDoc('updateReportingPeriod', 'UpdateReportingPeriodInput'),
    prepare: async (fx) => {
      const p = await fx.period('open');
      return { input: { id: p.id, version: p.version, name: unique('Quarter'), updateDeadline: '2031-01-15' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateReportingPeriod (moving the deadline of a period in review)',
    document: mutationDoc('updateReportingPeriod', 'UpdateReportingPeriodInput'),
    prepare: async (fx) => {
      const p = await fx.period('in_review');
      return { input: { id: p.id, version: p.version, updateDeadline: '2031-02-01' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'deleteReportingPeriod (nothing refers to it)',
    document: mutationDoc('deleteReportingPeriod', 'DeleteReportingPeriodInput'),
    prepare: async (fx) => {
      const p = await fx.period('open');
      return { input: { id: p.id, version: p.version } };
    },
    allowed: ADMIN_ONLY,
  },
];
