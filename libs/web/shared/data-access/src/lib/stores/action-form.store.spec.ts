import { ActionFormStore } from './action-form.store';
import { adminStrategy } from './testing/admin-strategy';
import { storeWithFakeApi } from './testing/fake-graphql';

const STRATEGIES = { strategies: [adminStrategy()] };
const ACTION = {
  __typename: 'Action',
  id: 'a1',
  numberLabel: '1.1',
  title: 'Train staff',
  lifecycleStatus: 'InProgress',
  strategyId: 's1',
  themeId: 't1',
  objectiveId: null,
  ref: null,
  description: null,
  leadOrganisationId: null,
  leadPersonId: null,
  deliveryGroupId: null,
  startsOn: null,
  currentDueOn: null,
  version: 3,
};
const answers = {
  AdminStrategies: STRATEGIES,
  AdminOrganisations: {
    organisations: [{ __typename: 'Organisation', id: 'o1', name: 'City Council', shortName: null }],
  },
  AdminGroups: { groups: [] },
  AdminPeople: { people: [] },
  AdminActions: { actions: [ACTION] },
  UpdateAction: { updateAction: ACTION },
};

describe('ActionFormStore', () => {
  it('loads the choices and the action being changed, and lets the page fill its form before it shows', async () => {
    const { store, sent } = storeWithFakeApi(ActionFormStore, answers);
    let loadedWhenOpened: boolean | undefined;
    const data = await store.load('s1', 'a1', () => (loadedWhenOpened = store.form.loaded()));
    expect(loadedWhenOpened).toBe(false);
    expect(data?.action?.version).toBe(3);
    expect(data?.organisations.map((o) => o.name)).toEqual(['City Council']);
    expect(sent.at(-1)).toEqual({ name: 'AdminActions', variables: { filter: { strategyId: 's1' } } });
  });

  it('asks for no action when one is being added', async () => {
    const { store, sent } = storeWithFakeApi(ActionFormStore, answers);
    expect((await store.load('s1', undefined))?.action).toBeNull();
    expect(sent.map((s) => s.name)).not.toContain('AdminActions');
  });

  it('says which record is not there', async () => {
    const { store } = storeWithFakeApi(ActionFormStore, answers);
    await store.load('s9', undefined);
    expect(store.form.error()).toBe('This strategy could not be found.');
    await store.load('s1', 'a9');
    expect(store.form.error()).toBe('This action could not be found.');
  });

  it('is busy while a change is sent', async () => {
    const { store, sent } = storeWithFakeApi(ActionFormStore, answers);
    const input = {
      id: 'a1',
      version: 3,
      themeId: 't1',
      title: 'Train all staff',
      lifecycleStatus: 'InProgress' as const,
    };
    const saving = store.update(input);
    expect(store.form.busy()).toBe(true);
    await saving;
    expect(store.form.busy()).toBe(false);
    expect(sent).toEqual([{ name: 'UpdateAction', variables: { input } }]);
  });
});
