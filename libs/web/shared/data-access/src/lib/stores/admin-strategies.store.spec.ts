import { GraphQLError } from 'graphql';
import { AdminStrategiesStore } from './admin-strategies.store';
import { adminStrategy } from './testing/admin-strategy';
import { storeWithFakeApi } from './testing/fake-graphql';

const strategy = adminStrategy();

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
