import { DOCUMENT, Injectable, computed, effect, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { SessionExpiryDocument, type SessionExpiryFieldsFragment, StaySignedInDocument } from './generated/graphql';
import { SessionExpiry } from './session-expiry';
import { SessionStore } from './session-store';

export interface TimeoutWarning {
  readonly secondsLeft: number;
  /** False when the session's absolute limit is what ends it: "Stay signed in" cannot add time then. */
  readonly extendable: boolean;
}

/** A failed check is tried again after this long (the API may be restarting). */
const RETRY_MS = 30_000;

/**
 * The GOV.UK timeout warning's clock. While someone is signed in it asks the API when the session ends (asking does
 * not extend it), sleeps until the warning is due, asks again (other tabs and requests may have extended it), and then
 * counts down. At zero it checks once more and sends the person to sign in, remembering the page.
 */
@Injectable({ providedIn: 'root' })
export class SessionTimeout {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);
  private readonly expiry = inject(SessionExpiry);
  private readonly document = inject(DOCUMENT);

  private readonly state = signal<TimeoutWarning | null>(null);
  /** Non-null while the warning dialog should show. */
  readonly warning = computed(() => this.state());

  private deadline = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private checking = false;

  constructor() {
    effect(() => (this.session.signedIn() ? void this.check() : this.stop()));
    // Timers sleep with the laptop and are slowed in background tabs: look again whenever the page is shown.
    this.document.addEventListener('visibilitychange', () => {
      if (this.document.visibilityState === 'visible' && this.session.signedIn()) void this.check();
    });
  }

  async staySignedIn(): Promise<void> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: StaySignedInDocument }));
    const expiry = result.data?.staySignedIn;
    if (expiry) this.follow(expiry);
  }

  /** Asks the API and either schedules the next look, shows the countdown, or ends the signed-in state. */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    this.clearTimer();
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: SessionExpiryDocument, fetchPolicy: 'network-only' }),
      );
      const expiry = result.data?.sessionExpiry ?? null;
      if (expiry) this.follow(expiry);
      else if (this.session.signedIn()) this.ended();
    } catch {
      this.timer = setTimeout(() => void this.check(), RETRY_MS);
    } finally {
      this.checking = false;
    }
  }

  private follow(expiry: SessionExpiryFieldsFragment): void {
    this.clearTimer();
    this.deadline = Date.now() + expiry.secondsLeft * 1000;
    if (expiry.secondsLeft > expiry.warnSeconds) {
      this.stopTicking();
      this.state.set(null);
      this.timer = setTimeout(() => void this.check(), (expiry.secondsLeft - expiry.warnSeconds) * 1000);
      return;
    }
    this.state.set({ secondsLeft: expiry.secondsLeft, extendable: expiry.extendable });
    this.ticker ??= setInterval(() => this.tick(), 1000);
  }

  private tick(): void {
    const secondsLeft = Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000));
    const current = this.state();
    if (current && current.secondsLeft !== secondsLeft) this.state.set({ ...current, secondsLeft });
    if (secondsLeft === 0) void this.check();
  }

  private ended(): void {
    this.stop();
    this.expiry.handle();
  }

  private stop(): void {
    this.clearTimer();
    this.stopTicking();
    this.state.set(null);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private stopTicking(): void {
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
  }
}
