import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SIGN_IN_PATH } from './session-expiry';
import { SessionStore } from './session-store';

/** Lets signed-in people through; everyone else goes to sign in and comes back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  // inject() only works before the first await.
  const router = inject(Router);
  const user = await inject(SessionStore).load();
  return user ? true : router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
};
