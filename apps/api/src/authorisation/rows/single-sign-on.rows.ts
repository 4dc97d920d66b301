import { ADMIN_ONLY, MatrixRow, mutationDoc } from '../matrix-row';

/** The partnership's OpenID Connect settings (provider, JIT domains, SSO-only, break-glass): administrators. */
export const SINGLE_SIGN_ON_ROWS: MatrixRow[] = [
  {
    mutation: 'updateSingleSignOn',
    document: mutationDoc('updateSingleSignOn', 'UpdateSingleSignOnInput', '{ version }'),
    prepare: async (fx, db) => {
      const [row] = await db<{ version: number }>(`SELECT version FROM partnership_sso WHERE partnership_id = $1`, [fx.partnershipId]);
      return { input: { version: row?.version ?? 1, jitEmailDomains: ['council.gov.uk'] } };
    },
    allowed: ADMIN_ONLY,
  },
];
