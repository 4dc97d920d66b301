import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { storeWithFakeGraphqlApi } from './testing/fake-graphql';
import { IndicatorStore } from './indicator.store';

const setUp = (answers: Record<string, unknown>) => storeWithFakeGraphqlApi(IndicatorStore, answers).store;

describe('IndicatorStore', () => {
  it('loads the strategy with its indicators, and names a strategy that is not there', async () => {
    const store = setUp({
      IndicatorStrategy: { strategy: { id: 's1', title: 'Hate Crime Strategy', periods: [] } },
      StrategyIndicators: { indicators: [{ id: 'i1', name: 'Hate crimes reported' }] },
    });
    const loaded = await store.load('s1');
    expect(loaded?.strategy.title).toBe('Hate Crime Strategy');
    expect(loaded?.indicators.map((i) => i.id)).toEqual(['i1']);
    TestBed.resetTestingModule();

    const notFound = new CombinedGraphQLErrors({
      errors: [{ message: 'Strategy s9 not found', extensions: { code: 'NOT_FOUND' } }],
    } as never);
    const gone = setUp({ IndicatorStrategy: notFound, StrategyIndicators: notFound });
    await gone.load('s9');
    expect(gone.indicators.error()).toBe('This strategy could not be found.');
  });

  it('is busy while a value is recorded, and hands a refusal to the form', async () => {
    const store = setUp({ RecordIndicatorValue: { recordIndicatorValue: { id: 'v1', value: 42 } } });
    const recording = store.record({ indicatorId: 'i1', periodId: 'p1', value: 42 });
    expect(store.recording.busy()).toBe(true);
    await expect(recording).resolves.toEqual({ id: 'v1', value: 42 });
    expect(store.recording.busy()).toBe(false);

    TestBed.resetTestingModule();
    const refusing = setUp({ RecordIndicatorValue: new Error('CONFLICT') });
    await expect(refusing.record({ indicatorId: 'i1', periodId: 'p1', value: 1 })).rejects.toThrow('CONFLICT');
  });
});
