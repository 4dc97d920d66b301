import { DeliveryWorker } from '@waymark/api/mail/feature';
import { DailyDigestJob } from '@waymark/api/notifications/data-access';
import { createProgressFixture, type ProgressFixture } from '../testing/progress-fixture';
import { addToGroup, createSignedInPerson } from '../testing/sign-in';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';
import { UPDATE_SETTINGS, mailTo, notificationsOf, ok } from './notification-helpers';

const DAY_MS = 86_400_000;

describe('the daily reviewer digest', () => {
  let smtp: SmtpTestServer;
  let api: TestApp;
  let fx: ProgressFixture;
  let job: DailyDigestJob;
  let colleague: { personId: string; email: string; cookie: string };
  const outboxCount = async (): Promise<number> =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message`))[0].n;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600', WAYMARK_PUBLIC_URL: 'https://waymark.example.org' },
    });
    fx = await createProgressFixture(api);
    colleague = await createSignedInPerson(api, {
      email: `colleague-${Date.now()}@example.org`,
      partnershipId: fx.partnershipId,
      fullName: 'Cat Colleague',
    });
    await addToGroup(api, colleague.personId, fx.seniorGroupId);
    job = api.app.get(DailyDigestJob);
    for (let i = 0; i < 3; i++) {
      const update = await fx.update({ reviewState: 'submitted' });
      await api.dataSource.query(`UPDATE progress_update SET submitted_at = now() - interval '1 hour' WHERE id = $1`, [
        update.id,
      ]);
    }
    await fx.update({ reviewState: 'draft' }); // not waiting for review
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('is a job definition the registry can list and run', () => {
    expect(job).toMatchObject({ name: 'daily-digest', schedule: '0 7 * * *' });
    expect(job.description).toMatch(/reviewer/);
  });

  it('in a dry run, says who would get what and writes nothing', async () => {
    const before = await outboxCount();
    const notificationsBefore = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification`);
    const run = await job.run(new Date(), { dryRun: true });
    expect(run.dryRun).toBe(true);
    expect(run.queued.map((m) => m.to).sort()).toEqual([colleague.email, fx.people.senior.email].sort());
    expect(run.queued[0].subject).toMatch(/^3 updates waiting for your review – /);
    expect(run.summary).toMatch(/^Would queue 2 daily digests for \d{4}-\d{2}-\d{2}\.$/);
    expect(await outboxCount()).toBe(before);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM notification`)).toEqual(notificationsBefore);
  });

  it('sends each reviewer one digest a day, however many runs (also at once, as two instances would)', async () => {
    const now = new Date();
    const [a, b] = await Promise.all([job.run(now, { dryRun: false }), job.run(now, { dryRun: false })]);
    const third = await job.run(new Date(now.getTime() + 60_000), { dryRun: false });
    expect(a.queued.length + b.queued.length).toBe(2);
    expect(a.alreadySent + b.alreadySent).toBe(2);
    expect(third.queued).toEqual([]);
    expect(third.alreadySent).toBe(2);
    expect(await api.app.get(DeliveryWorker).deliverDue()).toBe(2);

    for (const person of [fx.people.senior, colleague]) {
      const mails = mailTo(smtp.received, person.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain('3 updates are waiting for your review.');
      // The fixture puts each update in a period of its own: one line, with its link, per period.
      expect((mails[0].text ?? '').match(/^- 1 update: Hate Crime Strategy, Period [0-9a-f]+$/gm)).toHaveLength(3);
      expect(mails[0].text).toContain(`https://waymark.example.org/review/${fx.strategyId}/`);
      const listed = (await notificationsOf(api, person.personId)).filter((n) => n.kind === 'review_digest');
      expect(listed).toEqual([
        expect.objectContaining({
          title: '3 updates are waiting for your review',
          link_path: '/review',
          email: 'digest',
        }),
      ]);
    }
    expect(mailTo(smtp.received, fx.people.leadA.email)).toEqual([]);
  });

  it('sends again the next day while updates still wait, except to a reviewer who opted out', async () => {
    await ok(
      api,
      UPDATE_SETTINGS,
      { input: { version: 0, preferences: [{ kind: 'ReviewDigest', delivery: 'Off' }] } },
      colleague.cookie,
      'updateNotificationSettings',
    );
    const run = await job.run(new Date(Date.now() + DAY_MS), { dryRun: false });
    expect(run.queued.map((m) => m.to)).toEqual([fx.people.senior.email]);
    await api.app.get(DeliveryWorker).deliverDue();
    expect(mailTo(smtp.received, fx.people.senior.email)).toHaveLength(2);
    expect(mailTo(smtp.received, colleague.email)).toHaveLength(1);
    // Still listed in the app for the one who opted out of the e-mail.
    const listed = (await notificationsOf(api, colleague.personId)).filter((n) => n.kind === 'review_digest');
    expect(listed.map((n) => n.email)).toEqual(['digest', 'none']);
  });
});
