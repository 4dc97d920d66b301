import { randomBytes } from 'node:crypto';
import { hashAccountToken } from '@waymark/api/identity/data-access';
import { ADMIN_ONLY, MatrixDb, MatrixRow, mutationDoc } from '../matrix-row';
import type { ProgressFixture } from '../../testing/progress-fixture';

const SELECTION = '{ id accountStatus }';

/** A person of the fixture's partnership with no password and a live invitation. */
async function invitedPerson(db: MatrixDb, fx: ProgressFixture): Promise<string> {
  const tag = randomBytes(4).toString('hex');
  const [person] = await db<{ id: string }>(
    `INSERT INTO person (partnership_id, full_name, email) VALUES ($1, $2, $3) RETURNING id`,
    [fx.partnershipId, `Invitee ${tag}`, `invitee-${tag}@example.org`],
  );
  await db(
    `INSERT INTO account_token (person_id, purpose, token_hash, expires_at) VALUES ($1, 'invitation', $2, now() + interval '7 days')`,
    [person.id, hashAccountToken(tag + 'x'.repeat(40))],
  );
  return person.id;
}

/** Invitations and deactivation: administrators only. */
export const PERSON_ACCESS_ROWS: MatrixRow[] = [
  {
    mutation: 'invitePerson',
    document: mutationDoc('invitePerson', 'InvitePersonInput', SELECTION),
    prepare: () => ({ input: { email: `new-${randomBytes(4).toString('hex')}@example.org`, fullName: 'New Person' } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'resendInvitation',
    document: mutationDoc('resendInvitation', 'PersonRefInput', SELECTION),
    prepare: async (fx, db) => ({ input: { personId: await invitedPerson(db, fx) } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'revokeInvitation',
    document: mutationDoc('revokeInvitation', 'PersonRefInput', SELECTION),
    prepare: async (fx, db) => ({ input: { personId: await invitedPerson(db, fx) } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'deactivatePerson',
    document: mutationDoc('deactivatePerson', 'PersonRefInput', SELECTION),
    prepare: async (fx, db) => ({ input: { personId: await invitedPerson(db, fx) } }),
    allowed: ADMIN_ONLY,
  },
];
