import { TestBed } from '@angular/core/testing';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { ThemeCommentary, characterCountMessage, commentaryProblem } from './theme-commentary';

describe('commentary character count and checks', () => {
  it('counts down to the limit and then counts what is over', () => {
    expect(characterCountMessage(0)).toBe('You have 20,000 characters remaining');
    expect(characterCountMessage(19_999)).toBe('You have 1 character remaining');
    expect(characterCountMessage(20_002)).toBe('You have 2 characters too many');
  });

  it('refuses an empty or too long paragraph', () => {
    expect(commentaryProblem('   ')).toBe('Enter the commentary paragraph');
    expect(commentaryProblem('x'.repeat(11), 10)).toBe('Commentary paragraph must be 10 characters or fewer');
    expect(commentaryProblem('Awareness week ran in all wards.')).toBeNull();
  });
});

const SECTIONS = [
  {
    __typename: 'ThemeCommentarySection',
    themeId: 't1',
    themeNumber: 1,
    themeTitle: 'Raise awareness',
    paragraphs: [
      {
        __typename: 'ThemeCommentary',
        id: 'c1',
        themeId: 't1',
        periodId: 'p1',
        body: 'Campaigns ran in all wards.',
        sortOrder: 1,
        version: 2,
      },
    ],
  },
  {
    __typename: 'ThemeCommentarySection',
    themeId: 't2',
    themeNumber: 2,
    themeTitle: 'Improve reporting',
    paragraphs: [],
  },
];

/** The component against an Apollo link answering by operation name; mutations get `mutationAnswer`. */
function setUp(mutationAnswer: { data?: unknown; errors?: unknown[] }, canWrite = true) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink((operation) => {
    sent.push({ name: operation.operationName ?? '', variables: operation.variables });
    const answer =
      operation.operationName === 'ThemeCommentary' ? { data: { themeCommentary: SECTIONS } } : mutationAnswer;
    return new Observable((observer) => {
      observer.next(answer as never);
      observer.complete();
    });
  });
  TestBed.configureTestingModule({ providers: [provideApollo(() => ({ link, cache: new InMemoryCache() }))] });
  const fixture = TestBed.createComponent(ThemeCommentary);
  fixture.componentRef.setInput('strategyId', 's1');
  fixture.componentRef.setInput('periodId', 'p1');
  fixture.componentRef.setInput('themeLabel', 'Strategic Aim');
  fixture.componentRef.setInput('canWrite', canWrite);
  return { fixture, sent, root: fixture.nativeElement as HTMLElement };
}

const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }
};
const button = (root: HTMLElement, text: RegExp) =>
  [...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? '')) as HTMLButtonElement;
function type(root: HTMLElement, text: string) {
  const area = root.querySelector('textarea') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new Event('input'));
}

describe('ThemeCommentary', () => {
  it('lists each theme with its numbered paragraphs, and no write controls for readers', async () => {
    const { fixture, root } = setUp({}, false);
    await settle(fixture);
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent?.trim())).toEqual([
      'Strategic Aim 1: Raise awareness',
      'Strategic Aim 2: Improve reporting',
    ]);
    expect(root.querySelector('ol.govuk-list--number li')?.textContent).toContain('Campaigns ran in all wards.');
    expect(root.textContent).toContain('No commentary for this period yet.');
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('adds a paragraph: empty text is refused in the browser, the count updates, then it is written and the list reloaded', async () => {
    const { fixture, root, sent } = setUp({
      data: {
        writeThemeCommentary: {
          __typename: 'ThemeCommentary',
          id: 'c2',
          themeId: 't2',
          periodId: 'p1',
          body: 'x',
          sortOrder: 1,
          version: 1,
        },
      },
    });
    await settle(fixture);
    button(root, /Add a paragraph.*Improve reporting/).click();
    await settle(fixture);
    expect(root.querySelector('label[for="commentary-text"]')?.textContent).toContain(
      'New paragraph for Strategic Aim 2: Improve reporting',
    );
    button(root, /^Add paragraph$/).click();
    await settle(fixture);
    expect(root.querySelector('.govuk-error-summary')?.textContent).toContain('Enter the commentary paragraph');
    expect(root.querySelector('#commentary-text-error')?.textContent).toContain('Enter the commentary paragraph');

    type(root, 'Third-party reporting centres opened.');
    await settle(fixture);
    expect(root.querySelector('#commentary-text-count')?.textContent?.trim()).toBe(
      'You have 19,963 characters remaining',
    );
    button(root, /^Add paragraph$/).click();
    await settle(fixture);
    expect(sent.find((s) => s.name === 'WriteThemeCommentary')?.variables).toEqual({
      input: { themeId: 't2', periodId: 'p1', body: 'Third-party reporting centres opened.' },
    });
    expect(sent.filter((s) => s.name === 'ThemeCommentary')).toHaveLength(2);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('The paragraph was added.');
  });

  it('keeps the text and shows their version when a change meets a CONFLICT; a second save uses their version number', async () => {
    const { fixture, root, sent } = setUp({
      errors: [
        { message: 'Conflict', extensions: { code: 'CONFLICT', current: { version: 3, body: 'Their rewrite.' } } },
      ],
    });
    await settle(fixture);
    button(root, /^\s*Change/).click();
    await settle(fixture);
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Campaigns ran in all wards.');
    type(root, 'My rewrite.');
    button(root, /^Save paragraph$/).click();
    await settle(fixture);
    expect(root.querySelector('.govuk-error-summary')?.textContent).toContain(
      'Someone else changed this paragraph since the page loaded',
    );
    expect(root.textContent).toContain('Their rewrite.');
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('My rewrite.');
    button(root, /^Save paragraph$/).click();
    await settle(fixture);
    const updates = sent.filter((s) => s.name === 'UpdateThemeCommentary').map((s) => s.variables);
    expect(updates).toEqual([
      { input: { id: 'c1', version: 2, body: 'My rewrite.' } },
      { input: { id: 'c1', version: 3, body: 'My rewrite.' } },
    ]);
  });

  it('maps the API’s field error on the body to the textarea', async () => {
    const { fixture, root } = setUp({
      errors: [
        {
          message: 'Invalid',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.body', message: 'must not be empty.' }] },
        },
      ],
    });
    await settle(fixture);
    button(root, /^\s*Change/).click();
    await settle(fixture);
    button(root, /^Save paragraph$/).click();
    await settle(fixture);
    const link = root.querySelector('.govuk-error-summary a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#commentary-text');
    expect(link.textContent).toBe('Commentary paragraph must not be empty.');
  });

  it('archives a paragraph after asking to confirm', async () => {
    const { fixture, root, sent } = setUp({
      data: {
        archiveThemeCommentary: {
          __typename: 'ThemeCommentary',
          id: 'c1',
          themeId: 't1',
          periodId: 'p1',
          body: 'x',
          sortOrder: 1,
          version: 3,
          archivedAt: '2026-01-01T00:00:00Z',
        },
      },
    });
    await settle(fixture);
    button(root, /^\s*Archive/).click();
    await settle(fixture);
    expect(root.textContent).toContain('Archive paragraph 1? It will no longer appear in the report.');
    button(root, /^Archive paragraph 1$/).click();
    await settle(fixture);
    expect(sent.find((s) => s.name === 'ArchiveThemeCommentary')?.variables).toEqual({
      input: { id: 'c1', version: 2 },
    });
  });
});
