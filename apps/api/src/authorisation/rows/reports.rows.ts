import { MatrixRow, mutationDoc } from '../matrix-row';

const settingsInput = (strategyId: string, periodId: string) => ({
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

/** The partnership's Word template (uploaded over multipart: see word-template.spec.ts): administrators only. */
export const REPORT_TEMPLATE_ROWS: MatrixRow[] = [
  {
    mutation: 'removeReportTemplate',
    document: mutationDoc('removeReportTemplate', 'RemoveReportTemplateInput', ''),
    prepare: async (fx, db) => {
      const [row] = await db<{ id: string }>(
        `INSERT INTO report_template (partnership_id, file_name, content, byte_size) VALUES ($1, 'letterhead.docx', '\\x504b', 2)
         ON CONFLICT (partnership_id) DO UPDATE SET file_name = EXCLUDED.file_name RETURNING id`,
        [fx.partnershipId],
      );
      return { input: { id: row.id } };
    },
    allowed: ['admin'],
  },
];
