import { TestBed } from '@angular/core/testing';
import { ReviewStore } from '@waymark/web/shared/data-access';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { ReopenPeriodForm } from './reopen-period-form';

function setUp(answer: { data?: unknown; errors?: unknown[] }) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink((operation) => {
    sent.push(operation.variables);
    return new Observable((observer) => {
      observer.next(answer as never);
      observer.complete();
    });
  });
  TestBed.configureTestingModule({
    providers: [provideApollo(() => ({ link, cache: new InMemoryCache() })), ReviewStore],
  });
  const fixture = TestBed.createComponent(ReopenPeriodForm);
  fixture.componentRef.setInput('periodId', 'p1');
  fixture.componentRef.setInput('periodName', 'Q3 2025/26');
  fixture.componentRef.setInput('version', 7);
  let reopened = 0;
  fixture.componentInstance.reopened.subscribe(() => reopened++);
  fixture.detectChanges();
  return { fixture, sent, root: fixture.nativeElement as HTMLElement, reopened: () => reopened };
}

const settle = async (fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    fixture.detectChanges();
  }
};
async function type(
  fixture: { whenStable(): Promise<unknown>; detectChanges(): void },
  root: HTMLElement,
  text: string,
) {
  const area = root.querySelector('textarea') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await settle(fixture);
}
const reopenButton = (root: HTMLElement) => root.querySelector('button') as HTMLButtonElement;

describe('ReopenPeriodForm', () => {
  it('refuses an empty reason with a linked error and sends nothing', async () => {
    const { fixture, root, sent, reopened } = setUp({});
    await type(fixture, root, '   ');
    reopenButton(root).click();
    await settle(fixture);
    const link = root.querySelector('.govuk-error-summary a') as HTMLAnchorElement;
    expect(link.textContent).toContain('Enter why the period is being reopened');
    expect(link.getAttribute('href')).toBe('#reopen-reason');
    expect(root.querySelector('.govuk-error-message')?.textContent).toContain('Enter why');
    expect(root.querySelector('textarea')?.getAttribute('aria-describedby')).toBe('reopen-reason-error');
    expect(sent).toEqual([]);
    expect(reopened()).toBe(0);
  });

  it('reopens with the trimmed reason and the version it saw', async () => {
    const { fixture, root, sent, reopened } = setUp({
      data: {
        reopenReportingPeriod: {
          __typename: 'ReportingPeriod',
          id: 'p1',
          state: 'InReview',
          version: 8,
          signedOffAt: null,
          signedOffById: null,
        },
      },
    });
    await type(fixture, root, '  Police figures arrived late.  ');
    reopenButton(root).click();
    await settle(fixture);
    expect(sent).toEqual([{ input: { id: 'p1', version: 7, reason: 'Police figures arrived late.' } }]);
    expect(reopened()).toBe(1);
    expect(root.querySelector('.govuk-error-summary')).toBeNull();
  });
});
