import { TestBed } from '@angular/core/testing';
import { TimeoutWarningDialog, describeDuration } from './timeout-warning-dialog';

async function render(secondsLeft: number, extendable = true) {
  const fixture = TestBed.createComponent(TimeoutWarningDialog);
  fixture.componentRef.setInput('secondsLeft', secondsLeft);
  fixture.componentRef.setInput('extendable', extendable);
  const events: string[] = [];
  fixture.componentInstance.stay.subscribe(() => events.push('stay'));
  fixture.componentInstance.signOut.subscribe(() => events.push('signOut'));
  await fixture.whenStable();
  return { fixture, events, page: fixture.nativeElement as HTMLElement };
}

describe('TimeoutWarningDialog', () => {
  it('counts down every second on screen, and in 20-second steps for screen readers', async () => {
    const { fixture, page } = await render(100);
    const dialog = page.querySelector('dialog');
    expect(dialog?.getAttribute('aria-labelledby')).toBe('wm-timeout-heading');
    expect(page.querySelector('[aria-hidden="true"]')?.textContent).toContain(
      'you will be signed out in 1 minute 40 seconds',
    );
    fixture.componentRef.setInput('secondsLeft', 95);
    await fixture.whenStable();
    expect(page.querySelector('[aria-hidden="true"]')?.textContent).toContain('1 minute 35 seconds');
    expect(page.querySelector('[aria-live="polite"]')?.textContent).toContain(
      'you will be signed out in 1 minute 40 seconds',
    );
  });

  it('offers "Stay signed in" and "Sign out", and treats Escape as staying signed in', async () => {
    const { events, page } = await render(120);
    page.querySelector<HTMLButtonElement>('[data-testid="stay-signed-in"]')?.click();
    page.querySelector<HTMLAnchorElement>('a')?.click();
    page.querySelector('dialog')?.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(events).toEqual(['stay', 'signOut', 'stay']);
  });

  it('offers no "Stay signed in" when the absolute session limit is what ends it', async () => {
    const { page } = await render(60, false);
    expect(page.querySelector('[data-testid="stay-signed-in"]')).toBeNull();
    expect(page.textContent).toContain('you will need to sign in again');
  });

  it('says durations as people do', () => {
    expect(describeDuration(120)).toBe('2 minutes');
    expect(describeDuration(61)).toBe('1 minute 1 second');
    expect(describeDuration(45)).toBe('45 seconds');
    expect(describeDuration(0)).toBe('0 seconds');
  });
});
