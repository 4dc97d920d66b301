import ExcelJS from 'exceljs';
import { planTableCounts } from '@waymark/api/import-export/data-access';
import { uploadPlan } from '../testing/plan-upload';
import { createPersonWithPassword, signInAs } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const PREVIEW = `
  fragment P on PlanImportPreview {
    strategyId newStrategy rowsRead canApply encoding headerRowNumber headerNote periodsNote
    accountableGroup { id name note }
    counts { entity created updated unchanged }
    problems { row column columnLetter message }
    sample { row operation ref theme objective title leadOrganisation leadOfficer dueDate updates { period rag progress } }
  }`;
const PREVIEW_MUTATION = `mutation($input: PlanImportInput!) { previewPlanImport(input: $input) { ...P } } ${PREVIEW}`;
const APPLY_MUTATION = `mutation($input: PlanImportInput!) { applyPlanImport(input: $input) { ...P } } ${PREVIEW}`;

interface Preview {
  strategyId: string | null;
  rowsRead: number;
  canApply: boolean;
  encoding: string | null;
  headerRowNumber: number;
  headerNote: string | null;
  periodsNote: string | null;
  accountableGroup: { id: string | null; name: string | null; note: string } | null;
  counts: { entity: string; created: number; updated: number; unchanged: number }[];
  problems: { row: number | null; column: string | null; columnLetter: string | null; message: string }[];
  sample: {
    row: number;
    operation: string;
    ref: string | null;
    theme: string;
    objective: string | null;
    title: string;
    leadOrganisation: string | null;
    leadOfficer: string | null;
    dueDate: string | null;
    updates: { period: string; rag: string | null; progress: string }[];
  }[];
}

