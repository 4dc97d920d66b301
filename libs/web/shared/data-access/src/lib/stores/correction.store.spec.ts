import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { CorrectionStore } from './correction.store';
import { GraphqlApi } from './graphql-api';

type Sent = { operation: string; variables: unknown };

/** The store against a fake API answering each operation by name (an Error answer is thrown); records what was sent. */
function setUp(answers: Record<string, unknown>) {
  const sent: Sent[] = [];
  const call = ({
    query,
    mutation,
    variables,
  }: {
    query?: DocumentNode;
    mutation?: DocumentNode;
    variables: unknown;
  }) => {
    const operation = ((query ?? mutation)?.definitions[0] as OperationDefinitionNode).name?.value ?? '';
    sent.push({ operation, variables });
    const answer = answers[operation];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  TestBed.configureTestingModule({
    providers: [{ provide: GraphqlApi, useValue: { query: call, mutate: call } }, CorrectionStore],
  });
  return { store: TestBed.inject(CorrectionStore), sent };
}

describe('CorrectionStore', () => {
  it('says the update could not be found when the API answers NOT_FOUND', async () => {
    const notFound = new CombinedGraphQLErrors({
      errors: [{ message: 'Strategy s9 not found', extensions: { code: 'NOT_FOUND' } }],
    } as never);
    const { store } = setUp({ CorrectionContext: notFound });
    await store.load('s9', 'p1');
    expect(store.context.error()).toBe('This update could not be found.');
  });

  it('sends a correction, a proposal and the answers to a proposal, each with its reason', async () => {
    const { store, sent } = setUp({
      CorrectProgressUpdate: {},
      ProposeCorrection: {},
      AcceptCorrectionProposal: {},
      DeclineCorrectionProposal: {},
    });
    const correcting = store.correct({ id: 'u1', version: 2 }, 'Wrong figure', { percentComplete: 40 });
    expect(store.context.busy()).toBe(true);
    await correcting;
    await store.propose('u1', 'Typo', { narrative: 'Fixed' });
    await store.acceptProposal({ id: 'c1', version: 1 });
    await store.declineProposal({ id: 'c2', version: 1 }, 'Not needed');
    expect(store.context.busy()).toBe(false);
    expect(sent).toEqual([
      {
        operation: 'CorrectProgressUpdate',
        variables: { input: { id: 'u1', version: 2, reason: 'Wrong figure', percentComplete: 40 } },
      },
      { operation: 'ProposeCorrection', variables: { input: { updateId: 'u1', reason: 'Typo', narrative: 'Fixed' } } },
      { operation: 'AcceptCorrectionProposal', variables: { input: { id: 'c1', version: 1 } } },
      { operation: 'DeclineCorrectionProposal', variables: { input: { id: 'c2', version: 1, reason: 'Not needed' } } },
    ]);
  });
});
