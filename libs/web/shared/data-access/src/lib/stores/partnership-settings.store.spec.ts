import { storeWithFakeGraphqlApi } from './testing/fake-graphql';
import { PartnershipSettingsStore } from './partnership-settings.store';

const setUp = (answers: Record<string, unknown>) => storeWithFakeGraphqlApi(PartnershipSettingsStore, answers);

describe('PartnershipSettingsStore', () => {
  it('reads the notice details of the partnership the administrator is signed in to', async () => {
    const { store, sent } = setUp({
      PartnershipSettings: { partnership: { id: 'york', version: 1 } },
      NoticeSettings: { noticeSettings: { partnershipId: 'york', version: 2 } },
    });
    await store.loadNotices();
    expect(sent.map((s) => s.operation)).toEqual(['PartnershipSettings', 'NoticeSettings']);
    expect(sent[1].variables).toEqual({ partnershipId: 'york' });
    expect(store.notices.value()).toEqual({ partnershipId: 'york', version: 2 });
  });

  it('keeps what each save answered, busy only for the settings being saved', async () => {
    const { store } = setUp({
      UpdatePartnership: { updatePartnership: { id: 'york', name: 'York', version: 5 } },
      UpdateSingleSignOn: { updateSingleSignOn: { issuer: null, version: 2 } },
      UpdateNoticeSettings: { updateNoticeSettings: { partnershipId: 'york', version: 3 } },
    });
    const saving = store.savePartnership({ version: 4, name: 'York' });
    expect(store.partnership.busy()).toBe(true);
    expect(store.singleSignOn.busy()).toBe(false);
    await saving;
    await store.saveSingleSignOn({ version: 1, issuer: null });
    await store.saveNotices({ partnershipId: 'york', version: 2 });
    expect(store.partnership.value()?.version).toBe(5);
    expect(store.singleSignOn.value()?.version).toBe(2);
    expect(store.notices.value()?.version).toBe(3);
  });

  it('reads the current settings after a conflict without replacing the ones the form was loaded from', async () => {
    const { store } = setUp({ PartnershipSettings: { partnership: { id: 'york', name: 'York', version: 1 } } });
    const loaded = await store.loadPartnership();
    if (!loaded) throw new Error('The settings did not load.');
    store.partnership.set({ ...loaded, name: 'As loaded' });
    await expect(store.currentPartnership()).resolves.toMatchObject({ name: 'York' });
    expect(store.partnership.value()?.name).toBe('As loaded');
  });
});
