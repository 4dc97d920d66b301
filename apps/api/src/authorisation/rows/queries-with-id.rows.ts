import type { QueryRow } from '../matrix-row';
import { NOTICE_QUERY_ROWS } from './notices.rows';
import { REMINDER_QUERY_ROWS } from './reminders.rows';

/** Every query that takes an id (or a filter of ids), with the fixture's records as arguments. */
export const QUERY_WITH_ID_ROWS: QueryRow[] = [
  {
    query: 'singleSignOnLink',
    document: 'query($id: ID!) { singleSignOnLink(personId: $id) { personId issuer } }',
    prepare: (fx) => ({ id: fx.people.viewer.personId }),
  },
  {
    query: 'strategy',
    document: 'query($id: ID!) { strategy(id: $id) { id title } }',
    prepare: (fx) => ({ id: fx.strategyId }),
  },
  {
    query: 'actionHistory',
    document: 'query($id: ID!) { actionHistory(actionId: $id) { entityType operation } }',
    prepare: async (fx) => ({ id: (await fx.action('A')).id }),
  },
  {
    query: 'auditLog',
    document: 'query($id: ID!) { auditLog(input: { personId: $id }) { entries { id } } }',
    prepare: (fx) => ({ id: fx.people.viewer.personId }),
  },
  {
    query: 'indicators',
    document: 'query($id: ID!) { indicators(strategyId: $id) { id } }',
    prepare: (fx) => ({ id: fx.strategyId }),
  },
  {
    query: 'myUpdates',
    document: 'query($id: ID) { myUpdates(periodId: $id) { actionId } }',
    prepare: async (fx) => ({ id: (await fx.period('open')).id }),
  },
  {
    query: 'ragDistribution',
    document:
      'query($strategyId: ID!, $periodId: ID!) { ragDistribution(strategyId: $strategyId, periodId: $periodId) { themeId } }',
    prepare: async (fx) => ({ strategyId: fx.strategyId, periodId: (await fx.period('open')).id }),
  },
  {
    query: 'ragTrend',
    document: 'query($id: ID!) { ragTrend(strategyId: $id) { periods { periodId } } }',
    prepare: (fx) => ({ id: fx.strategyId }),
  },
  {
    query: 'themeCommentary',
    document:
      'query($strategyId: ID!, $periodId: ID!) { themeCommentary(strategyId: $strategyId, periodId: $periodId) { themeId } }',
    prepare: async (fx) => ({ strategyId: fx.strategyId, periodId: (await fx.period('open')).id }),
  },
  {
    query: 'boardReport',
    document: 'query($input: BoardReportInput!) { boardReport(input: $input) }',
    prepare: async (fx) => ({ input: { strategyId: fx.strategyId, periodId: (await fx.period('signed_off')).id } }),
  },
  {
    query: 'boardReportVersions',
    document: 'query($input: BoardReportVersionsInput!) { boardReportVersions(input: $input) { createdAt } }',
    prepare: async (fx) => ({ input: { periodId: (await fx.period('signed_off')).id } }),
  },
  {
    query: 'periodSignOff',
    document: 'query($id: ID!) { periodSignOff(periodId: $id) { state } }',
    prepare: async (fx) => ({ id: (await fx.period('open')).id }),
  },
  {
    query: 'boardReportSettings',
    document: 'query($input: BoardReportSettingsInput!) { boardReportSettings(input: $input) { version } }',
    prepare: async (fx) => ({ input: { strategyId: fx.strategyId, periodId: (await fx.period('open')).id } }),
  },
  {
    query: 'correctionProposals',
    document: 'query($id: ID!) { correctionProposals(periodId: $id) { id } }',
    prepare: async (fx) => ({ id: (await fx.period('signed_off')).id }),
  },
  {
    query: 'changesReport',
    document: 'query($input: ChangesReportInput!) { changesReport(input: $input) }',
    prepare: (fx) => ({ input: { strategyId: fx.strategyId } }),
  },
  {
    query: 'searchActions',
    document:
      'query($id: ID!) { searchActions(input: { query: "action", filter: { strategyId: $id } }) { total hits { action { id } } } }',
    prepare: (fx) => ({ id: fx.strategyId }),
  },
  ...REMINDER_QUERY_ROWS,
  ...NOTICE_QUERY_ROWS,
];
