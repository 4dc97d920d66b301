import { Inject, Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { enqueueMail, passwordChangedMail } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { badInput } from '@waymark/api/shared/util';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { assertPasswordAcceptable } from '../password/password';
import { accountOfPerson, endAccountSessions } from '../memberships/accounts';
import { PasswordSignIn } from '../sign-in/password-sign-in';
import { logSecurityEvent } from '../sign-in/security-events';
import { SignInRateLimiter } from '../sign-in/sign-in-rate-limiter';
import { findLiveAccountToken, revokeAccountTokens, type AccountTokenPurpose } from './account-tokens';
import { queryRows } from '@waymark/api/database';

export interface PasswordLinkDetails {
  readonly purpose: AccountTokenPurpose;
  readonly fullName: string;
  readonly email: string;
}

/** The same answer for an expired, used, revoked or made-up link: which one it was is nobody's business. */
export function linkNotValid(): GraphQLError {
  return badInput([
    { field: 'input.token', message: 'This link has expired or has already been used. Ask for a new one.' },
  ]);
}

/** Redeems one-time links: invitations (and the first administrator's link) and password resets. */
@Injectable()
export class PasswordLinkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordSignIn,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  /** Who a live link is for, so the page can greet them; null when the link does not work. */
  async describe(token: string): Promise<PasswordLinkDetails | null> {
    const live = await findLiveAccountToken(this.dataSource.manager, token);
    return live ? { purpose: live.purpose, fullName: live.fullName, email: live.email } : null;
  }

  /**
   * Sets the password of the person's account (giving them one by their e-mail address when they have none) and uses
   * up the link, in one transaction: the person's other links are revoked, every session of the account ends (in
   * every partnership), an invitation reactivates a deactivated person, and the audit row (plus, for a reset, the
   * "your password was changed" e-mail) commits with it. A bad password or link changes nothing.
   */
  async redeem(
    token: string,
    password: string,
  ): Promise<{ personId: string; accountId: string; purpose: AccountTokenPurpose }> {
    assertPasswordAcceptable(password, 'input.password');
    const redeemed = await this.dataSource.transaction(async (manager) => {
      const live = await findLiveAccountToken(manager, token, true);
      if (!live) throw linkNotValid();
      const accountId = await accountOfPerson(manager, live.personId);
      await this.passwords.setPassword(manager, accountId, password);
      await manager.query(`UPDATE account_token SET used_at = now() WHERE id = $1`, [live.id]);
      await revokeAccountTokens(manager, live.personId);
      await endAccountSessions(manager, accountId);
      // The link proves the mailbox is theirs: any sign-in delay on the account is lifted with it.
      await manager.query(
        `DELETE FROM sign_in_throttle WHERE (scope = 'account' AND key = $1) OR (scope = 'password_change' AND key = $2)`,
        [SignInRateLimiter.accountKey(live.email), live.personId],
      );
      let reactivated = false;
      if (live.purpose === 'invitation') {
        const [row] = await queryRows<{ n: number }>(
          manager,
          `WITH reactivated AS (UPDATE person SET deactivated_at = NULL WHERE id = $1 AND deactivated_at IS NOT NULL RETURNING 1) SELECT count(*)::int AS n FROM reactivated`,
          [live.personId],
        );
        reactivated = row.n > 0;
      } else {
        await enqueueMail(manager, {
          partnershipId: live.partnershipId,
          to: live.email,
          content: passwordChangedMail({
            fullName: live.fullName,
            resetLink: `${this.config.publicUrl}/forgot-password`,
          }),
        });
      }
      await writeAudit(manager, [
        {
          actorId: live.personId,
          partnershipId: live.partnershipId,
          entityType: 'person',
          entityId: live.personId,
          operation: live.purpose === 'invitation' ? 'accept_invitation' : 'reset_password',
          changes: {},
        },
        ...(reactivated
          ? [
              {
                actorId: live.personId,
                partnershipId: live.partnershipId,
                entityType: 'person',
                entityId: live.personId,
                operation: 'person_reactivated',
                changes: { deactivated: { before: true, after: false } },
              },
            ]
          : []),
      ]);
      return {
        personId: live.personId,
        partnershipId: live.partnershipId,
        accountId,
        purpose: live.purpose,
        reactivated,
      };
    });
    const who = { personId: redeemed.personId, partnershipId: redeemed.partnershipId, actorId: redeemed.personId };
    if (redeemed.purpose === 'password_reset') logSecurityEvent({ type: 'password_reset', ...who });
    if (redeemed.reactivated) logSecurityEvent({ type: 'person_reactivated', ...who });
    return { personId: redeemed.personId, accountId: redeemed.accountId, purpose: redeemed.purpose };
  }
}
