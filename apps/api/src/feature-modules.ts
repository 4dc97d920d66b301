import type { Type } from '@nestjs/common';

/** Feature modules composed into the API. Each domain adds its module here. */
export const featureModules: Type[] = [];
