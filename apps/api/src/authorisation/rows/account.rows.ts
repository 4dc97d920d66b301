import { ADMIN_ONLY, MatrixRow, ROLES_AND_ANONYMOUS, SIGNED_IN } from '../matrix-row';
import { TEST_PASSWORD } from '../../testing/sign-in';

/** The signed-in person's own account. */
export const ACCOUNT_ROWS: MatrixRow[] = [
  {
    mutation: 'changePassword',
    document: 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
    prepare: () => ({ input: { currentPassword: TEST_PASSWORD, password: TEST_PASSWORD } }),
    allowed: SIGNED_IN,
    note: 'own password only',
  },
  {
    mutation: 'staySignedIn',
    document: 'mutation { staySignedIn { secondsLeft } }',
    prepare: () => ({}),
    allowed: SIGNED_IN,
    note: "restarts the caller's own idle timeout",
  },
  {
    mutation: 'unlockSignIn',
    document: 'mutation($personId: ID!) { unlockSignIn(personId: $personId) }',
    prepare: (fx) => ({ personId: fx.people.viewer.personId }),
    allowed: ADMIN_ONLY,
    note: "clears a person's sign-in delay",
  },
  {
    mutation: 'requestPasswordReset',
    document: 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
    prepare: (fx) => ({ input: { email: fx.people.viewer.email } }),
    allowed: ROLES_AND_ANONYMOUS,
    note: 'public by design: the same answer for every address, rate-limited',
  },
];
