import { DeliveryWorker } from '@waymark/api/mail/feature';
import { DailyDigestJob } from '@waymark/api/notifications/data-access';
import { createProgressFixture, type ProgressFixture } from '../testing/progress-fixture';
import { addToGroup, createSignedInPerson } from '../testing/sign-in';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';
import {
  ACCEPT,
  PERIOD_STATE,
  RETURN,
  UPDATE_SETTINGS,
  VALIDATE,
  mailTo,
  notificationsOf,
  ok,
} from './notification-helpers';

const PUBLIC_URL = 'https://waymark.example.org';
const DAY_MS = 86_400_000;

interface Update {
  id: string;
  version: number;
}

/**
 * Workflow notifications end to end: the review decision or sign-off over GraphQL, the notification and its e-mail
 * written in the same transaction, delivered by the real delivery worker to a real SMTP server, exactly once.
 */
describe('workflow notifications through the outbox to a real SMTP server', () => {
  let smtp: SmtpTestServer;
  let api: TestApp;
  let fx: ProgressFixture;
  let deliver: () => Promise<number>;
  const senior = () => fx.cookie('senior');
  const lead = () => fx.people.leadA;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600', WAYMARK_PUBLIC_URL: PUBLIC_URL },
    });
    fx = await createProgressFixture(api);
    const worker = api.app.get(DeliveryWorker);
    deliver = () => worker.deliverDue();
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  async function submitted(): Promise<Update & { actionId: string; periodId: string }> {
    const update = await fx.update({ reviewState: 'submitted' });
    await api.dataSource.query(`UPDATE progress_update SET submitted_at = now() WHERE id = $1`, [update.id]);
    return update;
  }

  it('tells the lead once, with the reviewer’s comment and a link to the update, when an update is returned', async () => {
    const update = await submitted();
    const before = mailTo(smtp.received, lead().email).length;
    await ok(
      api,
      RETURN,
      { input: { id: update.id, version: update.version, comment: 'Say when the venue will be booked.' } },
      senior(),
      'returnProgressUpdate',
    );
    expect(await deliver()).toBe(1);
    expect(await deliver()).toBe(0);

    const mails = mailTo(smtp.received, lead().email).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/^Your update on “Action [0-9a-f]+” was returned$/);
    expect(mails[0].text).toContain('Sam Senior returned your');
    expect(mails[0].text).toContain('What needs to change: Say when the venue will be booked.');
    expect(mails[0].text).toContain(`${PUBLIC_URL}/my-updates/${fx.strategyId}/${update.periodId}/${update.actionId}`);
    expect(mails[0].headers.get('auto-submitted')).toBe('auto-generated');

    const listed = (await notificationsOf(api, lead().personId)).filter((n) => n.link_path.endsWith(update.actionId));
    expect(listed).toEqual([
      expect.objectContaining({
        kind: 'update_returned',
        body: 'Say when the venue will be booked.',
        email: 'immediate',
        read_at: null,
      }),
    ]);
    // The reviewer is not told of their own decision.
    expect(await notificationsOf(api, fx.people.senior.personId)).toEqual([]);
  });

  it('tells the lead once when an update is accepted with a different RAG, with the reason; not when accepted as proposed', async () => {
    const before = mailTo(smtp.received, lead().email).length;
    const asProposed = await submitted();
    await ok(
      api,
      ACCEPT,
      { input: { id: asProposed.id, version: asProposed.version } },
      senior(),
      'acceptProgressUpdate',
    );
    expect(await deliver()).toBe(0);

    const update = await submitted();
    const validated = await ok<Update>(
      api,
      VALIDATE,
      { input: { id: update.id, version: update.version, validatedRag: 'Amber', reason: 'Venue still not booked.' } },
      senior(),
      'validateRag',
    );
    expect(await deliver()).toBe(0); // not yet decided: nothing to tell
    const accepted = await ok<Update>(
      api,
      ACCEPT,
      { input: { id: update.id, version: validated.version } },
      senior(),
      'acceptProgressUpdate',
    );
    // Validating the same RAG again after acceptance is not news.
    await ok(
      api,
      VALIDATE,
      { input: { id: update.id, version: accepted.version, validatedRag: 'Amber', reason: 'Venue still not booked.' } },
      senior(),
      'validateRag',
    );
    expect(await deliver()).toBe(1);

    const mails = mailTo(smtp.received, lead().email).slice(before);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/was accepted as Amber$/)]);
    expect(mails[0].text).toContain('with a RAG status of Amber. You proposed Green.');
    expect(mails[0].text).toContain('Reason: Venue still not booked.');
  });

  it('tells the rest of the accountable group once when a period is signed off, linking to the board report', async () => {
    const colleague = await createSignedInPerson(api, {
      email: `colleague-${Date.now()}@example.org`,
      partnershipId: fx.partnershipId,
      fullName: 'Cat Colleague',
    });
    await addToGroup(api, colleague.personId, fx.seniorGroupId);
    const period = await fx.period('in_review');
    await ok(
      api,
      PERIOD_STATE,
      { input: { id: period.id, version: period.version, state: 'SignedOff' } },
      senior(),
      'setPeriodState',
    );
    expect(await deliver()).toBe(1);
    expect(await deliver()).toBe(0);

    const [mail, ...more] = mailTo(smtp.received, colleague.email);
    expect(more).toEqual([]);
    expect(mail.subject).toMatch(/^Period [0-9a-f]+ of Hate Crime Strategy was signed off$/);
    expect(mail.text).toContain('Sam Senior signed off Period');
    expect(mail.text).toContain(
      `Read the board report:\n${PUBLIC_URL}/reports?strategy=${fx.strategyId}&period=${period.id}`,
    );
    expect(mailTo(smtp.received, fx.people.senior.email).filter((m) => m.subject?.includes('signed off'))).toEqual([]);
    expect(mailTo(smtp.received, lead().email).filter((m) => m.subject?.includes('signed off'))).toEqual([]);
  });

  it('writes no notification when the decision itself is refused', async () => {
    const update = await submitted();
    const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification`);
    const stale = await api.graphql(
      RETURN,
      { input: { id: update.id, version: update.version + 5, comment: 'Too late.' } },
      senior(),
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM notification`)).toEqual(before);
    expect(await deliver()).toBe(0);
  });

  describe('each person’s choice', () => {
    let person: { personId: string; email: string; cookie: string };
    let version = 0;

    beforeAll(async () => {
      person = await createSignedInPerson(api, {
        email: `chooser-${Date.now()}@example.org`,
        partnershipId: fx.partnershipId,
        fullName: 'Chris Chooser',
      });
      await addToGroup(api, person.personId, fx.groupAId);
    });

    async function choose(delivery: string): Promise<void> {
      const saved = await ok<{ version: number }>(
        api,
        UPDATE_SETTINGS,
        { input: { version, preferences: [{ kind: 'RagChanged', delivery }] } },
        person.cookie,
        'updateNotificationSettings',
      );
      version = saved.version;
    }

    /** An update written by the person, accepted as Red though they proposed Green. */
    async function acceptedAsRed(): Promise<void> {
      const update = await submitted();
      await api.dataSource.query(`UPDATE progress_update SET author_id = $2 WHERE id = $1`, [
        update.id,
        person.personId,
      ]);
      const validated = await ok<Update>(
        api,
        VALIDATE,
        { input: { id: update.id, version: update.version, validatedRag: 'Red', reason: 'No funding.' } },
        senior(),
        'validateRag',
      );
      await ok(api, ACCEPT, { input: { id: update.id, version: validated.version } }, senior(), 'acceptProgressUpdate');
    }

    it('holds a notification for the daily digest when the person chose the digest, and sends the digest once', async () => {
      await choose('DailyDigest');
      await acceptedAsRed();
      await deliver();
      expect(mailTo(smtp.received, person.email)).toEqual([]);
      const [held] = await notificationsOf(api, person.personId);
      expect(held).toMatchObject({ kind: 'rag_changed', email: 'digest', digested_at: null });

      const job = api.app.get(DailyDigestJob);
      const tomorrow = new Date(Date.now() + DAY_MS);
      const first = await job.run(tomorrow, { dryRun: false });
      expect(first.queued.map((m) => m.to)).toContain(person.email);
      const again = await job.run(tomorrow, { dryRun: false });
      expect(again.queued.map((m) => m.to)).not.toContain(person.email);
      await deliver();

      const mails = mailTo(smtp.received, person.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toMatch(/^Your Waymark summary – /);
      expect(mails[0].text).toContain('Since your last summary');
      expect(mails[0].text).toContain(held.title);
      expect((await notificationsOf(api, person.personId))[0].digested_at).toBeInstanceOf(Date);
      // Carried once: the next day's run has nothing for this person.
      const nextDay = await job.run(new Date(Date.now() + 2 * DAY_MS), { dryRun: false });
      expect(nextDay.queued.map((m) => m.to)).not.toContain(person.email);
    });

    it('e-mails nothing when the person opted out, but still lists the notification in the app', async () => {
      await choose('Off');
      const before = mailTo(smtp.received, person.email).length;
      await acceptedAsRed();
      await deliver();
      const run = await api.app.get(DailyDigestJob).run(new Date(Date.now() + 3 * DAY_MS), { dryRun: false });
      await deliver();
      expect(run.queued.map((m) => m.to)).not.toContain(person.email);
      expect(mailTo(smtp.received, person.email).length).toBe(before);
      const listed = await notificationsOf(api, person.personId);
      expect(listed[listed.length - 1]).toMatchObject({ kind: 'rag_changed', email: 'none' });
    });

    it('e-mails at once again when the person chooses it', async () => {
      await choose('Immediate');
      const before = mailTo(smtp.received, person.email).length;
      await acceptedAsRed();
      expect(await deliver()).toBe(1);
      expect(
        mailTo(smtp.received, person.email)
          .slice(before)
          .map((m) => m.subject),
      ).toEqual([expect.stringMatching(/was accepted as Red$/)]);
    });

    it('refuses to turn off a returned update, naming the field, and still e-mails it', async () => {
      const refused = await api.graphql(
        UPDATE_SETTINGS,
        { input: { version, preferences: [{ kind: 'UpdateReturned', delivery: 'Off' }] } },
        person.cookie,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([
        {
          field: 'input.preferences.0.delivery',
          message: '“An update of yours is returned” is always e-mailed at once: it cannot be delayed or turned off.',
        },
      ]);
      const [settings] = await api.dataSource.query(
        `SELECT version, preferences FROM notification_settings WHERE person_id = $1`,
        [person.personId],
      );
      expect(settings).toEqual({ version, preferences: { rag_changed: 'immediate' } });

      const before = mailTo(smtp.received, person.email).length;
      const update = await submitted();
      await api.dataSource.query(`UPDATE progress_update SET author_id = $2 WHERE id = $1`, [
        update.id,
        person.personId,
      ]);
      await ok(
        api,
        RETURN,
        { input: { id: update.id, version: update.version, comment: 'Add the dates.' } },
        senior(),
        'returnProgressUpdate',
      );
      await deliver();
      expect(
        mailTo(smtp.received, person.email)
          .slice(before)
          .map((m) => m.subject),
      ).toEqual([expect.stringMatching(/was returned$/)]);
    });
  });
});
