import { CombinedGraphQLErrors } from '@apollo/client';
import { CorrectionStore } from './correction.store';
import { storeWithFakeGraphqlApi } from './testing/fake-graphql';

const setUp = (answers: Record<string, unknown>) => storeWithFakeGraphqlApi(CorrectionStore, answers);

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
