import { ADMIN_ONLY, MatrixRow, mutationDoc } from '../matrix-row';
import { strategy, unique } from './records';

const SELECTION = '{ applied canApply strategyId }';

/** A two-row plan in the import template: one theme, objective and action, updates for two quarters. */
function planCsv(): string {
  const organisation = unique('City Council');
  return [
    'Theme no,Theme,Objective,Action ref,Action,Lead organisation,Due date,Status,RAG,Period,Progress',
    `1,Raise awareness,Increase reporting,A1,Awareness week,${organisation},31/03/2019,In progress,Green,2018/19 Q1,Planned`,
    `1,Raise awareness,Increase reporting,A1,Awareness week,${organisation},31/03/2019,In progress,Amber,2018/19 Q2,Slipping`,
    '',
  ].join('\r\n');
}
const planFile = () => ({ fileName: 'plan.csv', contentBase64: Buffer.from(planCsv()).toString('base64') });
const newStrategy = () => ({ title: unique('Hate Crime Strategy'), startYear: 2018, endYear: 2021 });

/** Plan spreadsheet imports: administrators only (the preview writes nothing but reveals the structure). */
export const IMPORT_ROWS: MatrixRow[] = [
  {
    mutation: 'previewPlanImport (into a new strategy)',
    document: mutationDoc('previewPlanImport', 'PlanImportInput', SELECTION),
    prepare: async () => ({ input: { ...planFile(), newStrategy: newStrategy() } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'applyPlanImport (into a new strategy)',
    document: mutationDoc('applyPlanImport', 'PlanImportInput', SELECTION),
    prepare: async () => ({ input: { ...planFile(), newStrategy: newStrategy() } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'applyPlanImport (into an existing strategy)',
    document: mutationDoc('applyPlanImport', 'PlanImportInput', SELECTION),
    prepare: async (fx, db) => ({ input: { ...planFile(), strategyId: (await strategy(db, fx, '2018-04-01', '2021-03-31')).id } }),
    allowed: ADMIN_ONLY,
  },
];
