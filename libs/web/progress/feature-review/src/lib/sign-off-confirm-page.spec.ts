import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import type { PeriodSignOffQuery } from '@waymark/web/shared/data-access';
import { groupOutstanding, SignOffConfirmPage } from './sign-off-confirm-page';

type Item = PeriodSignOffQuery['periodSignOff']['outstanding'][number];
// The fake API answers as the server does, with __typename (the generated query types leave it out).
const item = (
  actionId: string,
  kind: Item['kind'],
  consequence = `${kind} consequence`,
): Item & { __typename: string } => ({
  __typename: 'SignOffOutstandingItem',
  actionId,
  reference: `1 ${actionId})`,
  title: `Action ${actionId}`,
  lead: actionId === 'iv' ? null : 'Police (Lee Lead)',
  kind,
  consequence,
});
const OUTSTANDING = [item('i', 'Missing'), item('ii', 'Submitted'), item('iii', 'Draft'), item('iv', 'Returned')];

describe('groupOutstanding', () => {
  it('groups by kind in the order a reviewer can still act on, leaving out empty kinds', () => {
    expect(groupOutstanding(OUTSTANDING).map((g) => [g.heading, g.items.map((i) => i.actionId)])).toEqual([
      ['Submitted but not reviewed', ['ii']],
      ['Returned to the lead', ['iv']],
      ['Still a draft', ['iii']],
      ['No update', ['i']],
    ]);
    expect(groupOutstanding([item('v', 'Draft')]).map((g) => g.kind)).toEqual(['Draft']);
  });
});

function setUp(outstanding: Item[], mutationAnswer: { data?: unknown; errors?: unknown[] }) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink((operation) => {
    sent.push({ name: operation.operationName ?? '', variables: operation.variables });
    const answer =
      operation.operationName === 'PeriodSignOff'
        ? {
            data: {
              periodSignOff: {
                __typename: 'PeriodSignOff',
                periodId: 'p1',
                name: 'Q3 2025/26',
                state: 'InReview',
                version: 4,
                signedOffAt: null,
                signedOffByName: null,
                outstanding,
              },
            },
          }
        : mutationAnswer;
    return new Observable((observer) => {
      observer.next(answer as never);
      observer.complete();
    });
  });
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(SignOffConfirmPage);
  fixture.componentRef.setInput('strategyId', 's1');
  fixture.componentRef.setInput('periodId', 'p1');
  return { fixture, sent, navigate, root: fixture.nativeElement as HTMLElement };
}

const settle = async (fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    fixture.detectChanges();
  }
};
const confirmButton = (root: HTMLElement) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Confirm sign-off') as HTMLButtonElement;

describe('SignOffConfirmPage', () => {
  it('lists each outstanding action with a link, its lead and what sign-off does to it', async () => {
    const { fixture, root } = setUp(OUTSTANDING, {});
    await settle(fixture);
    expect(root.querySelector('h1')?.textContent).toContain('Check before you sign off');
    expect(root.querySelector('.govuk-warning-text')?.textContent).toContain('4 actions are still outstanding');
    const submitted = root.querySelector('[data-kind="Submitted"]') as HTMLElement;
    const link = submitted.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('1 ii) Action ii');
    expect(link.getAttribute('href')).toBe('/strategies/s1/actions/ii');
    expect(submitted.textContent).toContain('Police (Lee Lead)');
    expect(root.textContent).toContain('If you sign off now: Submitted consequence');
    expect(root.querySelector('[data-kind="Returned"]')?.textContent).toContain('No lead named');
    expect(confirmButton(root)).toBeTruthy();
  });

  it('says when nothing is outstanding', async () => {
    const { fixture, root } = setUp([], {});
    await settle(fixture);
    expect(root.querySelector('[data-testid="nothing-outstanding"]')).not.toBeNull();
    expect(root.querySelector('table')).toBeNull();
  });

  it('signs off only on confirmation, then goes back to the dashboard', async () => {
    const { fixture, root, sent, navigate } = setUp(OUTSTANDING, {
      data: {
        setPeriodState: {
          __typename: 'ReportingPeriod',
          id: 'p1',
          state: 'SignedOff',
          signedOffAt: '2026-01-05T10:42:00.000Z',
          version: 5,
        },
      },
    });
    await settle(fixture);
    expect(sent.map((s) => s.name)).toEqual(['PeriodSignOff']);
    confirmButton(root).click();
    await settle(fixture);
    expect(sent.filter((s) => s.name === 'SetPeriodState').map((s) => s.variables['input'])).toEqual([
      { id: 'p1', version: 4, state: 'SignedOff' },
    ]);
    expect(navigate).toHaveBeenCalledWith(['/review', 's1', 'p1'], { queryParams: { signedOff: 1 } });
  });

  it('shows a refused sign-off in the error summary and stays on the page', async () => {
    const { fixture, root, navigate } = setUp(OUTSTANDING, {
      errors: [{ message: 'Only members of the accountable group can sign off.', extensions: { code: 'FORBIDDEN' } }],
    });
    await settle(fixture);
    confirmButton(root).click();
    await settle(fixture);
    expect(root.querySelector('.govuk-error-summary')?.textContent).toContain('accountable group');
    expect(navigate).not.toHaveBeenCalled();
  });
});
