import { DeliveryWorker } from '@waymark/api/mail/feature';
import { ReminderRun } from '@waymark/api/reminders/data-access';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createReminderFixture, recipientsOf, type ReminderFixture, subjectsTo } from './reminder-fixture';

const PUBLIC_URL = 'https://waymark.example.org';
/** A moment given as London wall-clock time in summer (UTC+1). */
const london = (isoLocal: string) => new Date(`${isoLocal}+01:00`);

describe('reminders, chasers and escalation through a quarter (clock injected, real SMTP)', () => {
  let smtp: SmtpTestServer;
  let api: TestApp;
  let run: ReminderRun;
  let worker: DeliveryWorker;
  let f: ReminderFixture;
  const sendAt = async (at: Date) => {
    const result = await run.run(at, { dryRun: false, partnershipId: f.partnershipId });
    await worker.deliverDue();
    return result;
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600', WAYMARK_PUBLIC_URL: PUBLIC_URL },
    });
    run = api.app.get(ReminderRun);
    worker = api.app.get(DeliveryWorker);
    f = await createReminderFixture(api, 'quarter');
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('sends nothing while no step is due', async () => {
    expect((await sendAt(london('2026-07-01T09:00:00'))).messages).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('reminds each lead 7 days before the deadline in London time, once, with one digest listing every action they owe across strategies', async () => {
    // 00:30 on 8 July in London is still 7 July in UTC: the reminder is due by the partnership's calendar, not UTC's.
    const result = await sendAt(new Date('2026-07-07T23:30:00Z'));
    expect(result.byStep).toEqual({ reminder: 2 });
    const lee = smtp.received.filter((m) => recipientsOf(m).includes(f.people.lee.email));
    expect(lee).toHaveLength(1);
    expect(lee[0].subject).toBe('Reminder: updates due 15 July 2026');
    const text = lee[0].text ?? '';
    expect(text).toContain('Dear Lee Lead,');
    expect(text).toContain('You have 3 actions to update. The deadline is 15 July 2026 (in 7 days).');
    expect(text).toContain('Hate Crime Strategy: Q1 2026/27, due 15 July 2026');
    expect(text).toContain('Community Safety Strategy: Q1 2026/27, due 15 July 2026');
    expect(text).toContain(`${PUBLIC_URL}/my-updates/${f.strategyId}/${f.periodId}/${f.actions.leeFirst}`);
    expect(text).toContain(
      `${PUBLIC_URL}/my-updates/${f.secondStrategyId}/${f.secondPeriodId}/${f.actions.leeOtherStrategy}`,
    );
    expect(text).toContain(`Write your updates:\n${PUBLIC_URL}/my-updates`);
    expect(text).not.toContain('Run a schools awareness week');
    expect(subjectsTo(smtp.received, f.people.pat.email)).toEqual(['Reminder: updates due 15 July 2026']);
    expect(subjectsTo(smtp.received, f.people.chair.email)).toEqual([]);

    expect((await sendAt(new Date('2026-07-08T08:00:00Z'))).messages).toBe(0);
    expect((await sendAt(london('2026-07-09T09:00:00'))).messages).toBe(0);
    expect(smtp.received).toHaveLength(2);
  });

  it('chases on the deadline day only what is still missing, in draft or returned, and never someone who submitted', async () => {
    await f.update(f.actions.leeFirst, f.periodId, 'submitted');
    await f.update(f.actions.leeSecond, f.periodId, 'draft');
    await f.update(f.actions.patOnly, f.periodId, 'submitted');
    const result = await sendAt(london('2026-07-15T09:00:00'));
    expect(result.byStep).toEqual({ chaser: 1 });
    const chaser = smtp.received.filter((m) => m.subject === 'Your updates are due today');
    expect(chaser.map(recipientsOf)).toEqual([[f.people.lee.email]]);
    expect(chaser[0].text).toContain('You still have 2 actions to update.');
    expect(chaser[0].text).toContain('Publish third-party reporting centres (draft not submitted)');
    expect(chaser[0].text).not.toContain('Train call handlers');
    expect(subjectsTo(smtp.received, f.people.pat.email)).toHaveLength(1);
  });

  it('chases again 3 days after the deadline, saying escalation follows', async () => {
    expect((await sendAt(london('2026-07-17T09:00:00'))).messages).toBe(0);
    const result = await sendAt(london('2026-07-18T09:00:00'));
    expect(result.byStep).toEqual({ second_chaser: 1 });
    const [overdue] = smtp.received.filter((m) => m.subject === 'Your updates are overdue');
    expect(recipientsOf(overdue)).toEqual([f.people.lee.email]);
    expect(overdue.text).toContain('The deadline for your updates was 15 July 2026 (3 days ago).');
    expect(overdue.text).toContain('they will be reported to the chair of your delivery group');
  });

  it("escalates 7 days after the deadline to the delivery group's chair and the accountable group, by group and lead", async () => {
    const result = await sendAt(london('2026-07-22T09:00:00'));
    expect(result.byStep).toEqual({ escalation: 2 });
    const escalations = smtp.received.filter((m) => m.subject === 'Updates still missing after the deadline');
    expect(escalations.map(recipientsOf).flat().sort()).toEqual([f.people.chair.email, f.people.senior.email].sort());
    const toChair = escalations.find((m) => recipientsOf(m).includes(f.people.chair.email));
    const text = toChair?.text ?? '';
    expect(text).toContain('Delivery Group A (Police), Hate Crime Strategy: Q1 2026/27 (2 actions)\n');
    expect(text).toContain('Publish third-party reporting centres (draft not submitted), lead: Lee Lead');
    expect(text).toContain('Agree a data sharing protocol (no update yet), lead: no lead officer');
    expect(text).toContain('Extend street marshals to Sunday nights (no update yet), lead: Lee Lead');
    expect(text).toContain(`${PUBLIC_URL}/strategies/${f.strategyId}/actions/${f.actions.noLead}`);
    expect(text).not.toContain('Train call handlers');
    // Fewer than the 10 lines a group shows: no "and N more".
    expect(text).not.toContain('more: see the review dashboard');
    expect(subjectsTo(smtp.received, f.people.lee.email)).toEqual([
      'Reminder: updates due 15 July 2026',
      'Your updates are due today',
      'Your updates are overdue',
    ]);
  });

  it('never sends a step again afterwards, and every message was delivered exactly once', async () => {
    for (const day of ['2026-07-23', '2026-07-24', '2026-07-25', '2026-08-30'])
      expect((await sendAt(london(`${day}T09:00:00`))).messages).toBe(0);
    const rows: Array<{ status: string; n: number }> = await api.dataSource.query(
      `SELECT status, count(*)::int AS n FROM outbox_message WHERE partnership_id = $1 GROUP BY status`,
      [f.partnershipId],
    );
    expect(rows).toEqual([{ status: 'sent', n: 6 }]);
    expect(smtp.received).toHaveLength(6);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(6);
  });
});

describe('reminder pauses and settings', () => {
  let api: TestApp;
  let run: ReminderRun;
  let f: ReminderFixture;
  beforeAll(async () => {
    api = await startTestApp();
    run = api.app.get(ReminderRun);
    f = await createReminderFixture(api, 'pause');
  });
  afterAll(() => api.close());

  it('sends nothing to a person an administrator paused, and resumes after', async () => {
    const pause = await api.graphql(
      'mutation($input: SetRemindersPausedInput!) { setRemindersPaused(input: $input) { personId remindersPaused } }',
      { input: { personId: f.people.pat.personId, paused: true } },
      f.people.admin.cookie,
    );
    expect(pause.errors).toBeUndefined();
    const result = await run.run(london('2026-07-08T09:00:00'), { dryRun: false, partnershipId: f.partnershipId });
    expect(result.recipients.map((r) => r.email)).toEqual([f.people.lee.email]);
    await api.graphql(
      'mutation($input: SetRemindersPausedInput!) { setRemindersPaused(input: $input) { remindersPaused } }',
      { input: { personId: f.people.pat.personId, paused: false } },
      f.people.admin.cookie,
    );
    const later = await run.run(london('2026-07-09T09:00:00'), { dryRun: false, partnershipId: f.partnershipId });
    expect(later.recipients.map((r) => r.email)).toEqual([f.people.pat.email]);
  });

  it('follows the strategy settings: a step turned off is not sent, and the reminder goes the set number of days before', async () => {
    const other = await createReminderFixture(api, 'settings');
    const update = (strategyId: string, values: Record<string, unknown>) =>
      api.graphql(
        'mutation($input: UpdateReminderSettingsInput!) { updateReminderSettings(input: $input) { reminderDaysBefore chaserEnabled version } }',
        {
          input: {
            strategyId,
            version: 1,
            reminderEnabled: true,
            reminderDaysBefore: 10,
            chaserEnabled: false,
            chaserDaysAfter: 3,
            escalationEnabled: true,
            escalationDaysAfter: 7,
            ...values,
          },
        },
        other.people.admin.cookie,
      );
    expect((await update(other.strategyId, {})).data).toEqual({
      updateReminderSettings: { reminderDaysBefore: 10, chaserEnabled: false, version: 2 },
    });
    expect((await update(other.secondStrategyId, { reminderEnabled: false })).errors).toBeUndefined();
    const reminder = await run.run(london('2026-07-05T09:00:00'), {
      dryRun: false,
      partnershipId: other.partnershipId,
    });
    expect(reminder.byStep).toEqual({ reminder: 2 });
    const chaser = await run.run(london('2026-07-15T09:00:00'), { dryRun: false, partnershipId: other.partnershipId });
    expect(chaser.byStep).toEqual({});
  });

  it('refuses negative days and an escalation before the second chaser with field errors, saving nothing', async () => {
    const other = await createReminderFixture(api, 'bad-settings');
    const result = await api.graphql(
      'mutation($input: UpdateReminderSettingsInput!) { updateReminderSettings(input: $input) { version } }',
      {
        input: {
          strategyId: other.strategyId,
          version: 1,
          reminderEnabled: true,
          reminderDaysBefore: -3,
          chaserEnabled: true,
          chaserDaysAfter: 5,
          escalationEnabled: true,
          escalationDaysAfter: 8,
        },
      },
      other.people.admin.cookie,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.reminderDaysBefore',
          message: 'Days before the deadline must be a whole number of days, 1 or more',
        },
      ],
    });
    const before = await api.graphql(
      'mutation($input: UpdateReminderSettingsInput!) { updateReminderSettings(input: $input) { version } }',
      {
        input: {
          strategyId: other.strategyId,
          version: 1,
          reminderEnabled: true,
          reminderDaysBefore: 7,
          chaserEnabled: true,
          chaserDaysAfter: 5,
          escalationEnabled: true,
          escalationDaysAfter: 4,
        },
      },
      other.people.admin.cookie,
    );
    expect(before.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.escalationDaysAfter',
          message: 'Escalation must come after the second chaser: enter more than 5 days after the deadline',
        },
      ],
    });
    expect(
      await api.dataSource.query(`SELECT 1 FROM reminder_settings WHERE strategy_id = $1`, [other.strategyId]),
    ).toEqual([]);
    const read = await api.graphql(
      'query($id: ID!) { reminderSettings(strategyId: $id) { reminderDaysBefore escalationDaysAfter version } }',
      { id: other.strategyId },
      other.people.admin.cookie,
    );
    expect(read.data).toEqual({ reminderSettings: { reminderDaysBefore: 7, escalationDaysAfter: 7, version: 1 } });
  });

  it('a dry run reports what is due and changes nothing', async () => {
    const other = await createReminderFixture(api, 'dry');
    const dry = await run.run(london('2026-07-08T09:00:00'), { dryRun: true, partnershipId: other.partnershipId });
    expect(dry.byStep).toEqual({ reminder: 2 });
    const [{ n }]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE partnership_id = $1`,
      [other.partnershipId],
    );
    expect(n).toBe(0);
  });
});

describe('the cycle status of a period', () => {
  const CYCLE = `query($id: ID!) { cycleStatus(periodId: $id) {
    periodName today timeZone withoutLead { title }
    people { fullName reachable remindersPaused submitted owed { title updateState } }
    messages { step fullName recipient actionCount deliveryStatus attempts lastError sentById } } }`;
  let smtp: SmtpTestServer;
  let api: TestApp;
  let f: ReminderFixture;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600', MAIL_MAX_ATTEMPTS: '2' } });
    f = await createReminderFixture(api, 'status');
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('shows who owes what, what was sent to whom with its delivery, and a mail server refusal', async () => {
    await f.update(f.actions.leeFirst, f.periodId, 'submitted');
    await api.app
      .get(ReminderRun)
      .run(london('2026-07-08T09:00:00'), { dryRun: false, partnershipId: f.partnershipId });
    smtp.refuseWith = 'Mailbox unavailable';
    await api.app.get(DeliveryWorker).deliverDue();
    await api.dataSource.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [f.people.pat.personId]);

    const result = await api.graphql<{ cycleStatus: Record<string, unknown> }>(
      CYCLE,
      { id: f.periodId },
      f.people.admin.cookie,
    );
    expect(result.errors).toBeUndefined();
    const status = result.data?.cycleStatus;
    expect(status).toMatchObject({
      periodName: 'Q1 2026/27',
      timeZone: 'Europe/London',
      withoutLead: [{ title: 'Agree a data sharing protocol' }],
    });
    expect(status?.['people']).toEqual([
      {
        fullName: 'Lee Lead',
        reachable: true,
        remindersPaused: false,
        submitted: 1,
        owed: [{ title: 'Publish third-party reporting centres', updateState: 'missing' }],
      },
      {
        fullName: 'Pat Partner',
        reachable: false,
        remindersPaused: false,
        submitted: 0,
        owed: [{ title: 'Run a schools awareness week', updateState: 'missing' }],
      },
    ]);
    const messages = status?.['messages'] as Array<Record<string, unknown>>;
    expect(messages).toHaveLength(2);
    for (const m of messages)
      expect(m).toMatchObject({
        step: 'reminder',
        deliveryStatus: 'queued',
        attempts: 1,
        sentById: null,
        lastError: expect.stringContaining('Mailbox unavailable'),
      });
    expect(messages.find((m) => m['fullName'] === 'Lee Lead')).toMatchObject({
      recipient: f.people.lee.email,
      actionCount: 1,
    });
  });

  it('sends one reminder now to a lead who still owes updates, and refuses one who cannot be written to', async () => {
    smtp.refuseWith = null;
    const send = (personId: string) =>
      api.graphql(
        'mutation($input: SendReminderNowInput!) { sendReminderNow(input: $input) { recipient actionCount } }',
        { input: { periodId: f.periodId, personId } },
        f.people.admin.cookie,
      );
    expect((await send(f.people.lee.personId)).data).toEqual({
      sendReminderNow: { recipient: f.people.lee.email, actionCount: 1 },
    });
    const refused = await send(f.people.pat.personId);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.personId', message: 'Pat Partner has no address Waymark can write to' }],
    });
    await api.app.get(DeliveryWorker).deliverDue();
    const manual = smtp.received.filter((m) => recipientsOf(m).includes(f.people.lee.email));
    expect(manual.map((m) => m.subject)).toEqual(['Reminder: updates due 15 July 2026']);
    expect(manual[0].text).toContain('Publish third-party reporting centres (no update yet)');
    const status = await api.graphql<{
      cycleStatus: { messages: Array<{ step: string; sentById: string | null; deliveryStatus: string }> };
    }>(CYCLE, { id: f.periodId }, f.people.admin.cookie);
    expect(status.data?.cycleStatus.messages[0]).toMatchObject({
      step: 'manual',
      sentById: f.people.admin.personId,
      deliveryStatus: 'sent',
    });
  });
});
