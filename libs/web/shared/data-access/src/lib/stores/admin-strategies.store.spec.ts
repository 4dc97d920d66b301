import { GraphQLError } from 'graphql';
import { AdminStrategiesStore } from './admin-strategies.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const strategy = {
  __typename: 'Strategy',
  id: 's1',
  title: 'Hate Crime Strategy',
  themeLabel: 'Theme',
  objectiveLabel: 'Objective',
  actionLabel: 'Action',
  hasObjectiveLevel: false,
  startsOn: '2026-04-01',
  endsOn: '2029-03-31',
  periods: [],
  themes: [],
};

describe('AdminStrategiesStore', () => {
  it('lists the strategies', async () => {
    const { store } = storeWithFakeApi(AdminStrategiesStore, { AdminStrategies: { strategies: [strategy] } });
    expect(store.strategies.loading()).toBe(true);
    await store.load();
    expect(store.strategies.value()?.map((s) => s.title)).toEqual(['Hate Crime Strategy']);
  });

  it('says why the strategies could not be loaded', async () => {
    const { store } = storeWithFakeApi(AdminStrategiesStore, { AdminStrategies: new GraphQLError('Not allowed.') });
    await store.load();
    expect(store.strategies.value()).toBeUndefined();
    expect(store.strategies.error()).toBe('Not allowed.');
  });
});
