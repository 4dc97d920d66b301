import { Inject, Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { enqueueMail, passwordResetMail } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { DataSource } from 'typeorm';
import { logSecurityEvent } from '../sign-in/security-events';
import { SignInRateLimiter } from '../sign-in/sign-in-rate-limiter';
import { issueAccountToken, setPasswordLink } from './account-tokens';
import { queryRows } from '@waymark/api/database';

export const PASSWORD_RESET_LIMITS = {
  windowMinutes: 60,
  linkMinutes: 60,
  /** Requests per e-mail address within the window. */
  perAccount: 3,
  /** Requests per client address within the window. */
  perAddress: 10,
} as const;

/**
 * "Forgot your password?": the caller always gets the same answer, whether the address exists, is rate-limited or
 * not, so the form can neither list accounts nor flood someone's inbox. Requests are counted in sign_in_throttle
 * (one atomic statement per request), so the limits hold across instances and under parallel requests.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: SignInRateLimiter,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  async request(email: string, clientAddress: string): Promise<void> {
    const within = await this.limiter.count(
      [
        {
          scope: 'reset_account',
          key: SignInRateLimiter.accountKey(email),
          allowance: PASSWORD_RESET_LIMITS.perAccount,
        },
        { scope: 'reset_address', key: clientAddress, allowance: PASSWORD_RESET_LIMITS.perAddress },
      ],
      PASSWORD_RESET_LIMITS.windowMinutes,
    );
    if (!within) {
      logSecurityEvent({ type: 'password_reset_throttled', email, address: clientAddress });
      return;
    }
    const sentTo = await this.dataSource.transaction(async (manager) => {
      const [person] = await queryRows<{ id: string; partnership_id: string; full_name: string; email: string }>(
        manager,
        // The account's most recently used live membership carries the link (it resets the account's one password).
        `SELECT p.id, p.partnership_id, p.full_name, a.email::text AS email FROM account a JOIN person p ON p.account_id = a.id
          WHERE a.email = $1 AND p.archived_at IS NULL AND p.deactivated_at IS NULL ORDER BY p.last_signed_in_at DESC NULLS LAST, p.created_at LIMIT 1`,
        [email.trim()],
      );
      if (!person) return null;
      const { token } = await issueAccountToken(manager, {
        personId: person.id,
        purpose: 'password_reset',
        lifetimeMinutes: PASSWORD_RESET_LIMITS.linkMinutes,
        createdBy: null,
      });
      await enqueueMail(manager, {
        partnershipId: person.partnership_id,
        to: person.email,
        content: passwordResetMail({
          fullName: person.full_name,
          link: setPasswordLink(this.config.publicUrl, token),
          expiresInMinutes: PASSWORD_RESET_LIMITS.linkMinutes,
        }),
      });
      await writeAudit(manager, [
        {
          actorId: null,
          partnershipId: person.partnership_id,
          entityType: 'person',
          entityId: person.id,
          operation: 'request_password_reset',
          changes: {},
        },
      ]);
      return { personId: person.id, partnershipId: person.partnership_id };
    });
    logSecurityEvent({ type: 'password_reset_requested', ...sentTo, email, address: clientAddress });
  }
}
