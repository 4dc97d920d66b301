import { GraphQLError } from 'graphql';
import { IndicatorAdminStore } from './indicator-admin.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const indicator = (id: string, name: string, sortOrder: number) => ({
  __typename: 'Indicator',
  id,
  name,
  unit: '%',
  direction: 'HigherIsBetter',
  baseline: null,
  target: 80,
  tolerance: null,
  objectiveId: null,
  sortOrder,
  version: 1,
  archivedAt: null,
  values: [],
});
const fields = {
  name: 'Reports',
  unit: '',
  direction: 'HigherIsBetter' as const,
  baseline: null,
  target: 10,
  tolerance: null,
};

describe('IndicatorAdminStore', () => {
  it('adds an indicator to the strategy it loaded and reads the list again inside the write', async () => {
    let added = false;
    const { store, sent } = storeWithFakeApi(IndicatorAdminStore, {
      AdminIndicators: () => ({
        indicators: added
          ? [indicator('i1', 'Confidence', 1), indicator('i2', 'Reports', 2)]
          : [indicator('i1', 'Confidence', 1)],
      }),
      CreateIndicator: () => {
        added = true;
        return { createIndicator: indicator('i2', 'Reports', 2) };
      },
    });
    await store.loadIndicators('s1');
    const adding = store.save(undefined, fields);
    expect(store.indicators.busy()).toBe(true);
    await adding;
    expect(store.indicators.busy()).toBe(false);
    expect(sent[1]).toEqual({ name: 'CreateIndicator', variables: { input: { strategyId: 's1', ...fields } } });
    expect(sent.map((s) => s.name)).toEqual(['AdminIndicators', 'CreateIndicator', 'AdminIndicators']);
    expect(store.indicators.value()?.map((i) => i.name)).toEqual(['Confidence', 'Reports']);
  });

  it('takes the new order from the move’s answer without reading the list again', async () => {
    const { store, sent } = storeWithFakeApi(IndicatorAdminStore, {
      AdminIndicators: { indicators: [indicator('i1', 'Confidence', 1), indicator('i2', 'Reports', 2)] },
      MoveIndicator: { moveIndicator: [indicator('i2', 'Reports', 1), indicator('i1', 'Confidence', 2)] },
    });
    await store.loadIndicators('s1');
    await store.move({ id: 'i2', version: 1 }, 'Up');
    expect(sent.map((s) => s.name)).toEqual(['AdminIndicators', 'MoveIndicator']);
    expect(sent[1].variables).toEqual({ input: { id: 'i2', version: 1, direction: 'Up' } });
    expect(store.indicators.value()?.map((i) => i.name)).toEqual(['Reports', 'Confidence']);
  });

  it('passes a conflict to the page, which can then reload the list', async () => {
    const { store, sent } = storeWithFakeApi(IndicatorAdminStore, {
      AdminIndicators: { indicators: [indicator('i1', 'Confidence', 1)] },
      ArchiveIndicator: new GraphQLError('Changed by someone else', { extensions: { code: 'CONFLICT' } }),
    });
    await store.loadIndicators('s1');
    await expect(store.archive({ id: 'i1', version: 0 })).rejects.toThrow('Changed by someone else');
    expect(store.indicators.busy()).toBe(false);
    await store.reload();
    expect(sent.map((s) => s.name)).toEqual(['AdminIndicators', 'ArchiveIndicator', 'AdminIndicators']);
    expect(sent[2].variables).toEqual({ strategyId: 's1' });
  });
});
