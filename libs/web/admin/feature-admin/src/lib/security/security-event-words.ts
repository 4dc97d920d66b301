/** What each security event (the log's `event` field) means, in words for administrators. */
export const SECURITY_EVENT_WORDS: Readonly<Record<string, string>> = {
  sign_in_failed: 'Wrong password at sign-in',
  sign_in_throttled: 'Sign-in delayed after wrong passwords',
  sign_in_delay_notified: 'Told by e-mail that sign-in is delayed',
  sign_in_unlocked: 'Sign-in delay cleared by an administrator',
  sign_in_refused_sso_only: 'Password sign-in refused: single sign-on only',
  sign_in_oidc: 'Signed in with single sign-on',
  sign_in_oidc_refused: 'Single sign-on refused',
  password_change_refused: 'Wrong current password when changing password',
  password_change_throttled: 'Password change delayed after wrong passwords',
  password_changed: 'Password changed',
  password_reset_requested: 'Password reset requested',
  password_reset_throttled: 'Password reset requests limited',
  password_reset: 'Password reset through an e-mailed link',
  role_changed: 'Role changed',
  person_deactivated: 'Deactivated',
  person_reactivated: 'Reactivated',
  single_sign_on_link_cleared: 'Single sign-on link cleared',
  access_refused: 'Refused: not allowed for their role',
};

export function securityEventWords(event: string): string {
  return SECURITY_EVENT_WORDS[event] ?? event;
}
