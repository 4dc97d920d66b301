import { GraphQLError } from 'graphql';
import { ReminderSettingsStore } from './reminder-settings.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const settings = (version: number, reminderDaysBefore: number) => ({
  __typename: 'ReminderSettings',
  strategyId: 's1',
  reminderEnabled: true,
  reminderDaysBefore,
  chaserEnabled: true,
  chaserDaysAfter: 3,
  escalationEnabled: false,
  escalationDaysAfter: 7,
  version,
});
const input = {
  strategyId: 's1',
  version: 1,
  reminderEnabled: true,
  reminderDaysBefore: 5,
  chaserEnabled: true,
  chaserDaysAfter: 3,
  escalationEnabled: false,
  escalationDaysAfter: 7,
};

describe('ReminderSettingsStore', () => {
  it('loads the strategy’s settings and keeps them as saved, with their new version', async () => {
    const { store, sent } = storeWithFakeApi(ReminderSettingsStore, {
      ReminderSettings: { reminderSettings: settings(1, 7) },
      UpdateReminderSettings: { updateReminderSettings: settings(2, 5) },
    });
    expect((await store.load('s1'))?.reminderDaysBefore).toBe(7);
    const saving = store.save(input);
    expect(store.settings.busy()).toBe(true);
    expect((await saving).version).toBe(2);
    expect(store.settings.busy()).toBe(false);
    expect(store.settings.value()?.reminderDaysBefore).toBe(5);
    expect(sent).toEqual([
      { name: 'ReminderSettings', variables: { strategyId: 's1' } },
      { name: 'UpdateReminderSettings', variables: { input } },
    ]);
  });

  it('passes a refused change to the page and keeps the settings as they were', async () => {
    const { store } = storeWithFakeApi(ReminderSettingsStore, {
      ReminderSettings: { reminderSettings: settings(1, 7) },
      UpdateReminderSettings: new GraphQLError('Invalid input', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.reminderDaysBefore', message: 'Too many' }] },
      }),
    });
    await store.load('s1');
    await expect(store.save(input)).rejects.toThrow('Invalid input');
    expect(store.settings.value()?.version).toBe(1);
  });

  it('says why the settings could not be loaded', async () => {
    const { store } = storeWithFakeApi(ReminderSettingsStore, {
      ReminderSettings: new GraphQLError('This strategy could not be found.'),
    });
    await store.load('s9');
    expect(store.settings.error()).toBe('This strategy could not be found.');
  });
});
