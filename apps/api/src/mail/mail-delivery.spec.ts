import { createServer, type AddressInfo } from 'node:net';
import { DeliveryWorker } from '@waymark/api/mail/feature';
import { enqueueMail, OutboxStore } from '@waymark/api/mail/data-access';
import { createSignedInPerson, TEST_PASSWORD } from '../testing/sign-in';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';

const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const NEW_PASSWORD = 'a brand new passphrase for tests';

interface OutboxRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  retry_in_seconds: number;
  recipient: string;
}

async function outboxFor(api: TestApp, recipient: string): Promise<OutboxRow[]> {
  return api.dataSource.query(
    `SELECT id, status, attempts, last_error, sent_at, recipient, extract(epoch FROM next_attempt_at - now())::int AS retry_in_seconds
       FROM outbox_message WHERE recipient = $1 ORDER BY created_at`,
    [recipient],
  );
}

async function changePassword(api: TestApp, email: string): Promise<void> {
  const person = await createSignedInPerson(api, { email, fullName: 'Priya Shah' });
  const result = await api.graphql(
    CHANGE_PASSWORD,
    { input: { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD } },
    person.cookie,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual({ changePassword: true });
}

/** A loopback port nothing listens on: a mail server that is down. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('e-mail through the outbox and a real SMTP server', () => {
  let smtp: SmtpTestServer;
  let api: TestApp;
  let worker: DeliveryWorker;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Safer York <waymark@york.example.org>',
        MAIL_POLL_SECONDS: '3600',
        MAIL_MAX_ATTEMPTS: '3',
        WAYMARK_PUBLIC_URL: 'https://waymark.example.org/',
      },
    });
    worker = api.app.get(DeliveryWorker);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.refuseWith = null;
  });

  it('queues the notification with the change and delivers it with the right headers and bodies', async () => {
    await changePassword(api, 'priya@example.org');
    const [queued] = await outboxFor(api, 'priya@example.org');
    expect(queued).toMatchObject({ status: 'queued', attempts: 0, sent_at: null });

    expect(await worker.deliverDue()).toBe(1);

    const mail = smtp.received.find((m) => m.subject === 'Your Waymark password was changed');
    expect(mail).toBeDefined();
    expect(mail?.from?.value).toEqual([{ address: 'waymark@york.example.org', name: 'Safer York' }]);
    expect(mail?.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([
      'priya@example.org',
    ]);
    expect(mail?.messageId).toBe(`<${queued.id}@york.example.org>`);
    expect(mail?.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail?.text).toContain('Dear Priya Shah,');
    expect(mail?.text).toContain('https://waymark.example.org/forgot-password');
    expect(mail?.html).toContain('<a href="https://waymark.example.org/forgot-password"');
    const [sent] = await outboxFor(api, 'priya@example.org');
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(sent.sent_at).toBeInstanceOf(Date);
    expect(await worker.deliverDue()).toBe(0);
  });

  it('queues nothing when the change itself fails', async () => {
    const person = await createSignedInPerson(api, { email: 'wrong-current@example.org' });
    const result = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'not my password at all', password: NEW_PASSWORD } },
      person.cookie,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await outboxFor(api, 'wrong-current@example.org')).toEqual([]);
  });

  it('keeps a refused message queued with the reason and backs off, then delivers it on a later attempt', async () => {
    smtp.refuseWith = 'Mailbox temporarily unavailable';
    await changePassword(api, 'refused@example.org');
    expect(await worker.deliverDue()).toBe(0);
    const [first] = await outboxFor(api, 'refused@example.org');
    expect(first).toMatchObject({ status: 'queued', attempts: 1 });
    expect(first.last_error).toContain('Mailbox temporarily unavailable');
    expect(first.retry_in_seconds).toBeGreaterThanOrEqual(25);
    expect(first.retry_in_seconds).toBeLessThanOrEqual(30);
    expect(await worker.deliverDue()).toBe(0); // not due yet: nothing is retried early

    smtp.refuseWith = null;
    await api.dataSource.query(`UPDATE outbox_message SET next_attempt_at = now() WHERE id = $1`, [first.id]);
    expect(await worker.deliverDue()).toBe(1);
    expect(await outboxFor(api, 'refused@example.org')).toMatchObject([
      { status: 'sent', attempts: 2, last_error: null },
    ]);
    const recipients = smtp.received.flatMap((m) =>
      m.to && !Array.isArray(m.to) ? m.to.value.map((a) => a.address) : [],
    );
    expect(recipients.filter((a) => a === 'refused@example.org')).toHaveLength(1);
  });

  it('marks a message failed after the last attempt, doubling the wait between attempts', async () => {
    smtp.refuseWith = 'Try again later';
    await changePassword(api, 'hopeless@example.org');
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await worker.deliverDue();
      const [row] = await outboxFor(api, 'hopeless@example.org');
      waits.push(row.retry_in_seconds);
      await api.dataSource.query(`UPDATE outbox_message SET next_attempt_at = now() WHERE id = $1`, [row.id]);
    }
    const [row] = await outboxFor(api, 'hopeless@example.org');
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(waits[1]).toBeGreaterThan(waits[0] + 20);
    expect(await worker.deliverDue()).toBe(0);
  });

  it('never hands the same message to two instances claiming at once', async () => {
    await api.dataSource.transaction(async (manager) => {
      for (let i = 0; i < 12; i++)
        await enqueueMail(manager, {
          partnershipId: null,
          to: `claim-${i}@example.org`,
          content: { subject: 's', text: 't', html: '<p>h</p>' },
        });
    });
    const store = api.app.get(OutboxStore);
    const [a, b, c] = await Promise.all([store.claimDue(5), store.claimDue(5), store.claimDue(5)]);
    const ids = [...a, ...b, ...c].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(12);
  });

  it('queues a message only once per dedupe key', async () => {
    const mail = {
      partnershipId: null,
      to: 'dedupe@example.org',
      content: { subject: 's', text: 't', html: '<p>h</p>' },
      dedupeKey: 'reminder:p1:q1',
    };
    const first = await api.dataSource.transaction((manager) => enqueueMail(manager, mail));
    const second = await api.dataSource.transaction((manager) => enqueueMail(manager, mail));
    expect([first, second]).toEqual([true, false]);
    expect(await outboxFor(api, 'dedupe@example.org')).toHaveLength(1);
  });
});

describe('e-mail when the mail server is down', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({
      env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`, MAIL_POLL_SECONDS: '3600' },
    });
  });
  afterAll(() => api.close());

  it('lets the user action succeed and keeps the message queued with the connection error', async () => {
    await changePassword(api, 'down@example.org');
    expect(await api.app.get(DeliveryWorker).deliverDue()).toBe(0);
    const [row] = await outboxFor(api, 'down@example.org');
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
  });
});

describe('e-mail without SMTP_URL', () => {
  const METRICS_TOKEN = 'metrics-token-for-the-outbox-test-0123';
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { METRICS_TOKEN } });
  });
  afterAll(() => api.close());

  it('keeps messages queued for administrators to read in the outbox, and counts them in the metrics', async () => {
    const admin = await createSignedInPerson(api, {
      email: 'admin@example.org',
      isAdministrator: true,
      fullName: 'Ada Admin',
    });
    const result = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD } },
      admin.cookie,
    );
    expect(result.errors).toBeUndefined();
    expect(await api.app.get(DeliveryWorker).deliverDue()).toBe(0);

    const outbox = await api.graphql<{ outboxMessages: Array<Record<string, unknown>> }>(
      '{ outboxMessages { recipient subject textBody status attempts lastError sentAt } }',
      {},
      admin.cookie,
    );
    expect(outbox.errors).toBeUndefined();
    expect(outbox.data?.outboxMessages).toEqual([
      expect.objectContaining({
        recipient: 'admin@example.org',
        subject: 'Your Waymark password was changed',
        status: 'Queued',
        attempts: 0,
        lastError: null,
        sentAt: null,
      }),
    ]);
    expect(outbox.data?.outboxMessages[0]['textBody']).toContain('http://localhost:3000/forgot-password');

    const metrics = await (
      await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(metrics).toMatch(/^waymark_outbox_backlog 1$/m);
  });

  it('shows the outbox to administrators only', async () => {
    const viewer = await createSignedInPerson(api, { email: 'viewer@example.org' });
    const result = await api.graphql('{ outboxMessages { id } }', {}, viewer.cookie);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
