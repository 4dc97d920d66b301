import { hash, verify, type Options } from '@node-rs/argon2';
import { FieldProblem, badInput } from '@waymark/api/shared/util';
import { commonPasswords } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** argon2id with the OWASP minimum profile: 19 MiB, 2 passes, 1 lane. */
const ARGON2ID_OPTIONS: Options = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

/** False on a wrong password or a malformed hash; never throws for bad input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Length by code points, so an emoji counts once (NIST SP 800-63B). */
function length(text: string): number {
  return [...text].length;
}

/** Problems with a proposed password; empty when acceptable. */
export function passwordProblems(password: string, field = 'input.password'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const n = length(password);
  if (n < PASSWORD_MIN_LENGTH)
    problems.push({ field, message: `must be at least ${PASSWORD_MIN_LENGTH} characters long.` });
  if (n > PASSWORD_MAX_LENGTH)
    problems.push({ field, message: `must be at most ${PASSWORD_MAX_LENGTH} characters long.` });
  // Whitespace and control characters alone pass a length check but are trivially guessed (or lost by forms).
  if (n > 0 && password.replace(/[\s\p{Cc}\p{Cf}]/gu, '') === '') {
    problems.push({
      field,
      message: 'must contain letters, digits or symbols, not only spaces or control characters.',
    });
  }
  if (commonPasswords().has(password.trim().toLowerCase())) {
    problems.push({ field, message: 'is one of the most commonly used passwords; choose another.' });
  }
  return problems;
}

export function assertPasswordAcceptable(password: string, field = 'input.password'): void {
  const problems = passwordProblems(password, field);
  if (problems.length > 0) throw badInput(problems);
}
