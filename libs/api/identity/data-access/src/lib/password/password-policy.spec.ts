import { passwordProblems } from './password';

describe('password policy', () => {
  it.each([
    ['spaces', ' '.repeat(16)],
    ['tabs and newlines', '\t\n\t\n\t\n\t\n\t\n\t\n'],
    ['NUL bytes', '\u0000'.repeat(16)],
    ['zero-width spaces', '\u200b'.repeat(16)],
  ])('refuses a password of only %s', (_label, password) => {
    expect(passwordProblems(password)).toContainEqual({
      field: 'input.password',
      message: expect.stringMatching(/not only spaces or control characters/),
    });
  });

  it('accepts a long passphrase with spaces in it', () => {
    expect(passwordProblems('correct horse battery staple')).toEqual([]);
  });
});
