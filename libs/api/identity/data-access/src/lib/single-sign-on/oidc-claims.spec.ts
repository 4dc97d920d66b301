import { isEntraIdIssuer, verifiedEmail } from './oidc-claims';

const ENTRA = 'https://login.microsoftonline.com/8f1c2a3b-1111-4222-8333-944445555666/v2.0';

describe('the e-mail address an OpenID provider vouches for', () => {
  it('takes `email` only when `email_verified` is true', () => {
    expect(
      verifiedEmail({ iss: 'https://idp.example.org', sub: '1', email: 'ann@council.gov.uk', email_verified: true }),
    ).toBe('ann@council.gov.uk');
    expect(
      verifiedEmail({ iss: 'https://idp.example.org', sub: '1', email: 'ann@council.gov.uk', email_verified: false }),
    ).toBeNull();
    expect(verifiedEmail({ iss: 'https://idp.example.org', sub: '1', email: 'ann@council.gov.uk' })).toBeNull();
    expect(
      verifiedEmail({ iss: 'https://idp.example.org', sub: '1', email: 'ann@council.gov.uk', email_verified: 'true' }),
    ).toBeNull();
  });

  it('takes `preferred_username` only from a tenant of Microsoft Entra ID', () => {
    expect(verifiedEmail({ iss: ENTRA, sub: '1', preferred_username: 'ann@council.gov.uk' })).toBe(
      'ann@council.gov.uk',
    );
    expect(
      verifiedEmail({ iss: 'https://idp.example.org', sub: '1', preferred_username: 'ann@council.gov.uk' }),
    ).toBeNull();
    expect(verifiedEmail({ iss: ENTRA, sub: '1', preferred_username: 'not-an-address' })).toBeNull();
  });

  it('recognises tenant issuers, not the multi-tenant endpoints', () => {
    expect(isEntraIdIssuer(ENTRA)).toBe(true);
    expect(isEntraIdIssuer('https://login.microsoftonline.com/common/v2.0')).toBe(false);
    expect(
      isEntraIdIssuer('https://login.microsoftonline.com.evil.example/8f1c2a3b-1111-4222-8333-944445555666/v2.0'),
    ).toBe(false);
  });
});
