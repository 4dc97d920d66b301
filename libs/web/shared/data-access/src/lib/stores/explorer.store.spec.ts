import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { ExplorerStore } from './explorer.store';
import { storeWithFakeGraphqlApi } from './testing/fake-graphql';

const action = (id: string) => ({ id, title: `Action ${id}`, leadPersonId: 'p1', deliveryGroupId: null });
const strategy = {
  id: 's1',
  title: 'Hate Crime Strategy',
  periods: [],
  themes: [
    { id: 't1', number: 1, actions: [action('a1')], objectives: [{ id: 'o1', number: 1, actions: [action('a2')] }] },
  ],
};
const notFound = new CombinedGraphQLErrors({
  errors: [{ message: 'Strategy s9 not found', extensions: { code: 'NOT_FOUND' } }],
} as never);

const setUp = (answers: Record<string, unknown>) => storeWithFakeGraphqlApi(ExplorerStore, answers);

describe('ExplorerStore', () => {
  it('finds an action under an objective, with its updates and history', async () => {
    const { store } = setUp({
      ExplorerStrategy: { strategy },
      ExplorerActionUpdates: {
        strategy: { themes: [{ actions: [], objectives: [{ actions: [{ id: 'a2', updates: [{ id: 'u1' }] }] }] }] },
      },
      ActionHistory: { actionHistory: [{ id: 'h1' }] },
    });
    const view = await store.loadAction('s1', 'a2');
    expect(view?.place.objective?.id).toBe('o1');
    expect(view?.place.action.id).toBe('a2');
    expect(view?.updates).toEqual([{ id: 'u1' }]);
    expect(view?.history).toEqual([{ id: 'h1' }]);
  });

  it('says the action could not be found when it is not in the strategy or the strategy is not there', async () => {
    const missing = setUp({
      ExplorerStrategy: { strategy },
      ExplorerActionUpdates: { strategy: { themes: [] } },
      ActionHistory: { actionHistory: [] },
    });
    await missing.store.loadAction('s1', 'a9');
    expect(missing.store.action.error()).toBe('This action could not be found.');
    expect(missing.store.strategy.value()?.title).toBe('Hate Crime Strategy');
    TestBed.resetTestingModule();

    const gone = setUp({ ExplorerStrategy: notFound, ExplorerActionUpdates: notFound, ActionHistory: notFound });
    await gone.store.loadAction('s9', 'a1');
    expect(gone.store.action.error()).toBe('This action could not be found.');
  });

  it('says the strategy could not be found for an API NOT_FOUND, and passes other failures on', async () => {
    const gone = setUp({ ExplorerStrategy: notFound });
    await gone.store.loadStrategy('s9');
    expect(gone.store.strategy.error()).toBe('This strategy could not be found.');
    TestBed.resetTestingModule();

    const offline = setUp({ ExplorerStrategy: new Error('Failed to fetch') });
    await offline.store.loadStrategy('s1');
    expect(offline.store.strategy.error()).toBe('Failed to fetch');
  });

  it('offers the owed update only while it can still be written', async () => {
    const owed = (status: string) => ({
      myUpdates: [
        { actionId: 'a1', status },
        { actionId: 'a2', status: 'draft' },
      ],
    });
    const writable = setUp({ MyUpdates: owed('returned') });
    await writable.store.loadOwed('a1');
    expect(writable.store.owed()).toEqual({ actionId: 'a1', status: 'returned' });
    TestBed.resetTestingModule();

    const submitted = setUp({ MyUpdates: owed('submitted') });
    await submitted.store.loadOwed('a1');
    expect(submitted.store.owed()).toBeNull();
  });
});
