import { TestBed } from '@angular/core/testing';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { GraphqlApi } from './graphql-api';
import { PartnershipSettingsStore } from './partnership-settings.store';

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
    variables?: unknown;
  }) => {
    const operation = ((query ?? mutation)?.definitions[0] as OperationDefinitionNode).name?.value ?? '';
    sent.push({ operation, variables });
    const answer = answers[operation];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  TestBed.configureTestingModule({
    providers: [{ provide: GraphqlApi, useValue: { query: call, mutate: call } }, PartnershipSettingsStore],
  });
  return { store: TestBed.inject(PartnershipSettingsStore), sent };
}

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
