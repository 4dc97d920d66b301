import { uploadPlan } from '../testing/plan-upload';
import { createPersonWithPassword, signInAs } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const APPLY = 'mutation($input: PlanImportInput!) { applyPlanImport(input: $input) { strategyId applied } }';
const CREATE = 'mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }';

const file = [
  'Theme no,Theme,Objective,Action ref,Action,Lead organisation,Due date,Status,RAG,Period,Progress',
  '1,Raise\u0000 awareness,Increase reporting,A1,Awareness week,City Council,31/03/2019,In progress,Green,2018/19 Q1,Planned',
  '',
].join('\r\n');

/** A partnership has one live strategy per title, however many imports race to create it. */
// The first import starts the import worker, which loads from source (ts-node) here: slow on a busy machine.
jest.setTimeout(180_000);

describe('the same new strategy imported concurrently', () => {
  let api: TestApp;
  let admin: string;
  let partnershipId: string;
  beforeAll(async () => {
    // Five imports of one partnership at once: its share of the import workers must hold them all.
    api = await startTestApp({ env: { WAYMARK_IMPORT_QUEUE_PER_PARTNERSHIP: '5' } });
    const person = await createPersonWithPassword(api, { email: 'admin@race.test', isAdministrator: true });
    partnershipId = person.partnershipId;
    admin = await signInAs(api, person.email);
    uploadId = await uploadPlan(api, admin, 'plan.csv', file);
  });
  let uploadId: string;
  const input = (title: string) => ({ uploadId, newStrategy: { title, startYear: 2018, endYear: 2021 } });
  afterAll(() => api.close());

  const strategiesTitled = async (title: string): Promise<number> =>
    (
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM strategy WHERE partnership_id = $1 AND lower(title) = lower($2)`,
        [partnershipId, title],
      )
    )[0].n;

  it('creates exactly one strategy from five parallel imports; the others answer CONFLICT with a clear message', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api.graphql(APPLY, { input: input('Hate Crime Strategy') }, admin)),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'ok')).toEqual(Array(4).fill('CONFLICT'));
    for (const refused of results.filter((r) => r.errors))
      expect(refused.errors?.[0].message).toMatch(/strategy with this title already exists/);
    expect(await strategiesTitled('Hate Crime Strategy')).toBe(1);
    const [{ title }] = await api.dataSource.query(
      `SELECT t.title FROM theme t JOIN strategy s ON s.id = t.strategy_id WHERE s.partnership_id = $1`,
      [partnershipId],
    );
    expect(title).toBe('Raise awareness');
  });

  it('treats titles differing only in case and spacing as the same; an archived strategy frees its title', async () => {
    const again = await api.graphql(
      CREATE,
      { input: { title: '  hate   crime STRATEGY ', startsOn: '2026-04-01', endsOn: '2029-03-31' } },
      admin,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await api.dataSource.query(`UPDATE strategy SET archived_at = now() WHERE partnership_id = $1`, [partnershipId]);
    const afterArchive = await api.graphql(APPLY, { input: input('Hate Crime Strategy') }, admin);
    expect(afterArchive.errors).toBeUndefined();
  });
});
