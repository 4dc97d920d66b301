import { GraphQLError } from 'graphql';
import { PeriodsStore } from './periods.store';
import { adminStrategy } from './testing/admin-strategy';
import { storeWithFakeApi } from './testing/fake-graphql';

const period = (id: string, name: string) => ({
  __typename: 'ReportingPeriod',
  id,
  name,
  state: 'Open',
  startsOn: '2026-04-01',
  endsOn: '2026-06-30',
  updateDeadline: '2026-07-10',
  version: 1,
});
const strategies = (periods: object[]) => ({ strategies: [adminStrategy({ periods })] });

describe('PeriodsStore', () => {
  it('reads the list again after adding a period, busy only while the add is sent', async () => {
    let added = false;
    const { store, sent } = storeWithFakeApi(PeriodsStore, {
      AdminStrategies: () => strategies(added ? [period('p1', 'Q1'), period('p2', 'Q2')] : [period('p1', 'Q1')]),
      CreateReportingPeriod: () => {
        added = true;
        return { createReportingPeriod: { ...period('p2', 'Q2'), strategyId: 's1', version: undefined } };
      },
    });
    await store.load();
    const input = {
      strategyId: 's1',
      name: 'Q2',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
      updateDeadline: '2026-10-10',
    };
    const adding = store.create(input);
    expect(store.strategies.busy()).toBe(true);
    await adding;
    expect(store.strategies.busy()).toBe(false);
    expect(sent.map((s) => s.name)).toEqual(['AdminStrategies', 'CreateReportingPeriod', 'AdminStrategies']);
    expect(sent[1].variables).toEqual({ input });
    expect(store.strategies.value()?.[0].periods.map((p) => p.name)).toEqual(['Q1', 'Q2']);
  });

  it('sends the version the period was read at with its new dates', async () => {
    const { store, sent } = storeWithFakeApi(PeriodsStore, {
      AdminStrategies: strategies([period('p1', 'Q1')]),
      UpdateReportingPeriod: { updateReportingPeriod: { ...period('p1', 'Q1'), state: undefined, version: 2 } },
    });
    const dates = { startsOn: '2026-04-02', endsOn: '2026-06-30', updateDeadline: '2026-07-11' };
    await store.changeDates({ id: 'p1', version: 1 }, dates);
    expect(sent[0]).toEqual({
      name: 'UpdateReportingPeriod',
      variables: { input: { id: 'p1', version: 1, ...dates } },
    });
  });

  it('passes a refused delete to the page and leaves the list as it was', async () => {
    const { store, sent } = storeWithFakeApi(PeriodsStore, {
      AdminStrategies: strategies([period('p1', 'Q1')]),
      DeleteReportingPeriod: new GraphQLError('Updates refer to this period.', { extensions: { code: 'CONFLICT' } }),
    });
    await store.load();
    await expect(store.delete({ id: 'p1', version: 1 })).rejects.toThrow('Updates refer to this period.');
    expect(store.strategies.busy()).toBe(false);
    expect(sent.map((s) => s.name)).toEqual(['AdminStrategies', 'DeleteReportingPeriod']);
    expect(store.strategies.value()?.[0].periods).toHaveLength(1);
  });

  it('says why the list could not be loaded', async () => {
    const { store } = storeWithFakeApi(PeriodsStore, {
      AdminStrategies: new GraphQLError('You need to be an administrator.'),
    });
    await store.load();
    expect(store.strategies.error()).toBe('You need to be an administrator.');
  });
});
