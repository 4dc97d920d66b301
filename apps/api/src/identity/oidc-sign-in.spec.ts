import { BrowserSession, locationOf } from '../testing/browser-session';
import { startOidcTestProvider, TEST_CLIENTS, type OidcTestProvider } from '../testing/oidc-test-provider';
import {
  addMembership,
  createPartnership,
  createPersonWithPassword,
  createSignedInPerson,
  trySignIn,
} from '../testing/sign-in';
import { startTestApp, type TestApp } from '../testing/test-app';

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;
const SETTINGS = `{ issuer clientId clientSecretSet jitEmailDomains ssoOnly redirectUri version administrators { personId email breakGlass } }`;
const UPDATE = `mutation($input: UpdateSingleSignOnInput!) { updateSingleSignOn(input: $input) ${SETTINGS} }`;

describe('sign-in with an OpenID Connect provider (a real oidc-provider on a loopback port)', () => {
  let provider: OidcTestProvider;
  let api: TestApp;
  /** Partnerships whose own provider settings point at each test client. */
  const partnerships = { ordinary: '', wrongAudience: '', expired: '', other: '' };
  const adminCookies: Record<string, string> = {};

  beforeAll(async () => {
    provider = await startOidcTestProvider([CALLBACK]);
    api = await startTestApp({
      env: {
        WAYMARK_PUBLIC_URL: PUBLIC_URL,
        SESSION_SECRET: 's'.repeat(48),
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: TEST_CLIENTS.ordinary,
        OIDC_CLIENT_SECRET: provider.clientSecret,
      },
    });
    for (const [key, clientId] of [
      ['ordinary', TEST_CLIENTS.ordinary],
      ['wrongAudience', TEST_CLIENTS.wrongAudience],
      ['expired', TEST_CLIENTS.expired],
      ['other', TEST_CLIENTS.ordinary],
    ] as const) {
      partnerships[key] = await createPartnership(api, `Partnership ${key}`);
      const admin = await createSignedInPerson(api, {
        email: `admin.${key.toLowerCase()}@example.org`,
        partnershipId: partnerships[key],
        isAdministrator: true,
      });
      adminCookies[key] = admin.cookie;
      const result = await api.graphql(
        UPDATE,
        { input: { version: 1, issuer: provider.issuer, clientId, clientSecret: provider.clientSecret } },
        admin.cookie,
      );
      expect(result.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await api?.close();
    await provider?.close();
  });

  /** start → the provider's login page → the callback URL the provider sends the browser back to (not yet followed). */
  async function throughProvider(browser: BrowserSession, startPath: string, login: string): Promise<string> {
    let url = locationOf(await browser.get(`${api.baseUrl}${startPath}`), `${api.baseUrl}${startPath}`);
    expect(url.startsWith(`${provider.issuer}/auth?`)).toBe(true);
    let response = await browser.get(url);
    while (response.status >= 300 && response.status < 400) {
      url = locationOf(response, url);
      response = await browser.get(url);
    }
    expect(await response.text()).toContain('Test identity provider');
    response = await browser.postForm(`${url}/login`, { login });
    url = locationOf(response, url);
    while (url.startsWith(provider.issuer)) url = locationOf(await browser.get(url), url);
    expect(url.startsWith(`${CALLBACK}?`)).toBe(true);
    return url;
  }

  /** Follows the provider's redirect into Waymark; returns where Waymark sends the browser next. */
  async function callback(browser: BrowserSession, callbackUrl: string): Promise<string> {
    const onApp = callbackUrl.replace(PUBLIC_URL, api.baseUrl);
    return locationOf(await browser.get(onApp), onApp);
  }

  async function me(browser: BrowserSession): Promise<string | null> {
    const result = await api.graphql<{ me: { email: string } }>('{ me { email } }', {}, browser.cookieFor(api.baseUrl));
    return result.data?.me.email ?? null;
  }

  const start = (key: keyof typeof partnerships) => `/api/auth/oidc/start?partnership=${partnerships[key]}`;
  const problem = (reason: string) => `${PUBLIC_URL}/sign-in/problem?reason=${reason}`;

  it('signs a known person in, links their provider account, and uses the link afterwards', async () => {
    const person = await createPersonWithPassword(api, {
      email: 'ann.oidc@council.gov.uk',
      partnershipId: partnerships.ordinary,
    });
    await provider.setAccount('ann', { email: 'ann.oidc@council.gov.uk', email_verified: true, name: 'Ann' });
    const browser = new BrowserSession();
    expect(await callback(browser, await throughProvider(browser, start('ordinary'), 'ann'))).toBe(`${PUBLIC_URL}/`);
    expect(await me(browser)).toBe('ann.oidc@council.gov.uk');
    const [row]: Array<{ oidc_issuer: string; oidc_subject: string; last_signed_in_at: Date | null }> =
      await api.dataSource.query(
        `SELECT a.oidc_issuer, a.oidc_subject, p.last_signed_in_at FROM person p JOIN account a ON a.id = p.account_id WHERE p.id = $1`,
        [person.personId],
      );
    expect(row).toMatchObject({ oidc_issuer: provider.issuer, oidc_subject: 'ann' });
    expect(row.last_signed_in_at).not.toBeNull();
    const audit: Array<{ operation: string }> = await api.dataSource.query(
      `SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
      [person.personId],
    );
    expect(audit.map((a) => a.operation)).toEqual(expect.arrayContaining(['link_sign_in_account', 'sign_in_oidc']));

    // The provider no longer vouches for the address, but the stored iss + sub link still identifies Ann.
    await provider.setAccount('ann', { email: 'ann.renamed@council.gov.uk', email_verified: false });
    const again = new BrowserSession();
    expect(await callback(again, await throughProvider(again, start('ordinary'), 'ann'))).toBe(`${PUBLIC_URL}/`);
    expect(await me(again)).toBe('ann.oidc@council.gov.uk');
  });

  it('lets an administrator clear a link so the person can sign in with a new provider account', async () => {
    const LINK = 'query($personId: ID!) { singleSignOnLink(personId: $personId) { personId fullName issuer } }';
    const CLEAR =
      'mutation($input: ClearSingleSignOnLinkInput!) { clearSingleSignOnLink(input: $input) { personId issuer } }';
    const person = await createPersonWithPassword(api, {
      email: 'bea.oidc@council.gov.uk',
      fullName: 'Bea Moved',
      partnershipId: partnerships.ordinary,
    });
    await provider.setAccount('bea-old', { email: 'bea.oidc@council.gov.uk', email_verified: true });
    const first = new BrowserSession();
    expect(await callback(first, await throughProvider(first, start('ordinary'), 'bea-old'))).toBe(`${PUBLIC_URL}/`);
    // The provider gave her a new account: the address matches, but she is linked to the old one.
    await provider.setAccount('bea-new', { email: 'bea.oidc@council.gov.uk', email_verified: true });
    const refused = new BrowserSession();
    expect(await callback(refused, await throughProvider(refused, start('ordinary'), 'bea-new'))).toBe(
      problem('other-account'),
    );

    const seen = await api.graphql(LINK, { personId: person.personId }, adminCookies['ordinary']);
    expect(seen.data).toEqual({
      singleSignOnLink: { personId: person.personId, fullName: 'Bea Moved', issuer: provider.issuer },
    });
    const viewer = await createSignedInPerson(api, {
      email: 'viewer.oidc@council.gov.uk',
      partnershipId: partnerships.ordinary,
    });
    expect(
      (await api.graphql(CLEAR, { input: { personId: person.personId } }, viewer.cookie)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.graphql(CLEAR, { input: { personId: person.personId } }, adminCookies['other'])).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await api.graphql(LINK, { personId: person.personId }, adminCookies['other'])).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');

    const cleared = await api.graphql(CLEAR, { input: { personId: person.personId } }, adminCookies['ordinary']);
    expect(cleared.data).toEqual({ clearSingleSignOnLink: { personId: person.personId, issuer: null } });
    expect(await me(first)).toBeNull();
    const again = await api.graphql(CLEAR, { input: { personId: person.personId } }, adminCookies['ordinary']);
    expect(again.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'input.personId', message: 'This person is not linked to a single sign-on account.' },
    ]);
    const audit: Array<{ operation: string; changes: Record<string, unknown> }> = await api.dataSource.query(
      `SELECT operation, changes FROM audit_entry WHERE entity_id = $1 AND operation = 'single_sign_on_link_cleared'`,
      [person.personId],
    );
    expect(audit).toEqual([
      {
        operation: 'single_sign_on_link_cleared',
        changes: { singleSignOnIssuer: { before: provider.issuer, after: null } },
      },
    ]);

    const relinked = new BrowserSession();
    expect(await callback(relinked, await throughProvider(relinked, start('ordinary'), 'bea-new'))).toBe(
      `${PUBLIC_URL}/`,
    );
    expect(await me(relinked)).toBe('bea.oidc@council.gov.uk');
    const [row]: Array<{ oidc_subject: string }> = await api.dataSource.query(
      `SELECT a.oidc_subject FROM person p JOIN account a ON a.id = p.account_id WHERE p.id = $1`,
      [person.personId],
    );
    expect(row.oidc_subject).toBe('bea-new');
  });

  it("signs people of any partnership in through the installation's provider (OIDC_* variables)", async () => {
    await createPersonWithPassword(api, { email: 'bea.oidc@example.org', partnershipId: partnerships.other });
    await provider.setAccount('bea', { email: 'bea.oidc@example.org', email_verified: true });
    const browser = new BrowserSession();
    expect(await callback(browser, await throughProvider(browser, '/api/auth/oidc/start', 'bea'))).toBe(
      `${PUBLIC_URL}/`,
    );
    expect(await me(browser)).toBe('bea.oidc@example.org');
  });

  it("asks an account of several partnerships to choose after the installation's provider, but a partnership's provider enters only its own", async () => {
    await createPersonWithPassword(api, { email: 'dee.oidc@example.org', partnershipId: partnerships.other });
    await addMembership(api, 'dee.oidc@example.org', partnerships.ordinary);
    await provider.setAccount('dee', { email: 'dee.oidc@example.org', email_verified: true });
    const installation = new BrowserSession();
    expect(await callback(installation, await throughProvider(installation, '/api/auth/oidc/start', 'dee'))).toBe(
      `${PUBLIC_URL}/choose-partnership`,
    );
    expect(await me(installation)).toBeNull();
    const choices = await api.graphql<{ partnershipChoices: Array<{ partnershipId: string }> }>(
      '{ partnershipChoices { partnershipId } }',
      {},
      installation.cookieFor(api.baseUrl),
    );
    expect(choices.data?.partnershipChoices.map((c) => c.partnershipId).sort()).toEqual(
      [partnerships.ordinary, partnerships.other].sort(),
    );

    const own = new BrowserSession();
    expect(await callback(own, await throughProvider(own, start('ordinary'), 'dee'))).toBe(`${PUBLIC_URL}/`);
    const ownChoices = await api.graphql<{ partnershipChoices: Array<{ partnershipId: string }> }>(
      '{ partnershipChoices { partnershipId } }',
      {},
      own.cookieFor(api.baseUrl),
    );
    expect(ownChoices.data?.partnershipChoices.map((c) => c.partnershipId)).toEqual([partnerships.ordinary]);
    const refused = await api.graphql(
      'mutation($input: ChoosePartnershipInput!) { choosePartnership(input: $input) { personId } }',
      { input: { partnershipId: partnerships.other } },
      own.cookieFor(api.baseUrl),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a callback whose state is not the one this browser was given', async () => {
    await createPersonWithPassword(api, { email: 'cat.oidc@council.gov.uk', partnershipId: partnerships.ordinary });
    await provider.setAccount('cat', { email: 'cat.oidc@council.gov.uk', email_verified: true });
    const browser = new BrowserSession();
    const url = new URL(await throughProvider(browser, start('ordinary'), 'cat'));
    url.searchParams.set('state', 'forged-state-value');
    expect(await callback(browser, url.href)).toBe(problem('refused'));
    expect(await me(browser)).toBeNull();
  });

  it('refuses a replayed authorisation code, with the same state or a fresh one', async () => {
    await createPersonWithPassword(api, { email: 'dan.oidc@council.gov.uk', partnershipId: partnerships.ordinary });
    await provider.setAccount('dan', { email: 'dan.oidc@council.gov.uk', email_verified: true });
    const victim = new BrowserSession();
    const first = await throughProvider(victim, start('ordinary'), 'dan');
    expect(await callback(victim, first)).toBe(`${PUBLIC_URL}/`);

    // The same URL again: the pending sign-in was used up by the first callback.
    const attacker = new BrowserSession();
    expect(await callback(attacker, first)).toBe(problem('expired'));
    // A fresh start gives a valid state, but the code was redeemed already (and belongs to another PKCE verifier).
    const fresh = new URL(locationOf(await attacker.get(`${api.baseUrl}${start('ordinary')}`), api.baseUrl));
    const replay = new URL(first);
    replay.searchParams.set('state', fresh.searchParams.get('state') ?? '');
    expect(await callback(attacker, replay.href)).toBe(problem('refused'));
    expect(await me(attacker)).toBeNull();
  });

  it('refuses an ID token issued for another client (wrong audience)', async () => {
    await createPersonWithPassword(api, { email: 'eve.oidc@example.org', partnershipId: partnerships.wrongAudience });
    await provider.setAccount('eve', { email: 'eve.oidc@example.org', email_verified: true });
    const browser = new BrowserSession();
    expect(await callback(browser, await throughProvider(browser, start('wrongAudience'), 'eve'))).toBe(
      problem('refused'),
    );
    expect(await me(browser)).toBeNull();
  });

  it('refuses an expired ID token', async () => {
    await createPersonWithPassword(api, { email: 'fay.oidc@example.org', partnershipId: partnerships.expired });
    await provider.setAccount('fay', { email: 'fay.oidc@example.org', email_verified: true });
    const browser = new BrowserSession();
    expect(await callback(browser, await throughProvider(browser, start('expired'), 'fay'))).toBe(problem('refused'));
    expect(await me(browser)).toBeNull();
  });

  it('refuses an e-mail address the provider has not verified, and links nothing', async () => {
    const person = await createPersonWithPassword(api, {
      email: 'gus.oidc@council.gov.uk',
      partnershipId: partnerships.ordinary,
    });
    await provider.setAccount('gus', { email: 'gus.oidc@council.gov.uk', email_verified: false });
    const browser = new BrowserSession();
    expect(await callback(browser, await throughProvider(browser, start('ordinary'), 'gus'))).toBe(
      problem('unverified-email'),
    );
    expect(await me(browser)).toBeNull();
    const [row]: Array<{ oidc_subject: string | null }> = await api.dataSource.query(
      `SELECT a.oidc_subject FROM person p JOIN account a ON a.id = p.account_id WHERE p.id = $1`,
      [person.personId],
    );
    expect(row.oidc_subject).toBeNull();
  });

  it('refuses an unknown person unless their domain is allowed just-in-time accounts', async () => {
    await provider.setAccount('hal', { email: 'hal@jit.example.org', email_verified: true, name: 'Hal Newcomer' });
    const refused = new BrowserSession();
    expect(await callback(refused, await throughProvider(refused, start('ordinary'), 'hal'))).toBe(
      problem('unknown-person'),
    );
    expect(await me(refused)).toBeNull();
    expect(await api.dataSource.query(`SELECT id FROM person WHERE email = 'hal@jit.example.org'`)).toEqual([]);

    const settings = await api.graphql<{ singleSignOnSettings: { version: number } }>(
      `{ singleSignOnSettings ${SETTINGS} }`,
      {},
      adminCookies['ordinary'],
    );
    const updated = await api.graphql(
      UPDATE,
      { input: { version: settings.data?.singleSignOnSettings.version, jitEmailDomains: ['JIT.example.org'] } },
      adminCookies['ordinary'],
    );
    expect(updated.errors).toBeUndefined();
    const admitted = new BrowserSession();
    expect(await callback(admitted, await throughProvider(admitted, start('ordinary'), 'hal'))).toBe(`${PUBLIC_URL}/`);
    expect(await me(admitted)).toBe('hal@jit.example.org');
    const [created]: Array<{ partnership_id: string; full_name: string; is_administrator: boolean }> =
      await api.dataSource.query(
        `SELECT partnership_id, full_name, is_administrator FROM person WHERE email = 'hal@jit.example.org'`,
      );
    expect(created).toEqual({
      partnership_id: partnerships.ordinary,
      full_name: 'Hal Newcomer',
      is_administrator: false,
    });
  });

  it("refuses a deactivated person, and a person of another partnership through this partnership's provider", async () => {
    await createPersonWithPassword(api, { email: 'ida.oidc@council.gov.uk', partnershipId: partnerships.ordinary });
    await api.dataSource.query(`UPDATE person SET deactivated_at = now() WHERE email = 'ida.oidc@council.gov.uk'`);
    await provider.setAccount('ida', { email: 'ida.oidc@council.gov.uk', email_verified: true });
    const deactivated = new BrowserSession();
    expect(await callback(deactivated, await throughProvider(deactivated, start('ordinary'), 'ida'))).toBe(
      problem('deactivated'),
    );
    expect(await me(deactivated)).toBeNull();

    await createPersonWithPassword(api, { email: 'jon.oidc@example.org', partnershipId: partnerships.other });
    await provider.setAccount('jon', { email: 'jon.oidc@example.org', email_verified: true });
    const elsewhere = new BrowserSession();
    expect(await callback(elsewhere, await throughProvider(elsewhere, start('ordinary'), 'jon'))).toBe(
      problem('unknown-person'),
    );
    expect(await me(elsewhere)).toBeNull();
  });

  it('sends a start for a partnership without single sign-on to the problem page', async () => {
    const none = await createPartnership(api, 'No single sign-on');
    const browser = new BrowserSession();
    expect(locationOf(await browser.get(`${api.baseUrl}/api/auth/oidc/start?partnership=${none}`), api.baseUrl)).toBe(
      problem('not-configured'),
    );
    expect(locationOf(await browser.get(`${api.baseUrl}/api/auth/oidc/start?partnership=not-an-id`), api.baseUrl)).toBe(
      problem('not-configured'),
    );
  });
});

describe('single sign-on settings and SSO-only partnerships', () => {
  let api: TestApp;
  const ISSUER = 'https://login.microsoftonline.com/8f1c2a3b-1111-4222-8333-944445555666/v2.0';

  beforeAll(async () => {
    api = await startTestApp({ env: { WAYMARK_PUBLIC_URL: PUBLIC_URL, SESSION_SECRET: 't'.repeat(48) } });
  });
  afterAll(() => api?.close());

  it('stores the client secret sealed and never returns it; offers the button on the sign-in page', async () => {
    const admin = await createSignedInPerson(api, { email: 'kim.admin@example.org', isAdministrator: true });
    expect(
      (await api.graphql<{ signInOptions: unknown }>('{ signInOptions { singleSignOn { label startUrl } } }')).data
        ?.signInOptions,
    ).toEqual({ singleSignOn: [] });
    const result = await api.graphql<{ updateSingleSignOn: Record<string, unknown> }>(
      UPDATE,
      { input: { version: 1, issuer: `${ISSUER}/`, clientId: 'app-client-id', clientSecret: 'very-secret-value' } },
      admin.cookie,
    );
    expect(result.data?.updateSingleSignOn).toMatchObject({
      issuer: ISSUER,
      clientId: 'app-client-id',
      clientSecretSet: true,
      redirectUri: `${PUBLIC_URL}/api/auth/oidc/callback`,
      version: 2,
    });
    expect(JSON.stringify(result)).not.toContain('very-secret-value');
    const stored = JSON.stringify(
      await api.dataSource.query(`SELECT * FROM partnership_sso WHERE partnership_id = $1`, [admin.partnershipId]),
    );
    expect(stored).not.toContain('very-secret-value');
    const audit = JSON.stringify(
      await api.dataSource.query(`SELECT changes FROM audit_entry WHERE entity_type = 'partnership_sso'`),
    );
    expect(audit).toContain('app-client-id');
    expect(audit).not.toContain('very-secret-value');
    expect(
      (await api.graphql<{ signInOptions: unknown }>('{ signInOptions { singleSignOn { label startUrl } } }')).data
        ?.signInOptions,
    ).toEqual({
      singleSignOn: [
        { label: 'Sign in with Microsoft', startUrl: `/api/auth/oidc/start?partnership=${admin.partnershipId}` },
      ],
    });
  });

  it('refuses bad settings, naming each field', async () => {
    const admin = await createSignedInPerson(api, { email: 'lee.admin@example.org', isAdministrator: true });
    const result = await api.graphql(
      UPDATE,
      {
        input: {
          version: 1,
          issuer: 'http://idp.example.org',
          jitEmailDomains: ['council.gov.uk', 'not a domain'],
          ssoOnly: true,
          breakGlassPersonIds: ['8f1c2a3b-1111-4222-8333-944445555666'],
        },
      },
      admin.cookie,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual([
      'input.issuer',
      'input.clientId',
      'input.clientSecret',
      'input.jitEmailDomains[1]',
      'input.breakGlassPersonIds[0]',
    ]);
    expect(
      await api.dataSource.query(`SELECT version FROM partnership_sso WHERE partnership_id = $1`, [
        admin.partnershipId,
      ]),
    ).toEqual([]);
  });

  it('refuses password sign-in for SSO-only partnerships, except break-glass administrators', async () => {
    const admin = await createSignedInPerson(api, { email: 'max.admin@example.org', isAdministrator: true });
    const otherAdmin = await createPersonWithPassword(api, {
      email: 'ned.admin@example.org',
      partnershipId: admin.partnershipId,
      isAdministrator: true,
    });
    const member = await createPersonWithPassword(api, {
      email: 'oli.member@example.org',
      partnershipId: admin.partnershipId,
    });
    const result = await api.graphql(
      UPDATE,
      {
        input: {
          version: 1,
          issuer: ISSUER,
          clientId: 'app-client-id',
          clientSecret: 'secret',
          ssoOnly: true,
          breakGlassPersonIds: [admin.personId],
        },
      },
      admin.cookie,
    );
    expect(result.errors).toBeUndefined();

    const refused = await trySignIn(api, member.email, member.password);
    expect(refused.cookie).toBeNull();
    expect(refused.body.errors?.[0].message).toBe(
      'Your partnership signs in with single sign-on. Use the single sign-on button instead of a password.',
    );
    expect((await trySignIn(api, otherAdmin.email, otherAdmin.password)).cookie).toBeNull();
    expect((await trySignIn(api, member.email, 'a wrong password entirely')).body.errors?.[0].message).toBe(
      'The email address or password is not right.',
    );
    expect((await trySignIn(api, admin.email, admin.password)).cookie).not.toBeNull();
  });
});
