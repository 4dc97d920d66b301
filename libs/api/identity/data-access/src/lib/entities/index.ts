import { AccountTokenEntity } from '../account-tokens/account-token.entity';
import { AccountEntity } from './account.entity';
import { CredentialEntity } from './credential.entity';

export { AccountEntity, CredentialEntity };
export const identityEntities = [AccountEntity, CredentialEntity, AccountTokenEntity];
