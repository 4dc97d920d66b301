import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AdminCreateUsageError, adminCreateCommand, parseAdminCreateArgs } from '@waymark/api/identity/feature';
import { hashAccountToken } from '@waymark/api/identity/data-access';
import { snapshotTables } from '../testing/progress-fixture';
import { PASSWORD_LINK, redeemLink, tokenOf } from '../testing/password-links';
import { signInAs, TEST_PASSWORD, trySignIn } from '../testing/sign-in';
import { createTestDatabase } from '@waymark/api/database/testing';
import { startTestApp, type TestApp } from '../testing/test-app';

const OPTIONS = { publicUrl: 'https://waymark.example.org', invitationDays: 7 };
const ARGS = { email: 'first.admin@york.example.org', name: 'Fiona First', partnership: 'Safer York Partnership' };

describe('admin:create arguments', () => {
  it('reads --email, --name and --partnership, in both spellings', () => {
    expect(parseAdminCreateArgs(['--email', 'a@b.org', '--name=Ann Bee', '--partnership', 'Safer York'])).toEqual({
      email: 'a@b.org',
      name: 'Ann Bee',
      partnership: 'Safer York',
    });
  });

  it.each([
    [['--email', 'a@b.org'], /Missing --name, --partnership/],
    [['--email', 'not-an-address', '--name', 'A', '--partnership', 'P'], /--email must be an e-mail address/],
    [['--email'], /--email needs a value/],
    [['--mail', 'a@b.org'], /Unexpected argument "--mail"/],
  ])('refuses %j with a usage message', (argv, message) => {
    expect(() => parseAdminCreateArgs(argv)).toThrow(AdminCreateUsageError);
    expect(() => parseAdminCreateArgs(argv)).toThrow(message);
  });
});

