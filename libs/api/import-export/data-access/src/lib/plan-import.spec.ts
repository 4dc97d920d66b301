import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  queryRows,
  type ActionRow,
  type AuditEntryRow,
  type PersonRow,
  type ProgressUpdateRow,
  type ReportingPeriodRow,
} from '@waymark/api/database';
import { applyPlanImport, ImportPreview, planTableCounts, previewPlanImport } from './plan-import';
import { createMigratedDatabase, createPartnership } from './testing/test-database';

const HEADER = [
  'Theme no',
  'Theme',
  'Objective',
  'Action ref',
  'Action',
  'Lead organisation',
  'Lead officer',
  'Delivery group',
  'Supporting organisations',
  'Start date',
  'Due date',
  'Status',
  'RAG',
  'Period',
  'Progress',
];

const csv = (rows: string[][], eol = '\n') =>
  Buffer.from(
    rows.map((r) => r.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join(eol) + eol,
    'utf8',
  );

async function xlsx(rows: (string | Date | number | null)[][], merges: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  rows.forEach((r) => sheet.addRow(r));
  merges.forEach((m) => sheet.mergeCells(m));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const counts = (preview: ImportPreview) =>
  Object.fromEntries(preview.counts.map((c) => [c.entity, [c.created, c.updated, c.unchanged]]));
const problems = (preview: ImportPreview) =>
  preview.problems.map((p) => `${p.row}${p.columnLetter ?? ''} ${p.column}: ${p.message}`);

describe('plan import', () => {
  let dataSource: DataSource;
  let partnershipId: string;
  const newStrategy = { title: 'Hate Crime Strategy', startYear: 2017, endYear: 2020 };

  beforeAll(async () => {
    ({ dataSource } = await createMigratedDatabase());
  });
  afterAll(() => dataSource.destroy());
  beforeEach(async () => {
    partnershipId = await createPartnership(dataSource, `P ${Math.random()}`);
  });

  it('reads a CSV with a BOM and Windows line endings', async () => {
    const content = Buffer.concat([
      Buffer.from('\uFEFF', 'utf8'),
      csv(
        [
          HEADER,
          [
            '1',
            'Raise awareness',
            'Increase reporting',
            'A1',
            'Awareness week',
            'City Council',
            'Jo Smith <jo@example.org>',
            'Hate Crime Delivery Group',
            'Police; NHS Trust',
            '2018-04-01',
            '2019-03-31',
            'In progress',
            'Green',
            '2018/19 Q1',
            'Planned with schools',
          ],
        ],
        '\r\n',
      ),
    ]);
    const preview = await previewPlanImport(dataSource, {
      fileName: 'plan.csv',
      content,
      partnershipId,
      newStrategy,
      actorId: null,
    });
    expect(problems(preview)).toEqual([]);
    expect(preview.rowsRead).toBe(1);
    expect(preview.columns.map((c) => c.field)).toEqual([
      'themeNo',
      'theme',
      'objective',
      'actionRef',
      'action',
      'leadOrganisation',
      'leadOfficer',
      'deliveryGroup',
      'supportingOrganisations',
      'startDate',
      'dueDate',
      'status',
      'rag',
      'period',
      'progress',
    ]);
    expect(counts(preview)).toEqual({
      theme: [1, 0, 0],
      objective: [1, 0, 0],
      action: [1, 0, 0],
      organisation: [3, 0, 0],
      group: [1, 0, 0],
      person: [1, 0, 0],
      period: [1, 0, 0],
      update: [1, 0, 0],
    });
    expect(preview.changes.map((c) => `${c.operation} ${c.entity} ${c.label} [${c.rows.join(',')}]`)).toEqual([
      'create theme Raise awareness [2]',
      'create objective Increase reporting [2]',
      'create action A1 Awareness week [2]',
      'create organisation City Council [2]',
      'create organisation Police [2]',
      'create organisation NHS Trust [2]',
      'create group Hate Crime Delivery Group [2]',
      'create person Jo Smith <jo@example.org> [2]',
      'create period 2018/19 Q1 [2]',
      'create update A1 Awareness week — 2018/19 Q1 [2]',
    ]);
  });

  it('repeats merged and blank theme/objective cells, skips trailing empty rows and lists extra columns (xlsx)', async () => {
    const content = await xlsx(
      [
        ['Theme', 'Objective', 'Action', 'Notes', 'Due date', 'Owner initials'],
        ['Raise awareness', 'Increase reporting', 'Awareness week', 'n/a', new Date(Date.UTC(2019, 2, 31)), 'JS'],
        [null, null, 'Third-party reporting centres', '', '30/09/2018', ''],
        [null, 'Train staff', 'Train front-line staff', '', '', ''],
        ['Support victims', null, 'Victim support service', '', '', ''],
        [null, null, null, null, null, null],
        ['', '', '', '', '', ''],
      ],
      ['A2:A4', 'B2:B3'],
    );
    const preview = await previewPlanImport(dataSource, {
      fileName: 'messy.xlsx',
      content,
      partnershipId,
      newStrategy,
      actorId: null,
    });
    expect(problems(preview)).toEqual([]);
    expect(preview.rowsRead).toBe(4);
    expect(preview.ignoredColumns).toEqual([
      { letter: 'D', header: 'Notes', reason: 'not a template column' },
      { letter: 'F', header: 'Owner initials', reason: 'not a template column' },
    ]);
    expect(
      preview.changes
        .filter((c) => c.entity !== 'update')
        .map((c) => `${c.operation} ${c.entity} ${c.label} [${c.rows.join(',')}]`),
    ).toEqual([
      'create theme Raise awareness [2,3,4]',
      'create theme Support victims [5]',
      'create objective Increase reporting [2,3]',
      'create objective Train staff [4]',
      'create action Awareness week [2]',
      'create action Third-party reporting centres [3]',
      'create action Train front-line staff [4]',
      'create action Victim support service [5]',
    ]);
    const applied = await applyPlanImport(dataSource, {
      fileName: 'messy.xlsx',
      content,
      partnershipId,
      newStrategy,
      actorId: null,
    });
    const actions = await queryRows<Pick<ActionRow, 'title' | 'current_due_on'> & { objective: string | null }>(
      dataSource,
      `SELECT a.title, o.title AS objective, a.current_due_on FROM action a LEFT JOIN objective o ON o.id = a.objective_id WHERE a.strategy_id = $1 ORDER BY a.title`,
      [applied.strategyId],
    );
    expect(actions).toEqual([
      { title: 'Awareness week', objective: 'Increase reporting', current_due_on: '2019-03-31' },
      { title: 'Third-party reporting centres', objective: 'Increase reporting', current_due_on: '2018-09-30' },
      { title: 'Train front-line staff', objective: 'Train staff', current_due_on: null },
      { title: 'Victim support service', objective: null, current_due_on: null },
    ]);
  });

  it('reads UK dates, R/A/G letters and quarters, creating UK financial-year periods', async () => {
    const content = csv([
      ['ACTION REF', ' theme ', 'action', 'start  date', 'DUE DATE', 'rag', 'period', 'progress', 'status'],
      ['X1', 'Theme', 'Act', '01/04/2018', '31/3/2019', 'a', '2018/19 Q4', 'Slipping', 'in progress'],
    ]);
    const applied = await applyPlanImport(dataSource, {
      fileName: 'uk.csv',
      content,
      partnershipId,
      newStrategy,
      actorId: null,
    });
    expect(problems(applied)).toEqual([]);
    const [row] = await queryRows<
      Pick<ActionRow, 'starts_on' | 'current_due_on' | 'lifecycle_status'> &
        Pick<ReportingPeriodRow, 'name' | 'update_deadline'> &
        Pick<ProgressUpdateRow, 'proposed_rag' | 'narrative' | 'review_state'> & { p_start: string; p_end: string }
    >(
      dataSource,
      `SELECT a.starts_on, a.current_due_on, a.lifecycle_status, p.name, p.starts_on AS p_start, p.ends_on AS p_end, p.update_deadline, u.proposed_rag, u.narrative, u.review_state
       FROM action a JOIN progress_update u ON u.action_id = a.id JOIN reporting_period p ON p.id = u.period_id WHERE a.strategy_id = $1`,
      [applied.strategyId],
    );
    expect(row).toEqual({
      starts_on: '2018-04-01',
      current_due_on: '2019-03-31',
      lifecycle_status: 'in_progress',
      name: '2018/19 Q4',
      p_start: '2019-01-01',
      p_end: '2019-03-31',
      update_deadline: '2019-04-14',
      proposed_rag: 'amber',
      narrative: 'Slipping',
      review_state: 'accepted',
    });
  });

  it('lists every problem with row, column and reason, and refuses to apply, changing nothing', async () => {
    await dataSource.query(
      `INSERT INTO person (partnership_id, full_name, email) VALUES ($1, 'Sam Patel', $2), ($1, 'Sam Patel', $3)`,
      [partnershipId, `s1.${partnershipId}@example.org`, `s2.${partnershipId}@example.org`],
    );
    const content = csv([
      HEADER,
      [
        '1',
        'Raise awareness',
        '',
        'A1',
        'Awareness week',
        '',
        'Alex Nobody',
        '',
        '',
        '2018-04-01',
        '2018-03-01',
        'Nearly done',
        'Purple',
        '2018/19 Q1',
        '',
      ],
      ['', '', '', 'A2', '', '', '', '', '', '', '31/02/2019', '', '', '', ''],
      ['', '', '', 'A1', 'Something else', '', '', '', '', '', '', '', '', '', ''],
      ['', '', '', 'A3', 'Report', '', 'Sam Patel', '', '', '', '', '', 'Red', '', 'Did things'],
      ['', '', '', 'A4', 'Quarterly', '', '', '', '', '', '', '', '', 'Spring', 'x'],
      ['', '', '', 'A5', 'Dates', '', '', '', '', '2018', '', '', '', '', ''],
    ]);
    const before = await planTableCounts(dataSource);
    const preview = await previewPlanImport(dataSource, {
      fileName: 'errors.csv',
      content,
      partnershipId,
      newStrategy,
      actorId: null,
    });
    expect(problems(preview)).toEqual([
      '2G Lead officer: Unknown lead officer "Alex Nobody": no person with this name. Give their email (or "Name <email>") to add them.',
      '2K Due date: Due date 2018-03-01 is before the start date 2018-04-01.',
      '2L Status: "Nearly done" is not a status: use Not started, In progress, Ongoing, Complete, Deferred or Cancelled',
      '2M RAG: "Purple" is not a RAG rating: use Red, Amber or Green (or R, A, G)',
      '3E Action: Action text is missing.',
      '3K Due date: "31/02/2019" is not a real date (day/month/year)',
      '4D Action ref: Duplicate ref: "A1" is already used on row 2 for a different action ("Awareness week").',
      '5G Lead officer: "Sam Patel" matches 2 people: give the lead officer\'s email instead.',
      '5M RAG: A RAG rating is recorded against a reporting period: fill in the Period column.',
      '5O Progress: Progress is recorded against a reporting period: fill in the Period column.',
      '6N Period: Unknown period "Spring": not a reporting period of this strategy, and not a quarter like "2018/19 Q2".',
      '7J Start date: "2018" is not a date: use 2018-03-31 or 31/03/2018',
    ]);
    expect(preview.canApply).toBe(false);
    await expect(
      applyPlanImport(dataSource, { fileName: 'errors.csv', content, partnershipId, newStrategy, actorId: null }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([{ field: 'row 3, column E (Action)', message: 'Action text is missing.' }]),
      },
    });
    expect(await planTableCounts(dataSource)).toEqual(before);
  });

  it('re-importing the same file changes nothing; an edited file updates by ref', async () => {
    const rows = [
      HEADER,
      [
        '1',
        'Raise awareness',
        'Reporting',
        'A1',
        'Awareness week',
        'Council',
        'jo.smith@example.net',
        'Delivery Group',
        'Police',
        '2018-04-01',
        '2019-03-31',
        'In progress',
        'Green',
        '2018/19 Q1',
        'Planned',
      ],
      [
        '1',
        'Raise awareness',
        'Reporting',
        'A1',
        'Awareness week',
        'Council',
        'jo.smith@example.net',
        'Delivery Group',
        'Police',
        '2018-04-01',
        '2019-03-31',
        'In progress',
        'Amber',
        '2018/19 Q2',
        'Slipping',
      ],
      ['2', 'Support victims', '', '', 'Victim service', 'Police', '', '', '', '', '', 'Not started', '', '', ''],
    ];
    const request = { fileName: 'plan.csv', content: csv(rows), partnershipId, newStrategy, actorId: null };
    const first = await applyPlanImport(dataSource, request);
    expect(counts(first)).toEqual({
      theme: [2, 0, 0],
      objective: [1, 0, 0],
      action: [2, 0, 0],
      organisation: [2, 0, 0],
      group: [1, 0, 0],
      person: [1, 0, 0],
      period: [2, 0, 0],
      update: [2, 0, 0],
    });
    const strategyId = first.strategyId as string;
    const [person] = await queryRows<Pick<PersonRow, 'full_name'>>(
      dataSource,
      `SELECT full_name FROM person WHERE email = 'jo.smith@example.net'`,
    );
    expect(person.full_name).toBe('Jo Smith');

    const afterFirst = await planTableCounts(dataSource);
    const again = await applyPlanImport(dataSource, { ...request, newStrategy: null, strategyId });
    expect(counts(again)).toEqual({
      theme: [0, 0, 2],
      objective: [0, 0, 1],
      action: [0, 0, 2],
      organisation: [0, 0, 2],
      group: [0, 0, 1],
      person: [0, 0, 1],
      period: [0, 0, 2],
      update: [0, 0, 2],
    });
    expect(await planTableCounts(dataSource)).toEqual(afterFirst);

    const edited = rows.map((r) => [...r]);
    edited[1][4] = 'Hate crime awareness week';
    edited[2][4] = 'Hate crime awareness week';
    edited[2][10] = '2019-06-30';
    edited[1][10] = '2019-06-30';
    edited[2][12] = 'Red';
    const preview = await previewPlanImport(dataSource, {
      ...request,
      content: csv(edited),
      newStrategy: null,
      strategyId,
    });
    expect(
      preview.changes
        .filter((c) => c.operation === 'update')
        .map((c) => `${c.entity} ${c.label}: ${c.fields.join(', ')}`),
    ).toEqual([
      'action A1 Hate crime awareness week: title, currentDueOn, rescheduleCount',
      'update A1 Hate crime awareness week — 2018/19 Q2: proposedRag',
    ]);
    await applyPlanImport(dataSource, { ...request, content: csv(edited), newStrategy: null, strategyId });
    const [action] = await queryRows<
      Pick<ActionRow, 'title' | 'original_due_on' | 'current_due_on' | 'reschedule_count' | 'version'>
    >(
      dataSource,
      `SELECT title, original_due_on, current_due_on, reschedule_count, version FROM action WHERE ref = 'A1' AND strategy_id = $1`,
      [strategyId],
    );
    expect(action).toEqual({
      title: 'Hate crime awareness week',
      original_due_on: '2019-03-31',
      current_due_on: '2019-06-30',
      reschedule_count: 1,
      version: 2,
    });
    const audit = await queryRows<Pick<AuditEntryRow, 'operation' | 'reason' | 'changes'>>(
      dataSource,
      `SELECT operation, reason, changes FROM audit_entry WHERE entity_type = 'action' AND operation = 'update' AND partnership_id = $1`,
      [partnershipId],
    );
    expect(audit).toEqual([
      {
        operation: 'update',
        reason: 'Imported from plan.csv',
        changes: {
          title: { before: 'Awareness week', after: 'Hate crime awareness week' },
          currentDueOn: { before: '2019-03-31', after: '2019-06-30' },
          rescheduleCount: { before: 0, after: 1 },
        },
      },
    ]);
  });
});
