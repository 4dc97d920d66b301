import { TestBed } from '@angular/core/testing';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { StrategyAdminStore } from './strategy-admin.store';

type Call = { operation: string; variables: Record<string, unknown> };

/** The store against a fake API whose every answer comes from `answer`. */
function setUp(answer: (call: Call) => object) {
  const calls: Call[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const call = { operation: operation.operationName ?? '', variables: operation.variables };
        calls.push(call);
        observer.next(answer(call) as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [provideApollo(() => ({ link, cache: new InMemoryCache() })), StrategyAdminStore],
  });
  return { store: TestBed.inject(StrategyAdminStore), calls };
}

describe('StrategyAdminStore', () => {
  it('says the strategy could not be found, in the same words, whether the API answers NOT_FOUND or nothing', async () => {
    const notFound = setUp(() => ({
      errors: [{ message: 'Strategy s9 not found', extensions: { code: 'NOT_FOUND' } }],
    }));
    await notFound.store.load('s9');
    expect(notFound.store.strategy.error()).toBe('This strategy could not be found.');
    TestBed.resetTestingModule();

    const empty = setUp(() => ({ data: { strategy: null } }));
    await empty.store.load('s9');
    expect(empty.store.strategy.error()).toBe('This strategy could not be found.');
  });

  it('passes other failures on in the API’s words', async () => {
    const { store } = setUp(() => ({
      errors: [{ message: 'You cannot see this strategy', extensions: { code: 'FORBIDDEN' } }],
    }));
    await store.load('s1');
    expect(store.strategy.error()).toBe('You cannot see this strategy');
  });

  it('creating a strategy asks only for the choices, and is ready with none', async () => {
    const { store, calls } = setUp(() => ({
      data: { strategies: [], groups: [{ __typename: 'Group', id: 'g1', name: 'Board', kind: 'Board' }] },
    }));
    await store.load(undefined, { withChoices: true });
    expect(calls.map((c) => c.operation)).toEqual(['AdminStrategyChoices']);
    expect(store.strategy.loaded()).toBe(true);
    expect(store.strategy.value()).toBeNull();
    expect(store.groups().map((g) => g.id)).toEqual(['g1']);
  });

  it('sends a reorder with the mutation of its level', async () => {
    const { store, calls } = setUp((call) => ({
      data: { [call.operation.charAt(0).toLowerCase() + call.operation.slice(1)]: [] },
    }));
    await store.reorder('objective', 't1', ['o2', 'o1']);
    expect(calls).toEqual([
      { operation: 'ReorderObjectives', variables: { input: { parentId: 't1', orderedIds: ['o2', 'o1'] } } },
    ]);
  });
});
