import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SignInProblemPage } from './sign-in-problem-page';

describe('SignInProblemPage', () => {
  function render(reason: string): HTMLElement {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(SignInProblemPage);
    fixture.componentRef.setInput('reason', reason);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('explains an unknown person in plain words', () => {
    const root = render('unknown-person');
    expect(root.querySelector('h1')?.textContent).toBe('Waymark does not know your account');
    expect(root.textContent).toContain('Ask an administrator of your partnership to add or invite you.');
  });

  it('never shows the reason text it was given when it does not know it', () => {
    const root = render('OAUTH_JWT_CLAIM_COMPARISON_FAILED');
    expect(root.querySelector('h1')?.textContent).toBe('You could not be signed in');
    expect(root.textContent).not.toContain('OAUTH');
  });
});
