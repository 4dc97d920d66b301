import { hashAccountToken, newAccountToken, setPasswordLink } from './account-tokens';

describe('account tokens', () => {
  it('are 256 random URL-safe bits, different every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, newAccountToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });

  it('are stored as their SHA-256 only', () => {
    const token = newAccountToken();
    expect(hashAccountToken(token)).toHaveLength(32);
    expect(hashAccountToken(token).equals(hashAccountToken(token))).toBe(true);
    expect(hashAccountToken(token).toString('base64url')).not.toBe(token);
  });

  it('travel in the fragment of the link, never in a query string a server would log', () => {
    expect(setPasswordLink('https://waymark.example.org', 'abc')).toBe(
      'https://waymark.example.org/set-password#token=abc',
    );
  });
});
