import { TestBed } from '@angular/core/testing';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { GraphqlApi } from './graphql-api';
import { ReportsStore } from './reports.store';

type Sent = { operation: string; variables: unknown };

/** The store against a fake API answering each operation by name (an Error answer is thrown); records what was sent. */
function setUp(answers: Record<string, unknown>) {
  const sent: Sent[] = [];
  const call = ({
    query,
    mutation,
    variables,
  }: {
    query?: DocumentNode;
    mutation?: DocumentNode;
    variables?: unknown;
  }) => {
    const operation = ((query ?? mutation)?.definitions[0] as OperationDefinitionNode).name?.value ?? '';
    sent.push({ operation, variables });
    const answer = answers[operation];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  TestBed.configureTestingModule({
    providers: [{ provide: GraphqlApi, useValue: { query: call, mutate: call } }, ReportsStore],
  });
  return { store: TestBed.inject(ReportsStore), sent };
}

const report = (edition: object | null) => ({ period: { id: 'p1' }, edition });
const input = { strategyId: 's1', periodId: 'p1' };

describe('ReportsStore', () => {
  it('lists the stored versions only for the report of a signed-off period', async () => {
    const live = setUp({ BoardReportPreview: { boardReport: report(null) } });
    expect(live.store.preview.value()).toBeNull();
    await live.store.makePreview(input);
    expect(live.sent.map((s) => s.operation)).toEqual(['BoardReportPreview']);
    expect(live.store.preview.value()?.versions).toEqual([]);
    TestBed.resetTestingModule();

    const frozen = setUp({
      BoardReportPreview: { boardReport: report({ version: 2 }) },
      BoardReportVersions: { boardReportVersions: [{ version: 2 }, { version: 1 }] },
    });
    const previewing = frozen.store.makePreview(input);
    expect(frozen.store.preview.busy()).toBe(true);
    await previewing;
    expect(frozen.sent[1]).toEqual({ operation: 'BoardReportVersions', variables: { input: { periodId: 'p1' } } });
    expect(frozen.store.preview.value()?.versions).toHaveLength(2);
    frozen.store.clearPreview();
    expect(frozen.store.preview.value()).toBeNull();
  });

  it('keeps the preview on screen when a new one fails, and hands the failure to the form', async () => {
    const { store } = setUp({ BoardReportPreview: { boardReport: report(null) } });
    await store.makePreview(input);
    TestBed.inject(GraphqlApi).query = () => Promise.reject(new Error('Failed to fetch'));
    await expect(store.makePreview(input)).rejects.toThrow('Failed to fetch');
    expect(store.preview.value()?.report).toEqual(report(null));
    expect(store.preview.busy()).toBe(false);
  });

  it('keeps the saved settings as the API answered them', async () => {
    const { store, sent } = setUp({ SaveBoardReportSettings: { saveBoardReportSettings: { id: 'r1', version: 3 } } });
    const saved = await store.saveSettings({
      strategyId: 's1',
      periodId: 'p1',
      version: 2,
      columns: ['rag'],
      onlyExceptions: false,
      includeIndicators: false,
    });
    expect(saved).toEqual({ id: 'r1', version: 3 });
    expect(store.settings.value()).toEqual({ id: 'r1', version: 3 });
    expect(sent[0].operation).toBe('SaveBoardReportSettings');
  });
});
