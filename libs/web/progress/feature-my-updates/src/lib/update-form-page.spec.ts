import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { SessionStore } from '@waymark/web/shared/data-access';
import { localDraftKey, writeLocalDraft } from './local-drafts';
import { UpdateFormPage } from './update-form-page';

const LEAD_ID = 'person-lead';
const DRAFT_KEY = localDraftKey(LEAD_ID, 'a1', 'p1');

const UPDATE = {
  __typename: 'ProgressUpdate',
  id: 'u1',
  actionId: 'a1',
  periodId: 'p1',
  narrative: 'Training delivered to 40 officers.',
  proposedRag: 'Green',
  validatedRag: null as string | null,
  validationReason: null as string | null,
  effectiveRag: 'Green',
  percentComplete: 40,
  lifecycleStatus: 'InProgress',
  reviewState: 'Draft',
  reviewComment: null as string | null,
  reviewedAt: null as string | null,
  submittedAt: null as string | null,
  authorName: 'Lee Lead',
  isStale: false,
  version: 3,
  updatedAt: '2026-03-01T10:00:00.000Z',
};
type UpdateRow = typeof UPDATE & Record<string, unknown>;

/** The page against a fake API that answers each operation by name and records which ones were sent. */
async function render(
  update: Partial<UpdateRow>,
  options: { saveAnswers?: 'conflict' } = {},
): Promise<{
  fixture: ComponentFixture<UpdateFormPage>;
  sent: string[];
  saved: Array<Record<string, unknown>>;
  page: HTMLElement;
}> {
  const sent: string[] = [];
  const saved: Array<Record<string, unknown>> = [];
  const current: UpdateRow = { ...UPDATE, ...update };
  const answers: Record<string, () => Record<string, unknown>> = {
    UpdateFormStrategy: () => ({
      strategy: {
        __typename: 'Strategy',
        id: 's1',
        title: 'Hate Crime Strategy',
        actionLabel: 'Action',
        ragDefinitions: { __typename: 'RagDefinitions', red: 'Off track', amber: 'At risk', green: 'On track' },
      },
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
          period: {
            __typename: 'ReportingPeriod',
            id: 'p1',
            name: 'Q4 2025/26',
            state: 'Open',
            updateDeadline: '2026-04-10',
          },
          update: current,
          previousUpdate: null,
        },
      ],
    }),
    SaveProgressUpdate: () => ({ saveProgressUpdate: { ...current, version: current.version + 1 } }),
    SubmitProgressUpdate: () => ({ submitProgressUpdate: { ...current, reviewState: 'Submitted' } }),
    WithdrawProgressUpdate: () => ({
      withdrawProgressUpdate: { ...current, reviewState: 'Draft', submittedAt: null, version: current.version + 1 },
    }),
  };
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.operationName ?? '');
        if (operation.operationName === 'SaveProgressUpdate')
          saved.push(operation.variables['input'] as Record<string, unknown>);
        if (operation.operationName === 'SaveProgressUpdate' && options.saveAnswers === 'conflict') {
          const theirs = {
            narrative: 'Their newer text.',
            proposedRag: 'Red',
            authorName: 'Rita Reviewer',
            reviewState: 'Draft',
            version: current.version + 5,
          };
          observer.next({
            errors: [{ message: 'Changed by someone else', extensions: { code: 'CONFLICT', current: theirs } }],
          } as never);
          observer.complete();
          return;
        }
        observer.next({ data: answers[operation.operationName ?? '']() } as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideApollo(() => ({ link, cache: new InMemoryCache() })),
      { provide: SessionStore, useValue: { user: signal({ personId: LEAD_ID }) } },
    ],
  });
  const fixture = TestBed.createComponent(UpdateFormPage);
  fixture.componentRef.setInput('strategyId', 's1');
  fixture.componentRef.setInput('periodId', 'p1');
  fixture.componentRef.setInput('actionId', 'a1');
  await settle(fixture);
  return { fixture, sent, saved, page: fixture.nativeElement as HTMLElement };
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
  const defaultButton = field.form.querySelector<HTMLButtonElement>(
    'button:not([type]), button[type="submit"], input[type="submit"]',
  );
  if (defaultButton) {
    if (!defaultButton.disabled) defaultButton.click();
    return;
  }
  const blocking = field.form.querySelectorAll(
    'input:not([type]), input[type="text"], input[type="number"], input[type="email"], input[type="search"]',
  );
  if (blocking.length === 1) field.form.requestSubmit();
}

