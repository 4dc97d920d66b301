import type { Type } from '@nestjs/common';
import { SystemResolver } from '../system/system.resolver';

/** Every resolver class; the schema emitter builds the contract from this list without a database. */
export const allResolvers: Type[] = [SystemResolver];
