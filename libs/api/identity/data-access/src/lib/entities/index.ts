import { AccountTokenEntity } from '../account-tokens/account-token.entity';
import { CredentialEntity } from './credential.entity';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

export { CredentialEntity, SignInAttemptEntity };
export const identityEntities = [CredentialEntity, SignInAttemptEntity, AccountTokenEntity];
