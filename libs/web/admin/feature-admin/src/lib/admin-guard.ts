import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '@waymark/web/shared/data-access';

/** Administration is for administrators only (the API refuses the mutations anyway; this keeps others off the screens). */
export const adminGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const user = await session.load();
  return user?.isAdministrator || user?.roles.includes('Administrator') ? true : router.createUrlTree(['/']);
};
