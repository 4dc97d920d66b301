import { invitationMail } from './invitation-mail';
import { composeMail, escapeHtml } from './mail-content';
import { passwordChangedMail } from './password-changed-mail';
import { passwordResetMail } from './password-reset-mail';
import { signInDelayedMail } from './sign-in-delayed-mail';

const LINK = 'https://waymark.example.org/set-password?token=abc123';

describe('mail templates', () => {
  it('invites with the service name, the partnership, the expiry and exactly one link, in text and HTML', () => {
    const mail = invitationMail({
      fullName: 'Priya Shah',
      partnershipName: 'Safer York Partnership',
      link: LINK,
      expiresInDays: 7,
    });
    expect(mail.subject).toBe('You have been invited to Waymark');
    expect(mail.text).toContain('Dear Priya Shah,');
    expect(mail.text).toContain('You have been invited to use Waymark for Safer York Partnership.');
    expect(mail.text).toContain('expires in 7 days');
    expect(mail.text).toContain(`Set your password:\n${LINK}`);
    expect(mail.html.match(/<a /g)).toHaveLength(1);
    expect(mail.html).toContain(`<a href="${escapeHtml(LINK)}"`);
    expect(mail.html).not.toMatch(/<img/i);
    expect(invitationMail({ fullName: 'A', partnershipName: 'B', link: LINK, expiresInDays: 1 }).text).toContain(
      'expires in 1 day.',
    );
  });

  it('asks to reset a password with a one-hour link and says nothing changed otherwise', () => {
    const mail = passwordResetMail({ fullName: 'Sam Lee', link: LINK, expiresInMinutes: 60 });
    expect(mail.subject).toBe('Reset your Waymark password');
    expect(mail.text).toContain('expires in 60 minutes');
    expect(mail.text).toContain('Your password has not changed.');
    expect(mail.html.match(/<a /g)).toHaveLength(1);
  });

  it('tells the person their password was changed, with a way to reset it', () => {
    const mail = passwordChangedMail({ fullName: 'Sam Lee', resetLink: 'https://waymark.example.org/forgot-password' });
    expect(mail.subject).toBe('Your Waymark password was changed');
    expect(mail.text).toContain('If you did not change it, reset your password now.');
    expect(mail.text).toContain('https://waymark.example.org/forgot-password');
    expect(mail.text.trimEnd().endsWith('Waymark')).toBe(true);
  });

  it('tells the account holder sign-in is being slowed down, without blaming them, and links to the reset', () => {
    const mail = signInDelayedMail({ fullName: 'Sam Lee', resetLink: 'https://waymark.example.org/forgot-password' });
    expect(mail.subject).toBe('Sign-in to your Waymark account is being slowed down');
    expect(mail.text).toContain('If this was not you, reset your password.');
    expect(mail.text).toContain('Reset your password:\nhttps://waymark.example.org/forgot-password');
    expect(mail.html.match(/<a /g)).toHaveLength(1);
    expect(mail.html).not.toMatch(/<img/i);
  });

  it('escapes names in the HTML so a name cannot inject markup', () => {
    const mail = invitationMail({
      fullName: '<script>x</script> & Co',
      partnershipName: 'P',
      link: LINK,
      expiresInDays: 7,
    });
    expect(mail.html).toContain('Dear &lt;script&gt;x&lt;/script&gt; &amp; Co,');
    expect(mail.html).not.toContain('<script>');
  });

  it('puts a headed list between the paragraphs and the main link, each item with its own link, escaped', () => {
    const mail = composeMail({
      subject: 'S',
      greeting: 'Dear Sam,',
      paragraphs: ['Intro.'],
      lists: [
        {
          heading: 'Waiting for review',
          items: [{ text: '3 updates <Q1>', href: 'https://w.example.org/review/a/b' }, { text: 'No link' }],
        },
      ],
      link: { text: 'Open', href: 'https://w.example.org/' },
    });
    expect(mail.text).toContain(
      'Intro.\n\nWaiting for review\n- 3 updates <Q1>\n  https://w.example.org/review/a/b\n- No link\n\nOpen:\nhttps://w.example.org/',
    );
    expect(mail.html).toContain(
      '<li style="margin:0 0 8px"><a href="https://w.example.org/review/a/b" style="color:#1d70b8">3 updates &lt;Q1&gt;</a></li>',
    );
    expect(mail.html.indexOf('Waiting for review')).toBeLessThan(mail.html.indexOf('>Open</a>'));
  });
});
