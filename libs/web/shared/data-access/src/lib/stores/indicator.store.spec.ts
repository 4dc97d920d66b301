import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { GraphqlApi } from './graphql-api';
import { IndicatorStore } from './indicator.store';

/** The store against a fake API answering each operation by name (an Error answer is thrown). */
function setUp(answers: Record<string, unknown>) {
  const call = ({ query, mutation }: { query?: DocumentNode; mutation?: DocumentNode }) => {
    const answer = answers[((query ?? mutation)?.definitions[0] as OperationDefinitionNode).name?.value ?? ''];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  TestBed.configureTestingModule({
    providers: [{ provide: GraphqlApi, useValue: { query: call, mutate: call } }, IndicatorStore],
  });
  return TestBed.inject(IndicatorStore);
}

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
