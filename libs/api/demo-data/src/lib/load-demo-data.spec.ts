import type { DataSource } from 'typeorm';
import { verifyPassword } from '@waymark/api/identity/data-access';
import { DEMO_ACCOUNTS } from './demo-content';
import { demoDataExists, loadDemoData, LoadedDemoData } from './load-demo-data';
import { freshMigratedDatabase } from './testing/fresh-database';

describe('loadDemoData', () => {
  let db: DataSource;
  let loaded: LoadedDemoData;
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => ((await db.query(sql, params)) as T[])[0];
  const count = async (sql: string, params: unknown[] = []) => Number((await one<{ n: string }>(sql, params)).n);

  beforeAll(async () => {
    db = await freshMigratedDatabase();
    expect(await demoDataExists(db)).toBe(false);
    loaded = await loadDemoData(db);
  });
  afterAll(() => db.destroy());

  it('reports the demo partnership as present once loaded', async () => {
    expect(await demoDataExists(db)).toBe(true);
    expect(await count(`SELECT count(*) n FROM partnership`)).toBe(2);
  });

  it('gives York four strategic aims, each with objectives and numbered actions', async () => {
    const york = await one<{ theme_label: string; has_objective_level: boolean; accountable: string }>(
      `SELECT s.theme_label, s.has_objective_level, g.kind accountable FROM strategy s JOIN partnership_group g ON g.id = s.accountable_group_id WHERE s.id = $1`,
      [loaded.strategyIds.york],
    );
    expect(york).toEqual({
      theme_label: 'Strategic Aim',
      has_objective_level: true,
      accountable: 'senior_officer_group',
    });
    const perTheme: { objectives: string; actions: string }[] = await db.query(
      `SELECT (SELECT count(*) FROM objective o WHERE o.theme_id = t.id) objectives,
              (SELECT count(*) FROM action a WHERE a.theme_id = t.id AND a.objective_id IS NOT NULL) actions
         FROM theme t WHERE t.strategy_id = $1 ORDER BY t.sort_order`,
      [loaded.strategyIds.york],
    );
    expect(perTheme).toHaveLength(4);
    for (const t of perTheme) {
      expect(Number(t.objectives)).toBeGreaterThanOrEqual(3);
      expect(Number(t.actions)).toBeGreaterThanOrEqual(5);
    }
    const actions = await count(`SELECT count(*) n FROM action WHERE strategy_id = $1`, [loaded.strategyIds.york]);
    expect(actions).toBeGreaterThanOrEqual(25);
    expect(
      await count(
        `SELECT count(*) n FROM action WHERE strategy_id = $1 AND (lead_organisation_id IS NULL OR lead_person_id IS NULL OR delivery_group_id IS NULL)`,
        [loaded.strategyIds.york],
      ),
    ).toBe(0);
  });

  it('has three quarterly periods, signed off then in review then open, each with updates', async () => {
    const periods: { state: string; updates: string; commentary: string }[] = await db.query(
      `SELECT p.state, (SELECT count(*) FROM progress_update u WHERE u.period_id = p.id) updates,
              (SELECT count(*) FROM theme_commentary c WHERE c.period_id = p.id) commentary
         FROM reporting_period p WHERE p.strategy_id = $1 ORDER BY p.starts_on`,
      [loaded.strategyIds.york],
    );
    expect(periods.map((p) => p.state)).toEqual(['signed_off', 'in_review', 'open']);
    for (const p of periods) {
      expect(Number(p.updates)).toBeGreaterThan(10);
      expect(Number(p.commentary)).toBe(4);
    }
  });

  it('moves RAG between periods: green to amber, a red, completions, a copied-forward narrative and a missing update', async () => {
    const moves: { before: string; after: string }[] = await db.query(
      `SELECT a1.proposed_rag::text before, a2.proposed_rag::text after
         FROM progress_update a1 JOIN progress_update a2 ON a2.action_id = a1.action_id
         JOIN reporting_period p1 ON p1.id = a1.period_id JOIN reporting_period p2 ON p2.id = a2.period_id
        WHERE p1.strategy_id = $1 AND p1.state = 'signed_off' AND p2.state = 'in_review'`,
      [loaded.strategyIds.york],
    );
    expect(moves.filter((m) => m.before === 'green' && m.after === 'amber').length).toBeGreaterThanOrEqual(2);
    expect(moves.some((m) => m.after === 'red')).toBe(true);
    expect(
      await count(`SELECT count(*) n FROM action WHERE strategy_id = $1 AND lifecycle_status = 'complete'`, [
        loaded.strategyIds.york,
      ]),
    ).toBeGreaterThanOrEqual(3);
    const stale = await count(
      `SELECT count(*) n FROM progress_update a JOIN progress_update b ON b.action_id = a.action_id AND b.id <> a.id AND b.narrative = a.narrative
        JOIN reporting_period pa ON pa.id = a.period_id JOIN reporting_period pb ON pb.id = b.period_id
       WHERE pa.strategy_id = $1 AND pa.state = 'signed_off' AND pb.state = 'in_review'`,
      [loaded.strategyIds.york],
    );
    expect(stale).toBe(0);
    const copiedForward = await count(
      `SELECT count(*) n FROM progress_update a JOIN progress_update b ON b.action_id = a.action_id AND b.narrative = a.narrative
        JOIN reporting_period pa ON pa.id = a.period_id JOIN reporting_period pb ON pb.id = b.period_id
       WHERE pa.strategy_id = $1 AND pa.state = 'in_review' AND pb.state = 'open'`,
      [loaded.strategyIds.york],
    );
    expect(copiedForward).toBe(1);
    const missingInReview = await count(
      `SELECT count(*) n FROM action a JOIN reporting_period p ON p.strategy_id = a.strategy_id AND p.state = 'in_review'
       WHERE a.strategy_id = $1 AND NOT EXISTS (SELECT 1 FROM progress_update u WHERE u.action_id = a.id AND u.period_id = p.id)`,
      [loaded.strategyIds.york],
    );
    expect(missingInReview).toBe(1);
  });

  it('keeps every review state, and a validated RAG that differs from the proposed one with its reason', async () => {
    const states: { review_state: string }[] = await db.query(
      `SELECT DISTINCT review_state::text FROM progress_update ORDER BY 1`,
    );
    expect(states.map((s) => s.review_state)).toEqual(['accepted', 'draft', 'returned', 'submitted']);
    const overridden = await one<{ reason: string | null }>(
      `SELECT validation_reason reason FROM progress_update WHERE validated_rag IS DISTINCT FROM proposed_rag AND validated_rag IS NOT NULL`,
    );
    expect(overridden.reason?.length ?? 0).toBeGreaterThan(20);
  });

  it('has indicators with a value for every York period', async () => {
    const rows: { name: string; values: string }[] = await db.query(
      `SELECT i.name, (SELECT count(*) FROM indicator_value v WHERE v.indicator_id = i.id) "values" FROM indicator i WHERE i.strategy_id = $1`,
      [loaded.strategyIds.york],
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) expect(Number(r.values)).toBe(3);
  });

  it('adds a two-level strategy whose commitments sit directly under key objectives', async () => {
    const s = await one<{ has_objective_level: boolean; theme_label: string; action_label: string }>(
      `SELECT has_objective_level, theme_label, action_label FROM strategy WHERE id = $1`,
      [loaded.strategyIds.communitySafety],
    );
    expect(s).toEqual({ has_objective_level: false, theme_label: 'Key objective', action_label: 'Commitment' });
    expect(
      await count(`SELECT count(*) n FROM objective WHERE strategy_id = $1`, [loaded.strategyIds.communitySafety]),
    ).toBe(0);
    const actions = await count(`SELECT count(*) n FROM action WHERE strategy_id = $1 AND objective_id IS NULL`, [
      loaded.strategyIds.communitySafety,
    ]);
    expect(actions).toBeGreaterThanOrEqual(6);
  });

  it('adds an annual plan under the three-year strategy', async () => {
    const plan = await one<{ parent: string }>(`SELECT parent_strategy_id parent FROM strategy WHERE id = $1`, [
      loaded.strategyIds.annualPlan,
    ]);
    expect(plan.parent).toBe(loaded.strategyIds.communitySafety);
  });

  it('creates one sign-in account per role, with people in the right groups', async () => {
    const rows: { email: string; is_administrator: boolean; kinds: string[] | null; leads: string; hash: string }[] =
      await db.query(
        `SELECT p.email, p.is_administrator, array_agg(DISTINCT g.kind::text) FILTER (WHERE g.id IS NOT NULL) kinds,
              (SELECT count(*) FROM action a WHERE a.lead_person_id = p.id) leads, c.password_hash hash
         FROM credential c JOIN person p ON p.account_id = c.account_id
         LEFT JOIN group_membership m ON m.person_id = p.id LEFT JOIN partnership_group g ON g.id = m.group_id
        WHERE p.partnership_id = $1
        GROUP BY p.id, c.password_hash`,
        [loaded.partnershipId],
      );
    const by = new Map(rows.map((r) => [r.email, r]));
    expect(rows).toHaveLength(DEMO_ACCOUNTS.length);
    const account = (role: string) => {
      const a = DEMO_ACCOUNTS.find((x) => x.role === role);
      const row = a && by.get(a.email);
      if (!a || !row) throw new Error(`no ${role} account`);
      return { a, row };
    };
    expect(account('administrator').row.is_administrator).toBe(true);
    expect(account('senior officer').row.kinds).toContain('senior_officer_group');
    expect(account('delivery lead').row.kinds).toContain('delivery_group');
    expect(Number(account('delivery lead').row.leads)).toBeGreaterThanOrEqual(3);
    expect(account('report officer (viewer)').row.kinds).toBeNull();
    const { a, row } = account('delivery lead');
    expect(a.password.length).toBeGreaterThanOrEqual(12);
    expect(await verifyPassword(row.hash, a.password)).toBe(true);
    expect(row.email).toMatch(/@demo\.waymark\.test$/);
  });

  it('writes a creation audit row for every strategy and action, attributed to nobody', async () => {
    const missing = await count(
      `SELECT count(*) n FROM (SELECT id FROM strategy UNION ALL SELECT id FROM action) r
        WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.entity_id = r.id AND e.operation = 'import' AND e.actor_id IS NULL)`,
    );
    expect(missing).toBe(0);
  });

  it("takes York's open quarter through its reminder cycle, so the Outbox and the cycle status are not empty", async () => {
    const rows: Array<{ step: string; messages: number; queued: number }> = await db.query(
      `SELECT d.step, count(*)::int AS messages, count(*) FILTER (WHERE m.status = 'queued')::int AS queued
         FROM reminder_delivery d JOIN reporting_period p ON p.id = d.period_id JOIN outbox_message m ON m.id = d.outbox_message_id
        WHERE p.strategy_id = $1 AND p.name = 'Q4 2015/16' GROUP BY d.step ORDER BY d.step`,
      [loaded.strategyIds.york],
    );
    expect(rows.map((r) => r.step).sort()).toEqual(['chaser', 'escalation', 'reminder', 'second_chaser']);
    for (const r of rows) expect(r.queued).toBe(r.messages);
    const [subjects] = await db.query(`SELECT array_agg(DISTINCT subject ORDER BY subject) AS s FROM outbox_message`);
    expect(subjects.s).toEqual([
      'Reminder: updates due 15 April 2016',
      'Updates still missing after the deadline',
      'Your updates are due today',
      'Your updates are overdue',
    ]);
  });

  it('gives the report officer a second, small partnership they administer, on the same account and password', async () => {
    const viewer = DEMO_ACCOUNTS.find((a) => a.role === 'report officer (viewer)');
    const rows: Array<{ partnership: string; is_administrator: boolean; accounts: number; credentials: number }> =
      await db.query(
        `SELECT pa.name AS partnership, p.is_administrator, (SELECT count(DISTINCT q.account_id) FROM person q WHERE q.email = p.email)::int AS accounts,
              (SELECT count(*) FROM credential c WHERE c.account_id = p.account_id)::int AS credentials
         FROM person p JOIN partnership pa ON pa.id = p.partnership_id WHERE p.email = $1 ORDER BY pa.name`,
        [viewer?.email],
      );
    expect(rows).toEqual([
      { partnership: 'Safer York Partnership', is_administrator: false, accounts: 1, credentials: 1 },
      {
        partnership: 'Selby District Community Safety Partnership',
        is_administrator: true,
        accounts: 1,
        credentials: 1,
      },
    ]);
  });
});
