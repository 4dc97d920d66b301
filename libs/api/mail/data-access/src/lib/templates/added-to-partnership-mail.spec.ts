import { addedToPartnershipMail } from './added-to-partnership-mail';
import { escapeHtml } from './mail-content';

describe('added to a partnership mail', () => {
  it('names the partnership, says no new password is needed and links to sign-in only', () => {
    const mail = addedToPartnershipMail({
      fullName: 'Priya Shah',
      partnershipName: 'Selby Community Safety Partnership',
      link: 'https://waymark.example.org/sign-in',
    });
    expect(mail.subject).toBe('You have been added to Selby Community Safety Partnership on Waymark');
    expect(mail.text).toContain('Dear Priya Shah,');
    expect(mail.text).toContain('you do not need a new password');
    expect(mail.text).toContain('Switch partnership');
    expect(mail.text).toContain('Sign in:\nhttps://waymark.example.org/sign-in');
    expect(mail.text).not.toMatch(/token|set your password/i);
    expect(mail.html.match(/<a /g)).toHaveLength(1);
    expect(mail.html).toContain(`<a href="${escapeHtml('https://waymark.example.org/sign-in')}"`);
  });
});
