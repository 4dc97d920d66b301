import { TestBed } from '@angular/core/testing';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { GraphqlApi } from './graphql-api';
import { RagTrendStore } from './rag-trend.store';
import { ThemeCommentaryStore } from './theme-commentary.store';

type Sent = { operation: string; variables: unknown };

/** A fake API answering each operation by name (an Error answer is thrown), recording what was sent. */
function fakeApi(answers: Record<string, unknown>) {
  const sent: Sent[] = [];
  const call = ({
    query,
    mutation,
    variables,
  }: {
    query?: DocumentNode;
    mutation?: DocumentNode;
    variables: unknown;
  }) => {
    const operation = ((query ?? mutation)?.definitions[0] as OperationDefinitionNode).name?.value ?? '';
    sent.push({ operation, variables });
    const answer = answers[operation];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  TestBed.configureTestingModule({
    providers: [{ provide: GraphqlApi, useValue: { query: call, mutate: call } }, ThemeCommentaryStore, RagTrendStore],
  });
  return sent;
}

describe('ThemeCommentaryStore', () => {
  it('loads the sections for the strategy and period, and keeps them when a reload fails', async () => {
    const sections = [{ themeId: 't1', themeNumber: 1, themeTitle: 'Prevention', paragraphs: [] }];
    const sent = fakeApi({ ThemeCommentary: { themeCommentary: sections } });
    const store = TestBed.inject(ThemeCommentaryStore);
    await store.load('s1', 'p1');
    expect(sent[0]).toEqual({ operation: 'ThemeCommentary', variables: { strategyId: 's1', periodId: 'p1' } });
    expect(store.sections.value()).toEqual(sections);

    TestBed.inject(GraphqlApi).query = () => Promise.reject(new Error('Failed to fetch'));
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