describe('reading the files councils have: encodings, title rows, a new strategy’s group and quarters, the sample', () => {
  let api: TestApp;
  let admin: string;
  let partnershipId: string;
  let years = 2000;

  beforeAll(async () => {
    api = await startTestApp({ env: { WAYMARK_IMPORTS_PER_PERSON: '1000' } });
    const person = await createPersonWithPassword(api, { email: 'admin@reading.test', isAdministrator: true });
    partnershipId = person.partnershipId;
    admin = await signInAs(api, 'admin@reading.test');
  });
  afterAll(() => api.close());

  /** A new strategy each time (titles are unique per partnership). */
  const newStrategy = (extra: Record<string, unknown> = {}) => ({
    title: `Strategy ${++years}`,
    startYear: 2018,
    endYear: 2021,
    ...extra,
  });

  async function preview(
    fileName: string,
    content: Buffer | string,
    target: Record<string, unknown> = { newStrategy: newStrategy() },
  ): Promise<Preview> {
    const uploadId = await uploadPlan(api, admin, fileName, content);
    const answer = await api.graphql<{ previewPlanImport: Preview }>(
      PREVIEW_MUTATION,
      { input: { uploadId, ...target } },
      admin,
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data?.previewPlanImport as Preview;
  }

  async function apply(fileName: string, content: Buffer | string, target: Record<string, unknown>) {
    const uploadId = await uploadPlan(api, admin, fileName, content);
    return api.graphql<{ applyPlanImport: Preview }>(APPLY_MUTATION, { input: { uploadId, ...target } }, admin);
  }

  async function group(name: string, kind: string, sortOrder: number, inPartnership = partnershipId): Promise<string> {
    const [row]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO partnership_group (partnership_id, name, kind, sort_order) VALUES ($1, $2, $3, $4) RETURNING id`,
      [inPartnership, name, kind, sortOrder],
    );
    return row.id;
  }

  // The first import starts the import worker, which compiles its TypeScript under ts-node: slow on a busy machine.
  it('reads a CSV saved by Excel on Windows (Windows-1252) without garbling "Café", and says so', async () => {
    const csv = Buffer.from(
      'Theme,Action,Lead organisation\r\nCommunity cohesion,Open the Café at the hub,Café Partnership\r\n',
      'latin1',
    );
    expect(csv.includes(0xe9)).toBe(true);
    expect(csv.includes(Buffer.from('é', 'utf8'))).toBe(false);
    const target = { newStrategy: newStrategy() };
    const dryRun = await preview('cafe.csv', csv, target);
    expect(dryRun.encoding).toBe('Windows-1252 (Excel on Windows)');
    expect(dryRun.sample[0]).toMatchObject({ title: 'Open the Café at the hub', leadOrganisation: 'Café Partnership' });

    const applied = await apply('cafe.csv', csv, target);
    expect(applied.errors).toBeUndefined();
    const stored: { title: string; name: string }[] = await api.dataSource.query(
      `SELECT a.title, o.name FROM action a JOIN organisation o ON o.id = a.lead_organisation_id WHERE a.strategy_id = $1`,
      [applied.data?.applyPlanImport.strategyId],
    );
    expect(stored).toEqual([{ title: 'Open the Café at the hub', name: 'Café Partnership' }]);
  }, 180_000);

  it('reads UTF-16 with a byte order mark (Excel’s Unicode Text, tab-separated), and UTF-8 with and without one', async () => {
    const text = 'Theme\tAction\r\nCommunity cohesion\tNaïve café outreach – phase 2\r\n';
    const utf16le = await preview(
      'unicode.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect(utf16le.encoding).toBe('UTF-16 little-endian (Excel’s “Unicode Text”)');
    expect(utf16le.sample[0].title).toBe('Naïve café outreach – phase 2');

    const swapped = Buffer.from(text, 'utf16le').swap16();
    const utf16be = await preview('unicode-be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]));
    expect(utf16be.encoding).toBe('UTF-16 big-endian');
    expect(utf16be.sample[0].title).toBe('Naïve café outreach – phase 2');

    const withBom = await preview(
      'bom.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    );
    expect(withBom.encoding).toMatch(/^UTF-8 \(with a byte order mark/);
    expect(withBom.sample[0].title).toBe('Naïve café outreach – phase 2');
    const plain = await preview('plain.csv', Buffer.from(text, 'utf8'));
    expect([plain.encoding, plain.sample[0].title]).toEqual(['UTF-8', 'Naïve café outreach – phase 2']);
  });

  it('finds the headings below two title rows in a CSV, says so, and reports problems by the file’s row numbers', async () => {
    const csv = [
      'Hate Crime Strategy 2018-21',
      '',
      'Theme,Action,Due date',
      'Raise awareness,Awareness week,31/03/2019',
      ',Train staff,next March',
      '',
    ].join('\r\n');
    const dryRun = await preview('council.csv', csv);
    expect(dryRun).toMatchObject({ headerRowNumber: 3, rowsRead: 2, canApply: false });
    expect(dryRun.headerNote).toBe(
      'Column headings found on row 3; rows 1-2 were skipped (“Hate Crime Strategy 2018-21”).',
    );
    expect(dryRun.problems).toEqual([expect.objectContaining({ row: 5, columnLetter: 'C', column: 'Due date' })]);

    const before = await planTableCounts(api.dataSource);
    const refused = await apply('council.csv', csv, { newStrategy: newStrategy() });
    expect(refused.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((refused.errors?.[0].extensions?.['fields'] as { field: string }[])[0].field).toBe(
      'row 5, column C (Due date)',
    );
    expect(await planTableCounts(api.dataSource)).toEqual(before);
  });

  it('finds the headings below a merged title row in an xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Action plan');
    sheet.addRow(['Hate Crime Strategy 2018-21']);
    sheet.mergeCells('A1:D1');
    sheet.addRow(['Action plan refreshed May 2018']);
    sheet.addRow([]);
    sheet.addRow(['Theme', 'Action ref', 'Action', 'Due date']);
    sheet.addRow(['Raise awareness', 'HC-1.1', 'Awareness week', '31/03/2019']);
    sheet.addRow(['', 'HC-1.2', 'Train staff', '30/09/2019']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

    const dryRun = await preview('council.xlsx', xlsx);
    expect(dryRun).toMatchObject({ encoding: null, headerRowNumber: 4, rowsRead: 2, canApply: true, problems: [] });
    expect(dryRun.headerNote).toBe(
      'Column headings found on row 4; rows 1-3 were skipped (“Hate Crime Strategy 2018-21”, “Action plan refreshed May 2018”).',
    );
    expect(dryRun.sample.map((s) => [s.row, s.ref, s.theme, s.title, s.dueDate])).toEqual([
      [5, 'HC-1.1', 'Raise awareness', 'Awareness week', '2019-03-31'],
      [6, 'HC-1.2', 'Raise awareness', 'Train staff', '2019-09-30'],
    ]);
  });

  it('gives a new strategy an accountable group: the one chosen, else the only or first senior officer group, and says which', async () => {
    const csv = 'Theme,Action\r\nCohesion,Community events\r\n';
    expect((await preview('a.csv', csv)).accountableGroup).toEqual({
      id: null,
      name: null,
      note: expect.stringMatching(/^None: the partnership has no senior officer group yet/),
    });

    const sog = await group('Community Safety SOG', 'senior_officer_group', 2);
    await group('Safer Streets Delivery Group', 'delivery_group', 1);
    expect((await preview('a.csv', csv)).accountableGroup).toEqual({
      id: sog,
      name: 'Community Safety SOG',
      note: 'Community Safety SOG, the partnership’s only senior officer group.',
    });

    const earlier = await group('Executive SOG', 'senior_officer_group', 1);
    expect((await preview('a.csv', csv)).accountableGroup).toMatchObject({
      id: earlier,
      note: expect.stringContaining('the first of the partnership’s 2 senior officer groups'),
    });

    const board = await group('Partnership Board', 'board', 3);
    const chosen = await apply('a.csv', csv, { newStrategy: newStrategy({ accountableGroupId: board }) });
    expect(chosen.data?.applyPlanImport.accountableGroup).toEqual({
      id: board,
      name: 'Partnership Board',
      note: 'Partnership Board, as chosen.',
    });
    const [stored] = await api.dataSource.query(`SELECT accountable_group_id FROM strategy WHERE id = $1`, [
      chosen.data?.applyPlanImport.strategyId,
    ]);
    expect(stored.accountable_group_id).toBe(board);
    const [audit] = await api.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'strategy' AND entity_id = $1`,
      [chosen.data?.applyPlanImport.strategyId],
    );
    expect(JSON.stringify(audit.changes)).toContain(board);
  });

  it('refuses an accountable group of another partnership or an archived one, naming the field and changing nothing', async () => {
    const other = await createPersonWithPassword(api, { email: 'admin@other.test', isAdministrator: true });
    const elsewhere = await group('Their SOG', 'senior_officer_group', 1, other.partnershipId);
    const archived = await group('Old SOG', 'senior_officer_group', 9);
    await api.dataSource.query(`UPDATE partnership_group SET archived_at = now() WHERE id = $1`, [archived]);
    const csv = 'Theme,Action\r\nCohesion,Community events\r\n';
    const before = await planTableCounts(api.dataSource);
    for (const [id, message] of [
      [elsewhere, 'This group is not one of the partnership’s groups: choose another.'],
      [archived, 'The group "Old SOG" is archived: restore it or choose another.'],
    ]) {
      const refused = await apply('a.csv', csv, { newStrategy: newStrategy({ accountableGroupId: id }) });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.newStrategy.accountableGroupId', message }],
      });
    }
    const notAnId = await apply('a.csv', csv, { newStrategy: newStrategy({ accountableGroupId: 'not-an-id' }) });
    expect(notAnId.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(notAnId.errors?.[0].extensions?.['fields'])).toContain('accountableGroupId');
    expect(await planTableCounts(api.dataSource)).toEqual(before);
  });

  it('creates every quarter of the strategy’s years when asked, reusing the quarters the file names, none overlapping', async () => {
    const csv = 'Theme,Action,RAG,Period,Progress\r\nCohesion,Community events,Green,Q2 2018/19,Two events held\r\n';
    const target = { newStrategy: newStrategy({ everyQuarter: true }) };
    const before = await planTableCounts(api.dataSource);
    const dryRun = await preview('q.csv', csv, target);
    expect(dryRun.counts).toContainEqual({ entity: 'period', created: 12, updated: 0, unchanged: 0 });
    expect(dryRun.periodsNote).toBe("Every quarter of the strategy's years: 12 reporting periods to create.");
    expect(await planTableCounts(api.dataSource)).toEqual(before);

    const applied = await apply('q.csv', csv, target);
    expect(applied.errors).toBeUndefined();
    const strategyId = applied.data?.applyPlanImport.strategyId;
    const periods: { name: string; starts_on: string; ends_on: string }[] = await api.dataSource.query(
      `SELECT name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM reporting_period WHERE strategy_id = $1 ORDER BY starts_on`,
      [strategyId],
    );
    expect(periods).toHaveLength(12);
    expect(periods[0]).toEqual({ name: '2018/19 Q1', starts_on: '2018-04-01', ends_on: '2018-06-30' });
    expect(periods[1].name).toBe('Q2 2018/19');
    expect(periods[11]).toEqual({ name: '2020/21 Q4', starts_on: '2021-01-01', ends_on: '2021-03-31' });
    const [{ overlaps }] = await api.dataSource.query(
      `SELECT count(*)::int AS overlaps FROM reporting_period a JOIN reporting_period b ON a.strategy_id = b.strategy_id AND a.id < b.id
        WHERE a.strategy_id = $1 AND a.starts_on <= b.ends_on AND b.starts_on <= a.ends_on`,
      [strategyId],
    );
    expect(overlaps).toBe(0);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM progress_update u JOIN reporting_period p ON p.id = u.period_id WHERE p.name = 'Q2 2018/19' AND p.strategy_id = $1`,
      [strategyId],
    );
    expect(n).toBe(1);

    const without = await preview('q.csv', csv);
    expect(without.counts).toContainEqual({ entity: 'period', created: 1, updated: 0, unchanged: 0 });
    expect(without.periodsNote).toBeNull();
  });

  it('holds the quarters a file names to the period rules: within the strategy’s years, overlapping no period', async () => {
    const [strategy] = await api.dataSource.query(
      `INSERT INTO strategy (partnership_id, title, starts_on, ends_on) VALUES ($1, 'Rules', '2018-04-01', '2021-03-31') RETURNING id`,
      [partnershipId],
    );
    await api.dataSource.query(
      `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline) VALUES ($1, 'Summer 2018', '2018-06-01', '2018-08-31', '2018-09-14')`,
      [strategy.id],
    );
    const csv =
      'Theme,Action,Period,Progress\r\nCohesion,Events,2018/19 Q2,Held\r\nCohesion,Events,2025/26 Q1,Later\r\n';
    const dryRun = await preview('rules.csv', csv, { strategyId: strategy.id });
    expect(dryRun.problems).toEqual([
      {
        row: 2,
        column: 'Period',
        columnLetter: 'C',
        message:
          '"2018/19 Q2" overlaps the period "Summer 2018" (1 Jun 2018 to 31 Aug 2018): periods of a strategy cannot overlap.',
      },
      {
        row: 3,
        column: 'Period',
        columnLetter: 'C',
        message: `"2025/26 Q1" (1 Apr 2025 to 30 Jun 2025) is outside the strategy's years (1 Apr 2018 to 31 Mar 2021).`,
      },
    ]);
  });

  it('shows the first ten actions as they will be stored, with their period updates, not only counts', async () => {
    await api.dataSource.query(
      `INSERT INTO organisation (partnership_id, name, short_name) VALUES ($1, 'North Yorkshire Police', 'NYP')`,
      [partnershipId],
    );
    const header = 'Theme,Objective,Action ref,Action,Lead organisation,Lead officer,Due date,RAG,Period,Progress';
    const rows = Array.from(
      { length: 12 },
      (_, i) => `Safer streets,Reduce harm,SS-${i + 1},Action ${i + 1},NYP,Jo Smith <jo@reading.test>,31/03/2020,,,`,
    );
    rows.splice(
      1,
      0,
      'Safer streets,Reduce harm,SS-1,Action 1,NYP,Jo Smith <jo@reading.test>,31/03/2020,Amber,2018/19 Q1,"Started late.\nTwo schools so far."',
    );
    const dryRun = await preview('sample.csv', [header, ...rows, ''].join('\r\n'));
    expect(dryRun.canApply).toBe(true);
    expect(dryRun.sample).toHaveLength(10);
    expect(dryRun.sample[0]).toEqual({
      row: 2,
      operation: 'create',
      ref: 'SS-1',
      theme: 'Safer streets',
      objective: 'Reduce harm',
      title: 'Action 1',
      leadOrganisation: 'North Yorkshire Police',
      leadOfficer: 'Jo Smith <jo@reading.test>',
      dueDate: '2020-03-31',
      updates: [{ period: '2018/19 Q1', rag: 'amber', progress: 'Started late.\nTwo schools so far.' }],
    });
    expect(dryRun.sample.map((s) => s.ref)).toEqual([
      'SS-1',
      'SS-2',
      'SS-3',
      'SS-4',
      'SS-5',
      'SS-6',
      'SS-7',
      'SS-8',
      'SS-9',
      'SS-10',
    ]);
    expect(dryRun.sample[1]).toMatchObject({ row: 4, updates: [] });
  });
});
