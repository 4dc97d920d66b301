import { MatrixRow, mutationDoc } from '../matrix-row';

const settingsInput = async (strategyId: string, periodId: string) => ({
  input: {
    strategyId,
    periodId,
    columns: ['rag'],
    onlyExceptions: false,
    includeIndicators: true,
    committee: 'Safer York Partnership Board',
    meetingOn: '2026-11-12',
    recommendations: ['Note the progress made'],
  },
});

/** The board report's saved settings and cover report: the strategy's accountable group and administrators. */
export const REPORT_ROWS: MatrixRow[] = [
  {
    mutation: 'saveBoardReportSettings (first save of an open period)',
    document: mutationDoc('saveBoardReportSettings', 'SaveBoardReportSettingsInput', '{ version }'),
    prepare: async (fx) => settingsInput(fx.strategyId, (await fx.period('open')).id),
    allowed: ['admin', 'senior'],
  },
  {
    mutation: 'saveBoardReportSettings (cover of a signed-off period: covering text, not frozen data)',
    document: mutationDoc('saveBoardReportSettings', 'SaveBoardReportSettingsInput', '{ version }'),
    prepare: async (fx) => settingsInput(fx.strategyId, (await fx.period('signed_off')).id),
    allowed: ['admin', 'senior'],
  },
];
