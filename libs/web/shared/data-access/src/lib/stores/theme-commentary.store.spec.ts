import { TestBed } from '@angular/core/testing';
import { RagTrendStore } from './rag-trend.store';
import { storeWithFakeGraphqlApi } from './testing/fake-graphql';
import { ThemeCommentaryStore } from './theme-commentary.store';

/** A fake API answering each operation by name (an Error answer is thrown), recording what was sent. */
const fakeApi = (answers: Record<string, unknown>) =>
  storeWithFakeGraphqlApi(ThemeCommentaryStore, answers, [RagTrendStore]).sent;

describe('ThemeCommentaryStore', () => {
  it('loads the sections for the strategy and period, and keeps them when a reload fails', async () => {
    const sections = [{ themeId: 't1', themeNumber: 1, themeTitle: 'Prevention', paragraphs: [] }];
    const answers: Record<string, unknown> = { ThemeCommentary: { themeCommentary: sections } };
    const sent = fakeApi(answers);
    const store = TestBed.inject(ThemeCommentaryStore);
    await store.load('s1', 'p1');
    expect(sent[0]).toEqual({ operation: 'ThemeCommentary', variables: { strategyId: 's1', periodId: 'p1' } });
    expect(store.sections.value()).toEqual(sections);

    answers['ThemeCommentary'] = new Error('Failed to fetch');
    await store.load('s1', 'p1');
    expect(store.sections.error()).toBe('Failed to fetch');
    expect(store.sections.value()).toEqual(sections);
  });

  it('adds, changes and archives paragraphs at the version read, busy while each is sent', async () => {
    const sent = fakeApi({ WriteThemeCommentary: {}, UpdateThemeCommentary: {}, ArchiveThemeCommentary: {} });
    const store = TestBed.inject(ThemeCommentaryStore);
    const adding = store.add('t1', 'p1', 'Reports rose.');
    expect(store.sections.busy()).toBe(true);
    await adding;
    await store.change({ id: 'c1', version: 2 }, 'Reports rose by 4%.');
    await store.archive({ id: 'c1', version: 3 });
    expect(store.sections.busy()).toBe(false);
    expect(sent).toEqual([
      {
        operation: 'WriteThemeCommentary',
        variables: { input: { themeId: 't1', periodId: 'p1', body: 'Reports rose.' } },
      },
      {
        operation: 'UpdateThemeCommentary',
        variables: { input: { id: 'c1', version: 2, body: 'Reports rose by 4%.' } },
      },
      { operation: 'ArchiveThemeCommentary', variables: { input: { id: 'c1', version: 3 } } },
    ]);
  });
});

describe('RagTrendStore', () => {
  it('loads the trend of the strategy asked for', async () => {
    const ragTrend = { heading: 'RAG trend', themeLabel: 'Theme', themes: [], periods: [] };
    const sent = fakeApi({ RagTrend: { ragTrend } });
    const store = TestBed.inject(RagTrendStore);
    await store.load('s1');
    expect(sent).toEqual([{ operation: 'RagTrend', variables: { strategyId: 's1' } }]);
    expect(store.trend.value()).toEqual(ragTrend);
  });
});
