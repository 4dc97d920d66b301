import type { ProgressFixture } from '../../testing/progress-fixture';
import { ADMIN_ONLY, MatrixDb, MatrixRow, mutationDoc } from '../matrix-row';
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
/** The plan as the administrator's staged upload (what `POST /api/import/uploads` stores); others' calls name it too. */
async function planFile(fx: ProgressFixture, db: MatrixDb): Promise<{ uploadId: string }> {
  const [upload] = await db<{ id: string }>(
    `INSERT INTO import_upload (partnership_id, person_id, file_name, content, byte_size, expires_at) VALUES ($1, $2, 'plan.csv', $3, $4, now() + interval '1 hour') RETURNING id`,
    [fx.partnershipId, fx.people.admin.personId, Buffer.from(planCsv()), Buffer.byteLength(planCsv())],
  );
  return { uploadId: upload.id };
}
const newStrategy = () => ({ title: unique('Hate Crime Strategy'), startYear: 2018, endYear: 2021 });

/** Plan spreadsheet imports: administrators only (the preview writes nothing but reveals the structure). */
export const IMPORT_ROWS: MatrixRow[] = [
  {
    mutation: 'previewPlanImport (into a new strategy)',
    document: mutationDoc('previewPlanImport', 'PlanImportInput', SELECTION),
    prepare: async (fx, db) => ({ input: { ...(await planFile(fx, db)), newStrategy: newStrategy() } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'applyPlanImport (into a new strategy)',
    document: mutationDoc('applyPlanImport', 'PlanImportInput', SELECTION),
    prepare: async (fx, db) => ({ input: { ...(await planFile(fx, db)), newStrategy: newStrategy() } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'applyPlanImport (into an existing strategy)',
    document: mutationDoc('applyPlanImport', 'PlanImportInput', SELECTION),
    prepare: async (fx, db) => ({
      input: { ...(await planFile(fx, db)), strategyId: (await strategy(db, fx, '2018-04-01', '2021-03-31')).id },
    }),
    allowed: ADMIN_ONLY,
  },
];
