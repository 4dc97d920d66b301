import { dailyDigestMail } from './daily-digest-mail';
import { periodSignedOffMail } from './period-signed-off-mail';
import { ragChangedMail } from './rag-changed-mail';
import { updateReturnedMail } from './update-returned-mail';

const LINK = 'https://waymark.example.org/my-updates/s1/p1/a1';
const links = (html: string) => html.match(/<a /g)?.length ?? 0;

describe('workflow notification templates', () => {
  it('tells a lead their update was returned, by whom, with the comment and one link to change it', () => {
    const mail = updateReturnedMail({
      fullName: 'Lee Lead',
      reviewerName: 'Sam Senior',
      actionTitle: 'Train frontline officers',
      strategyTitle: 'Hate Crime Strategy',
      periodName: 'Q3 2026-27',
      comment: 'Say when the venue will be booked.',
      link: LINK,
    });
    expect(mail.subject).toBe('Your update on “Train frontline officers” was returned');
    expect(mail.text).toContain('Dear Lee Lead,');
    expect(mail.text).toContain(
      'Sam Senior returned your Q3 2026-27 update on “Train frontline officers” (Hate Crime Strategy).',
    );
    expect(mail.text).toContain('What needs to change: Say when the venue will be booked.');
    expect(mail.text).toContain(`Change your update:\n${LINK}`);
    expect(mail.text).not.toContain('notification settings');
    expect(links(mail.html)).toBe(1);
  });

  it('tells a lead the RAG their update was accepted with, the one they proposed, and why', () => {
    const mail = ragChangedMail({
      fullName: 'Lee Lead',
      reviewerName: 'Sam Senior',
      actionTitle: 'Train frontline officers',
      strategyTitle: 'Hate Crime Strategy',
      periodName: 'Q3 2026-27',
      proposedRag: 'Amber',
      validatedRag: 'Green',
      reason: 'Venue now booked.',
      link: LINK,
    });
    expect(mail.subject).toBe('Your update on “Train frontline officers” was accepted as Green');
    expect(mail.text).toContain('with a RAG status of Green. You proposed Amber.');
    expect(mail.text).toContain('Reason: Venue now booked.');
    expect(mail.text).toContain('notification settings');
    expect(links(mail.html)).toBe(1);
  });

  it('tells the accountable group a period was signed off, when and by whom, linking to the board report', () => {
    const mail = periodSignedOffMail({
      fullName: 'Sam Senior',
      signedOffByName: 'Chris Chair',
      strategyTitle: 'Hate Crime Strategy',
      periodName: 'Q3 2026-27',
      signedOffOn: '2026-12-06',
      reportLink: 'https://waymark.example.org/reports?strategy=s1&period=p1',
    });
    expect(mail.subject).toBe('Q3 2026-27 of Hate Crime Strategy was signed off');
    expect(mail.text).toContain('Chris Chair signed off Q3 2026-27 of Hate Crime Strategy on 6 December 2026.');
    expect(mail.text).toContain('Read the board report:\nhttps://waymark.example.org/reports?strategy=s1&period=p1');
    expect(mail.html).toContain('href="https://waymark.example.org/reports?strategy=s1&amp;period=p1"');
  });

  it('sums up the day: updates waiting per strategy and period, then held notifications, each with its link', () => {
    const mail = dailyDigestMail({
      fullName: 'Sam Senior',
      day: '2026-12-06',
      reviews: [
        {
          strategyTitle: 'Hate Crime Strategy',
          periodName: 'Q3',
          waiting: 2,
          link: 'https://w.example.org/review/s1/p1',
        },
        {
          strategyTitle: 'Community Cohesion',
          periodName: 'Q3',
          waiting: 1,
          link: 'https://w.example.org/review/s2/p2',
        },
      ],
      notices: [
        {
          title: 'Q2 of Hate Crime Strategy was signed off',
          link: 'https://w.example.org/reports?strategy=s1&period=p0',
        },
      ],
      notificationsLink: 'https://w.example.org/notifications',
      settingsLink: 'https://w.example.org/account/notifications',
    });
    expect(mail.subject).toBe('3 updates waiting for your review – 6 December 2026');
    expect(mail.text).toContain('3 updates are waiting for your review.');
    expect(mail.text).toContain(
      'Waiting for your review\n- 2 updates: Hate Crime Strategy, Q3\n  https://w.example.org/review/s1/p1\n- 1 update: Community Cohesion, Q3',
    );
    expect(mail.text).toContain('Since your last summary\n- Q2 of Hate Crime Strategy was signed off');
    expect(links(mail.html)).toBe(4);
  });

  it('has its own subject when nothing waits for review but notifications were held', () => {
    const mail = dailyDigestMail({
      fullName: 'Lee Lead',
      day: '2026-12-07',
      reviews: [],
      notices: [{ title: 'Your update on “X” was accepted as Green', link: LINK }],
      notificationsLink: 'https://w.example.org/notifications',
      settingsLink: 'https://w.example.org/account/notifications',
    });
    expect(mail.subject).toBe('Your Waymark summary – 7 December 2026');
    expect(mail.text).not.toContain('Waiting for your review');
    expect(mail.text).toContain('Here is what happened since your last summary.');
  });
});
