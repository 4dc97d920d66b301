import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/my-updates?period=2', '/my-updates?period=2'],
    ['/review/s1', '/review/s1'],
    [undefined, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/sign-in?returnUrl=/x', '/'],
  ])('returns a same-app path for %p', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
