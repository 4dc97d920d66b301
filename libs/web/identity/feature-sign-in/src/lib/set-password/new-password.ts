import type { ErrorSummaryItem } from '@waymark/web/shared/ui';

/** The same lower bound as the API's policy, checked here only to answer sooner. */
export const PASSWORD_MIN_LENGTH = 12;

/** The token in a link's fragment (`#token=…`), or null. */
export function tokenFromFragment(fragment: string | null | undefined): string | null {
  const token = new URLSearchParams(fragment ?? '').get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

/** Problems with a new password and its confirmation, in GOV.UK error-message wording. */
export function newPasswordProblems(
  password: string,
  confirm: string,
  fieldId = 'password',
  confirmId = 'confirm-password',
): ErrorSummaryItem[] {
  const problems: ErrorSummaryItem[] = [];
  if (!password) problems.push({ fieldId, message: 'Enter a new password' });
  else if ([...password].length < PASSWORD_MIN_LENGTH)
    problems.push({ fieldId, message: `Password must be ${PASSWORD_MIN_LENGTH} characters or more` });
  if (password && confirm !== password) problems.push({ fieldId: confirmId, message: 'Passwords do not match' });
  return problems;
}

/** The API's password problems ("must be at least 12 characters long.") as field errors. */
export function apiPasswordProblems(
  fields: readonly { field: string; message: string }[],
  fieldId = 'password',
): ErrorSummaryItem[] {
  return fields
    .filter((f) => f.field === 'input.password')
    .map((f) => ({ fieldId, message: `Password ${f.message.replace(/\.$/, '')}` }));
}
