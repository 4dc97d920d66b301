import { buildDataSourceOptions, migrations } from '@waymark/api/database';
import { hashPassword } from '@waymark/api/identity/data-access';
import { DataSource } from 'typeorm';
import { TEST_PASSWORD, trySignIn } from '../testing/sign-in';
import { createTestDatabase } from '@waymark/api/database/testing';
import { startTestApp, TestApp } from '../testing/test-app';

const ACCOUNTS_MIGRATION = migrations.findIndex((m) => m.name === 'AccountsAndMemberships1796300000000');

/**
 * The accounts migration on a database that already has people (as an installation upgrading would): everyone keeps
 * signing in exactly as before, with the same password, into the same partnership and person, and single sign-on
 * links move onto the accounts.
 */
describe('migration to accounts and memberships', () => {
  let api: TestApp;
  const people: Record<string, string> = {};
  let partnershipId: string;

  beforeAll(async () => {
    expect(ACCOUNTS_MIGRATION).toBeGreaterThan(0);
    const databaseUrl = await createTestDatabase();
    const before = new DataSource({
      ...buildDataSourceOptions({ url: databaseUrl, poolSize: 1 }),
      migrations: migrations.slice(0, ACCOUNTS_MIGRATION),
    });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    [{ id: partnershipId }] = await before.query(
      `INSERT INTO partnership (name) VALUES ('Upgraded Partnership') RETURNING id`,
    );
    const insert = async (key: string, email: string, extra = '') => {
      const [{ id }] = await before.query(
        `INSERT INTO person (partnership_id, full_name, email${extra ? ', oidc_issuer, oidc_subject' : ''}) VALUES ($1, $2, $3${extra ? `, 'https://login.example.org', '${extra}'` : ''}) RETURNING id`,
        [partnershipId, key, email],
      );
      people[key] = id;
    };
    await insert('withPassword', 'Pat.Password@Example.org');
    await insert('withSingleSignOn', 'sso@example.org', 'subject-1');
    await insert('notInvited', 'nobody@example.org');
    await before.query(`INSERT INTO credential (person_id, password_hash) VALUES ($1, $2)`, [
      people['withPassword'],
      await hashPassword(TEST_PASSWORD),
    ]);
    const [{ id: boardId }] = await before.query(
      `INSERT INTO partnership_group (partnership_id, name, kind) VALUES ($1, 'Board', 'board') RETURNING id`,
      [partnershipId],
    );
    await before.query(`INSERT INTO group_membership (group_id, person_id) VALUES ($1, $2)`, [
      boardId,
      people['withPassword'],
    ]);
    await before.destroy();
    api = await startTestApp({ databaseUrl }); // runs the remaining migrations, as a start-up would
  });
  afterAll(() => api?.close());

  it('gives every existing person an account with their own address, password and single sign-on link', async () => {
    const rows: Array<{ full_name: string; email: string; has_password: boolean; oidc_subject: string | null }> =
      await api.dataSource.query(
        `SELECT p.full_name, a.email::text AS email, EXISTS (SELECT 1 FROM credential c WHERE c.account_id = a.id) AS has_password, a.oidc_subject
         FROM person p JOIN account a ON a.id = p.account_id ORDER BY p.full_name`,
      );
    expect(rows).toEqual([
      { full_name: 'notInvited', email: 'nobody@example.org', has_password: false, oidc_subject: null },
      { full_name: 'withPassword', email: 'Pat.Password@Example.org', has_password: true, oidc_subject: null },
      { full_name: 'withSingleSignOn', email: 'sso@example.org', has_password: false, oidc_subject: 'subject-1' },
    ]);
  });

  it('signs an existing person in as before: same password, straight into their partnership as the same person', async () => {
    const signIn = await trySignIn(api, 'pat.password@example.org', TEST_PASSWORD);
    expect(signIn.body.errors).toBeUndefined();
    expect(signIn.body.data?.signIn?.personId).toBe(people['withPassword']);
    const me = await api.graphql<{ me: { partnershipId: string; groups: Array<{ name: string }> } }>(
      '{ me { partnershipId groups { name } } }',
      {},
      signIn.cookie ?? '',
    );
    expect(me.data?.me).toEqual({ partnershipId, groups: [{ name: 'Board' }] });
    expect(
      (await trySignIn(api, 'pat.password@example.org', 'not the password at all')).body.errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('keeps e-mail addresses unique within a partnership', async () => {
    await expect(
      api.dataSource.query(
        `INSERT INTO person (partnership_id, full_name, email) VALUES ($1, 'Copy', 'NOBODY@example.org')`,
        [partnershipId],
      ),
    ).rejects.toThrow(/person_email_unique/);
  });
});
