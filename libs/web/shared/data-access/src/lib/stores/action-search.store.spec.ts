import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { ActionSearchStore } from './action-search.store';
import { GraphqlApi } from './graphql-api';

/** The store against a fake API whose answers the test gives out one at a time, in any order. */
function setUp() {
  const pending: { variables: unknown; answer: (data: unknown) => void; fail: (error: unknown) => void }[] = [];
  const query = ({ variables }: { variables?: unknown }) =>
    new Promise((answer, fail) => pending.push({ variables, answer, fail }));
  TestBed.configureTestingModule({ providers: [{ provide: GraphqlApi, useValue: { query } }, ActionSearchStore] });
  return { store: TestBed.inject(ActionSearchStore), pending };
}
const result = (total: number) => ({ searchActions: { total, hits: [] } });

describe('ActionSearchStore', () => {
  it('keeps the latest search when an earlier one answers after it', async () => {
    const { store, pending } = setUp();
    const first = store.find('hate', {});
    const second = store.find('hate crime', {});
    expect(store.search.loading()).toBe(true);
    pending[1].answer(result(2));
    await second;
    pending[0].answer(result(9));
    await first;
    expect(store.search.value()?.total).toBe(2);
    expect(store.search.loading()).toBe(false);
  });

  it('clears the result for empty text without asking the API', async () => {
    const { store, pending } = setUp();
    expect(store.search.loading()).toBe(false);
    await expect(store.find('   ', {})).resolves.toBeNull();
    expect(pending).toHaveLength(0);
  });

  it('names what is wrong with the search text', async () => {
    const { store, pending } = setUp();
    const search = store.find('a', {});
    pending[0].fail(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'Bad input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'input.query', message: 'Enter at least 2 letters' }],
            },
          },
        ],
      } as never),
    );
    await search;
    expect(store.search.error()).toBe('Enter at least 2 letters');
  });

  it('offers delivery groups only, each list by name', async () => {
    const { store, pending } = setUp();
    const loading = store.loadChoices();
    pending[0].answer({
      organisations: [
        { id: 'o2', name: 'Police' },
        { id: 'o1', name: 'Council' },
      ],
      groups: [
        { id: 'g1', name: 'Board', kind: 'AccountableGroup' },
        { id: 'g2', name: 'Hate crime delivery group', kind: 'DeliveryGroup' },
      ],
      people: [{ id: 'p1', fullName: 'Asha Patel' }],
    });
    await loading;
    expect(store.choices()).toEqual({
      organisations: [
        { id: 'o1', name: 'Council' },
        { id: 'o2', name: 'Police' },
      ],
      groups: [{ id: 'g2', name: 'Hate crime delivery group' }],
      leads: [{ id: 'p1', name: 'Asha Patel' }],
    });
  });
});
