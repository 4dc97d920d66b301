import { passwordProblems } from './password';

const COMMON = { field: 'input.password', message: expect.stringMatching(/most commonly used passwords/) };

describe('password policy: common passwords', () => {
  it.each(['waymark-demo-admin', 'waymark-demo-senior', 'waymark-demo-lead', 'waymark-demo-viewer'])(
    'refuses the public demo password %s',
    (password) => {
      expect(passwordProblems(password)).toContainEqual(COMMON);
    },
  );

  it.each([
    'Password1234',
    'QWERTYUIOP123',
    'P@ssw0rd2024!',
    'Liverpool2019',
    'september2025!',
    '1q2w3e4r5t6y',
    'Welcome123456',
    '  iloveyou1234  ',
  ])('refuses %s whatever its case or surrounding spaces', (password) => {
    expect(passwordProblems(password)).toContainEqual(COMMON);
  });

  it('ships a list of thousands, every entry long enough that the length rule alone would let it through', async () => {
    const { commonPasswords } = await import('./common-passwords');
    const list = [...commonPasswords()];
    expect(list.length).toBeGreaterThan(5000);
    expect(list.every((p) => [...p].length >= 12 && p === p.toLowerCase())).toBe(true);
  });

  it('accepts an uncommon passphrase', () => {
    expect(passwordProblems('lantern orbit velvet quarry')).toEqual([]);
  });
});
