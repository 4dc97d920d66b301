import { Injectable, inject } from '@angular/core';
import {
  NoticeSettingsDocument,
  type NoticeSettingsFieldsFragment,
  PartnershipSettingsDocument,
  type PartnershipSettingsFieldsFragment,
  SingleSignOnSettingsDocument,
  type SingleSignOnSettingsFieldsFragment,
  UpdateNoticeSettingsDocument,
  type UpdateNoticeSettingsInput,
  UpdatePartnershipDocument,
  type UpdatePartnershipInput,
  UpdateSingleSignOnDocument,
  type UpdateSingleSignOnInput,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

/**
 * An administrator's settings of their partnership: its name, time zone and RAG definitions, its single sign-on,
 * and the details its accessibility statement and privacy notice show. Each save answers with the settings as
 * saved, which become the value; errors (such as CONFLICT) reach the form. Provide it in the page
 * (`providers: [PartnershipSettingsStore]`); the single sign-on section inside it uses the same store.
 */
@Injectable()
export class PartnershipSettingsStore {
  private readonly api = inject(GraphqlApi);
  readonly partnership = new ServerState<PartnershipSettingsFieldsFragment>();
  readonly singleSignOn = new ServerState<SingleSignOnSettingsFieldsFragment>();
  readonly notices = new ServerState<NoticeSettingsFieldsFragment>();

  loadPartnership(): Promise<PartnershipSettingsFieldsFragment | undefined> {
    return this.partnership.load(() => this.currentPartnership());
  }

  /** The settings as they are now on the server (after a CONFLICT), without touching the loaded value. */
  async currentPartnership(): Promise<PartnershipSettingsFieldsFragment> {
    return (await this.api.query({ query: PartnershipSettingsDocument, fetchPolicy: 'network-only' })).partnership;
  }

  savePartnership(input: UpdatePartnershipInput): Promise<PartnershipSettingsFieldsFragment> {
    return this.partnership.run(async () => {
      const data = await this.api.mutate({ mutation: UpdatePartnershipDocument, variables: { input } });
      this.partnership.set(data.updatePartnership);
      return data.updatePartnership;
    });
  }

  loadSingleSignOn(): Promise<SingleSignOnSettingsFieldsFragment | undefined> {
    return this.singleSignOn.load(
      async () =>
        (await this.api.query({ query: SingleSignOnSettingsDocument, fetchPolicy: 'network-only' }))
          .singleSignOnSettings,
    );
  }

  saveSingleSignOn(input: UpdateSingleSignOnInput): Promise<SingleSignOnSettingsFieldsFragment> {
    return this.singleSignOn.run(async () => {
      const data = await this.api.mutate({ mutation: UpdateSingleSignOnDocument, variables: { input } });
      this.singleSignOn.set(data.updateSingleSignOn);
      return data.updateSingleSignOn;
    });
  }

  /** The notice details of the partnership the administrator is signed in to. */
  loadNotices(): Promise<NoticeSettingsFieldsFragment | undefined> {
    return this.notices.load(async () => {
      const { partnership } = await this.api.query({ query: PartnershipSettingsDocument });
      const { noticeSettings } = await this.api.query({
        query: NoticeSettingsDocument,
        variables: { partnershipId: partnership.id },
        fetchPolicy: 'network-only',
      });
      return noticeSettings;
    });
  }

  saveNotices(input: UpdateNoticeSettingsInput): Promise<NoticeSettingsFieldsFragment> {
    return this.notices.run(async () => {
      const data = await this.api.mutate({ mutation: UpdateNoticeSettingsDocument, variables: { input } });
      this.notices.set(data.updateNoticeSettings);
      return data.updateNoticeSettings;
    });
  }
}
