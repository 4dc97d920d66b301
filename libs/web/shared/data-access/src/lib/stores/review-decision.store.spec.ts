import { TestBed } from '@angular/core/testing';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { GraphqlApi } from './graphql-api';
import { ReviewDecisionStore } from './review-decision.store';

type Sent = { operation: string; variables: unknown };

/** The store against a fake API that answers every mutation with `answer`, recording what was sent. */
function setUp(answer: (operation: string) => Promise<unknown>) {
  const sent: Sent[] = [];
  const mutate = ({ mutation, variables }: { mutation: DocumentNode; variables: unknown }) => {
    const operation = (mutation.definitions[0] as OperationDefinitionNode).name?.value ?? '';
    sent.push({ operation, variables });
    return answer(operation);
  };
  TestBed.configureTestingModule({ providers: [{ provide: GraphqlApi, useValue: { mutate } }, ReviewDecisionStore] });
  return { store: TestBed.inject(ReviewDecisionStore), sent };
}

describe('ReviewDecisionStore', () => {
  const update = { id: 'u1', version: 4 };

  it('sends each decision at the version read and resolves to the update as it now is', async () => {
    const { store, sent } = setUp((operation) =>
      Promise.resolve({ [operation.charAt(0).toLowerCase() + operation.slice(1)]: { id: 'u1', version: 5 } }),
    );
    await expect(store.accept(update)).resolves.toEqual({ id: 'u1', version: 5 });
    await expect(store.returnToLead(update, 'Add the figures')).resolves.toEqual({ id: 'u1', version: 5 });
    await expect(store.validate(update, 'Amber', 'Slipping')).resolves.toEqual({ id: 'u1', version: 5 });
    expect(sent).toEqual([
      { operation: 'AcceptProgressUpdate', variables: { input: { id: 'u1', version: 4 } } },
      { operation: 'ReturnProgressUpdate', variables: { input: { id: 'u1', version: 4, comment: 'Add the figures' } } },
      {
        operation: 'ValidateRag',
        variables: { input: { id: 'u1', version: 4, validatedRag: 'Amber', reason: 'Slipping' } },
      },
    ]);
  });

  it('is busy while a decision is in flight, and hands a refusal back to the card', async () => {
    let refuse!: (error: Error) => void;
    const { store } = setUp(() => new Promise((_, reject) => (refuse = reject)));
    const accepting = store.accept(update);
    expect(store.decision.busy()).toBe(true);
    refuse(new Error('CONFLICT'));
    await expect(accepting).rejects.toThrow('CONFLICT');
    expect(store.decision.busy()).toBe(false);
  });
});
