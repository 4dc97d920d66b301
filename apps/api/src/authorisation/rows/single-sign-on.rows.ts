import { ADMIN_ONLY, MatrixRow, mutationDoc } from '../matrix-row';
import { person } from './records';

/** The partnership's OpenID Connect settings (provider, JIT domains, SSO-only, break-glass): administrators. */
export const SINGLE_SIGN_ON_ROWS: MatrixRow[] = [
  {
    mutation: 'updateSingleSignOn',
    document: mutationDoc('updateSingleSignOn', 'UpdateSingleSignOnInput', '{ version }'),
    prepare: async (fx, db) => {
      const [row] = await db<{ version: number }>(`SELECT version FROM partnership_sso WHERE partnership_id = $1`, [
        fx.partnershipId,
      ]);
      return { input: { version: row?.version ?? 1, jitEmailDomains: ['council.gov.uk'] } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'clearSingleSignOnLink',
    document: mutationDoc('clearSingleSignOnLink', 'ClearSingleSignOnLinkInput', '{ personId issuer }'),
    prepare: async (fx, db) => {
      const linked = await person(db, fx);
      const [account] = await db<{ id: string }>(
        `INSERT INTO account (email, oidc_issuer, oidc_subject) SELECT email, 'https://login.example.org/tenant/v2.0', $2 FROM person WHERE id = $1 RETURNING id`,
        [linked.id, `subject-${linked.id}`],
      );
      await db(`UPDATE person SET account_id = $2 WHERE id = $1`, [linked.id, account.id]);
      return { input: { personId: linked.id } };
    },
    allowed: ADMIN_ONLY,
    note: "so the person's next single sign-on links afresh",
  },
];
