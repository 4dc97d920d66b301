import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'waymark:isPublic';

/** Marks a resolver or controller method callable without a session (the global guard refuses everything else). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