/** Types into the narrative as a person would (input event), then leaves the field. */
function typeAndLeave(page: HTMLElement, text: string): void {
  const narrative = page.querySelector<HTMLTextAreaElement>('#narrative') as HTMLTextAreaElement;
  narrative.value = text;
  narrative.dispatchEvent(new Event('input'));
  narrative.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

const sentAfterLoad = (sent: string[]) =>
  sent.filter((name) => name !== 'UpdateFormStrategy' && name !== 'OwedUpdates');

describe('UpdateFormPage', () => {
  afterEach(() => localStorage.clear());

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

  it('submits for review only from the "Check your update" step, after saving the draft', async () => {
    const { fixture, sent, page } = await render({ reviewState: 'Draft' });
    expect(page.querySelector('[data-testid="submit-for-review"]')).toBeNull();
    page.querySelector<HTMLButtonElement>('[data-testid="continue-to-check"]')?.click();
    await settle(fixture);
    expect(sentAfterLoad(sent)).toEqual(['SaveProgressUpdate']);
    expect(page.querySelector('h1')?.textContent).toContain('Check your update before submitting it');
    const rows = [...page.querySelectorAll('[data-testid="check-your-update"] .govuk-summary-list__row')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Status', 'In progress', 'Change status'],
      ['Proposed RAG status', 'Green', 'Change proposed RAG status'],
      ['Percent complete', '40%', 'Change percent complete'],
      ['Progress update', 'Training delivered to 40 officers.', 'Change progress update'],
    ]);

    page.querySelector<HTMLButtonElement>('[data-testid="submit-for-review"]')?.click();
    await settle(fixture);
    expect(sentAfterLoad(sent)).toEqual(['SaveProgressUpdate', 'SubmitProgressUpdate']);
  });

  it('goes back from "Check your update" to the field a Change link names, submitting nothing', async () => {
    const { fixture, sent, page } = await render({ reviewState: 'Draft' });
    page.querySelector<HTMLButtonElement>('[data-testid="continue-to-check"]')?.click();
    await settle(fixture);
    const change = [...page.querySelectorAll<HTMLAnchorElement>('[data-testid="check-your-update"] a')].find((a) =>
      a.textContent?.includes('percent complete'),
    );
    change?.click();
    await settle(fixture);
    expect(page.querySelector('#percent')).not.toBeNull();
    expect(document.activeElement?.id).toBe('percent');
    expect(sent).not.toContain('SubmitProgressUpdate');
  });

  it('saves the draft when a field is left after typing, saying when, and sends the version it was based on', async () => {
    const { fixture, saved, page } = await render({ reviewState: 'Draft' });
    expect(page.querySelector('[data-testid="autosave-status"]')?.getAttribute('role')).toBe('status');
    typeAndLeave(page, 'Training delivered to 60 officers.');
    await settle(fixture);
    expect(saved).toEqual([expect.objectContaining({ narrative: 'Training delivered to 60 officers.', version: 3 })]);
    expect(page.querySelector('[data-testid="autosave-status"]')?.textContent?.trim()).toMatch(/^Saved at \d\d:\d\d$/);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('keeps typed text in this browser until the API has it', async () => {
    const { page } = await render({ reviewState: 'Draft' });
    const narrative = page.querySelector<HTMLTextAreaElement>('#narrative') as HTMLTextAreaElement;
    narrative.value = 'Typed but not saved yet.';
    narrative.dispatchEvent(new Event('input'));
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({
      narrative: 'Typed but not saved yet.',
      version: 3,
    });
  });

  it('restores text kept in this browser, says it is not saved yet, and saves it only when asked', async () => {
    writeLocalDraft(DRAFT_KEY, {
      lifecycleStatus: 'InProgress',
      proposedRag: 'Amber',
      percentComplete: '55',
      narrative: 'Written before the session ended.',
      version: 3,
      keptAt: '2026-03-05T10:42:00.000Z',
    });
    const { fixture, sent, saved, page } = await render({ reviewState: 'Draft' });
    expect(page.querySelector<HTMLTextAreaElement>('#narrative')?.value).toBe('Written before the session ended.');
    expect(page.querySelector<HTMLInputElement>('#percent')?.value).toBe('55');
    expect(page.querySelector('[data-testid="draft-restored"]')?.textContent).toContain('They have not been saved yet');
    await settle(fixture);
    expect(sentAfterLoad(sent)).toEqual([]);

    page.querySelector<HTMLButtonElement>('[data-testid="save-draft"]')?.click();
    await settle(fixture);
    expect(saved).toEqual([
      expect.objectContaining({ narrative: 'Written before the session ended.', percentComplete: 55, version: 3 }),
    ]);
    expect(page.querySelector('[data-testid="draft-restored"]')).toBeNull();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('saves restored text against the version it was typed on, so a change made since answers CONFLICT', async () => {
    writeLocalDraft(DRAFT_KEY, {
      lifecycleStatus: 'InProgress',
      proposedRag: 'Green',
      percentComplete: '40',
      narrative: 'Older base.',
      version: 2,
      keptAt: '2026-03-05T10:42:00.000Z',
    });
    const { fixture, saved, page } = await render({ reviewState: 'Draft' });
    page.querySelector<HTMLButtonElement>('[data-testid="save-draft"]')?.click();
    await settle(fixture);
    expect(saved[0]).toMatchObject({ narrative: 'Older base.', version: 2 });
  });

  it('never overwrites someone else’s change by autosaving: it shows theirs and stops autosaving', async () => {
    const { fixture, saved, page } = await render({ reviewState: 'Draft' }, { saveAnswers: 'conflict' });
    typeAndLeave(page, 'My text.');
    await settle(fixture);
    expect(page.querySelector('#their-version')?.textContent).toContain('Their newer text.');
    expect(page.querySelector('.govuk-error-summary')?.textContent).toContain('Someone else changed this update');
    typeAndLeave(page, 'My text, longer.');
    await settle(fixture);
    expect(saved).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({ narrative: 'My text, longer.' });
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
    expect(page.querySelector('[data-testid="continue-to-check"]')).not.toBeNull();
    expect(page.querySelector<HTMLInputElement>('#percent')?.disabled).toBe(false);
    expect(page.textContent).toContain('Your update has been withdrawn.');
  });

  it('does not offer withdrawing once a reviewer has looked at the submission', async () => {
    const { page } = await render({
      reviewState: 'Submitted',
      submittedAt: '2026-03-02T09:00:00.000Z',
      reviewedAt: '2026-03-03T09:00:00.000Z',
      validatedRag: 'Amber',
    });
    expect(page.querySelector('[data-testid="withdraw-submission"]')).toBeNull();
    expect(page.textContent).toContain('A reviewer has started reviewing this update');
  });

  it('offers withdrawing a resubmission even though the earlier submission was returned', async () => {
    const { page } = await render({
      reviewState: 'Submitted',
      reviewedAt: '2026-03-02T09:00:00.000Z',
      submittedAt: '2026-03-04T09:00:00.000Z',
    });
    expect(page.querySelector('[data-testid="withdraw-submission"]')).not.toBeNull();
  });
});
