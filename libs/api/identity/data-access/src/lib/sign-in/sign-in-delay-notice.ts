import { Inject, Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { enqueueMail, signInDelayedMail } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { DataSource } from 'typeorm';
import { logSecurityEvent } from './security-events';
import { SignInRateLimiter } from './sign-in-rate-limiter';
import { queryRows, type PersonRow } from '@waymark/api/database';

/**
 * Tells an account holder that sign-in to their account is being delayed, once per run of failures (the run ends when
 * its failures are forgotten, a password is right or an administrator unlocks), not once per delayed attempt.
 * There is no unlock-by-e-mail link: the message points to "forgot your password?", and a reset lifts the delay.
 */
@Injectable()
export class SignInDelayNotice {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  async tell(email: string, address: string): Promise<void> {
    const told = await this.dataSource.transaction(async (manager) => {
      // Claimed and queued in one transaction: the message exists if and only if this run is marked as notified.
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count], whatever was updated.
      const [claimed] = await queryRows<{ n: number }>(
        manager,
        `WITH claimed AS (UPDATE sign_in_throttle SET notified_at = now() WHERE scope = 'account' AND key = $1 AND notified_at IS NULL RETURNING 1)
         SELECT count(*)::int AS n FROM claimed`,
        [SignInRateLimiter.accountKey(email)],
      );
      if (claimed.n === 0) return null;
      const [person] = await queryRows<Pick<PersonRow, 'id' | 'partnership_id' | 'full_name' | 'email'>>(
        manager,
        `SELECT id, partnership_id, full_name, email::text AS email FROM person WHERE email = $1 AND archived_at IS NULL AND deactivated_at IS NULL`,
        [email.trim()],
      );
      if (!person) return null;
      await enqueueMail(manager, {
        partnershipId: person.partnership_id,
        to: person.email,
        content: signInDelayedMail({
          fullName: person.full_name,
          resetLink: `${this.config.publicUrl}/forgot-password`,
        }),
      });
      await writeAudit(manager, [
        {
          actorId: null,
          partnershipId: person.partnership_id,
          entityType: 'person',
          entityId: person.id,
          operation: 'sign_in_delay_notified',
          changes: {},
        },
      ]);
      return { personId: person.id, partnershipId: person.partnership_id };
    });
    if (told) logSecurityEvent({ type: 'sign_in_delay_notified', ...told, email, address });
  }
}
