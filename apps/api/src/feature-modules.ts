import type { Type } from '@nestjs/common';
import { IdentityModule } from '@waymark/api/identity/feature';

/** Feature modules composed into the API. Each domain adds its module here. */
export const featureModules: Type[] = [IdentityModule];