describe('the first administrator', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ demoData: false });
  });
  afterAll(() => api.close());

  it('starts from a database with nobody who can sign in: the sign-in page is told to explain admin:create', async () => {
    expect((await api.graphql('{ needsFirstAdministrator }')).data).toEqual({ needsFirstAdministrator: true });
  });

  it('creates the partnership and administrator with no password, and a one-time link that stores only a hash', async () => {
    const created = await adminCreateCommand(ARGS, api.dataSource, OPTIONS);
    expect(created).toMatchObject({ createdPartnership: true, createdPerson: true });
    expect(created.link).toMatch(/^https:\/\/waymark\.example\.org\/set-password#token=[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(created.link);
    expect(
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM credential c JOIN person p ON p.account_id = c.account_id WHERE p.id = $1`,
        [created.personId],
      ),
    ).toEqual([{ n: 0 }]);
    const [stored]: Array<{ token_hash: Buffer; days: number; purpose: string }> = await api.dataSource.query(
      `SELECT token_hash, purpose, round(extract(epoch FROM expires_at - now()) / 86400)::int AS days FROM account_token WHERE person_id = $1`,
      [created.personId],
    );
    expect(stored).toMatchObject({ purpose: 'invitation', days: 7 });
    expect(stored.token_hash.equals(hashAccountToken(token))).toBe(true);
    const dump =
      JSON.stringify(await api.dataSource.query(`SELECT * FROM account_token`)) +
      JSON.stringify(await api.dataSource.query(`SELECT * FROM audit_entry`));
    expect(dump).not.toContain(token);
    expect((await api.graphql(PASSWORD_LINK, { token })).data).toEqual({
      passwordLink: { purpose: 'Invitation', fullName: 'Fiona First', email: ARGS.email },
    });
    const [audit]: Array<{ operations: string[] }> = await api.dataSource.query(
      `SELECT array_agg(entity_type || ':' || operation ORDER BY id) AS operations FROM audit_entry WHERE partnership_id = $1`,
      [created.partnershipId],
    );
    expect(audit.operations).toEqual(['partnership:create', 'person:create']);
  });

  it('lets the link set a password that meets the policy, signs the administrator in, and works only once', async () => {
    const created = await adminCreateCommand(ARGS, api.dataSource, OPTIONS);
    expect(created).toMatchObject({ createdPartnership: false, createdPerson: false });
    const token = tokenOf(created.link);

    const weak = await redeemLink(api, token, 'password');
    expect(weak.body.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'input.password', message: 'must be at least 12 characters long.' },
    ]);
    expect(weak.cookie).toBeNull();

    const before = await snapshotTables(api);
    const done = await redeemLink(api, token, TEST_PASSWORD);
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data?.setPasswordWithToken).toMatchObject({ email: ARGS.email, isAdministrator: true });
    expect(done.cookie).not.toBeNull();
    expect((await api.graphql('{ me { fullName isAdministrator } }', {}, done.cookie ?? '')).data).toEqual({
      me: { fullName: 'Fiona First', isAdministrator: true },
    });
    expect(await snapshotTables(api)).not.toEqual(before);

    const afterUse = await snapshotTables(api);
    const again = await redeemLink(api, token, 'another good long passphrase');
    expect(again.body.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'input.token', message: 'This link has expired or has already been used. Ask for a new one.' },
    ]);
    expect(again.cookie).toBeNull();
    expect(await snapshotTables(api)).toEqual(afterUse);
    expect((await api.graphql(PASSWORD_LINK, { token })).data).toEqual({ passwordLink: null });

    await signInAs(api, ARGS.email, TEST_PASSWORD);
    expect((await api.graphql('{ needsFirstAdministrator }')).data).toEqual({ needsFirstAdministrator: false });
    const [audit]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND operation = 'accept_invitation'`,
      [created.personId],
    );
    expect(audit.n).toBe(1);
  });

  it('makes an earlier link stop working when a new one is printed, and refuses expired and made-up links', async () => {
    const first = tokenOf(
      (await adminCreateCommand({ ...ARGS, email: 'second.admin@york.example.org' }, api.dataSource, OPTIONS)).link,
    );
    const second = tokenOf(
      (await adminCreateCommand({ ...ARGS, email: 'second.admin@york.example.org' }, api.dataSource, OPTIONS)).link,
    );
    expect((await api.graphql(PASSWORD_LINK, { token: first })).data).toEqual({ passwordLink: null });
    expect((await redeemLink(api, first, TEST_PASSWORD)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    await api.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [hashAccountToken(second)],
    );
    expect((await api.graphql(PASSWORD_LINK, { token: second })).data).toEqual({ passwordLink: null });
    expect((await redeemLink(api, second, TEST_PASSWORD)).body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(
      'input.token',
    );
    expect((await trySignIn(api, 'second.admin@york.example.org', TEST_PASSWORD)).cookie).toBeNull();

    const forged = 'A'.repeat(43);
    expect((await api.graphql(PASSWORD_LINK, { token: forged })).data).toEqual({ passwordLink: null });
    expect((await redeemLink(api, forged, TEST_PASSWORD)).body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(
      'input.token',
    );
  });

  it('refuses an address that belongs to another partnership', async () => {
    await expect(
      adminCreateCommand({ ...ARGS, partnership: 'Another Partnership' }, api.dataSource, OPTIONS),
    ).rejects.toThrow(/already belongs to another partnership/);
  });
});

describe('node main.js admin:create (npm run admin:create)', () => {
  it('works against DATABASE_URL from the command line and prints the link', async () => {
    const databaseUrl = await createTestDatabase();
    const root = join(__dirname, '../../../..');
    const run = spawnSync(
      process.execPath,
      [
        'tools/scripts/run-ts.mjs',
        'apps/api/src/main.ts',
        'admin:create',
        '--email',
        'cli@example.org',
        '--name',
        'Cli Admin',
        '--partnership',
        'Cli Partnership',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: databaseUrl, WAYMARK_PUBLIC_URL: 'https://waymark.example.org' },
        timeout: 60_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Created the partnership "Cli Partnership".');
    expect(run.stdout).toMatch(/https:\/\/waymark\.example\.org\/set-password#token=[A-Za-z0-9_-]{43}/);

    const usage = spawnSync(
      process.execPath,
      ['tools/scripts/run-ts.mjs', 'apps/api/src/main.ts', 'admin:create', '--email', 'cli@example.org'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: databaseUrl },
        timeout: 60_000,
      },
    );
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Missing --name, --partnership');
  }, 120_000);
});
