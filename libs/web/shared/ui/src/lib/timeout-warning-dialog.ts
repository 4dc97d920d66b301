import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { pluralise } from '@waymark/shared/domain';

/** Screen readers hear the time left in 20-second steps; every second would drown out everything else. */
const SPOKEN_STEP_SECONDS = 20;

/**
 * The GOV.UK / HMRC timeout warning: a modal dialog (the page behind is inert, so focus stays inside) with a live
 * countdown, "Stay signed in" and "Sign out". Escape means stay signed in, as in the HMRC pattern.
 */
@Component({
  selector: 'wm-timeout-warning-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog class="wm-timeout-dialog" aria-labelledby="wm-timeout-heading" aria-describedby="wm-timeout-text" (cancel)="onCancel($event)">
      <h2 class="govuk-heading-m" id="wm-timeout-heading">You’re about to be signed out</h2>
      <div id="wm-timeout-text">
        <p class="govuk-body" aria-hidden="true">For your security, you will be signed out in <strong>{{ visible() }}</strong>.</p>
        <p class="govuk-visually-hidden" aria-live="polite" aria-atomic="true">For your security, you will be signed out in {{ spoken() }}.</p>
        @if (!extendable()) {
          <p class="govuk-body">You have been signed in for as long as Waymark allows, so you will need to sign in again. Save what you are working on now.</p>
        }
      </div>
      <div class="govuk-button-group govuk-!-margin-bottom-0">
        @if (extendable()) {
          <button type="button" class="govuk-button govuk-!-margin-bottom-0" autofocus (click)="stay.emit()" data-testid="stay-signed-in">Stay signed in</button>
        }
        <a href="/sign-in" class="govuk-link" (click)="onSignOut($event)">Sign out</a>
      </div>
    </dialog>
  `,
  styles: `
    .wm-timeout-dialog {
      max-width: 500px;
      width: calc(100% - 30px);
      padding: 30px;
      border: 5px solid #0b0c0c;
      box-sizing: border-box;
    }
    .wm-timeout-dialog::backdrop {
      background: rgba(11, 12, 12, 0.8);
    }
  `,
})
export class TimeoutWarningDialog {
  readonly secondsLeft = input.required<number>();
  readonly extendable = input(true);
  readonly stay = output<void>();
  readonly signOut = output<void>();

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  protected readonly visible = computed(() => describeDuration(this.secondsLeft()));
  protected readonly spoken = computed(() =>
    describeDuration(Math.ceil(this.secondsLeft() / SPOKEN_STEP_SECONDS) * SPOKEN_STEP_SECONDS),
  );

  constructor() {
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      // jsdom (unit tests) has no showModal; browsers all do.
      if (!dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
    });
  }

  protected onCancel(event: Event): void {
    event.preventDefault();
    if (this.extendable()) this.stay.emit();
  }

  protected onSignOut(event: Event): void {
    event.preventDefault();
    this.signOut.emit();
  }
}

/** "2 minutes", "1 minute 5 seconds", "45 seconds". */
export function describeDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(pluralise(minutes, 'minute'));
  if (seconds > 0 || minutes === 0) parts.push(pluralise(seconds, 'second'));
  return parts.join(' ');
}
