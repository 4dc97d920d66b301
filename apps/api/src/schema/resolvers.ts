import type { Type } from '@nestjs/common';
import { SystemResolver } from '../system/system.resolver';
import { IdentityResolver } from '@waymark/api/identity/feature';

/** Every resolver class; the schema emitter builds the contract from this list without a database. */
export const allResolvers: Type[] = [SystemResolver, IdentityResolver];
