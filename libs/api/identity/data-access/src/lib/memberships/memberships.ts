import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SignInVia } from './sign-in-via';
import { queryRows } from '@waymark/api/database';

/** One partnership an account may work in: its person row there. */
export interface Membership {
  readonly personId: string;
  readonly partnershipId: string;
  readonly partnershipName: string;
}

/**
 * The partnerships an account may enter with the way it signed in: its person is neither archived nor deactivated
 * there, and the partnership accepts that way of signing in (see SignInVia). One statement.
 */
@Injectable()
export class Memberships {
  constructor(private readonly dataSource: DataSource) {}

  choosable(
    accountId: string,
    via: SignInVia,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Membership[]> {
    return queryRows<Membership>(
      manager,
      `SELECT p.id AS "personId", p.partnership_id AS "partnershipId", pa.name AS "partnershipName"
         FROM person p JOIN partnership pa ON pa.id = p.partnership_id LEFT JOIN partnership_sso s ON s.partnership_id = p.partnership_id
        WHERE p.account_id = $1 AND p.archived_at IS NULL AND p.deactivated_at IS NULL AND pa.archived_at IS NULL
          AND CASE WHEN $2 = 'password' THEN NOT (COALESCE(s.sso_only, false) AND NOT (p.is_administrator AND p.is_break_glass))
                   ELSE $3::uuid IS NULL OR p.partnership_id = $3::uuid END
        ORDER BY lower(pa.name), pa.id`,
      [accountId, via.kind, via.kind === 'oidc' ? via.partnershipId : null],
    );
  }
}
