import { GraphQLError } from 'graphql';
import { CycleStatusStore } from './cycle-status.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const cycle = (remindersPaused: boolean) => ({
  cycleStatus: {
    __typename: 'CycleStatus',
    periodId: 'q1',
    periodName: 'Q1 2026/27',
    strategyId: 's1',
    strategyTitle: 'Hate Crime Strategy',
    updateDeadline: '2026-07-10',
    state: 'open',
    today: '2026-07-01',
    timeZone: 'Europe/London',
    people: [
      {
        __typename: 'CyclePerson',
        personId: 'p1',
        fullName: 'Priya Shah',
        email: 'priya@example.org',
        remindersPaused,
        reachable: true,
        submitted: 0,
        owed: [],
      },
    ],
    withoutLead: [],
    messages: [],
  },
});

describe('CycleStatusStore', () => {
  it('reads the status again before an action resolves, so the page’s banner matches the table', async () => {
    let paused = false;
    const { store, sent } = storeWithFakeApi(CycleStatusStore, {
      CycleStatus: () => cycle(paused),
      SetRemindersPaused: () => {
        paused = true;
        return {
          setRemindersPaused: { __typename: 'Person', personId: 'p1', fullName: 'Priya Shah', remindersPaused: true },
        };
      },
    });
    await store.load('q1');
    const pausing = store.setPaused('p1', true);
    expect(store.cycle.busy()).toBe(true);
    expect((await pausing).remindersPaused).toBe(true);
    expect(store.cycle.busy()).toBe(false);
    expect(store.cycle.value()?.people[0].remindersPaused).toBe(true);
    expect(sent.map((s) => s.name)).toEqual(['CycleStatus', 'SetRemindersPaused', 'CycleStatus']);
    expect(sent[1].variables).toEqual({ input: { personId: 'p1', paused: true } });
  });

  it('sends a reminder for the period it loaded', async () => {
    const { store, sent } = storeWithFakeApi(CycleStatusStore, {
      CycleStatus: cycle(false),
      SendReminderNow: {
        sendReminderNow: {
          __typename: 'ReminderSent',
          deliveryId: 'd1',
          recipient: 'priya@example.org',
          actionCount: 2,
        },
      },
    });
    await store.load('q1');
    expect((await store.sendNow('p1')).actionCount).toBe(2);
    expect(sent[1]).toEqual({ name: 'SendReminderNow', variables: { input: { periodId: 'q1', personId: 'p1' } } });
  });

  it('passes a refused action to the page without reading the status again', async () => {
    const { store, sent } = storeWithFakeApi(CycleStatusStore, {
      CycleStatus: cycle(false),
      SendReminderNow: new GraphQLError('This period is signed off.'),
    });
    await store.load('q1');
    await expect(store.sendNow('p1')).rejects.toThrow('This period is signed off.');
    expect(sent.map((s) => s.name)).toEqual(['CycleStatus', 'SendReminderNow']);
    expect(store.cycle.loaded()).toBe(true);
  });
});
