import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { UpdateFormPage } from './update-form-page';

const UPDATE = {
  __typename: 'ProgressUpdate',
  id: 'u1',
  actionId: 'a1',
  periodId: 'p1',
  narrative: 'Training delivered to 40 officers.',
  proposedRag: 'Green',
  validatedRag: null,
  validationReason: null,
  effectiveRag: 'Green',
  percentComplete: 40,
  lifecycleStatus: 'InProgress',
  reviewState: 'Draft',
  reviewComment: null,
  reviewedAt: null,
  submittedAt: null,
  authorName: 'Lee Lead',
  isStale: false,
  version: 3,
  updatedAt: '2026-03-01T10:00:00.000Z',
};
type UpdateRow = typeof UPDATE & Record<string, unknown>;

/** The page against a fake API that answers each operation by name and records which ones were sent. */
async function render(update: Partial<UpdateRow>): Promise<{ fixture: ComponentFixture<UpdateFormPage>; sent: string[]; page: HTMLElement }> {
  const sent: string[] = [];
  const current: UpdateRow = { ...UPDATE, ...update };
  const answers: Record<string, () => Record<string, unknown>> = {
    UpdateFormStrategy: () => ({
      strategy: { __typename: 'Strategy', id: 's1', title: 'Hate Crime Strategy', actionLabel: 'Action', ragDefinitions: { __typename: 'RagDefinitions', red: 'Off track', amber: 'At risk', green: 'On track' } },
    }),
    OwedUpdates: () => ({
      myUpdates: [
        {
          __typename: 'OwedUpdate',
          actionId: 'a1',
          actionRef: '1.1',
          actionTitle: 'Train officers',
          actionDueOn: null,
          actionLifecycleStatus: 'InProgress',
          deadline: '2026-04-10',
          isOverdue: false,
          status: 'draft',
          strategyId: 's1',
          strategyTitle: 'Hate Crime Strategy',
          themeId: 't1',
          themeTitle: 'Raise awareness',
          themeNumber: 1,
          themeLabel: 'Strategic Aim',
          previousPeriodName: null,
          period: { __typename: 'ReportingPeriod', id: 'p1', name: 'Q4 2025/26', state: 'Open', updateDeadline: '2026-04-10' },
          update: current,
          previousUpdate: null,
        },
      ],
    }),
    SaveProgressUpdate: () => ({ saveProgressUpdate: { ...current, version: current.version + 1 } }),
    SubmitProgressUpdate: () => ({ submitProgressUpdate: { ...current, reviewState: 'Submitted' } }),
    WithdrawProgressUpdate: () => ({ withdrawProgressUpdate: { ...current, reviewState: 'Draft', submittedAt: null, version: current.version + 1 } }),
  };
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.operationName ?? '');
        observer.next({ data: answers[operation.operationName ?? '']() } as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))] });
  const fixture = TestBed.createComponent(UpdateFormPage);
  fixture.componentRef.setInput('strategyId', 's1');
  fixture.componentRef.setInput('periodId', 'p1');
  fixture.componentRef.setInput('actionId', 'a1');
  await settle(fixture);
  return { fixture, sent, page: fixture.nativeElement as HTMLElement };
}

async function settle(fixture: ComponentFixture<UpdateFormPage>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }
}

/**
 * Enter in a single-line field as the HTML standard defines it (implicit submission), which jsdom does not do:
 * the browser clicks the form's default button, its first submit button; with none, it submits the form itself
 * when the field is the only one that blocks implicit submission.
 */
function pressEnterIn(field: HTMLInputElement): void {
  const keydown = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  if (!field.dispatchEvent(keydown) || !field.form) return;
  const defaultButton = field.form.querySelector<HTMLButtonElement>('button:not([type]), button[type="submit"], input[type="submit"]');
  if (defaultButton) {
    if (!defaultButton.disabled) defaultButton.click();
    return;
  }
  const blocking = field.form.querySelectorAll('input:not([type]), input[type="text"], input[type="number"], input[type="email"], input[type="search"]');
  if (blocking.length === 1) field.form.requestSubmit();
}

describe('UpdateFormPage', () => {
  it('saves a draft, and never submits for review, when Enter is pressed in the percent field', async () => {
    const { fixture, sent, page } = await render({ reviewState: 'Draft' });
    const percent = page.querySelector<HTMLInputElement>('#percent');
    expect(percent).not.toBeNull();
    const form = percent?.form as HTMLFormElement;
    const submitButtons = [...form.querySelectorAll('button')].filter((b) => b.type === 'submit');
    expect(submitButtons.map((b) => b.textContent?.trim())).toEqual(['Save draft']);

    pressEnterIn(percent as HTMLInputElement);
    await settle(fixture);

    expect(sent).toContain('SaveProgressUpdate');
    expect(sent).not.toContain('SubmitProgressUpdate');
    expect(page.textContent).toContain('Your draft has been saved.');
  });

  it('submits for review only from its own button', async () => {
    const { fixture, sent, page } = await render({ reviewState: 'Draft' });
    page.querySelector<HTMLButtonElement>('[data-testid="submit-for-review"]')?.click();
    await settle(fixture);
    expect(sent.filter((name) => name !== 'UpdateFormStrategy' && name !== 'OwedUpdates')).toEqual(['SaveProgressUpdate', 'SubmitProgressUpdate']);
  });

  it('offers "Withdraw submission" on a submitted update nobody has reviewed, which makes it a draft again', async () => {
    const { fixture, sent, page } = await render({ reviewState: 'Submitted', submittedAt: '2026-03-02T09:00:00.000Z' });
    expect(page.querySelector('[data-testid="submit-for-review"]')).toBeNull();
    const withdraw = page.querySelector<HTMLButtonElement>('[data-testid="withdraw-submission"]');
    expect(withdraw?.textContent?.trim()).toBe('Withdraw submission');

    withdraw?.click();
    await settle(fixture);

    expect(sent).toContain('WithdrawProgressUpdate');
    expect(page.querySelector('[data-testid="withdraw-submission"]')).toBeNull();
    expect(page.querySelector('[data-testid="submit-for-review"]')).not.toBeNull();
    expect(page.querySelector<HTMLInputElement>('#percent')?.disabled).toBe(false);
    expect(page.textContent).toContain('Your update has been withdrawn.');
  });

  it('does not offer withdrawing once a reviewer has looked at the submission', async () => {
    const { page } = await render({ reviewState: 'Submitted', submittedAt: '2026-03-02T09:00:00.000Z', reviewedAt: '2026-03-03T09:00:00.000Z', validatedRag: 'Amber' });
    expect(page.querySelector('[data-testid="withdraw-submission"]')).toBeNull();
    expect(page.textContent).toContain('A reviewer has started reviewing this update');
  });

  it('offers withdrawing a resubmission even though the earlier submission was returned', async () => {
    const { page } = await render({ reviewState: 'Submitted', reviewedAt: '2026-03-02T09:00:00.000Z', submittedAt: '2026-03-04T09:00:00.000Z' });
    expect(page.querySelector('[data-testid="withdraw-submission"]')).not.toBeNull();
  });
});
