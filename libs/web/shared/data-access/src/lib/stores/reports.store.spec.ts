import { TestBed } from '@angular/core/testing';
import { storeWithFakeGraphqlApi } from './testing/fake-graphql';
import { ReportsStore } from './reports.store';

const setUp = (answers: Record<string, unknown>) => storeWithFakeGraphqlApi(ReportsStore, answers);

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
    const answers: Record<string, unknown> = { BoardReportPreview: { boardReport: report(null) } };
    const { store } = setUp(answers);
    await store.makePreview(input);
    answers['BoardReportPreview'] = new Error('Failed to fetch');
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
