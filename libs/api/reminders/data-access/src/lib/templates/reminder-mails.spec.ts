import { longDate } from '@waymark/shared/domain';
import { deadlineInWords, escalationMail, type OwedAction, reminderMail } from './reminder-mails';

const URL = 'https://waymark.example.org';
const action = (over: Partial<OwedAction>): OwedAction => ({
  actionId: 'a1',
  strategyId: 's1',
  strategyTitle: 'Hate Crime Strategy',
  periodId: 'p1',
  periodName: 'Q1 2026/27',
  deadline: '2026-07-15',
  ref: '1.1',
  title: 'Train call handlers',
  updateState: 'missing',
  leadName: 'Lee Lead',
  groupName: 'Police Delivery Group',
  ...over,
});

describe('reminder messages', () => {
  it('lists every owed action with its own link, by strategy and period, and ends with one link to My updates', () => {
    const mail = reminderMail({
      fullName: 'Lee Lead',
      step: 'reminder',
      today: '2026-07-08',
      publicUrl: URL,
      actions: [
        action({}),
        action({ actionId: 'a2', ref: null, title: 'Publish centres', updateState: 'returned' }),
        action({ actionId: 'b1', strategyId: 's2', periodId: 'p2', strategyTitle: 'Community Safety Strategy' }),
      ],
    });
    expect(mail.subject).toBe('Reminder: updates due 15 July 2026');
    expect(mail.text).toContain('You have 3 actions to update. The deadline is 15 July 2026 (in 7 days).');
    expect(mail.text).toContain(
      `Hate Crime Strategy: Q1 2026/27, due 15 July 2026\n- 1.1 Train call handlers (no update yet)\n  ${URL}/my-updates/s1/p1/a1\n- Publish centres (returned to you)`,
    );
    expect(mail.text).toContain(
      `Community Safety Strategy: Q1 2026/27, due 15 July 2026\n- 1.1 Train call handlers (no update yet)\n  ${URL}/my-updates/s2/p2/b1`,
    );
    expect(mail.text).toContain(`Write your updates:\n${URL}/my-updates\n`);
    expect(mail.html.match(/<a /g)).toHaveLength(4);
    expect(mail.html).not.toMatch(/<img/i);
  });

  it('words the chasers by the deadline: today, then overdue with escalation announced', () => {
    const chaser = reminderMail({
      fullName: 'Lee',
      step: 'chaser',
      today: '2026-07-15',
      publicUrl: URL,
      actions: [action({ updateState: 'draft' })],
    });
    expect(chaser.subject).toBe('Your updates are due today');
    expect(chaser.text).toContain(
      'The deadline for your updates is today, 15 July 2026. You still have 1 action to update.',
    );
    expect(chaser.text).toContain('(draft not submitted)');
    const overdue = reminderMail({
      fullName: 'Lee',
      step: 'second_chaser',
      today: '2026-07-18',
      publicUrl: URL,
      actions: [action({})],
    });
    expect(overdue.subject).toBe('Your updates are overdue');
    expect(overdue.text).toContain('was 15 July 2026 (3 days ago)');
    expect(overdue.text).toContain(
      'they will be reported to the chair of your delivery group and to the senior officer group',
    );
  });

  it('escalates by group and lead, with action pages as links and a link to the review', () => {
    const mail = escalationMail({
      fullName: 'Cath Chair',
      today: '2026-07-22',
      publicUrl: URL,
      actions: [action({}), action({ actionId: 'a9', leadName: null, groupName: null, title: 'Agree protocol' })],
    });
    expect(mail.subject).toBe('Updates still missing after the deadline');
    expect(mail.text).toContain(
      '2 actions have no submitted update, although the deadline was 15 July 2026 (7 days ago).',
    );
    expect(mail.text).toContain(
      `Police Delivery Group, Hate Crime Strategy: Q1 2026/27 (1 action)\n- 1.1 Train call handlers (no update yet), lead: Lee Lead\n  ${URL}/strategies/s1/actions/a1`,
    );
    expect(mail.text).toContain(
      'No delivery group, Hate Crime Strategy: Q1 2026/27 (1 action)\n- 1.1 Agree protocol (no update yet), lead: no lead officer',
    );
    expect(mail.text).not.toContain('more: see the review dashboard');
    expect(mail.text).toContain(`Review progress:\n${URL}/review`);
  });

  it('caps each group at its count and first 10 actions by lead, then "and N more" linking to the period on the review dashboard', () => {
    const many = Array.from({ length: 2_400 }, (_, i) =>
      action({
        actionId: `a${i}`,
        ref: `${i + 1}`,
        title: `Action ${i + 1}`,
        leadName: i % 2 ? 'Zoe Lead' : 'Ann Lead',
      }),
    );
    const other = action({
      actionId: 'b1',
      groupName: 'Council Delivery Group',
      title: 'Light the underpass',
      leadName: null,
    });
    const mail = escalationMail({
      fullName: 'Sam Senior',
      today: '2026-07-22',
      publicUrl: URL,
      actions: [...many, other],
    });
    expect(mail.text).toContain('2,401 actions have no submitted update');
    expect(mail.text).toContain(
      'Council Delivery Group, Hate Crime Strategy: Q1 2026/27 (1 action)\n- 1.1 Light the underpass (no update yet), lead: no lead officer',
    );
    expect(mail.text).toContain(
      'Police Delivery Group, Hate Crime Strategy: Q1 2026/27 (2,400 actions)\n- 1 Action 1 (no update yet), lead: Ann Lead\n',
    );
    expect(mail.text).toContain(
      `- 19 Action 19 (no update yet), lead: Ann Lead\n  ${URL}/strategies/s1/actions/a18\n- and 2,390 more: see the review dashboard\n  ${URL}/review/s1/p1\n`,
    );
    expect(mail.text).not.toContain('Zoe Lead');
    expect(mail.html.match(/<li /g)).toHaveLength(12);
    expect(mail.html.length + mail.text.length).toBeLessThan(10_000);
  });

  it('escapes names and titles in the HTML', () => {
    const mail = reminderMail({
      fullName: '<b>Lee</b>',
      step: 'manual',
      today: '2026-07-20',
      publicUrl: URL,
      actions: [action({ title: 'Fish & <chips>' })],
    });
    expect(mail.html).toContain('Dear &lt;b&gt;Lee&lt;/b&gt;,');
    expect(mail.html).toContain('Fish &amp; &lt;chips&gt;');
    expect(mail.text).toContain('The deadline was 15 July 2026 (5 days ago).');
  });

  it('writes dates the GOV.UK way', () => {
    expect(longDate('2026-01-05')).toBe('5 January 2026');
    expect(deadlineInWords('2026-07-16', '2026-07-15')).toBe('in 1 day');
    expect(deadlineInWords('2026-07-15', '2026-07-15')).toBe('today');
  });
});
