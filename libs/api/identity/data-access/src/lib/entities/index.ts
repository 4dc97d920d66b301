import { AccountTokenEntity } from '../account-tokens/account-token.entity';
import { AccountEntity } from './account.entity';
import { CredentialEntity } from './credential.entity';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

export { AccountEntity, CredentialEntity, SignInAttemptEntity };
export const identityEntities = [AccountEntity, CredentialEntity, SignInAttemptEntity, AccountTokenEntity];
