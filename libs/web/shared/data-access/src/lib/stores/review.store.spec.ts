import { TestBed } from '@angular/core/testing';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { ReviewStore } from './review.store';

const period = (state: string) => ({
  __typename: 'ReportingPeriod',
  id: 'p1',
  name: 'Q1 2026/27',
  startsOn: '2026-04-01',
  endsOn: '2026-06-30',
  state,
  updateDeadline: '2026-07-10',
  version: 1,
});
const proposal = (id: string, state: string) => ({ __typename: 'CorrectionProposal', id, state });

/** The store against a fake API whose period is in `state`; records which operations were sent. */
function setUp(state: string) {
  const sent: string[] = [];
  const answers: Record<string, object> = {
    ReviewDashboard: {
      strategy: {
        __typename: 'Strategy',
        id: 's1',
        title: 'Hate Crime Strategy',
        themeLabel: 'Theme',
        objectiveLabel: 'Objective',
        ragDefinitions: { __typename: 'RagDefinitions', red: 'Off track', amber: 'At risk', green: 'On track' },
        periods: [period(state)],
        themes: [],
      },
    },
    RagDistribution: { ragDistribution: [] },
    PeriodSignOff: { periodSignOff: null },
    CorrectionProposals: { correctionProposals: [proposal('c1', 'Pending'), proposal('c2', 'Accepted')] },
    ReviewStrategies: { strategies: [] },
    ReopenReportingPeriod: {
      reopenReportingPeriod: {
        __typename: 'ReportingPeriod',
        id: 'p1',
        state: 'InReview',
        version: 4,
        signedOffAt: null,
        signedOffById: null,
      },
    },
  };
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.operationName ?? '');
        observer.next({ data: answers[operation.operationName ?? ''] } as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [provideApollo(() => ({ link, cache: new InMemoryCache() })), ReviewStore],
  });
  return { store: TestBed.inject(ReviewStore), sent };
}

describe('ReviewStore', () => {
  it('asks for the sign-off check only for someone who manages the strategy', async () => {
    const viewer = setUp('InReview');
    await viewer.store.load('s1', 'p1', false);
    expect(viewer.sent.sort()).toEqual(['RagDistribution', 'ReviewDashboard']);
    expect(viewer.store.dashboard.value()?.signOff).toBeNull();
    TestBed.resetTestingModule();

    const reviewer = setUp('InReview');
    await reviewer.store.load('s1', 'p1', true);
    expect(reviewer.sent).toContain('PeriodSignOff');
    expect(reviewer.store.dashboard.loaded()).toBe(true);
  });

  it('lists the pending correction proposals once the period is signed off', async () => {
    const { store, sent } = setUp('SignedOff');
    await store.load('s1', 'p1', false);
    expect(sent).toContain('CorrectionProposals');
    expect(store.dashboard.value()?.pendingProposals.map((p) => p.id)).toEqual(['c1']);
  });

  it('lists the strategies to review, and reopens a period at the version read, busy while it is sent', async () => {
    const { store, sent } = setUp('SignedOff');
    await store.loadStrategies();
    expect(sent).toEqual(['ReviewStrategies']);
    expect(store.strategies.error()).toBeNull();

    const reopening = store.reopen({ id: 'p1', version: 3 }, 'A figure was wrong');
    expect(store.reopening.busy()).toBe(true);
    await reopening;
    expect(sent).toEqual(['ReviewStrategies', 'ReopenReportingPeriod']);
    expect(store.reopening.busy()).toBe(false);
  });
});
