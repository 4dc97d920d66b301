import { Injectable, Injector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { SessionStore } from './session-store';

export const SIGN_IN_PATH = '/sign-in';

/** Sends the person to sign in, remembering where they were, when the API says the session has gone. */
@Injectable({ providedIn: 'root' })
export class SessionExpiry {
  private readonly router = inject(Router);
  // Looked up lazily: the Apollo factory needs this service, and SessionStore needs Apollo.
  private readonly injector = inject(Injector);
  private redirecting = false;

  handle(): void {
    const current = this.router.url;
    if (this.redirecting || current.startsWith(SIGN_IN_PATH)) return;
    this.redirecting = true;
    this.injector.get(SessionStore).forget();
    void this.router
      .navigate([SIGN_IN_PATH], { queryParams: { returnUrl: current, reason: 'expired' } })
      .finally(() => (this.redirecting = false));
  }
}
