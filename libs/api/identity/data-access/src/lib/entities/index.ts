import { AccountTokenEntity } from '../account-tokens/account-token.entity';
import { CredentialEntity } from './credential.entity';

export { CredentialEntity };
export const identityEntities = [CredentialEntity, AccountTokenEntity];
